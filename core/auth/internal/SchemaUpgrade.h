#pragma once

#include "common/Result.h"

#include <cstdint>
#include <optional>

namespace daicho {

class Database;
class Session;

// The highest schema version the trail's `schema.upgrade` entries brought the file to, and
// the entry that did it (none above this build's: no real upgrade went there, and a file of a
// newer schema is refused at open anyway).
struct SchemaUpgradeRecord {
    int version = 0;
    std::int64_t seq = 0;
};
Result<std::optional<SchemaUpgradeRecord>> highestSchemaUpgrade(const Database& db);

// Brings an older database up to this build's schema inside the caller's transaction (the
// sign-in's), with an audit entry that says from which version: the first person to sign
// in after an update of Daicho upgrades the file, and nobody works on a half-upgraded one.
// It runs before the person's permissions apply (sign-in, recovery): for core only. An
// upgrade that changes the check items (schema 3, 6) waits for the chief or the acting chief,
// who keep them; anyone else is refused until then. A file whose version is lower than one
// the trail already upgraded it to was set back outside Daicho: refused as tampering, its
// upgrade not run again.
[[nodiscard]] Status upgradeSchemaIfOlder(Session& session);

} // namespace daicho
