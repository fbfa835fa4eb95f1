#include "audit/AuditTrailModel.h"

#include "audit/AuditActionText.h"
#include "audit/AuditLog.h"
#include "auth/Role.h"
#include "common/JapaneseCalendar.h"
#include "ledger/FormRegistry.h"

#include <QCoreApplication>
#include <QHash>
#include <QUrl>

namespace daicho {

AuditTrailModel::AuditTrailModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

AuditTrailModel::~AuditTrailModel() = default;

void AuditTrailModel::setSource(Fetch fetch, QHash<UserId, QString> userNames, EntryNumber entryNumber,
                                QHash<qint64, QString> departmentNames)
{
    m_departmentNames = std::move(departmentNames);
    beginResetModel();
    m_fetch = std::move(fetch);
    m_userNames = std::move(userNames);
    m_entryNumber = std::move(entryNumber);
    m_entryNumbers.clear();
    m_entries.clear();
    m_atEnd = !m_fetch;
    endResetModel();
    if (!m_atEnd)
        fetchMore({});
}

void AuditTrailModel::clear()
{
    beginResetModel();
    m_fetch = nullptr;
    m_userNames.clear();
    m_entryNumber = nullptr;
    m_entryNumbers.clear();
    m_entries.clear();
    m_atEnd = true;
    endResetModel();
}

int AuditTrailModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int AuditTrailModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AuditTrailModel::detailsText(int row) const
{
    if (row < 0 || row >= m_entries.size())
        return {};
    const AuditEntry& e = m_entries.at(row);
    const QString target = auditTargetText(e, {[this](qint64 id) { return m_userNames.value(id); },
                                               [this](qint64 id) { return entryNumber(id); },
                                               [this](qint64 id) { return m_departmentNames.value(id); }});
    QStringList lines;
    lines << tr("No. %1 — %2 — %3").arg(e.seq).arg(formatJapanDateTime(happenedAt(e)), userText(e));
    lines << tr("Action: %1 (%2)").arg(auditActionDisplayName(e.action), e.action);
    if (!e.targetTable.isEmpty() || !target.isEmpty())
        lines << tr("Concerns: %1 (%2 #%3)").arg(target, e.targetTable, e.targetId);
    if (!e.detail.isEmpty())
        lines << tr("Detail: %1").arg(readableAuditDetail(e.detail)) << tr("Recorded as: %1").arg(e.detail);
    lines << tr("Recorded at (UTC): %1").arg(e.atUtc);
    return lines.join(QLatin1Char('\n'));
}

qint64 AuditTrailModel::entryNumber(qint64 entryId) const
{
    if (!m_entryNumber)
        return 0;
    auto found = m_entryNumbers.constFind(entryId);
    if (found == m_entryNumbers.constEnd())
        found = m_entryNumbers.insert(entryId, m_entryNumber(entryId));
    return found.value();
}

QVariant AuditTrailModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditEntry& entry = m_entries.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case SeqColumn:
            return QVariant::fromValue(entry.seq);
        case TimeColumn:
            return formatJapanDateTime(happenedAt(entry));
        case UserColumn:
            return userText(entry);
        case ActionColumn:
            return auditActionDisplayName(entry.action);
        case TargetColumn:
            return auditTargetText(entry, {[this](qint64 id) { return m_userNames.value(id); },
                                           [this](qint64 id) { return entryNumber(id); },
                                           [this](qint64 id) { return m_departmentNames.value(id); }});
        case DetailColumn:
            return readableAuditDetail(entry.detail);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == ActionColumn)
            return entry.action;
        // The raw record behind the reader's name of it.
        if (index.column() == TargetColumn && !entry.targetTable.isEmpty())
            return entry.targetId.isEmpty() ? entry.targetTable : entry.targetTable + QLatin1Char('#') + entry.targetId;
        if (index.column() == DetailColumn)
            return readableAuditDetail(entry.detail);
        if (index.column() == SeqColumn)
            return tr("Entry hash: %1").arg(QString::fromLatin1(entry.entryHash.toHex()));
        if (index.column() == TimeColumn && happenedAt(entry) != entry.atUtc)
            return tr("Recorded at %1, when somebody next signed in").arg(formatJapanDateTime(entry.atUtc));
    }
    if (role == Qt::TextAlignmentRole && index.column() == SeqColumn)
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    return {};
}

QVariant AuditTrailModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SeqColumn:
        return tr("No.");
    case TimeColumn:
        return tr("Date and time");
    case UserColumn:
        return tr("Performed by");
    case ActionColumn:
        return tr("Action");
    case TargetColumn:
        return tr("Record");
    case DetailColumn:
        return tr("Details");
    default:
        return {};
    }
}

bool AuditTrailModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void AuditTrailModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || m_atEnd || !m_fetch)
        return;
    const std::int64_t before = m_entries.isEmpty() ? 0 : m_entries.constLast().seq;
    const Result<QList<AuditEntry>> page = m_fetch(before, kPageSize);
    if (!page) {
        m_atEnd = true;
        emit fetchFailed(page.error().message);
        return;
    }
    const QList<AuditEntry>& entries = page.value();
    if (entries.size() < kPageSize)
        m_atEnd = true;
    // The chain's first entry has seq 1: nothing lies before it.
    if (!entries.isEmpty() && entries.constLast().seq <= 1)
        m_atEnd = true;
    if (entries.isEmpty())
        return;
    const int first = static_cast<int>(m_entries.size());
    beginInsertRows({}, first, first + static_cast<int>(entries.size()) - 1);
    m_entries.append(entries);
    endInsertRows();
}

