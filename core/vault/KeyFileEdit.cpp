#include "vault/KeyFileEdit.h"

#include "store/FileLock.h"

namespace daicho {

Status editKeyFile(const VaultPaths& paths, const SecureBytes& databaseKey,
                   const std::function<Status(KeySlotFile&)>& change)
{
    auto lock = KeyFileWriteLock::acquire(paths.lock());
    if (!lock)
        return lock.error();
    auto file = KeySlotFile::load(paths.keys());
    if (!file)
        return file.error();
    DAICHO_TRY(change(file.value()));
    return file->save(paths.keys(), databaseKey);
}

} // namespace daicho
