#include "auth/UserAdmin.h"

#include "audit/AuditLog.h"
#include "audit/internal/AuditRecords.h"
#include "audit/internal/TrailAuthority.h"
#include "auth/PasswordPolicy.h"
#include "auth/Permission.h"
#include "auth/SignInJournal.h"
#include "auth/internal/SessionInternals.h"
#include "auth/internal/SignInStates.h"
#include "auth/internal/UserQueries.h"
#include "store/KeySlotFile.h"
#include "vault/KeyFileEdit.h"
#include "vault/internal/SigningKeys.h"
#include "vault/internal/SlotKdf.h"
#include "vault/internal/SlotRecords.h"

#include <QCoreApplication>

namespace daicho {

namespace {

Status audit(Session& session, const QString& action, UserId id, const QString& detail = {})
{
    auto seq = AuditLog::append(session, {action, QStringLiteral("users"), QString::number(id), detail});
    if (!seq)
        return seq.error();
    return {};
}

Result<UserEntry> existingUser(const Session& session, UserId id)
{
    auto found = UserQueries::byId(session.db(), id);
    if (!found)
        return found.error();
    if (!found.value() || !found.value()->active)
        return makeError(
            ErrorCode::NotFound,
            QCoreApplication::translate("daicho::UserAdmin", "This user does not exist or has been removed."));
    // What a registrar changes must be what registrars recorded, or the change would vouch
    // for an edit made outside Daicho.
    DAICHO_TRY(TrailAuthority::requireRecordedPerson(session.db(), id));
    return *found.value();
}

// What a registrar's entry about a person says of them besides the row's digest: the role
// and department, so that the verifier knows what each person was allowed at each entry.
QString standingDetail(Role role, std::optional<DepartmentId> department, const QString& login = {})
{
    const QString dept = department ? QString::number(*department) : QString();
    if (login.isEmpty())
        return auditDetail({{QStringLiteral("role"), roleKey(role)}, {QStringLiteral("department"), dept}});
    return auditDetail({{QStringLiteral("role"), roleKey(role)},
                        {QStringLiteral("department"), dept},
                        {QStringLiteral("login"), login}});
}

Status checkPerson(const Session& session, const QString& displayName, Role role, std::optional<DepartmentId> dept)
{
    if (displayName.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("daicho::UserAdmin", "Enter the person's name."));
    if (displayName.trimmed().size() > 100)
        return makeError(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("daicho::UserAdmin", "The name is too long (at most 100 characters)."));
    if ((role == Role::DepartmentHead || role == Role::Staff) && !dept)
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("daicho::UserAdmin",
                                                     "Choose the department of a department head or a staff member."));
    if (dept) {
        auto exists = session.db().hasRow(QStringLiteral("SELECT 1 FROM departments WHERE id = ?"), *dept);
        if (!exists)
            return exists.error();
        if (!exists.value())
            return makeError(ErrorCode::InvalidInput,
                             QCoreApplication::translate("daicho::UserAdmin", "The chosen department does not exist."));
    }
    return {};
}

// The acting chief stands in for the chief officer (別紙1 第3条2項) but does not make,
// change, remove or reset a chief officer: a chief does, or the recovery key.
Status requireMayChange(const Session& session, Role current, Role changed)
{
    if (session.user().role != Role::ActingChief || (current != Role::Chief && changed != Role::Chief))
        return {};
    return makeError(ErrorCode::PermissionDenied,
                     QCoreApplication::translate("daicho::UserAdmin",
                                                 "The acting chief officer cannot make, change, remove or reset a "
                                                 "chief officer. Ask a chief officer; if none can sign in, use the "
                                                 "recovery key."));
}

Result<KeySlotFile> loadKeys(const Session& session)
{
    return KeySlotFile::load(session.paths().keys());
}

Status putSlot(KeySlotFile& file, const KeySlot& slot)
{
    file.put(slot);
    return {};
}

// A new key slot for `login`, sealed under an initial password the chief gives (wiped once
// used, as PasswordPolicy::secretOf does).
Result<NewSlot> slotForInitialPassword(const Session& session, const QString& login, QString& initialPassword)
{
    auto file = loadKeys(session);
    if (!file)
        return file.error();
    auto kdf = SlotKdf::forNewSlots(session);
    if (!kdf)
        return kdf.error();
    const SecureBytes secret = PasswordPolicy::secretOf(initialPassword);
    return makeSlot(KeySlot::Kind::User, login, secret, kdf.value(), SessionInternals::secrets(session).databaseKey,
                    file->headerBytes());
}

Error keyFileNotWritten(const Error& cause)
{
    return restated(cause, QCoreApplication::translate("daicho::UserAdmin", "The key file could not be written: %1 "
                                                                            "The old password stays valid; do the "
                                                                            "change again."));
}

} // namespace

