// The centre's desk: 規程第33条2項(3) 「受付時間 月曜～金曜(祝日、年末年始は除く)」.
#include "calendar/ClosedDays.h"
#include "calendar/JapaneseHolidays.h"

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

const JapaneseHolidays& holidays()
{
    return JapaneseHolidays::shipped();
}

} // namespace

TEST_CASE("the desk opens on weekdays but national holidays and the 年末年始, and says why not", "[core][calendar]")
{
    const ClosedDays desk; // the regulation's
    struct Row {
        QDate date;
        const char16_t* reason; // the first reason; empty: open
    };
    const Row rows[] = {
        {{2026, 12, 28}, u""}, // 月
        {{2026, 12, 29}, u"年末年始（12月29日〜1月3日）"},
        {{2027, 1, 1}, u"国民の祝日（元日）"},
        {{2027, 1, 3}, u"年末年始（12月29日〜1月3日）"}, // a Sunday too
        {{2027, 1, 4}, u""},
        {{2027, 1, 11}, u"国民の祝日（成人の日）"},
        {{2026, 9, 19}, u"土曜日"}, // 第33条2項(3): Monday to Friday only
        {{2026, 9, 20}, u"日曜日"},
        {{2026, 9, 22}, u"国民の休日"},
        {{2026, 5, 6}, u"振替休日"},
        {{2019, 5, 1}, u"休日（即位の日）"},
        {{2030, 3, 20}, u"国民の祝日（春分の日）（官報未公示の推定）"},
        {{2026, 3, 31}, u""}, // the fiscal year's end and start are working days
        {{2026, 4, 1}, u""},
        {{2028, 2, 29}, u""},
    };
    for (const Row& row : rows) {
        INFO(row.date.toString(Qt::ISODate).toStdString());
        CHECK(desk.closedReason(row.date, holidays()) == QString::fromUtf16(row.reason));
        CHECK(desk.isClosed(row.date, holidays()) == (row.reason[0] != u'\0'));
    }
    CHECK(desk.closedReasons({2027, 1, 3}, holidays())
          == QStringList{QStringLiteral("年末年始（12月29日〜1月3日）"), QStringLiteral("日曜日")});
    CHECK(desk.closedReasons({2027, 1, 1}, holidays())
          == QStringList{QStringLiteral("国民の祝日（元日）"), QStringLiteral("年末年始（12月29日〜1月3日）")});
}

TEST_CASE("long weekends close the desk from end to end", "[core][calendar]")
{
    const ClosedDays desk;
    struct Span {
        QDate lastOpenBefore;
        QDate firstOpenAfter;
        int closedDays;
    };
    const Span spans[] = {
        {{2019, 4, 26}, {2019, 5, 7}, 10}, // Golden Week 2019: 4/27 (土) to 5/6 (振替休日)
        {{2026, 9, 18}, {2026, 9, 24}, 5}, // シルバーウィーク 2026: 9/19 (土) to 9/23 (秋分の日)
        {{2026, 12, 28}, {2027, 1, 4}, 6}, // 年末年始 2026–27
        {{2027, 1, 8}, {2027, 1, 12}, 3}, // 成人の日 weekend
        {{2025, 4, 28}, {2025, 4, 30}, 1}, // 昭和の日 alone
    };
    for (const Span& span : spans) {
        INFO(span.lastOpenBefore.toString(Qt::ISODate).toStdString());
        CHECK_FALSE(desk.isClosed(span.lastOpenBefore, holidays()));
        CHECK(span.lastOpenBefore.daysTo(span.firstOpenAfter) - 1 == span.closedDays);
        for (QDate d = span.lastOpenBefore.addDays(1); d < span.firstOpenAfter; d = d.addDays(1))
            CHECK(desk.isClosed(d, holidays()));
        CHECK(desk.nextOpenDay(span.lastOpenBefore.addDays(1), holidays()) == span.firstOpenAfter);
    }
    CHECK(desk.nextOpenDay({2027, 1, 4}, holidays()) == QDate(2027, 1, 4)); // on or after
}

