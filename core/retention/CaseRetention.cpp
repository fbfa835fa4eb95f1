#include "retention/CaseRetention.h"

#include "common/JapaneseCalendar.h"

namespace daicho {

RetentionPeriod casePeriod(const CaseKind& kind, int years, const QString& version)
{
    RetentionPeriod p;
    p.key = QStringLiteral("centre.") + kind.id;
    p.from = RetentionPeriod::From::RecordMade;
    p.centreChoice = true;
    p.rule = PeriodRule{years,
                        PeriodUnit::Years,
                        FirstDay::Excluded,
                        ClosedLastDay::Ignore,
                        QStringLiteral("第20条1項(4)（センターの定め）"),
                        QStringLiteral("完結した日から%1年間（規程に定めがなく、センターが定めた期間）").arg(years),
                        QStringLiteral("完結"),
                        RetentionRules::versionName(version)};
    return p;
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
