#pragma once

#include "auth/Session.h"
#include "common/Clock.h"
#include "common/Result.h"
#include "store/VaultPaths.h"

#include <memory>

namespace daicho {

struct RecoveredVault {
    std::unique_ptr<Session> session; // the person whose password was reset, signed in
    QString newRecoveryKey; // the old one is spent; show/print this one once
    QString rotationProblem; // empty, or why the key could not be rotated afterwards (rotate again)
};

// The recovery key restores access when the chief's password is lost: it opens the
// recovery slot, gives `login` (a chief or acting chief) new keys and `newPassword`,
// rotates the database key and issues a new recovery key. Every step is audited under the
// recovery key's own registered signing key.
class Recovery
{
public:
    static Result<RecoveredVault> recover(const VaultPaths& paths, const QString& recoveryKey, const QString& login,
                                          QString newPassword, const Clock& clock);
};

} // namespace daicho
