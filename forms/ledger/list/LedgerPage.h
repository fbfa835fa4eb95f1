#pragma once

#include "ledger/FieldValues.h"
#include "ledger/FormDefinition.h"
#include "ledger/LedgerDirectory.h"
#include "ledger/LedgerQuery.h"
#include "ledger/list/LedgerTableModel.h"
#include "ledger/output/LedgerOutput.h"
#include "shell/Page.h"

class QDialog;

#include <optional>

class QLabel;
class QPushButton;
class QTableView;

namespace daicho {

class EntryEditorDialog;
class LedgerCounter;
class LedgerFilterBar;
class LedgerOutput;
class LedgerTableModel;
class MessageBanner;

// One ledger (様式), whatever its definition: the list narrowed by the filter bar and loaded
// as it scrolls, its count (made in the background), and what the signed-in person may do
// with its entries — write a new one, correct one, approve or review one, read its history,
// print, export and import (LedgerOutput). A new provision or receipt (様式6-x, 7-x) starts
// with the legal-basis guide, which may lead to another of those forms (newEntryRequested).
// At the door (様式5): record an entry with the time now, the exit of the selected person,
// and the number of people inside. On the monitoring sheet (様式4): the check items the sheets
// start from. Enter or a double-click opens an entry to read.
// Ctrl+N new, Ctrl+F search, F5 reload, Ctrl+P print.
class LedgerPage : public Page
{
    Q_OBJECT

public:
    LedgerPage(SessionHolder& holder, const FormDefinition& form, QWidget* parent = nullptr);
    ~LedgerPage() override;

    QString title() const override;
    const FormDefinition& form() const { return m_form; }
    QTableView* view() const { return m_view; }
    LedgerTableModel* model() const { return m_model; }
    LedgerFilterBar* filterBar() const { return m_filterBar; }
    QLabel* countLabel() const { return m_count; }
    LedgerOutput* output() const { return m_output; }
    // 様式5: "Inside now: 2"; null on other forms.
    QLabel* insideLabel() const { return m_inside; }

    // The actions, public so that shortcuts and tests reach them directly.
    // A new entry: through the legal-basis guide for provisions and receipts.
    void newEntry();
    // The editor of a new entry of this form, without the guide.
    // Opens the editor of a new entry; `fill` holds items the legal-basis guide established.
    void writeNewEntry(const FieldValues& fill = {}, bool fromStartPage = false);
    // 様式5: a new entry with the time in now and the writer as escort; the exit of the
    // selected entry (time out now, after a confirmation).
    void recordEntryIn();
    void recordExitOfSelected();
    void recordReturnOfSelected();
    void updateOverdueCount();
    void correctSelected();
    // Both open the decision dialog; returning puts the cursor in the comment.
    void decideSelected();
    void returnSelected();
    void historyOfSelected();
    void openSelected();
    void openEntry(EntryId id);
    // 様式4: the check items the sheets start from (CheckItemsDialog).
    void showCheckItems();
    void correctEntry(EntryId id);
    void showHistory(EntryId id, QWidget* over = nullptr);
    // The entries waiting for a decision, whatever their year (the start page's 「n件」).
    void showAwaitingMyDecision();
    // Reads everything again (F5): names, choices, the list and its count.
    void refresh();

    // The entry of the selected row, if any.
    // The one entry selected (none when several are).
    std::optional<LedgerRow> selectedRow() const;
    // Every entry selected (Ctrl+click, Shift+arrows), in the order of the list.
    QList<LedgerRow> selectedRows() const;
    // Selects the entry's row when it is among the rows loaded; false otherwise.
    bool selectEntry(EntryId id);

signals:
    // The legal-basis guide led to another form (`formId`): its page should open its editor.
    void newEntryRequested(const QString& formId, const daicho::FieldValues& fill);
    // The list was read again (after a write, a decision, an import): counts elsewhere follow.
    void reloaded();
    // The audit trail's entries about one entry of this ledger are asked for (its history).
    void auditTrailRequested(const QString& formId, daicho::EntryId id, qint64 number);

protected:
    void reload() override;
    void clearViews() override;

private:
    void applyFilter();
    // The filter of the list: the bar's, narrowed to today for "inside now only".
    Result<LedgerFilter> listFilter() const;
    // The list's rows as filtered, in the order on screen (the date order, or a column's).
    LedgerTableModel::Fetch listFetch(const LedgerFilter& chosen);
    // For printing: those rows and that order in words.
    LedgerOutput::ListOrderOnScreen orderOnScreen();
    void openDecision(bool returning);
    // Several entries selected: one review of them all (#11 §6).
    void openBulkDecision(bool returning);
    // Whether the person may decide on every row given (at least one).
    bool mayDecideAll(const QList<LedgerRow>& rows) const;
    void updateButtons();
    void afterWrite(EntryId id, const QString& message);
    // The entry's No. in this ledger, as people read it (the id stays internal).
    QString numberText(EntryId id);
    // Gives the focus back to the list when `dialog` closes.
    void returnFocusToList(QDialog* dialog);
    QList<int> fiscalYears(const Session& session, int current) const;
    void fitColumns();
    void updateInsideCount();
    EntryEditorDialog* openNewEditor();
    // A click on a column's header: the date column turns the date order; another column
    // sorts by it (SortedFetch), a second click the other way.
    void sortByColumn(int column);
    std::optional<int> dateColumn() const;
    void showSortIndicator();

    const FormDefinition& m_form;
    LedgerDirectory m_directory;
    LedgerFilterBar* m_filterBar;
    LedgerTableModel* m_model;
    LedgerCounter* m_counter;
    QTableView* m_view;
    QLabel* m_count;
    MessageBanner* m_message;
    QPushButton* m_new;
    QPushButton* m_correct;
    QPushButton* m_decide;
    QPushButton* m_return;
    QPushButton* m_history;
    LedgerOutput* m_output;
    QPushButton* m_outputButton;
    QPushButton* m_importButton;
    // 様式5 only.
    QPushButton* m_recordIn = nullptr;
    QPushButton* m_recordOut = nullptr;
    QLabel* m_inside = nullptr;
    // 様式2 only.
    QPushButton* m_recordReturn = nullptr;
    QLabel* m_overdue = nullptr;
    // 様式4 only.
    QPushButton* m_checkItems = nullptr;
    bool m_columnsFitted = false;
    // Sorted by another column than the date: which, and which way.
    std::optional<std::pair<int, Qt::SortOrder>> m_sort;
};

} // namespace daicho
