#include "ledger/list/LedgerTableModel.h"

#include "common/JapaneseCalendar.h"
#include "ledger/CarryOutLog.h"
#include "ledger/EntryExitLog.h"

#include <QColor>

namespace daicho {

LedgerTableModel::LedgerTableModel(const FormDefinition& form, QObject* parent)
    : QAbstractTableModel(parent)
    , m_form(form)
    , m_hasState(form.approval != ApprovalKind::None)
{
    for (const FieldDefinition& field : form.fields)
        if (field.listed)
            m_fields << &field;
}

LedgerTableModel::~LedgerTableModel() = default;

void LedgerTableModel::setSource(Fetch fetch, LedgerDirectory directory, QDateTime nowUtc)
{
    m_nowUtc = std::move(nowUtc);
    beginResetModel();
    if (fetch) {
        // LedgerRowCache::row() decodes each row the first time it is returned.
        auto onDemand = [fetch = std::move(fetch)](std::optional<PageKey> after, int limit) {
            return fetch(std::move(after), limit, Decoding::OnDemand);
        };
        m_cache = std::make_unique<LedgerRowCache>(std::move(onDemand), kPageSize);
    } else {
        m_cache = nullptr;
    }
    m_directory = std::move(directory);
    m_reported = false;
    m_rowCount = 0;
    endResetModel();
    if (m_cache)
        fetchMore({});
}

void LedgerTableModel::clear()
{
    beginResetModel();
    m_cache.reset();
    m_directory = LedgerDirectory();
    m_rowCount = 0;
    endResetModel();
}

const LedgerRow* LedgerTableModel::entryRow(int row) const
{
    if (!m_cache)
        return nullptr;
    const LedgerRow* found = m_cache->row(row);
    if (!found)
        reportLater(m_cache->lastError().message);
    return found;
}

std::optional<int> LedgerTableModel::rowOf(EntryId id) const
{
    const int row = m_cache ? m_cache->indexOf(id) : -1;
    return row >= 0 ? std::optional<int>(row) : std::nullopt;
}

void LedgerTableModel::reportLater(const QString& message) const
{
    if (m_reported)
        return;
    m_reported = true;
    // Views ask for data while painting: the message waits until they are done.
    auto* self = const_cast<LedgerTableModel*>(this);
    QMetaObject::invokeMethod(
        self, [self, message] { emit self->fetchFailed(message); }, Qt::QueuedConnection);
}

int LedgerTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int LedgerTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_fields.size()) + (m_hasState ? 3 : 2);
}

LedgerTableModel::ColumnKind LedgerTableModel::columnKind(int column) const
{
    if (column == 0)
        return ColumnKind::Number;
    if (column <= m_fields.size())
        return ColumnKind::Field;
    if (m_hasState && column == m_fields.size() + 1)
        return ColumnKind::State;
    return ColumnKind::Versions;
}

const FieldDefinition* LedgerTableModel::columnField(int column) const
{
    return columnKind(column) == ColumnKind::Field ? m_fields.at(column - 1) : nullptr;
}

QString LedgerTableModel::cellText(const LedgerRow& row, int column) const
{
    switch (columnKind(column)) {
    case ColumnKind::Number:
        return QString::number(row.number);
    case ColumnKind::Field: {
        const FieldDefinition* field = m_fields.at(column - 1);
        return formatFieldValue(*field, row.values.value(field->key), m_directory, interfaceLabelLanguage(),
                                DateStyle::Wareki);
    }
    case ColumnKind::State:
        switch (lateness(row)) {
        case Lateness::ReturnOverdue:
            return tr("%1, return overdue").arg(entryStateDisplayName(row.state));
        case Lateness::OpenPastItsDay:
            return tr("%1, no time out").arg(entryStateDisplayName(row.state));
        case Lateness::None:
            break;
        }
        return entryStateDisplayName(row.state);
    case ColumnKind::Versions:
        return QString::number(row.revisionCount);
    }
    return {};
}

LedgerTableModel::Lateness LedgerTableModel::lateness(const LedgerRow& row) const
{
    if (!m_nowUtc.isValid())
        return Lateness::None;
    if (carry_out::isCarryOutLog(m_form) && carry_out::isOverdue(m_form, row.values, m_nowUtc))
        return Lateness::ReturnOverdue;
    // 第17条(1): who is in the area is known at every moment; a visit still open after the day
    // it began is an exit nobody recorded, for the head to follow up.
    if (m_form.presence && row.date < japanDate(m_nowUtc) && entry_exit::isOpen(*m_form.presence, row.values))
        return Lateness::OpenPastItsDay;
    return Lateness::None;
}

