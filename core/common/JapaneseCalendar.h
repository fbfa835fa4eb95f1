#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace daicho {

// The Japanese calendar as an office uses it: Japan time, 和暦, fiscal years.
//
// Timestamps are stored in UTC and shown in Japan time; Japan has kept UTC+9 without
// daylight saving since 1952, so a fixed offset needs no time-zone database.
QDateTime toJapanTime(const QDateTime& utc);
QDate japanDate(const QDateTime& utc);

// "2026/04/01 18:00:05" in Japan time, from an ISO 8601 UTC text or a QDateTime.
QString formatJapanDateTime(const QDateTime& utc);
QString formatJapanDateTime(const QString& isoUtc);

enum class SeirekiInBrackets { No, Yes };

// 和暦: "令和8年11月22日" (元年 for the first year of an era), optionally followed by the
// 西暦 year in brackets: "令和8年11月22日（2026年）". Dates before 明治6年 (the adoption
// of the Gregorian calendar) are given in 西暦.
QString formatWareki(const QDate& date, SeirekiInBrackets seireki = SeirekiInBrackets::No);
// The era and year alone: "令和8年", "令和元年".
QString formatWarekiYear(const QDate& date);
// The day of the week in one character: "月" for Monday … "日" for Sunday.
QString weekdayJa(const QDate& date);
// 和暦 with the day of the week, as a deadline is written: "令和9年1月4日（月）".
QString formatWarekiWithWeekday(const QDate& date);

// Fiscal years run from 1 April to 31 March and are named after the year they start in:
// 2026-03-31 is in fiscal 2025 (令和7年度), 2026-04-01 in fiscal 2026 (令和8年度).
int fiscalYear(const QDate& date);
QDate fiscalYearStart(int fiscalYear);
QDate fiscalYearEnd(int fiscalYear);
QString formatFiscalYear(int fiscalYear); // "令和8年度"

// Reads a date the way people type it in a Japanese office: "2026/4/1", "2026-04-01",
// "20260401", "令和8年4月1日", "令和元年5月1日", "R8.4.1", "H31.4.30", full-width digits too.
// A 和暦 date outside its era (平成31年5月1日) is not a date. Returns nullopt when the text is
// not a valid date.
std::optional<QDate> parseJapaneseDate(const QString& text);
// The same, and a date typed without its year ("9/30", "9月30日") read as an Excel user means
// it: that day in the fiscal year (April–March) of `today` — 3/31 in 令和8年度 is 2027/3/31. The
// caller shows the date read in 和暦 before it is kept (JapaneseDateWidget's preview).
std::optional<QDate> parseJapaneseDate(const QString& text, QDate today);

// Reads a time of day on the 24-hour clock as typed: "17:00", "9:30", "1700", "17" (on the
// hour), "17時", "17時30分", full-width digits and colon too. Returns nullopt for anything
// else, "25:00" and "17:75" among them: a time is never guessed from stray digits.
std::optional<QTime> parseTypedTime(const QString& text);

} // namespace daicho
