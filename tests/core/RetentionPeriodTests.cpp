// Retention periods as the articles word them (issue 13 §1–3): 第31条9項・第32条9項's three
// periods counted by the 民法 (第140条, 第143条), and 第20条1項(4)(5)'s 「保存期間経過後の毎年度末」.

#include "retention/RetentionPeriod.h"

#include <catch2/catch.hpp>

using namespace daicho;

namespace {

struct Row {
    QDate made;
    std::optional<QDate> lastTransfer;
    QDate keepUntil;
    QDate disposalDue;
};

void checkRows(const RetentionPeriod& period, std::initializer_list<Row> rows)
{
    for (const Row& row : rows) {
        INFO(period.key.toStdString() << " made " << row.made.toString(Qt::ISODate).toStdString() << " last "
                                      << (row.lastTransfer ? row.lastTransfer->toString(Qt::ISODate).toStdString()
                                                           : std::string("-")));
        const QDate until = keepUntil(period, row.made, row.lastTransfer);
        CHECK(until == row.keepUntil);
        CHECK(disposalDue(until) == row.disposalDue);
    }
}

} // namespace

TEST_CASE("第31条9項(3): 「作成した日から3年間」 leaves the day made out (民法第140条)", "[core][retention]")
{
    const RetentionPeriod other = transferRetention(QStringLiteral("第31条9項")).other;
    CHECK(other.rule.article == QStringLiteral("第31条9項(3)"));
    checkRows(other, {
                         // CALENDAR.md's example: made 2026-05-10, counted from 05-11, ends 2029-05-10.
                         {QDate(2026, 5, 10), std::nullopt, QDate(2029, 5, 10), QDate(2030, 3, 31)},
                         // A later transfer does not move a period counted from the record.
                         {QDate(2026, 5, 10), QDate(2027, 1, 5), QDate(2029, 5, 10), QDate(2030, 3, 31)},
                         // Leap day: counted from 3月1日, ends the day before 2027-03-01.
                         {QDate(2024, 2, 29), std::nullopt, QDate(2027, 2, 28), QDate(2027, 3, 31)},
                         // Made on 31 March: counted from 1 April, ends 2029-03-31 — which passes
                         // on 1 April, so it goes at the end of that fiscal year (2030-03-31).
                         {QDate(2026, 3, 31), std::nullopt, QDate(2029, 3, 31), QDate(2030, 3, 31)},
                         // Across the era change: made in 平成31年, kept into 令和4年.
                         {QDate(2019, 4, 30), std::nullopt, QDate(2022, 4, 30), QDate(2023, 3, 31)},
                     });
}

TEST_CASE("第31条9項(1)(2): 「最後に…提供を行った日から起算して」 counts that day as the first", "[core][retention]")
{
    const TransferRetention r = transferRetention(QStringLiteral("第32条9項"));
    CHECK(r.contract.rule.article == QStringLiteral("第32条9項(1)"));
    checkRows(r.contract, {
                              // 起算して1年: ends the day before the same date a year on.
                              {QDate(2026, 5, 10), std::nullopt, QDate(2027, 5, 9), QDate(2028, 3, 31)},
                              // A later provision under the same record moves it.
                              {QDate(2026, 5, 10), QDate(2026, 11, 30), QDate(2027, 11, 29), QDate(2028, 3, 31)},
                              // 1 April counted as day 1: a year ends on 31 March, which passes on
                              // 1 April — disposal a year later.
                              {QDate(2026, 4, 1), std::nullopt, QDate(2027, 3, 31), QDate(2028, 3, 31)},
                              // From a leap day: 2025 has no 2月29日, so the month's end (民法第143条2項
                              // ただし書) — the day before the 1 March that follows.
                              {QDate(2024, 2, 29), std::nullopt, QDate(2025, 2, 28), QDate(2025, 3, 31)},
                          });
    checkRows(r.continuous, {
                                {QDate(2026, 5, 10), QDate(2028, 6, 1), QDate(2031, 5, 31), QDate(2032, 3, 31)},
                                {QDate(2026, 1, 1), std::nullopt, QDate(2028, 12, 31), QDate(2029, 3, 31)},
                            });
}

TEST_CASE("「保存期間経過後の毎年度末」: the first 31 March after keep-until", "[core][retention]")
{
    CHECK(disposalDue(QDate(2027, 3, 30)) == QDate(2027, 3, 31));
    CHECK(disposalDue(QDate(2027, 3, 31)) == QDate(2028, 3, 31));
    CHECK(disposalDue(QDate(2027, 4, 1)) == QDate(2028, 3, 31));
    CHECK(disposalDue(QDate(2027, 12, 31)) == QDate(2028, 3, 31));
    CHECK_FALSE(disposalDue(QDate()).isValid());
}
