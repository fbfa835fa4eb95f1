#pragma once

#include "common/Result.h"
#include "crypto/SecureBytes.h"
#include "store/KeySlotFile.h"
#include "store/VaultPaths.h"

#include <functional>

namespace daicho {

// Changes the key file under the key-file write lock (KeyFileWriteLock): reads it fresh from
// disk, so that a slot another window added meanwhile is kept, applies `change`, and writes
// it back atomically with its slot list authenticated under the database key.
[[nodiscard]] Status editKeyFile(const VaultPaths& paths, const SecureBytes& databaseKey,
                                 const std::function<Status(KeySlotFile&)>& change);

} // namespace daicho
