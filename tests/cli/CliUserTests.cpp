#include "CliTestSupport.h"
#include "cli/ExitCodes.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace daicho;
using namespace daicho::test;

namespace {

const QString kInitial = u"initial-password-42"_s;
const QString kBobPassword = u"my-own-secret-99"_s;

QString twice(const QString& password)
{
    return password + u'\n' + password + u'\n';
}

} // namespace

TEST_CASE("a person added by the chief must change the initial password before anything else", "[cli]")
{
    CliVault vault;
    const CliRun add = vault.as(CliVault::kChief, CliVault::kChiefPassword,
                                {u"user"_s, u"add"_s, u"bob"_s, u"--name"_s, u"健診 太郎"_s, u"--role"_s, u"staff"_s,
                                 u"--department"_s, u"事業部　健診管理課"_s},
                                twice(kInitial));
    INFO(add.err.toStdString());
    REQUIRE(add.exitCode == 0);
    CHECK(add.out.contains(u"bob"_s));

    const CliRun before = vault.as(u"bob"_s, kInitial, {u"verify"_s});
    CHECK(before.exitCode == toInt(ExitCode::Unavailable));
    CHECK(before.errLines().size() == 1);

    const CliRun change = vault.as(u"bob"_s, kInitial, {u"user"_s, u"passwd"_s}, twice(kBobPassword));
    INFO(change.err.toStdString());
    REQUIRE(change.exitCode == 0);

    const CliRun oldOne = vault.as(u"bob"_s, kInitial, {u"verify"_s});
    CHECK(oldOne.exitCode == toInt(ExitCode::AuthFailed));
    const CliRun after = vault.as(u"bob"_s, kBobPassword, {u"verify"_s});
    INFO(after.err.toStdString());
    CHECK(after.exitCode == 0);

    const CliRun list = vault.as(CliVault::kChief, CliVault::kChiefPassword, {u"user"_s, u"list"_s});
    REQUIRE(list.exitCode == 0);
    CHECK(list.out.contains(u"bob\t健診 太郎\t"_s));
    CHECK(list.out.contains(u"事業部"_s));
    CHECK(list.out.contains(u"健診管理課"_s));
}

TEST_CASE("a wrong password exits 2 with the same single line as an unknown ID", "[cli]")
{
    CliVault vault;
    const CliRun wrong = vault.as(CliVault::kChief, u"not-the-password-0"_s, {u"verify"_s});
    CHECK(wrong.exitCode == toInt(ExitCode::AuthFailed));
    REQUIRE(wrong.errLines().size() == 1);
    CHECK(wrong.out.isEmpty());

    const CliRun unknown = vault.as(u"nobody"_s, u"not-the-password-0"_s, {u"verify"_s});
    CHECK(unknown.exitCode == toInt(ExitCode::AuthFailed));
    CHECK(unknown.err == wrong.err);
}

TEST_CASE("the chief resets a password and removes a person, who then cannot sign in", "[cli]")
{
    CliVault vault;
    vault.addPerson(u"bob"_s, u"staff"_s, kBobPassword);

    const CliRun reset = vault.as(CliVault::kChief, CliVault::kChiefPassword, {u"user"_s, u"passwd"_s, u"bob"_s},
                                  twice(u"reset-password-777"_s));
    INFO(reset.err.toStdString());
    REQUIRE(reset.exitCode == 0);
    CHECK(vault.as(u"bob"_s, kBobPassword, {u"verify"_s}).exitCode == toInt(ExitCode::AuthFailed));
    const CliRun mustChange = vault.as(u"bob"_s, u"reset-password-777"_s, {u"verify"_s});
    CHECK(mustChange.exitCode == toInt(ExitCode::Unavailable));

    const CliRun remove =
        vault.as(CliVault::kChief, CliVault::kChiefPassword, {u"user"_s, u"remove"_s, u"bob"_s, u"--rekey"_s});
    INFO(remove.err.toStdString());
    REQUIRE(remove.exitCode == 0);
    CHECK(vault.as(u"bob"_s, u"reset-password-777"_s, {u"verify"_s}).exitCode == toInt(ExitCode::AuthFailed));

    const CliRun listed = vault.as(CliVault::kChief, CliVault::kChiefPassword, {u"user"_s, u"list"_s, u"--all"_s});
    REQUIRE(listed.exitCode == 0);
    CHECK(listed.out.contains(u"bob\t"_s));
    CHECK(listed.out.contains(u"removed"_s));
    const CliRun active = vault.as(CliVault::kChief, CliVault::kChiefPassword, {u"user"_s, u"list"_s});
    CHECK_FALSE(active.out.contains(u"bob\t"_s));

    const CliRun verify = vault.as(CliVault::kChief, CliVault::kChiefPassword, {u"verify"_s});
    INFO(verify.err.toStdString());
    CHECK(verify.exitCode == 0);
    const CliRun unknown = vault.as(CliVault::kChief, CliVault::kChiefPassword, {u"user"_s, u"remove"_s, u"nobody"_s});
    CHECK(unknown.exitCode == toInt(ExitCode::NotFound));
}

