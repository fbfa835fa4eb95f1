// Attacks found by the review of the first insider suite: tables the services trusted
// (signing_keys, key_slots, sign_in_states), ledger rows that borrow another entry's context,
// and files planted where SQLite or the key file would follow them.

#include "Insider.h"
#include "audit/internal/AuditRecords.h"

#include "audit/AuditLog.h"
#include "audit/AuditVerifier.h"
#include "auth/Organisation.h"
#include "auth/SignIn.h"
#include "auth/SignInJournal.h"
#include "auth/UserAdmin.h"
#include "auth/internal/SessionInternals.h"
#include "auth/internal/UserQueries.h"
#include "crypto/Crypto.h"
#include "ledger/LedgerStore.h"
#include "store/KeySlotFile.h"
#include "support/LedgerFixtures.h"
#include "support/TestVault.h"
#include "vault/DatabaseVerification.h"
#include "vault/KeyRotation.h"

#include <catch2/catch.hpp>

#include <QFile>

using namespace daicho;
using namespace daicho::test;

namespace {

// Marks the insider's own key revoked in the signing_keys table only, and vouches for the
// row with an entry of their own: the trail still holds the key as valid.
void hideOwnKey(Insider& insider)
{
    insider.sql(QStringLiteral("UPDATE signing_keys SET revoked = 1 WHERE id = %1").arg(insider.myKeyId()));
    insider.sign(QStringLiteral("key.note"), QStringLiteral("signing_keys"), QString::number(insider.myKeyId()));
}

} // namespace

TEST_CASE("insider: a key marked revoked only in the table is still revoked at removal; later entries are named",
          "[core][insider][keys]")
{
    TestVault vault;
    vault.addPeople();
    Insider staff(vault.paths(), QStringLiteral("staff"), TestVault::kPassword);
    hideOwnKey(staff);
    REQUIRE(UserAdmin::removeUser(vault.chief(), staff.myId()).ok());
    CHECK(count(vault.chief(),
                QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'key.revoke' AND target_id = '%1'")
                    .arg(staff.myKeyId()))
          == 1);
    // The removed person, who kept the database key, signs a new revision of an entry.
    staff.sign(QStringLiteral("ledger.note"));
    vault.closeChief();
    CHECK(verificationProblem(vault).contains(QStringLiteral("revoked")));
}

TEST_CASE("insider: a demoted chief's key no longer registers anyone, whatever the table says", "[core][insider][keys]")
{
    TestVault vault;
    vault.addPeople();
    Insider acting(vault.paths(), QStringLiteral("acting"), TestVault::kPassword);
    hideOwnKey(acting);
    auto demoted = UserQueries::byLogin(vault.chief().db(), QStringLiteral("acting")).value().value();
    demoted.role = Role::Staff;
    demoted.departmentId = departmentId(vault.chief(), QStringLiteral("健診管理課"));
    REQUIRE(UserAdmin::updateUser(vault.chief(), demoted).ok());
    // The chain withdrew the key's right to register, although the table hid the key.
    CHECK(count(vault.chief(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'key.registrar' AND "
                                              "target_id = '%1' AND detail LIKE '%registrar=0%'")
                                   .arg(acting.myKeyId()))
          == 1);
    vault.closeChief();
    // A chief of their own making: a row, a registrar key, signed with the demoted key.
    acting.sql(QStringLiteral("INSERT INTO users (login, display_name, role, department_id, must_change_password) "
                              "VALUES ('ghost', '幽霊', 'chief', NULL, 0)"));
    const QString ghost = acting.value(QStringLiteral("SELECT id FROM users WHERE login = 'ghost'"));
    acting.sign(QStringLiteral("user.add"), QStringLiteral("users"), ghost, QStringLiteral("role=chief;login=ghost"));
    const QString problem = verificationProblem(vault);
    CHECK(problem.contains(QStringLiteral("only the chief officer may record")));
}

