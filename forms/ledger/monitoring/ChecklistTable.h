#pragma once

#include "ledger/monitoring/Checklist.h"

#include <QTableView>

namespace daicho {

class ChecklistModel;

// The table of a monitoring sheet's lines, made for the keyboard: on a result cell 1, 2 and 3
// give Conforms, Does not conform and Not applicable, 0 or Delete clears it (full-width
// digits from an IME too), and the cursor goes on to the next line's result. Enter or F2
// edits a cell; typing, in
// Japanese too, starts editing the evidence or comment. Rows grow to show the whole wrapped
// text of an item.
class ChecklistTable : public QTableView
{
    Q_OBJECT

public:
    explicit ChecklistTable(ChecklistModel* model, QWidget* parent = nullptr);

    ChecklistModel* checklistModel() const { return m_model; }
    // Sets the result of the current line, as its key does, and moves on.
    void setCurrentResult(CheckResult result);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void inputMethodEvent(QInputMethodEvent* event) override;

private:
    void fitColumns();
    void fitArticleColumn();
    void scheduleRowFit();

    ChecklistModel* m_model;
    bool m_rowFitPending = false;
};

} // namespace daicho
