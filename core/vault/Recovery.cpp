#include "vault/Recovery.h"

#include "audit/AuditLog.h"
#include "audit/internal/AuditRecords.h"
#include "audit/internal/TrailAuthority.h"
#include "auth/PasswordPolicy.h"
#include "auth/SignInJournal.h"
#include "auth/internal/SchemaUpgrade.h"
#include "auth/internal/SessionInternals.h"
#include "auth/internal/SignInStates.h"
#include "auth/internal/UserQueries.h"
#include "crypto/Crypto.h"
#include "ledger/internal/DefinitionRefresh.h"
#include "store/KeySlotFile.h"
#include "store/SlotDatabase.h"
#include "vault/KeyRotation.h"
#include "vault/VaultCreator.h"
#include "vault/internal/SigningKeys.h"
#include "vault/internal/SlotKdf.h"
#include "vault/internal/SlotRecords.h"

#include <QCoreApplication>

#include <limits>

namespace daicho {

namespace {

// The recovery slot's signing key as the trail registered it: a registrar's key of no
// person, not revoked (the signing_keys table can be edited by anyone holding the key).
Result<std::int64_t> recoveryKeyId(const Database& db, const QByteArray& publicKey)
{
    auto authority = TrailAuthority::load(db);
    if (!authority)
        return authority.error();
    const SigningKeyRecord* key = authority->keys().keyWithPublicKey(publicKey);
    if (!key || key->userId || key->revokedAt != 0 || !key->registrarAt(std::numeric_limits<std::int64_t>::max()))
        return makeError(ErrorCode::Tampered,
                         QCoreApplication::translate("daicho::Recovery",
                                                     "The recovery slot's signing key is not the registered, valid "
                                                     "recovery key of this database."));
    return key->id;
}

} // namespace

Result<RecoveredVault> Recovery::recover(const VaultPaths& paths, const QString& recoveryKey, const QString& login,
                                         QString newPassword, const Clock& clock)
{
    auto lock = KeyRotation::lockAndRecover(paths);
    if (!lock)
        return lock.error();
    // Recovery ends with a key rotation, which needs every other window closed: make sure
    // of that before anything is changed, and keep it so until the rotation is done.
    if (!lock.value()->tryExclusive())
        return makeError(ErrorCode::Busy,
                         QCoreApplication::translate("daicho::Recovery",
                                                     "Close every other Daicho window on this database before using "
                                                     "the recovery key."));
    auto file = KeySlotFile::load(paths.keys());
    if (!file)
        return file.error();
    const QString id = normaliseLogin(login);
    DAICHO_TRY(PasswordPolicy::check(newPassword, id));
    const SignInJournal journal(paths.signInJournal(), file->databaseId());
    // 160 random bits need no lock, only a brake: a lock would let anyone at the sign-in
    // screen disable the recovery key for good.
    if (const int wait = SignInJournal::secondsToWait(journal.state(KeySlot::recoveryId()), clock.nowUtc(), 5);
        wait > 0)
        return makeError(ErrorCode::TryLater,
                         QCoreApplication::translate("daicho::Recovery",
                                                     "The recovery key was typed wrongly several times. Wait %1 "
                                                     "seconds before trying again.")
                             .arg(wait));
    const KeySlot* slot = file->find(KeySlot::recoveryId());
    if (!slot)
        return makeError(ErrorCode::Tampered,
                         QCoreApplication::translate("daicho::Recovery", "The key file has no recovery slot."));
    auto unlocked = unlockSlot(*slot, recoveryKeySecret(recoveryKey), file->headerBytes());
    if (!unlocked) {
        if (unlocked.error().code != ErrorCode::AuthFailed)
            return unlocked.error();
        (void)journal.recordFailure(KeySlot::recoveryId(), clock.nowUtc());
        return makeError(
            ErrorCode::AuthFailed,
            QCoreApplication::translate("daicho::Recovery", "The recovery key is wrong. Type it exactly as printed."));
    }
    auto opened = openWithSlot(paths.database, *slot, unlocked.value(), file->headerBytes());
    if (!opened)
        return opened.error();
    const SecureBytes& databaseKey = opened->key;
    std::unique_ptr<Database>& db = opened->db;
    auto match = SlotRecords::match(*db, slot->id, slot->fingerprint());
    if (!match)
        return match.error();
    if (match.value() == SlotRecords::Match::None)
        return makeError(ErrorCode::Tampered,
                         QCoreApplication::translate("daicho::Recovery",
                                                     "This recovery key has already been replaced by a newer one."));
    auto recoveryId = recoveryKeyId(*db, slot->signingPublicKey);
    if (!recoveryId)
        return recoveryId.error();
    auto person = UserQueries::byLogin(*db, id);
    if (!person)
        return person.error();
    if (person.value())
        DAICHO_TRY(TrailAuthority::requireRecordedPerson(*db, person.value()->id));
    if (!person.value() || !person.value()->active || !isRegistrar(person.value()->role))
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate(
                             "daicho::Recovery",
                             "The recovery key can only restore the chief officer or the acting chief officer. "
                             "Check the sign-in ID."));
    const UserEntry user = *person.value();

