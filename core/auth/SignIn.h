#pragma once

#include "auth/Session.h"
#include "common/Clock.h"
#include "common/Result.h"
#include "store/VaultPaths.h"

#include <QString>

#include <memory>

namespace daicho {

// Signing in: the password opens the person's key slot, which yields the database key.
//
// A wrong password and an unknown ID give the same message after the same work (an
// unknown ID still runs Argon2id with the file's parameters). Failures are written to the
// sign-in journal beside the database (the database cannot be written before a key is
// known) and moved into the audit trail at the next successful sign-in. After 5
// consecutive failures each try must wait (TryLater, growing); after 10 the ID is locked
// until the chief unlocks it (AccountLocked).
//
// Before it grants anything, sign-in checks what concerns the person in the database
// (SignInTrust): a record changed outside Daicho, a revoked key, a trail cut short are
// refused, saying what was found.
class SignIn
{
public:
    static constexpr int kSlowDownAfter = 5;
    static constexpr int kLockAfter = 10;

    static Result<std::unique_ptr<Session>> signIn(const VaultPaths& paths, const QString& login, QString password,
                                                   const Clock& clock);
    // The same password check, for `daicho-cli verify` only: a database whose records sign-in
    // would refuse still opens, writes nothing (no sign-in entry, no anchor) and allows only
    // the verification, which then names every problem.
    static Result<std::unique_ptr<Session>> openForVerification(const VaultPaths& paths, const QString& login,
                                                                QString password, const Clock& clock);

    // A registrar's sign-in that sets aside every key slot's claim of what it saw (its chain
    // anchor) that fails: each recorded in the trail (anchor.dismiss) and taken out of the key
    // file; everything else is checked as at any sign-in. For the sign-in dialog's offer after
    // such a refusal and `daicho-cli anchor dismiss`.
    static Result<std::unique_ptr<Session>> signInSettingAsideClaims(const VaultPaths& paths, const QString& login,
                                                                     QString password, const Clock& clock);

    // Seconds to wait before the next try for this ID (0 when none); for the dialog.
    static int secondsUntilNextTry(const VaultPaths& paths, const QString& login, const Clock& clock);
};

} // namespace daicho