QString LedgerTableModel::sortKey(const LedgerRow& row, int column) const
{
    auto padded = [](qint64 n) { return QStringLiteral("%1").arg(n, 20, 10, QLatin1Char('0')); };
    switch (columnKind(column)) {
    case ColumnKind::Number:
        return padded(row.number);
    case ColumnKind::Versions:
        return padded(row.revisionCount);
    case ColumnKind::State:
        return cellText(row, column);
    case ColumnKind::Field:
        break;
    }
    const FieldDefinition* field = m_fields.at(column - 1);
    const QVariant value = row.values.value(field->key);
    switch (field->type) {
    case FieldType::Date:
        return value.toDate().toString(Qt::ISODate);
    case FieldType::DateTime:
        return value.toDateTime().toUTC().toString(Qt::ISODate);
    case FieldType::Integer:
        return value.isValid() ? padded(value.toLongLong()) : QString();
    default:
        return cellText(row, column);
    }
}

QVariant LedgerTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::TextAlignmentRole && role != kEntryIdRole
        && role != Qt::BackgroundRole)
        return {};
    const LedgerRow* found = entryRow(index.row());
    if (!found)
        return {};
    const LedgerRow& row = *found;
    switch (role) {
    case Qt::DisplayRole:
        return cellText(row, index.column());
    case Qt::BackgroundRole:
        // A soft red a printout in black and white does not need: the state says it in words.
        return lateness(row) == Lateness::None ? QVariant() : QVariant(QColor(0xFF, 0xE4, 0xE1));
    case Qt::ToolTipRole: {
        const ColumnKind kind = columnKind(index.column());
        switch (kind == ColumnKind::Number || kind == ColumnKind::State ? lateness(row) : Lateness::None) {
        case Lateness::ReturnOverdue:
            return tr("Not returned by its expected return: record the return, or ask the carrier.");
        case Lateness::OpenPastItsDay:
            return tr("No time out after the day of the visit: record the exit, or find out when the person left.");
        case Lateness::None:
            break;
        }
        // Long texts are cut in the cell; the whole value is a hover away.
        const QString text = cellText(row, index.column());
        return text.size() > 20 ? QVariant(text) : QVariant();
    }
    case Qt::TextAlignmentRole: {
        const ColumnKind kind = columnKind(index.column());
        const FieldDefinition* field = columnField(index.column());
        // The last column stretches to the edge: its short number is centred where it can
        // be seen next to the state, not pushed to the far right.
        if (kind == ColumnKind::Versions)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignHCenter | Qt::AlignVCenter));
        if (kind == ColumnKind::Number || (field && field->type == FieldType::Integer))
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    }
    case kEntryIdRole:
        return QVariant::fromValue<qint64>(row.id);
    default:
        return {};
    }
}

QVariant LedgerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        // The whole name (a narrowed column cuts it) and where the regulation asks for it.
        const FieldDefinition* field = columnField(section);
        if (!field)
            return {};
        const QString name = fieldLabel(*field, interfaceLabelLanguage());
        return field->article.isEmpty() ? name : name + QLatin1Char('\n') + citedArticle(field->article);
    }
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (columnKind(section)) {
    case ColumnKind::Number:
        return tr("No.");
    case ColumnKind::Field:
        return fieldLabel(*columnField(section), interfaceLabelLanguage());
    case ColumnKind::State:
        return tr("State");
    case ColumnKind::Versions:
        return tr("Ver.");
    }
    return {};
}

bool LedgerTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_cache && !m_cache->atEnd();
}

void LedgerTableModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || !m_cache || m_cache->atEnd())
        return;
    // The cache reads the page first; views hear of its rows only between beginInsertRows
    // and endInsertRows, as the model contract wants.
    const int first = m_rowCount;
    const Result<int> added = m_cache->fetchMore();
    if (!added) {
        emit fetchFailed(added.error().message);
        return;
    }
    if (added.value() == 0)
        return;
    beginInsertRows({}, first, first + added.value() - 1);
    m_rowCount += added.value();
    endInsertRows();
}

} // namespace daicho
