#include "ledger/monitoring/ChecklistDelegate.h"

#include "ledger/monitoring/ChecklistModel.h"

#include <QComboBox>
#include <QKeyEvent>
#include <QPainter>
#include <QPlainTextEdit>
#include <QTimer>

#include <algorithm>

namespace daicho {

namespace {

constexpr CheckResult kResults[] = {CheckResult::Open, CheckResult::Conforms, CheckResult::DoesNotConform,
                                    CheckResult::NotApplicable};

// Lines of text an evidence or comment editor shows at least, whatever the row's height.
constexpr int kEditorLines = 4;
// Room above and below the text of a cell, so that wrapped lines do not touch the grid.
constexpr int kCellPadding = 6;

bool isText(const QModelIndex& index)
{
    return index.column() == ChecklistModel::EvidenceColumn || index.column() == ChecklistModel::CommentColumn;
}

} // namespace

ChecklistDelegate::ChecklistDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{ }

QWidget* ChecklistDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                         const QModelIndex& index) const
{
    auto* self = const_cast<ChecklistDelegate*>(this);
    if (index.column() == ChecklistModel::ResultColumn) {
        auto* combo = new QComboBox(parent);
        combo->setObjectName(QStringLiteral("resultEditor"));
        for (CheckResult result : kResults)
            combo->addItem(ChecklistModel::resultText(result), static_cast<int>(result));
        // A choice from the list is the whole edit: it is stored and the cell closes.
        connect(combo, &QComboBox::activated, self, [self, combo] {
            emit self->commitData(combo);
            emit self->closeEditor(combo);
        });
        // Opened by a click or F2, the list is what the person wants to see.
        QTimer::singleShot(0, combo, [combo] {
            if (combo->isVisible())
                combo->showPopup();
        });
        return combo;
    }
    if (isText(index)) {
        auto* edit = new QPlainTextEdit(parent);
        edit->setObjectName(index.column() == ChecklistModel::EvidenceColumn ? QStringLiteral("evidenceEditor")
                                                                             : QStringLiteral("commentEditor"));
        edit->setLineWrapMode(QPlainTextEdit::WidgetWidth);
        edit->setToolTip(tr("Enter finishes; Shift+Enter starts a new line"));
        return edit;
    }
    return QStyledItemDelegate::createEditor(parent, option, index);
}

void ChecklistDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        combo->setCurrentIndex(std::max(0, combo->findData(index.data(Qt::EditRole).toInt())));
        return;
    }
    if (auto* edit = qobject_cast<QPlainTextEdit*>(editor)) {
        // Set once: a model change while the person types must not throw their input away.
        if (edit->property("loaded").toBool())
            return;
        edit->setPlainText(index.data(Qt::EditRole).toString());
        edit->moveCursor(QTextCursor::End);
        edit->setProperty("loaded", true);
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void ChecklistDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        model->setData(index, combo->currentData(), Qt::EditRole);
        return;
    }
    if (auto* edit = qobject_cast<QPlainTextEdit*>(editor)) {
        model->setData(index, edit->toPlainText().trimmed(), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

void ChecklistDelegate::updateEditorGeometry(QWidget* editor, const QStyleOptionViewItem& option,
                                             const QModelIndex& index) const
{
    QRect rect = option.rect;
    if (qobject_cast<QPlainTextEdit*>(editor)) {
        // A short row would leave one line to type in; the editor may cover the rows below
        // while it is open.
        const int wanted = editor->fontMetrics().lineSpacing() * kEditorLines + 12;
        rect.setHeight(std::max(rect.height(), wanted));
    } else if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        rect.setHeight(std::min(rect.height(), combo->sizeHint().height()));
    } else {
        QStyledItemDelegate::updateEditorGeometry(editor, option, index);
        return;
    }
    editor->setGeometry(rect);
}

void ChecklistDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyledItemDelegate::paint(painter, option, index);
    if (index.row() > 0 && index.data(ChecklistModel::StartsAreaRole).toBool()) {
        painter->save();
        painter->setPen(QPen(option.palette.color(QPalette::Dark), 2));
        painter->drawLine(option.rect.topLeft() + QPoint(0, 1), option.rect.topRight() + QPoint(0, 1));
        painter->restore();
    }
}

QSize ChecklistDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    return QStyledItemDelegate::sizeHint(option, index) + QSize(0, kCellPadding);
}

bool ChecklistDelegate::eventFilter(QObject* object, QEvent* event)
{
    // A plain text editor takes Enter as a new line; here Enter finishes the cell, as the
    // one-line inputs of the form do, and Shift+Enter is the new line.
    auto* edit = qobject_cast<QPlainTextEdit*>(object);
    if (edit && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if (enter && !(key->modifiers() & Qt::ShiftModifier)) {
            emit commitData(edit);
            emit closeEditor(edit, QAbstractItemDelegate::SubmitModelCache);
            return true;
        }
    }
    return QStyledItemDelegate::eventFilter(object, event);
}

} // namespace daicho
