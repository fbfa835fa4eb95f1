#include "ledger/rules/EntryRules.h"

#include "ledger/EntryCodec.h"
#include "ledger/Labels.h"
#include "ledger/rules/LegalBasis.h"

#include <QCoreApplication>

namespace daicho {

namespace {

QString label(const FormDefinition& form, const QString& key)
{
    const FieldDefinition* f = form.field(key);
    if (!f)
        return key;
    return fieldLabel(*f);
}

// `later` must not come before `earlier` when both are given.
void requireOrder(const FormDefinition& form, const FieldValues& values, const QString& earlier, const QString& later,
                  QList<Issue>& issues)
{
    const QVariant a = values.value(earlier);
    const QVariant b = values.value(later);
    if (isEmptyFieldValue(a) || isEmptyFieldValue(b) || !form.field(earlier) || !form.field(later))
        return;
    const bool dates = form.field(earlier)->type == FieldType::Date;
    const bool wrong = dates ? b.toDate() < a.toDate() : b.toDateTime() < a.toDateTime();
    if (wrong)
        issues << Issue{later, QCoreApplication::translate("daicho::EntryRules",
                                                           "%1 is before %2. Check both and correct the one that "
                                                           "is wrong.")
                                   .arg(label(form, later), label(form, earlier))};
}

void checkSensitive(const FormDefinition& form, const FieldValues& values, const RuleContext& context,
                    QList<Issue>& issues)
{
    const FieldDefinition* reg = form.firstOfType(FieldType::RegisterEntry);
    if (!reg || !context.registerEntry || isEmptyFieldValue(values.value(reg->key)))
        return;
    const auto chosen = context.registerEntry(values.value(reg->key).toLongLong());
    if (!chosen)
        return; // the validator reports an unknown register entry
    const Status allowed = checkSensitiveOptOut(form.id, chosen->sensitive);
    if (!allowed.ok())
        issues << Issue{reg->key, allowed.error().message};
}

void checkAfterApproval(const FormDefinition& form, const FieldValues& values, const RuleContext& context,
                        QList<Issue>& issues)
{
    if (form.approval != ApprovalKind::ApproveBefore || context.currentState == EntryState::Approved)
        return;
    for (const FieldDefinition& field : form.fields) {
        if (!field.afterApproval || isEmptyFieldValue(values.value(field.key)))
            continue;
        // Unchanged from before (a correction of an entry approved earlier) is not news.
        if (context.previousValues && context.previousValues->value(field.key) == values.value(field.key))
            continue;
        issues << Issue{field.key,
                        QCoreApplication::translate("daicho::EntryRules",
                                                    "%1 can only be recorded after the head of the department has "
                                                    "approved the carry-out (第19条). Save the entry without it, "
                                                    "ask for approval, then record it.")
                            .arg(label(form, field.key))};
    }
}

void checkPurposeChange(const FormDefinition& form, const FieldValues& values, const RuleContext& context,
                        QList<Issue>& issues)
{
    if (form.id != QLatin1String("form3") || !context.previousValues)
        return;
    const bool sensitive = values.value(QStringLiteral("sensitive")).toBool()
                           || context.previousValues->value(QStringLiteral("sensitive")).toBool();
    if (!sensitive)
        return;
    const QStringList before = context.previousValues->value(QStringLiteral("purposes")).toStringList();
    const QStringList after = values.value(QStringLiteral("purposes")).toStringList();
    // Adding a purpose needs consent too for such data (LINE-account policy 第4条2項).
    bool changed = before.size() != after.size();
    for (const QString& purpose : before)
        changed = changed || !after.contains(purpose);
    if (changed && !values.value(QStringLiteral("purpose_change_consent")).toBool())
        issues << Issue{QStringLiteral("purpose_change_consent"),
                        QCoreApplication::translate("daicho::EntryRules",
                                                    "A registered purpose of data holding sensitive personal "
                                                    "information (要配慮個人情報) was added, changed or removed. That "
                                                    "needs the consent of the individuals: obtain it and tick "
                                                    "\"%1\".")
                            .arg(label(form, QStringLiteral("purpose_change_consent")))};
}

void checkMustBeYes(const FormDefinition& form, const FieldValues& values, QList<Issue>& issues)
{
    for (const FieldDefinition& field : form.fields) {
        if (!field.mustBeYes || !fieldApplies(field, values) || !values.contains(field.key))
            continue; // a missing answer is the validator's "required"
        if (!values.value(field.key).toBool())
            issues << Issue{field.key, QCoreApplication::translate("daicho::EntryRules",
                                                                   "\"%1\" must be confirmed before this record can "
                                                                   "be saved (%2). Confirm it first, then record it.")
                                           .arg(label(form, field.key), field.article)};
    }
}

} // namespace

QList<Issue> checkEntryRules(const FormDefinition& form, const FieldValues& values, const RuleContext& context)
{
    QList<Issue> issues;
    checkSensitive(form, values, context, issues);
    checkAfterApproval(form, values, context, issues);
    checkPurposeChange(form, values, context, issues);
    checkMustBeYes(form, values, issues);
    requireOrder(form, values, QStringLiteral("taken_out"), QStringLiteral("expected_return"), issues);
    requireOrder(form, values, QStringLiteral("taken_out"), QStringLiteral("returned"), issues);
    requireOrder(form, values, QStringLiteral("time_in"), QStringLiteral("time_out"), issues);
    requireOrder(form, values, QStringLiteral("date"), QStringLiteral("period_end"), issues);
    return issues;
}

} // namespace daicho
