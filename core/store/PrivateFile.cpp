#include "store/PrivateFile.h"

#include "crypto/Crypto.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace daicho {

namespace {

QByteArray nativePath(const QString& path)
{
    return QFile::encodeName(path);
}

Error notWritten(const QString& path, const QString& detail)
{
    return makeError(ErrorCode::Io,
                     QCoreApplication::translate("daicho::KeySlotFile",
                                                 "The file %1 could not be written (disk full or folder not "
                                                 "writable). Nothing was changed.")
                         .arg(path),
                     detail);
}

QString systemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

Status fsyncFolderOf(const QString& path)
{
    const QByteArray folder = nativePath(QFileInfo(path).absolutePath());
    const int dir = ::open(folder.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dir < 0)
        return notWritten(path, QStringLiteral("open folder: ") + systemError());
    const int synced = ::fsync(dir);
    ::close(dir);
    if (synced != 0)
        return notWritten(path, QStringLiteral("fsync folder: ") + systemError());
    return {};
}

// Writes all of `bytes` to `fd` and fsyncs it.
bool writeAllSynced(int fd, const QByteArray& bytes)
{
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + done, static_cast<size_t>(bytes.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        done += n;
    }
    return ::fsync(fd) == 0;
}

QString& failingSuffix()
{
    static QString suffix;
    return suffix;
}

} // namespace

void failAtomicWritesForTests(const QString& suffix)
{
    failingSuffix() = suffix;
}

mode_t privateFileMode(const QString& folder)
{
    struct stat info {
    };
    if (::stat(nativePath(folder).constData(), &info) == 0 && (info.st_mode & S_ISGID) && (info.st_mode & S_IWGRP))
        return 0660;
    return 0600;
}

Status restrictFile(const QString& path)
{
    const mode_t mode = privateFileMode(QFileInfo(path).absolutePath());
    if (::chmod(nativePath(path).constData(), mode) != 0)
        return notWritten(path, QStringLiteral("chmod: ") + systemError());
    return {};
}

void restrictOpenFile(int fd, const QString& path)
{
    const mode_t mode = privateFileMode(QFileInfo(path).absolutePath());
    struct stat info {
    };
    if (::fstat(fd, &info) == 0 && info.st_uid == ::geteuid() && (info.st_mode & 0777) != mode)
        (void)::fchmod(fd, mode);
}

Status createEmptyPrivateFile(const QString& path)
{
    const mode_t mode = privateFileMode(QFileInfo(path).absolutePath());
    const int fd = ::open(nativePath(path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode);
    if (fd < 0)
        return notWritten(path, QStringLiteral("create: ") + systemError());
    const int changed = ::fchmod(fd, mode);
    ::close(fd);
    if (changed != 0)
        return notWritten(path, QStringLiteral("fchmod: ") + systemError());
    return {};
}

Result<QString> createTemporaryBeside(const QString& path)
{
    const QFileInfo target(path);
    const mode_t mode = privateFileMode(target.absolutePath());
    for (int attempt = 0; attempt < 16; ++attempt) {
        const QString name = target.absoluteFilePath() + QLatin1Char('.')
                             + QString::fromLatin1(crypto::randomBytes(6).toHex()) + QStringLiteral(".daicho-tmp");
        const int fd = ::open(nativePath(name).constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode);
        if (fd < 0) {
            if (errno == EEXIST)
                continue;
            return notWritten(path, QStringLiteral("create: ") + systemError());
        }
        // The umask may have taken bits the shared folder needs; never more than `mode`.
        const int changed = ::fchmod(fd, mode);
        ::close(fd);
        if (changed != 0) {
            QFile::remove(name);
            return notWritten(path, QStringLiteral("fchmod: ") + systemError());
        }
        return name;
    }
    return notWritten(path, QStringLiteral("no free temporary name"));
}

Result<QString> createPrivateFolderBeside(const QString& path)
{
    QByteArray name = nativePath(QFileInfo(path).absolutePath() + QStringLiteral("/.daicho-private-XXXXXX"));
    if (!::mkdtemp(name.data()))
        return notWritten(path, QStringLiteral("mkdtemp: ") + systemError());
    return QFile::decodeName(name);
}

void removePrivateFolder(const QString& folder)
{
    QDir(folder).removeRecursively();
}

Status moveIntoPlace(const QString& from, const QString& to)
{
    if (::renameat2(AT_FDCWD, nativePath(from).constData(), AT_FDCWD, nativePath(to).constData(), RENAME_NOREPLACE)
        != 0)
        return notWritten(to, QStringLiteral("rename: ") + systemError());
    if (::chmod(nativePath(to).constData(), privateFileMode(QFileInfo(to).absolutePath())) != 0)
        return notWritten(to, QStringLiteral("chmod: ") + systemError());
    return fsyncFolderOf(to);
}

Status renameDurably(const QString& from, const QString& to)
{
    if (std::rename(nativePath(from).constData(), nativePath(to).constData()) != 0)
        return notWritten(to, QStringLiteral("rename: ") + systemError());
    return fsyncFolderOf(to);
}

Status writeFileAtomically(const QString& path, const QByteArray& bytes)
{
    if (!failingSuffix().isEmpty() && path.endsWith(failingSuffix()))
        return notWritten(path, QStringLiteral("failure injected by a test"));
    auto temporary = createTemporaryBeside(path);
    if (!temporary)
        return temporary.error();
    const int fd = ::open(nativePath(temporary.value()).constData(), O_WRONLY | O_NOFOLLOW | O_CLOEXEC);
    const bool written = fd >= 0 && writeAllSynced(fd, bytes);
    const QString why = systemError();
    if (fd >= 0)
        ::close(fd);
    if (!written) {
        QFile::remove(temporary.value());
        return notWritten(path, QStringLiteral("write: ") + why);
    }
    Status renamed = renameDurably(temporary.value(), path);
    if (!renamed.ok())
        QFile::remove(temporary.value());
    return renamed;
}

Status appendToFile(const QString& path, const QByteArray& bytes)
{
    const mode_t mode = privateFileMode(QFileInfo(path).absolutePath());
    const int fd = ::open(nativePath(path).constData(), O_WRONLY | O_APPEND | O_CREAT | O_NOFOLLOW | O_CLOEXEC, mode);
    if (fd < 0)
        return notWritten(path, QStringLiteral("open: ") + systemError());
    restrictOpenFile(fd, path);
    const bool written = writeAllSynced(fd, bytes);
    const QString why = systemError();
    ::close(fd);
    if (!written)
        return notWritten(path, QStringLiteral("append: ") + why);
    return {};
}

} // namespace daicho
