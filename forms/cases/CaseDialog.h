#pragma once

#include "cases/CaseReader.h"
#include "ledger/LedgerDirectory.h"

#include <QDialog>
#include <QHash>

#include <functional>
#include <optional>

class QTreeWidgetItem;

class QFormLayout;
class QGridLayout;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace daicho {

class CaseDocumentsDialog;
class MessageBanner;
class PersonSearchDialog;
class Session;
class StepEditorDialog;

// One case opened: who it is about and where it stands (the desk, the section handling it or
// the one proposed, 第33条1項), its clocks — each date in 和暦 with its weekday, the days left,
// whether 民法第142条 moved it, and the rule behind it one click away (「根拠」) — its history
// step by step in the kind's own words, and a button for each step the person may take now,
// which opens the step's editor. The auditor and anyone without a step read it only.
class CaseDialog : public QDialog
{
    Q_OBJECT

public:
    using SessionAccess = std::function<Session*()>;

    // The step editors it opens go to `parent` (a page), so that they outlive this dialog: a
    // lock closes this one, and the editor keeps what was typed for the same person.
    CaseDialog(CaseId id, SessionAccess session, QWidget* parent);
    ~CaseDialog() override;

    CaseId caseId() const { return m_id; }
    // Reads the case again (after a step).
    void reload();
    const std::optional<CaseDetail>& detail() const { return m_detail; }

    // The buttons of the steps the person may take, by step key.
    QList<QPushButton*> stepButtons() const;
    QPushButton* stepButton(const QString& stepKey) const;
    QTreeWidget* historyTree() const { return m_history; }
    // Opens the editor of a step (as its button does).
    StepEditorDialog* openStep(const QString& stepKey);
    // Shows the rule of a clock (as its 「根拠」 button does).
    void showRule(const QString& clockKey);
    // Called, on the dialog's parent, when a step opened here was recorded, even when this dialog
    // was closed meanwhile (a lock): the page reads its list again.
    void setAfterStep(std::function<void(CaseId)> afterStep) { m_afterStep = std::move(afterStep); }
    // 「書類を印刷…」 (様式8–14) and 「本人の記録…」.
    QPushButton* printButton() const { return m_print; }
    CaseDocumentsDialog* openDocuments();
    PersonSearchDialog* openPersonRecords();

signals:
    // A step was recorded: lists that show the case read again.
    void changed(daicho::CaseId id);
    // 「書類を印刷…」 was pressed (the documents dialog opens).
    void printRequested(daicho::CaseId id);

private:
    void showHeader(const CaseKind& kind, const Session& session);
    void showClocks(const CaseKind& kind, QDate today);
    void addRecordLine(QTreeWidgetItem* stepItem, const CaseStep& step, EntryId entryId);
    void showHistory(const CaseKind& kind);
    void showSteps(const Session& session);
    QString departmentText(std::optional<std::int64_t> id) const;

    CaseId m_id;
    SessionAccess m_session;
    QWidget* m_host;
    std::optional<CaseDetail> m_detail;
    LedgerDirectory m_directory;
    QLabel* m_heading;
    MessageBanner* m_message;
    QFormLayout* m_header;
    QGridLayout* m_clocks;
    QWidget* m_clocksBox;
    QTreeWidget* m_history;
    QHBoxLayout* m_stepRow;
    QLabel* m_noSteps;
    QPushButton* m_print;
    QHash<QString, QPushButton*> m_stepButtons;
    std::function<void(CaseId)> m_afterStep;
};

} // namespace daicho
