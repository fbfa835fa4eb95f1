#pragma once

#include "ledger/FormDefinition.h"
#include "ledger/LedgerDirectory.h"
#include "ledger/LedgerQuery.h"
#include "ledger/LedgerRowCache.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

#include <functional>
#include <memory>
#include <optional>

namespace daicho {

// The entries of one form as a table, loaded a page at a time as the view scrolls (keyset
// paging on (date, id) through LedgerQuery::page, never OFFSET). The rows live in a
// LedgerRowCache: a compact key for every row seen, the values of only the pages used last,
// so that scrolling through a very long ledger does not keep all of it in memory. Columns:
// the entry's number, the form's listed items, its state (forms with approval) and how many
// versions it has. Pages are read without decoding the entries' values; a row is decoded the
// first time it is asked for (a page of 200 rows of which 30 are on screen). It holds no session: `fetch` reads through
// whatever the page has, and clear() drops every loaded row when the session locks.
class LedgerTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int kPageSize = 200;
    static constexpr int kEntryIdRole = Qt::UserRole + 1;

    // Rows after `after` (none: from the start), at most `limit`, in the list's order, read
    // with `decoding` (the model asks Decoding::OnDemand: only the rows shown are decoded).
    using Fetch = std::function<Result<QList<LedgerRow>>(std::optional<PageKey> after, int limit, Decoding decoding)>;

    explicit LedgerTableModel(const FormDefinition& form, QObject* parent = nullptr);
    ~LedgerTableModel() override;

    // Starts again from the first row. `directory` gives names for ids; `nowUtc` is the time
    // lateness is judged at (a carry-out past its return, a visit left open past its day).
    void setSource(Fetch fetch, LedgerDirectory directory, QDateTime nowUtc = {});
    void clear();

    // The entry at `row`, read again if its page was dropped; null when that fails.
    const LedgerRow* entryRow(int row) const;
    // The row of an entry among those loaded.
    std::optional<int> rowOf(EntryId id) const;
    bool isAtEnd() const { return !m_cache || m_cache->atEnd(); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    // Which column shows what (for the page's widths).
    enum class ColumnKind { Number, Field, State, Versions };
    ColumnKind columnKind(int column) const;
    const FieldDefinition* columnField(int column) const;
    // What is late about a row, shown in colour and in its state: nothing, a carry-out not back
    // by its expected return (返却遅れ), or a visit with no exit after the day it began.
    enum class Lateness { None, ReturnOverdue, OpenPastItsDay };
    Lateness lateness(const LedgerRow& row) const;

    // What a column sorts by: dates and times as ISO text, numbers padded, else the text shown.
    QString sortKey(const LedgerRow& row, int column) const;

signals:
    void fetchFailed(const QString& message);

private:
    QString cellText(const LedgerRow& row, int column) const;
    void reportLater(const QString& message) const;

    const FormDefinition& m_form;
    QList<const FieldDefinition*> m_fields; // the listed items, in order
    bool m_hasState;
    LedgerDirectory m_directory;
    QDateTime m_nowUtc;
    // Reading a row may read its page again: the cache changes behind const data().
    mutable std::unique_ptr<LedgerRowCache> m_cache;
    mutable bool m_reported = false; // one message per failure, not one per cell
    int m_rowCount = 0; // the rows announced to views (the cache may know more, briefly)
};

} // namespace daicho
