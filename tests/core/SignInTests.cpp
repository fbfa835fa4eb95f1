#include "auth/SignIn.h"
#include "auth/UserAdmin.h"
#include "auth/internal/UserQueries.h"
#include "support/TestVault.h"

#include <catch2/catch.hpp>

#include <QFile>

using namespace daicho;
using test::TestVault;

TEST_CASE("the chief signs in with the password chosen at creation", "[core][signin]")
{
    TestVault vault;
    vault.closeChief();
    auto session = SignIn::signIn(vault.paths(), TestVault::kChiefLogin, TestVault::kChiefPassword, vault.clock());
    REQUIRE(session.ok());
    CHECK(session.value()->user().role == Role::Chief);
    CHECK_FALSE(session.value()->user().mustChangePassword);
}

TEST_CASE("a wrong password and an unknown ID get the same message", "[core][signin]")
{
    TestVault vault;
    auto wrong =
        SignIn::signIn(vault.paths(), TestVault::kChiefLogin, QStringLiteral("wrong-password-000"), vault.clock());
    auto unknown = SignIn::signIn(vault.paths(), QStringLiteral("nobody"), TestVault::kChiefPassword, vault.clock());
    REQUIRE_FALSE(wrong.ok());
    REQUIRE_FALSE(unknown.ok());
    CHECK(wrong.error().code == ErrorCode::AuthFailed);
    CHECK(unknown.error().code == ErrorCode::AuthFailed);
    CHECK(wrong.error().message == unknown.error().message);
}

TEST_CASE("the sign-in ID is matched after NFKC and case folding", "[core][signin]")
{
    TestVault vault;
    // Full-width ＣＨＩＥＦ is the same ID as chief.
    auto session =
        SignIn::signIn(vault.paths(), QStringLiteral("ＣＨＩＥＦ"), TestVault::kChiefPassword, vault.clock());
    CHECK(session.ok());
}

TEST_CASE("five failures slow further tries and ten lock the ID until the chief unlocks it", "[core][signin]")
{
    TestVault vault;
    vault.addPeople();
    const QString wrong = QStringLiteral("not-the-password-at-all");
    for (int i = 0; i < SignIn::kSlowDownAfter; ++i) {
        auto r = SignIn::signIn(vault.paths(), QStringLiteral("staff"), wrong, vault.clock());
        REQUIRE(r.error().code == ErrorCode::AuthFailed);
    }
    // Even the right password must wait now.
    auto tooSoon = SignIn::signIn(vault.paths(), QStringLiteral("staff"), TestVault::kPassword, vault.clock());
    REQUIRE_FALSE(tooSoon.ok());
    CHECK(tooSoon.error().code == ErrorCode::TryLater);
    CHECK(SignIn::secondsUntilNextTry(vault.paths(), QStringLiteral("staff"), vault.clock()) > 0);

    for (int i = SignIn::kSlowDownAfter; i < SignIn::kLockAfter; ++i) {
        vault.clock().advanceSeconds(3600);
        auto r = SignIn::signIn(vault.paths(), QStringLiteral("staff"), wrong, vault.clock());
        if (i + 1 < SignIn::kLockAfter)
            CHECK(r.error().code == ErrorCode::AuthFailed);
        else
            CHECK(r.error().code == ErrorCode::AccountLocked);
    }
    vault.clock().advanceSeconds(3600);
    auto locked = SignIn::signIn(vault.paths(), QStringLiteral("staff"), TestVault::kPassword, vault.clock());
    REQUIRE_FALSE(locked.ok());
    CHECK(locked.error().code == ErrorCode::AccountLocked);

    // The chief's next sign-in moves the failures into the audit trail and the lock into the database.
    vault.reopenChief();
    auto staff = UserQueries::byLogin(vault.chief().db(), QStringLiteral("staff"));
    REQUIRE(staff.ok());
    REQUIRE(staff.value());
    CHECK(staff.value()->locked);
    auto failures =
        vault.chief().db().scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'signin.failed'"));
    CHECK(failures.value().toInt() == SignIn::kLockAfter);
    CHECK(
        vault.chief().db().scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'user.locked'")).value()
        == QLatin1String("1"));

    REQUIRE(UserAdmin::unlockUser(vault.chief(), staff.value()->id).ok());
    auto unlocked = SignIn::signIn(vault.paths(), QStringLiteral("staff"), TestVault::kPassword, vault.clock());
    CHECK(unlocked.ok());
}

TEST_CASE("an unknown ID is locked after ten failures too, so locking does not reveal who exists", "[core][signin]")
{
    TestVault vault;
    Error last;
    for (int i = 0; i < SignIn::kLockAfter; ++i) {
        vault.clock().advanceSeconds(3600);
        last =
            SignIn::signIn(vault.paths(), QStringLiteral("ghost"), QStringLiteral("whatever-password"), vault.clock())
                .error();
    }
    CHECK(last.code == ErrorCode::AccountLocked);
}

TEST_CASE("a new person must change the initial password before doing anything else", "[core][signin]")
{
    TestVault vault;
    auto id = UserAdmin::addUser(vault.chief(),
                                 {QStringLiteral("newbie"), QStringLiteral("新人"), Role::Auditor, std::nullopt},
                                 QStringLiteral("initial-password-1"));
    REQUIRE(id.ok());
    auto session =
        SignIn::signIn(vault.paths(), QStringLiteral("newbie"), QStringLiteral("initial-password-1"), vault.clock());
    REQUIRE(session.ok());
    CHECK(session.value()->user().mustChangePassword);
    auto list = UserAdmin::listUsers(*session.value());
    REQUIRE_FALSE(list.ok());
    CHECK(list.error().code == ErrorCode::PasswordChangeRequired);
    REQUIRE(UserAdmin::changeOwnPassword(*session.value(), QStringLiteral("initial-password-1"),
                                         QStringLiteral("my own good password"))
                .ok());
    CHECK(UserAdmin::listUsers(*session.value()).ok());
    session.value().reset();
    CHECK_FALSE(
        SignIn::signIn(vault.paths(), QStringLiteral("newbie"), QStringLiteral("initial-password-1"), vault.clock())
            .ok());
    CHECK(SignIn::signIn(vault.paths(), QStringLiteral("newbie"), QStringLiteral("my own good password"), vault.clock())
              .ok());
}

TEST_CASE("a missing key file is named in the message and nothing is created", "[core][signin][faults]")
{
    TestVault vault;
    vault.closeChief();
    REQUIRE(QFile::remove(vault.paths().keys()));
    auto r = SignIn::signIn(vault.paths(), TestVault::kChiefLogin, TestVault::kChiefPassword, vault.clock());
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == ErrorCode::NotFound);
    CHECK(r.error().message.contains(QStringLiteral(".daicho-keys")));
    CHECK_FALSE(QFile::exists(vault.paths().keys()));
}
