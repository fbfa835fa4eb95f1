#pragma once

#include "auth/Session.h"
#include "common/Result.h"
#include "store/FileLock.h"
#include "store/VaultPaths.h"

#include <memory>

namespace daicho {

// Replaces the database key (after removing a person, or after the recovery key was used).
//
// The live files are never modified in place: an encrypted copy under the new key is
// exported beside the database (NAME.daicho.rotating), the rotation is audited inside the
// copy, every slot's envelope is re-wrapped to the new key (NAME.daicho-keys.rotating),
// and the copy is renamed over the database (the commit point) before the new key file is
// renamed over the old one. finishInterrupted() at open completes or undoes a rotation
// that a crash interrupted.
class KeyRotation
{
public:
    // Re-wraps only the slots the database records (current or pending) whose signing key
    // the trail registered and has not revoked, for an active person as registrars recorded
    // them (or the recovery key). Any other slot — planted, of a removed person put back,
    // malformed — is left out of the new key file, audited and named in `leftOut`.
    static Status rotate(Session& session, QStringList* leftOut = nullptr);
    // Takes the shared lock every open session holds (see FileLock); when no other window
    // has the database open, first rolls an interrupted rotation forward or back.
    static Result<std::unique_ptr<FileLock>> lockAndRecover(const VaultPaths& paths);
    // Rolls an interrupted rotation forward or back. Only with the lock held exclusively.
    [[nodiscard]] static Status finishInterrupted(const VaultPaths& paths);
};

} // namespace daicho
