#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace daicho {

// Timestamps are stored in UTC and shown in Japan time; Japan has kept UTC+9 without
// daylight saving since 1952, so a fixed offset needs no time-zone database.
QDateTime toJapanTime(const QDateTime& utc);
QDate japanDate(const QDateTime& utc);

// "2026/04/01 18:00:05" in Japan time, from an ISO 8601 UTC text or a QDateTime.
QString formatJapanDateTime(const QDateTime& utc);
QString formatJapanDateTime(const QString& isoUtc);

// 和暦: "令和8年11月22日" (元年 for the first year of an era). Dates before 明治6年
// (the adoption of the Gregorian calendar) are given in 西暦.
QString formatWareki(const QDate& date);

} // namespace daicho
