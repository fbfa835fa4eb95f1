#include "store/NoFollowOpen.h"

#include "store/Sqlite.h"

#include <mutex>

#include <fcntl.h>

namespace daicho {

namespace {

int openWithoutFollowingLinks(const char* path, int flags, int mode)
{
    if (flags & (O_WRONLY | O_RDWR | O_CREAT))
        flags |= O_NOFOLLOW;
    return ::open(path, flags | O_CLOEXEC, mode);
}

} // namespace

void refuseLinksInSqliteOpens()
{
    static std::once_flag once;
    std::call_once(once, [] {
        // Before any connection exists: SQLite's system-call table is not thread-safe.
        sqlite3_vfs* vfs = sqlite3_vfs_find(nullptr);
        if (vfs && vfs->iVersion >= 3 && vfs->xSetSystemCall)
            vfs->xSetSystemCall(vfs, "open", reinterpret_cast<sqlite3_syscall_ptr>(&openWithoutFollowingLinks));
    });
}

} // namespace daicho
