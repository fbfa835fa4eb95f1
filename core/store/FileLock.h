#pragma once

#include "common/Result.h"

#include <QString>

#include <memory>

namespace daicho {

// The open descriptor of a lock file, which holds the locks taken through it:
// closing it, when destroyed, releases them.
class LockFileDescriptor
{
public:
    LockFileDescriptor(const LockFileDescriptor&) = delete;
    LockFileDescriptor& operator=(const LockFileDescriptor&) = delete;

protected:
    explicit LockFileDescriptor(int fd)
        : m_fd(fd)
    { }
    ~LockFileDescriptor();
    int m_fd = -1;
};

// An advisory lock (flock) on NAME.daicho-lock. Every open session holds it
// shared; a key rotation, which replaces the database file, needs it exclusive,
// so it never swaps the file from under another Daicho window (whose later
// writes would go to a deleted file).
class FileLock : public LockFileDescriptor
{
public:
    static Result<std::unique_ptr<FileLock>> acquireShared(const QString& path);

    // Non-blocking: false when another process holds the lock.
    bool tryExclusive();
    void backToShared();

private:
    explicit FileLock(int fd)
        : LockFileDescriptor(fd)
    { }
};

// Serialises the read-modify-write of the key file between windows and threads
// (a slot added in one window, an anchor recorded in another): an
// open-file-description record lock on NAME.daicho-lock, independent of the
// flock above, released when destroyed.
class KeyFileWriteLock : public LockFileDescriptor
{
public:
    static Result<std::unique_ptr<KeyFileWriteLock>> acquire(const QString& lockPath);

private:
    explicit KeyFileWriteLock(int fd)
        : LockFileDescriptor(fd)
    { }
};

} // namespace daicho
