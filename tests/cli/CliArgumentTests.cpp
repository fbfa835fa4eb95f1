#include "CliTestSupport.h"
#include "cli/ExitCodes.h"

#include "auth/SignIn.h"
#include "auth/UserAdmin.h"

#include <catch2/catch.hpp>

#include <QFile>

using namespace Qt::StringLiterals;
using namespace daicho;
using namespace daicho::test;

TEST_CASE("a password given on the command line is refused and never used", "[cli]")
{
    CliVault vault;
    const QString pw = u"another-password-77"_s;
    const QList<QStringList> attempts = {
        {u"user"_s, u"add"_s, u"bob"_s, u"--name"_s, u"Bob"_s, u"--role"_s, u"staff"_s, u"--password"_s, pw},
        {u"user"_s, u"add"_s, u"bob"_s, u"--name"_s, u"Bob"_s, u"--role"_s, u"staff"_s, u"--password="_s + pw},
        {u"user"_s, u"add"_s, u"bob"_s, u"--name"_s, u"Bob"_s, u"--role"_s, u"staff"_s, u"-p"_s, pw},
        {u"recover"_s, u"--recovery-key"_s, vault.recoveryKey()},
        // A stray positional argument is not taken for a password either.
        {u"user"_s, u"add"_s, u"bob"_s, pw, u"--name"_s, u"Bob"_s, u"--role"_s, u"staff"_s},
    };
    for (const QStringList& args : attempts) {
        INFO(args.join(u' ').toStdString());
        // Standard input is empty: if the tool ignored the option it would fail later with
        // another message; it must refuse before reading anything.
        const CliRun run = vault.run(args + QStringList{u"--user"_s, CliVault::kChief}, QString());
        CHECK(run.exitCode == toInt(ExitCode::Usage));
        CHECK(run.errLines().size() == 1);
        CHECK(run.out.isEmpty());
    }
    const CliRun refused = vault.run({u"verify"_s, u"--password"_s, pw}, QString());
    CHECK(refused.err.contains(u"standard input"_s));

    // Bob was never added.
    auto chief = SignIn::signIn(vault.paths(), CliVault::kChief, CliVault::kChiefPassword, vault.clock());
    REQUIRE(chief.ok());
    auto users = UserAdmin::listUsers(*chief.value(), true);
    REQUIRE(users.ok());
    for (const UserEntry& user : users.value())
        CHECK(user.login != u"bob"_s);
}

TEST_CASE("usage errors exit 1 with one line on the error stream", "[cli]")
{
    FakeClock clock;
    const QList<QStringList> bad = {
        {},
        {u"frobnicate"_s},
        {u"verify"_s, u"--bogus"_s},
        {u"verify"_s, u"--user"_s}, // option without its value
        {u"verify"_s, u"--user"_s, u"chief"_s}, // no --db
        {u"user"_s},
        {u"user"_s, u"add"_s},
        {u"backup"_s},
        {u"restore"_s, u"only-one"_s},
        {u"verify"_s, u"--db"_s, u"x"_s, u"--db"_s, u"y"_s},
    };
    for (const QStringList& args : bad) {
        INFO(args.join(u' ').toStdString());
        const CliRun run = runCliWith(args, QString(), clock);
        CHECK(run.exitCode == toInt(ExitCode::Usage));
        CHECK(run.errLines().size() == 1);
        CHECK(run.err.startsWith(u"daicho-cli: "_s));
    }
}

TEST_CASE("help prints the usage and exits 0", "[cli]")
{
    FakeClock clock;
    const CliRun run = runCliWith({u"--help"_s}, QString(), clock);
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(u"verify"_s));
    CHECK(run.out.contains(u"standard input"_s));
    CHECK(run.err.isEmpty());
}

TEST_CASE("a database that does not exist exits 5", "[cli]")
{
    FakeClock clock;
    const CliRun run = runCliWith({u"verify"_s, u"--db"_s, u"/nonexistent/nowhere.daicho"_s, u"--user"_s, u"chief"_s},
                                  u"whatever-password\n"_s, clock);
    CHECK(run.exitCode == toInt(ExitCode::NotFound));
    CHECK(run.errLines().size() == 1);
}

TEST_CASE("a file that is not a database exits 5 and is left unchanged", "[cli]")
{
    CliVault vault;
    const QString bogus = vault.file(u"bogus.daicho"_s);
    QFile file(bogus);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(8192, 'x'));
    file.close();
    // A key file that belongs to another database.
    REQUIRE(QFile::copy(vault.paths().keys(), bogus + u"-keys"_s));

    const CliRun run = vault.run({u"verify"_s, u"--db"_s, bogus, u"--user"_s, CliVault::kChief},
                                 CliVault::kChiefPassword + u'\n', false);
    INFO(run.err.toStdString());
    CHECK(run.exitCode == toInt(ExitCode::NotFound));
    CHECK(run.errLines().size() == 1);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == QByteArray(8192, 'x'));
}

TEST_CASE("every error code maps to its documented exit code", "[cli]")
{
    CHECK(exitCodeFor(ErrorCode::Ok) == ExitCode::Ok);
    CHECK(exitCodeFor(ErrorCode::InvalidInput) == ExitCode::Usage);
    CHECK(exitCodeFor(ErrorCode::AuthFailed) == ExitCode::AuthFailed);
    CHECK(exitCodeFor(ErrorCode::AccountLocked) == ExitCode::Unavailable);
    CHECK(exitCodeFor(ErrorCode::TryLater) == ExitCode::Unavailable);
    CHECK(exitCodeFor(ErrorCode::PasswordChangeRequired) == ExitCode::Unavailable);
    CHECK(exitCodeFor(ErrorCode::Busy) == ExitCode::Unavailable);
    CHECK(exitCodeFor(ErrorCode::PermissionDenied) == ExitCode::PermissionDenied);
    CHECK(exitCodeFor(ErrorCode::NotFound) == ExitCode::NotFound);
    CHECK(exitCodeFor(ErrorCode::NotADatabase) == ExitCode::NotFound);
    CHECK(exitCodeFor(ErrorCode::Corrupt) == ExitCode::Tampered);
    CHECK(exitCodeFor(ErrorCode::Tampered) == ExitCode::Tampered);
    CHECK(exitCodeFor(ErrorCode::Io) == ExitCode::Io);
    CHECK(exitCodeFor(ErrorCode::VersionMismatch) == ExitCode::VersionMismatch);
    CHECK(exitCodeFor(ErrorCode::Internal) == ExitCode::Internal);
    // The numbers themselves are the interface (docs/cli.md).
    CHECK(toInt(ExitCode::Usage) == 1);
    CHECK(toInt(ExitCode::AuthFailed) == 2);
    CHECK(toInt(ExitCode::Unavailable) == 3);
    CHECK(toInt(ExitCode::PermissionDenied) == 4);
    CHECK(toInt(ExitCode::NotFound) == 5);
    CHECK(toInt(ExitCode::Tampered) == 6);
    CHECK(toInt(ExitCode::Io) == 7);
    CHECK(toInt(ExitCode::VersionMismatch) == 8);
    CHECK(toInt(ExitCode::Internal) == 9);
}
