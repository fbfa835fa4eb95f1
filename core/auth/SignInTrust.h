#pragma once

#include "auth/UserEntry.h"
#include "common/Result.h"
#include "store/Database.h"
#include "store/KeySlotFile.h"

namespace daicho {

// What sign-in checks of the database before it lets a person in: the verifier's rules,
// applied to what concerns the person signing in and read through the indexes (the whole
// trail is the verifier's job, docs/audit-trail.md):
//  - the signing key in their slot is one the trail registered for them and has not revoked;
//  - their row of `users` and their lock are what registrars last recorded (PeopleRecord);
//  - their key slot's and signing key's rows are as the trail last left them;
//  - the department tree, which decides what heads and staff may see, is as registrars
//    recorded it;
//  - the trail still contains every entry a person's slot says they saw (ChainAnchors).
// Returns the signing key's id; Tampered, saying what was found, when something fails.
Result<std::int64_t> checkSignInTrust(const Database& db, const KeySlotFile& file, const KeySlot& slot,
                                      const UserEntry& user);

// The slots of the key file that the database does not record (a planted slot, one of a
// removed person put back), and whether the list of slots is authenticated under the
// database key: what the person signing in is told, never a reason to refuse.
QStringList keyFileNotices(const Database& db, const KeySlotFile& file, const SecureBytes& databaseKey);

} // namespace daicho
