#include "audit/AuditVerifier.h"
#include "audit/internal/TrailVerification.h"
#include "auth/Settings.h"
#include "auth/SignIn.h"
#include "auth/UserAdmin.h"
#include "auth/internal/SessionInternals.h"
#include "auth/internal/UserQueries.h"
#include "store/KeySlotFile.h"
#include "support/TestVault.h"
#include "vault/Backup.h"
#include "vault/KeyRotation.h"
#include "vault/Recovery.h"

#include <catch2/catch.hpp>

#include <QFile>

using namespace daicho;
using test::TestVault;

namespace {

bool verifies(const Database& db)
{
    auto report = verifyAuditTrail(db);
    if (!report.ok())
        return false;
    INFO(report->problem.toStdString());
    return report->ok;
}

// Every row of every table, as text, for comparing two databases.
QStringList dump(const Database& db)
{
    QStringList out;
    auto tables = db.prepare(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
    REQUIRE(tables.ok());
    while (tables->step().value()) {
        const QString table = tables->text(0);
        auto rows = db.prepare(QStringLiteral("SELECT * FROM %1 ORDER BY 1").arg(table));
        REQUIRE(rows.ok());
        while (rows->step().value()) {
            QStringList cells;
            for (int c = 0; c < rows->columnCount(); ++c)
                cells << QString::fromLatin1(rows->blob(c).toHex());
            out << table + QLatin1Char(':') + cells.join(QLatin1Char(','));
        }
    }
    return out;
}

} // namespace

TEST_CASE("rotating the key locks out the old key and keeps everyone's password", "[core][rotation]")
{
    TestVault vault;
    vault.addPeople();
    const SecureBytes oldKey = SessionInternals::secrets(vault.chief()).databaseKey;
    REQUIRE(KeyRotation::rotate(vault.chief()).ok());
    CHECK(SessionInternals::secrets(vault.chief()).databaseKey != oldKey);
    CHECK_FALSE(Database::open(vault.paths().database, oldKey, Database::Mode::OpenExisting).ok());
    CHECK(verifies(vault.chief().db()));
    for (const QString& login :
         {QStringLiteral("acting"), QStringLiteral("head"), QStringLiteral("staff"), QStringLiteral("auditor")})
        CHECK(SignIn::signIn(vault.paths(), login, TestVault::kPassword, vault.clock()).ok());
    CHECK_FALSE(QFile::exists(vault.paths().rotatingDatabase()));
    CHECK_FALSE(QFile::exists(vault.paths().rotatingKeys()));
    // The session keeps working on the new file.
    CHECK(Settings::setIdleLockMinutes(vault.chief(), 12).ok());
}

TEST_CASE("an interrupted rotation is rolled back before the commit point and forward after it", "[core][rotation]")
{
    TestVault vault;
    vault.closeChief();
    const VaultPaths& paths = vault.paths();

    SECTION("both new files present: rolled back")
    {
        REQUIRE(QFile::copy(paths.database, paths.rotatingDatabase()));
        REQUIRE(QFile::copy(paths.keys(), paths.rotatingKeys()));
        REQUIRE(KeyRotation::finishInterrupted(paths).ok());
        CHECK_FALSE(QFile::exists(paths.rotatingDatabase()));
        CHECK_FALSE(QFile::exists(paths.rotatingKeys()));
    }
    SECTION("only the new key file present: rolled forward")
    {
        REQUIRE(QFile::copy(paths.keys(), paths.rotatingKeys()));
        REQUIRE(KeyRotation::finishInterrupted(paths).ok());
        CHECK_FALSE(QFile::exists(paths.rotatingKeys()));
        CHECK(QFile::exists(paths.keys()));
    }
    vault.reopenChief();
    CHECK(verifies(vault.chief().db()));
}

TEST_CASE("a backup restores to an identical database that verifies", "[core][backup]")
{
    TestVault vault;
    vault.addPeople();
    const VaultPaths backup{vault.folder() + QStringLiteral("/backup.daicho")};
    REQUIRE(Backup::backup(vault.chief(), backup).ok());
    const VaultPaths restored{vault.folder() + QStringLiteral("/restored.daicho")};
    REQUIRE(Backup::restore(backup, restored).ok());

    auto session = SignIn::signIn(restored, TestVault::kChiefLogin, TestVault::kChiefPassword, vault.clock());
    if (!session.ok())
        FAIL(session.error().message.toStdString() << " / " << session.error().detail.toStdString());
    CHECK(verifies(session.value()->db()));
    CHECK(session.value()->db().scalar(QStringLiteral("PRAGMA page_size")).value() == QLatin1String("4096"));

    // Same rows as the original at the moment of the backup (the backup entry included;
    // the restore sign-in appended one entry since).
    auto original = Database::open(backup.database, SessionInternals::secrets(vault.chief()).databaseKey,
                                   Database::Mode::OpenExisting);
    REQUIRE(original.ok());
    QStringList restoredRows = dump(session.value()->db());
    QStringList backupRows = dump(*original.value());
    restoredRows.removeIf([](const QString& row) { return row.startsWith(QLatin1String("audit_log:")); });
    backupRows.removeIf([](const QString& row) { return row.startsWith(QLatin1String("audit_log:")); });
    restoredRows.removeIf([](const QString& row) { return row.startsWith(QLatin1String("key_slots:")); });
    backupRows.removeIf([](const QString& row) { return row.startsWith(QLatin1String("key_slots:")); });
    CHECK(restoredRows == backupRows);

    SECTION("a backup never overwrites an existing file")
    {
        auto again = Backup::backup(vault.chief(), backup);
        REQUIRE_FALSE(again.ok());
        CHECK(again.error().code == ErrorCode::InvalidInput);
    }
}

TEST_CASE("the recovery key restores the chief, forces a rotation and is replaced", "[core][recovery]")
{
    TestVault vault;
    vault.addPeople();
    const SecureBytes oldKey = SessionInternals::secrets(vault.chief()).databaseKey;
    const QString recoveryKey = vault.recoveryKey();
    vault.closeChief();

    SECTION("a wrong recovery key is refused")
    {
        auto r = Recovery::recover(vault.paths(), QStringLiteral("AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH"),
                                   TestVault::kChiefLogin, QStringLiteral("forgotten-and-new-pw"), vault.clock());
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::AuthFailed);
    }
    SECTION("staff cannot be restored with it")
    {
        auto r = Recovery::recover(vault.paths(), recoveryKey, QStringLiteral("staff"),
                                   QStringLiteral("forgotten-and-new-pw"), vault.clock());
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::InvalidInput);
    }
    SECTION("the chief gets a new password, the key rotates and the old recovery key is spent")
    {
        // Typed in lower case with spaces: still accepted.
        QString typed = recoveryKey.toLower();
        typed.replace(QLatin1Char('-'), QLatin1Char(' '));
        auto r = Recovery::recover(vault.paths(), typed, TestVault::kChiefLogin, QStringLiteral("forgotten-and-new-pw"),
                                   vault.clock());
        if (!r.ok())
            FAIL(r.error().message.toStdString() << " / " << r.error().detail.toStdString());
        CHECK(r->newRecoveryKey != recoveryKey);
        CHECK(SessionInternals::secrets(*r->session).databaseKey != oldKey);
        CHECK(verifies(r->session->db()));
        r->session.reset();
        CHECK_FALSE(
            SignIn::signIn(vault.paths(), TestVault::kChiefLogin, TestVault::kChiefPassword, vault.clock()).ok());
        CHECK(
            SignIn::signIn(vault.paths(), TestVault::kChiefLogin, QStringLiteral("forgotten-and-new-pw"), vault.clock())
                .ok());
        CHECK(SignIn::signIn(vault.paths(), QStringLiteral("staff"), TestVault::kPassword, vault.clock()).ok());
        auto reused = Recovery::recover(vault.paths(), recoveryKey, TestVault::kChiefLogin,
                                        QStringLiteral("yet-another-password"), vault.clock());
        CHECK_FALSE(reused.ok());
    }
}