TEST_CASE("insider: a removed person who swaps the recovery slot stops the rotation and receives no key",
          "[core][insider][keys]")
{
    TestVault vault;
    vault.addPeople();
    Insider staff(vault.paths(), QStringLiteral("staff"), TestVault::kPassword);
    REQUIRE(UserAdmin::removeUser(vault.chief(), staff.myId()).ok());
    // With the old database key: their own X25519 key in the recovery slot, its fingerprint in
    // the database, the key file sealed again (the database key gives the MAC).
    auto file = KeySlotFile::load(vault.paths().keys());
    REQUIRE(file.ok());
    KeySlot swapped = *file->find(KeySlot::recoveryId());
    const crypto::AgreementKeyPair mine = crypto::generateAgreementKey();
    swapped.agreementPublicKey = mine.publicKey;
    file->put(swapped);
    REQUIRE(file->save(vault.paths().keys(), staff.databaseKey()).ok());
    staff.sql(QStringLiteral("UPDATE key_slots SET fingerprint = x'%1' WHERE slot_id = '#recovery'")
                  .arg(QString::fromLatin1(swapped.fingerprint().toHex())));
    staff.sign(QStringLiteral("keyslot.commit"), QStringLiteral("key_slots"), KeySlot::recoveryId());

    // Neither re-wrapped for the intruder nor quietly dropped (which would leave the centre
    // without its recovery key): the rotation stops and says whose records were changed.
    const SecureBytes keyBefore = SessionInternals::secrets(vault.chief()).databaseKey;
    QStringList leftOut;
    const Status rotated = KeyRotation::rotate(vault.chief(), &leftOut);
    REQUIRE_FALSE(rotated.ok());
    CHECK(rotated.error().code == ErrorCode::Tampered);
    CHECK(rotated.error().message.contains(KeySlot::recoveryId()));
    CHECK(SessionInternals::secrets(vault.chief()).databaseKey == keyBefore);
    CHECK(KeySlotFile::load(vault.paths().keys())->find(KeySlot::recoveryId())->fingerprint() == swapped.fingerprint());
}

TEST_CASE("insider: a slot record changed outside Daicho stops a rotation instead of locking its owner out",
          "[core][insider][keys]")
{
    TestVault vault;
    vault.addPeople();
    {
        Insider staff(vault.paths(), QStringLiteral("staff"), TestVault::kPassword);
        staff.sql(QStringLiteral("UPDATE key_slots SET pending_signing_key_id = 1 WHERE slot_id = 'chief'"));
    }
    vault.closeChief();
    auto acting = vault.signIn(QStringLiteral("acting"));
    const Status rotated = KeyRotation::rotate(*acting);
    REQUIRE_FALSE(rotated.ok());
    INFO(rotated.error().message.toStdString());
    CHECK(rotated.error().code == ErrorCode::Tampered);
    CHECK(rotated.error().message.contains(QStringLiteral("chief")));
    // The chief still signs in with the key file as it was.
    acting.reset();
    CHECK(SignIn::openForVerification(vault.paths(), TestVault::kChiefLogin, TestVault::kChiefPassword, vault.clock())
              .ok());
}

