#pragma once

// Below the store's checks: for LedgerStore and the import's bulk writer.
#include "ledger/LedgerProjection.h"
#include "store/Database.h"

namespace daicho {

// Writes an entry's derived row (insert for a new entry; an update keeps its number).
[[nodiscard]] Status writeProjection(Database& db, const ProjectedEntry& entry, bool insert);

// The No. the next entry of `formId` gets in its own ledger (issue 11 §8).
Result<std::int64_t> nextEntryNumber(const Database& db, const QString& formId);

} // namespace daicho
