#include "ledger/output/LedgerOutput.h"

#include "auth/Permission.h"
#include "common/BusyCursor.h"
#include "common/FileDialog.h"
#include "common/JapaneseCalendar.h"
#include "common/MessageBox.h"
#include "exchange/ChecklistExport.h"
#include "exchange/Csv.h"
#include "exchange/LedgerImport.h"
#include "exchange/LedgerTable.h"
#include "exchange/PrintRecord.h"
#include "ledger/LedgerAccess.h"
#include "ledger/LedgerDirectory.h"
#include "ledger/LedgerReader.h"
#include "ledger/LedgerText.h"
#include "ledger/output/CsvExportDialog.h"
#include "ledger/output/ImportReportDialog.h"
#include "ledger/output/ImportRunner.h"
#include "ledger/output/PrintOptionsDialog.h"
#include "print/PrintSheet.h"

#include <QAction>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMenu>
#include <QSaveFile>
#include <QStandardPaths>
#include <QWidget>

namespace daicho {

namespace {

// An import reads the whole file into memory: a ledger of a few hundred thousand rows fits.
constexpr qint64 kMaxImportBytes = 64 * 1024 * 1024;
// Characters listed when Shift_JIS cannot hold them; the rest are counted.
constexpr int kListedCharacters = 10;

QString nativePath(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

// What follows an accepted options dialog may process events (the busy cursor, a print
// preview): with WA_DeleteOnClose the dialog could be deleted there, before QDialog::done()
// has finished with it. It goes once done() is over.
void deleteWhenFinished(QDialog* dialog)
{
    QObject::connect(dialog, &QDialog::finished, dialog, &QObject::deleteLater);
}

QString startDirectory()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return !documents.isEmpty() && QFileInfo(documents).isDir() ? documents : QDir::homePath();
}

} // namespace

LedgerOutput::LedgerOutput(const FormDefinition& form, SessionAccess session, FilterAccess filter, OrderAccess order,
                           QWidget* parent)
    : QObject(parent)
    , m_form(form)
    , m_session(std::move(session))
    , m_filter(std::move(filter))
    , m_order(std::move(order))
    , m_parent(parent)
    , m_outputMenu(new QMenu(parent))
    , m_importMenu(new QMenu(parent))
    , m_directory(startDirectory())
{
    m_outputMenu->setObjectName(QStringLiteral("outputMenu"));
    m_importMenu->setObjectName(QStringLiteral("importMenu"));
    m_print = m_outputMenu->addAction(tr("&Print…"), this, &LedgerOutput::printLedger);
    m_print->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    // A menu's shortcut works only while the menu is open: on the page, Ctrl+P prints whenever
    // the page is on show (a hidden page's actions are inactive).
    m_parent->addAction(m_print);
    m_pdf = m_outputMenu->addAction(tr("Save as P&DF…"), this, &LedgerOutput::saveLedgerPdf);
    m_outputMenu->addSeparator();
    m_csv = m_outputMenu->addAction(tr("Export as &CSV…"), this, &LedgerOutput::exportCsv);
    m_xlsx = m_outputMenu->addAction(tr("Export to &Excel…"), this, &LedgerOutput::exportXlsx);
    m_import = m_importMenu->addAction(tr("&Import from CSV…"), this, &LedgerOutput::importCsv);
    m_sample = m_importMenu->addAction(tr("Save a &sample CSV…"), this, &LedgerOutput::saveSampleCsv);
    m_print->setObjectName(QStringLiteral("printLedgerAction"));
    m_pdf->setObjectName(QStringLiteral("pdfLedgerAction"));
    m_csv->setObjectName(QStringLiteral("csvExportAction"));
    m_xlsx->setObjectName(QStringLiteral("xlsxExportAction"));
    m_import->setObjectName(QStringLiteral("importCsvAction"));
    m_sample->setObjectName(QStringLiteral("sampleCsvAction"));
    m_print->setToolTip(tr("Print the list as filtered, after a preview (Ctrl+P)"));
    m_pdf->setToolTip(tr("Save the list as filtered as an A4 PDF"));
    m_csv->setToolTip(tr("The list as filtered, for Excel and other programs"));
    m_xlsx->setToolTip(tr("The list as filtered as an Excel workbook (.xlsx)"));
    m_import->setToolTip(tr("Check a CSV file, then add all its entries at once"));
    m_sample->setToolTip(tr("A CSV file with only the header, to fill in for an import"));
    for (QMenu* menu : {m_outputMenu, m_importMenu})
        menu->setToolTipsVisible(true);
    // The shortcut works on the page, not only while the menu is open.
    parent->addAction(m_print);
    m_print->setShortcutContext(Qt::WidgetWithChildrenShortcut);
}

LedgerOutput::~LedgerOutput() = default;

void LedgerOutput::updateActions()
{
    Session* session = m_session ? m_session() : nullptr;
    m_mayExport = session && isAllowed(session->role(), Operation::ExportLedgers)
                  && LedgerAccess::requireRead(*session, m_form).ok();
    m_mayImport = session && LedgerImport::formAcceptsImport(m_form.id)
                  && isAllowed(session->role(), Operation::ImportLedgers)
                  && LedgerAccess::requireWrite(*session, m_form, std::nullopt).ok();
    for (QAction* action : {m_print, m_pdf, m_csv, m_xlsx}) {
        action->setVisible(m_mayExport);
        action->setEnabled(m_mayExport);
    }
    for (QAction* action : {m_import, m_sample}) {
        action->setVisible(m_mayImport);
        action->setEnabled(m_mayImport);
    }
}

QString LedgerOutput::defaultFileName(const FormDefinition& form, const LedgerFilter& filter, const QString& suffix)
{
    const auto compact = [](const QDate& date) { return date.toString(QStringLiteral("yyyyMMdd")); };
    QString period;
    if (filter.from && filter.to) {
        const int year = fiscalYear(*filter.from);
        if (*filter.from == fiscalYearStart(year) && *filter.to == fiscalYearEnd(year))
            period = formatFiscalYear(year);
        else if (*filter.from == *filter.to)
            period = compact(*filter.from);
        else
            period = compact(*filter.from) + QLatin1Char('-') + compact(*filter.to);
    } else if (filter.from) {
        period = compact(*filter.from) + QLatin1Char('-');
    } else if (filter.to) {
        period = QLatin1Char('-') + compact(*filter.to);
    }
    return form.number + (period.isEmpty() ? QString() : QLatin1Char('_') + period) + QLatin1Char('.') + suffix;
}

std::optional<LedgerFilter> LedgerOutput::currentFilter()
{
    if (!m_session || !m_session())
        return std::nullopt;
    Result<LedgerFilter> filter = m_filter();
    if (!filter) {
        // Said as an answer to the click: the same message already on show would look like nothing.
        emit failed(
            tr("Nothing was printed or saved: the list's filter needs fixing first. %1").arg(filter.error().message));
        return std::nullopt;
    }
    return filter.value();
}

void LedgerOutput::askPrintOptions(QWidget* over, const QString& title, const QString& proceed,
                                   std::function<void(LedgerPrintOptions)> then, const QString& ledgerOrder)
{
    auto* dialog = new PrintOptionsDialog(title, proceed, m_printOptions, over, ledgerOrder);
    deleteWhenFinished(dialog);
    connect(dialog, &QDialog::accepted, this, [this, dialog, then = std::move(then)] {
        m_printOptions = dialog->options();
        then(m_printOptions);
    });
    dialog->open();
}

QString LedgerOutput::askSavePath(QWidget* over, const QString& caption, const QString& suggested,
                                  const QString& filter, const QString& suffix)
{
    QString path = FileDialog::getSaveFileName(over, caption, QDir(m_directory).filePath(suggested), filter);
    if (path.isEmpty())
        return {};
    if (QFileInfo(path).suffix().compare(suffix, Qt::CaseInsensitive) != 0)
        path += QLatin1Char('.') + suffix;
    m_directory = QFileInfo(path).absolutePath();
    return path;
}

void LedgerOutput::printLedger()
{
    const std::optional<LedgerFilter> filter = currentFilter();
    if (!filter)
        return;
    // The order on screen is the order printed (read when printing: the list may be re-sorted).
    askPrintOptions(
        m_parent, tr("Print — %1").arg(ledgerTitle(m_form)), tr("Print pre&view…"),
        [this, filter = *filter](LedgerPrintOptions options) {
            Session* session = m_session();
            if (!session)
                return;
            const Result<bool> printed = previewAndPrintLedger(m_parent, *session, filter, options, m_order().rows);
            if (!printed)
                emit failed(tr("Not printed: %1").arg(printed.error().message));
            else if (printed.value())
                emit succeeded(tr("The ledger was sent to the printer."));
        },
        m_order().description);
}

void LedgerOutput::saveLedgerPdf()
{
    const std::optional<LedgerFilter> filter = currentFilter();
    if (!filter)
        return;
    askPrintOptions(
        m_parent, tr("Save as PDF — %1").arg(ledgerTitle(m_form)), tr("&Choose the file…"),
        [this, filter = *filter](LedgerPrintOptions options) {
            const QString path = askSavePath(
                m_parent, tr("Save the ledger as PDF"), defaultFileName(m_form, filter, QStringLiteral("pdf")),
                FileDialog::nameFilter(tr("PDF document"), QStringLiteral("*.pdf")), QStringLiteral("pdf"));
            Session* session = m_session();
            if (path.isEmpty() || !session)
                return;
            const Result<std::int64_t> written = [&] {
                const BusyCursor busy;
                return printLedgerToPdf(*session, filter, options, path, m_order().rows);
            }();
            if (!written) {
                emit failed(tr("The PDF was not saved: %1").arg(written.error().message));
                return;
            }
            emit succeeded(tr("%n entries were saved as PDF: %1", nullptr, static_cast<int>(written.value()))
                               .arg(nativePath(path)));
        },
        m_order().description);
}

void LedgerOutput::exportCsv()
{
    if (!currentFilter())
        return;
    auto* dialog = new CsvExportDialog(m_csvFormat, m_parent);
    deleteWhenFinished(dialog);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_csvFormat = dialog->format();
        writeExport(m_csvFormat);
    });
    dialog->open();
}

