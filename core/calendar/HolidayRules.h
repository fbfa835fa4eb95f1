#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace daicho {

// The rules of the 国民の祝日に関する法律 (祝日法) as pure functions: which days its 第2条 names
// in a year, and which 休日 its 第3条2項・3項 add. JapaneseHolidays ships the announced years as
// data and uses these rules for the years after them and for the 振替休日 and 国民の休日 of all
// years.

// What made a day a holiday.
enum class HolidayKind {
    National, // 国民の祝日 (祝日法第2条)
    Special, // a 休日 by a special law, treated as a 国民の祝日 for 第3条2項・3項 (2019-05-01, 2019-10-22)
    Substitute, // 振替休日 (祝日法第3条2項)
    Sandwiched, // the 休日 between two 国民の祝日, called 国民の休日 (祝日法第3条3項)
};

struct Holiday {
    QDate date;
    QString nameJa; // "春分の日", "振替休日", "国民の休日", "即位の日"
    QString nameEn;
    HolidayKind kind = HolidayKind::National;
    // An estimate: an equinox day of a year whose 暦要項 the 官報 has not published yet, or a
    // 振替休日 or 国民の休日 that follows from one. It may move when the year is announced.
    bool provisional = false;

    bool operator==(const Holiday&) const = default;
};

// 春分日 and 秋分日 by the approximation of 『新こよみ便利帳』, valid for 1980–2099 (nullopt
// outside). Only the 官報's 暦要項 fixes the days as holidays; these are estimates.
std::optional<QDate> estimatedVernalEquinox(int year);
std::optional<QDate> estimatedAutumnalEquinox(int year);

// The English name of a holiday by its Japanese name as 第2条 and 第3条 give it ("春分の日" →
// "Vernal Equinox Day"); empty for a name the law does not give (the special laws' days carry
// their own in the data).
QString holidayNameEn(const QString& nameJa);

// The years nationalHolidaysByLaw() knows: the forms of 第2条 in force from 2000 (成人の日 and
// 体育の日 on Mondays) to the end of the equinox approximation.
constexpr int kFirstRuleYear = 2000;
constexpr int kLastRuleYear = 2099;

// The 国民の祝日 of `year` as 第2条 stood in that year, sorted by date, the equinoxes estimated
// and marked provisional when `equinoxesProvisional`. Special laws are not rules: the one-off
// days of 2019 and the moves of 2020 and 2021 for the Olympic Games are only in the shipped
// data. Empty outside kFirstRuleYear–kLastRuleYear.
QList<Holiday> nationalHolidaysByLaw(int year, bool equinoxesProvisional);

// The 休日 that 第3条2項 (振替休日) and 第3条3項 (国民の休日) add to `holidays` (the 国民の祝日
// and the days treated as such; any order, derived days in it are ignored), each by the
// wording in force on its date: 振替休日 from 1973-04-12, 国民の休日 from 1985-12-27, both
// reworded from 2007-01-01. Sorted by date; a derived day is provisional when a day it follows
// from is.
QList<Holiday> derivedRestDays(const QList<Holiday>& holidays);

} // namespace daicho
