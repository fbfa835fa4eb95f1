// 様式2 (第19条2項, 第24条(3)): electronic media carry the data itself protected — encrypted
// (①) or under a password (②). A lockable container or a traceable transport (③④) come on
// top of that, never instead.
#include "ledger/EntryCodec.h"
#include "ledger/Labels.h"
#include "ledger/rules/FormRules.h"

#include <QCoreApplication>

namespace daicho {

void checkNeedsOneOf(const FormDefinition& form, const FieldValues& values, QList<Issue>& issues)
{
    for (const FieldDefinition& field : form.fields) {
        if (field.needsOneOf.isEmpty() || !fieldApplies(field, values))
            continue;
        const QVariant value = values.value(field.key);
        if (isEmptyFieldValue(value))
            continue; // nothing ticked: the validator's "required"
        const QStringList ticked = value.toStringList();
        if (std::any_of(field.needsOneOf.begin(), field.needsOneOf.end(),
                        [&](const QString& key) { return ticked.contains(key); }))
            continue;
        QStringList names;
        for (const QString& key : field.needsOneOf)
            names << QCoreApplication::translate("daicho::FormRules", "“%1”")
                         .arg(choiceLabel(field, key, interfaceLabelLanguage()));
        issues << Issue{
            field.key, QCoreApplication::translate("daicho::FormRules",
                                                   "“%1” must include %2 (%3): the data moved has to be protected "
                                                   "itself. The other measures come on top of that, not instead. "
                                                   "Tick the one used.")
                           .arg(fieldLabel(field), names.join(QCoreApplication::translate("daicho::FormRules", " or ")),
                                field.needsOneOfArticle)};
    }
}

} // namespace daicho
