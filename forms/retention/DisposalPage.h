#pragma once

#include "print/PrintSheet.h"

#include "ledger/LedgerTypes.h"
#include "retention/DisposalRuns.h"
#include "shell/Page.h"

#include <QMap>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace daicho {

class MessageBanner;

// 「保存期間と廃棄」 (第20条1項(4)・2項): what falls due at a fiscal year's end, per ledger and entry
// by entry with its keep-until day, the entries held and why; the chief holds entries with a
// reason, chooses the method and the register entry of the 様式1④ record and approves; the acting
// chief or the auditor confirms; the chief runs it. The runs are listed with the backups made
// before each, whose destruction the chief records. The chief, the acting chief and the auditor
// see the page.
class DisposalPage : public Page
{
    Q_OBJECT

public:
    explicit DisposalPage(SessionHolder& holder, QWidget* parent = nullptr);
    QString title() const override;

    QComboBox* yearCombo() const { return m_year; }
    QTableWidget* byFormTable() const { return m_byForm; }
    QTableWidget* entriesTable() const { return m_entries; }
    QLineEdit* holdReasonEdit() const { return m_holdReason; }
    QPushButton* holdButton() const { return m_hold; }
    QComboBox* methodCombo() const { return m_method; }
    QComboBox* registerCombo() const { return m_register; }
    QPushButton* approveButton() const { return m_approve; }
    QPushButton* confirmButton() const { return m_confirm; }
    QPushButton* runButton() const { return m_run; }
    QPushButton* cancelButton() const { return m_cancel; }
    QTableWidget* runsTable() const { return m_runs; }
    QListWidget* backupsList() const { return m_backups; }
    QPushButton* backupsButton() const { return m_backupsDestroyed; }
    QPushButton* openRecordButton() const { return m_openRecord; }
    QPushButton* printListButton() const { return m_printList; }
    QPushButton* pdfListButton() const { return m_pdfList; }
    // Writes the list of the year shown as a PDF (the button asks where); false on failure.
    bool saveListAsPdf(const QString& fileName);
    MessageBanner* message() const { return m_message; }

signals:
    // An entry to open in its ledger: one due (double-clicked) or the 様式1④ record of a run.
    void recordRequested(const QString& formId, qint64 entryId);
    // A request from an individual due (double-clicked), to open on the requests page.
    void caseRequested(qint64 caseId);

protected:
    void reload() override;
    void clearViews() override;

private:
    void showSchedule();
    // The holds of the last disposal stand until the chief releases them (a litigation hold is
    // not typed again every year).
    void takeStandingHolds(const Session& session);
    // The list of the year shown on paper (DisposalListPrint), or nothing (a message says why).
    std::optional<PrintSheet> listSheet();
    void printList();
    void savePdfList();
    void showRuns();
    void showBackups();
    std::optional<DisposalRun> openRun() const; // approved or confirmed, not yet run
    std::optional<DisposalRun> selectedRun() const;
    void holdSelected();
    void releaseSelected();
    void approve();
    void confirm();
    void runDisposal();
    void cancelRun();
    void recordBackups();
    void updateButtons();

    QComboBox* m_year;
    QLabel* m_summary;
    QTableWidget* m_byForm;
    QTableWidget* m_entries;
    QLineEdit* m_holdReason;
    QPushButton* m_hold;
    QPushButton* m_release;
    QComboBox* m_method;
    QComboBox* m_register;
    QWidget* m_choices = nullptr; // the method and the register entry, for the chief
    QPushButton* m_approve;
    QPushButton* m_confirm;
    QPushButton* m_run;
    QPushButton* m_cancel;
    QTableWidget* m_runs;
    QListWidget* m_backups;
    QPushButton* m_backupsDestroyed;
    QPushButton* m_openRecord;
    QPushButton* m_printList;
    QPushButton* m_pdfList;
    MessageBanner* m_message;
    QMap<EntryId, QString> m_holds; // the chief's holds, until approved
    QMap<CaseId, QString> m_caseHolds; // of the requests from individuals
    QList<DisposalRun> m_runList;
    std::optional<EntryId> m_lastRecord;
    int m_dueCount = 0; // of the year shown: entries that go (not held)
};

} // namespace daicho
