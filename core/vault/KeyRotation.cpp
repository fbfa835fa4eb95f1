#include "vault/KeyRotation.h"

#include "audit/AuditLog.h"
#include "audit/internal/AuditRecords.h"
#include "audit/internal/TrailAuthority.h"
#include "auth/Permission.h"
#include "auth/internal/SessionInternals.h"
#include "crypto/Crypto.h"
#include "store/KeySlotFile.h"
#include "store/PrivateFile.h"
#include "vault/internal/SlotRecords.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cstdio>
#include <limits>

#include <fcntl.h>
#include <unistd.h>

namespace daicho {

namespace {

void removeWithSidecars(const QString& path)
{
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

Status renameFile(const QString& from, const QString& to)
{
    if (Status renamed = renameDurably(from, to); !renamed.ok())
        return makeError(
            ErrorCode::Io,
            QCoreApplication::translate("daicho::KeyRotation",
                                        "A file could not be renamed during the key rotation. The folder must "
                                        "be writable."),
            from);
    return {};
}

// What a rotation does with one slot of the key file.
enum class SlotFate {
    Receive, // a recorded slot of an active person (or the recovery key), as the trail says
    LeaveOut, // nobody's any more: not recorded, a revoked key, a removed person
    Refuse, // a slot that should receive the key, but whose records were changed outside Daicho
};

// Whose slot it is decides first, from the trail: the recovery slot, and the slot named by
// the login of a person whom registrars recorded as active, must receive the key; any other
// (planted, of a removed person, named after nobody) is left out. A slot that must receive
// the key receives it only when the database records its fingerprint in a row that its owner
// or a registrar last wrote (as the trail says, not merely a row whose digest matches an
// entry anyone could sign), its signing key is one the trail registered for that owner and
// has not revoked, and its owner's record is as registrars left it. Otherwise the rotation
// stops: leaving such a slot out would lock its owner (or the centre's recovery key) out.
Result<SlotFate> fateOf(const Database& db, const TrailAuthority& authority, const KeySlot& slot)
{
    const SigningKeyRecord* key = authority.keys().keyWithPublicKey(slot.signingPublicKey);
    auto recorded = SlotRecords::match(db, slot.id, slot.fingerprint());
    if (!recorded)
        return recorded.error();
    const bool inRecords = recorded.value() != SlotRecords::Match::None;
    if (slot.id == KeySlot::recoveryId()) {
        const bool sound = slot.kind == KeySlot::Kind::Recovery && inRecords && key && !key->userId
                           && key->revokedAt == 0
                           && authority.requireTrustedRow(db, QStringLiteral("key_slots"), slot.id).ok();
        return sound ? SlotFate::Receive : SlotFate::Refuse;
    }
    auto owner = db.firstRow(QStringLiteral("SELECT id FROM users WHERE login = ?"), slot.id);
    if (!owner)
        return owner.error();
    if (!owner->has_value())
        return SlotFate::LeaveOut; // named after nobody
    const std::int64_t userId = owner.value()->integer(0);
    const Standing standing = authority.people().standingAt(userId, std::numeric_limits<std::int64_t>::max());
    if (!standing.role || standing.removedAt != 0)
        return SlotFate::LeaveOut; // nobody registrars recorded, or removed
    const bool sound = slot.kind == KeySlot::Kind::User && inRecords && key && key->userId == userId
                       && key->revokedAt == 0 && authority.people().check(db, userId).ok()
                       && authority.requireTrustedRow(db, QStringLiteral("key_slots"), slot.id, userId).ok();
    return sound ? SlotFate::Receive : SlotFate::Refuse;
}

Error rotationFailed(const Error& cause)
{
    return restated(cause, QCoreApplication::translate("daicho::KeyRotation",
                                                       "The database key could not be replaced: %1 The database and "
                                                       "its key file are unchanged."));
}

// Builds the rotated copy: exported under the new key, its key_slots fingerprints updated
// and the rotation audited inside it, then closed with no WAL left behind.
Status prepareRotatedCopy(Session& session, const SecureBytes& newKey, const KeySlotFile& newFile,
                          const QStringList& leftOut)
{
    const VaultPaths& paths = session.paths();
    DAICHO_TRY(session.db().exportTo(paths.rotatingDatabase(), &newKey));
    auto copy = Database::open(paths.rotatingDatabase(), newKey, Database::Mode::OpenExisting);
    if (!copy)
        return copy.error();
    const std::optional<std::int64_t> userId =
        session.user().id != 0 ? std::optional<std::int64_t>(session.user().id) : std::nullopt;
    const Session::Secrets& secrets = SessionInternals::secrets(session);
    const AuditSigner signer{userId, secrets.signingKeyId, secrets.signingSeed};
    {
        auto tx = Transaction::begin(*copy.value());
        if (!tx)
            return tx.error();
        for (const KeySlot& slot : newFile.keySlots()) {
            DAICHO_TRY(requireUnchanged(*copy.value(), QStringLiteral("key_slots"), slot.id));
            DAICHO_TRY(copy.value()->run(
                QStringLiteral("UPDATE key_slots SET fingerprint = ?, pending_fingerprint = NULL WHERE slot_id = ?"),
                slot.fingerprint(), slot.id));
            DAICHO_TRY(AuditLog::append(*copy.value(), session.clock(), signer,
                                        {QStringLiteral("keyslot.rewrap"), QStringLiteral("key_slots"), slot.id, {}}));
        }
        for (const QString& slotId : leftOut) {
            DAICHO_TRY(AuditLog::append(
                *copy.value(), session.clock(), signer,
                {QStringLiteral("keyslot.refused"), {}, {}, auditDetail({{QStringLiteral("slot"), slotId}})}));
        }
        DAICHO_TRY(
            AuditLog::append(*copy.value(), session.clock(), signer, {QStringLiteral("database.rekey"), {}, {}, {}}));
        DAICHO_TRY(tx.value()->commit());
    }
    DAICHO_TRY(copy.value()->checkpoint());
    return {};
}

void fsyncFolder(const QString& path)
{
    const QByteArray folder = QFile::encodeName(QFileInfo(path).absolutePath());
    const int dir = ::open(folder.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dir >= 0) {
        ::fsync(dir);
        ::close(dir);
    }
}

// Undoing must remove the new key file before the new database: a key file left alone
// means "the database was already renamed" to the next open.
void discardRotation(const VaultPaths& paths)
{
    QFile::remove(paths.rotatingKeys());
    fsyncFolder(paths.rotatingKeys());
    removeWithSidecars(paths.rotatingDatabase());
}

} // namespace

Status KeyRotation::finishInterrupted(const VaultPaths& paths)
{
    const bool newKeys = QFileInfo::exists(paths.rotatingKeys());
    const bool newDatabase = QFileInfo::exists(paths.rotatingDatabase());
    if (newKeys && !newDatabase) {
        // The copy was already renamed over the database (the commit point): finish.
        DAICHO_TRY(renameFile(paths.rotatingKeys(), paths.keys()));
        fsyncFolder(paths.keys());
        return {};
    }
    if (newKeys || newDatabase)
        discardRotation(paths);
    return {};
}

Result<std::unique_ptr<FileLock>> KeyRotation::lockAndRecover(const VaultPaths& paths)
{
    auto lock = FileLock::acquireShared(paths.lock());
    if (!lock)
        return lock.error();
    // Leftovers are only touched when no other window has the database open: another
    // window may be in the middle of its own rotation.
    if (lock.value()->tryExclusive()) {
        Status finished = finishInterrupted(paths);
        lock.value()->backToShared();
        if (!finished.ok())
            return finished.error();
    }
    return std::move(lock.value());
}

Status KeyRotation::rotate(Session& session, QStringList* leftOut)
{
    DAICHO_TRY(requirePermission(session, Operation::RotateDatabaseKey));
    // Work that holds the session in use (an import with its progress bar) reads and writes
    // through the connection a rotation closes and reopens on another file, and signs with
    // the secrets it replaces: the rotation waits for it to end, like the auto-lock.
    if (session.inUse())
        return makeError(ErrorCode::Busy,
                         QCoreApplication::translate("daicho::KeyRotation",
                                                     "Daicho is still working with this database (an import, for "
                                                     "example). Rotate the key when it has finished."));
    session.stopWorker(); // its reads would hold the WAL the rotation checkpoints
    const VaultPaths paths = session.paths();
    FileLock* const lock = SessionInternals::lock(session);
    if (lock && !lock->tryExclusive())
        return makeError(ErrorCode::Busy,
                         QCoreApplication::translate("daicho::KeyRotation",
                                                     "The database is open in another Daicho window. Close the other "
                                                     "windows and rotate the key again."));
    struct SharedAgain {
        FileLock* lock;
        ~SharedAgain()
        {
            if (lock)
                lock->backToShared();
        }
    } sharedAgain{lock};
    // Read the key file only now that no other window can change it.
    DAICHO_TRY(finishInterrupted(paths));
    auto file = KeySlotFile::load(paths.keys());
    if (!file)
        return rotationFailed(file.error());

    auto authority = TrailAuthority::load(session.db());
    if (!authority)
        return rotationFailed(authority.error());
    const SecureBytes newKey = crypto::randomSecret(32);
    KeySlotFile newFile(file->databaseId());
    QStringList refused;
    for (const KeySlot& slot : file->keySlots()) {
        auto fate = fateOf(session.db(), authority.value(), slot);
        if (!fate)
            return rotationFailed(fate.error());
        if (fate.value() == SlotFate::Refuse)
            return rotationFailed(makeError(
                ErrorCode::Tampered,
                QCoreApplication::translate("daicho::KeyRotation",
                                            "The records of the key slot of %1 were changed outside Daicho, and a "
                                            "new key would leave them unable to sign in. Tell the auditor.")
                    .arg(slot.id)));
        auto rewrapped = fate.value() == SlotFate::Receive ? rewrapEnvelope(slot, newKey, file->headerBytes())
                                                           : Result<KeySlot>(makeError(ErrorCode::Tampered, QString()));
        if (!rewrapped) {
            refused << slot.id;
            continue;
        }
        newFile.put(rewrapped.value());
        if (const ChainAnchor* anchor = file->anchor(slot.id))
            newFile.setAnchor(*anchor);
    }
    if (leftOut)
        *leftOut = refused;

    Status prepared = prepareRotatedCopy(session, newKey, newFile, refused);
    if (prepared.ok())
        prepared = writeFileAtomically(paths.rotatingKeys(), newFile.serialize(newKey));
    if (prepared.ok())
        prepared = session.db().checkpoint();
    if (!prepared.ok()) {
        discardRotation(paths);
        return rotationFailed(prepared.error());
    }

    // Close the live connection: its WAL is checkpointed and removed, so nothing of the
    // old file can be replayed onto the new one. From here on every way out reopens the
    // session's connection with the key that opens the file on disk.
    const SecureBytes oldKey = SessionInternals::secrets(session).databaseKey;
    SessionInternals::takeDatabase(session).reset();
    auto reopenWith = [&](const SecureBytes& key) -> Status {
        auto reopened = Database::open(paths.database, key, Database::Mode::OpenExisting);
        if (!reopened)
            return reopened.error();
        SessionInternals::setDatabase(session, std::move(reopened.value()));
        return {};
    };
    if (QFileInfo(paths.database + QStringLiteral("-wal")).size() > 0) {
        discardRotation(paths);
        (void)reopenWith(oldKey);
        return rotationFailed(makeError(
            ErrorCode::Busy, QCoreApplication::translate("daicho::KeyRotation", "The database is still in use.")));
    }
    QFile::remove(paths.database + QStringLiteral("-shm"));
    QFile::remove(paths.database + QStringLiteral("-wal"));
    Status committed = renameFile(paths.rotatingDatabase(), paths.database); // commit point
    if (!committed.ok()) {
        discardRotation(paths);
        (void)reopenWith(oldKey);
        return rotationFailed(committed.error());
    }
    fsyncFolder(paths.database);
    // Past the commit point the new key is the key: finishing the key file may fail now
    // and is then completed by the next open (finishInterrupted).
    Status keysMoved = renameFile(paths.rotatingKeys(), paths.keys());
    if (keysMoved.ok())
        fsyncFolder(paths.keys());
    const Session::Secrets& old = SessionInternals::secrets(session);
    Session::Secrets secrets{newKey, old.signingSeed, old.signingKeyId};
    SessionInternals::replaceSecrets(session, std::move(secrets));
    DAICHO_TRY(reopenWith(newKey));
    return keysMoved;
}

} // namespace daicho
