// Attacks found by the third review of the insider defences (rotation, anchors, key numbers,
// the acting chief's keys) and the false alarms it found on honest sign-ins: each must fail
// now, and the honest flows stay quiet.

#include "Insider.h"
#include "audit/internal/AuditRecords.h"

#include "audit/AuditLog.h"
#include "auth/PasswordPolicy.h"
#include "auth/SignIn.h"
#include "auth/UserAdmin.h"
#include "auth/internal/SessionInternals.h"
#include "auth/internal/UserQueries.h"
#include "crypto/Crypto.h"
#include "crypto/Kdf.h"
#include "ledger/LedgerStore.h"
#include "store/KeySlotFile.h"
#include "support/LedgerFixtures.h"
#include "support/TestVault.h"
#include "vault/DatabaseVerification.h"
#include "vault/KeyRotation.h"
#include "vault/Recovery.h"
#include "vault/internal/SlotKdf.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace daicho;
using namespace daicho::test;

namespace {

QString hex(const QByteArray& b)
{
    return QString::fromLatin1(b.toHex());
}

} // namespace

TEST_CASE("insider: a changed fingerprint row stops the rotation instead of dropping an honest slot",
          "[core][insider][keys]")
{
    TestVault vault;
    vault.addPeople();
    vault.closeChief();
    QString victim;
    SECTION("the head's slot")
    {
        victim = QStringLiteral("head");
    }
    SECTION("the recovery slot")
    {
        victim = KeySlot::recoveryId();
    }
    {
        Insider staff(vault.paths(), QStringLiteral("staff"), TestVault::kPassword);
        staff.sql(QStringLiteral("UPDATE key_slots SET fingerprint = randomblob(32) WHERE slot_id = '%1'").arg(victim));
    }
    vault.reopenChief();
    const SecureBytes before = SessionInternals::secrets(vault.chief()).databaseKey;
    const Status rotated = KeyRotation::rotate(vault.chief());
    REQUIRE_FALSE(rotated.ok());
    CHECK(rotated.error().code == ErrorCode::Tampered);
    CHECK(rotated.error().message.contains(victim));
    CHECK(SessionInternals::secrets(vault.chief()).databaseKey == before);
    CHECK(KeySlotFile::load(vault.paths().keys())->find(victim) != nullptr);
}

TEST_CASE("insider: a planted slot carrying an active person's public key is left out, not a reason to stop",
          "[core][insider][keys]")
{
    TestVault vault;
    vault.addPeople();
    vault.closeChief();
    {
        Insider staff(vault.paths(), QStringLiteral("staff"), TestVault::kPassword);
        auto file = KeySlotFile::load(vault.paths().keys());
        REQUIRE(file.ok());
        NewSlot ghost = makeSlot(KeySlot::Kind::User, QStringLiteral("ghost"), toSecure(QByteArrayLiteral("x")),
                                 kdfLimits().minimum, staff.databaseKey(), file->headerBytes());
        ghost.slot.signingPublicKey = file->find(TestVault::kChiefLogin)->signingPublicKey;
        file->put(ghost.slot);
        REQUIRE(file->save(vault.paths().keys(), staff.databaseKey()).ok());
        staff.sql(QStringLiteral("INSERT INTO key_slots (slot_id, user_id, fingerprint) VALUES ('ghost', NULL, x'%1')")
                      .arg(hex(ghost.slot.fingerprint())));
    }
    vault.reopenChief();
    // The chief removes the staff member and rotates, as offered: both go through.
    REQUIRE(UserAdmin::removeUser(vault.chief(), userId(vault.chief(), QStringLiteral("staff"))).ok());
    QStringList leftOut;
    REQUIRE(KeyRotation::rotate(vault.chief(), &leftOut).ok());
    CHECK(leftOut.contains(QStringLiteral("ghost")));
    CHECK(KeySlotFile::load(vault.paths().keys())->find(QStringLiteral("ghost")) == nullptr);
}

