#pragma once

#include "common/Result.h"

namespace daicho {

class Session;

// Brings an older database up to this build's schema inside the caller's transaction (the
// sign-in's), with an audit entry that says from which version: the first person to sign
// in after an update of Daicho upgrades the file, and nobody works on a half-upgraded one.
// It runs before the person's permissions apply (sign-in, recovery): for core only.
[[nodiscard]] Status upgradeSchemaIfOlder(Session& session);

} // namespace daicho
