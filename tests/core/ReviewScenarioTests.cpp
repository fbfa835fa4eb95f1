// Attacks and failures found in review, each kept as a test.
#include "audit/AuditVerifier.h"
#include "audit/internal/AuditRecords.h"
#include "audit/internal/TrailVerification.h"
#include "auth/SignIn.h"
#include "auth/UserAdmin.h"
#include "auth/internal/SessionInternals.h"
#include "auth/internal/UserQueries.h"
#include "crypto/Crypto.h"
#include "store/KeySlotFile.h"
#include "store/PrivateFile.h"
#include "support/TestVault.h"

#include <catch2/catch.hpp>

#include <QDir>

using namespace daicho;
using test::TestVault;

namespace {

std::unique_ptr<Database> openRaw(const VaultPaths& paths, const SecureBytes& key)
{
    auto db = Database::open(paths.database, key, Database::Mode::OpenExisting);
    REQUIRE(db.ok());
    return std::move(db.value());
}

bool verifies(const Database& db)
{
    auto report = verifyAuditTrail(db);
    REQUIRE(report.ok());
    return report->ok;
}

// Root ignores folder permissions: the key file's writes fail as on a full disk instead.
struct BlockKeyFileWrites {
    explicit BlockKeyFileWrites(const VaultPaths& paths) { failAtomicWritesForTests(paths.keys()); }
    ~BlockKeyFileWrites() { failAtomicWritesForTests({}); }
};

} // namespace

TEST_CASE("a role raised outside Daicho is refused at sign-in and caught by verify even when signed for",
          "[core][tamper]")
{
    TestVault vault;
    vault.addPeople();
    auto staff = vault.signIn(QStringLiteral("staff"));
    const SecureBytes key = SessionInternals::secrets(*staff).databaseKey;
    const SecureBytes seed = SessionInternals::secrets(*staff).signingSeed;
    const std::int64_t keyId = SessionInternals::secrets(*staff).signingKeyId;
    const UserId staffId = staff->user().id;
    staff.reset();

    auto raw = openRaw(vault.paths(), key);
    REQUIRE(raw->exec(QStringLiteral("UPDATE users SET role = 'chief' WHERE login = 'staff'")).ok());

    SECTION("the next sign-in refuses instead of vouching for the change")
    {
        auto r = SignIn::signIn(vault.paths(), QStringLiteral("staff"), TestVault::kPassword, vault.clock());
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::Tampered);
        CHECK_FALSE(verifies(*raw));
    }
    SECTION("an entry the person signs for their own row does not hide it")
    {
        REQUIRE(raw->exec(QStringLiteral("BEGIN")).ok());
        const AuditSigner signer{staffId, keyId, seed};
        REQUIRE(AuditLog::append(*raw, vault.clock(), signer,
                                 {QStringLiteral("signin.ok"), QStringLiteral("users"), QString::number(staffId), {}})
                    .ok());
        REQUIRE(raw->exec(QStringLiteral("COMMIT")).ok());
        auto report = verifyAuditTrail(*raw);
        REQUIRE(report.ok());
        CHECK_FALSE(report->ok);
        CHECK(report->problem.contains(QStringLiteral("role")));
    }
    SECTION("a person cannot vouch for someone else's row")
    {
        REQUIRE(raw->exec(QStringLiteral("UPDATE users SET role = 'staff' WHERE login = 'staff'")).ok());
        REQUIRE(raw->exec(QStringLiteral("UPDATE users SET display_name = 'x' WHERE login = 'head'")).ok());
        auto head = UserQueries::byLogin(*raw, QStringLiteral("head")).value().value();
        REQUIRE(raw->exec(QStringLiteral("BEGIN")).ok());
        const AuditSigner signer{staffId, keyId, seed};
        REQUIRE(AuditLog::append(*raw, vault.clock(), signer,
                                 {QStringLiteral("signin.ok"), QStringLiteral("users"), QString::number(head.id), {}})
                    .ok());
        REQUIRE(raw->exec(QStringLiteral("COMMIT")).ok());
        auto report = verifyAuditTrail(*raw);
        REQUIRE(report.ok());
        CHECK_FALSE(report->ok);
        CHECK(report->problem.contains(QStringLiteral("only the chief officer may record")));
    }
}

TEST_CASE("after a password change the old password and an old key file no longer reach the keys", "[core][keys]")
{
    TestVault vault;
    vault.addPeople();
    auto oldFile = KeySlotFile::load(vault.paths().keys());
    REQUIRE(oldFile.ok());
    auto staff = vault.signIn(QStringLiteral("staff"));
    const std::int64_t oldKeyId = SessionInternals::secrets(*staff).signingKeyId;
    REQUIRE(UserAdmin::changeOwnPassword(*staff, TestVault::kPassword, QStringLiteral("a completely new one")).ok());
    CHECK(SessionInternals::secrets(*staff).signingKeyId != oldKeyId);

    // Offline: the old slot with the old password still opens, but its keys are not the
    // ones the new envelope is sealed to, and its signing key is revoked.
    const SecureBytes password = toSecure(TestVault::kPassword.toUtf8());
    auto oldKeys = unlockSlot(*oldFile->find(QStringLiteral("staff")), password, oldFile->headerBytes());
    REQUIRE(oldKeys.ok());
    auto newFile = KeySlotFile::load(vault.paths().keys());
    CHECK_FALSE(
        openEnvelope(*newFile->find(QStringLiteral("staff")), oldKeys->agreementKey, newFile->headerBytes()).ok());
    auto revoked = staff->db().scalar(QStringLiteral("SELECT revoked FROM signing_keys WHERE id = %1").arg(oldKeyId));
    CHECK(revoked.value() == QLatin1String("1"));
    CHECK(verifies(staff->db()));
}

TEST_CASE("a key file that cannot be written leaves the old password and keys working", "[core][keys][faults]")
{
    TestVault vault;
    vault.addPeople();
    auto head = UserQueries::byLogin(vault.chief().db(), QStringLiteral("head")).value().value();

    SECTION("reset by the chief")
    {
        {
            BlockKeyFileWrites block(vault.paths());
            CHECK_FALSE(UserAdmin::resetPassword(vault.chief(), head.id, QStringLiteral("temporary-pass-777")).ok());
        }
        auto session = SignIn::signIn(vault.paths(), QStringLiteral("head"), TestVault::kPassword, vault.clock());
        REQUIRE(session.ok());
        CHECK(verifies(session.value()->db()));
    }
    SECTION("own change of an initial password")
    {
        REQUIRE(UserAdmin::resetPassword(vault.chief(), head.id, QStringLiteral("temporary-pass-777")).ok());
        auto session =
            SignIn::signIn(vault.paths(), QStringLiteral("head"), QStringLiteral("temporary-pass-777"), vault.clock());
        REQUIRE(session.ok());
        {
            BlockKeyFileWrites block(vault.paths());
            CHECK_FALSE(UserAdmin::changeOwnPassword(*session.value(), QStringLiteral("temporary-pass-777"),
                                                     QStringLiteral("my-own-new-password"))
                            .ok());
        }
        session.value().reset();
        auto again =
            SignIn::signIn(vault.paths(), QStringLiteral("head"), QStringLiteral("temporary-pass-777"), vault.clock());
        REQUIRE(again.ok());
        // Still an initial password: it must be changed before anything else.
        CHECK(again.value()->user().mustChangePassword);
        CHECK(verifies(again.value()->db()));
    }
}
