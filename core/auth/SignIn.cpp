#include "auth/SignIn.h"

#include "audit/AuditLog.h"
#include "audit/internal/AuditRecords.h"
#include "auth/PasswordPolicy.h"
#include "auth/SignInJournal.h"
#include "auth/internal/SchemaUpgrade.h"
#include "auth/internal/SessionInternals.h"
#include "auth/internal/SignInStates.h"
#include "auth/internal/SignInTrust.h"
#include "auth/internal/UserQueries.h"
#include "crypto/Crypto.h"
#include "ledger/internal/DefinitionRefresh.h"
#include "ledger/internal/SearchIndex.h"
#include "retention/internal/DisposalCompaction.h"
#include "store/KeySlotFile.h"
#include "store/SlotDatabase.h"
#include "vault/KeyFileEdit.h"
#include "vault/KeyRotation.h"
#include "vault/internal/ChainAnchors.h"
#include "vault/internal/SlotRecords.h"

#include <QCoreApplication>

#include <algorithm>

namespace daicho {

namespace {

Error wrongIdOrPassword()
{
    return makeError(ErrorCode::AuthFailed,
                     QCoreApplication::translate("daicho::SignIn", "The sign-in ID or the password is wrong."));
}

Error locked()
{
    return makeError(
        ErrorCode::AccountLocked,
        QCoreApplication::translate(
            "daicho::SignIn", "This sign-in ID is locked after %1 failed attempts. Ask the chief officer to unlock it.")
            .arg(SignIn::kLockAfter));
}

int waitSeconds(const SignInJournal::IdState& state, const QDateTime& now)
{
    return SignInJournal::secondsToWait(state, now, SignIn::kSlowDownAfter);
}

Error slotNotRecorded()
{
    return makeError(ErrorCode::Tampered,
                     QCoreApplication::translate(
                         "daicho::SignIn",
                         "Your key slot is not the one this database recorded for you: the key file (.daicho-keys) "
                         "is an older copy (from before a password change or reset) or comes from another "
                         "database. Nothing was opened. Use the current key file, or tell the chief officer."));
}

enum class Purpose { Work, Verification, SetAsideClaims };

// A database from before version 4 learns at a registrar's sign-in that its key file is now
// of format 2 (anchors, MAC); from then on a version-1 file put back is refused. Only a
// registrar writes meta (the verifier refuses anyone else's entry about it).
Status recordKeyFileFormat(Session& session)
{
    if (!isRegistrar(session.role()))
        return {};
    auto format = session.db().scalar(QStringLiteral("SELECT value FROM meta WHERE key = 'key_file_format'"));
    if (!format)
        return format.error();
    if (!format->isEmpty())
        return {};
    DAICHO_TRY(session.db().exec(
        QStringLiteral("INSERT INTO meta (key, value) VALUES ('key_file_format', '%1')").arg(kKeyFileFormat)));
    auto seq = AuditLog::append(
        session, {QStringLiteral("meta.set"), QStringLiteral("meta"), QStringLiteral("key_file_format"), {}});
    if (!seq)
        return seq.error();
    return {};
}

// Moves failures recorded before any key was known into the audit trail, and updates the
// counters and locks of the people they concern.
Status importFailures(Session& session, const SignInJournal& journal)
{
    auto failures = journal.pendingFailures();
    if (failures.isEmpty())
        return {};
    // The journal is a plain file: lines planted in it must not flood the trail. Beyond a
    // bound, the rest is recorded as one count.
    constexpr qsizetype kMaxRecorded = 500;
    if (failures.size() > kMaxRecorded) {
        auto seq = AuditLog::append(
            session, {QStringLiteral("signin.failed_many"),
                      {},
                      {},
                      auditDetail({{QStringLiteral("count"), QString::number(failures.size() - kMaxRecorded)}})});
        if (!seq)
            return seq.error();
        failures = failures.mid(failures.size() - kMaxRecorded);
    }
    auto users = UserQueries::all(session.db(), false);
    if (!users)
        return users.error();
    for (const auto& failure : failures) {
        std::optional<UserEntry> who;
        for (const UserEntry& u : users.value())
            if (journal.idHash(u.login) == failure.idHash)
                who = u;
        // No row target: the failures of others are recorded by whoever signs in next,
        // and must not vouch for the state of anyone's row.
        // The typed ID itself is never kept (it may be a mistyped password).
        const QString detail = auditDetail({{QStringLiteral("at"), failure.atUtc.toString(Qt::ISODateWithMs)},
                                            {QStringLiteral("user"), who ? QString::number(who->id) : QString()}});
        auto seq = AuditLog::append(session, {QStringLiteral("signin.failed"), {}, {}, detail});
        if (!seq)
            return seq.error();
        if (!who || who->id == session.user().id)
            continue;
        auto lockedNow = SignInStates::addFailure(session, who->id, SignIn::kLockAfter);
        if (!lockedNow)
            return lockedNow.error();
        if (lockedNow.value()) {
            auto lockSeq =
                AuditLog::append(session, {QStringLiteral("user.locked"),
                                           {},
                                           {},
                                           auditDetail({{QStringLiteral("user"), QString::number(who->id)}})});
            if (!lockSeq)
                return lockSeq.error();
        }
    }
    return {};
}

} // namespace

int SignIn::secondsUntilNextTry(const VaultPaths& paths, const QString& login, const Clock& clock)
{
    auto file = KeySlotFile::load(paths.keys());
    if (!file)
        return 0;
    const KeySlot* slot = file->find(normaliseLogin(login));
    const bool known = slot && slot->kind == KeySlot::Kind::User;
    return waitSeconds(SignInJournal(paths.signInJournal(), file->databaseId()).state(login, known), clock.nowUtc());
}

namespace {

// The anchors a registrar may set aside: those whose claim fails (the entry named is not in
// the trail as they say). A person can sign a false claim into their own slot with their own
// key and stop every sign-in; the chief sets all failing claims aside, in the open, rather
// than restore a backup.
Result<QList<ChainAnchor>> claimsToSetAside(const Database& db, const KeySlotFile& file, const UserEntry& user)
{
    if (!isRegistrar(user.role))
        return makeError(ErrorCode::PermissionDenied,
                         QCoreApplication::translate("daicho::SignIn",
                                                     "Only the chief officer or the acting chief officer can set "
                                                     "aside what key slots say was seen."));
    auto failing = ChainAnchors::failingClaims(db, file);
    if (!failing)
        return failing.error();
    if (failing->isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("daicho::SignIn",
                                                     "No key slot holds a claim about the audit trail that fails: "
                                                     "there is nothing to set aside."));
    return failing.value();
}

// In the sign-in's transaction: each claim set aside stays in the trail for the auditor. The
// entry names no row, so that it vouches for nothing the slot's row may hold.
Status recordDismissal(Session& session, const ChainAnchor& claim)
{
    auto seq =
        AuditLog::append(session, {QStringLiteral("anchor.dismiss"),
                                   {},
                                   {},
                                   auditDetail({{QStringLiteral("slot"), claim.slotId},
                                                {QStringLiteral("seq"), QString::number(claim.seq)},
                                                {QStringLiteral("hash"), QString::fromLatin1(claim.entryHash.toHex())},
                                                {QStringLiteral("at"), claim.atUtc}})});
    if (!seq)
        return seq.error();
    return {};
}

Result<std::unique_ptr<Session>> open(const VaultPaths& paths, const QString& login, QString password,
                                      const Clock& clock, Purpose purpose)
{
    SecureBytes secret = PasswordPolicy::secretOf(password);
    auto lock = KeyRotation::lockAndRecover(paths);
    if (!lock)
        return lock.error();
    auto file = KeySlotFile::load(paths.keys());
    if (!file)
        return file.error();
    const SignInJournal journal(paths.signInJournal(), file->databaseId());
    const QString id = normaliseLogin(login);
    const KeySlot* slot = file->find(id);
    const bool known = slot && slot->kind == KeySlot::Kind::User;
    // The lock is checked before the password: whether a locked person's password is right
    // is never told.
    const auto state = journal.state(login, known);
    if (state.consecutiveFailures >= SignIn::kLockAfter)
        return locked();
    if (const int wait = waitSeconds(state, clock.nowUtc()); wait > 0)
        return makeError(ErrorCode::TryLater,
                         QCoreApplication::translate("daicho::SignIn",
                                                     "Too many failed attempts. Wait %1 seconds before trying again.")
                             .arg(wait));

    auto failed = [&]() -> Error {
        if (!journal.recordFailure(login, clock.nowUtc(), known).ok())
            return makeError(ErrorCode::Io,
                             QCoreApplication::translate(
                                 "daicho::SignIn", "The failed attempt could not be recorded; sign-in is refused until "
                                                   "the folder of the database is writable."));
        return journal.state(login, known).consecutiveFailures >= SignIn::kLockAfter ? locked() : wrongIdOrPassword();
    };
    if (!known) {
        // Same work as for a real slot, so the answer takes as long as a wrong password.
        KdfParams params = file->firstUserKdf().value_or(kdfLimits().minimum);
        if (!checkKdfParams(params).ok())
            params = kdfLimits().minimum;
        (void)deriveKey(secret, crypto::randomBytes(16), params);
        return failed();
    }
    auto unlocked = unlockSlot(*slot, secret, file->headerBytes());
    if (!unlocked) {
        if (unlocked.error().code == ErrorCode::AuthFailed)
            return failed();
        return unlocked.error();
    }
    auto opened = openWithSlot(paths.database, *slot, unlocked.value(), file->headerBytes());
    if (!opened)
        return opened.error();
    SecureBytes& databaseKey = opened->key;
    std::unique_ptr<Database>& db = opened->db;

    auto databaseId = db->scalar(QStringLiteral("SELECT value FROM meta WHERE key = 'database_id'"));
    if (!databaseId)
        return databaseId.error();
    if (QByteArray::fromHex(databaseId->toLatin1()) != file->databaseId())
        return makeError(ErrorCode::Tampered, QCoreApplication::translate(
                                                  "daicho::SignIn", "The key file belongs to a different database."));
    auto user = UserQueries::byLogin(*db, id);
    if (!user)
        return user.error();
    // A removed person gets the answer a wrong password gets.
    if (!user.value() || !user.value()->active)
        return failed();
    auto slotMatch = SlotRecords::match(*db, id, slot->fingerprint());
    if (!slotMatch)
        return slotMatch.error();
    if (slotMatch.value() == SlotRecords::Match::None)
        return slotNotRecorded();

    std::int64_t keyId = 0;
    QStringList problems;
    QStringList trailNotices;
    if (auto trusted =
            checkSignInTrust(*db, file.value(), *slot, *user.value(), databaseKey, purpose == Purpose::SetAsideClaims);
        trusted) {
        keyId = trusted->signingKeyId;
        trailNotices = trusted->notices;
    } else if (purpose == Purpose::Verification && trusted.error().code == ErrorCode::Tampered) {
        // The verification names it, as its own finding (not as a refused sign-in).
        problems << (trusted.error().detail.isEmpty() ? trusted.error().message : trusted.error().detail);
    } else {
        return trusted.error();
    }
    // A locked person (a lock the trail holds, so the table agrees: checked above) gets the
    // answer a wrong password gets: the lock is never a way to learn that the password was
    // right, even with the journal deleted. A lock planted in the table alone is refused as
    // tampering above, and never turns into failures of its own.
    if (user.value()->locked && problems.isEmpty())
        return failed();

    QList<ChainAnchor> dismissed;
    if (purpose == Purpose::SetAsideClaims) {
        auto claim = claimsToSetAside(*db, file.value(), *user.value());
        if (!claim)
            return claim.error();
        dismissed = claim.value();
    }

    Session::Secrets secrets{std::move(databaseKey), std::move(unlocked->signingSeed), keyId};
    UserEntry person = *user.value();
    person.failedSignIns = 0;
    auto session =
        std::make_unique<Session>(paths, std::move(db), clock, person, std::move(secrets), file->databaseId());
    SessionInternals::attachLock(*session, std::move(lock.value()));
    SessionInternals::setSlotKdf(*session, slot->kdf);
    for (const QString& notice : trailNotices)
        SessionInternals::addNotice(*session, notice);
    if (purpose == Purpose::Verification) {
        SessionInternals::setVerificationOnly(*session);
        for (const QString& problem : problems)
            SessionInternals::addNotice(*session, problem);
        return session;
    }
    // What the key file says, before this sign-in is in the trail: compared with it, the
    // person's own anchor would always look older than their last sign-in.
    const QStringList fileNotices =
        keyFileNotices(session->db(), file.value(), SessionInternals::secrets(*session).databaseKey, session->user());
    {
        auto tx = Transaction::begin(session->db());
        if (!tx)
            return tx.error();
        DAICHO_TRY(upgradeSchemaIfOlder(*session));
        DAICHO_TRY(DefinitionRefresh::refreshIfChanged(*session));
        DAICHO_TRY(importFailures(*session, journal));
        DAICHO_TRY(SlotRecords::settle(*session, id, slotMatch.value()));
        DAICHO_TRY(SignInStates::reset(*session, session->user().id));
        DAICHO_TRY(recordKeyFileFormat(*session));
        auto seq = AuditLog::append(
            *session, {QStringLiteral("signin.ok"), QStringLiteral("users"), QString::number(session->user().id), {}});
        if (!seq)
            return seq.error();
        for (const ChainAnchor& claim : dismissed)
            DAICHO_TRY(recordDismissal(*session, claim));
        DAICHO_TRY(tx.value()->commit());
    }
    if (!dismissed.isEmpty()) {
        DAICHO_TRY(
            editKeyFile(paths, SessionInternals::secrets(*session).databaseKey, [&](KeySlotFile& keys) -> Status {
                for (const ChainAnchor& claim : dismissed)
                    keys.removeAnchor(claim.slotId);
                return {};
            }));
        QStringList setAside;
        for (const ChainAnchor& claim : dismissed)
            setAside << claim.slotId;
        SessionInternals::addNotice(
            *session,
            QCoreApplication::translate("daicho::SignIn", "You set aside what the key slots of %1 said they saw of the "
                                                          "audit trail; it is recorded in the trail. Tell the auditor.")
                .arg(setAside.join(QStringLiteral(", "))));
    }
    // The journal is settled after the commit: if this fails the failures are imported
    // again at the next sign-in, which only repeats entries, never loses them.
    (void)journal.markImported();
    (void)journal.recordReset(login, clock.nowUtc());
    for (const QString& notice : fileNotices)
        SessionInternals::addNotice(*session, notice);
    if (Status anchored = ChainAnchors::record(*session); !anchored.ok())
        SessionInternals::addNotice(
            *session,
            QCoreApplication::translate("daicho::SignIn", "The key file could not record what you saw of the audit "
                                                          "trail: %1")
                .arg(anchored.error().message));
    // An import the app did not live to index (a crash, a stop): completed now. Not a reason
    // to refuse the sign-in — until then a search reads the text of what is not indexed.
    (void)SearchIndex::catchUp(session->db());
    // A disposal run that could not compact the file (killed after its commit, or another
    // connection was reading): its deleted text is still in the file or the WAL. Tried again at
    // every sign-in until it succeeds; it fails only while someone else is reading.
    (void)compactAfterDisposals(*session);
    return session;
}

} // namespace

Result<std::unique_ptr<Session>> SignIn::signIn(const VaultPaths& paths, const QString& login, QString password,
                                                const Clock& clock)
{
    return open(paths, login, std::move(password), clock, Purpose::Work);
}

Result<std::unique_ptr<Session>> SignIn::signInSettingAsideClaims(const VaultPaths& paths, const QString& login,
                                                                  QString password, const Clock& clock)
{
    return open(paths, login, std::move(password), clock, Purpose::SetAsideClaims);
}

Result<std::unique_ptr<Session>> SignIn::openForVerification(const VaultPaths& paths, const QString& login,
                                                             QString password, const Clock& clock)
{
    return open(paths, login, std::move(password), clock, Purpose::Verification);
}

} // namespace daicho