    // The recovery key acts as user 0: entries it signs name no person.
    UserEntry actor;
    actor.id = 0;
    actor.login = KeySlot::recoveryId();
    actor.role = Role::Chief;
    actor.mustChangePassword = false;
    Session recoverySession(paths, std::move(db), clock, actor,
                            {databaseKey, unlocked->signingSeed, recoveryId.value()}, file->databaseId());
    SessionInternals::setSlotKdf(recoverySession, slot->kdf);
    auto newKdf = SlotKdf::forNewSlots(recoverySession);
    if (!newKdf)
        return newKdf.error();
    const KdfParams kdf = newKdf.value();
    const SecureBytes password = PasswordPolicy::secretOf(newPassword);
    NewSlot personSlot = makeSlot(KeySlot::Kind::User, id, password, kdf, databaseKey, file->headerBytes());
    const QString newRecoveryKey = formatRecoveryKey(crypto::randomSecret(20));
    NewSlot newRecoverySlot = makeSlot(KeySlot::Kind::Recovery, KeySlot::recoveryId(),
                                       recoveryKeySecret(newRecoveryKey), kdf, databaseKey, file->headerBytes());
    std::int64_t personKeyId = 0;
    {
        auto tx = Transaction::begin(recoverySession.db());
        if (!tx)
            return tx.error();
        DAICHO_TRY(upgradeSchemaIfOlder(recoverySession));
        DAICHO_TRY(DefinitionRefresh::refreshIfChanged(recoverySession));
        // Old keys (the person's and the spent recovery key) are revoked only once the new
        // slots are on disk (SlotRecords::settle), so a failure here locks nobody out.
        auto keyId = SigningKeys::registerKey(recoverySession, user.id, personSlot.slot.signingPublicKey, true);
        if (!keyId)
            return keyId.error();
        personKeyId = keyId.value();
        DAICHO_TRY(recoverySession.db().run(QStringLiteral("UPDATE users SET must_change_password = 0 WHERE id = ?"),
                                            user.id));
        DAICHO_TRY(SignInStates::reset(recoverySession, user.id));
        const QString department = user.departmentId ? QString::number(*user.departmentId) : QString();
        auto seq = AuditLog::append(
            recoverySession,
            {QStringLiteral("user.recover"), QStringLiteral("users"), QString::number(user.id),
             auditDetail({{QStringLiteral("role"), roleKey(user.role)}, {QStringLiteral("department"), department}})});
        if (!seq)
            return seq.error();
        DAICHO_TRY(SlotRecords::prepare(recoverySession, id, user.id, personSlot.slot.fingerprint(), personKeyId));
        // The used recovery key is spent: a new one replaces it.
        auto newRecoveryId =
            SigningKeys::registerKey(recoverySession, std::nullopt, newRecoverySlot.slot.signingPublicKey, true);
        if (!newRecoveryId)
            return newRecoveryId.error();
        DAICHO_TRY(SlotRecords::prepare(recoverySession, KeySlot::recoveryId(), std::nullopt,
                                        newRecoverySlot.slot.fingerprint(), newRecoveryId.value()));
        DAICHO_TRY(tx.value()->commit());
    }
    // Settling is signed by the person from here on: it revokes the spent recovery key.
    UserEntry signedIn = user;
    signedIn.mustChangePassword = false;
    signedIn.locked = false;
    signedIn.failedSignIns = 0;
    auto session = std::make_unique<Session>(
        paths, SessionInternals::takeDatabase(recoverySession), clock, signedIn,
        Session::Secrets{databaseKey, std::move(personSlot.keys.signingSeed), personKeyId}, file->databaseId());
    SessionInternals::attachLock(*session, std::move(lock.value()));
    SessionInternals::setSlotKdf(*session, kdf);
    DAICHO_TRY(SlotRecords::writeFileAndPromote(*session,
                                                [&](KeySlotFile& keys) -> Status {
                                                    keys.put(personSlot.slot);
                                                    keys.put(newRecoverySlot.slot);
                                                    return {};
                                                },
                                                {id, KeySlot::recoveryId()}));
    (void)journal.recordReset(KeySlot::recoveryId(), clock.nowUtc());
    (void)journal.recordReset(id, clock.nowUtc());
    // Whoever saw the old recovery key could have copied the database key: replace it. If
    // that fails the recovery itself stands (the new recovery key must still be shown).
    const Status rotated = KeyRotation::rotate(*session);
    return RecoveredVault{std::move(session), newRecoveryKey, rotated.ok() ? QString() : rotated.error().message};
}

} // namespace daicho