TEST_CASE("insider: ledger rows that borrow another entry's context are named by verify", "[core][insider][ledger]")
{
    TestVault vault;
    vault.addPeople();
    const EntryId reg = LedgerStore::add(vault.chief(), QStringLiteral("form3"), registerValues(vault.chief())).value();
    auto staff = vault.signIn(QStringLiteral("staff"));
    const EntryId carryOut = LedgerStore::add(*staff, QStringLiteral("form2"), carryOutValues(*staff, reg)).value();
    staff.reset();
    auto head = vault.signIn(QStringLiteral("head"));
    REQUIRE(LedgerStore::decide(*head, carryOut, Decision::Approve, {}).ok());
    head.reset();
    vault.closeChief();

    SECTION("a decision on a register entry (only the chief reviews it) made through a carry-out's revision")
    {
        Insider insider(vault.paths(), QStringLiteral("head"), TestVault::kPassword);
        insider.sql(QStringLiteral("INSERT INTO ledger_approvals (entry_id, revision_id, approver_id, at_utc, "
                                   "decision) SELECT %1, revision_id, %3, '2026-05-11T00:00:00.000Z', 'review' FROM "
                                   "ledger_entries WHERE id = %2")
                        .arg(reg)
                        .arg(carryOut)
                        .arg(insider.myId()));
        insider.sign(QStringLiteral("ledger.review"), QStringLiteral("ledger_approvals"),
                     insider.value(QStringLiteral("SELECT max(id) FROM ledger_approvals")));
        CHECK(verificationProblem(vault).contains(QStringLiteral("revision that does not exist")));
    }
    SECTION("another department's approved entry moved into one's own, keeping its approval")
    {
        Insider insider(vault.paths(), QStringLiteral("staff"), TestVault::kPassword);
        // The staff member's own department is 健診管理課; the carry-out moves to 総務課.
        const QString general = insider.value(QStringLiteral("SELECT id FROM departments WHERE name = '総務課'"));
        insider.sql(QStringLiteral("UPDATE ledger_revisions SET department_id = %1 WHERE entry_id = %2")
                        .arg(general)
                        .arg(carryOut));
        insider.sql(QStringLiteral("INSERT INTO ledger_revisions (entry_id, number, form, author_id, at_utc, "
                                   "department_id, reason, keeps_approval, data) SELECT entry_id, 2, form, %2, "
                                   "at_utc, department_id, '移管', 1, data FROM ledger_revisions WHERE entry_id = %1")
                        .arg(carryOut)
                        .arg(insider.myId()));
        insider.sign(QStringLiteral("ledger.revise"), QStringLiteral("ledger_revisions"),
                     insider.value(QStringLiteral("SELECT max(id) FROM ledger_revisions")));
        CHECK_FALSE(verificationProblem(vault).isEmpty());
    }
    SECTION("an approved entry's content replaced by a revision that claims to keep the approval")
    {
        Insider insider(vault.paths(), QStringLiteral("staff"), TestVault::kPassword);
        const QString other = insider.value(
            QStringLiteral("SELECT hex(data) FROM ledger_revisions WHERE form = 'form3' ORDER BY id LIMIT 1"));
        insider.sql(QStringLiteral("INSERT INTO ledger_revisions (entry_id, number, form, author_id, at_utc, "
                                   "department_id, reason, keeps_approval, data) SELECT entry_id, 2, form, %2, "
                                   "at_utc, department_id, '返却の記録', 1, x'%3' FROM ledger_revisions WHERE "
                                   "entry_id = %1")
                        .arg(carryOut)
                        .arg(insider.myId())
                        .arg(other));
        const QString revision = insider.value(QStringLiteral("SELECT max(id) FROM ledger_revisions"));
        insider.sql(QStringLiteral("UPDATE ledger_entries SET revision_id = %1, revision_count = 2 WHERE id = %2")
                        .arg(revision)
                        .arg(carryOut));
        insider.sign(QStringLiteral("ledger.revise"), QStringLiteral("ledger_revisions"), revision);
        CHECK_FALSE(verificationProblem(vault).isEmpty());
    }
}

TEST_CASE("insider: a lock without the failed sign-ins behind it is named by verify", "[core][insider]")
{
    TestVault vault;
    vault.addPeople();
    vault.closeChief();
    {
        Insider staff(vault.paths(), QStringLiteral("staff"), TestVault::kPassword);
        staff.sign(QStringLiteral("user.locked"), {}, {}, QStringLiteral("user=1"));
        staff.sql(QStringLiteral("INSERT INTO sign_in_states (user_id, failed_sign_ins, locked) VALUES (1, 10, 1)"));
    }
    CHECK(verificationProblem(vault).contains(QStringLiteral("too few failed sign-ins")));
}

TEST_CASE("insider: links planted at the database's WAL or shared-memory name are refused at open",
          "[core][insider][files]")
{
    TestVault vault;
    vault.closeChief();
    const QString victim = vault.folder() + QStringLiteral("/victim.txt");
    {
        QFile f(victim);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("precious");
    }
    const QString suffix = GENERATE(QStringLiteral("-wal"), QStringLiteral("-shm"));
    QFile::remove(vault.paths().database + suffix);
    REQUIRE(QFile::link(victim, vault.paths().database + suffix));
    const Error refused = refusedSignIn(vault, TestVault::kChiefLogin);
    CHECK(refused.code == ErrorCode::Tampered);
    CHECK(refused.message.contains(QStringLiteral("link")));
    QFile f(victim);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll() == "precious");
}

