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
// Returns the signing key's id, and what the person should be told: entries about people or
// keys that were left out because their signers may not do what they do. Tampered, saying
// what was found, when something fails.
struct TrustedSignIn {
    std::int64_t signingKeyId = 0;
    QStringList notices;
};
// `settingAsideClaims`: the chief is setting aside the anchors whose claims fail (not checked).
Result<TrustedSignIn> checkSignInTrust(const Database& db, const KeySlotFile& file, const KeySlot& slot,
                                       const UserEntry& user, const SecureBytes& databaseKey,
                                       bool settingAsideClaims = false);

// The key file's format this database has used (meta `key_file_format`, recorded by a
// registrar): a version-1 file (no MAC, no anchors) put back for a database that has used
// version 2 is a downgrade.
inline constexpr int kKeyFileFormat = 2;

// What the person signing in is told about the key file, never a reason to refuse: slots the
// database does not record (planted, of a removed person put back), slots it records that
// are missing, their own slot recording an older view of the trail than their previous
// sign-in (an older key file put back), a slot list not authenticated under the database key.
QStringList keyFileNotices(const Database& db, const KeySlotFile& file, const SecureBytes& databaseKey,
                           const UserEntry& user);

} // namespace daicho
