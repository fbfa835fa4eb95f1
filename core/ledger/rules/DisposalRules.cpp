// 様式1 ④ (第10条⑤, 第20条2項): a deletion or disposal done by an outside firm is proved by the
// certificate it issued, which the record names.
#include "ledger/EntryCodec.h"
#include "ledger/EntryValidator.h"
#include "ledger/Labels.h"
#include "ledger/rules/FormRules.h"

#include <QCoreApplication>

namespace daicho {

void checkRequiredWhen(const FormDefinition& form, const FieldValues& values, QList<Issue>& issues)
{
    for (const FieldDefinition& field : form.fields) {
        if (!field.requiredWhen || !fieldApplies(field, values) || !isEmptyFieldValue(values.value(field.key)))
            continue;
        const FieldCondition& when = *field.requiredWhen;
        const FieldDefinition* other = form.field(when.field);
        if (!other || !fieldApplies(*other, values) || !conditionHolds(when, values))
            continue;
        issues << Issue{
            field.key,
            missingItemMessage(
                field, QCoreApplication::translate("daicho::FormRules", "it is needed when “%1” is “%2” (%3)")
                           .arg(fieldLabel(*other),
                                choiceLabel(*other, values.value(when.field).toString(), interfaceLabelLanguage()),
                                field.article))};
    }
}

} // namespace daicho
