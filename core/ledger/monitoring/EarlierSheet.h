#pragma once

#include "auth/Session.h"
#include "common/Result.h"
#include "ledger/LedgerTypes.h"

#include <optional>

namespace daicho {

// The newest monitoring sheet (様式4) other than `except` — last year's, when a new sheet is
// started — or nullopt when there is none. Readers of 様式4 only.
Result<std::optional<LedgerEntry>> newestMonitoringSheet(const Session& session, std::optional<EntryId> except);

} // namespace daicho