TEST_CASE("the key is not rotated while another window has the database open", "[core][rotation]")
{
    TestVault vault;
    vault.addPeople();
    auto other = vault.signIn(QStringLiteral("staff"));
    const SecureBytes oldKey = SessionInternals::secrets(vault.chief()).databaseKey;
    Status rotated = KeyRotation::rotate(vault.chief());
    REQUIRE_FALSE(rotated.ok());
    CHECK(rotated.error().code == ErrorCode::Busy);
    CHECK(SessionInternals::secrets(vault.chief()).databaseKey == oldKey);
    CHECK(Settings::setIdleLockMinutes(vault.chief(), 11).ok());
    other.reset();
    CHECK(KeyRotation::rotate(vault.chief()).ok());
}

TEST_CASE("the recovery key is refused while another window is open, and stays usable", "[core][recovery]")
{
    TestVault vault;
    vault.addPeople();
    const QString recoveryKey = vault.recoveryKey();
    vault.closeChief();
    auto other = vault.signIn(QStringLiteral("staff"));
    auto refused = Recovery::recover(vault.paths(), recoveryKey, TestVault::kChiefLogin,
                                     QStringLiteral("forgotten-and-new-pw"), vault.clock());
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Busy);
    other.reset();
    // Nothing was changed: the old password and the recovery key both still work.
    CHECK(SignIn::signIn(vault.paths(), TestVault::kChiefLogin, TestVault::kChiefPassword, vault.clock()).ok());
    auto recovered = Recovery::recover(vault.paths(), recoveryKey, TestVault::kChiefLogin,
                                       QStringLiteral("forgotten-and-new-pw"), vault.clock());
    REQUIRE(recovered.ok());
    CHECK(recovered->rotationProblem.isEmpty());
}

TEST_CASE("wrong recovery keys slow further tries but never disable the recovery key", "[core][recovery]")
{
    TestVault vault;
    const QString recoveryKey = vault.recoveryKey();
    vault.closeChief();
    const QString wrong = QStringLiteral("AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH");
    for (int i = 0; i < 12; ++i) {
        vault.clock().advanceSeconds(3600);
        auto r = Recovery::recover(vault.paths(), wrong, TestVault::kChiefLogin, QStringLiteral("forgotten-and-new-pw"),
                                   vault.clock());
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::AuthFailed);
    }
    auto tooSoon = Recovery::recover(vault.paths(), recoveryKey, TestVault::kChiefLogin,
                                     QStringLiteral("forgotten-and-new-pw"), vault.clock());
    REQUIRE_FALSE(tooSoon.ok());
    CHECK(tooSoon.error().code == ErrorCode::TryLater);
    vault.clock().advanceSeconds(3600);
    auto recovered = Recovery::recover(vault.paths(), recoveryKey, TestVault::kChiefLogin,
                                       QStringLiteral("forgotten-and-new-pw"), vault.clock());
    CHECK(recovered.ok());
}
