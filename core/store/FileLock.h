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

} // namespace daicho
