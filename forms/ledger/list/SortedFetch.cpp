#include "ledger/list/SortedFetch.h"

#include <QCollator>
#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <memory>
#include <unordered_map>

namespace daicho {

namespace {

struct SortedRows {
    std::vector<LedgerRow> rows;
    std::unordered_map<EntryId, size_t> positions;
};

Result<std::shared_ptr<SortedRows>> readAndSort(const LedgerTableModel::Fetch& fetch, const SortKey& key,
                                                Qt::SortOrder order, int maxRows)
{
    auto sorted = std::make_shared<SortedRows>();
    std::optional<PageKey> after;
    constexpr int kPage = 1000;
    while (true) {
        auto page = fetch(after, kPage, Decoding::Now);
        if (!page)
            return page.error();
        for (LedgerRow& row : page.value())
            sorted->rows.push_back(std::move(row));
        if (static_cast<int>(sorted->rows.size()) > maxRows)
            return makeError(ErrorCode::InvalidInput,
                             QCoreApplication::translate("daicho::SortedFetch",
                                                         "This list has more than %1 entries, too many to sort by "
                                                         "this column. Narrow it first (fiscal year, period, "
                                                         "department or search), or sort by date.")
                                 .arg(QLocale().toString(maxRows)));
        if (page->size() < kPage)
            break;
        after = page->last().key();
    }
    // Japanese order (kana, then kanji by reading where ICU knows it), numbers by value.
    QCollator collator{QLocale(QLocale::Japanese, QLocale::Japan)};
    collator.setNumericMode(true);
    std::vector<std::pair<QString, size_t>> keys;
    keys.reserve(sorted->rows.size());
    for (size_t i = 0; i < sorted->rows.size(); ++i)
        keys.emplace_back(key(sorted->rows[i]), i);
    std::stable_sort(keys.begin(), keys.end(), [&](const auto& a, const auto& b) {
        const int c = collator.compare(a.first, b.first);
        return order == Qt::AscendingOrder ? c < 0 : c > 0;
    });
    std::vector<LedgerRow> rows;
    rows.reserve(keys.size());
    for (const auto& [text, index] : keys) {
        sorted->positions[sorted->rows[index].id] = rows.size();
        rows.push_back(std::move(sorted->rows[index]));
    }
    sorted->rows = std::move(rows);
    return sorted;
}

} // namespace

LedgerTableModel::Fetch sortedFetch(LedgerTableModel::Fetch fetch, SortKey key, Qt::SortOrder order, int maxRows)
{
    auto sorted = std::make_shared<std::shared_ptr<SortedRows>>();
    return [fetch = std::move(fetch), key = std::move(key), order, maxRows,
            sorted](std::optional<PageKey> after, int limit, Decoding) -> Result<QList<LedgerRow>> {
        if (!*sorted) {
            // The first page reads and sorts everything, once per list.
            auto read = readAndSort(fetch, key, order, maxRows);
            if (!read)
                return read.error();
            *sorted = std::move(read.value());
        }
        const SortedRows& all = **sorted;
        size_t start = 0;
        if (after) {
            const auto found = all.positions.find(after->id);
            if (found == all.positions.end())
                return QList<LedgerRow>();
            start = found->second + 1;
        }
        QList<LedgerRow> page;
        for (size_t i = start; i < all.rows.size() && page.size() < limit; ++i)
            page << all.rows[i];
        return page;
    };
}

} // namespace daicho