Result<QList<UserEntry>> UserAdmin::listUsers(const Session& session, bool includeRemoved)
{
    DAICHO_TRY(requirePermission(session, Operation::ViewUsers));
    return UserQueries::all(session.db(), includeRemoved);
}

Result<QHash<UserId, QDateTime>> UserAdmin::lastSignIns(const Session& session)
{
    DAICHO_TRY(requirePermission(session, Operation::ViewUsers));
    auto rows = session.db().readRows(
        QStringLiteral("SELECT user_id, max(at_utc) FROM audit_log WHERE action = 'signin.ok' AND user_id IS NOT "
                       "NULL GROUP BY user_id"),
        [](const Statement& row) {
            return std::pair<UserId, QDateTime>(row.integer(0), QDateTime::fromString(row.text(1), Qt::ISODateWithMs));
        });
    if (!rows)
        return rows.error();
    QHash<UserId, QDateTime> last;
    for (const auto& [id, at] : rows.value())
        last.insert(id, at);
    return last;
}

Result<UserEntry> UserAdmin::user(const Session& session, UserId id)
{
    DAICHO_TRY(requirePermission(session, Operation::ViewUsers));
    return existingUser(session, id);
}

Result<UserId> UserAdmin::addUser(Session& session, const NewUser& user, QString initialPassword)
{
    DAICHO_TRY(requirePermission(session, Operation::ManageUsers));
    DAICHO_TRY(checkLogin(user.login));
    const QString login = normaliseLogin(user.login);
    if (login == KeySlot::recoveryId())
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("daicho::UserAdmin", "This sign-in ID is reserved."));
    DAICHO_TRY(requireMayChange(session, user.role, user.role));
    DAICHO_TRY(checkPerson(session, user.displayName, user.role, user.departmentId));
    auto existing = UserQueries::byLogin(session.db(), login);
    if (!existing)
        return existing.error();
    if (existing.value())
        return makeError(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("daicho::UserAdmin",
                                        "The sign-in ID %1 is already used (also by removed users). Choose another.")
                .arg(login));
    DAICHO_TRY(PasswordPolicy::check(initialPassword, login));

    auto newSlot = slotForInitialPassword(session, login, initialPassword);
    if (!newSlot)
        return newSlot.error();
    const NewSlot& slot = newSlot.value();

    UserId id = 0;
    {
        auto tx = Transaction::begin(session.db());
        if (!tx)
            return tx.error();
        DAICHO_TRY(session.db().run(QStringLiteral("INSERT INTO users (login, display_name, role, department_id, "
                                                   "must_change_password) VALUES (?, ?, ?, ?, 1)"),
                                    login, user.displayName.trimmed(), roleKey(user.role), user.departmentId));
        auto newId = session.db().scalar(QStringLiteral("SELECT last_insert_rowid()"));
        if (!newId)
            return newId.error();
        id = newId->toLongLong();
        DAICHO_TRY(audit(session, QStringLiteral("user.add"), id, standingDetail(user.role, user.departmentId, login)));
        auto keyId = SigningKeys::registerKey(session, id, slot.slot.signingPublicKey, isRegistrar(user.role));
        if (!keyId)
            return keyId.error();
        DAICHO_TRY(SlotRecords::prepare(session, login, id, slot.slot.fingerprint(), keyId.value()));
        DAICHO_TRY(tx.value()->commit());
    }
    Status written =
        SlotRecords::writeFileAndPromote(session, [&](KeySlotFile& keys) { return putSlot(keys, slot.slot); }, {login});
    if (!written.ok())
        return keyFileNotWritten(written.error());
    return id;
}

