#pragma once

#include "audit/KeyRegistry.h"
#include "common/Result.h"
#include "store/Database.h"

namespace daicho {

// Tampered unless the row `table`/`id` is what the latest entry about it recorded and a
// registrar (chief, acting chief, the recovery key) signed that entry. For the rows only
// registrars keep — departments, shared settings — when a decision rests on them before the
// verifier has read the whole trail: sign-in's department tree, the Argon2 settings of new
// slots.
[[nodiscard]] Status requireRecordedByRegistrar(const Database& db, const KeyRegistry& keys, const QString& table,
                                                const QString& id);

} // namespace daicho
