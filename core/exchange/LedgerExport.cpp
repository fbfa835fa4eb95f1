#include "exchange/LedgerExport.h"

#include "audit/AuditLog.h"
#include "audit/Checkpoint.h"
#include "audit/internal/AuditRecords.h"
#include "exchange/XlsxWriter.h"
#include "exchange/internal/TableExport.h"
#include "store/PrivateFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace daicho {

QString exportFormatKey(ExportFormat format)
{
    switch (format) {
    case ExportFormat::CsvUtf8:
        return QStringLiteral("csv-utf8");
    case ExportFormat::CsvCp932:
        return QStringLiteral("csv-cp932");
    case ExportFormat::Xlsx:
        break;
    }
    return QStringLiteral("xlsx");
}

namespace {

Error cannotWrite(const QString& path, const QString& detail)
{
    return makeError(ErrorCode::Io,
                     QCoreApplication::translate("daicho::LedgerExport",
                                                 "The file could not be written (%1). Check that the folder exists "
                                                 "and is writable, and that the file is not open in Excel.")
                         .arg(QDir::toNativeSeparators(path)),
                     detail);
}

// Writes the file beside its destination; the caller renames it into place.
Status writeTemporary(const ExportTable& table, ExportFormat format, const QString& temporary)
{
    if (format == ExportFormat::Xlsx)
        return writeXlsx(table, temporary);
    QFile file(temporary);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return cannotWrite(temporary, file.errorString());
    const QByteArray bytes =
        LedgerExport::csvBytes(table, format == ExportFormat::CsvCp932 ? CsvEncoding::Cp932 : CsvEncoding::Utf8Bom);
    if (file.write(bytes) != bytes.size() || !file.flush()) {
        file.remove();
        return cannotWrite(temporary, file.errorString());
    }
    file.close();
    return {};
}

} // namespace

QList<UnencodableCharacter> LedgerExport::cp932Problems(const ExportTable& table)
{
    return charactersNotInCp932(table.textRows());
}

QByteArray LedgerExport::csvBytes(const ExportTable& table, CsvEncoding encoding)
{
    QList<QStringList> rows = table.textRows();
    // After an empty line, so that the entries stay one block for Excel; an import skips it.
    if (!table.trailCode.isEmpty())
        rows << QStringList{} << trailCodeRow(table.trailCode);
    return csvDocument(rows, encoding);
}

QStringList LedgerExport::trailCodeRow(const QString& trailCode)
{
    const qsizetype space = trailCode.indexOf(QLatin1Char(' '));
    return {trailCode.left(space), trailCode.mid(space + 1)};
}

Result<std::int64_t> LedgerExport::write(Session& session, const LedgerFilter& filter, ExportFormat format,
                                         const QString& path)
{
    auto table = buildExportTable(session, filter);
    if (!table)
        return table.error();
    if (format == ExportFormat::CsvCp932) {
        const QList<UnencodableCharacter> lost = cp932Problems(table.value());
        if (!lost.isEmpty()) {
            QStringList characters;
            for (const UnencodableCharacter& c : lost.mid(0, 10))
                characters << c.character;
            const UnencodableCharacter& first = lost.first();
            return makeError(ErrorCode::InvalidInput,
                             QCoreApplication::translate("daicho::LedgerExport",
                                                         "Shift_JIS (CP932) cannot hold %1 (first in row %2, "
                                                         "column \"%3\"). Export as UTF-8 instead, which Excel also "
                                                         "opens, or correct those entries.")
                                 .arg(characters.join(QStringLiteral(" ")))
                                 .arg(first.row)
                                 .arg(table->header.value(first.column)));
        }
    }
    return writeExportTable(session, table.value(), format, path,
                            auditDetail({{QStringLiteral("form"), filter.formId},
                                         {QStringLiteral("format"), exportFormatKey(format)},
                                         {QStringLiteral("count"), QString::number(table->rows.size())}}));
}

Result<std::int64_t> writeExportTable(Session& session, const ExportTable& exported, ExportFormat format,
                                      const QString& path, const QString& detail)
{
    auto head = Checkpoint::chainHead(session);
    if (!head)
        return head.error();
    ExportTable table = exported;
    table.trailCode = Checkpoint::printedText(head.value());
    // A private file with a random name beside the destination (personal data: owner-only,
    // never through a planted link), renamed into place only with its audit entry.
    auto created = createTemporaryBeside(path);
    if (!created)
        return cannotWrite(path, created.error().detail);
    const QString temporary = created.value();
    if (Status written = writeTemporary(table, format, temporary); !written.ok()) {
        QFile::remove(temporary);
        return written.error();
    }
    auto tx = Transaction::begin(session.db());
    if (!tx) {
        QFile::remove(temporary);
        return tx.error();
    }
    auto seq = AuditLog::append(session, {QStringLiteral("ledger.export"), {}, {}, detail});
    if (!seq) {
        QFile::remove(temporary);
        return seq.error();
    }
    if (Status renamed = renameDurably(temporary, path); !renamed.ok()) {
        QFile::remove(temporary);
        return cannotWrite(path, renamed.error().detail);
    }
    if (auto committed = tx.value()->commit(); !committed.ok()) {
        QFile::remove(path);
        return committed.error();
    }
    return static_cast<std::int64_t>(table.rows.size());
}

} // namespace daicho
