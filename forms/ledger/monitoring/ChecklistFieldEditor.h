#pragma once

#include "common/Result.h"
#include "ledger/LedgerTypes.h"
#include "ledger/editor/FieldEditor.h"
#include "ledger/monitoring/Checklist.h"

#include <QDate>

#include <functional>
#include <optional>

class QLabel;
class QPushButton;

namespace daicho {

class ChecklistModel;
class ChecklistTable;

// The lines of a monitoring sheet (様式4, FieldType::Checklist): a table of the items with
// the result, evidence and comment the auditor fills in (ChecklistTable), the counts of the
// results under it, and two ways to start the lines — from the check items the chief keeps,
// or from the previous sheet with its results cleared (第15条: the same check every year).
// Starting again over what was filled in asks first. The sources of the lines are given by
// the host (setSources); without them the buttons are hidden.
//
// Object names besides FieldEditor's: "fromItems.<key>", "fromEarlier.<key>" (the buttons),
// "counts.<key>" (the counts line).
class ChecklistFieldEditor : public FieldEditor
{
    Q_OBJECT

public:
    // The sheet a new one may start from, as stored.
    struct EarlierSheet {
        EntryId id = 0;
        std::int64_t number = 0; // its No. in the ledger, as people read it
        QDate date;
        std::optional<qint64> fiscalYear;
        ChecklistLines lines;
    };
    using ItemsSource = std::function<Result<ChecklistLines>()>;
    using EarlierSheetSource = std::function<Result<std::optional<EarlierSheet>>()>;

    explicit ChecklistFieldEditor(const FieldDefinition& field, QWidget* parent = nullptr);
    ~ChecklistFieldEditor() override;

    // checklistToValue() of the lines, or an invalid value when there are none.
    QVariant value() const override;
    void setValue(const QVariant& value) override;
    QWidget* focusTarget() const override;

    void setSources(ItemsSource currentItems, EarlierSheetSource earlierSheet);
    // The lines of the current check items, without asking: a new sheet starts with them.
    Status loadCurrentItems();
    // The buttons. Each asks before replacing lines that have something filled in, and shows
    // what went wrong in a message box; nothing changes unless the person goes ahead.
    void startFromCurrentItems();
    void startFromEarlierSheet();

    ChecklistLines lines() const;
    void setLines(const ChecklistLines& lines);

    ChecklistTable* table() const { return m_table; }
    ChecklistModel* model() const { return m_model; }
    QLabel* countsLabel() const { return m_counts; }

private:
    bool confirmReplace();
    void updateCounts();

    ChecklistModel* m_model;
    ChecklistTable* m_table;
    QLabel* m_counts;
    QPushButton* m_fromItems;
    QPushButton* m_fromEarlier;
    ItemsSource m_currentItems;
    EarlierSheetSource m_earlierSheet;
    // A stored value this version cannot read: kept as it is unless the lines are started
    // again, so that a correction of other items does not lose it.
    QVariant m_unreadable;
};

} // namespace daicho
