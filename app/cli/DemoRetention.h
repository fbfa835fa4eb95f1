#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "store/VaultPaths.h"

namespace daicho {

// Issue 13: the demo has entries whose retention has passed by the coming fiscal-year end —
// 様式1 entries of 令和5年度, kept 3 years (the centre's period) — and a disposal the chief has
// approved with one of them held for a reason, waiting for the auditor's confirmation.
[[nodiscard]] Status addDemoRetention(const VaultPaths& paths, const Clock& clock);

} // namespace daicho
