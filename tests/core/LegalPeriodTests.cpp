// Periods counted as the 民法 counts them, one table per rule: 第140条 (the first day), 第143条
// (weeks, months, years by the calendar, the missing corresponding day), 第142条 (a closed last
// day), and the centre's own clocks of 規程第38条.
#include "calendar/ClosedDays.h"
#include "calendar/JapaneseHolidays.h"
#include "calendar/LegalPeriod.h"
#include "calendar/RequestDeadlines.h"

#include <catch2/catch.hpp>

using namespace daicho;

namespace Catch {
template <>
struct StringMaker<QString> {
    static std::string convert(const QString& s) { return s.toStdString(); }
};
template <>
struct StringMaker<QDate> {
    static std::string convert(const QDate& d) { return d.toString(Qt::ISODate).toStdString(); }
};
} // namespace Catch

namespace {

const auto Ex = FirstDay::Excluded;
const auto In = FirstDay::Included;

struct Row {
    QDate start;
    int count;
    FirstDay firstDay;
    QDate lastDay;
};

void checkTable(PeriodUnit unit, std::initializer_list<Row> rows)
{
    for (const Row& row : rows) {
        INFO(row.start.toString(Qt::ISODate).toStdString()
             << " + " << row.count << (row.firstDay == Ex ? " (初日不算入)" : " (起算して)"));
        CHECK(periodLastDay(row.start, row.count, unit, row.firstDay) == row.lastDay);
    }
}

const JapaneseHolidays& holidays()
{
    return JapaneseHolidays::shipped();
}

PeriodRule decisionRule()
{
    return requestClockRules().decision;
}

} // namespace

TEST_CASE("民法第140条: a period in days skips its first day unless it counts from it", "[core][calendar]")
{
    checkTable(PeriodUnit::Days, {
                                     {{2026, 3, 25}, 10, Ex, {2026, 4, 4}}, // over the fiscal year's end
                                     {{2026, 3, 25}, 10, In, {2026, 4, 3}},
                                     {{2026, 12, 31}, 1, Ex, {2027, 1, 1}}, // over the year's end
                                     {{2026, 12, 31}, 1, In, {2026, 12, 31}}, // one day: the day itself
                                     {{2019, 4, 26}, 7, Ex, {2019, 5, 3}}, // 平成 → 令和
                                     {{2024, 2, 10}, 30, Ex, {2024, 3, 11}}, // 2024-02-29 counted
                                     {{2023, 2, 10}, 30, Ex, {2023, 3, 12}},
                                     {{2028, 2, 28}, 2, In, {2028, 2, 29}},
                                 });
}

TEST_CASE("民法第143条: weeks end the day before the weekday of the 起算日", "[core][calendar]")
{
    checkTable(PeriodUnit::Weeks, {
                                      // 「起算して1週間」 from a Monday ends on the Sunday.
                                      {{2026, 12, 7}, 1, In, {2026, 12, 13}},
                                      // 第140条: 起算日 Tuesday 12-08, so the Monday after.
                                      {{2026, 12, 7}, 1, Ex, {2026, 12, 14}},
                                      {{2026, 3, 25}, 2, In, {2026, 4, 7}},
                                      {{2019, 4, 26}, 1, In, {2019, 5, 2}}, // 平成 → 令和
                                      {{2024, 2, 26}, 1, In, {2024, 3, 3}}, // over 2024-02-29
                                      {{2026, 12, 28}, 1, In, {2027, 1, 3}},
                                  });
}

TEST_CASE("民法第143条: months end the day before the corresponding day, or at the month's end", "[core][calendar]")
{
    checkTable(PeriodUnit::Months, {
                                       // 起算日 01-31: February 2027 has no 31st — its last day.
                                       {{2027, 1, 30}, 1, Ex, {2027, 2, 28}},
                                       // 起算日 01-28: the day before 02-28.
                                       {{2027, 1, 27}, 1, Ex, {2027, 2, 27}},
                                       // 起算日 01-30 in a leap year: no 02-30, so 02-29.
                                       {{2028, 1, 29}, 1, Ex, {2028, 2, 29}},
                                       // 起算日 01-29 in a leap year: 02-29 exists, the day before.
                                       {{2028, 1, 28}, 1, Ex, {2028, 2, 28}},
                                       // 第143条1項: from the first of a month, to its end.
                                       {{2026, 4, 1}, 1, In, {2026, 4, 30}},
                                       {{2026, 3, 31}, 1, Ex, {2026, 4, 30}}, // 起算日 04-01, fiscal year
                                       {{2026, 11, 30}, 3, Ex, {2027, 2, 28}}, // 起算日 12-01
                                       {{2026, 12, 30}, 2, Ex, {2027, 2, 28}}, // 起算日 12-31: no 02-31
                                       {{2019, 4, 30}, 1, In, {2019, 5, 29}}, // 平成 → 令和
                                       {{2026, 8, 31}, 6, Ex, {2027, 2, 28}}, // 起算日 09-01
                                       {{2027, 12, 31}, 1, In, {2028, 1, 30}},
                                       {{2026, 5, 10}, 12, Ex, {2027, 5, 10}}, // 12 months = 1 year
                                   });
}

