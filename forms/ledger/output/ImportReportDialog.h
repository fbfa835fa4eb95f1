#pragma once

#include "exchange/LedgerImport.h"
#include "ledger/FormDefinition.h"

#include <QByteArray>
#include <QDialog>

#include <functional>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace daicho {

class MessageBanner;
class Session;

// What a check of a CSV file found before anything is imported: the rows read, the encoding
// detected and every problem by line and item. A file without problems can be imported with
// one button (all its rows, in one transaction); a file with any problem cannot be imported
// at all — the office corrects the file and tries again, never half of it.
class ImportReportDialog : public QDialog
{
    Q_OBJECT

public:
    using SessionAccess = std::function<Session*()>;

    // `report` is the dry run of `file`.
    ImportReportDialog(const FormDefinition& form, const QString& fileName, QByteArray file, ImportReport report,
                       SessionAccess session, QWidget* parent = nullptr);
    ~ImportReportDialog() override;

    QTableWidget* problemTable() const { return m_problems; }
    QPushButton* importButton() const { return m_import; }
    // Shown when rows repeat kept entries: ticked, they are left out.
    QCheckBox* skipRepeatsCheck() const { return m_skipRepeats; }
    MessageBanner* repeatsLabel() const { return m_repeats; }
    MessageBanner* summaryLabel() const { return m_summary; }

    // Imports the file for real; closes when it is done.
    void importFile();

signals:
    void imported(std::int64_t count, std::int64_t skipped);

private:
    void showReport(const ImportReport& report);

    const FormDefinition& m_form;
    QByteArray m_file;
    SessionAccess m_session;
    QLabel* m_rows;
    QLabel* m_encoding;
    MessageBanner* m_summary; // what the check found
    MessageBanner* m_repeats; // rows the ledger keeps already
    QCheckBox* m_skipRepeats;
    QTableWidget* m_problems;
    MessageBanner* m_message; // what the import did
    QPushButton* m_import;
    bool m_importing = false;
};

} // namespace daicho