Status UserAdmin::updateUser(Session& session, const UserEntry& changed)
{
    DAICHO_TRY(requirePermission(session, Operation::ManageUsers));
    auto current = existingUser(session, changed.id);
    if (!current)
        return current.error();
    if (changed.id == session.user().id && changed.role != current->role)
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate(
                             "daicho::UserAdmin",
                             "You cannot change your own role: ask another chief officer, so that the organisation "
                             "is never left without one."));
    DAICHO_TRY(requireMayChange(session, current->role, changed.role));
    DAICHO_TRY(checkPerson(session, changed.displayName, changed.role, changed.departmentId));
    auto tx = Transaction::begin(session.db());
    if (!tx)
        return tx.error();
    DAICHO_TRY(
        session.db().run(QStringLiteral("UPDATE users SET display_name = ?, role = ?, department_id = ? WHERE id = ?"),
                         changed.displayName.trimmed(), roleKey(changed.role), changed.departmentId, changed.id));
    DAICHO_TRY(
        audit(session, QStringLiteral("user.update"), changed.id, standingDetail(changed.role, changed.departmentId)));
    if (isRegistrar(changed.role) != isRegistrar(current->role))
        DAICHO_TRY(SigningKeys::setRegistrar(session, changed.id, isRegistrar(changed.role)));
    DAICHO_TRY(tx.value()->commit());
    // Whoever edited their own name or department acts from now on as the record says (their
    // role cannot change here, see above). Core refreshes it from the database: the session's
    // person is never set by the page that asked. Should the read fail, the session keeps the
    // person it signed in as until the next sign-in; the change itself is committed.
    if (changed.id == session.user().id)
        if (const Result<UserEntry> fresh = existingUser(session, changed.id))
            SessionInternals::setUser(session, fresh.value());
    return {};
}

Status UserAdmin::removeUser(Session& session, UserId id)
{
    DAICHO_TRY(requirePermission(session, Operation::ManageUsers));
    if (id == session.user().id)
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("daicho::UserAdmin", "You cannot remove yourself."));
    auto user = existingUser(session, id);
    if (!user)
        return user.error();
    DAICHO_TRY(requireMayChange(session, user->role, user->role));
    // The slot leaves the key file first: a removal that could not take it out fails as a
    // whole, rather than leaving a slot a later rotation would be asked about.
    std::optional<KeySlot> removed;
    Status taken =
        editKeyFile(session.paths(), SessionInternals::secrets(session).databaseKey, [&](KeySlotFile& keys) -> Status {
            if (const KeySlot* slot = keys.find(user->login))
                removed = *slot;
            keys.remove(user->login);
            return {};
        });
    if (!taken.ok())
        return restated(taken.error(), QCoreApplication::translate("daicho::UserAdmin",
                                                                   "The person was not removed: the key file could "
                                                                   "not be written (%1). Nothing was changed; try "
                                                                   "again."));
    Status recorded = [&]() -> Status {
        auto tx = Transaction::begin(session.db());
        if (!tx)
            return tx.error();
        DAICHO_TRY(session.db().run(QStringLiteral("UPDATE users SET active = 0 WHERE id = ?"), id));
        DAICHO_TRY(audit(session, QStringLiteral("user.remove"), id, standingDetail(user->role, user->departmentId)));
        DAICHO_TRY(SigningKeys::revokeKeysOf(session, id));
        DAICHO_TRY(SlotRecords::remove(session, user->login));
        return tx.value()->commit();
    }();
    if (!recorded.ok() && removed) // the person stays as they were: their slot goes back
        (void)editKeyFile(session.paths(), SessionInternals::secrets(session).databaseKey,
                          [&](KeySlotFile& keys) { return putSlot(keys, *removed); });
    return recorded;
}

Status UserAdmin::unlockUser(Session& session, UserId id)
{
    DAICHO_TRY(requirePermission(session, Operation::UnlockUser));
    auto user = existingUser(session, id);
    if (!user)
        return user.error();
    auto tx = Transaction::begin(session.db());
    if (!tx)
        return tx.error();
    DAICHO_TRY(SignInStates::reset(session, id));
    auto seq = AuditLog::append(
        session, {QStringLiteral("user.unlock"), {}, {}, auditDetail({{QStringLiteral("user"), QString::number(id)}})});
    if (!seq)
        return seq.error();
    DAICHO_TRY(tx.value()->commit());
    // After the commit: the journal's own count would otherwise keep the person locked.
    return SignInJournal(session.paths().signInJournal(), session.databaseId())
        .recordReset(user->login, session.clock().nowUtc());
}