TEST_CASE("民法第143条: years end the day before the corresponding day; 2月29日 has none in common years",
          "[core][calendar]")
{
    checkTable(PeriodUnit::Years,
               {
                   // 「作成した日から3年間」: 起算日 05-11, so 2029-05-10.
                   {{2026, 5, 10}, 3, Ex, {2029, 5, 10}},
                   // 起算日 2024-02-29: 2025 has no 02-29 — the end of February.
                   {{2024, 2, 29}, 1, In, {2025, 2, 28}},
                   {{2024, 2, 28}, 1, Ex, {2025, 2, 28}}, // 起算日 02-29 likewise
                                                          // 起算日 03-01: the day before 2025-03-01 — the same day.
                   {{2024, 2, 29}, 1, Ex, {2025, 2, 28}},
                   // 2028 has a 02-29: the day before it.
                   {{2024, 2, 29}, 4, In, {2028, 2, 28}},
                   {{2024, 2, 28}, 4, Ex, {2028, 2, 28}},
                   // From 03-01 into a leap year: the day before 03-01 is 02-29.
                   {{2027, 3, 1}, 1, In, {2028, 2, 29}},
                   {{2026, 3, 31}, 5, Ex, {2031, 3, 31}}, // 起算日 04-01: a fiscal year's end
                   {{2019, 4, 30}, 1, Ex, {2020, 4, 30}}, // 起算日 令和元年5月1日
               });
}

TEST_CASE("a period with no days or no start has no last day", "[core][calendar]")
{
    CHECK_FALSE(periodLastDay({2026, 5, 10}, 0, PeriodUnit::Days, Ex).isValid());
    CHECK_FALSE(periodLastDay(QDate(), 1, PeriodUnit::Weeks, In).isValid());
    const Deadline none = deadlineFor(QDate(), decisionRule(), ClosedDays{}, holidays());
    CHECK_FALSE(none.isValid());
    CHECK(none.explanationJa.isEmpty());
}

TEST_CASE("民法第142条: a closed last day moves the decision of 第38条4項 to the next open day", "[core][calendar]")
{
    const ClosedDays desk;
    struct Case {
        QDate received;
        QDate calendarLastDay;
        QDate lastDay;
    };
    const Case cases[] = {
        {{2026, 12, 28}, {2027, 1, 3}, {2027, 1, 4}}, // 年末年始 and a Sunday
        {{2026, 12, 22}, {2026, 12, 28}, {2026, 12, 28}}, // a Monday: stays
        {{2026, 12, 23}, {2026, 12, 29}, {2027, 1, 4}}, // the whole 年末年始
        {{2027, 1, 5}, {2027, 1, 11}, {2027, 1, 12}}, // 成人の日
        {{2019, 4, 22}, {2019, 4, 28}, {2019, 5, 7}}, // Golden Week 2019, into 令和
        {{2026, 9, 14}, {2026, 9, 20}, {2026, 9, 24}}, // シルバーウィーク: 敬老の日, 国民の休日, 秋分の日
        {{2026, 4, 30}, {2026, 5, 6}, {2026, 5, 7}}, // 振替休日 of 憲法記念日
        {{2022, 12, 27}, {2023, 1, 2}, {2023, 1, 4}}, // 振替休日 of 元日, then 1/3
        {{2024, 2, 6}, {2024, 2, 12}, {2024, 2, 13}}, // 振替休日 of 建国記念の日
        {{2025, 11, 18}, {2025, 11, 24}, {2025, 11, 25}}, // 振替休日 of 勤労感謝の日
        {{2026, 12, 6}, {2026, 12, 12}, {2026, 12, 14}}, // a Saturday: the desk is open weekdays only
        {{2026, 3, 26}, {2026, 4, 1}, {2026, 4, 1}}, // over the fiscal year's end, a Wednesday
    };
    for (const Case& c : cases) {
        INFO(c.received.toString(Qt::ISODate).toStdString());
        const Deadline d = deadlineFor(c.received, decisionRule(), desk, holidays());
        REQUIRE(d.isValid());
        CHECK(d.firstDay == c.received); // 「受付をした日から起算して」
        CHECK(d.calendarLastDay == c.calendarLastDay);
        CHECK(d.lastDay == c.lastDay);
        CHECK(d.moved == (c.lastDay != c.calendarLastDay));
        CHECK(d.lastDayClosed == d.moved);
        CHECK_FALSE(d.provisional);
        CHECK_FALSE(d.holidaysUnknown);
    }

    const Deadline yearEnd = deadlineFor({2026, 12, 28}, decisionRule(), desk, holidays());
    CHECK(
        yearEnd.explanationJa
        == QStringLiteral("第38条4項：開示等の請求等を受け付けたときは、当該受付をした日から起算して1週間以内に、"
                          "請求に係る可否について決定する。 — 令和8年12月28日（月）受付 → 令和9年1月3日（日）が満了日、"
                          "年末年始（12月29日〜1月3日）のため翌開庁日の令和9年1月4日（月）まで（民法第142条）"));
    const Deadline open = deadlineFor({2026, 12, 22}, decisionRule(), desk, holidays());
    CHECK(open.explanationJa.endsWith(QStringLiteral("令和8年12月22日（火）受付 → 令和8年12月28日（月）が満了日")));
    // The chief's own closed day counts as well.
    ClosedDays withExtra;
    withExtra.extra << ExtraClosedDay{{2027, 1, 4}, QStringLiteral("臨時休業（システム更新）")};
    CHECK(deadlineFor({2026, 12, 28}, decisionRule(), withExtra, holidays()).lastDay == QDate(2027, 1, 5));
}

