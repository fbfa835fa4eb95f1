#include "store/FileLock.h"

#include "store/PrivateFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cerrno>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace daicho {

namespace {

// Opens (creating it if need be) the lock file at `path`: its descriptor.
Result<int> openLockFile(const QString& path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC,
                          privateFileMode(QFileInfo(path).absolutePath()));
    if (fd < 0)
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("daicho::FileLock",
                                                     "The lock file %1 cannot be created. Check that the folder of "
                                                     "the database is writable.")
                             .arg(path));
    return fd;
}

} // namespace

LockFileDescriptor::~LockFileDescriptor()
{
    if (m_fd >= 0)
        ::close(m_fd); // releases the locks held through it
}

Result<std::unique_ptr<FileLock>> FileLock::acquireShared(const QString& path)
{
    auto opened = openLockFile(path);
    if (!opened)
        return opened.error();
    const int fd = opened.value();
    restrictOpenFile(fd, path);
    if (::flock(fd, LOCK_SH | LOCK_NB) != 0) {
        ::close(fd);
        return makeError(ErrorCode::Busy,
                         QCoreApplication::translate("daicho::FileLock",
                                                     "The database is being changed by another Daicho window (key "
                                                     "rotation). Wait a moment and try again."));
    }
    return std::unique_ptr<FileLock>(new FileLock(fd));
}

bool FileLock::tryExclusive()
{
    if (::flock(m_fd, LOCK_EX | LOCK_NB) == 0)
        return true;
    // Linux converts a flock lock by dropping it first: a refused conversion leaves this
    // window without its shared lock, so take it again.
    ::flock(m_fd, LOCK_SH);
    return false;
}

void FileLock::backToShared()
{
    ::flock(m_fd, LOCK_SH);
}

Result<std::unique_ptr<KeyFileWriteLock>> KeyFileWriteLock::acquire(const QString& lockPath)
{
    auto opened = openLockFile(lockPath);
    if (!opened)
        return opened.error();
    const int fd = opened.value();
    struct flock range {
    };
    range.l_type = F_WRLCK;
    range.l_whence = SEEK_SET;
    range.l_start = 1;
    range.l_len = 1;
    // Blocks until another writer is done: a key file is written in well under a second.
    while (::fcntl(fd, F_OFD_SETLKW, &range) != 0) {
        if (errno == EINTR)
            continue;
        ::close(fd);
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("daicho::FileLock", "The key file cannot be locked for writing."));
    }
    return std::unique_ptr<KeyFileWriteLock>(new KeyFileWriteLock(fd));
}

} // namespace daicho
