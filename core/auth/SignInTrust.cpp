#include "auth/SignInTrust.h"

#include "audit/AuditLog.h"
#include "audit/KeyRegistry.h"
#include "audit/PeopleRecord.h"
#include "audit/RegistrarRows.h"
#include "vault/ChainAnchors.h"
#include "vault/SlotRecords.h"

#include <QCoreApplication>

#include <map>

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

// What a head or staff member may see and write follows the department tree: their own
// department, the one above it, and every section below it. Those rows must be as registrars
// recorded them — a department moved under one's own would open its ledgers. The others
// grant this person nothing (and verify checks them all), so a large organisation does not
// make sign-in slower.
Status checkDepartments(const Database& db, const KeyRegistry& keys, const UserEntry& user)
{
    if (!user.departmentId || user.role == Role::Chief || user.role == Role::ActingChief || user.role == Role::Auditor)
        return {};
    std::map<std::int64_t, std::optional<std::int64_t>> parents;
    auto rows = db.prepare(QStringLiteral("SELECT id, parent_id FROM departments"));
    if (!rows)
        return rows.error();
    while (true) {
        auto row = rows->step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        parents[rows->integer(0)] = rows->isNull(1) ? std::nullopt : std::optional<std::int64_t>(rows->integer(1));
    }
    const auto relevant = [&](std::int64_t id) {
        // On the path up from `id` (bounded against a planted cycle) lies the person's own
        // department: `id` is it or below it, or it is above the person's department.
        std::optional<std::int64_t> current = id;
        for (int depth = 0; current && depth < 16; ++depth) {
            if (*current == *user.departmentId)
                return true;
            auto parent = parents.find(*current);
            current = parent == parents.end() ? std::nullopt : parent->second;
        }
        current = parents.count(*user.departmentId) ? parents[*user.departmentId] : std::nullopt;
        for (int depth = 0; current && depth < 16; ++depth) {
            if (*current == id)
                return true;
            current = parents.count(*current) ? parents[*current] : std::nullopt;
        }
        return false;
    };
    for (const auto& [id, parent] : parents)
        if (relevant(id))
            DAICHO_TRY(requireRecordedByRegistrar(db, keys, QStringLiteral("departments"), QString::number(id)));
    return {};
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
    if (Status departments = checkDepartments(db, keys.value(), user); !departments.ok())
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
