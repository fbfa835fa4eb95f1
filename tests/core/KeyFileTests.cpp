#include "auth/SignIn.h"
#include "auth/UserAdmin.h"
#include "auth/internal/SessionInternals.h"
#include "auth/internal/UserQueries.h"
#include "store/KeySlotFile.h"
#include "support/TestVault.h"

#include <catch2/catch.hpp>

#include <QFile>

using namespace daicho;
using test::TestVault;

namespace {

QByteArray readAll(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

void writeAll(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(bytes) == bytes.size());
}

} // namespace

TEST_CASE("the key file round-trips and refuses damage, other versions and foreign files", "[core][keys]")
{
    TestVault vault;
    const QByteArray bytes = readAll(vault.paths().keys());
    auto parsed = KeySlotFile::parse(bytes);
    REQUIRE(parsed.ok());
    CHECK(parsed->serialize(SessionInternals::secrets(vault.chief()).databaseKey) == bytes);
    CHECK(parsed->listIsAuthentic(SessionInternals::secrets(vault.chief()).databaseKey));
    CHECK(parsed->keySlots().size() == 2);

    QByteArray flipped = bytes;
    flipped[bytes.size() / 2] = static_cast<char>(flipped[bytes.size() / 2] ^ 0x01);
    CHECK(KeySlotFile::parse(flipped).error().code == ErrorCode::Tampered);
    CHECK(KeySlotFile::parse(bytes.left(bytes.size() - 10)).error().code == ErrorCode::Tampered);
    CHECK(KeySlotFile::parse(QByteArrayLiteral("PK\x03\x04 a zip file")).error().code == ErrorCode::NotADatabase);
    CHECK(KeySlotFile::parse({}).error().code == ErrorCode::NotADatabase);
}

TEST_CASE("a tampered key file gives a clear message and changes nothing on disk", "[core][keys][faults]")
{
    TestVault vault;
    vault.closeChief();
    QByteArray bytes = readAll(vault.paths().keys());
    bytes[40] = static_cast<char>(bytes[40] ^ 0x20);
    writeAll(vault.paths().keys(), bytes);
    const QByteArray dbBefore = readAll(vault.paths().database);
    auto r = SignIn::signIn(vault.paths(), TestVault::kChiefLogin, TestVault::kChiefPassword, vault.clock());
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == ErrorCode::Tampered);
    CHECK(r.error().message.contains(QStringLiteral("backup")));
    CHECK(readAll(vault.paths().database) == dbBefore);
    CHECK(readAll(vault.paths().keys()) == bytes);
}

TEST_CASE("an older key file put back after a password change is refused", "[core][keys][tamper]")
{
    TestVault vault;
    vault.addPeople();
    const QByteArray older = readAll(vault.paths().keys());
    auto staff = vault.signIn(QStringLiteral("staff"));
    REQUIRE(UserAdmin::changeOwnPassword(*staff, TestVault::kPassword, QStringLiteral("a brand new password")).ok());
    staff.reset();

    writeAll(vault.paths().keys(), older);
    auto r = SignIn::signIn(vault.paths(), QStringLiteral("staff"), TestVault::kPassword, vault.clock());
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == ErrorCode::Tampered);
    // Other people's slots in the old file are unchanged and still open.
    CHECK(SignIn::signIn(vault.paths(), QStringLiteral("head"), TestVault::kPassword, vault.clock()).ok());
}

TEST_CASE("an older key file put back after a removal does not let the removed person in", "[core][keys][tamper]")
{
    TestVault vault;
    vault.addPeople();
    const QByteArray older = readAll(vault.paths().keys());
    auto staff = UserQueries::byLogin(vault.chief().db(), QStringLiteral("staff")).value().value();
    REQUIRE(UserAdmin::removeUser(vault.chief(), staff.id).ok());
    CHECK_FALSE(SignIn::signIn(vault.paths(), QStringLiteral("staff"), TestVault::kPassword, vault.clock()).ok());
    writeAll(vault.paths().keys(), older);
    auto r = SignIn::signIn(vault.paths(), QStringLiteral("staff"), TestVault::kPassword, vault.clock());
    REQUIRE_FALSE(r.ok());
    // Answered as any wrong sign-in: a removed person learns nothing, not even that the
    // password they kept is still right.
    CHECK(r.error().code == ErrorCode::AuthFailed);
}

TEST_CASE("adding, removing and changing passwords change key slots only, never the database key", "[core][keys]")
{
    TestVault vault;
    const SecureBytes keyBefore = SessionInternals::secrets(vault.chief()).databaseKey;
    vault.addPeople();
    auto acting = UserQueries::byLogin(vault.chief().db(), QStringLiteral("acting")).value().value();
    REQUIRE(UserAdmin::resetPassword(vault.chief(), acting.id, QStringLiteral("reset-password-9999")).ok());
    REQUIRE(UserAdmin::removeUser(vault.chief(), acting.id).ok());
    vault.closeChief();
    vault.reopenChief();
    CHECK(SessionInternals::secrets(vault.chief()).databaseKey == keyBefore);
    auto file = KeySlotFile::load(vault.paths().keys());
    REQUIRE(file.ok());
    CHECK(file->find(QStringLiteral("acting")) == nullptr);
    CHECK(file->find(QStringLiteral("staff")) != nullptr);
}

TEST_CASE("a reset password gives the person new keys and forces a change", "[core][keys]")
{
    TestVault vault;
    vault.addPeople();
    auto head = UserQueries::byLogin(vault.chief().db(), QStringLiteral("head")).value().value();
    REQUIRE(UserAdmin::resetPassword(vault.chief(), head.id, QStringLiteral("temporary-pass-777")).ok());
    CHECK_FALSE(SignIn::signIn(vault.paths(), QStringLiteral("head"), TestVault::kPassword, vault.clock()).ok());
    auto session =
        SignIn::signIn(vault.paths(), QStringLiteral("head"), QStringLiteral("temporary-pass-777"), vault.clock());
    REQUIRE(session.ok());
    CHECK(session.value()->user().mustChangePassword);
}

TEST_CASE("passwords follow the policy: 13 characters after NFKC, not containing the ID", "[core][keys][policy]")
{
    TestVault vault;
    auto add = [&](const QString& login, const QString& password) {
        return UserAdmin::addUser(vault.chief(), {login, QStringLiteral("名前"), Role::Auditor, std::nullopt},
                                  password);
    };
    CHECK(add(QStringLiteral("p1"), QStringLiteral("short-pass12")).error().code == ErrorCode::InvalidInput);
    // Thirteen full-width characters count as thirteen.
    CHECK(add(QStringLiteral("p2"), QStringLiteral("ａｂｃｄｅｆｇｈｉｊｋｌｍ")).ok());
    CHECK(add(QStringLiteral("p3"), QStringLiteral("日本語のパスワードです十三字")).ok());
    auto containsId = add(QStringLiteral("yamada"), QStringLiteral("my-YAMADA-password"));
    REQUIRE_FALSE(containsId.ok());
    CHECK(containsId.error().message.contains(QStringLiteral("ID")));
    // Full-width ID inside the password is caught after NFKC.
    CHECK_FALSE(add(QStringLiteral("sato"), QStringLiteral("ｓａｔｏ-long-password")).ok());
    CHECK(add(QStringLiteral("bad id!"), QStringLiteral("long-enough-password")).error().code
          == ErrorCode::InvalidInput);
    CHECK(add(QStringLiteral("p2"), QStringLiteral("another-long-password")).error().code == ErrorCode::InvalidInput);
}
