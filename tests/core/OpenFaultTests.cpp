#include "audit/AuditVerifier.h"
#include "audit/internal/TrailVerification.h"
#include "auth/Settings.h"
#include "auth/SignIn.h"
#include "auth/internal/SessionInternals.h"
#include "store/Schema.h"
#include "support/TestVault.h"
#include "vault/VaultCreator.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>

#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace daicho;
using test::TestVault;

namespace {

QByteArray fileHash(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

struct Snapshot {
    QByteArray database;
    QByteArray keys;
    bool operator==(const Snapshot&) const = default;
};

Snapshot snapshot(const VaultPaths& paths)
{
    return {fileHash(paths.database), fileHash(paths.keys())};
}

Result<std::unique_ptr<Session>> signInChief(TestVault& vault)
{
    return SignIn::signIn(vault.paths(), TestVault::kChiefLogin, TestVault::kChiefPassword, vault.clock());
}

std::unique_ptr<Database> openRaw(TestVault& vault)
{
    auto db = Database::open(vault.paths().database, SessionInternals::secrets(vault.chief()).databaseKey,
                             Database::Mode::OpenExisting);
    REQUIRE(db.ok());
    return std::move(db.value());
}

} // namespace

TEST_CASE("a planted trigger, view, index or virtual table is reported as tampering and never fires",
          "[core][schema][tamper]")
{
    TestVault vault;
    const QString plants[] = {
        QStringLiteral("CREATE TRIGGER wipe AFTER INSERT ON audit_log BEGIN DELETE FROM audit_log; END"),
        QStringLiteral("CREATE VIEW everyone AS SELECT * FROM users"),
        QStringLiteral("CREATE INDEX sneaky ON users(display_name)"),
        QStringLiteral("CREATE VIRTUAL TABLE notes USING fts3(body)"),
        QStringLiteral("CREATE TABLE extra (x)"),
    };
    for (const QString& plant : plants) {
        DYNAMIC_SECTION(plant.toStdString())
        {
            auto raw = openRaw(vault);
            REQUIRE(raw->exec(plant).ok());
            raw.reset();
            auto r = signInChief(vault);
            REQUIRE_FALSE(r.ok());
            CHECK(r.error().code == ErrorCode::Tampered);
            CHECK(r.error().message.contains(QStringLiteral("did not create")));
        }
    }
}

TEST_CASE("triggers are disabled on Daicho's own connection", "[core][schema][tamper]")
{
    TestVault vault;
    auto raw = openRaw(vault);
    REQUIRE(raw->exec(QStringLiteral("CREATE TABLE t (x); CREATE TABLE log (x); "
                                     "CREATE TRIGGER t_ins AFTER INSERT ON t BEGIN INSERT INTO log VALUES (1); END; "
                                     "INSERT INTO t VALUES (1)"))
                .ok());
    CHECK(raw->scalar(QStringLiteral("SELECT count(*) FROM log")).value() == QLatin1String("0"));
}

TEST_CASE("a database from a newer version is refused with a message naming the version", "[core][schema]")
{
    TestVault vault;
    auto raw = openRaw(vault);
    REQUIRE(raw->exec(QStringLiteral("PRAGMA user_version = 99")).ok());
    raw.reset();
    auto r = signInChief(vault);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == ErrorCode::VersionMismatch);
    CHECK(r.error().message.contains(QStringLiteral("99")));
}

TEST_CASE("a file that is not a database gives a clear message and is left as it was", "[core][faults]")
{
    TestVault vault;
    vault.closeChief();
    QFile file(vault.paths().database);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QByteArray(8192, 'x'));
    file.close();
    QFile::remove(vault.paths().database + QStringLiteral("-wal"));
    QFile::remove(vault.paths().database + QStringLiteral("-shm"));
    const Snapshot before = snapshot(vault.paths());
    auto r = signInChief(vault);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == ErrorCode::NotADatabase);
    CHECK(snapshot(vault.paths()) == before);
}

TEST_CASE("an empty or truncated database gives a clear message", "[core][faults]")
{
    TestVault vault;
    vault.closeChief();
    QFile::remove(vault.paths().database + QStringLiteral("-wal"));
    QFile::remove(vault.paths().database + QStringLiteral("-shm"));
    SECTION("empty")
    {
        REQUIRE(QFile::resize(vault.paths().database, 0));
        auto r = signInChief(vault);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::NotADatabase);
    }
    SECTION("cut in the middle")
    {
        const qint64 size = QFileInfo(vault.paths().database).size();
        REQUIRE(size > 3 * Database::kPageSize);
        REQUIRE(QFile::resize(vault.paths().database, size / 2 + 100));
        const Snapshot before = snapshot(vault.paths());
        auto r = signInChief(vault);
        REQUIRE_FALSE(r.ok());
        CHECK((r.error().code == ErrorCode::Corrupt || r.error().code == ErrorCode::NotADatabase));
        CHECK_FALSE(r.error().message.isEmpty());
        CHECK(snapshot(vault.paths()) == before);
    }
}

