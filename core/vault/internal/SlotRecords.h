#pragma once

#include "auth/Session.h"
#include "common/Result.h"
#include "store/KeySlotFile.h"

#include <QStringList>

#include <functional>

namespace daicho {

// The database's record of each key slot's fingerprint (table key_slots). A slot file is
// accepted only when the slot used to sign in has the recorded fingerprint, so an older
// key file put back after a password change or a removal is refused.
//
// Changing the key file is a two-phase step that survives a crash at any point:
//  1. inside the change's own transaction, the new fingerprint is recorded as pending;
//  2. the key file is replaced atomically;
//  3. the pending fingerprint is promoted (its own audited transaction).
// A crash between 1 and 3 leaves both the old and the new slot accepted until the next
// sign-in with that slot settles which one is on disk.
namespace SlotRecords {

enum class Match { Current, Pending, None };

Result<Match> match(const Database& db, const QString& slotId, const QByteArray& fingerprint);

// Phase 1: inside the caller's transaction (audited as "keyslot.prepare"). When the new
// slot carries a new signing key, `newSigningKey` names it (already registered): the old
// key of the slot is revoked only when the new file is on disk (phase 3), and the new one
// is revoked instead if the change is abandoned — so a failure at any point leaves a slot
// that opens with a key that is still valid.
[[nodiscard]] Status prepare(Session& session, const QString& slotId, std::optional<UserId> userId,
                             const QByteArray& fingerprint, std::optional<std::int64_t> newSigningKey = std::nullopt);
// Removes a slot's record (inside the caller's transaction, audited as "keyslot.remove").
[[nodiscard]] Status remove(Session& session, const QString& slotId);

// Phases 2 and 3: `change` is applied to the key file as it is on disk now (editKeyFile),
// then the pending fingerprints of `slotIds` are promoted. `whenPromoted` runs inside the
// promoting transaction (e.g. clearing the must-change-password flag only once the new
// password is really in the file).
[[nodiscard]] Status writeFileAndPromote(Session& session, const std::function<Status(KeySlotFile&)>& change,
                                         const QStringList& slotIds, const std::function<Status()>& whenPromoted = {});

// At sign-in, inside the sign-in transaction: settles a pending record by what was found.
[[nodiscard]] Status settle(Session& session, const QString& slotId, Match found);

} // namespace SlotRecords

} // namespace daicho
