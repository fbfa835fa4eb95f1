// Attacks by people inside, each done as docs/threat-model.md says an insider can: with
// their own password they unwrap the database key and their own signing key, change the
// encrypted file with SQL and sign audit entries with their own key (Insider). Each must be
// refused at sign-in (or at the next operation) and named by the verification.

#include "Insider.h"

#include "audit/AuditVerifier.h"
#include "audit/Checkpoint.h"
#include "auth/SignIn.h"
#include "auth/UserAdmin.h"
#include "auth/internal/UserQueries.h"
#include "ledger/LedgerStore.h"
#include "store/KeySlotFile.h"
#include "support/LedgerFixtures.h"
#include "support/TestVault.h"
#include "vault/DatabaseVerification.h"

#include <catch2/catch.hpp>

#include <QFile>

using namespace daicho;
using namespace daicho::test;

namespace {

// Ten wrong passwords in a row, waiting out each slow-down: the person is locked.
void lockOut(TestVault& vault, const QString& login)
{
    for (int i = 0; i < SignIn::kLockAfter; ++i) {
        vault.clock().advanceSeconds(16 * 60);
        CHECK_FALSE(SignIn::signIn(vault.paths(), login, QStringLiteral("wrong password!!"), vault.clock()).ok());
    }
}

void requireNamed(const VerifyReport& report, const QString& words)
{
    INFO("verification: " << report.problem.toStdString());
    CHECK_FALSE(report.ok);
    CHECK(report.problem.contains(words));
}

struct People {
    TestVault vault;
    EntryId reg = 0;
    People()
    {
        vault.addPeople();
        reg = LedgerStore::add(vault.chief(), QStringLiteral("form3"), registerValues(vault.chief())).value();
    }
    Insider insider(const QString& login)
    {
        return Insider(vault.paths(), login,
                       login == TestVault::kChiefLogin ? TestVault::kChiefPassword : TestVault::kPassword);
    }
};

} // namespace

TEST_CASE("insider: a role raised to chief is refused at sign-in and named by verify", "[core][insider]")
{
    People p;
    p.vault.closeChief();
    {
        Insider staff = p.insider(QStringLiteral("staff"));
        staff.sql(QStringLiteral("UPDATE users SET role = 'chief' WHERE id = %1").arg(staff.myId()));
        SECTION("with a user.update entry signed with the staff member's own key")
        {
            staff.sign(QStringLiteral("user.update"), QStringLiteral("users"), QString::number(staff.myId()),
                       QStringLiteral("role=chief"));
        }
        SECTION("with the sign-in entry a person may write about themselves")
        {
            staff.sign(QStringLiteral("signin.ok"), QStringLiteral("users"), QString::number(staff.myId()));
        }
    }
    const Error refused = refusedSignIn(p.vault, QStringLiteral("staff"));
    CHECK(refused.code == ErrorCode::Tampered);
    CHECK(refused.message.contains(QStringLiteral("changed outside Daicho")));
    CHECK(refused.message.contains(QStringLiteral("auditor")));
    const VerifyReport report = verificationBy(p.vault);
    CHECK_FALSE(report.ok);
    CHECK((report.problem.contains(QStringLiteral("only the chief officer may record"))
           || report.problem.contains(QStringLiteral("role"))));
    // The chief's own sign-in still works: nothing was granted.
    CHECK(SignIn::signIn(p.vault.paths(), TestVault::kChiefLogin, TestVault::kChiefPassword, p.vault.clock()).ok());
}

TEST_CASE("insider: a department or name moved is refused at sign-in and named by verify", "[core][insider]")
{
    People p;
    p.vault.closeChief();
    const auto change = GENERATE(QStringLiteral("department_id = (SELECT id FROM departments WHERE name = '総務課')"),
                                 QStringLiteral("display_name = '総務 部長'"));
    INFO(change.toStdString());
    {
        Insider staff = p.insider(QStringLiteral("staff"));
        staff.sql(QStringLiteral("UPDATE users SET %1 WHERE id = %2").arg(change).arg(staff.myId()));
        staff.sign(QStringLiteral("signin.ok"), QStringLiteral("users"), QString::number(staff.myId()));
    }
    const Error refused = refusedSignIn(p.vault, QStringLiteral("staff"));
    CHECK(refused.code == ErrorCode::Tampered);
    CHECK(refused.message.contains(QStringLiteral("not what the chief officer recorded")));
    requireNamed(verificationBy(p.vault), QStringLiteral("staff (4)"));
}

TEST_CASE("insider: another person's role lowered is refused to that person and named by verify", "[core][insider]")
{
    People p;
    p.vault.closeChief();
    {
        Insider staff = p.insider(QStringLiteral("staff"));
        staff.sql(QStringLiteral("UPDATE users SET role = 'staff' WHERE login = 'chief'"));
    }
    const Error refused = refusedSignIn(p.vault, TestVault::kChiefLogin);
    CHECK(refused.code == ErrorCode::Tampered);
    CHECK(refused.message.contains(QStringLiteral("role")));
    requireNamed(verificationBy(p.vault), QStringLiteral("users"));
}

