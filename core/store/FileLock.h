#pragma once

#include "common/Result.h"

#include <QString>

#include <memory>

namespace daicho {

// An advisory lock (flock) on NAME.daicho-lock. Every open session holds it shared; a key
// rotation, which replaces the database file, needs it exclusive, so it never swaps the
// file from under another Daicho window (whose later writes would go to a deleted file).
class FileLock
{
public:
    static Result<std::unique_ptr<FileLock>> acquireShared(const QString& path);
    ~FileLock();
    FileLock(const FileLock&) = delete;
    FileLock& operator=(const FileLock&) = delete;

    // Non-blocking: false when another process holds the lock.
    bool tryExclusive();
    void backToShared();

private:
    explicit FileLock(int fd)
        : m_fd(fd)
    { }
    int m_fd = -1;
};

// Serialises the read-modify-write of the key file between windows and threads (a slot
// added in one window, an anchor recorded in another): an open-file-description record lock
// on NAME.daicho-lock, independent of the flock above, released when destroyed.
class KeyFileWriteLock
{
public:
    static Result<std::unique_ptr<KeyFileWriteLock>> acquire(const QString& lockPath);
    ~KeyFileWriteLock();
    KeyFileWriteLock(const KeyFileWriteLock&) = delete;
    KeyFileWriteLock& operator=(const KeyFileWriteLock&) = delete;

private:
    explicit KeyFileWriteLock(int fd)
        : m_fd(fd)
    { }
    int m_fd = -1;
};

} // namespace daicho