Status UserAdmin::resetPassword(Session& session, UserId id, QString initialPassword)
{
    DAICHO_TRY(requirePermission(session, Operation::ManageUsers));
    if (id == session.user().id)
        return makeError(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("daicho::UserAdmin", "Change your own password with “Change password”."));
    auto user = existingUser(session, id);
    if (!user)
        return user.error();
    DAICHO_TRY(requireMayChange(session, user->role, user->role));
    DAICHO_TRY(PasswordPolicy::check(initialPassword, user->login));
    // The old private keys are sealed under the forgotten password: the person gets new ones.
    auto newSlot = slotForInitialPassword(session, user->login, initialPassword);
    if (!newSlot)
        return newSlot.error();
    const NewSlot& slot = newSlot.value();
    {
        auto tx = Transaction::begin(session.db());
        if (!tx)
            return tx.error();
        // The old key is revoked when the new slot is on disk (SlotRecords::settle).
        auto keyId = SigningKeys::registerKey(session, id, slot.slot.signingPublicKey, isRegistrar(user->role));
        if (!keyId)
            return keyId.error();
        DAICHO_TRY(session.db().run(QStringLiteral("UPDATE users SET must_change_password = 1 WHERE id = ?"), id));
        DAICHO_TRY(SignInStates::reset(session, id));
        DAICHO_TRY(
            audit(session, QStringLiteral("user.password_reset"), id, standingDetail(user->role, user->departmentId)));
        DAICHO_TRY(SlotRecords::prepare(session, user->login, id, slot.slot.fingerprint(), keyId.value()));
        DAICHO_TRY(tx.value()->commit());
    }
    Status written = SlotRecords::writeFileAndPromote(
        session, [&](KeySlotFile& keys) { return putSlot(keys, slot.slot); }, {user->login});
    if (!written.ok())
        return keyFileNotWritten(written.error());
    (void)SignInJournal(session.paths().signInJournal(), session.databaseId())
        .recordReset(user->login, session.clock().nowUtc());
    return {};
}

Status UserAdmin::changeOwnPassword(Session& session, QString currentPassword, QString newPassword)
{
    DAICHO_TRY(requirePermission(session, Operation::ChangeOwnPassword));
    const QString login = session.user().login;
    DAICHO_TRY(PasswordPolicy::check(newPassword, login));
    auto kdf = SlotKdf::forNewSlots(session);
    if (!kdf)
        return kdf.error();
    const SecureBytes current = PasswordPolicy::secretOf(currentPassword);
    const SecureBytes secret = PasswordPolicy::secretOf(newPassword);
    if (current == secret)
        return makeError(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("daicho::UserAdmin", "The new password must differ from the current one."));
    auto file = loadKeys(session);
    if (!file)
        return file.error();
    const KeySlot* slot = file->find(login);
    if (!slot)
        return makeError(ErrorCode::Tampered, QCoreApplication::translate(
                                                  "daicho::UserAdmin", "Your key slot is missing from the key file."));
    // The current password is asked again so that an unattended session cannot be used to
    // take over the account.
    auto unlocked = unlockSlot(*slot, current, file->headerBytes());
    if (!unlocked) {
        if (unlocked.error().code == ErrorCode::AuthFailed)
            return makeError(ErrorCode::AuthFailed,
                             QCoreApplication::translate("daicho::UserAdmin", "The current password is wrong."));
        return unlocked.error();
    }
    // New keys, not only a new seal: whoever learnt the old password and kept an old key
    // file must not be able to open the envelopes written from now on, nor sign as this
    // person. The old signing key is revoked once the new slot is on disk.
    NewSlot fresh = makeSlot(KeySlot::Kind::User, login, secret, kdf.value(),
                             SessionInternals::secrets(session).databaseKey, file->headerBytes());
    std::int64_t newKeyId = 0;
    {
        auto tx = Transaction::begin(session.db());
        if (!tx)
            return tx.error();
        DAICHO_TRY(audit(session, QStringLiteral("user.password_change"), session.user().id));
        auto keyId = SigningKeys::registerKey(session, session.user().id, fresh.slot.signingPublicKey,
                                              isRegistrar(session.role()));
        if (!keyId)
            return keyId.error();
        newKeyId = keyId.value();
        DAICHO_TRY(SlotRecords::prepare(session, login, session.user().id, fresh.slot.fingerprint(), newKeyId));
        DAICHO_TRY(tx.value()->commit());
    }
    // The must-change flag is cleared only together with the promotion: if the new file
    // never reaches the disk, the initial password stays one that must be changed.
    const UserId me = session.user().id;
    Status written = SlotRecords::writeFileAndPromote(
        session, [&](KeySlotFile& keys) { return putSlot(keys, fresh.slot); }, {login},
        [&]() -> Status {
            if (!session.user().mustChangePassword)
                return {};
            DAICHO_TRY(TrailAuthority::requireRecordedPerson(session.db(), me));
            DAICHO_TRY(session.db().run(QStringLiteral("UPDATE users SET must_change_password = 0 WHERE id = ?"), me));
            return audit(session, QStringLiteral("user.initial_password_replaced"), me);
        });
    if (!written.ok())
        return keyFileNotWritten(written.error());
    UserEntry updated = session.user();
    updated.mustChangePassword = false;
    SessionInternals::setUser(session, updated);
    SessionInternals::replaceSecrets(session, Session::Secrets{SessionInternals::secrets(session).databaseKey,
                                                               std::move(fresh.keys.signingSeed), newKeyId});
    SessionInternals::setSlotKdf(session, kdf.value());
    return {};
}

} // namespace daicho
