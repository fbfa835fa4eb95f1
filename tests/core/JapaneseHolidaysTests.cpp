// The holiday table against the Cabinet Office's list (内閣府「国民の祝日について」,
// syukujitsu.csv of 2026-02-02, holding 2027) and the law's rules against the table: a typo in
// either shows as a difference. The expected tables below were checked against that list.
#include "calendar/HolidayRules.h"
#include "calendar/JapaneseHolidays.h"

#include <catch2/catch.hpp>

#include <QMap>
#include <QSet>

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

const JapaneseHolidays& table()
{
    return JapaneseHolidays::shipped();
}

QString nameOn(const QDate& date)
{
    const auto h = table().holidayOn(date);
    return h ? h->nameJa : QString();
}

QByteArray tableJson(int firstYear, int lastYear, const QByteArray& holidays)
{
    return "{\"version\": \"test\", \"firstYear\": " + QByteArray::number(firstYear)
           + ", \"lastAnnouncedYear\": " + QByteArray::number(lastYear) + ", \"holidays\": [" + holidays + "]}";
}

} // namespace

TEST_CASE("the shipped holiday table covers 2000 to 2027 as announced and names its version", "[core][calendar]")
{
    CHECK(table().version() == QStringLiteral("2026-02 官報 令和9年暦要項"));
    CHECK(table().firstYear() == 2000);
    CHECK(table().lastAnnouncedYear() == 2027);

    // The Cabinet Office's list: 486 days of 2000–2027, 426 国民の祝日 and special-law days and
    // 60 休日 (振替休日 and 国民の休日).
    const QMap<int, int> perYear{{2000, 15}, {2001, 19}, {2002, 18}, {2003, 15}, {2004, 15}, {2005, 16}, {2006, 16},
                                 {2007, 19}, {2008, 17}, {2009, 17}, {2010, 16}, {2011, 15}, {2012, 18}, {2013, 17},
                                 {2014, 17}, {2015, 17}, {2016, 17}, {2017, 17}, {2018, 20}, {2019, 22}, {2020, 18},
                                 {2021, 17}, {2022, 16}, {2023, 17}, {2024, 21}, {2025, 19}, {2026, 18}, {2027, 17}};
    int total = 0;
    for (auto it = perYear.constBegin(); it != perYear.constEnd(); ++it) {
        INFO(it.key());
        const auto year = table().inYear(it.key());
        REQUIRE(year.has_value());
        CHECK(year->size() == it.value());
        CHECK(table().coverage(it.key()) == HolidayCoverage::Announced);
        for (const Holiday& h : *year)
            CHECK_FALSE(h.provisional);
        total += static_cast<int>(year->size());
    }
    CHECK(total == 486);
    CHECK(table().listed().size() == 426);
}

