#pragma once

// Below the store's checks: for LedgerStore and the import's bulk writer.
#include "ledger/LedgerProjection.h"
#include "store/Database.h"

namespace daicho {

// Writes an entry's derived row (insert for a new entry).
[[nodiscard]] Status writeProjection(Database& db, const ProjectedEntry& entry, bool insert);

} // namespace daicho
