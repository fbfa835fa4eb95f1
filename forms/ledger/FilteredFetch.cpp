#include "ledger/FilteredFetch.h"

namespace daicho {

PageFetch filteredFetch(PageFetch source, std::function<bool(LedgerRow&)> keep)
{
    return [source = std::move(source), keep = std::move(keep)](std::optional<PageKey> after, int limit,
                                                                Decoding decoding) -> Result<QList<LedgerRow>> {
        QList<LedgerRow> kept;
        std::optional<PageKey> scanned = std::move(after);
        while (kept.size() < limit) {
            auto batch = source(scanned, limit, decoding);
            if (!batch)
                return batch.error();
            const bool last = batch->size() < limit;
            if (!batch->isEmpty())
                scanned = batch->last().key();
            for (LedgerRow& row : batch.value()) {
                if (keep(row))
                    kept << std::move(row);
                if (kept.size() == limit)
                    break;
            }
            if (last)
                break;
        }
        return kept;
    };
}

} // namespace daicho
