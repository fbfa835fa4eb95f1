#pragma once

#include "common/Result.h"
#include "ledger/LedgerQuery.h"

#include <QList>

#include <functional>
#include <map>
#include <vector>

namespace daicho {

// The rows behind a list that may hold a million entries. Keeps a compact key (id and day,
// 16 bytes) of every row seen so far and the decoded rows of only the most recently used
// pages: scrolling a long ledger end to end stays within a few tens of MiB, and a page that
// was dropped is read again from the key of the row before it (keyset paging, never OFFSET).
// Fetch with Decoding::OnDemand: a row's values are decoded when row() first returns it.
class LedgerRowCache
{
public:
    using Fetch = std::function<Result<QList<LedgerRow>>(std::optional<PageKey> after, int limit)>;

    explicit LedgerRowCache(Fetch fetch, int pageSize = 200, int maxPages = 12);

    // Rows known so far; grows with fetchMore().
    int count() const { return static_cast<int>(m_keys.size()); }
    bool atEnd() const { return m_atEnd; }
    // Reads the next page. Returns the number of rows added.
    Result<int> fetchMore();
    // The row at `index` (< count()), reading its page again if it was dropped; null on error
    // (lastError() says why).
    const LedgerRow* row(int index);
    // The index of an entry among the rows known so far, or -1.
    int indexOf(EntryId id) const;
    const Error& lastError() const { return m_lastError; }

private:
    struct Key {
        EntryId id;
        qint64 julianDay;
    };
    Result<QList<LedgerRow>> readPage(int page);
    void remember(int page, QList<LedgerRow> rows);
    PageKey pageKey(int index) const;

    Fetch m_fetch;
    int m_pageSize;
    int m_maxPages;
    std::vector<Key> m_keys;
    bool m_atEnd = false;
    std::map<int, QList<LedgerRow>> m_pages; // page number -> rows
    std::map<int, std::uint64_t> m_used; // page number -> last use
    std::uint64_t m_clock = 0;
    Error m_lastError;
};

} // namespace daicho