TEST_CASE("every 振替休日 and 国民の休日 of 2000–2027 is derived as the Cabinet Office lists it", "[core][calendar]")
{
    // 祝日法第3条2項: the 49 振替休日 of the list.
    const QList<QDate> substitute{
        {2001, 2, 12},  {2001, 4, 30},  {2001, 9, 24}, {2001, 12, 24}, {2002, 5, 6},   {2002, 9, 16}, {2002, 11, 4},
        {2003, 11, 24}, {2005, 3, 21},  {2006, 1, 2},  {2007, 2, 12},  {2007, 4, 30},  {2007, 9, 24}, {2007, 12, 24},
        {2008, 5, 6},   {2008, 11, 24}, {2009, 5, 6},  {2010, 3, 22},  {2012, 1, 2},   {2012, 4, 30}, {2012, 12, 24},
        {2013, 5, 6},   {2013, 11, 4},  {2014, 5, 6},  {2014, 11, 24}, {2015, 5, 6},   {2016, 3, 21}, {2017, 1, 2},
        {2018, 2, 12},  {2018, 4, 30},  {2018, 9, 24}, {2018, 12, 24}, {2019, 5, 6},   {2019, 8, 12}, {2019, 11, 4},
        {2020, 2, 24},  {2020, 5, 6},   {2021, 8, 9},  {2023, 1, 2},   {2024, 2, 12},  {2024, 5, 6},  {2024, 8, 12},
        {2024, 9, 23},  {2024, 11, 4},  {2025, 2, 24}, {2025, 5, 6},   {2025, 11, 24}, {2026, 5, 6},  {2027, 3, 22},
    };
    // 祝日法第3条3項: the 11 国民の休日 (5/4 until 2006, when it was no 国民の祝日 yet).
    const QList<QDate> sandwiched{
        {2000, 5, 4},  {2001, 5, 4},  {2002, 5, 4},  {2004, 5, 4}, {2005, 5, 4},  {2006, 5, 4},
        {2009, 9, 22}, {2015, 9, 22}, {2019, 4, 30}, {2019, 5, 2}, {2026, 9, 22},
    };
    QSet<QDate> expectedSubstitute(substitute.begin(), substitute.end());
    QSet<QDate> expectedSandwiched(sandwiched.begin(), sandwiched.end());
    QSet<QDate> gotSubstitute;
    QSet<QDate> gotSandwiched;
    for (int year = 2000; year <= 2027; ++year) {
        const QList<Holiday> days = table().inYear(year).value_or(QList<Holiday>{});
        for (const Holiday& h : days) {
            if (h.kind == HolidayKind::Substitute)
                gotSubstitute.insert(h.date);
            if (h.kind == HolidayKind::Sandwiched)
                gotSandwiched.insert(h.date);
        }
    }
    for (const QDate& d : expectedSubstitute - gotSubstitute)
        FAIL_CHECK("振替休日 missing: " << d.toString(Qt::ISODate).toStdString());
    for (const QDate& d : gotSubstitute - expectedSubstitute)
        FAIL_CHECK("振替休日 not in the list: " << d.toString(Qt::ISODate).toStdString());
    for (const QDate& d : expectedSandwiched - gotSandwiched)
        FAIL_CHECK("国民の休日 missing: " << d.toString(Qt::ISODate).toStdString());
    for (const QDate& d : gotSandwiched - expectedSandwiched)
        FAIL_CHECK("国民の休日 not in the list: " << d.toString(Qt::ISODate).toStdString());
    CHECK(gotSubstitute.size() == 49);
    CHECK(gotSandwiched.size() == 11);
}

TEST_CASE("the rules of 第2条 give the listed days of 2000–2027 but for the special laws' days", "[core][calendar]")
{
    // The rules know only 祝日法第2条; these are the special laws' days, listed and not ruled.
    const QSet<QDate> listedOnly{
        {2019, 5, 1},  {2019, 10, 22}, // 即位の日, 即位礼正殿の儀
        {2020, 7, 23}, {2020, 7, 24},  {2020, 8, 10}, // the Olympic Games' 海の日, スポーツの日, 山の日
        {2021, 7, 22}, {2021, 7, 23},  {2021, 8, 8},
    };
    const QSet<QDate> ruledOnly{
        {2020, 7, 20}, {2020, 10, 12}, {2020, 8, 11}, // where 第2条 alone would have put them
        {2021, 7, 19}, {2021, 10, 11}, {2021, 8, 11},
    };
    QMap<QDate, QString> listed;
    for (const Holiday& h : table().listed())
        listed.insert(h.date, h.nameJa);
    QMap<QDate, QString> ruled;
    for (int year = 2000; year <= 2027; ++year)
        for (const Holiday& h : nationalHolidaysByLaw(year, false))
            ruled.insert(h.date, h.nameJa);

    QSet<QDate> onlyListed;
    QSet<QDate> onlyRuled;
    for (auto it = listed.constBegin(); it != listed.constEnd(); ++it) {
        if (!ruled.contains(it.key()))
            onlyListed.insert(it.key());
        else
            CHECK(ruled.value(it.key()) == it.value()); // the same name on the same day
    }
    for (auto it = ruled.constBegin(); it != ruled.constEnd(); ++it)
        if (!listed.contains(it.key()))
            onlyRuled.insert(it.key());
    CHECK(onlyListed == listedOnly);
    CHECK(onlyRuled == ruledOnly);
    CHECK(table().holidayOn({2019, 5, 1})->kind == HolidayKind::Special);
    CHECK(table().holidayOn({2020, 7, 24})->kind == HolidayKind::National); // moved, still 第2条's day
}

