#pragma once

#include "ledger/FormDefinition.h"
#include "ledger/LedgerDirectory.h"
#include "ledger/LedgerQuery.h"
#include "shell/Page.h"

#include <optional>

class QLabel;
class QPushButton;
class QTableView;

namespace daicho {

class LedgerCounter;
class LedgerFilterBar;
class LedgerTableModel;
class MessageBanner;

// One ledger (様式), whatever its definition: the list narrowed by the filter bar and loaded
// as it scrolls, its count (made in the background), and what the signed-in person may do
// with its entries — write a new one, correct one, approve or review one, read its history.
// Enter or a double-click opens an entry to read. Ctrl+N new, Ctrl+F search, F5 reload.
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

    // The actions, public so that shortcuts and tests reach them directly.
    void newEntry();
    void correctSelected();
    // Both open the decision dialog; returning puts the cursor in the comment.
    void decideSelected();
    void returnSelected();
    void historyOfSelected();
    void openSelected();
    void openEntry(EntryId id);
    void correctEntry(EntryId id);
    void showHistory(EntryId id, QWidget* over = nullptr);
    // Reads everything again (F5): names, choices, the list and its count.
    void refresh();

    // The entry of the selected row, if any.
    std::optional<LedgerRow> selectedRow() const;
    // Selects the entry's row when it is among the rows loaded; false otherwise.
    bool selectEntry(EntryId id);

protected:
    void reload() override;
    void clearViews() override;

private:
    void applyFilter();
    void openDecision(bool returning);
    void updateButtons();
    void afterWrite(EntryId id, const QString& message);
    QList<int> fiscalYears(const Session& session, int current) const;
    void fitColumns();

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
    bool m_columnsFitted = false;
};

} // namespace daicho
