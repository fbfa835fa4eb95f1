#include "audit/internal/SearchIndexCheck.h"

#include "crypto/SetDigest.h"
#include "ledger/SearchText.h"
#include "ledger/internal/SearchIndex.h"

#include <QCoreApplication>

#include <bitset>
#include <unordered_map>

namespace daicho {

Result<std::optional<LedgerRowsProblem>> checkSearchIndex(const Database& db)
{
    auto mark = SearchIndex::indexedThrough(db);
    if (!mark)
        return mark.error();
    // Each side streamed once and summed under a key drawn for this run (crypto::SetDigest):
    // a million entries' grams would not fit in memory, and a plain checksum could be matched
    // by grams planted for the purpose.
    crypto::SetDigest derived;
    crypto::SetDigest indexed = derived.sameKey();
    // The entries there are, a bit per id in blocks as the index keeps them: grams left of an
    // entry no longer there hide nothing (a search reads the entries' rows), and the entry's
    // removal is named by the checks of the trail, which say more.
    constexpr std::int64_t kBlock = std::int64_t{1} << SearchIndex::kBlockBits;
    std::unordered_map<std::int64_t, std::bitset<kBlock>> present;
    auto texts = db.prepare(QStringLiteral("SELECT id, search_text FROM ledger_entries WHERE id <= ?"), *mark);
    if (!texts)
        return texts.error();
    DAICHO_TRY(texts->forEach([&](Statement& row) {
        const std::int64_t id = row.integer(0);
        present[id >> SearchIndex::kBlockBits].set(static_cast<size_t>(id & (kBlock - 1)));
        for (const quint32 gram : searchGrams(row.text(1)))
            derived.add(gram, static_cast<std::uint64_t>(id));
    }));
    DAICHO_TRY(SearchIndex::forEachPair(db, [&](quint32 gram, EntryId id) {
        const auto block = present.find(id >> SearchIndex::kBlockBits);
        if (id <= *mark && block != present.end() && block->second.test(static_cast<size_t>(id & (kBlock - 1))))
            indexed.add(gram, static_cast<std::uint64_t>(id));
    }));
    if (derived == indexed)
        return std::optional<LedgerRowsProblem>();
    return std::optional(LedgerRowsProblem{
        0, QCoreApplication::translate("daicho::AuditVerifier",
                                       "The search index differs from the entries' texts: it was changed outside "
                                       "Daicho, and a search may miss entries.")});
}

} // namespace daicho