TEST_CASE("the equinox approximation gives every equinox announced for 2000–2027", "[core][calendar]")
{
    // 春分日 and 秋分日 as the 官報 announced them (the Cabinet Office's list; 2003–2015 also in the
    // 国立天文台's table, 2027 announced on 2026-02-02): March and September days.
    struct Row {
        int year;
        int vernal;
        int autumnal;
    };
    const Row rows[] = {
        {2000, 20, 23}, {2001, 20, 23}, {2002, 21, 23}, {2003, 21, 23}, {2004, 20, 23}, {2005, 20, 23}, {2006, 21, 23},
        {2007, 21, 23}, {2008, 20, 23}, {2009, 20, 23}, {2010, 21, 23}, {2011, 21, 23}, {2012, 20, 22}, {2013, 20, 23},
        {2014, 21, 23}, {2015, 21, 23}, {2016, 20, 22}, {2017, 20, 23}, {2018, 21, 23}, {2019, 21, 23}, {2020, 20, 22},
        {2021, 20, 23}, {2022, 21, 23}, {2023, 21, 23}, {2024, 20, 22}, {2025, 20, 23}, {2026, 20, 23}, {2027, 21, 23},
    };
    for (const Row& row : rows) {
        INFO(row.year);
        CHECK(estimatedVernalEquinox(row.year) == QDate(row.year, 3, row.vernal));
        CHECK(estimatedAutumnalEquinox(row.year) == QDate(row.year, 9, row.autumnal));
        CHECK(nameOn(QDate(row.year, 3, row.vernal)) == QStringLiteral("春分の日"));
        CHECK(nameOn(QDate(row.year, 9, row.autumnal)) == QStringLiteral("秋分の日"));
    }
    CHECK_FALSE(estimatedVernalEquinox(1979).has_value());
    CHECK_FALSE(estimatedAutumnalEquinox(2100).has_value());
}

TEST_CASE("holidays moved, added and dropped by law fall where the law put them", "[core][calendar]")
{
    struct Row {
        QDate date;
        const char16_t* name; // empty: no holiday
        HolidayKind kind;
    };
    const auto N = HolidayKind::National;
    const auto S = HolidayKind::Substitute;
    const auto B = HolidayKind::Sandwiched;
    const Row rows[] = {
        // 天皇誕生日: 12/23 until 2018, none in 2019, 2/23 from 2020 (a Sunday in 2020: 2/24 off).
        {{2018, 12, 23}, u"天皇誕生日", N},
        {{2019, 12, 23}, u"", N},
        {{2019, 2, 23}, u"", N},
        {{2020, 2, 23}, u"天皇誕生日", N},
        {{2020, 2, 24}, u"振替休日", S},
        // The accession: 5/1 a special-law day treated as a 祝日, so 4/30 and 5/2 are 国民の休日.
        {{2019, 4, 30}, u"国民の休日", B},
        {{2019, 5, 1}, u"即位の日", HolidayKind::Special},
        {{2019, 5, 2}, u"国民の休日", B},
        {{2019, 5, 6}, u"振替休日", S},
        {{2019, 10, 22}, u"即位礼正殿の儀", HolidayKind::Special},
        {{2019, 10, 14}, u"体育の日", N},
        // The Olympic years.
        {{2020, 7, 23}, u"海の日", N},
        {{2020, 7, 24}, u"スポーツの日", N},
        {{2020, 8, 10}, u"山の日", N},
        {{2020, 10, 12}, u"", N},
        {{2021, 7, 22}, u"海の日", N},
        {{2021, 7, 23}, u"スポーツの日", N},
        {{2021, 8, 8}, u"山の日", N},
        {{2021, 8, 9}, u"振替休日", S},
        {{2021, 8, 11}, u"", N},
        // みどりの日 on 4/29 until 2006, 昭和の日 since; 5/4 a 国民の休日 until 2006, but not on a
        // Sunday (2003) — 第3条3項's old wording.
        {{2006, 4, 29}, u"みどりの日", N},
        {{2007, 4, 29}, u"昭和の日", N},
        {{2006, 5, 4}, u"国民の休日", B},
        {{2003, 5, 4}, u"", N},
        {{2007, 5, 4}, u"みどりの日", N},
        // 2007's wording of 第3条2項: past the 祝日 that follow a Sunday one.
        {{2008, 5, 6}, u"振替休日", S}, // 5/4 (日) みどりの日 → over 5/5 こどもの日
        {{2026, 5, 6}, u"振替休日", S}, // 5/3 (日) 憲法記念日 → over 5/4, 5/5
        {{2023, 1, 2}, u"振替休日", S},
        {{2024, 2, 12}, u"振替休日", S},
        {{2025, 11, 24}, u"振替休日", S},
        // 敬老の日 and 秋分の日 two days apart: シルバーウィーク.
        {{2009, 9, 22}, u"国民の休日", B},
        {{2015, 9, 22}, u"国民の休日", B},
        {{2026, 9, 21}, u"敬老の日", N},
        {{2026, 9, 22}, u"国民の休日", B},
        {{2026, 9, 23}, u"秋分の日", N},
        // 海の日 7/20 and 敬老の日 9/15 until 2002, Mondays from 2003.
        {{2002, 7, 20}, u"海の日", N},
        {{2003, 7, 21}, u"海の日", N},
        {{2002, 9, 15}, u"敬老の日", N},
        {{2003, 9, 15}, u"敬老の日", N},
        {{2004, 9, 20}, u"敬老の日", N},
        {{2015, 8, 11}, u"", N},
        {{2016, 8, 11}, u"山の日", N},
        {{2027, 3, 22}, u"振替休日", S},
    };
    for (const Row& row : rows) {
        INFO(row.date.toString(Qt::ISODate).toStdString());
        const auto h = table().holidayOn(row.date);
        const QString expected = QString::fromUtf16(row.name);
        CHECK((h ? h->nameJa : QString()) == expected);
        if (h && !expected.isEmpty()) {
            CHECK(h->kind == row.kind);
            CHECK_FALSE(h->nameEn.isEmpty());
        }
    }
}

