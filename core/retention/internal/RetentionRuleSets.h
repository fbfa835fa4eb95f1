#pragma once

// The retention rules of every version, read below the permission checks (the schedule, the
// runs, the settings and the store read them).
#include "common/Result.h"
#include "retention/RetentionRules.h"
#include "store/Database.h"

namespace daicho {

Result<RetentionRuleSet> loadRetentionRules(const Database& db);

} // namespace daicho
