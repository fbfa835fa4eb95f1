#include "audit/AuditTrailView.h"
#include "audit/Checkpoint.h"
#include "auth/Organisation.h"
#include "auth/Settings.h"
#include "auth/UserAdmin.h"
#include "exchange/PrintRecord.h"
#include "ledger/FormRegistry.h"
#include "support/LedgerFixtures.h"
#include "support/TestVault.h"
#include "vault/Backup.h"
#include "vault/KeyRotation.h"

#include <catch2/catch.hpp>

using namespace daicho;
using test::TestVault;

// The services themselves refuse, whatever the GUI shows: each call below is made by a
// role the table refuses, and must fail with PermissionDenied and change nothing.
TEST_CASE("core services refuse what the signed-in role may not do", "[core][permissions]")
{
    TestVault vault;
    vault.addPeople();
    auto staff = vault.signIn(QStringLiteral("staff"));
    auto head = vault.signIn(QStringLiteral("head"));
    auto auditor = vault.signIn(QStringLiteral("auditor"));
    const auto headBefore = vault.chief().db().scalar(QStringLiteral("SELECT max(seq) FROM audit_log")).value();

    auto denied = [](const Status& s) { return !s.ok() && s.error().code == ErrorCode::PermissionDenied; };
    auto added = UserAdmin::addUser(*staff, {QStringLiteral("x1"), QStringLiteral("X"), Role::Staff, 1},
                                    QStringLiteral("some-long-password"));
    CHECK((!added.ok() && added.error().code == ErrorCode::PermissionDenied));
    CHECK(denied(UserAdmin::removeUser(*head, 1)));
    CHECK(denied(UserAdmin::unlockUser(*auditor, 1)));
    CHECK(denied(Settings::setIdleLockMinutes(*staff, 9)));
    CHECK(denied(KeyRotation::rotate(*auditor)));
    CHECK(denied(Backup::backup(*head, VaultPaths{vault.folder() + QStringLiteral("/b.daicho")})));
    auto dept = Organisation::addDepartment(*staff, QStringLiteral("不正な課"), std::nullopt);
    CHECK((!dept.ok() && dept.error().code == ErrorCode::PermissionDenied));
    auto checkpoint = Checkpoint::sign(*staff);
    CHECK((!checkpoint.ok() && checkpoint.error().code == ErrorCode::PermissionDenied));
    auto users = UserAdmin::listUsers(*staff);
    CHECK((!users.ok() && users.error().code == ErrorCode::PermissionDenied));
    auto trail = AuditTrailView::newest(*head, 0, 10);
    CHECK((!trail.ok() && trail.error().code == ErrorCode::PermissionDenied));
    CHECK(AuditTrailView::newest(*auditor, 0, 10).ok());

    // Nothing was written by the refused calls (sign-ins above are before headBefore).
    CHECK(vault.chief().db().scalar(QStringLiteral("SELECT max(seq) FROM audit_log")).value() == headBefore);
}

// 別紙1 第3条2項: the acting chief stands in for the chief officer, not over them.
TEST_CASE("the acting chief officer neither makes nor changes a chief officer", "[core][permissions]")
{
    TestVault vault;
    vault.addPeople();
    const UserEntry chief = UserAdmin::listUsers(vault.chief()).value().first();
    REQUIRE(chief.role == Role::Chief);
    vault.closeChief();
    auto acting = vault.signIn(QStringLiteral("acting"));
    UserEntry staff;
    const auto people = UserAdmin::listUsers(*acting);
    REQUIRE(people.ok());
    for (const UserEntry& u : people.value())
        if (u.login == QLatin1String("staff"))
            staff = u;
    const auto headBefore = acting->db().scalar(QStringLiteral("SELECT max(seq) FROM audit_log")).value();

    auto denied = [](const Status& s) { return !s.ok() && s.error().code == ErrorCode::PermissionDenied; };
    auto added = UserAdmin::addUser(*acting, {QStringLiteral("chief2"), QStringLiteral("新 部長"), Role::Chief, {}},
                                    QStringLiteral("some-long-password"));
    CHECK((!added.ok() && added.error().code == ErrorCode::PermissionDenied));
    UserEntry demoted = chief;
    demoted.role = Role::Staff;
    demoted.departmentId = staff.departmentId;
    CHECK(denied(UserAdmin::updateUser(*acting, demoted)));
    UserEntry renamed = chief;
    renamed.displayName = QStringLiteral("別 人");
    CHECK(denied(UserAdmin::updateUser(*acting, renamed)));
    UserEntry promoted = staff;
    promoted.role = Role::Chief;
    CHECK(denied(UserAdmin::updateUser(*acting, promoted)));
    CHECK(denied(UserAdmin::removeUser(*acting, chief.id)));
    CHECK(denied(UserAdmin::resetPassword(*acting, chief.id, QStringLiteral("another-long-password"))));
    CHECK(acting->db().scalar(QStringLiteral("SELECT max(seq) FROM audit_log")).value() == headBefore);

    // What the acting chief does for everyone else still works.
    UserEntry moved = staff;
    moved.displayName = QStringLiteral("健診 担当二");
    CHECK(UserAdmin::updateUser(*acting, moved).ok());
}

// Printing hands personal data out on paper: core checks and records it, not the widgets.
TEST_CASE("printing a ledger is checked and recorded by core", "[core][permissions][print]")
{
    TestVault vault;
    vault.addPeople();
    auto staff = vault.signIn(QStringLiteral("staff"));
    const FormDefinition* hidden = nullptr;
    for (const FormDefinition& form : FormRegistry::all())
        if (!form.readers.contains(Role::Staff))
            hidden = &form;
    REQUIRE(hidden);
    const auto before =
        test::count(*staff, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'ledger.print'"));
    LedgerFilter notMine;
    notMine.formId = hidden->id;
    const Status refused = PrintRecord::recordListPrint(*staff, notMine, 3, QStringLiteral("pdf"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::PermissionDenied);
    LedgerFilter mine;
    mine.formId = QStringLiteral("form1");
    REQUIRE(PrintRecord::recordListPrint(*staff, mine, 3, QStringLiteral("printer")).ok());
    CHECK(test::count(*staff, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'ledger.print'"))
          == before + 1);
}
