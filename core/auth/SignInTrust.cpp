#include "auth/SignInTrust.h"

#include "audit/AuditLog.h"
#include "audit/KeyRegistry.h"
#include "audit/PeopleRecord.h"
#include "audit/RegistrarRows.h"
#include "vault/ChainAnchors.h"
#include "vault/SlotRecords.h"

#include <QCoreApplication>

namespace daicho {

namespace {

Error refused(const QString& problem)
{
    return makeError(ErrorCode::Tampered,
                     QCoreApplication::translate(
                         "daicho::SignIn",
                         "Sign-in was refused: %1 Nothing was changed. The auditor can check the database with "
                         "“daicho-cli verify”; restore it from a backup if it was altered.")
                         .arg(problem));
}

Status checkDepartments(const Database& db, const KeyRegistry& keys)
{
    auto ids = db.prepare(QStringLiteral("SELECT id FROM departments ORDER BY id"));
    if (!ids)
        return ids.error();
    while (true) {
        auto row = ids->step();
        if (!row)
            return row.error();
        if (!row.value())
            return {};
        DAICHO_TRY(requireRecordedByRegistrar(db, keys, QStringLiteral("departments"), ids->text(0)));
    }
}

} // namespace

Result<std::int64_t> checkSignInTrust(const Database& db, const KeySlotFile& file, const KeySlot& slot,
                                      const UserEntry& user)
{
    auto keys = KeyRegistry::load(db);
    if (!keys)
        return keys.error().code == ErrorCode::Tampered ? refused(keys.error().message) : keys.error();
    const SigningKeyRecord* key = keys->keyWithPublicKey(slot.signingPublicKey);
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
    auto person = PeopleRecord::loadPerson(db, keys.value(), user.id);
    if (!person)
        return person.error().code == ErrorCode::Tampered ? refused(person.error().message) : person.error();
    if (Status checked = person->check(db, user.id); !checked.ok())
        return checked.error().code == ErrorCode::Tampered ? refused(checked.error().message) : checked.error();
    for (const auto& [table, rowId] : {std::pair{QStringLiteral("key_slots"), slot.id},
                                       std::pair{QStringLiteral("signing_keys"), QString::number(key->id)}})
        if (Status unchanged = requireUnchanged(db, table, rowId); !unchanged.ok())
            return refused(unchanged.error().message);
    if (Status departments = checkDepartments(db, keys.value()); !departments.ok())
        return departments.error().code == ErrorCode::Tampered ? refused(departments.error().message)
                                                               : departments.error();
    auto anchors = ChainAnchors::findProblem(db, file);
    if (!anchors)
        return anchors.error();
    if (anchors.value())
        return refused(*anchors.value());
    return key->id;
}

QStringList keyFileNotices(const Database& db, const KeySlotFile& file, const SecureBytes& databaseKey)
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
    if (notices.isEmpty() && file.hasListMac() && !file.listIsAuthentic(databaseKey))
        notices << QCoreApplication::translate(
            "daicho::SignIn",
            "The list of key slots in the key file was changed outside Daicho. Tell the chief officer.");
    return notices;
}

} // namespace daicho
