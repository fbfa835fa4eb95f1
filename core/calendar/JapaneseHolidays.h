#pragma once

#include "calendar/HolidayRules.h"
#include "common/Result.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace daicho {

// What is known of a year's holidays.
enum class HolidayCoverage {
    NotCovered, // before the table's first year (2000) or after 2099: nothing is known, ask no more
    Announced, // in the shipped table: the Cabinet Office's list, equinoxes from the 官報
    Forecast, // after the last announced year: the present law's rules, the equinoxes estimated
};

// One day looked up.
struct HolidayLookup {
    HolidayCoverage coverage = HolidayCoverage::NotCovered;
    std::optional<Holiday> holiday; // none: a working day as far as the law goes (if covered)
    // Whether the day's status may still change when its year's 暦要項 is published: a
    // provisional holiday, or a day from one before to two after an estimated equinox (the
    // equinox, its 振替休日, a 国民の休日 next to it), holiday or not.
    bool provisional = false;

    bool covered() const { return coverage != HolidayCoverage::NotCovered; }
};

// Japan's national holidays (国民の祝日に関する法律): every 国民の祝日 and special-law 休日 of
// the announced years as versioned data (JapaneseHolidays.json, a resource of the library),
// the 振替休日 and 国民の休日 derived by the law's rules (HolidayRules.h), and the years after
// the last announced one to 2099 by the present law with estimated, provisional equinoxes.
// A value: cheap to look up (every day is computed once), safe to share between threads.
class JapaneseHolidays
{
public:
    // The table built into the library.
    static const JapaneseHolidays& shipped();
    // A table from its JSON text (the format of JapaneseHolidays.json); an Error with a message
    // in Japanese saying what is wrong. Tests use it for other announced years.
    [[nodiscard]] static Result<JapaneseHolidays> fromJson(const QByteArray& json);

    QString version() const { return m_version; } // "2026-02 官報 令和9年暦要項"
    int firstYear() const { return m_firstYear; }
    int lastAnnouncedYear() const { return m_lastAnnouncedYear; }

    HolidayCoverage coverage(int year) const;
    bool covers(const QDate& date) const;
    HolidayLookup lookup(const QDate& date) const;
    // The holiday on `date`; nullopt also when the date is not covered: ask covers() or lookup().
    std::optional<Holiday> holidayOn(const QDate& date) const;
    // Every holiday of `year` by date, derived days included; nullopt when not covered.
    std::optional<QList<Holiday>> inYear(int year) const;
    // The 国民の祝日 and special-law days as listed in the data, without derived days.
    QList<Holiday> listed() const { return m_listed; }

private:
    JapaneseHolidays() = default;

    QString m_version;
    int m_firstYear = 0;
    int m_lastAnnouncedYear = 0;
    QList<Holiday> m_listed;
    QMap<QDate, Holiday> m_days; // firstYear to 2099, derived days included
};

} // namespace daicho