TEST_CASE("a closed last day can be kept with a warning, or ignored", "[core][calendar]")
{
    const ClosedDays desk;
    PeriodRule keep = decisionRule();
    keep.onClosedLastDay = ClosedLastDay::KeepAndWarn;
    const Deadline kept = deadlineFor({2026, 12, 28}, keep, desk, holidays());
    CHECK(kept.lastDay == QDate(2027, 1, 3));
    CHECK_FALSE(kept.moved);
    CHECK(kept.lastDayClosed);
    CHECK(kept.explanationJa.endsWith(
        QStringLiteral("令和9年1月3日（日）が満了日（年末年始（12月29日〜1月3日）で閉庁日。この期限は延びません）")));

    // A retention period: 「作成した日から3年間」, closed days do not matter.
    const PeriodRule retention{3,
                               PeriodUnit::Years,
                               Ex,
                               ClosedLastDay::Ignore,
                               QStringLiteral("第11条"),
                               QStringLiteral("作成した日から3年間"),
                               QStringLiteral("作成"),
                               QStringLiteral("test")};
    const Deadline kept3 = deadlineFor({2026, 5, 10}, retention, desk, holidays());
    CHECK(kept3.firstDay == QDate(2026, 5, 11));
    CHECK(kept3.lastDay == QDate(2029, 5, 10));
    CHECK(kept3.explanationJa
          == QStringLiteral("第11条：作成した日から3年間 — 令和8年5月10日（日）作成（初日不算入・民法第140条） → "
                            "令和11年5月10日（木）が満了日"));
    const Deadline weekday = deadlineFor({2026, 5, 9}, retention, desk, holidays()); // ends 2029-05-09 (水)
    CHECK_FALSE(weekday.lastDayClosed);
    const Deadline ignoredClosed = deadlineFor({2026, 12, 30}, retention, desk, holidays()); // 2029-12-30
    CHECK(ignoredClosed.lastDayClosed);
    CHECK_FALSE(ignoredClosed.moved);
    CHECK(ignoredClosed.lastDay == QDate(2029, 12, 30));
    CHECK_FALSE(ignoredClosed.explanationJa.contains(QStringLiteral("閉庁")));
}

TEST_CASE("a deadline that meets an equinox not yet announced is provisional and says so", "[core][calendar]")
{
    const ClosedDays desk;
    // 2030-03-20 (水) is the estimated 春分の日: the deadline moves to 3/21, provisionally.
    const Deadline onEquinox = deadlineFor({2030, 3, 14}, decisionRule(), desk, holidays());
    CHECK(onEquinox.calendarLastDay == QDate(2030, 3, 20));
    CHECK(onEquinox.lastDay == QDate(2030, 3, 21));
    CHECK(onEquinox.provisional);
    CHECK(onEquinox.explanationJa.contains(QStringLiteral("国民の祝日（春分の日）（官報未公示の推定）のため")));
    CHECK(onEquinox.explanationJa.contains(QStringLiteral("推定した祝日で数えています")));
    // The day before an estimated equinox is open, but would not be if the equinox fell on it.
    const Deadline dayBefore = deadlineFor({2030, 3, 13}, decisionRule(), desk, holidays());
    CHECK(dayBefore.lastDay == QDate(2030, 3, 19));
    CHECK(dayBefore.provisional);
    CHECK_FALSE(deadlineFor({2030, 3, 8}, decisionRule(), desk, holidays()).provisional);
    // Announced: 2027's equinoxes are in the 官報.
    CHECK_FALSE(deadlineFor({2027, 3, 15}, decisionRule(), desk, holidays()).provisional);
}