TEST_CASE("insider: a row squatting the next key number does not stop the recovery key", "[core][insider][keys]")
{
    TestVault vault;
    vault.addPeople();
    const QString recoveryKey = vault.recoveryKey();
    vault.closeChief();
    {
        Insider staff(vault.paths(), QStringLiteral("staff"), TestVault::kPassword);
        staff.sql(QStringLiteral("INSERT INTO signing_keys (id, user_id, public_key) SELECT max(id) + 1, NULL, "
                                 "randomblob(32) FROM signing_keys"));
    }
    auto recovered = Recovery::recover(vault.paths(), recoveryKey, TestVault::kChiefLogin,
                                       QStringLiteral("a fresh password for recovery"), vault.clock());
    INFO((recovered.ok() ? QString() : recovered.error().message).toStdString());
    REQUIRE(recovered.ok());
    recovered.value().session.reset();
    const VerifyReport report = verificationBy(vault);
    INFO(report.problem.toStdString());
    CHECK(report.ok);
}

TEST_CASE("insider: a cut-off trail with its anchors taken out is not hidden by a key rotation",
          "[core][insider][anchor]")
{
    TestVault vault;
    vault.addPeople();
    const EntryId reg = LedgerStore::add(vault.chief(), QStringLiteral("form3"), registerValues(vault.chief())).value();
    vault.closeChief();
    std::int64_t before = 0;
    {
        auto staff = vault.signIn(QStringLiteral("staff"));
        before = AuditLog::headSeq(staff->db()).value();
        REQUIRE(LedgerStore::add(*staff, QStringLiteral("form2"), carryOutValues(*staff, reg)).ok());
    }
    {
        Insider acting(vault.paths(), QStringLiteral("acting"), TestVault::kPassword);
        acting.sql(QStringLiteral("DELETE FROM ledger_entries WHERE form = 'form2'; DELETE FROM ledger_revisions WHERE "
                                  "form = 'form2'; DELETE FROM audit_log WHERE seq > %1")
                       .arg(before));
        auto file = KeySlotFile::load(vault.paths().keys());
        for (const ChainAnchor& a : QList<ChainAnchor>(file->anchors()))
            if (a.seq > before)
                file->removeAnchor(a.slotId);
        REQUIRE(file->save(vault.paths().keys(), acting.databaseKey()).ok());
    }
    CHECK_FALSE(verificationBy(vault).ok);
    {
        auto acting = vault.signIn(QStringLiteral("acting"));
        REQUIRE(KeyRotation::rotate(*acting).ok());
    }
    // A rotation keeps every anchor, so it excuses none that is missing.
    CHECK(verificationProblem(vault).contains(QStringLiteral("taken out of the key file")));
}