TEST_CASE("the chief's own closed days and ranges close the desk with their note", "[core][calendar]")
{
    ClosedDays desk;
    desk.extra << ExtraClosedDay{{2027, 1, 4}, QStringLiteral("臨時休業（システム更新）")};
    desk.yearly << YearlyClosure{8, 13, 8, 15, QStringLiteral("夏季休業")};
    CHECK(desk.closedReason({2027, 1, 4}, holidays())
          == QStringLiteral("センターの休業日（臨時休業（システム更新））"));
    CHECK(desk.nextOpenDay({2026, 12, 29}, holidays()) == QDate(2027, 1, 5));
    CHECK(desk.closedReason({2027, 8, 13}, holidays()) == QStringLiteral("夏季休業（8月13日〜8月15日）"));
    CHECK_FALSE(desk.isClosed({2027, 8, 16}, holidays()));
    // A year the holiday table does not cover knows no national holidays: 1999-01-15 was 成人の日.
    CHECK_FALSE(desk.isClosed({1999, 1, 15}, holidays()));
    CHECK(desk.isClosed({1999, 1, 2}, holidays())); // the 年末年始 needs no table
}

TEST_CASE("closed days go to JSON text and back unchanged", "[core][calendar]")
{
    const ClosedDays regulation;
    const auto plain = ClosedDays::fromJson(regulation.toJson());
    REQUIRE(plain.ok());
    CHECK(plain.value() == regulation);
    CHECK(QString::fromUtf8(regulation.toJson()).contains(QStringLiteral("\"from\": \"12-29\"")));

    ClosedDays own;
    own.weeklyClosed = {Qt::Sunday};
    own.yearly << YearlyClosure{2, 28, 3, 1, QStringLiteral("棚卸")};
    own.extra << ExtraClosedDay{{2027, 8, 13}, QStringLiteral("臨時休業（設備点検）")};
    const auto back = ClosedDays::fromJson(own.toJson());
    REQUIRE(back.ok());
    CHECK(back.value() == own);
}

TEST_CASE("closed-day settings that are wrong are refused with a message in Japanese", "[core][calendar]")
{
    struct Row {
        const char* json;
        const char16_t* says;
    };
    const Row rows[] = {
        {"not json", u"JSONとして読めません"},
        {R"({"weeklyClosed": [], "yearly": []})", u"「extra」の一覧がありません"},
        {R"({"weeklyClosed": ["satday"], "yearly": [], "extra": []})", u"「satday」は曜日ではありません"},
        {R"({"weeklyClosed": ["sunday", "sunday"], "yearly": [], "extra": []})", u"日曜日が二度"},
        {R"({"weeklyClosed": ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"],
             "yearly": [], "extra": []})",
         u"七曜日すべて"},
        {R"({"weeklyClosed": [], "yearly": [{"from": "12/29", "to": "01-03", "name": "年末年始"}], "extra": []})",
         u"月日で書きます"},
        {R"({"weeklyClosed": [], "yearly": [{"from": "02-30", "to": "03-01", "name": "x"}], "extra": []})",
         u"月日で書きます"},
        {R"({"weeklyClosed": [], "yearly": [{"from": "12-29", "to": "01-03", "name": " "}], "extra": []})",
         u"名前（例：年末年始）がありません"},
        {R"({"weeklyClosed": [], "yearly": [{"from": "01-03", "to": "12-29", "name": "年末年始"}], "extra": []})",
         u"362日間"},
        {R"({"weeklyClosed": [], "yearly": [], "extra": [{"date": "2027-02-30", "note": "x"}]})", u"年月日で書きます"},
        {R"({"weeklyClosed": [], "yearly": [], "extra": [{"date": "2027/08/13", "note": "x"}]})", u"年月日で書きます"},
        {R"({"weeklyClosed": [], "yearly": [], "extra": [{"date": "2027-08-13", "note": ""}]})", u"理由（メモ）"},
        {R"({"weeklyClosed": [], "yearly": [], "extra": [{"date": "2027-08-13", "note": "a"},
                                                         {"date": "2027-08-13", "note": "b"}]})",
         u"2件目（2027-08-13）：同じ日が二度"},
    };
    for (const Row& row : rows) {
        INFO(row.json);
        const auto read = ClosedDays::fromJson(QByteArray(row.json));
        REQUIRE_FALSE(read.ok());
        CHECK(read.error().code == ErrorCode::InvalidInput);
        CHECK(read.error().message.contains(QString::fromUtf16(row.says)));
    }
    // A range over 2月29日 and the year's end reads.
    CHECK(ClosedDays::fromJson(
              R"({"weeklyClosed": [], "yearly": [{"from": "02-29", "to": "03-01", "name": "x"}], "extra": []})")
              .ok());
}