TEST_CASE("years after the last announced one follow the present law, the equinoxes provisional", "[core][calendar]")
{
    CHECK(table().coverage(2028) == HolidayCoverage::Forecast);
    CHECK(table().coverage(2099) == HolidayCoverage::Forecast);

    const HolidayLookup vernal = table().lookup({2030, 3, 20});
    CHECK(vernal.coverage == HolidayCoverage::Forecast);
    REQUIRE(vernal.holiday.has_value());
    CHECK(vernal.holiday->nameJa == QStringLiteral("春分の日"));
    CHECK(vernal.holiday->provisional);
    CHECK(vernal.provisional);
    // The days next to an estimated equinox may change with it, holiday or not.
    CHECK_FALSE(table().lookup({2030, 3, 21}).holiday.has_value());
    CHECK(table().lookup({2030, 3, 21}).provisional);
    CHECK_FALSE(table().lookup({2030, 3, 25}).provisional);
    // The other days follow the law's fixed rules: known, not provisional.
    const auto newYear = table().holidayOn({2030, 1, 1});
    REQUIRE(newYear.has_value());
    CHECK_FALSE(newYear->provisional);
    CHECK(nameOn({2028, 2, 23}) == QStringLiteral("天皇誕生日"));
    CHECK(nameOn({2028, 8, 11}) == QStringLiteral("山の日"));
    CHECK(nameOn({2028, 10, 9}) == QStringLiteral("スポーツの日")); // 2nd Monday of October
    CHECK(nameOn({2028, 7, 17}) == QStringLiteral("海の日")); // 3rd Monday of July
    CHECK(nameOn({2029, 1, 8}) == QStringLiteral("成人の日"));
    // 2032: 敬老の日 9/20, 秋分の日 9/22 (estimated) — the 国民の休日 between is provisional.
    const auto between = table().holidayOn({2032, 9, 21});
    REQUIRE(between.has_value());
    CHECK(between->kind == HolidayKind::Sandwiched);
    CHECK(between->provisional);
    // A Sunday equinox: its 振替休日 is provisional too (2029-09-23 is a Sunday).
    const auto substitute = table().holidayOn({2029, 9, 24});
    REQUIRE(substitute.has_value());
    CHECK(substitute->kind == HolidayKind::Substitute);
    CHECK(substitute->provisional);
    // An announced year's 振替休日 of an equinox is not.
    CHECK_FALSE(table().lookup({2027, 3, 22}).provisional);
}