void LedgerOutput::exportXlsx()
{
    writeExport(ExportFormat::Xlsx);
}

bool LedgerOutput::checkCp932(Session& session, const LedgerFilter& filter, ExportFormat& format)
{
    const Result<ExportTable> table = [&] {
        const BusyCursor busy;
        return buildExportTable(session, filter);
    }();
    if (!table) {
        emit failed(tr("Nothing was exported: %1").arg(table.error().message));
        return false;
    }
    const QList<UnencodableCharacter> lost = LedgerExport::cp932Problems(table.value());
    if (lost.isEmpty())
        return true;
    QStringList lines;
    for (const UnencodableCharacter& c : lost.mid(0, kListedCharacters)) {
        // Row 0 is the header; each later row is an entry, named by its number.
        const QString where = c.row > 0 && c.row - 1 < table->rows.size() && !table->rows[c.row - 1].isEmpty()
                                  ? tr("entry No. %1").arg(table->rows[c.row - 1].first().text)
                                  : tr("header");
        // The code point too: the font on screen may have no glyph for the character.
        const QString code =
            QStringLiteral("U+%1").arg(c.character.toUcs4().value(0), 4, 16, QLatin1Char('0')).toUpper();
        lines << tr("“%1” %2  (%3, %4)").arg(c.character, code, where, table->header.value(c.column));
    }
    if (lost.size() > kListedCharacters)
        lines << tr("… and %n more", nullptr, static_cast<int>(lost.size() - kListedCharacters));
    const QString text = tr("Shift_JIS (CP932) cannot hold these characters, so no Shift_JIS file is written:")
                         + QStringLiteral("\n\n") + lines.join(QLatin1Char('\n')) + QStringLiteral("\n\n")
                         + tr("Export as UTF-8 (Excel) instead? UTF-8 holds every character, and Excel opens it "
                              "with a double-click.");
    if (MessageBox::question(m_parent, tr("Characters Shift_JIS cannot hold"), text,
                             MessageBox::Buttons(MessageBox::Button::Yes | MessageBox::Button::No),
                             MessageBox::Button::Yes)
        != MessageBox::Button::Yes) {
        emit noted(tr("Nothing was exported: Shift_JIS (CP932) cannot hold every character of this ledger."));
        return false;
    }
    format = ExportFormat::CsvUtf8;
    return true;
}

