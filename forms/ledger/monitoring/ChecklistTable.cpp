#include "ledger/monitoring/ChecklistTable.h"

#include "ledger/monitoring/ChecklistDelegate.h"
#include "ledger/monitoring/ChecklistModel.h"

#include <QApplication>
#include <QHeaderView>
#include <QInputMethodEvent>
#include <QKeyEvent>
#include <QTimer>

#include <algorithm>
#include <optional>

namespace daicho {

namespace {

// Columns beyond these widths wrap their text; the check item takes what is left.
constexpr int kAreaMaxWidth = 130;
constexpr int kArticleMaxWidth = 160;

std::optional<CheckResult> resultForKey(int key)
{
    switch (key) {
    case Qt::Key_1:
        return CheckResult::Conforms;
    case Qt::Key_2:
        return CheckResult::DoesNotConform;
    case Qt::Key_3:
        return CheckResult::NotApplicable;
    case Qt::Key_0:
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        return CheckResult::Open;
    default:
        return std::nullopt;
    }
}

// "1" or "１" (what a Japanese IME commits in full-width mode).
std::optional<CheckResult> resultForText(const QString& text)
{
    const QString digit = text.normalized(QString::NormalizationForm_KC).trimmed();
    if (digit.size() != 1 || !digit.at(0).isDigit())
        return std::nullopt;
    return resultForKey(Qt::Key_0 + digit.at(0).digitValue());
}

bool isTextColumn(int column)
{
    return column == ChecklistModel::EvidenceColumn || column == ChecklistModel::CommentColumn;
}

} // namespace

ChecklistTable::ChecklistTable(ChecklistModel* model, QWidget* parent)
    : QTableView(parent)
    , m_model(model)
{
    setModel(model);
    setItemDelegate(new ChecklistDelegate(this));
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked
                    | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    setWordWrap(true);
    setTextElideMode(Qt::ElideNone);
    // Tab leaves the table for the next item of the form, as everywhere in the editor.
    setTabKeyNavigation(false);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    verticalHeader()->hide();
    horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    horizontalHeader()->setHighlightSections(false);
    fitColumns();

    connect(horizontalHeader(), &QHeaderView::sectionResized, this, &ChecklistTable::scheduleRowFit);
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        fitArticleColumn();
        scheduleRowFit();
        if (m_model->rowCount() > 0)
            setCurrentIndex(m_model->index(0, ChecklistModel::ResultColumn));
    });
    connect(model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex& from, const QModelIndex& to) {
        for (int row = from.row(); row <= to.row(); ++row)
            resizeRowToContents(row);
    });
}

void ChecklistTable::fitColumns()
{
    const QFontMetrics metrics = fontMetrics();
    auto widthOf = [&](const QString& sample) { return metrics.horizontalAdvance(sample) + 16; };
    int area = 0;
    for (const CheckArea& known : checkAreas())
        area = std::max(area, widthOf(checkAreaLabel(known.key)));
    int result = 0;
    for (CheckResult r :
         {CheckResult::Open, CheckResult::Conforms, CheckResult::DoesNotConform, CheckResult::NotApplicable})
        result = std::max(result, widthOf(ChecklistModel::resultText(r)));
    QHeaderView* header = horizontalHeader();
    header->setMinimumSectionSize(24);
    const QString number = m_model->headerData(ChecklistModel::NumberColumn, Qt::Horizontal).toString();
    setColumnWidth(ChecklistModel::NumberColumn, std::max(widthOf(QStringLiteral("000")), widthOf(number)));
    setColumnWidth(ChecklistModel::AreaColumn, std::min(area, kAreaMaxWidth));
    fitArticleColumn();
    // The longest result on one line; its list, when edited, may be wider than the cell.
    setColumnWidth(ChecklistModel::ResultColumn, result);
    // Evidence and comments wrap and make their line taller; the check item keeps the most.
    setColumnWidth(ChecklistModel::EvidenceColumn, widthOf(QStringLiteral("規程・台帳・入退室記録")));
    setColumnWidth(ChecklistModel::CommentColumn, widthOf(QStringLiteral("改善が必要な点を具体的に記")));
    header->setSectionResizeMode(ChecklistModel::TextColumn, QHeaderView::Stretch);
}

void ChecklistTable::fitArticleColumn()
{
    // The articles of the lines on one line each ("第7条・第9条"), unless one is very long.
    const QFontMetrics metrics = fontMetrics();
    int width = metrics.horizontalAdvance(QStringLiteral("第19条2項"));
    for (const ChecklistLine& line : m_model->lines())
        width = std::max(width, metrics.horizontalAdvance(line.article));
    setColumnWidth(ChecklistModel::ArticleColumn, std::min(width + 16, kArticleMaxWidth));
}

void ChecklistTable::scheduleRowFit()
{
    // Column widths change in bursts (a resized window resizes every stretched column):
    // the rows are measured once after them.
    if (m_rowFitPending)
        return;
    m_rowFitPending = true;
    QTimer::singleShot(0, this, [this] {
        m_rowFitPending = false;
        resizeRowsToContents();
    });
}

void ChecklistTable::setCurrentResult(CheckResult result)
{
    const QModelIndex current = currentIndex();
    if (!current.isValid() || !m_model->setResult(current.row(), result))
        return;
    // Every result moves on the same way, so that a run of keys never lands in a comment;
    // the tint and the store's check remind of the comment a nonconformity needs.
    QModelIndex next = m_model->index(current.row(), ChecklistModel::ResultColumn);
    if (result != CheckResult::Open && current.row() + 1 < m_model->rowCount())
        next = m_model->index(current.row() + 1, ChecklistModel::ResultColumn);
    setCurrentIndex(next);
    scrollTo(next);
}

void ChecklistTable::keyPressEvent(QKeyEvent* event)
{
    const QModelIndex current = currentIndex();
    const bool plain = !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier));
    if (state() != EditingState && current.isValid() && plain) {
        if (current.column() == ChecklistModel::ResultColumn) {
            if (const std::optional<CheckResult> result = resultForKey(event->key())) {
                setCurrentResult(*result);
                event->accept();
                return;
            }
        }
        // Enter edits, as F2 does: nothing else in the editor takes it.
        if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
            && (m_model->flags(current) & Qt::ItemIsEditable)) {
            edit(current);
            event->accept();
            return;
        }
    }
    QTableView::keyPressEvent(event);
}

void ChecklistTable::inputMethodEvent(QInputMethodEvent* event)
{
    const QModelIndex current = currentIndex();
    if (!current.isValid()) {
        QTableView::inputMethodEvent(event);
        return;
    }
    if (state() != EditingState && current.column() == ChecklistModel::ResultColumn) {
        if (const std::optional<CheckResult> result = resultForText(event->commitString()))
            setCurrentResult(*result);
        // A digit being composed is taken when it is committed.
        event->accept();
        return;
    }
    if (isTextColumn(current.column()) && (!event->commitString().isEmpty() || !event->preeditString().isEmpty())) {
        // The item view would open the editor but drop what the IME delivered: it goes on
        // to the editor, which has the cursor from now on.
        if (state() != EditingState)
            edit(current);
        if (QWidget* editor = indexWidget(current)) {
            QApplication::sendEvent(editor, event);
            return;
        }
    }
    QTableView::inputMethodEvent(event);
}

} // namespace daicho