TEST_CASE("years before 2000 and after 2099 are not covered, and say so", "[core][calendar]")
{
    const HolidayLookup before = table().lookup({1999, 12, 31});
    CHECK(before.coverage == HolidayCoverage::NotCovered);
    CHECK_FALSE(before.covered());
    CHECK_FALSE(table().covers({1999, 1, 1}));
    CHECK_FALSE(table().inYear(1999).has_value());
    CHECK_FALSE(table().holidayOn({1999, 1, 1}).has_value()); // 元日, but unknown here: ask covers()
    CHECK(table().covers({2000, 1, 1}));
    CHECK(table().inYear(2099).has_value());
    CHECK_FALSE(table().inYear(2100).has_value());
    CHECK_FALSE(table().covers(QDate()));
    CHECK(nationalHolidaysByLaw(1999, false).isEmpty());
}

TEST_CASE("祝日法第3条 derives its 休日 by the wording in force on the day", "[core][calendar]")
{
    const auto national = [](QDate d, bool provisional = false) {
        return Holiday{d, QStringLiteral("祝日"), QStringLiteral("Holiday"), HolidayKind::National, provisional};
    };
    const auto derivedOn = [](const QList<Holiday>& in) {
        QMap<QDate, HolidayKind> out;
        for (const Holiday& h : derivedRestDays(in))
            out.insert(h.date, h.kind);
        return out;
    };
    // 振替休日 from 1973-04-12: the first was 1973-04-30 (天皇誕生日 on a Sunday); a Sunday 祝日
    // before that moved nothing.
    CHECK(derivedOn({national({1973, 4, 29})}) == QMap<QDate, HolidayKind>{{{1973, 4, 30}, HolidayKind::Substitute}});
    CHECK(derivedOn({national({1972, 1, 2})}).isEmpty());
    // 国民の休日 from 1985-12-27: 5/4 between 憲法記念日 and こどもの日 — not on a Sunday (1986)
    // nor on a 振替休日 (1987, 5/3 a Sunday), first in 1988.
    CHECK(derivedOn({national({1986, 5, 3}), national({1986, 5, 5})}).isEmpty());
    CHECK(derivedOn({national({1987, 5, 3}), national({1987, 5, 5})})
          == QMap<QDate, HolidayKind>{{{1987, 5, 4}, HolidayKind::Substitute}});
    CHECK(derivedOn({national({1988, 5, 3}), national({1988, 5, 5})})
          == QMap<QDate, HolidayKind>{{{1988, 5, 4}, HolidayKind::Sandwiched}});
    CHECK(derivedOn({national({1984, 5, 3}), national({1984, 5, 5})}).isEmpty());
    // Until 2006 a 振替休日 was only 「その翌日」: a Sunday 祝日 followed by a Monday 祝日 moved
    // nothing; from 2007 it goes to the first day that is no 祝日.
    CHECK(derivedOn({national({2005, 1, 2}), national({2005, 1, 3})}).isEmpty());
    CHECK(derivedOn({national({2011, 1, 2}), national({2011, 1, 3})})
          == QMap<QDate, HolidayKind>{{{2011, 1, 4}, HolidayKind::Substitute}});
    // 2007's 第3条3項 excepts only 国民の祝日, not Sundays: a Sunday between a Saturday and a
    // Monday 祝日 is a 休日 by its words (no such pair has occurred).
    CHECK(derivedOn({national({2011, 1, 1}), national({2011, 1, 3})})
          == QMap<QDate, HolidayKind>{{{2011, 1, 2}, HolidayKind::Sandwiched}});
    // Days derived from a provisional day are provisional; derived days in the input are ignored.
    const QList<Holiday> derived = derivedRestDays(
        {national({2034, 9, 24}, true), Holiday{{2034, 9, 26}, {}, {}, HolidayKind::Substitute, false}});
    REQUIRE(derived.size() == 1);
    CHECK(derived.first().date == QDate(2034, 9, 25));
    CHECK(derived.first().provisional);
}

