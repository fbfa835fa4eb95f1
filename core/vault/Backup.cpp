#include "vault/Backup.h"

#include "audit/AuditLog.h"
#include "audit/internal/AuditRecords.h"
#include "auth/Permission.h"
#include "store/KeySlotFile.h"
#include "store/PrivateFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <unistd.h>

namespace daicho {

namespace {

Status checkDestination(const VaultPaths& destination)
{
    for (const QString& path : {destination.database, destination.keys()})
        if (QFileInfo::exists(path))
            return makeError(
                ErrorCode::InvalidInput,
                QCoreApplication::translate(
                    "daicho::Backup", "A file named %1 already exists. Choose another name; nothing was overwritten.")
                    .arg(path));
    const QFileInfo folder(QFileInfo(destination.database).absolutePath());
    if (!folder.isDir() || !folder.isWritable())
        return makeError(ErrorCode::Io, QCoreApplication::translate(
                                            "daicho::Backup", "The folder %1 does not exist or cannot be written.")
                                            .arg(folder.absoluteFilePath()));
    return {};
}

void removePair(const VaultPaths& paths)
{
    const QStringList files = {paths.database, paths.database + QStringLiteral("-wal"),
                               paths.database + QStringLiteral("-shm"), paths.keys()};
    for (const QString& path : files)
        QFile::remove(path);
}

Status copyFileSynced(const QString& from, const QString& to)
{
    QFile in(from);
    if (!in.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("daicho::Backup", "The file %1 cannot be read.").arg(from));
    return writeFileAtomically(to, in.readAll());
}

} // namespace

Status Backup::backup(Session& session, const VaultPaths& destination)
{
    DAICHO_TRY(requirePermission(session, Operation::MakeBackup));
    DAICHO_TRY(checkDestination(destination));
    {
        auto tx = Transaction::begin(session.db());
        if (!tx)
            return tx.error();
        // Only the file name: a folder path may name a person.
        auto seq = AuditLog::append(
            session, {QStringLiteral("backup.make"),
                      {},
                      {},
                      auditDetail({{QStringLiteral("file"), QFileInfo(destination.database).fileName()}})});
        if (!seq)
            return seq.error();
        DAICHO_TRY(tx.value()->commit());
    }
    // The key file first: a slot change committed while the database is exported is then
    // missing from the copy's key file (its old slot still opens), never the other way round.
    Status made = copyFileSynced(session.paths().keys(), destination.keys());
    if (made.ok())
        made = session.db().exportTo(destination.database);
    if (!made.ok()) {
        removePair(destination);
        // The trail already says a backup was made: say it failed too.
        if (auto tx = Transaction::begin(session.db()); tx) {
            if (AuditLog::append(session, {QStringLiteral("backup.failed"), {}, {}, {}}).ok())
                (void)tx.value()->commit();
        }
        return made;
    }
    return {};
}

Status Backup::restore(const VaultPaths& backup, const VaultPaths& destination)
{
    if (!QFileInfo::exists(backup.database))
        return makeError(
            ErrorCode::NotFound,
            QCoreApplication::translate("daicho::Backup", "The backup %1 does not exist.").arg(backup.database));
    auto keys = KeySlotFile::load(backup.keys());
    if (!keys)
        return keys.error();
    DAICHO_TRY(checkDestination(destination));
    Status copied = copyFileSynced(backup.database, destination.database);
    if (copied.ok())
        copied = copyFileSynced(backup.keys(), destination.keys());
    if (!copied.ok()) {
        removePair(destination);
        return copied;
    }
    return {};
}

} // namespace daicho
