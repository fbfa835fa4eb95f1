#include "audit/Checkpoint.h"
#include "auth/Organisation.h"
#include "auth/Settings.h"
#include "auth/UserAdmin.h"
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

    // Nothing was written by the refused calls (sign-ins above are before headBefore).
    CHECK(vault.chief().db().scalar(QStringLiteral("SELECT max(seq) FROM audit_log")).value() == headBefore);
}
