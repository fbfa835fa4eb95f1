#include "ledger/LedgerRowCache.h"

#include <QCoreApplication>

namespace daicho {

LedgerRowCache::LedgerRowCache(Fetch fetch, int pageSize, int maxPages)
    : m_fetch(std::move(fetch))
    , m_pageSize(pageSize)
    , m_maxPages(maxPages)
{ }

PageKey LedgerRowCache::pageKey(int index) const
{
    const Key& k = m_keys[static_cast<size_t>(index)];
    return {QDate::fromJulianDay(k.julianDay).toString(Qt::ISODate), k.id};
}

Result<int> LedgerRowCache::fetchMore()
{
    if (m_atEnd)
        return 0;
    const int page = count() / m_pageSize;
    const std::optional<PageKey> after = count() > 0 ? std::optional(pageKey(count() - 1)) : std::nullopt;
    auto rows = m_fetch(after, m_pageSize);
    if (!rows)
        return rows.error();
    const int added = static_cast<int>(rows->size());
    for (const LedgerRow& r : rows.value())
        m_keys.push_back({r.id, r.date.toJulianDay()});
    m_atEnd = added < m_pageSize;
    if (added > 0)
        remember(page, std::move(rows.value()));
    return added;
}

void LedgerRowCache::remember(int page, QList<LedgerRow> rows)
{
    m_pages[page] = std::move(rows);
    m_used[page] = ++m_clock;
    while (static_cast<int>(m_pages.size()) > m_maxPages) {
        auto oldest = m_used.begin();
        for (auto it = m_used.begin(); it != m_used.end(); ++it)
            if (it->second < oldest->second)
                oldest = it;
        m_pages.erase(oldest->first);
        m_used.erase(oldest);
    }
}

Result<QList<LedgerRow>> LedgerRowCache::readPage(int page)
{
    const int first = page * m_pageSize;
    const std::optional<PageKey> after = first > 0 ? std::optional(pageKey(first - 1)) : std::nullopt;
    return m_fetch(after, m_pageSize);
}

const LedgerRow* LedgerRowCache::row(int index)
{
    if (index < 0 || index >= count())
        return nullptr;
    const int page = index / m_pageSize;
    auto found = m_pages.find(page);
    if (found == m_pages.end()) {
        auto rows = readPage(page);
        if (!rows) {
            m_lastError = rows.error();
            return nullptr;
        }
        remember(page, std::move(rows.value()));
        found = m_pages.find(page);
    } else {
        m_used[page] = ++m_clock;
    }
    const int offset = index - page * m_pageSize;
    // The ledger changed underneath (an entry corrected to another date): the caller reloads.
    if (offset >= found->second.size() || found->second[offset].id != m_keys[static_cast<size_t>(index)].id) {
        m_lastError = makeError(ErrorCode::NotFound,
                                QCoreApplication::translate("daicho::LedgerRowCache",
                                                            "The list changed while it was shown. Reload it (F5)."));
        return nullptr;
    }
    LedgerRow& row = found->second[offset];
    if (!row.decode()) {
        m_lastError = makeError(ErrorCode::Corrupt,
                                QCoreApplication::translate("daicho::LedgerRowCache",
                                                            "Entry %1 cannot be read: the database is damaged. "
                                                            "Restore it from a backup.")
                                    .arg(row.id));
        return nullptr;
    }
    return &row;
}

int LedgerRowCache::indexOf(EntryId id) const
{
    for (size_t i = 0; i < m_keys.size(); ++i)
        if (m_keys[i].id == id)
            return static_cast<int>(i);
    return -1;
}

} // namespace daicho