void LedgerOutput::writeExport(ExportFormat format)
{
    const std::optional<LedgerFilter> filter = currentFilter();
    Session* session = m_session ? m_session() : nullptr;
    if (!filter || !session)
        return;
    // Checked before a file is named: a lossy Shift_JIS file is never written.
    if (format == ExportFormat::CsvCp932 && !checkCp932(*session, *filter, format))
        return;
    const bool xlsx = format == ExportFormat::Xlsx;
    const QString suffix = xlsx ? QStringLiteral("xlsx") : QStringLiteral("csv");
    const QString path = askSavePath(m_parent, xlsx ? tr("Export to Excel") : tr("Export as CSV"),
                                     defaultFileName(m_form, *filter, suffix),
                                     xlsx ? FileDialog::nameFilter(tr("Excel workbook"), QStringLiteral("*.xlsx"))
                                          : FileDialog::nameFilter(tr("CSV file"), QStringLiteral("*.csv")),
                                     suffix);
    session = m_session();
    if (path.isEmpty() || !session)
        return;
    const Result<std::int64_t> written = [&] {
        const BusyCursor busy;
        return LedgerExport::write(*session, *filter, format, path);
    }();
    if (!written) {
        emit failed(tr("Nothing was exported: %1").arg(written.error().message));
        return;
    }
    const QString kind = xlsx                               ? tr("Excel")
                         : format == ExportFormat::CsvCp932 ? QStringLiteral("CSV, Shift_JIS")
                                                            : QStringLiteral("CSV, UTF-8");
    emit succeeded(tr("%n entries were exported (%1): %2", nullptr, static_cast<int>(written.value()))
                       .arg(kind, nativePath(path)));
}