TEST_CASE("a database whose folder cannot be written gives a clear message", "[core][faults]")
{
    TestVault vault;
    vault.closeChief();
    if (geteuid() == 0) {
        // Root ignores folder permissions: use a folder on a read-only mount instead,
        // where this machine allows it.
        const QString mountPoint = vault.folder() + QStringLiteral("/ro");
        REQUIRE(QDir().mkpath(mountPoint));
        const QString cmd = QStringLiteral("mount -t tmpfs -o size=4m tmpfs '%1' 2>/dev/null").arg(mountPoint);
        if (std::system(cmd.toLocal8Bit().constData()) != 0) {
            WARN("cannot mount a read-only folder here; the read-only case is covered by non-root runs");
            return;
        }
        const VaultPaths inside{mountPoint + QStringLiteral("/ro.daicho")};
        REQUIRE(QFile::copy(vault.paths().database, inside.database));
        REQUIRE(QFile::copy(vault.paths().keys(), inside.keys()));
        REQUIRE(std::system(QStringLiteral("mount -o remount,ro '%1'").arg(mountPoint).toLocal8Bit().constData()) == 0);
        auto r = SignIn::signIn(inside, TestVault::kChiefLogin, TestVault::kChiefPassword, vault.clock());
        (void)std::system(QStringLiteral("umount '%1'").arg(mountPoint).toLocal8Bit().constData());
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::Io);
        CHECK(r.error().message.contains(QStringLiteral("writ")));
    } else {
        REQUIRE(::chmod(vault.folder().toLocal8Bit().constData(), 0555) == 0);
        auto r = signInChief(vault);
        ::chmod(vault.folder().toLocal8Bit().constData(), 0755);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::Io);
    }
}

TEST_CASE("creating a database in a missing folder says so and leaves nothing behind", "[core][faults]")
{
    test::FakeClock clock;
    const VaultPaths paths{QStringLiteral("/nonexistent-daicho-folder/x.daicho")};
    VaultOptions options{QStringLiteral("センター"), QStringLiteral("chief"), QStringLiteral("部長"),
                         KdfParams{1024, 1, 1}};
    auto r = VaultCreator::create(paths, options, QStringLiteral("a-long-password-1"), clock);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == ErrorCode::Io);
    CHECK_FALSE(QFile::exists(paths.database));
}

TEST_CASE("a full disk fails the change with a clear message and loses nothing", "[core][faults]")
{
    TestVault vault;
    REQUIRE(Settings::setIdleLockMinutes(vault.chief(), 6).ok());
    REQUIRE(vault.chief().db().checkpoint().ok());
    const auto headBefore = vault.chief().db().scalar(QStringLiteral("SELECT max(seq) FROM audit_log")).value();

    // The file-size limit makes every write past it fail as on a full disk.
    std::signal(SIGXFSZ, SIG_IGN);
    rlimit old{};
    REQUIRE(getrlimit(RLIMIT_FSIZE, &old) == 0);
    rlimit tight = old;
    tight.rlim_cur = 2048;
    REQUIRE(setrlimit(RLIMIT_FSIZE, &tight) == 0);
    Status failed;
    for (int i = 0; i < 20 && failed.ok(); ++i)
        failed = Settings::setIdleLockMinutes(vault.chief(), 7 + (i % 2));
    REQUIRE(setrlimit(RLIMIT_FSIZE, &old) == 0);

    REQUIRE_FALSE(failed.ok());
    CHECK(failed.error().code == ErrorCode::Io);
    CHECK(failed.error().message.contains(QStringLiteral("Nothing was changed")));
    vault.closeChief();
    vault.reopenChief();
    // Whatever committed before the failure is there; the failed change is not half-done.
    auto report = verifyAuditTrail(vault.chief().db());
    REQUIRE(report.ok());
    CHECK(report->ok);
    CHECK(vault.chief().db().integrityCheck().value().isEmpty());
    CHECK(vault.chief().db().scalar(QStringLiteral("SELECT max(seq) FROM audit_log")).value().toLongLong()
          >= headBefore.toLongLong());
}

TEST_CASE("a database recorded as written by another SQLCipher version is refused", "[core][schema]")
{
    TestVault vault;
    auto raw = openRaw(vault);
    REQUIRE(raw->exec(QStringLiteral("UPDATE meta SET value = '4.5.0' WHERE key = 'cipher_version'")).ok());
    raw.reset();
    auto r = signInChief(vault);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == ErrorCode::VersionMismatch);
    CHECK(r.error().message.contains(QStringLiteral("4.5.0")));
}
