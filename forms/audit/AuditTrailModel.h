#pragma once

#include "audit/AuditEntry.h"
#include "auth/UserEntry.h"
#include "common/Result.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <functional>

namespace daicho {

// The audit trail, newest first, loaded a page at a time as the view scrolls (keyset
// paging on seq, never OFFSET). It holds no session: `fetch` reads through whatever the
// page has, and clear() drops every loaded entry when the session locks.
class AuditTrailModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { SeqColumn, TimeColumn, UserColumn, ActionColumn, TargetColumn, DetailColumn, ColumnCount };
    static constexpr int kPageSize = 200;

    // Entries with seq < beforeSeq (0 = from the newest), at most `limit`, newest first.
    using Fetch = std::function<Result<QList<AuditEntry>>(std::int64_t beforeSeq, int limit)>;

    explicit AuditTrailModel(QObject* parent = nullptr);
    ~AuditTrailModel() override;

    // A ledger entry's No. in its own ledger by its internal id (0 when it is gone).
    using EntryNumber = std::function<qint64(qint64 entryId)>;

    // Starts again from the newest entry. `userNames` turns user IDs into names.
    // `departmentNames`: a department's full name by id.
    void setSource(Fetch fetch, QHash<UserId, QString> userNames, EntryNumber entryNumber = {},
                   QHash<qint64, QString> departmentNames = {});
    void clear();

    const AuditEntry& entry(int row) const { return m_entries.at(row); }
    // All that the entry records, as read and raw (the details pane).
    QString detailsText(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

signals:
    void fetchFailed(const QString& message);

private:
    QString userText(const AuditEntry& entry) const;
    qint64 entryNumber(qint64 entryId) const;
    // When what the entry records happened (a failed sign-in: its own time, not the recording's).
    static QString happenedAt(const AuditEntry& entry);

    Fetch m_fetch;
    QHash<UserId, QString> m_userNames;
    QHash<qint64, QString> m_departmentNames;
    EntryNumber m_entryNumber;
    mutable QHash<qint64, qint64> m_entryNumbers; // asked once per entry id
    QList<AuditEntry> m_entries;
    bool m_atEnd = true;
};

// "key=value;key=value" (percent-encoded values) as "key: value, key: value" for reading.
QString readableAuditDetail(const QString& detail);

} // namespace daicho
