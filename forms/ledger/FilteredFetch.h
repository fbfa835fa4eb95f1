#pragma once

#include "common/Result.h"
#include "ledger/LedgerQuery.h"

#include <functional>
#include <optional>

namespace daicho {

// Reads pages of a ledger list through `source` (keyset paging in the list's order) and keeps
// only the rows `keep` accepts, so that a list narrowed by something SQL cannot see (a value
// inside the encrypted entry) still pages by the key of its last row. A page holds at most
// `limit` kept rows and fewer only at the end. `keep` may decode the row (LedgerRow::decode).
using PageFetch = std::function<Result<QList<LedgerRow>>(std::optional<PageKey> after, int limit, Decoding decoding)>;

PageFetch filteredFetch(PageFetch source, std::function<bool(LedgerRow&)> keep);

} // namespace daicho
