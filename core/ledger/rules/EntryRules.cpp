#include "ledger/rules/EntryRules.h"

#include "common/JapaneseCalendar.h"
#include "ledger/EntryCodec.h"
#include "ledger/Labels.h"
#include "ledger/monitoring/Checklist.h"
#include "ledger/rules/FormRules.h"
#include "ledger/rules/LegalBasis.h"
#include "ledger/rules/TransferRules.h"

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
    const Status allowed = checkSensitiveOptOut(form, chosen->sensitive);
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
        issues << Issue{field.key, QCoreApplication::translate(
                                       "daicho::EntryRules",
                                       "%1 can only be recorded after the head of the department has "
                                       "approved the carry-out (the centre's rule). Save the entry without it, "
                                       "ask for approval, then record it.")
                                       .arg(label(form, field.key))};
    }
}

// A monitoring sheet (様式4, 第15条): a line that does not conform says why; a sheet is signed
// off only when every line has a result and the nonconformities have improvement requests.
void checkMonitoringSheet(const FormDefinition& form, const FieldValues& values, QList<Issue>& issues)
{
    const FieldDefinition* field = form.firstOfType(FieldType::Checklist);
    if (!field || !form.monitoring)
        return;
    const MonitoringFields& sheet = *form.monitoring;
    const auto lines = checklistFromValue(values.value(field->key));
    if (!lines)
        return; // the validator reports a value of the wrong kind
    const QString name = label(form, field->key);
    QList<int> open;
    bool anyNonconformity = false;
    for (qsizetype i = 0; i < lines->size(); ++i) {
        const ChecklistLine& line = lines->at(i);
        if (line.result == CheckResult::Open)
            open << static_cast<int>(i + 1);
        if (line.result == CheckResult::DoesNotConform) {
            anyNonconformity = true;
            if (line.comment.trimmed().isEmpty())
                issues << Issue{field->key, QCoreApplication::translate("daicho::EntryRules",
                                                                        "“%1”, line %2 does not conform: say in its "
                                                                        "comment what is wrong.")
                                                .arg(name)
                                                .arg(i + 1)};
        }
    }
    if (!form.completionField.isEmpty() && values.value(form.completionField).toBool()) {
        if (!open.isEmpty()) {
            QStringList numbers;
            for (int n : open.mid(0, 5))
                numbers << QString::number(n);
            if (open.size() > 5)
                numbers << QStringLiteral("…");
            const int openCount = static_cast<int>(open.size());
            issues << Issue{form.completionField,
                            QCoreApplication::translate("daicho::EntryRules",
                                                        "%n line(s) of “%1” have no result yet (line %2). Give every "
                                                        "line a result before signing the sheet off.",
                                                        nullptr, openCount)
                                .arg(name, numbers.join(QStringLiteral(", ")))};
        }
        if (anyNonconformity && isEmptyFieldValue(values.value(sheet.requests)))
            issues << Issue{sheet.requests,
                            QCoreApplication::translate("daicho::EntryRules",
                                                        "Some lines do not conform: write the improvement requests "
                                                        "to the chief and heads before signing the sheet off "
                                                        "(第15条).")};
    }
    // The year checked cannot lie after the check, nor before Daicho's time.
    const QVariant year = values.value(sheet.fiscalYear);
    const QDate date = values.value(form.dateField).toDate();
    if (!isEmptyFieldValue(year) && date.isValid()) {
        const int fiscalYearOfCheck = fiscalYear(date);
        if (year.toLongLong() > fiscalYearOfCheck || year.toLongLong() < 2000)
            issues << Issue{sheet.fiscalYear,
                            QCoreApplication::translate("daicho::EntryRules",
                                                        "%1 must be a fiscal year (April to March) written as its "
                                                        "western year, such as %2, and not after the date of the "
                                                        "check.")
                                .arg(label(form, sheet.fiscalYear))
                                .arg(fiscalYearOfCheck)};
    }
}

} // namespace

QList<Issue> checkEntryRules(const FormDefinition& form, const FieldValues& values, const RuleContext& context)
{
    QList<Issue> issues;
    checkSensitive(form, values, context, issues);
    checkAfterApproval(form, values, context, issues);
    checkFormRules(form, values, context, issues);
    checkMustBeYes(form, values, issues);
    checkMonitoringSheet(form, values, issues);
    checkTransferRules(form, values, context, issues);
    for (const FieldDefinition& field : form.fields)
        if (!field.notBefore.isEmpty())
            requireOrder(form, values, field.notBefore, field.key, issues);
    return issues;
}

void checkMustBeYes(const FormDefinition& form, const FieldValues& values, QList<Issue>& issues)
{
    for (const FieldDefinition& field : form.fields) {
        if (!field.mustBeYes || !fieldApplies(field, values) || !values.contains(field.key))
            continue; // a missing answer is the validator's "required"
        if (values.value(field.key).toBool())
            continue;
        const QString refusal = interfaceLabelLanguage() == LabelLanguage::Japanese ? field.refusalJa : field.refusalEn;
        if (!refusal.isEmpty())
            issues << Issue{field.key, refusal};
        else
            issues << Issue{field.key, QCoreApplication::translate("daicho::EntryRules",
                                                                   "\"%1\" must be confirmed before this record can "
                                                                   "be saved (%2). Confirm it first, then record it.")
                                           .arg(label(form, field.key), citedArticle(field.article))};
    }
}

} // namespace daicho