TEST_CASE("a holiday table with a later announced year moves the provisional days with it", "[core][calendar]")
{
    // A table announced to 2025 only: 2026's equinoxes are estimates, and so is the 国民の休日
    // they make (2026-09-22).
    const auto read = JapaneseHolidays::fromJson(tableJson(2025, 2025, R"({"date": "2025-01-01", "name": "元日"})"));
    REQUIRE(read.ok());
    const JapaneseHolidays& t = read.value();
    CHECK(t.coverage(2025) == HolidayCoverage::Announced);
    CHECK(t.coverage(2026) == HolidayCoverage::Forecast);
    CHECK(t.coverage(2024) == HolidayCoverage::NotCovered);
    REQUIRE(t.holidayOn({2026, 9, 22}).has_value());
    CHECK(t.holidayOn({2026, 9, 22})->provisional);
    CHECK(t.holidayOn({2026, 3, 20})->provisional);
    CHECK_FALSE(t.holidayOn({2026, 5, 6})->provisional); // 5/3 on a Sunday: no equinox involved
    CHECK(t.inYear(2025)->size() == 1);
}

TEST_CASE("a holiday table that is wrong is refused with a message in Japanese", "[core][calendar]")
{
    struct Row {
        QByteArray json;
        const char16_t* says;
    };
    const Row rows[] = {
        {"[]", u"JSON"},
        {tableJson(2025, 2026, R"({"date": "2025-01-01", "name": "元日"})"), u"2026年の元日"},
        {tableJson(2025, 2025, R"({"date": "2025-01-01", "name": "元日"}, {"date": "2025-01-01", "name": "元日"})"),
         u"二度"},
        {tableJson(2025, 2025, R"({"date": "2025-01-01", "name": "元日"}, {"date": "2025-06-01", "name": "梅雨の日"})"),
         u"名称"},
        {tableJson(2025, 2025, R"({"date": "2025-01-01", "name": "元日"}, {"date": "2026-01-01", "name": "元日"})"),
         u"対象年の外"},
        {tableJson(2025, 2025,
                   R"({"date": "2025-01-01", "name": "元日"}, {"date": "2025-02/11", "name": "建国記念の日"})"),
         u"対象年の外"},
        {tableJson(1999, 2025, R"({"date": "2025-01-01", "name": "元日"})"), u"firstYear"},
        {R"({"firstYear": 2025, "lastAnnouncedYear": 2025, "holidays": []})", u"版"},
    };
    for (const Row& row : rows) {
        INFO(row.json.toStdString());
        const auto read = JapaneseHolidays::fromJson(row.json);
        REQUIRE_FALSE(read.ok());
        CHECK(read.error().code == ErrorCode::InvalidInput);
        CHECK(read.error().message.contains(QString::fromUtf16(row.says)));
    }
    // A special-law day needs its English name in the data; with it, it reads.
    CHECK_FALSE(JapaneseHolidays::fromJson(tableJson(2025, 2025,
                                                     R"({"date": "2025-01-01", "name": "元日"},
                                                        {"date": "2025-05-01", "name": "記念日", "special": "特別法"})"))
                    .ok());
    const auto special = JapaneseHolidays::fromJson(
        tableJson(2025, 2025, R"({"date": "2025-01-01", "name": "元日"}, {"date": "2025-05-03", "name": "憲法記念日"},
                                 {"date": "2025-05-01", "name": "記念日", "en": "Memorial", "special": "特別法"})"));
    REQUIRE(special.ok());
    CHECK(special.value().holidayOn({2025, 5, 1})->kind == HolidayKind::Special);
    // A special-law day counts as a 祝日 for 第3条3項, as 2019's did: the day between is off.
    REQUIRE(special.value().holidayOn({2025, 5, 2}).has_value());
    CHECK(special.value().holidayOn({2025, 5, 2})->kind == HolidayKind::Sandwiched);
}