TEST_CASE("insider: a key file of the older format, or one stripped of anchors, is refused", "[core][insider][keys]")
{
    TestVault vault;
    vault.addPeople();
    const SecureBytes databaseKey = SessionInternals::secrets(vault.chief()).databaseKey;
    vault.closeChief();
    vault.signIn(QStringLiteral("staff")).reset();
    auto file = KeySlotFile::load(vault.paths().keys());
    REQUIRE(file.ok());
    REQUIRE_FALSE(file->anchors().isEmpty());

    SECTION("version 1: no seal, no anchors")
    {
        // What a version-1 file looked like: the same slots, no anchors, no MAC.
        KeySlotFile bare(file->databaseId());
        for (const KeySlot& slot : file->keySlots())
            bare.put(slot);
        QByteArray body = bare.serialize(databaseKey);
        body.chop(32); // the checksum
        body.chop(4 + 1 + 32); // bytes(mac): present, length, 32
        body.chop(4); // anchor count
        body[9] = 1; // format version 1
        body.append(crypto::sha256(body));
        QFile out(vault.paths().keys());
        REQUIRE(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(body);
        out.close();
        REQUIRE(KeySlotFile::load(vault.paths().keys()).ok());
        const Error refused = refusedSignIn(vault, QStringLiteral("head"));
        CHECK(refused.code == ErrorCode::Tampered);
        CHECK(refused.message.contains(QStringLiteral("older format")));
    }
    SECTION("anchors taken out by someone without the database key")
    {
        KeySlotFile stripped = file.value();
        for (const ChainAnchor& anchor : file->anchors())
            stripped.setAnchor(ChainAnchor{anchor.slotId, 1, anchor.entryHash, anchor.atUtc, anchor.signature});
        // The attacker cannot seal it: any key but the database's.
        REQUIRE(stripped.save(vault.paths().keys(), crypto::randomSecret(32)).ok());
        const Error refused = refusedSignIn(vault, QStringLiteral("head"));
        CHECK(refused.code == ErrorCode::Tampered);
        CHECK(refused.message.contains(QStringLiteral("seal")));
    }
}

TEST_CASE("insider: a lock planted in the table alone is refused as tampering and never becomes a real one",
          "[core][insider]")
{
    TestVault vault;
    vault.addPeople();
    vault.closeChief();
    {
        Insider staff(vault.paths(), QStringLiteral("staff"), TestVault::kPassword);
        staff.sql(QStringLiteral("INSERT INTO sign_in_states (user_id, failed_sign_ins, locked) VALUES (5, 0, 1)"));
    }
    // The auditor types the right password: told that the record was changed, not "wrong
    // password" counted towards a lock that would then be real.
    for (int i = 0; i < 3; ++i) {
        const Error refused = refusedSignIn(vault, QStringLiteral("auditor"));
        CHECK(refused.code == ErrorCode::Tampered);
        CHECK(refused.message.contains(QStringLiteral("no entry of the trail locked them")));
    }
    auto file = KeySlotFile::load(vault.paths().keys());
    CHECK(SignInJournal(vault.paths().signInJournal(), file->databaseId())
              .state(QStringLiteral("auditor"))
              .consecutiveFailures
          == 0);
}

// 別紙1 第3条2項: the acting chief stands in for the chief officer; their registrar key does
// not vouch for a change to a chief officer made by SQL.
TEST_CASE("insider: an acting chief who demotes the chief officer is named by verify and refused to the chief",
          "[core][insider]")
{
    TestVault vault;
    vault.addPeople();
    vault.closeChief();
    {
        Insider acting(vault.paths(), QStringLiteral("acting"), TestVault::kPassword);
        acting.sql(QStringLiteral("UPDATE users SET role = 'auditor' WHERE login = 'chief'"));
        acting.sign(QStringLiteral("user.update"), QStringLiteral("users"),
                    QString::number(acting.idOf(QStringLiteral("chief"))), QStringLiteral("role=auditor;department="));
    }
    const Error refused = refusedSignIn(vault, TestVault::kChiefLogin);
    CHECK(refused.code == ErrorCode::Tampered);
    CHECK(verificationProblem(vault).contains(QStringLiteral("acting chief officer")));
}

TEST_CASE("insider: a loop planted in the department tree is refused, never followed endlessly", "[core][insider]")
{
    TestVault vault;
    vault.addPeople();
    vault.closeChief();
    {
        Insider staff(vault.paths(), QStringLiteral("staff"), TestVault::kPassword);
        staff.sql(QStringLiteral(
            "UPDATE departments SET parent_id = (SELECT id FROM departments WHERE name = '健診管理課') WHERE "
            "parent_id IS NULL AND id = (SELECT parent_id FROM departments WHERE name = '健診管理課')"));
    }
    for (const QString& login : {QStringLiteral("staff"), QStringLiteral("head")})
        CHECK(refusedSignIn(vault, login).code == ErrorCode::Tampered);
    // Those whose access does not hang on the tree still work, and are told.
    vault.reopenChief();
    auto departments = Organisation::departments(vault.chief());
    REQUIRE_FALSE(departments.ok());
    CHECK(departments.error().code == ErrorCode::Tampered);
    CHECK(departments.error().message.contains(QStringLiteral("loop")));
    // A name is still shown, in a few steps, whatever the table holds.
    const QList<DepartmentEntry> loop{{1, 2, QStringLiteral("A"), 0, {}}, {2, 1, QStringLiteral("B"), 0, {}}};
    CHECK_FALSE(Organisation::fullName(loop, 1).isEmpty());
    CHECK_FALSE(verificationBy(vault).ok);
}

TEST_CASE("insider: a signing key number taken out of turn is refused and named", "[core][insider][keys]")
{
    TestVault vault;
    vault.addPeople();
    vault.closeChief();
    SECTION("a row squatting the next number is named, and replaced by the next registration, which says so")
    {
        {
            Insider staff(vault.paths(), QStringLiteral("staff"), TestVault::kPassword);
            const QByteArray publicKey = crypto::signingPublicKey(crypto::randomSecret(32));
            staff.sql(QStringLiteral("INSERT INTO signing_keys (id, user_id, public_key) SELECT max(id) + 1, %1, "
                                     "x'%2' FROM signing_keys")
                          .arg(staff.myId())
                          .arg(QString::fromLatin1(publicKey.toHex())));
        }
        CHECK(verificationProblem(vault).contains(QStringLiteral("signing_keys")));
        // One planted row must not stop every new key: the chief's reset still works.
        vault.reopenChief();
        const UserId head = UserQueries::byLogin(vault.chief().db(), QStringLiteral("head")).value()->id;
        REQUIRE(UserAdmin::resetPassword(vault.chief(), head, QStringLiteral("a new long password")).ok());
        auto latest = AuditLog::newest(vault.chief().db(), 0, 20);
        REQUIRE(latest.ok());
        bool said = false;
        for (const AuditEntry& e : latest.value())
            said = said || e.detail.contains(QStringLiteral("replaced_unregistered_row=1"));
        CHECK(said);
        vault.closeChief();
        CHECK(verificationBy(vault).ok);
    }
    SECTION("a registrar's entry with a number of their choosing is named by verify")
    {
        {
            Insider acting(vault.paths(), QStringLiteral("acting"), TestVault::kPassword);
            const QByteArray publicKey = crypto::signingPublicKey(crypto::randomSecret(32));
            acting.sql(QStringLiteral("INSERT INTO signing_keys (id, user_id, public_key) VALUES (1000000, %1, x'%2')")
                           .arg(acting.myId())
                           .arg(QString::fromLatin1(publicKey.toHex())));
            acting.sign(QStringLiteral("key.register"), QStringLiteral("signing_keys"), QStringLiteral("1000000"),
                        QStringLiteral("key=1000000;user=%1;public_key=%2;registrar=0")
                            .arg(acting.myId())
                            .arg(QString::fromLatin1(publicKey.toHex())));
        }
        CHECK(verificationProblem(vault).contains(QStringLiteral("out of turn")));
    }
}
