#pragma once

#include "auth/Session.h"
#include "common/Clock.h"
#include "common/Result.h"
#include "crypto/Kdf.h"
#include "store/VaultPaths.h"

#include <QString>

#include <memory>
#include <optional>

namespace daicho {

struct VaultOptions {
    QString organisationName; // 公益財団法人青森県総合健診センター
    QString chiefLogin;
    QString chiefDisplayName;
    std::optional<KdfParams> kdf; // calibrated on this machine when unset
};

struct CreatedVault {
    std::unique_ptr<Session> session; // the chief, signed in
    QString recoveryKey; // shown/printed once, never stored in clear
};

// Creates a new database and its key file: a random 256-bit database key, the schema, the
// centre's departments, the chief, a recovery slot, and the first audit entries. Nothing is
// left on disk when it fails.
class VaultCreator
{
public:
    static Result<CreatedVault> create(const VaultPaths& paths, const VaultOptions& options, QString chiefPassword,
                                       const Clock& clock);
};

// The recovery key: 160 random bits written as 32 base-32 characters in groups of four.
QString formatRecoveryKey(const SecureBytes& bytes);
SecureBytes recoveryKeySecret(const QString& typed); // normalises spaces, dashes, case

} // namespace daicho
