#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "store/VaultPaths.h"

namespace daicho {

// Fills a new demo database with realistic ledgers over two fiscal years (令和7年度 and
// 令和8年度 so far): register entries — one modelled on a prefecture's LINE support account
// (its data items, seven purposes, third parties) — and hundreds of log entries of every form,
// written, approved and corrected by the demo people through the same services as the GUI.
// Names of individuals are invented.
[[nodiscard]] Status addDemoLedgers(const VaultPaths& paths, const Clock& clock);

} // namespace daicho
