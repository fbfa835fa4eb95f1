#pragma once

#include <QStyledItemDelegate>

namespace daicho {

// How the lines of a monitoring sheet are drawn and edited (ChecklistModel): the result with
// a list of the four results, the evidence and comment with a text editor that takes Japanese
// input and several lines. Enter finishes a text (Shift+Enter starts a new line), as in a
// spreadsheet; Tab finishes it and goes to the next cell. A rule above the first line of an
// area separates the areas.
class ChecklistDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit ChecklistDelegate(QObject* parent = nullptr);

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;
    void updateEditorGeometry(QWidget* editor, const QStyleOptionViewItem& option,
                              const QModelIndex& index) const override;
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

protected:
    bool eventFilter(QObject* object, QEvent* event) override;
};

} // namespace daicho
