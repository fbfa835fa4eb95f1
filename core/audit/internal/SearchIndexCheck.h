#pragma once

#include "audit/internal/LedgerRowsCheck.h"
#include "common/Result.h"
#include "store/Database.h"

#include <optional>

namespace daicho {

// The search index (ledger_grams) must hold exactly the grams of every entry's search text up
// to its mark (ledger_grams_progress), and no others for those entries (grams of ids above the
// mark or of no entry hide nothing and are let be). It is derived data and no row of it is
// audited, but a search trusts it to choose the candidates: a gram taken out of it with SQL
// hides entries from every search for good — a department's entries from a search by its name,
// once the gram that starts its token is gone — with no trace in the rows people read.
// Checked after checkLedgerProjection, which vouches for the search texts themselves.
Result<std::optional<LedgerRowsProblem>> checkSearchIndex(const Database& db);

} // namespace daicho
