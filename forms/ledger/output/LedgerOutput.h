#pragma once

#include "exchange/LedgerExport.h"
#include "ledger/FormDefinition.h"
#include "ledger/LedgerQuery.h"
#include "print/LedgerPrint.h"

#include <QObject>

#include <functional>

class QAction;
class QMenu;
class QWidget;

namespace daicho {

class Session;

// What goes out of a ledger page and comes into it: the ledger as filtered printed (after a
// preview), saved as a PDF, exported as CSV (UTF-8 for Excel, or Shift_JIS only when no
// character would be lost) or as an Excel workbook; one entry printed or saved as a PDF; and
// entries imported from a CSV file after a check that shows every problem first. Core writes
// and audits every file; this asks the questions, names the file and reports the outcome.
// Two menus (output, import) for the page's buttons; each action is also a public function.
class LedgerOutput : public QObject
{
    Q_OBJECT

public:
    using SessionAccess = std::function<Session*()>;
    using FilterAccess = std::function<Result<LedgerFilter>()>;
    // The list's entries in the order on screen, and that order in words (「日付の古い順」).
    struct ListOrderOnScreen {
        RowSource rows;
        QString description;
    };
    using OrderAccess = std::function<ListOrderOnScreen()>;

    // Dialogs open over `parent` (the page).
    LedgerOutput(const FormDefinition& form, SessionAccess session, FilterAccess filter, OrderAccess order,
                 QWidget* parent);
    ~LedgerOutput() override;

    QMenu* outputMenu() const { return m_outputMenu; }
    QMenu* importMenu() const { return m_importMenu; }
    // Shows what the signed-in role may do with this form.
    void updateActions();
    bool mayExport() const { return m_mayExport; }
    bool mayImport() const { return m_mayImport; }

    void printLedger();
    void saveLedgerPdf();
    void exportCsv();
    void exportXlsx();
    void importCsv();
    void saveSampleCsv();
    // One entry, from its view (`over`).
    void printEntry(EntryId id, QWidget* over);
    void saveEntryPdf(EntryId id, QWidget* over);
    // The lines of one monitoring sheet as an Excel workbook.
    void exportEntryLines(EntryId id, QWidget* over);

    // A file name for the filtered ledger: "様式1_令和8年度.pdf", "様式5_20260401-20260430.csv".
    static QString defaultFileName(const FormDefinition& form, const LedgerFilter& filter, const QString& suffix);

signals:
    // A result for the page's banner.
    void succeeded(const QString& message);
    void failed(const QString& message);
    void noted(const QString& message); // nothing done, on purpose
    // Entries were imported (`skipped`: rows left out as repeats of kept entries): the list
    // is read again.
    void imported(std::int64_t count, std::int64_t skipped);

private:
    // The entry's No. in its own ledger, as people read it (the id stays internal).
    QString numberText(EntryId id) const;
    // Asks for the print options, then runs `then` with them.
    // `ledgerOrder`: printing the ledger in that order (empty: one entry).
    void askPrintOptions(QWidget* over, const QString& title, const QString& proceed,
                         std::function<void(LedgerPrintOptions)> then, const QString& ledgerOrder = {});
    QString askSavePath(QWidget* over, const QString& caption, const QString& suggested, const QString& filter,
                        const QString& suffix);
    std::optional<LedgerFilter> currentFilter();
    void writeExport(ExportFormat format);
    // For CP932: lists what cannot be written; true to go on (as UTF-8 when offered and taken).
    bool checkCp932(Session& session, const LedgerFilter& filter, ExportFormat& format);

    const FormDefinition& m_form;
    SessionAccess m_session;
    FilterAccess m_filter;
    OrderAccess m_order;
    QWidget* m_parent;
    QMenu* m_outputMenu;
    QMenu* m_importMenu;
    QAction* m_print;
    QAction* m_pdf;
    QAction* m_csv;
    QAction* m_xlsx;
    QAction* m_import;
    QAction* m_sample;
    LedgerPrintOptions m_printOptions;
    ExportFormat m_csvFormat = ExportFormat::CsvUtf8;
    QString m_directory;
    bool m_mayExport = false;
    bool m_mayImport = false;
};

} // namespace daicho
