#pragma once

#include "auth/Session.h"
#include "common/Result.h"
#include "crypto/Kdf.h"

namespace daicho {

// The Argon2id settings of every new slot (a person added, a password changed or reset, a
// new recovery key). They were calibrated on this PC when the database was created and are
// kept in the database (setting `argon2id`, written by the chief), never taken from the key
// file, whose slots anyone who can write the folder could reorder to pin new slots to the
// floor (or to 2 GiB × 16). A database from before version 4 records none: the signed-in
// person's own slot, whose fingerprint the database vouched for at sign-in, gives them.
// For core only: record() has no permission check of its own (the database's creation
// calls it), and only the services that make slots need the settings.
namespace SlotKdf {

Result<KdfParams> forNewSlots(const Session& session);
// Records the settings at creation (inside the caller's transaction, audited).
[[nodiscard]] Status record(Session& session, const KdfParams& params);

} // namespace SlotKdf

} // namespace daicho
