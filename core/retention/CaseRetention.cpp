#include "retention/CaseRetention.h"

#include "common/JapaneseCalendar.h"

namespace daicho {

RetentionPeriod casePeriod(const CaseKind& kind, int years, const QString& version)
{
    return centreRetentionPeriod(kind.id, years, QStringLiteral("完結"), version);
}

EntryKeeping caseKeeping(const CaseKind& kind, bool closed, const QDate& closedOn, const QString& version,
                         const RetentionRuleSet* rules)
{
    EntryKeeping k;
    k.ruleVersion = version.isEmpty() ? RetentionRules::currentVersion() : version;
    const int years =
        rules ? rules->yearsForKey(kind.id, k.ruleVersion, kCaseDefaultRetentionYears) : kCaseDefaultRetentionYears;
    k.period = casePeriod(kind, years, k.ruleVersion);
    if (!closed) {
        k.status = EntryKeeping::Status::UntilClosed;
        return k;
    }
    k.start = closedOn;
    k.keepUntil = keepUntil(k.period, closedOn, std::nullopt);
    k.disposalDue = disposalDue(k.keepUntil);
    return k;
}

QDate caseClosedOn(const CaseKind& kind, const QList<CaseEvent>& events)
{
    if (events.isEmpty())
        return {};
    const CaseEvent& last = events.last();
    const CaseStep* step = kind.step(last.step);
    const QDate recorded = step && !step->dateField.isEmpty() ? last.values.value(step->dateField).toDate() : QDate();
    return recorded.isValid() ? recorded : japanDate(last.atUtc);
}

QString caseKindPeriodName(const CaseKind& kind)
{
    return kind.requestForm.isEmpty() ? kind.titleJa : QStringLiteral("%1（%2〜）").arg(kind.titleJa, kind.requestForm);
}

} // namespace daicho