void LedgerOutput::importCsv()
{
    if (!m_session || !m_session())
        return;
    const QString path =
        FileDialog::getOpenFileName(m_parent, tr("Import from CSV — %1").arg(ledgerTitle(m_form)), m_directory,
                                    FileDialog::nameFilter(tr("CSV file"), QStringLiteral("*.csv"))
                                        + QStringLiteral(";;") + FileDialog::allFilesFilter());
    if (path.isEmpty())
        return;
    m_directory = QFileInfo(path).absolutePath();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        emit failed(tr("The file %1 could not be read: %2").arg(nativePath(path), file.errorString()));
        return;
    }
    if (file.size() > kMaxImportBytes) {
        emit failed(tr("The file %1 is too large to import (more than %2 MB). Split it into smaller files.")
                        .arg(nativePath(path))
                        .arg(kMaxImportBytes / (1024 * 1024)));
        return;
    }
    const QByteArray bytes = file.readAll();
    Session* session = m_session();
    if (!session)
        return;
    const Result<ImportReport> report = ImportRunner::run(m_parent, *session, m_form.id, bytes, true);
    if (!report && report.error().code == ErrorCode::Cancelled) {
        emit noted(tr("The check of %1 was cancelled. Nothing was imported.").arg(nativePath(path)));
        return;
    }
    if (!report) {
        emit failed(tr("The file cannot be imported: %1").arg(report.error().message));
        return;
    }
    auto* dialog = new ImportReportDialog(m_form, nativePath(path), bytes, report.value(), m_session, m_parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportReportDialog::imported, this, &LedgerOutput::imported);
    dialog->open();
}

void LedgerOutput::saveSampleCsv()
{
    const QString path =
        askSavePath(m_parent, tr("Save a sample CSV"), tr("%1_sample.csv").arg(m_form.number),
                    FileDialog::nameFilter(tr("CSV file"), QStringLiteral("*.csv")), QStringLiteral("csv"));
    if (path.isEmpty())
        return;
    // The header only: no entry, so nothing personal and nothing to audit.
    const QByteArray bytes = csvDocument({exportHeader(m_form)}, CsvEncoding::Utf8Bom);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        emit failed(tr("The sample was not saved (%1): %2").arg(nativePath(path), file.errorString()));
        return;
    }
    emit succeeded(tr("A sample with the columns of %1 was saved: %2. Fill in one row per entry, then import it.")
                       .arg(m_form.number, nativePath(path)));
}

