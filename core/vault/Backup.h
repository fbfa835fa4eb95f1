#pragma once

#include "auth/Session.h"
#include "common/Result.h"
#include "store/VaultPaths.h"

namespace daicho {

// An encrypted copy (sqlcipher_export under the same key) plus the key file, so the copy
// opens with the same passwords. The backup is audited before the copy is made, so the
// copy holds its own record.
class Backup
{
public:
    static Status backup(Session& session, const VaultPaths& destination);
    // Copies a backup pair to `destination` (which must not exist) and checks that it opens
    // as a database and that its key file belongs to it. Verifying the chain needs a
    // sign-in (see daicho-cli restore).
    static Status restore(const VaultPaths& backup, const VaultPaths& destination);
};

} // namespace daicho
