#pragma once

#include "ledger/FormDefinition.h"
#include "ledger/LedgerTypes.h"

#include <QDialog>

class QPushButton;

namespace daicho {

class LedgerDirectory;

class EntrySummaryWidget;

// One entry to read, as it stands, with the way to correct it (for those who may), to see its
// history and to print it or save it as a PDF. The page does all that: the dialog only asks.
class EntryViewDialog : public QDialog
{
    Q_OBJECT

public:
    EntryViewDialog(const FormDefinition& form, const LedgerDirectory& directory, const LedgerEntry& entry,
                    bool mayCorrect, QWidget* parent = nullptr);
    ~EntryViewDialog() override;

    EntryId entryId() const { return m_entryId; }
    // Whether the print and PDF buttons show (the role may print).
    void setPrintable(bool printable);
    // How long the entry is kept and when it goes (issue 13 §3), one line.
    void showKeeping(const QString& text);
    // A register entry: when the data of its database goes (第11条⑨, issue 13 §9).
    void showDataKeeping(const QString& text);

signals:
    void correctionRequested(daicho::EntryId id);
    void historyRequested(daicho::EntryId id);
    void printRequested(daicho::EntryId id);
    void pdfRequested(daicho::EntryId id);
    // The lines of a monitoring sheet to Excel (a form with a checklist only).
    void linesExportRequested(daicho::EntryId id);

private:
    EntryId m_entryId;
    EntrySummaryWidget* m_summary = nullptr;
    QPushButton* m_print;
    QPushButton* m_pdf;
    QPushButton* m_linesExport = nullptr; // forms with a checklist
};

} // namespace daicho