TEST_CASE("a deadline in a year the holiday table does not cover says holidays were not counted", "[core][calendar]")
{
    // 1999-01-15 was 成人の日, which the table does not know: the day is taken as open.
    const Deadline d = deadlineFor({1999, 1, 9}, decisionRule(), ClosedDays{}, holidays());
    CHECK(d.lastDay == QDate(1999, 1, 15));
    CHECK(d.holidaysUnknown);
    CHECK(d.explanationJa.endsWith(QStringLiteral("祝日表の範囲外（1999年）のため、国民の祝日は考慮していません")));
}

TEST_CASE("the centre's request clocks carry 第38条4項・7項 in the regulation's words", "[core][calendar]")
{
    const RequestClockRules rules = requestClockRules();
    CHECK(rules.decision.article == QStringLiteral("第38条4項"));
    CHECK(rules.decision.count == 1);
    CHECK(rules.decision.unit == PeriodUnit::Weeks);
    CHECK(rules.decision.firstDay == In);
    CHECK(rules.decision.onClosedLastDay == ClosedLastDay::MoveToNextOpenDay);
    CHECK(rules.decision.wordingJa.contains(QStringLiteral("当該受付をした日から起算して1週間以内に")));
    CHECK(rules.notice.article == QStringLiteral("第38条7項"));
    CHECK(rules.notice.count == 2);
    CHECK(rules.notice.unit == PeriodUnit::Weeks);
    CHECK(rules.notice.wordingJa.contains(QStringLiteral("2週間以内に送付するよう努めるものとする")));
    // No 「起算して」 in 7項: 民法第140条 leaves the day of receipt out.
    CHECK(rules.notice.firstDay == FirstDay::Excluded);
    for (const PeriodRule* rule : {&rules.decision, &rules.notice}) {
        CHECK(rule->ruleVersion == QStringLiteral("規程（平成31年4月1日施行）"));
        CHECK(rule->startJa == QStringLiteral("受付"));
    }
    // Received on Friday 2026-12-18: counted from Saturday 12-19, the notice's two weeks end on
    // Friday 2027-01-01, in the 年末年始 — the next open day, Monday 01-04.
    const Deadline notice = deadlineFor({2026, 12, 18}, rules.notice, ClosedDays{}, holidays());
    CHECK(notice.firstDay == QDate(2026, 12, 19));
    CHECK(notice.calendarLastDay == QDate(2027, 1, 1));
    CHECK(notice.lastDay == QDate(2027, 1, 4));
    // Received on Monday 2026-12-07: due Monday 12-21, an open day.
    CHECK(deadlineFor({2026, 12, 7}, rules.notice, ClosedDays{}, holidays()).lastDay == QDate(2026, 12, 21));
}

TEST_CASE("days left count to the last day, zero on it, negative past it", "[core][calendar]")
{
    const QDate last(2027, 1, 4);
    CHECK(daysLeft({2027, 1, 1}, last) == 3);
    CHECK(daysLeft(last, last) == 0);
    CHECK(daysLeft({2027, 1, 6}, last) == -2);
    CHECK(daysLeft({2026, 12, 31}, {2027, 4, 1}) == 91);
    CHECK(formatDeadlineJa(last, {2027, 1, 1}) == QStringLiteral("令和9年1月4日（月）まで あと3日"));
    CHECK(formatDeadlineJa(last, last) == QStringLiteral("令和9年1月4日（月）まで 本日が期限"));
    CHECK(formatDeadlineJa(last, {2027, 1, 6}) == QStringLiteral("令和9年1月4日（月）まで 2日超過"));
    CHECK(formatDeadlineJa({2019, 5, 7}, {2019, 4, 30}) == QStringLiteral("令和元年5月7日（火）まで あと7日"));
    CHECK(formatDeadlineJa(QDate(), last).isEmpty());
}

TEST_CASE("民法第142条: a run of closed days is named day by day, each holiday by its name", "[core][calendar]")
{
    const ClosedDays closed; // the regulation's: Sat, Sun, holidays, 12/29–1/3
    // Received Wednesday 23 December 2026: the week ends Tuesday 29th, in 年末年始; the desk
    // opens again on Monday 4 January 2027.
    const Deadline d = deadlineFor(QDate(2026, 12, 23), decisionRule(), closed, holidays());
    REQUIRE(d.lastDay == QDate(2027, 1, 4));
    INFO(d.explanationJa.toStdString());
    CHECK(d.explanationJa.contains(QStringLiteral("閉庁日が続くため")));
    CHECK(d.explanationJa.contains(QStringLiteral("1月1日（金）は")));
    CHECK(d.explanationJa.contains(QStringLiteral("元日")));
    CHECK(d.explanationJa.contains(QStringLiteral("1月3日（日）は")));
    CHECK(d.explanationJa.contains(QStringLiteral("民法第142条")));
}
