#pragma once

#include "common/Result.h"
#include "exchange/LedgerTable.h"

namespace daicho {

// An .xlsx of a ledger through libxlsxwriter: text stays text (a code like 0012 keeps its
// zeros), dates and date-times are real Excel dates, counts are numbers; the header row is
// frozen and repeated on every printed page; A4, landscape when the form is, fitted to the
// page width, with the form number and title in the page header and page numbers below.
[[nodiscard]] Status writeXlsx(const ExportTable& table, const QString& path);

} // namespace daicho
