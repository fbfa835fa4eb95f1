#pragma once

#include "ledger/monitoring/Checklist.h"

#include <QAbstractTableModel>

namespace daicho {

// The lines of a monitoring sheet (様式4) as a table: the item (number, area, article, text)
// as it was copied into the sheet, read-only, then what the auditor fills in — the result,
// the evidence seen and a comment (第15条). The number is the line number the store's
// messages name ("line 3"). A line that does not conform is tinted; the first line of each
// area names the area, so the areas read as groups.
class ChecklistModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NumberColumn, AreaColumn, ArticleColumn, TextColumn, ResultColumn, EvidenceColumn, CommentColumn };
    static constexpr int kColumnCount = CommentColumn + 1;
    // True on every cell of a line that starts a new area (the delegate draws a rule above).
    static constexpr int StartsAreaRole = Qt::UserRole + 1;

    explicit ChecklistModel(QObject* parent = nullptr);

    const ChecklistLines& lines() const { return m_lines; }
    // A sheet shown to its reviewer or a reader: nothing can be edited.
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }
    void setLines(const ChecklistLines& lines);
    // Whether anything was filled in: a result, evidence or a comment.
    bool hasInput() const;
    // Sets the result of line `row`; false when the row does not exist.
    bool setResult(int row, CheckResult result);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    // Result: a CheckResult as int; evidence and comment: text.
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    static QString resultText(CheckResult result);

signals:
    // The auditor changed a line (not emitted by setLines, which resets the model).
    void linesEdited();

private:
    bool startsArea(int row) const;

    ChecklistLines m_lines;
    bool m_readOnly = false;
};

} // namespace daicho
