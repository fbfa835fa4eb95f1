#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace daicho {

// Dates and times as the store writes them, read back without Qt's general ISO parser (a
// list decodes thousands; QDateTime::fromString is the slowest part of an entry). Anything
// else — another length, a non-digit — goes to Qt's parser, so the result is the same.
QDate dateFromIso(const QString& text); // "2026-04-01"
QDateTime utcFromIso(const QString& text); // "2026-04-01T09:00:00Z", "2026-04-01T09:00:00.000Z"

// The other way, the same text as QDate::toString(Qt::ISODate) and
// QDateTime::toUTC().toString(Qt::ISODate) (seconds, no milliseconds): those go through
// QString::asprintf, the largest part of encoding an imported row. Years outside 1–9999
// (and invalid values) are left to Qt.
QString isoDate(QDate date); // "2026-04-01"
QString isoUtc(const QDateTime& at); // "2026-04-01T00:00:00Z"

} // namespace daicho
