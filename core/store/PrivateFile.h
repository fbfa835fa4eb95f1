#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>

#include <sys/types.h>

namespace daicho {

// Every file Daicho creates — the database and its WAL and shared memory, the key file, the
// sign-in journal, the lock, backups, rotations, exports of personal data — is readable by
// its owner only (0600). Where the folder is set up for a group of OS accounts (set-group-ID
// and group-writable, see docs/threat-model.md), by that group too (0660): never by others.
//
// Files are never opened through a name another account could have planted: temporary files
// get random names and are created with O_CREAT|O_EXCL|O_NOFOLLOW; appends refuse symbolic
// links.

// 0600, or 0660 in a folder shared by a group.
mode_t privateFileMode(const QString& folder);
// Gives an existing file of a database the mode above (SQLite creates its files itself; its
// WAL and shared-memory files then take the database file's mode).
[[nodiscard]] Status restrictFile(const QString& path);

// Gives a file this process just opened (and owns) the mode of its folder (the umask may
// have taken group bits a shared folder needs). Files of other members are left alone.
void restrictOpenFile(int fd, const QString& path);

// Creates `path` empty and private, failing if anything (a file, a symbolic link) is there:
// a database copy (backup, rotation) is then written into a file only its owner can read.
[[nodiscard]] Status createEmptyPrivateFile(const QString& path);

// Creates an empty file with a random name beside `path` ("NAME.XXXXXX.daicho-tmp"),
// exclusively and owner-only; returns its name.
Result<QString> createTemporaryBeside(const QString& path);

// Writes `bytes` to `path` atomically: a new temporary file beside it, fsync, rename over
// `path`, fsync of the folder. On failure the old file is untouched and the temporary file
// removed.
[[nodiscard]] Status writeFileAtomically(const QString& path, const QByteArray& bytes);

// Appends and fsyncs; creates the file owner-only; refuses a symbolic link at `path`.
[[nodiscard]] Status appendToFile(const QString& path, const QByteArray& bytes);

// Makes a folder beside `path` that only this account can enter (0700, random name), for a
// file SQLite writes by name: nobody else can plant a link in it. Removed with its files by
// removePrivateFolder.
Result<QString> createPrivateFolderBeside(const QString& path);
void removePrivateFolder(const QString& folder);
// Moves `from` to `to` only if nothing is at `to` (not even a link), durably; the file gets
// the mode of its new folder.
[[nodiscard]] Status moveIntoPlace(const QString& from, const QString& to);

// Renames and makes the rename durable (fsync of the folder, checked).
[[nodiscard]] Status renameDurably(const QString& from, const QString& to);

// For tests of what a failed write leaves behind (root ignores folder permissions): atomic
// writes of a file whose name ends with `suffix` fail as on a full disk, until called with
// an empty suffix. The applications never call it.
void failAtomicWritesForTests(const QString& suffix);

} // namespace daicho