TEST_CASE("insider: a lock cleared by the locked person is refused and named by verify", "[core][insider]")
{
    People p;
    lockOut(p.vault, QStringLiteral("staff"));
    p.vault.closeChief();
    p.vault.reopenChief(); // the next sign-in moves the failures into the trail: user.locked
    p.vault.closeChief();
    {
        Insider staff = p.insider(QStringLiteral("staff"));
        REQUIRE(staff.number(QStringLiteral("SELECT locked FROM sign_in_states WHERE user_id = %1").arg(staff.myId()))
                == 1);
        staff.sql(QStringLiteral("DELETE FROM sign_in_states WHERE user_id = %1").arg(staff.myId()));
    }
    REQUIRE(QFile::remove(p.vault.paths().signInJournal()));
    const Error refused = refusedSignIn(p.vault, QStringLiteral("staff"));
    CHECK(refused.code == ErrorCode::Tampered);
    CHECK(refused.message.contains(QStringLiteral("lock was removed")));
    requireNamed(verificationBy(p.vault), QStringLiteral("lock was removed"));
}

TEST_CASE("insider: a locked person's right password is answered as a wrong one", "[core][insider]")
{
    People p;
    lockOut(p.vault, QStringLiteral("head"));
    p.vault.closeChief();
    p.vault.reopenChief();
    // With the journal gone, only the database knows the lock: the answer must not tell
    // whether the password was right.
    REQUIRE(QFile::remove(p.vault.paths().signInJournal()));
    auto right = SignIn::signIn(p.vault.paths(), QStringLiteral("head"), TestVault::kPassword, p.vault.clock());
    REQUIRE(QFile::remove(p.vault.paths().signInJournal()));
    auto wrong =
        SignIn::signIn(p.vault.paths(), QStringLiteral("head"), QStringLiteral("wrong password!!"), p.vault.clock());
    REQUIRE_FALSE(right.ok());
    REQUIRE_FALSE(wrong.ok());
    CHECK(right.error().code == wrong.error().code);
    CHECK(right.error().message == wrong.error().message);
}

TEST_CASE("insider: a removed person put back with an old key file is refused and named by verify", "[core][insider]")
{
    People p;
    const QByteArray oldKeys = [&] {
        QFile f(p.vault.paths().keys());
        REQUIRE(f.open(QIODevice::ReadOnly));
        return f.readAll();
    }();
    const UserId staffId = userId(p.vault.chief(), QStringLiteral("staff"));
    const QByteArray oldFingerprint = KeySlotFile::parse(oldKeys)->find(QStringLiteral("staff"))->fingerprint();
    // The old key file still opens: the database key was not rotated after the removal.
    {
        QFile f(p.vault.paths().keys() + QStringLiteral(".kept"));
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(oldKeys);
    }
    REQUIRE(UserAdmin::removeUser(p.vault.chief(), staffId).ok());
    p.vault.closeChief();
    QFile::remove(p.vault.paths().keys() + QStringLiteral(".current"));
    REQUIRE(QFile::rename(p.vault.paths().keys(), p.vault.paths().keys() + QStringLiteral(".current")));
    REQUIRE(QFile::rename(p.vault.paths().keys() + QStringLiteral(".kept"), p.vault.paths().keys()));
    {
        Insider staff = p.insider(QStringLiteral("staff"));
        staff.sql(QStringLiteral("UPDATE users SET active = 1 WHERE id = %1; UPDATE signing_keys SET revoked = 0 "
                                 "WHERE user_id = %1; INSERT INTO key_slots (slot_id, user_id, fingerprint, "
                                 "signing_key_id) VALUES ('staff', %1, x'%2', %3)")
                      .arg(staffId)
                      .arg(QString::fromLatin1(oldFingerprint.toHex()))
                      .arg(staff.myKeyId()));
        staff.sign(QStringLiteral("keyslot.add"), QStringLiteral("key_slots"), QStringLiteral("staff"));
    }
    const Error refused = refusedSignIn(p.vault, QStringLiteral("staff"));
    CHECK(refused.code == ErrorCode::Tampered);
    CHECK(refused.message.contains(QStringLiteral("revoked")));
    requireNamed(verificationBy(p.vault), QStringLiteral("revoked"));
}

