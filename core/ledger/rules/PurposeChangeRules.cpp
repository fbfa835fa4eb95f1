// 様式3: a change of a registered purpose, as the regulation asks it to be made (第25条2項,
// 第26条1項, 第28条3項), and the centre's own policy for data holding 要配慮個人情報.
//
// The LINE-account privacy policy (第4条2項) is another controller's document: it binds that
// account, not the centre. Its rule — consent for a new or changed purpose of sensitive data —
// applies here only as the centre's own policy, while the chief keeps it on (Settings), and
// never to the removal of a purpose.
#include "ledger/EntryCodec.h"
#include "ledger/Labels.h"
#include "ledger/rules/FormRules.h"

#include <QCoreApplication>

namespace daicho {

namespace {

QString label(const FormDefinition& form, const QString& key)
{
    const FieldDefinition* f = form.field(key);
    return f ? fieldLabel(*f) : key;
}

} // namespace

void checkPurposeChangeRecord(const FormDefinition& form, const FieldValues& values, const RuleContext& context,
                              QList<Issue>& issues)
{
    if (!form.registerFields || !context.previousValues)
        return; // a new register entry states its purposes; nothing changes yet
    const RegisterFields& r = *form.registerFields;
    const FieldValues& previous = *context.previousValues;
    const QStringList before = previous.value(r.purposes).toStringList();
    QStringList added;
    for (const QString& purpose : values.value(r.purposes).toStringList())
        if (!before.contains(purpose))
            added << purpose;
    if (added.isEmpty())
        return; // removed or reordered only: nothing to ask

    // Each change has its own record: the date says which change the items below describe.
    const QVariant date = values.value(r.purposeChangedOn);
    if (isEmptyFieldValue(date))
        issues << Issue{r.purposeChangedOn,
                        QCoreApplication::translate("daicho::FormRules",
                                                    "A purpose was added or changed. Enter “%1”, the date of this "
                                                    "change: the items of the change below describe it.")
                            .arg(label(form, r.purposeChangedOn))};
    else if (date == previous.value(r.purposeChangedOn))
        issues << Issue{r.purposeChangedOn,
                        QCoreApplication::translate(
                            "daicho::FormRules", "“%1” still holds the date of the earlier change. Enter the date of "
                                                 "this change, and check the items of the change below.")
                            .arg(label(form, r.purposeChangedOn))};

    const QString scope = values.value(r.purposeChangeScope).toString();
    const bool consent = values.value(r.purposeChangeConsent).toBool();
    if (scope.isEmpty()) {
        issues << Issue{r.purposeChangeScope,
                        QCoreApplication::translate(
                            "daicho::FormRules",
                            "Say whether the new purpose stays within what is reasonably related to the earlier "
                            "purposes (第25条2項). Beyond that it needs the individuals' consent (第26条1項).")};
    } else {
        if (scope == QStringLiteral("beyond") && !consent)
            issues << Issue{
                r.purposeChangeConsent,
                QCoreApplication::translate("daicho::FormRules",
                                            "A purpose beyond what is reasonably related to the earlier ones needs the "
                                            "individuals' consent beforehand (第26条1項). Obtain it, then tick “%1”.")
                    .arg(label(form, r.purposeChangeConsent))};
    }
    // 第28条3項（法21条3項）: every change of purpose is notified or published, with consent too.
    if (!scope.isEmpty() && isEmptyFieldValue(values.value(r.purposeChangeNotice))) {
        issues << Issue{r.purposeChangeNotice,
                        QCoreApplication::translate(
                            "daicho::FormRules",
                            "Notify the individuals of the changed purpose or publish it, and tick which was done "
                            "(第28条3項).")};
    }

    // The centre's own policy, not the regulation's: consent for sensitive data.
    const bool sensitive = values.value(r.sensitive).toBool() || previous.value(r.sensitive).toBool();
    if (context.sensitivePurposeConsent && sensitive && !consent && scope != QStringLiteral("beyond"))
        issues << Issue{r.purposeChangeConsent,
                        QCoreApplication::translate(
                            "daicho::FormRules",
                            "The centre's own policy (kept on by the chief in the settings) asks for the "
                            "individuals' consent when a purpose of data holding sensitive personal information "
                            "(要配慮個人情報) is added or changed. Obtain it, then tick “%1”.")
                            .arg(label(form, r.purposeChangeConsent))};
}

} // namespace daicho