TEST_CASE("ten wrong passwords lock a person until the chief unlocks them", "[cli]")
{
    CliVault vault;
    vault.addPerson(u"bob"_s, u"staff"_s, kBobPassword);

    for (int i = 0; i < 10; ++i) {
        vault.clock().advanceSeconds(3600); // past any slow-down wait
        const CliRun wrong = vault.as(u"bob"_s, u"wrong-password-000"_s, {u"verify"_s});
        // The tenth failure already answers with the lock, so the person learns whom to ask.
        CHECK(wrong.exitCode == toInt(i < 9 ? ExitCode::AuthFailed : ExitCode::Unavailable));
    }
    vault.clock().advanceSeconds(3600);
    const CliRun locked = vault.as(u"bob"_s, kBobPassword, {u"verify"_s});
    CHECK(locked.exitCode == toInt(ExitCode::Unavailable));
    CHECK(locked.errLines().size() == 1);

    const CliRun notAllowed = vault.as(u"bob"_s, kBobPassword, {u"user"_s, u"unlock"_s, u"bob"_s});
    CHECK(notAllowed.exitCode == toInt(ExitCode::Unavailable));

    const CliRun unlock = vault.as(CliVault::kChief, CliVault::kChiefPassword, {u"user"_s, u"unlock"_s, u"bob"_s});
    INFO(unlock.err.toStdString());
    REQUIRE(unlock.exitCode == 0);
    const CliRun after = vault.as(u"bob"_s, kBobPassword, {u"verify"_s});
    INFO(after.err.toStdString());
    CHECK(after.exitCode == 0);
}

TEST_CASE("staff may neither add people nor make backups", "[cli]")
{
    CliVault vault;
    vault.addPerson(u"bob"_s, u"staff"_s, kBobPassword);
    const CliRun add =
        vault.as(u"bob"_s, kBobPassword,
                 {u"user"_s, u"add"_s, u"eve"_s, u"--name"_s, u"Eve"_s, u"--role"_s, u"chief"_s}, twice(kInitial));
    CHECK(add.exitCode == toInt(ExitCode::PermissionDenied));
    CHECK(add.errLines().size() == 1);
    const CliRun backup = vault.as(u"bob"_s, kBobPassword, {u"backup"_s, vault.file(u"copy.daicho"_s)});
    CHECK(backup.exitCode == toInt(ExitCode::PermissionDenied));
    const CliRun list = vault.as(u"bob"_s, kBobPassword, {u"user"_s, u"list"_s});
    CHECK(list.exitCode == toInt(ExitCode::PermissionDenied));
}

TEST_CASE("a role or department that does not exist is refused before anyone is added", "[cli]")
{
    CliVault vault;
    const CliRun role =
        vault.as(CliVault::kChief, CliVault::kChiefPassword,
                 {u"user"_s, u"add"_s, u"bob"_s, u"--name"_s, u"Bob"_s, u"--role"_s, u"king"_s}, twice(kInitial));
    CHECK(role.exitCode == toInt(ExitCode::Usage));
    CHECK(role.err.contains(u"acting_chief"_s));
    const CliRun department = vault.as(
        CliVault::kChief, CliVault::kChiefPassword,
        {u"user"_s, u"add"_s, u"bob"_s, u"--name"_s, u"Bob"_s, u"--role"_s, u"staff"_s, u"--department"_s, u"宇宙部"_s},
        twice(kInitial));
    CHECK(department.exitCode == toInt(ExitCode::Usage));
    CHECK(department.errLines().size() == 1);
    CHECK(vault.as(u"bob"_s, kInitial, {u"verify"_s}).exitCode == toInt(ExitCode::AuthFailed));
}
