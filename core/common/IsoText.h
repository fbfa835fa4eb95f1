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

} // namespace daicho
