// 様式1 ④ (第10条⑤, 第20条2項): a deletion or disposal done by an outside firm is proved by the
// certificate it issued, which the record names.
#include "ledger/EntryCodec.h"
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
            QCoreApplication::translate("daicho::FormRules", "Enter “%1”: it is needed when “%2” is “%3” (%4).")
                .arg(fieldLabel(field), fieldLabel(*other),
                     choiceLabel(*other, values.value(when.field).toString(), interfaceLabelLanguage()),
                     field.article)};
    }
}

} // namespace daicho