TEST_CASE("insider: a forged approval, author or self-approval of ledger rows is named by verify",
          "[core][insider][ledger]")
{
    People p;
    auto staff = p.vault.signIn(QStringLiteral("staff"));
    const EntryId carryOut = LedgerStore::add(*staff, QStringLiteral("form2"), carryOutValues(*staff, p.reg)).value();
    staff.reset();
    const UserId chiefId = p.vault.chief().user().id;
    p.vault.closeChief();

    SECTION("staff records the chief's approval of their own carry-out")
    {
        {
            Insider insider = p.insider(QStringLiteral("staff"));
            insider.forgeApproval(carryOut, chiefId);
        }
        requireNamed(verificationBy(p.vault), QStringLiteral("as the approver, but entry"));
    }
    SECTION("staff approves their own carry-out as themselves")
    {
        {
            Insider insider = p.insider(QStringLiteral("staff"));
            insider.forgeApproval(carryOut, insider.myId());
        }
        requireNamed(verificationBy(p.vault), QStringLiteral("approving their own writing"));
    }
    SECTION("staff adds a revision in the head's name")
    {
        {
            Insider insider = p.insider(QStringLiteral("staff"));
            insider.sql(QStringLiteral("INSERT INTO ledger_revisions (entry_id, number, form, author_id, at_utc, "
                                       "department_id, reason, keeps_approval, data) SELECT entry_id, 2, form, %2, "
                                       "at_utc, department_id, '訂正', 0, data FROM ledger_revisions WHERE "
                                       "entry_id = %1")
                            .arg(carryOut)
                            .arg(insider.idOf(QStringLiteral("head"))));
            insider.sign(QStringLiteral("ledger.revise"), QStringLiteral("ledger_revisions"),
                         insider.value(QStringLiteral("SELECT max(id) FROM ledger_revisions")));
        }
        requireNamed(verificationBy(p.vault), QStringLiteral("as its author, but entry"));
    }
}

TEST_CASE("insider: a head approving another department's entry is named by verify", "[core][insider][ledger]")
{
    People p;
    const auto generalAffairs = departmentId(p.vault.chief(), QStringLiteral("総務部"));
    REQUIRE(
        UserAdmin::addUser(p.vault.chief(),
                           {QStringLiteral("head2"), QStringLiteral("総務 次長"), Role::DepartmentHead, generalAffairs},
                           TestVault::kPassword)
            .ok());
    auto staff = p.vault.signIn(QStringLiteral("staff"));
    const EntryId carryOut = LedgerStore::add(*staff, QStringLiteral("form2"), carryOutValues(*staff, p.reg)).value();
    staff.reset();
    p.vault.closeChief();
    {
        Insider head2(p.vault.paths(), QStringLiteral("head2"), TestVault::kPassword);
        head2.forgeApproval(carryOut, head2.myId());
    }
    requireNamed(verificationBy(p.vault), QStringLiteral("did not belong to that department"));
}

TEST_CASE("insider: a checkpoint signed by someone other than the auditor is named by verify", "[core][insider]")
{
    People p;
    p.vault.closeChief();
    {
        Insider staff = p.insider(QStringLiteral("staff"));
        staff.sign(QStringLiteral("checkpoint"));
    }
    requireNamed(verificationBy(p.vault), QStringLiteral("not the auditor"));
}

TEST_CASE("insider: a department moved under one's own by a staff member is refused at sign-in", "[core][insider]")
{
    People p;
    p.vault.closeChief();
    {
        Insider staff = p.insider(QStringLiteral("staff"));
        const QString general = staff.value(QStringLiteral("SELECT id FROM departments WHERE name = '総務課'"));
        staff.sql(QStringLiteral("UPDATE departments SET parent_id = (SELECT id FROM departments WHERE name = "
                                 "'健診管理課') WHERE id = %1")
                      .arg(general));
        staff.sign(QStringLiteral("department.rename"), QStringLiteral("departments"), general);
    }
    const Error refused = refusedSignIn(p.vault, QStringLiteral("staff"));
    CHECK(refused.code == ErrorCode::Tampered);
    CHECK(refused.message.contains(QStringLiteral("departments")));
    requireNamed(verificationBy(p.vault), QStringLiteral("may not change"));
}

TEST_CASE("insider: cheap Argon2 settings planted for the next person's slot are refused", "[core][insider]")
{
    People p;
    {
        Insider staff = p.insider(QStringLiteral("staff"));
        staff.sql(QStringLiteral("UPDATE settings SET value = '1024,1,1' WHERE key = 'argon2id'"));
        staff.sign(QStringLiteral("setting.change"), QStringLiteral("settings"), QStringLiteral("argon2id"));
    }
    auto added = UserAdmin::addUser(p.vault.chief(),
                                    {QStringLiteral("newcomer"), QStringLiteral("新人 太郎"), Role::Staff,
                                     departmentId(p.vault.chief(), QStringLiteral("健診管理課"))},
                                    QStringLiteral("initial-password-1111"));
    REQUIRE_FALSE(added.ok());
    CHECK(added.error().code == ErrorCode::Tampered);
    CHECK_FALSE(KeySlotFile::load(p.vault.paths().keys())->find(QStringLiteral("newcomer")));
    p.vault.closeChief();
    requireNamed(verificationBy(p.vault), QStringLiteral("may not change"));
}
