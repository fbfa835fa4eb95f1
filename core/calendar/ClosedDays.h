#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace daicho {

class JapaneseHolidays;

// A range of days the centre closes every year, by month and day; it may run over the year's
// end (12/29–1/3).
struct YearlyClosure {
    int fromMonth = 12;
    int fromDay = 29;
    int toMonth = 1;
    int toDay = 3;
    QString nameJa = QStringLiteral("年末年始");

    bool contains(const QDate& date) const;
    QString describeJa() const; // "年末年始（12月29日〜1月3日）"
    bool operator==(const YearlyClosure&) const = default;
};

// A single day the chief closes the desk on, with why ("臨時休業（設備点検）").
struct ExtraClosedDay {
    QDate date;
    QString noteJa;

    bool operator==(const ExtraClosedDay&) const = default;
};

// The days the centre's desk is closed, for the centre's own deadlines (民法第142条: a period
// whose last day is a day off ends on the next day the desk is open). A plain value: whoever
// stores it keeps its JSON text (toJson/fromJson); changing it is the chief's, audited there.
//
// Default-constructed it is the regulation's: 第33条2項(3) opens the 相談窓口
// 「月曜～金曜(祝日、年末年始は除く)」, so Saturdays, Sundays, national holidays (振替休日 and
// 国民の休日 too) and the 年末年始 are closed. The regulation does not date the 年末年始; the
// default takes 12/29–1/3, the span the 行政機関の休日に関する法律 (第1条1項3号) closes
// government offices.
struct ClosedDays {
    QList<Qt::DayOfWeek> weeklyClosed{Qt::Saturday, Qt::Sunday};
    QList<YearlyClosure> yearly{YearlyClosure{}};
    QList<ExtraClosedDay> extra;

    // Whether the desk is closed on `date`: a weekly closed day, a national holiday (when
    // `holidays` covers the date; an uncovered year has none known), a yearly closure or an
    // extra day.
    bool isClosed(const QDate& date, const JapaneseHolidays& holidays) const;
    // Why, in Japanese, the most telling first: the national holiday ("国民の祝日（春分の日）",
    // "振替休日", "国民の休日"), the chief's day ("センターの休業日（臨時休業（設備点検））"),
    // the yearly closure ("年末年始（12月29日〜1月3日）"), the weekday ("日曜日"). Empty when open.
    QStringList closedReasons(const QDate& date, const JapaneseHolidays& holidays) const;
    QString closedReason(const QDate& date, const JapaneseHolidays& holidays) const; // the first
    // The first day on or after `from` the desk is open; invalid if none within the next 400 days
    // (fromJson refuses settings that could do that by the week or the year alone).
    QDate nextOpenDay(const QDate& from, const JapaneseHolidays& holidays) const;

    // JSON text: {"weeklyClosed": ["saturday", "sunday"], "yearly": [{"from": "12-29",
    // "to": "01-03", "name": "年末年始"}], "extra": [{"date": "2027-08-13", "note": "…"}]}.
    QByteArray toJson() const;
    // The settings from their JSON text; an Error (InvalidInput) whose message says in
    // Japanese what is wrong and where.
    [[nodiscard]] static Result<ClosedDays> fromJson(const QByteArray& json);

    bool operator==(const ClosedDays&) const = default;
};

} // namespace daicho