TEST_CASE("insider: an acting chief's key entries about the chief or the recovery key count for nothing",
          "[core][insider][keys]")
{
    TestVault vault;
    vault.addPeople();
    vault.closeChief();
    const QString mine = QStringLiteral("the acting chief's own chosen password");
    SECTION("take over: a new key and slot for the chief, the old key revoked")
    {
        {
            Insider acting(vault.paths(), QStringLiteral("acting"), TestVault::kPassword);
            const std::int64_t chief = acting.idOf(TestVault::kChiefLogin);
            const std::int64_t oldKey =
                acting.number(QStringLiteral("SELECT signing_key_id FROM key_slots WHERE slot_id = 'chief'"));
            auto file = KeySlotFile::load(vault.paths().keys());
            const KdfParams kdf = *file->firstUserKdf();
            QString typed = mine;
            NewSlot slot = makeSlot(KeySlot::Kind::User, TestVault::kChiefLogin, PasswordPolicy::secretOf(typed), kdf,
                                    acting.databaseKey(), file->headerBytes());
            const std::int64_t newKey = acting.number(QStringLiteral("SELECT max(id) FROM signing_keys")) + 1;
            acting.sql(QStringLiteral("INSERT INTO signing_keys (id, user_id, public_key) VALUES (%1, %2, x'%3')")
                           .arg(newKey)
                           .arg(chief)
                           .arg(hex(slot.slot.signingPublicKey)));
            acting.sign(QStringLiteral("key.register"), QStringLiteral("signing_keys"), QString::number(newKey),
                        QStringLiteral("key=%1;user=%2;public_key=%3;registrar=1")
                            .arg(newKey)
                            .arg(chief)
                            .arg(hex(slot.slot.signingPublicKey)));
            acting.sql(QStringLiteral("UPDATE key_slots SET fingerprint = x'%1', signing_key_id = %2 WHERE slot_id = "
                                      "'chief'; UPDATE signing_keys SET revoked = 1 WHERE id = %3")
                           .arg(hex(slot.slot.fingerprint()))
                           .arg(newKey)
                           .arg(oldKey));
            acting.sign(QStringLiteral("keyslot.commit"), QStringLiteral("key_slots"), TestVault::kChiefLogin);
            acting.sign(QStringLiteral("key.revoke"), QStringLiteral("signing_keys"), QString::number(oldKey),
                        QStringLiteral("key=%1").arg(oldKey));
            file->put(slot.slot);
            REQUIRE(file->save(vault.paths().keys(), acting.databaseKey()).ok());
        }
        // The acting chief cannot sign in as the chief.
        CHECK_FALSE(SignIn::signIn(vault.paths(), TestVault::kChiefLogin, mine, vault.clock()).ok());
    }
    SECTION("lock out: the chief's key revoked")
    {
        Insider acting(vault.paths(), QStringLiteral("acting"), TestVault::kPassword);
        const std::int64_t oldKey =
            acting.number(QStringLiteral("SELECT signing_key_id FROM key_slots WHERE slot_id = 'chief'"));
        acting.sql(QStringLiteral("UPDATE signing_keys SET revoked = 1 WHERE id = %1").arg(oldKey));
        acting.sign(QStringLiteral("key.revoke"), QStringLiteral("signing_keys"), QString::number(oldKey),
                    QStringLiteral("key=%1").arg(oldKey));
    }
    SECTION("disarm: the chief's key loses its registrar flag, the recovery key is revoked")
    {
        Insider acting(vault.paths(), QStringLiteral("acting"), TestVault::kPassword);
        const std::int64_t chiefKey =
            acting.number(QStringLiteral("SELECT signing_key_id FROM key_slots WHERE slot_id = 'chief'"));
        const std::int64_t recoveryKeyId =
            acting.number(QStringLiteral("SELECT signing_key_id FROM key_slots WHERE slot_id = '#recovery'"));
        acting.sign(QStringLiteral("key.registrar"), QStringLiteral("signing_keys"), QString::number(chiefKey),
                    QStringLiteral("key=%1;registrar=0").arg(chiefKey));
        acting.sql(QStringLiteral("UPDATE signing_keys SET revoked = 1 WHERE id = %1").arg(recoveryKeyId));
        acting.sign(QStringLiteral("key.revoke"), QStringLiteral("signing_keys"), QString::number(recoveryKeyId),
                    QStringLiteral("key=%1").arg(recoveryKeyId));
    }
    CHECK(verificationProblem(vault).contains(QStringLiteral("acting chief officer")));
}

TEST_CASE("the chief and the acting chief working honestly leave a trail that verifies", "[core][insider]")
{
    TestVault vault;
    vault.addPeople();
    vault.closeChief();
    for (int i = 0; i < 10; ++i)
        (void)SignIn::signIn(vault.paths(), TestVault::kChiefLogin, QStringLiteral("wrong password!!"), vault.clock());
    {
        auto acting = vault.signIn(QStringLiteral("acting"));
        REQUIRE(UserAdmin::unlockUser(*acting, userId(*acting, TestVault::kChiefLogin)).ok());
        REQUIRE(UserAdmin::addUser(*acting,
                                   {QStringLiteral("newstaff"), QStringLiteral("新 担当"), Role::Staff,
                                    departmentId(*acting, QStringLiteral("健診管理課"))},
                                   QStringLiteral("initial-password-0000"))
                    .ok());
        REQUIRE(KeyRotation::rotate(*acting).ok());
    }
    vault.reopenChief();
    auto actingEntry = UserQueries::byLogin(vault.chief().db(), QStringLiteral("acting")).value();
    REQUIRE(actingEntry);
    UserEntry changed = *actingEntry;
    changed.role = Role::Staff;
    changed.departmentId = departmentId(vault.chief(), QStringLiteral("健診管理課"));
    REQUIRE(UserAdmin::updateUser(vault.chief(), changed).ok());
    vault.closeChief();
    const VerifyReport report = verificationBy(vault);
    INFO(report.problem.toStdString());
    CHECK(report.ok);
}

