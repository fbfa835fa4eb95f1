#pragma once

#include "auth/Session.h"
#include "exchange/Csv.h"
#include "exchange/LedgerTable.h"

namespace daicho {

enum class ExportFormat { CsvUtf8, CsvCp932, Xlsx };
QString exportFormatKey(ExportFormat format); // "csv-utf8", "csv-cp932", "xlsx": the audit detail

// Writes a ledger (as filtered) to a file people open with Excel. Every export is recorded
// in the audit trail (form, format, number of rows; never the file name, which may hold a
// person's name) in the same transaction that the file is put in place: a file exists only
// if its export was recorded.
class LedgerExport
{
public:
    // Characters a CP932 export would lose, to list before exporting (or choose UTF-8).
    static QList<UnencodableCharacter> cp932Problems(const ExportTable& table);

    // Returns the number of entries written. CP932 is refused while any character would be
    // lost: the message names them and where the first is.
    static Result<std::int64_t> write(Session& session, const LedgerFilter& filter, ExportFormat format,
                                      const QString& path);

    // The bytes of a CSV export (no audit): for tests and previews.
    static QByteArray csvBytes(const ExportTable& table, CsvEncoding encoding);
    // The last line of a CSV export: {"監査証跡", "1234:ABCDE-…"}; an import skips it.
    static QStringList trailCodeRow(const QString& trailCode);
};

} // namespace daicho