QString AuditTrailModel::happenedAt(const AuditEntry& entry)
{
    // A failed sign-in is recorded by whoever signs in next (no session exists to record it
    // then); its detail keeps when it happened, which is what the auditor asks about.
    if (entry.action == QLatin1String("signin.failed"))
        if (const QString at = auditDetailValue(entry.detail, QStringLiteral("at")); !at.isEmpty())
            return at;
    return entry.atUtc;
}

QString AuditTrailModel::userText(const AuditEntry& entry) const
{
    if (!entry.userId)
        return tr("(recovery key)");
    const QString name = m_userNames.value(*entry.userId);
    return name.isEmpty() ? tr("User #%1").arg(*entry.userId) : name;
}

namespace {

// The name of a detail's key as a reader says it; a key this build does not name stays as it
// is written (the details pane shows the record as written too).
QString detailKeyName(const QString& key)
{
    static const QHash<QString, const char*> names{
        {QStringLiteral("form"), QT_TRANSLATE_NOOP("daicho::AuditTrailModel", "Ledger")},
        {QStringLiteral("forms"), QT_TRANSLATE_NOOP("daicho::AuditTrailModel", "Ledgers")},
        {QStringLiteral("output"), QT_TRANSLATE_NOOP("daicho::AuditTrailModel", "Output")},
        {QStringLiteral("count"), QT_TRANSLATE_NOOP("daicho::AuditTrailModel", "Count")},
        {QStringLiteral("rows"), QT_TRANSLATE_NOOP("daicho::AuditTrailModel", "Rows")},
        {QStringLiteral("entries"), QT_TRANSLATE_NOOP("daicho::AuditTrailModel", "Entries")},
        {QStringLiteral("role"), QT_TRANSLATE_NOOP("daicho::AuditTrailModel", "Role")},
        {QStringLiteral("login"), QT_TRANSLATE_NOOP("daicho::AuditTrailModel", "Sign-in ID")},
        {QStringLiteral("format"), QT_TRANSLATE_NOOP("daicho::AuditTrailModel", "Format")},
        {QStringLiteral("from"), QT_TRANSLATE_NOOP("daicho::AuditTrailModel", "From")},
        {QStringLiteral("to"), QT_TRANSLATE_NOOP("daicho::AuditTrailModel", "To")},
        {QStringLiteral("key"), QT_TRANSLATE_NOOP("daicho::AuditTrailModel", "Setting")},
        {QStringLiteral("value"), QT_TRANSLATE_NOOP("daicho::AuditTrailModel", "Value")},
        {QStringLiteral("checkpoint"), QT_TRANSLATE_NOOP("daicho::AuditTrailModel", "Checkpoint")},
        {QStringLiteral("repeats_left_out"), QT_TRANSLATE_NOOP("daicho::AuditTrailModel", "Rows left out as repeats")},
    };
    const auto found = names.constFind(key);
    return found == names.cend() ? key : QCoreApplication::translate("daicho::AuditTrailModel", found.value());
}

// A value as a reader says it: a form by its number, an output by its name, a role by its title.
QString detailValueText(const QString& key, const QString& value)
{
    if (key == QLatin1String("form") || key == QLatin1String("forms")) {
        QStringList numbers;
        for (const QString& id : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const FormDefinition* form = FormRegistry::find(id.trimmed());
            numbers << (form ? form->number : id);
        }
        return numbers.join(QStringLiteral("・"));
    }
    if (key == QLatin1String("output")) {
        if (value == QLatin1String("pdf"))
            return QStringLiteral("PDF");
        if (value == QLatin1String("printer"))
            return QCoreApplication::translate("daicho::AuditTrailModel", "printer");
        return value.toUpper();
    }
    if (key == QLatin1String("role"))
        if (const std::optional<Role> role = roleFromKey(value))
            return roleDisplayName(*role);
    return value;
}

} // namespace

QString readableAuditDetail(const QString& detail)
{
    if (detail.isEmpty())
        return {};
    QStringList parts;
    for (const QString& field : detail.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const qsizetype equals = field.indexOf(QLatin1Char('='));
        if (equals < 0) {
            parts.append(QUrl::fromPercentEncoding(field.toUtf8()));
            continue;
        }
        const QString key = field.left(equals);
        const QString value = QUrl::fromPercentEncoding(field.mid(equals + 1).toUtf8());
        if (value.isEmpty())
            continue; // an item with nothing to say ("entry:" of a whole ledger's print)
        parts.append(QCoreApplication::translate("daicho::AuditTrailModel", "%1: %2")
                         .arg(detailKeyName(key), detailValueText(key, value)));
    }
    return parts.join(QCoreApplication::translate("daicho::AuditTrailModel", ", "));
}

} // namespace daicho