TEST_CASE("honest sign-ins are told nothing about the key file", "[core][anchor]")
{
    TestVault vault;
    vault.addPeople();
    REQUIRE(UserAdmin::addUser(vault.chief(),
                               {QStringLiteral("newstaff"), QStringLiteral("新 担当"), Role::Staff,
                                departmentId(vault.chief(), QStringLiteral("健診管理課"))},
                               QStringLiteral("initial-password-0000"))
                .ok());
    vault.closeChief();
    auto first = SignIn::signIn(vault.paths(), QStringLiteral("newstaff"), QStringLiteral("initial-password-0000"),
                                vault.clock());
    REQUIRE(first.ok());
    INFO(first.value()->notices().join(QStringLiteral(" // ")).toStdString());
    CHECK(first.value()->notices().isEmpty());
    first.value().reset();
    vault.signIn(QStringLiteral("head")).reset();
    auto again = vault.signIn(QStringLiteral("head"));
    INFO(again->notices().join(QStringLiteral(" // ")).toStdString());
    CHECK(again->notices().isEmpty());
}

TEST_CASE("insider: a person who tampers with their own slot row is still removed, and the key rotated",
          "[core][insider][keys]")
{
    TestVault vault;
    vault.addPeople();
    vault.closeChief();
    {
        Insider staff(vault.paths(), QStringLiteral("staff"), TestVault::kPassword);
        staff.sql(QStringLiteral("UPDATE key_slots SET pending_signing_key_id = %1 WHERE slot_id = 'staff'")
                      .arg(staff.myKeyId()));
    }
    vault.reopenChief();
    REQUIRE(UserAdmin::removeUser(vault.chief(), userId(vault.chief(), QStringLiteral("staff"))).ok());
    CHECK(count(vault.chief(),
                QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'keyslot.remove' AND detail LIKE "
                               "'%changed_outside=1%'"))
          == 1);
    REQUIRE(KeyRotation::rotate(vault.chief()).ok());
}

TEST_CASE("insider: a false claim together with a touched slot row can still be set aside", "[core][insider][anchor]")
{
    TestVault vault;
    vault.addPeople();
    vault.closeChief();
    {
        Insider staff(vault.paths(), QStringLiteral("staff"), TestVault::kPassword);
        auto file = KeySlotFile::load(vault.paths().keys());
        ChainAnchor claim{QStringLiteral("staff"),
                          staff.number(QStringLiteral("SELECT max(seq) FROM audit_log")) + 500,
                          crypto::randomBytes(32),
                          file->anchor(QStringLiteral("staff"))->atUtc,
                          {}};
        claim.signature = crypto::sign(staff.seed(), claim.signedBytes(file->headerBytes()));
        file->setAnchor(claim);
        REQUIRE(file->save(vault.paths().keys(), staff.databaseKey()).ok());
        staff.sql(QStringLiteral("UPDATE key_slots SET pending_signing_key_id = %1 WHERE slot_id = 'staff'")
                      .arg(staff.myKeyId()));
    }
    CHECK(refusedSignIn(vault, QStringLiteral("head")).code == ErrorCode::Tampered);
    auto dismissed = SignIn::signInSettingAsideClaims(vault.paths(), TestVault::kChiefLogin, TestVault::kChiefPassword,
                                                      vault.clock());
    INFO((dismissed.ok() ? QString() : dismissed.error().message).toStdString());
    REQUIRE(dismissed.ok());
    dismissed.value().reset();
    CHECK(vault.signIn(QStringLiteral("head")) != nullptr);
    // The touched row is still the auditor's to see.
    CHECK(verificationProblem(vault).contains(QStringLiteral("key_slots")));
}
