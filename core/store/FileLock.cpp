#include "store/FileLock.h"

#include <QCoreApplication>
#include <QFile>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace daicho {

Result<std::unique_ptr<FileLock>> FileLock::acquireShared(const QString& path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0)
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("daicho::FileLock",
                                                     "The lock file %1 cannot be created. Check that the folder of "
                                                     "the database is writable.")
                             .arg(path));
    if (::flock(fd, LOCK_SH | LOCK_NB) != 0) {
        ::close(fd);
        return makeError(ErrorCode::Busy,
                         QCoreApplication::translate("daicho::FileLock",
                                                     "The database is being changed by another Daicho window (key "
                                                     "rotation). Wait a moment and try again."));
    }
    return std::unique_ptr<FileLock>(new FileLock(fd));
}

FileLock::~FileLock()
{
    if (m_fd >= 0)
        ::close(m_fd); // releases the lock
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

} // namespace daicho
