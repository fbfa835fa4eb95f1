#include "auth/internal/SignInTrust.h"

#include "audit/AuditLog.h"
#include "audit/internal/AuditRecords.h"
#include "audit/internal/TrailAuthority.h"
#include "auth/internal/DepartmentTree.h"
#include "crypto/Crypto.h"
#include "vault/internal/ChainAnchors.h"
#include "vault/internal/SlotRecords.h"

#include <QCoreApplication>

namespace daicho {

namespace {

Error refused(const QString& problem)
{
    return makeError(ErrorCode::Tampered,
                     QCoreApplication::translate(
                         "daicho::SignIn",
                         "Sign-in was refused: %1 Nothing was written to the database. Tell the auditor, who can "
                         "check it with “daicho-cli verify”; if it was altered, it is restored from a backup.")
                         .arg(problem),
                     problem); // the finding alone, for the verification's own report
}

// Whether the file has department retirements yet (schema 9): sign-in checks the trail before
// it upgrades an older file.
Result<bool> hasRetirements(const Database& db)
{
    return db.hasRow(
        QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'department_retirements'"));
}

// A retired department or section takes no new entries or imports (issue 11 §15), so its
// retirement decides what this person may write as much as the tree does: a retirement planted
// with SQL would stop their department's imports, one deleted would let a department that no
// longer exists take new entries. A department never retired has neither a row nor an entry.
Status checkRetirement(const Database& db, const TrailAuthority& authority, std::int64_t id)
{
    const QString table = QStringLiteral("department_retirements");
    const QString rowId = QString::number(id);
    auto retired = db.hasRow(QStringLiteral("SELECT 1 FROM department_retirements WHERE department_id = ?"), id);
    if (!retired)
        return retired.error();
    auto recorded = AuditLog::latestAbout(db, table, rowId);
    if (!recorded)
        return recorded.error();
    if (!retired.value() && !recorded.value())
        return {};
    return authority.requireTrustedRow(db, table, rowId);
}

// What a head or staff member may see and write follows the department tree: their own
// department, the one above it, and every section below it. Those rows must be as registrars
// recorded them — a department moved under one's own would open its ledgers. The others
// grant this person nothing (and verify checks them all), so a large organisation does not
// make sign-in slower.
Status checkDepartments(const Database& db, const TrailAuthority& authority, const UserEntry& user)
{
    if (!user.departmentId || user.role == Role::Chief || user.role == Role::ActingChief || user.role == Role::Auditor)
        return {};
    auto tree = DepartmentTree::load(db);
    if (!tree)
        return tree.error();
    // Below the person's department, or above it: what decides their access.
    const auto relevant = [&](std::int64_t id) {
        return tree->within(id, *user.departmentId) || tree->within(*user.departmentId, id);
    };
    auto retirements = hasRetirements(db);
    if (!retirements)
        return retirements.error();
    for (std::int64_t id : tree->ids()) {
        if (!relevant(id))
            continue;
        DAICHO_TRY(authority.requireTrustedRow(db, QStringLiteral("departments"), QString::number(id)));
        if (retirements.value())
            DAICHO_TRY(checkRetirement(db, authority, id));
    }
    return {};
}

} // namespace

Result<TrustedSignIn> checkSignInTrust(const Database& db, const KeySlotFile& file, const KeySlot& slot,
                                       const UserEntry& user, const SecureBytes& databaseKey, bool settingAsideClaims)
{
    // The key file first: its slots and anchors sealed under the database key, in the format
    // this database has used.
    auto format = db.scalar(QStringLiteral("SELECT value FROM meta WHERE key = 'key_file_format'"));
    if (!format)
        return format.error();
    if (!file.hasListMac() && format->toInt() >= kKeyFileFormat)
        return refused(QCoreApplication::translate(
            "daicho::SignIn", "the key file is in an older format than this database has used: it was replaced with "
                              "an older copy, which no longer records what people last saw of the audit trail."));
    if (file.hasListMac() && !file.listIsAuthentic(databaseKey))
        return refused(QCoreApplication::translate(
            "daicho::SignIn", "the key file's slots or the record of what people last saw of the audit trail were "
                              "changed outside Daicho (its seal under the database key does not match)."));
    auto authority = TrailAuthority::load(db);
    if (!authority)
        return authority.error().code == ErrorCode::Tampered ? refused(authority.error().message) : authority.error();
    const SigningKeyRecord* key = authority->keys().keyWithPublicKey(slot.signingPublicKey);
    if (!key || key->userId != user.id)
        return refused(QCoreApplication::translate(
            "daicho::SignIn", "the signing key in your key slot is not one the audit trail registered for you: the key "
                              "file (.daicho-keys) was altered or belongs to another database."));
    if (key->revokedAt != 0)
        return refused(QCoreApplication::translate(
                           "daicho::SignIn",
                           "the signing key in your key slot was revoked by entry %1: this key file is older than "
                           "your last password change or reset. Use the current key file.")
                           .arg(key->revokedAt));
    if (Status checked = authority->people().check(db, user.id); !checked.ok())
        return checked.error().code == ErrorCode::Tampered ? refused(checked.error().message) : checked.error();
    // The person's own slot and key rows: written by them or by a registrar, as the trail says.
    for (const auto& [table, rowId] : {std::pair{QStringLiteral("key_slots"), slot.id},
                                       std::pair{QStringLiteral("signing_keys"), QString::number(key->id)}})
        if (Status trusted = authority->requireTrustedRow(db, table, rowId, user.id); !trusted.ok())
            return trusted.error().code == ErrorCode::Tampered ? refused(trusted.error().message) : trusted.error();
    if (Status departments = checkDepartments(db, authority.value(), user); !departments.ok())
        return departments.error().code == ErrorCode::Tampered ? refused(departments.error().message)
                                                               : departments.error();
    auto anchors = ChainAnchors::findProblem(db, file);
    if (!anchors)
        return anchors.error();
    if (anchors.value() && !settingAsideClaims) {
        Error error = refused(anchors.value()->message);
        error.subject = anchors.value()->slotId; // the claim the chief may set aside
        return error;
    }
    TrustedSignIn trusted{key->id, {}};
    for (const QString& left : authority->ignored())
        trusted.notices << QCoreApplication::translate("daicho::SignIn",
                                                       "The audit trail holds an entry changed outside Daicho, which "
                                                       "was left out: %1 Tell the auditor.")
                               .arg(left);
    return trusted;
}

QStringList keyFileNotices(const Database& db, const KeySlotFile& file, const SecureBytes& databaseKey,
                           const UserEntry& user)
{
    QStringList notices;
    for (const KeySlot& slot : file.keySlots()) {
        auto recorded = SlotRecords::match(db, slot.id, slot.fingerprint());
        if (recorded && recorded.value() == SlotRecords::Match::None)
            notices << QCoreApplication::translate(
                           "daicho::SignIn",
                           "The key file holds a key slot (%1) that this database does not record: it was put there "
                           "outside Daicho. It opens nothing here and the next key rotation leaves it out. Tell "
                           "the chief officer.")
                           .arg(slot.id);
    }
    // Slots taken out of the file, anchors taken out or older than their person's last
    // sign-in: told to whoever signs in next, named by verify.
    if (auto missing = ChainAnchors::findMissingOrStale(db, file))
        for (const QString& line : missing.value())
            notices << line + QLatin1Char(' ') + QCoreApplication::translate("daicho::SignIn", "Tell the auditor.");
    (void)user;
    (void)databaseKey; // a seal that does not match refuses the sign-in (checkSignInTrust)
    return notices;
}

} // namespace daicho
