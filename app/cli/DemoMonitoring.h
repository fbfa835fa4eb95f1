#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "store/VaultPaths.h"

namespace daicho {

// The demo's monitoring sheets (様式4): the auditor's checks of 令和6年度 and 令和7年度, signed
// off and reviewed by the chief — the later one with two nonconformities and improvement
// requests — and an extra check of 令和8年度 still being written. The chief adds one check
// item of the centre's own first (the LINE account's sign-in).
[[nodiscard]] Status addDemoMonitoringSheets(const VaultPaths& paths, const Clock& clock);

} // namespace daicho
