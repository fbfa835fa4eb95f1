#include "common/JapaneseCalendar.h"

#include <catch2/catch.hpp>

using namespace daicho;

namespace Catch {
template <>
struct StringMaker<QString> {
    static std::string convert(const QString& s) { return s.toStdString(); }
};
} // namespace Catch

TEST_CASE("和暦 dates name the era and write its first year as 元年", "[core][calendar]")
{
    struct Row {
        QDate date;
        const char16_t* expected;
    };
    // One row per era boundary, both sides.
    const Row rows[] = {
        {QDate(2026, 11, 22), u"令和8年11月22日"},  {QDate(2019, 5, 1), u"令和元年5月1日"},
        {QDate(2019, 4, 30), u"平成31年4月30日"},   {QDate(1989, 1, 8), u"平成元年1月8日"},
        {QDate(1989, 1, 7), u"昭和64年1月7日"},     {QDate(1926, 12, 25), u"昭和元年12月25日"},
        {QDate(1926, 12, 24), u"大正15年12月24日"}, {QDate(1912, 7, 30), u"大正元年7月30日"},
        {QDate(1912, 7, 29), u"明治45年7月29日"},   {QDate(1873, 1, 1), u"明治6年1月1日"},
        {QDate(1872, 12, 31), u"1872年12月31日"},
    };
    for (const Row& row : rows)
        CHECK(formatWareki(row.date) == QString::fromUtf16(row.expected));
    CHECK(formatWareki(QDate(2025, 4, 1), SeirekiInBrackets::Yes) == QStringLiteral("令和7年4月1日（2025年）"));
    CHECK(formatWarekiYear(QDate(2019, 12, 31)) == QStringLiteral("令和元年"));
    CHECK(formatWareki(QDate()).isEmpty());
}

TEST_CASE("fiscal years run from April to March and take the era of May", "[core][calendar]")
{
    CHECK(fiscalYear(QDate(2026, 3, 31)) == 2025);
    CHECK(fiscalYear(QDate(2026, 4, 1)) == 2026);
    CHECK(fiscalYear(QDate(2026, 12, 31)) == 2026);
    CHECK(fiscalYear(QDate(2027, 1, 1)) == 2026);
    CHECK(fiscalYearStart(2026) == QDate(2026, 4, 1));
    CHECK(fiscalYearEnd(2026) == QDate(2027, 3, 31));
    CHECK(formatFiscalYear(2026) == QStringLiteral("令和8年度"));
    CHECK(formatFiscalYear(2019) == QStringLiteral("令和元年度"));
    CHECK(formatFiscalYear(2018) == QStringLiteral("平成30年度"));
}

TEST_CASE("dates are read the way they are typed in a Japanese office", "[core][calendar]")
{
    const QDate april1(2026, 4, 1);
    for (const char16_t* typed :
         {u"2026/4/1", u"2026-04-01", u"2026.4.1", u"2026年4月1日", u"20260401", u"令和8年4月1日", u"R8.4.1", u"r8/4/1",
          u"Ｒ８．４．１", u"２０２６／０４／０１", u" 令和 8 年 4 月 1 日 "}) {
        INFO(QString::fromUtf16(typed).toStdString());
        auto parsed = parseJapaneseDate(QString::fromUtf16(typed));
        REQUIRE(parsed.has_value());
        CHECK(*parsed == april1);
    }
    CHECK(parseJapaneseDate(QStringLiteral("令和元年5月1日")) == QDate(2019, 5, 1));
    CHECK(parseJapaneseDate(QStringLiteral("H31.4.30")) == QDate(2019, 4, 30));
    CHECK(parseJapaneseDate(QStringLiteral("昭和64年1月7日")) == QDate(1989, 1, 7));
    // Not dates: outside the era, impossible days, other text.
    for (const char16_t* bad : {u"平成31年5月1日", u"令和0年1月1日", u"昭和65年1月1日", u"2026/2/30", u"2026/13/1",
                                u"R8.4.31", u"明日", u"", u"12345", u"X8.4.1"}) {
        INFO(QString::fromUtf16(bad).toStdString());
        CHECK_FALSE(parseJapaneseDate(QString::fromUtf16(bad)).has_value());
    }
}

TEST_CASE("timestamps stored in UTC are shown in Japan time", "[core][calendar]")
{
    CHECK(formatJapanDateTime(QStringLiteral("2026-03-31T15:30:00.000Z")) == QStringLiteral("2026/04/01 00:30:00"));
    CHECK(japanDate(QDateTime(QDate(2026, 3, 31), QTime(15, 0), Qt::UTC)) == QDate(2026, 4, 1));
}

// Issue 11 §2: a time typed as 17 once became 01:00. Every way an office types a time reads
// as that time; anything else is refused, never guessed.
TEST_CASE("a typed time is read as typed on the 24-hour clock, or not at all", "[core][calendar]")
{
    const std::pair<const char16_t*, QTime> read[] = {
        {u"17:00", QTime(17, 0)},       {u"9:30", QTime(9, 30)},  {u"1700", QTime(17, 0)},
        {u"17", QTime(17, 0)},          {u"17時", QTime(17, 0)},  {u"17時30分", QTime(17, 30)},
        {u"１７：３０", QTime(17, 30)}, {u" 0:05 ", QTime(0, 5)}, {u"23:59", QTime(23, 59)},
    };
    for (const auto& [typed, time] : read) {
        INFO(QString::fromUtf16(typed).toStdString());
        CHECK(parseTypedTime(QString::fromUtf16(typed)) == std::optional<QTime>(time));
    }
    for (const char16_t* typed : {u"", u"24:00", u"17:75", u"1775", u"170", u"17:0", u"5pm", u"17.30", u"午後5時"}) {
        INFO(QString::fromUtf16(typed).toStdString());
        CHECK_FALSE(parseTypedTime(QString::fromUtf16(typed)).has_value());
    }
}

// Issue 11 §2: 「9/30」 as an Excel user means it — in the current fiscal year (April–March).
TEST_CASE("a date typed without its year is read in the fiscal year of today", "[core][calendar]")
{
    const QDate today(2026, 11, 5); // 令和8年度
    CHECK(parseJapaneseDate(QStringLiteral("9/30"), today) == QDate(2026, 9, 30));
    CHECK(parseJapaneseDate(QStringLiteral("4/1"), today) == QDate(2026, 4, 1));
    CHECK(parseJapaneseDate(QStringLiteral("3/31"), today) == QDate(2027, 3, 31)); // still 令和8年度
    CHECK(parseJapaneseDate(QStringLiteral("１２月２４日"), today) == QDate(2026, 12, 24));
    CHECK(parseJapaneseDate(QStringLiteral("2/29"), today) == std::nullopt); // 2027 is no leap year
    CHECK(parseJapaneseDate(QStringLiteral("13/1"), today) == std::nullopt);
    // Without a today, and for a full date, nothing changes.
    CHECK(parseJapaneseDate(QStringLiteral("9/30"), QDate()) == std::nullopt);
    CHECK(parseJapaneseDate(QStringLiteral("9/30")) == std::nullopt);
    CHECK(parseJapaneseDate(QStringLiteral("2025/9/30"), today) == QDate(2025, 9, 30));
}
