// Counting a period the way the 民法 counts it (第140条〜第143条), then the centre's closed days.
#include "calendar/LegalPeriod.h"

#include "calendar/ClosedDays.h"
#include "calendar/JapaneseHolidays.h"
#include "common/JapaneseCalendar.h"

namespace daicho {

namespace {

// 民法第143条2項: the day before the day of the month `months` later that corresponds to
// `first` (the 起算日); ただし書: when that month has no such day, its last day.
QDate endByCorrespondingDay(const QDate& first, int months)
{
    const int index = first.year() * 12 + (first.month() - 1) + months;
    const int year = index / 12;
    const int month = index % 12 + 1;
    const int length = QDate(year, month, 1).daysInMonth();
    if (first.day() > length)
        return QDate(year, month, length);
    // 第143条1項 needs no case of its own: a period from the first of a month ends the day
    // before the first of the last month's successor, its last day.
    return QDate(year, month, first.day()).addDays(-1);
}

QString cite(const PeriodRule& rule)
{
    if (rule.article.isEmpty())
        return rule.wordingJa;
    if (rule.wordingJa.isEmpty())
        return rule.article;
    return rule.article + u'：' + rule.wordingJa;
}

} // namespace

QDate periodLastDay(const QDate& start, int count, PeriodUnit unit, FirstDay firstDay)
{
    if (!start.isValid() || count < 1)
        return {};
    // 民法第140条: the first day is not counted, unless the wording counts from it
    // (「…日から起算して」).
    const QDate first = firstDay == FirstDay::Excluded ? start.addDays(1) : start;
    switch (unit) {
    case PeriodUnit::Days:
        return first.addDays(count - 1);
    case PeriodUnit::Weeks:
        // 民法第143条2項: the day before the same weekday `count` weeks on.
        return first.addDays(7LL * count - 1);
    case PeriodUnit::Months:
        return endByCorrespondingDay(first, count);
    case PeriodUnit::Years:
        return endByCorrespondingDay(first, 12 * count);
    }
    return {};
}

Deadline deadlineFor(const QDate& start, const PeriodRule& rule, const ClosedDays& closed,
                     const JapaneseHolidays& holidays)
{
    Deadline d;
    d.start = start;
    d.calendarLastDay = periodLastDay(start, rule.count, rule.unit, rule.firstDay);
    if (!d.calendarLastDay.isValid())
        return d;
    d.firstDay = rule.firstDay == FirstDay::Excluded ? start.addDays(1) : start;
    d.lastDay = d.calendarLastDay;
    d.lastDayClosed = closed.isClosed(d.calendarLastDay, holidays);
    const QString reason = closed.closedReason(d.calendarLastDay, holidays);
    if (d.lastDayClosed && rule.onClosedLastDay == ClosedLastDay::MoveToNextOpenDay) {
        // 民法第142条: a last day on which the centre does no business (Sunday, national
        // holiday, its own closed days) ends the period on the next day, again while that one
        // is closed too.
        d.lastDay = closed.nextOpenDay(d.calendarLastDay, holidays);
        d.moved = d.lastDay.isValid();
    }
    // Every day whose status decided the last day.
    const QDate lastLooked = d.lastDay.isValid() ? d.lastDay : d.calendarLastDay;
    if (rule.onClosedLastDay != ClosedLastDay::Ignore) {
        for (QDate day = d.calendarLastDay; day <= lastLooked; day = day.addDays(1)) {
            const HolidayLookup looked = holidays.lookup(day);
            d.provisional = d.provisional || looked.provisional;
            d.holidaysUnknown = d.holidaysUnknown || !looked.covered();
        }
    }

    QString text = cite(rule) + QStringLiteral(" — ") + formatWarekiWithWeekday(start) + rule.startJa;
    if (rule.firstDay == FirstDay::Excluded)
        text += QStringLiteral("（初日不算入・民法第140条）");
    text += QStringLiteral(" → ") + formatWarekiWithWeekday(d.calendarLastDay) + QStringLiteral("が満了日");
    if (d.lastDayClosed && rule.onClosedLastDay == ClosedLastDay::MoveToNextOpenDay) {
        // Every closed day passed over, each with why (a holiday by its name): a run of them
        // (年末年始 then a Sunday) is read off at once.
        QStringList run;
        for (QDate day = d.calendarLastDay; d.lastDay.isValid() && day < d.lastDay; day = day.addDays(1))
            run << QStringLiteral("%1月%2日（%3）は%4")
                       .arg(day.month())
                       .arg(day.day())
                       .arg(weekdayJa(day), closed.closedReason(day, holidays));
        if (d.lastDay.isValid() && run.size() > 1)
            text += QStringLiteral("、閉庁日が続くため（%1）翌開庁日の%2まで（民法第142条）")
                        .arg(run.join(QStringLiteral("、")), formatWarekiWithWeekday(d.lastDay));
        else if (d.lastDay.isValid())
            text += QStringLiteral("、%1のため翌開庁日の%2まで（民法第142条）")
                        .arg(reason, formatWarekiWithWeekday(d.lastDay));
        else
            text += QStringLiteral("、%1のため閉庁日。その後400日開庁日がなく、期限を決められません").arg(reason);
    } else if (d.lastDayClosed && rule.onClosedLastDay == ClosedLastDay::KeepAndWarn) {
        text += QStringLiteral("（%1で閉庁日。この期限は延びません）").arg(reason);
    }
    if (d.provisional)
        text += QStringLiteral("。春分の日・秋分の日が官報で未公示の年のため、推定した祝日で数えています");
    if (d.holidaysUnknown)
        text += QStringLiteral("。祝日表の範囲外（%1年）のため、国民の祝日は考慮していません").arg(lastLooked.year());
    d.explanationJa = text;
    return d;
}

int daysLeft(const QDate& today, const QDate& lastDay)
{
    return static_cast<int>(today.daysTo(lastDay));
}

QString formatDeadlineJa(const QDate& lastDay, const QDate& today)
{
    if (!lastDay.isValid() || !today.isValid())
        return {};
    const int left = daysLeft(today, lastDay);
    QString text = formatWarekiWithWeekday(lastDay) + QStringLiteral("まで ");
    if (left > 0)
        return text + QStringLiteral("あと%1日").arg(left);
    if (left == 0)
        return text + QStringLiteral("本日が期限");
    return text + QStringLiteral("%1日超過").arg(-left);
}

} // namespace daicho
