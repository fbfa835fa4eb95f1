#pragma once

namespace daicho {

// SQLite 3.15 has no SQLITE_OPEN_NOFOLLOW, and checking for links before sqlite3_open_v2
// leaves a window: someone who can write the folder could put a symbolic link at the
// database's WAL, shared-memory or journal name after the check, and SQLite would write
// through it. From the first call on, every file SQLite opens for writing is opened with
// O_NOFOLLOW (the unix VFS's "open" system call, replaced once for the whole process): a link
// at such a name fails the open instead of being followed. Read-only opens (the folder, for
// its fsync) are left as they are. Safe to call from every open. (A link at the database's
// own name SQLite resolves before it opens; Database::open refuses that one by looking.)
void refuseLinksInSqliteOpens();

} // namespace daicho
