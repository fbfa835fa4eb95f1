// The 国民の祝日に関する法律 (昭和23年法律第178号) as rules. 第2条 names the days; each form
// below carries the years it was in force, from the amending law that made it. 第3条 makes them
// 休日 and adds the 振替休日 (2項) and the 国民の休日 (3項).
#include "calendar/HolidayRules.h"

#include <QHash>
#include <QMap>

#include <array>
#include <cmath>

namespace daicho {

namespace {

enum class DayRule { Fixed, NthMonday, VernalEquinox, AutumnalEquinox };

struct NamedDay {
    const char16_t* ja;
    const char* en;
    int fromYear;
    int toYear;
    DayRule rule;
    int month = 0;
    int day = 0; // Fixed: the day of the month; NthMonday: which Monday
};

constexpr int kOpenEnd = 9999;

// 第2条 in every form it had from 2000 on.
const auto& namedDays()
{
    static const std::array<NamedDay, 21> days{{
        {u"元日", "New Year's Day", kFirstRuleYear, kOpenEnd, DayRule::Fixed, 1, 1},
        // 平成10年法律第141号 (from 2000): 1月15日 → 1月の第2月曜日.
        {u"成人の日", "Coming of Age Day", 2000, kOpenEnd, DayRule::NthMonday, 1, 2},
        {u"建国記念の日", "National Foundation Day", kFirstRuleYear, kOpenEnd, DayRule::Fixed, 2, 11},
        // 天皇の退位等に関する皇室典範特例法の附則 (from 2020): the present Emperor's birthday;
        // 2019 had none (12/23 was no longer, 2/23 not yet).
        {u"天皇誕生日", "The Emperor's Birthday", 2020, kOpenEnd, DayRule::Fixed, 2, 23},
        // 第2条: 「春分日」, fixed each year by the 暦要項 in the 官報.
        {u"春分の日", "Vernal Equinox Day", kFirstRuleYear, kOpenEnd, DayRule::VernalEquinox},
        // 平成17年法律第43号 (from 2007): 4月29日 becomes 昭和の日, みどりの日 moves to 5月4日.
        {u"みどりの日", "Greenery Day", kFirstRuleYear, 2006, DayRule::Fixed, 4, 29},
        {u"昭和の日", "Showa Day", 2007, kOpenEnd, DayRule::Fixed, 4, 29},
        {u"憲法記念日", "Constitution Memorial Day", kFirstRuleYear, kOpenEnd, DayRule::Fixed, 5, 3},
        {u"みどりの日", "Greenery Day", 2007, kOpenEnd, DayRule::Fixed, 5, 4},
        {u"こどもの日", "Children's Day", kFirstRuleYear, kOpenEnd, DayRule::Fixed, 5, 5},
        // 平成13年法律第59号 (from 2003): 7月20日 → 7月の第3月曜日, 9月15日 → 9月の第3月曜日.
        {u"海の日", "Marine Day", kFirstRuleYear, 2002, DayRule::Fixed, 7, 20},
        {u"海の日", "Marine Day", 2003, kOpenEnd, DayRule::NthMonday, 7, 3},
        // 平成26年法律第43号 (from 2016).
        {u"山の日", "Mountain Day", 2016, kOpenEnd, DayRule::Fixed, 8, 11},
        {u"敬老の日", "Respect for the Aged Day", kFirstRuleYear, 2002, DayRule::Fixed, 9, 15},
        {u"敬老の日", "Respect for the Aged Day", 2003, kOpenEnd, DayRule::NthMonday, 9, 3},
        // 第2条: 「秋分日」.
        {u"秋分の日", "Autumnal Equinox Day", kFirstRuleYear, kOpenEnd, DayRule::AutumnalEquinox},
        // 平成10年法律第141号 (from 2000): 10月10日 → 10月の第2月曜日; renamed スポーツの日 from
        // 2020 by the amendment of 2018.
        {u"体育の日", "Health and Sports Day", 2000, 2019, DayRule::NthMonday, 10, 2},
        {u"スポーツの日", "Sports Day", 2020, kOpenEnd, DayRule::NthMonday, 10, 2},
        {u"文化の日", "Culture Day", kFirstRuleYear, kOpenEnd, DayRule::Fixed, 11, 3},
        {u"勤労感謝の日", "Labour Thanksgiving Day", kFirstRuleYear, kOpenEnd, DayRule::Fixed, 11, 23},
        // 平成元年法律第5号 (1989) to the abdication of 2019-04-30.
        {u"天皇誕生日", "The Emperor's Birthday", kFirstRuleYear, 2018, DayRule::Fixed, 12, 23},
    }};
    return days;
}

QDate nthMonday(int year, int month, int n)
{
    const QDate first(year, month, 1);
    const int toMonday = (Qt::Monday - first.dayOfWeek() + 7) % 7;
    return first.addDays(toMonday + 7 * (n - 1));
}

// The approximation is valid for 1980–2099: the day of March (or September) on which the sun
// passes the equinox in Japan time, from the mean tropical year and the leap years since 1980.
std::optional<QDate> estimatedEquinox(int year, int month, double base)
{
    if (year < 1980 || year > 2099)
        return std::nullopt;
    const int y = year - 1980;
    const int day = static_cast<int>(std::floor(base + 0.242194 * y - std::floor(y / 4.0)));
    return QDate(year, month, day);
}

const QString& substituteJa()
{
    static const QString name = QStringLiteral("振替休日");
    return name;
}

const QString& sandwichedJa()
{
    static const QString name = QStringLiteral("国民の休日");
    return name;
}

// 第3条2項 since 1973-04-12 (昭和48年法律第10号); 第3条3項 since 1985-12-27 (昭和60年法律第103号);
// both reworded by 平成17年法律第43号 from 2007-01-01.
const QDate kSubstituteSince(1973, 4, 12);
const QDate kSandwichedSince(1985, 12, 27);
const QDate kRewordedSince(2007, 1, 1);

} // namespace

QString holidayNameEn(const QString& nameJa)
{
    if (nameJa == substituteJa())
        return QStringLiteral("Substitute holiday");
    if (nameJa == sandwichedJa())
        return QStringLiteral("Citizens' holiday");
    for (const NamedDay& d : namedDays())
        if (nameJa == QString::fromUtf16(d.ja))
            return QString::fromLatin1(d.en);
    return {};
}

std::optional<QDate> estimatedVernalEquinox(int year)
{
    return estimatedEquinox(year, 3, 20.8431);
}

std::optional<QDate> estimatedAutumnalEquinox(int year)
{
    return estimatedEquinox(year, 9, 23.2488);
}

QList<Holiday> nationalHolidaysByLaw(int year, bool equinoxesProvisional)
{
    QList<Holiday> list;
    if (year < kFirstRuleYear || year > kLastRuleYear)
        return list;
    for (const NamedDay& d : namedDays()) {
        if (year < d.fromYear || year > d.toYear)
            continue;
        Holiday h{{}, QString::fromUtf16(d.ja), QString::fromLatin1(d.en), HolidayKind::National, false};
        switch (d.rule) {
        case DayRule::Fixed:
            h.date = QDate(year, d.month, d.day);
            break;
        case DayRule::NthMonday:
            h.date = nthMonday(year, d.month, d.day);
            break;
        case DayRule::VernalEquinox:
            h.date = *estimatedVernalEquinox(year);
            h.provisional = equinoxesProvisional;
            break;
        case DayRule::AutumnalEquinox:
            h.date = *estimatedAutumnalEquinox(year);
            h.provisional = equinoxesProvisional;
            break;
        }
        list << h;
    }
    std::sort(list.begin(), list.end(), [](const Holiday& a, const Holiday& b) { return a.date < b.date; });
    return list;
}

QList<Holiday> derivedRestDays(const QList<Holiday>& holidays)
{
    // The days 第3条 counts as 「国民の祝日」: 第2条's and the special laws' (which say so).
    QMap<QDate, Holiday> national;
    for (const Holiday& h : holidays)
        if (h.kind == HolidayKind::National || h.kind == HolidayKind::Special)
            national.insert(h.date, h);

    QMap<QDate, Holiday> derived;
    for (const Holiday& h : national) {
        if (h.date.dayOfWeek() != Qt::Sunday || h.date < kSubstituteSince)
            continue;
        QDate day = h.date.addDays(1);
        bool provisional = h.provisional;
        if (h.date < kRewordedSince) {
            // 第3条2項 (1973–2006): 「その翌日を休日とする」; a Monday that is a 国民の祝日 itself
            // is off anyway, and nothing moves further.
            if (national.contains(day))
                continue;
        } else {
            // 第3条2項 (2007–): 「その日後においてその日に最も近い「国民の祝日」でない日を休日とする」
            // — past the other 祝日 that follow (5/3 on a Sunday: 5/6).
            while (national.contains(day)) {
                provisional = provisional || national.value(day).provisional;
                day = day.addDays(1);
            }
        }
        derived.insert(
            day, Holiday{day, substituteJa(), holidayNameEn(substituteJa()), HolidayKind::Substitute, provisional});
    }

    for (const Holiday& before : national) {
        const QDate day = before.date.addDays(1);
        const auto after = national.constFind(before.date.addDays(2));
        if (after == national.constEnd() || national.contains(day) || day < kSandwichedSince)
            continue;
        if (day < kRewordedSince) {
            // 第3条3項 (1985–2006): 「（日曜日にあたる日及び前項に規定する休日にあたる日を除く。）」
            if (day.dayOfWeek() == Qt::Sunday || derived.contains(day))
                continue;
        } else if (derived.contains(day)) {
            // 第3条3項 (2007–) excepts only 国民の祝日: a day that is a 振替休日 as well stays one,
            // named once.
            continue;
        }
        derived.insert(day, Holiday{day, sandwichedJa(), holidayNameEn(sandwichedJa()), HolidayKind::Sandwiched,
                                    before.provisional || after->provisional});
    }
    return derived.values();
}

} // namespace daicho
