#pragma once

#include <QDate>
#include <QString>

namespace daicho {

struct ClosedDays;
class JapaneseHolidays;

// A deadline's rule as data, with the wording it comes from, and its last day counted the way
// the 民法 counts periods (第140条〜第143条). Pure functions: no clock, no store.

enum class PeriodUnit { Days, Weeks, Months, Years };

enum class FirstDay {
    Excluded, // 民法第140条: the day of the event is not counted; the period starts the next day
    Included, // 「…日から起算して」: the day of the event is day 1
};

// What a last day on which the centre is closed (ClosedDays) does to the deadline.
enum class ClosedLastDay {
    MoveToNextOpenDay, // 民法第142条: the period ends on the next day the centre is open
    KeepAndWarn, // the day stays; the deadline says it is a closed day
    Ignore, // closed days do not matter (retention periods, say)
};

struct PeriodRule {
    int count = 0; // at least 1
    PeriodUnit unit = PeriodUnit::Days;
    FirstDay firstDay = FirstDay::Excluded;
    ClosedLastDay onClosedLastDay = ClosedLastDay::MoveToNextOpenDay;
    QString article; // "第38条4項"
    QString wordingJa; // the article's words, "当該受付をした日から起算して1週間以内に…"
    QString startJa; // the event the period counts from, as written after its date: "受付"
    QString ruleVersion; // "規程（平成31年4月1日施行）"
};

struct Deadline {
    QDate start; // the day of the event
    QDate firstDay; // 起算日: the first day counted
    QDate calendarLastDay; // 満了日 by 民法第143条 (or the count of days), before 第142条
    QDate lastDay; // the deadline: calendarLastDay, or the next open day after it
    bool moved = false; // 民法第142条 moved the last day
    bool lastDayClosed = false; // the centre is closed on calendarLastDay, whatever the rule does with it
    // A provisional holiday (an equinox not yet announced in the 官報) took part, or could have:
    // the deadline may change when the year is announced.
    bool provisional = false;
    // The holiday table does not cover a day that was looked at (before 2000): national
    // holidays there were not taken into account.
    bool holidaysUnknown = false;
    // One line for people: "第38条4項：当該受付をした日から起算して1週間 — 令和8年12月28日（月）受付 →
    // 令和9年1月3日（日）が満了日、年末年始のため翌開庁日の令和9年1月4日（月）まで（民法第142条）".
    QString explanationJa;

    bool isValid() const { return lastDay.isValid(); }
};

// The last day of a period of `count` units from `start`, by the calendar alone:
//   Days: 起算日 + count − 1 (so Excluded: start + count; Included: start + count − 1).
//   Weeks, months, years (民法第143条): the day before the day in the last week, month or year
//   that corresponds to the 起算日; when the last month has no such day (31日, 2月29日), the
//   last day of that month.
// The 起算日 is start + 1 when Excluded (民法第140条), start when Included. Invalid for a
// count below 1 or an invalid start.
QDate periodLastDay(const QDate& start, int count, PeriodUnit unit, FirstDay firstDay);

// The deadline of `rule` for an event on `start`: periodLastDay(), then 民法第142条 as the rule
// says, against the centre's closed days and the national holidays. Invalid (isValid() false)
// for an invalid start, a count below 1, or when no open day follows within 400 days.
Deadline deadlineFor(const QDate& start, const PeriodRule& rule, const ClosedDays& closed,
                     const JapaneseHolidays& holidays);

// Days from `today` to `lastDay`: 0 on the last day, negative once it has passed.
int daysLeft(const QDate& today, const QDate& lastDay);

// "令和9年1月4日（月）まで あと3日", "令和9年1月4日（月）まで 本日が期限",
// "令和9年1月4日（月）まで 2日超過". Empty for an invalid date.
QString formatDeadlineJa(const QDate& lastDay, const QDate& today);

} // namespace daicho
