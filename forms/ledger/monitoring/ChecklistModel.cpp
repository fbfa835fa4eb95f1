#include "ledger/monitoring/ChecklistModel.h"

#include <QBrush>
#include <QColor>
#include <QFont>

#include <algorithm>

namespace daicho {

namespace {

// A light red that any palette's dark text reads on; the text is set dark with it, so that
// a dark theme's light text does not vanish.
const QColor kNonconformityTint(0xfd, 0xe0, 0xe0);
const QColor kNonconformityText(0x3a, 0x00, 0x00);

bool isEditable(int column)
{
    return column == ChecklistModel::ResultColumn || column == ChecklistModel::EvidenceColumn
           || column == ChecklistModel::CommentColumn;
}

QString articlesOf(const QString& area)
{
    const CheckArea* known = findCheckArea(area);
    return known ? known->articles : QString();
}

} // namespace

ChecklistModel::ChecklistModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

QString ChecklistModel::resultText(CheckResult result)
{
    // An open line shows a dash: "Not yet checked" on 33 lines would drown the results.
    return result == CheckResult::Open ? QStringLiteral("—") : checkResultDisplayName(result);
}

void ChecklistModel::setLines(const ChecklistLines& lines)
{
    beginResetModel();
    m_lines = lines;
    endResetModel();
}

bool ChecklistModel::hasInput() const
{
    return std::any_of(m_lines.begin(), m_lines.end(), [](const ChecklistLine& line) {
        return line.result != CheckResult::Open || !line.evidence.isEmpty() || !line.comment.isEmpty();
    });
}

bool ChecklistModel::setResult(int row, CheckResult result)
{
    return setData(index(row, ResultColumn), static_cast<int>(result), Qt::EditRole);
}

bool ChecklistModel::startsArea(int row) const
{
    return row == 0 || m_lines.at(row - 1).area != m_lines.at(row).area;
}

int ChecklistModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_lines.size());
}

int ChecklistModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : kColumnCount;
}

QVariant ChecklistModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ChecklistLine& line = m_lines.at(index.row());
    const bool nonconformity = line.result == CheckResult::DoesNotConform;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case NumberColumn:
            return index.row() + 1;
        case AreaColumn:
            // Named once, on the area's first line: the lines under it read as its group.
            return startsArea(index.row()) ? checkAreaLabel(line.area) : QString();
        case ArticleColumn:
            return line.article;
        case TextColumn:
            return line.text;
        case ResultColumn:
            return role == Qt::EditRole ? QVariant(static_cast<int>(line.result)) : QVariant(resultText(line.result));
        case EvidenceColumn:
            return line.evidence;
        case CommentColumn:
            return line.comment;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == AreaColumn)
            return QStringLiteral("%1 (%2)").arg(checkAreaLabel(line.area), articlesOf(line.area));
        if (index.column() == ResultColumn)
            return tr("1 Conforms, 2 Does not conform, 3 Not applicable, 0 or Delete clears");
        if (index.column() == TextColumn)
            return line.text;
        return {};
    case Qt::TextAlignmentRole:
        // Centred in the height: the rows are as tall as their longest text plus a margin.
        if (index.column() == NumberColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::FontRole:
        if ((index.column() == AreaColumn && startsArea(index.row()))
            || (index.column() == ResultColumn && nonconformity)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::BackgroundRole:
        return nonconformity ? QVariant(QBrush(kNonconformityTint)) : QVariant();
    case Qt::ForegroundRole:
        return nonconformity ? QVariant(QBrush(kNonconformityText)) : QVariant();
    case StartsAreaRole:
        return startsArea(index.row());
    }
    return {};
}

QVariant ChecklistModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn:
        return tr("No.");
    case AreaColumn:
        return tr("Area");
    case ArticleColumn:
        return tr("Article");
    case TextColumn:
        return tr("Check item");
    case ResultColumn:
        return tr("Result");
    case EvidenceColumn:
        return tr("Evidence seen");
    case CommentColumn:
        return tr("Comment");
    }
    return {};
}

Qt::ItemFlags ChecklistModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (isEditable(index.column()) && !m_readOnly)
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool ChecklistModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || m_readOnly || !checkIndex(index, CheckIndexOption::IndexIsValid)
        || !isEditable(index.column()))
        return false;
    ChecklistLine& line = m_lines[index.row()];
    switch (index.column()) {
    case ResultColumn: {
        bool ok = false;
        const int number = value.toInt(&ok);
        if (!ok || number < static_cast<int>(CheckResult::Open)
            || number > static_cast<int>(CheckResult::NotApplicable))
            return false;
        const auto result = static_cast<CheckResult>(number);
        if (line.result == result)
            return true;
        line.result = result;
        // The tint covers the whole line.
        emit dataChanged(this->index(index.row(), 0), this->index(index.row(), kColumnCount - 1));
        emit linesEdited();
        return true;
    }
    case EvidenceColumn:
    case CommentColumn: {
        QString& text = index.column() == EvidenceColumn ? line.evidence : line.comment;
        if (text == value.toString())
            return true;
        text = value.toString();
        emit dataChanged(index, index);
        emit linesEdited();
        return true;
    }
    }
    return false;
}

} // namespace daicho