QString LedgerOutput::numberText(EntryId id) const
{
    Session* session = m_session ? m_session() : nullptr;
    const Result<std::int64_t> number =
        session ? LedgerReader::number(*session, id) : Result<std::int64_t>(std::int64_t{0});
    return number && number.value() > 0 ? QString::number(number.value()) : QString();
}

void LedgerOutput::printEntry(EntryId id, QWidget* over)
{
    const QString no = numberText(id);
    askPrintOptions(
        over, tr("Print entry No. %1").arg(no), tr("Print pre&view…"),
        [this, id, no, over](LedgerPrintOptions options) {
            Session* session = m_session ? m_session() : nullptr;
            if (!session)
                return;
            Result<LedgerDirectory> directory = LedgerDirectory::load(*session);
            const Result<PrintSheet> sheet = directory ? entrySheet(*session, id, directory.value(), options)
                                                       : Result<PrintSheet>(directory.error());
            if (!sheet) {
                MessageBox::warning(over, tr("Not printed"), sheet.error().message);
                return;
            }
            if (!previewAndPrint(over, sheet.value()))
                return;
            // Printed on paper: recorded like every print (第10条⑥).
            if (const Status recorded = PrintRecord::recordEntryPrint(*session, id, QStringLiteral("printer"));
                !recorded) {
                MessageBox::warning(over, tr("Not printed"), recorded.error().message);
                return;
            }
            emit succeeded(tr("Entry No. %1 was sent to the printer.").arg(no));
        });
}

void LedgerOutput::exportEntryLines(EntryId id, QWidget* over)
{
    const QString no = numberText(id);
    const QString path = askSavePath(
        over, tr("Lines of entry No. %1 to Excel").arg(no), QStringLiteral("%1_No%2.xlsx").arg(m_form.number, no),
        FileDialog::nameFilter(tr("Excel workbook"), QStringLiteral("*.xlsx")), QStringLiteral("xlsx"));
    Session* session = m_session ? m_session() : nullptr;
    if (path.isEmpty() || !session)
        return;
    const Result<std::int64_t> written = [&] {
        const BusyCursor busy;
        return exportChecklist(*session, id, ExportFormat::Xlsx, path);
    }();
    if (!written) {
        MessageBox::warning(over, tr("Not exported"), written.error().message);
        return;
    }
    emit succeeded(
        tr("%n line(s) of entry No. %1 were exported to Excel: %2", nullptr, static_cast<int>(written.value()))
            .arg(no)
            .arg(nativePath(path)));
}

void LedgerOutput::saveEntryPdf(EntryId id, QWidget* over)
{
    const QString no = numberText(id);
    askPrintOptions(
        over, tr("Save entry No. %1 as PDF").arg(no), tr("&Choose the file…"),
        [this, id, no, over](LedgerPrintOptions options) {
            const QString path =
                askSavePath(over, tr("Save the entry as PDF"), QStringLiteral("%1_No%2.pdf").arg(m_form.number, no),
                            FileDialog::nameFilter(tr("PDF document"), QStringLiteral("*.pdf")), QStringLiteral("pdf"));
            Session* session = m_session ? m_session() : nullptr;
            if (path.isEmpty() || !session)
                return;
            Result<LedgerDirectory> directory = LedgerDirectory::load(*session);
            const Result<PrintSheet> sheet = directory ? entrySheet(*session, id, directory.value(), options)
                                                       : Result<PrintSheet>(directory.error());
            if (!sheet) {
                MessageBox::warning(over, tr("The PDF was not saved"), sheet.error().message);
                return;
            }
            if (const Status written = printToPdf(path, sheet.value()); !written) {
                MessageBox::warning(over, tr("The PDF was not saved"), written.error().message);
                return;
            }
            // A PDF that cannot be recorded is not kept.
            if (const Status recorded = PrintRecord::recordEntryPrint(*session, id, QStringLiteral("pdf")); !recorded) {
                QFile::remove(path);
                MessageBox::warning(over, tr("The PDF was not saved"), recorded.error().message);
                return;
            }
            emit succeeded(tr("Entry No. %1 was saved as PDF: %2").arg(no).arg(nativePath(path)));
        });
}

} // namespace daicho
