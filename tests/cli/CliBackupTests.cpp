#include "CliTestSupport.h"
#include "cli/ExitCodes.h"

#include "auth/SignIn.h"
#include "auth/internal/SessionInternals.h"
#include "crypto/Crypto.h"
#include "store/KeySlotFile.h"

#include <catch2/catch.hpp>

#include <QFile>

using namespace Qt::StringLiterals;
using namespace daicho;
using namespace daicho::test;

namespace {

const QString kBobPassword = u"my-own-secret-99"_s;

QMap<QString, QList<QStringList>> dump(const VaultPaths& paths, const SecureBytes& key)
{
    auto db = openRaw(paths.database, key);
    return dumpTables(*db);
}

} // namespace

TEST_CASE("backup then restore gives an identical database that verifies", "[cli]")
{
    CliVault vault;
    vault.addPerson(u"bob"_s, u"head"_s, kBobPassword);
    const VaultPaths backup{vault.file(u"backup.daicho"_s)};
    const VaultPaths restored{vault.file(u"restored.daicho"_s)};

    const CliRun made = vault.as(CliVault::kChief, CliVault::kChiefPassword, {u"backup"_s, backup.database});
    INFO(made.err.toStdString());
    REQUIRE(made.exitCode == 0);
    CHECK(QFile::exists(backup.database));
    CHECK(QFile::exists(backup.keys()));

    // The key is taken before anything else signs in, so the dumps below see the state
    // the backup was made in.
    const SecureBytes key = [&] {
        // A sign-in appends to the trail; do it on a throw-away copy of the backup.
        const VaultPaths scratch{vault.file(u"scratch.daicho"_s)};
        REQUIRE(copyVault(backup, scratch));
        return databaseKey(scratch, CliVault::kChief, CliVault::kChiefPassword, vault.clock());
    }();
    const auto original = dump(vault.paths(), key);
    const auto backedUp = dump(backup, key);
    CHECK(backedUp == original);

    const CliRun restore = vault.run({u"restore"_s, backup.database, restored.database, u"--user"_s, u"bob"_s},
                                     kBobPassword + u'\n', false);
    INFO(restore.err.toStdString());
    REQUIRE(restore.exitCode == 0);
    CHECK(restore.out.contains(u"OK: "_s));

    // Every table is identical, except that the restored trail goes on with the entries of
    // the sign-in that verified it.
    auto copy = dump(restored, key);
    REQUIRE(copy.keys() == original.keys());
    for (auto it = original.cbegin(); it != original.cend(); ++it) {
        INFO(it.key().toStdString());
        if (it.key() == u"audit_log"_s) {
            REQUIRE(copy[it.key()].size() > it.value().size());
            CHECK(copy[it.key()].mid(0, it.value().size()) == it.value());
        } else {
            CHECK(copy[it.key()] == it.value());
        }
    }

    // Restoring never overwrites.
    const CliRun twice = vault.run({u"restore"_s, backup.database, restored.database, u"--user"_s, u"bob"_s},
                                   kBobPassword + u'\n', false);
    CHECK(twice.exitCode != 0);
    CHECK(twice.errLines().size() == 1);
}

TEST_CASE("backup refuses to overwrite an existing file", "[cli]")
{
    CliVault vault;
    const QString target = vault.file(u"exists.daicho"_s);
    QFile file(target);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("keep me");
    file.close();
    const CliRun run = vault.as(CliVault::kChief, CliVault::kChiefPassword, {u"backup"_s, target});
    CHECK(run.exitCode == toInt(ExitCode::Usage));
    CHECK(run.errLines().size() == 1);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == QByteArray("keep me"));
}

TEST_CASE("rekey changes the database key while every password keeps working", "[cli]")
{
    CliVault vault;
    vault.addPerson(u"bob"_s, u"staff"_s, kBobPassword);
    const SecureBytes before = databaseKey(vault.paths(), CliVault::kChief, CliVault::kChiefPassword, vault.clock());

    const CliRun rekey = vault.as(CliVault::kChief, CliVault::kChiefPassword, {u"rekey"_s});
    INFO(rekey.err.toStdString());
    REQUIRE(rekey.exitCode == 0);

    const SecureBytes after = databaseKey(vault.paths(), CliVault::kChief, CliVault::kChiefPassword, vault.clock());
    CHECK(before != after);
    const CliRun verify = vault.as(u"bob"_s, kBobPassword, {u"verify"_s});
    INFO(verify.err.toStdString());
    CHECK(verify.exitCode == 0);

    const CliRun staff = vault.as(u"bob"_s, kBobPassword, {u"rekey"_s});
    CHECK(staff.exitCode == toInt(ExitCode::PermissionDenied));
}

TEST_CASE("the recovery key gives the chief a new password and is then replaced", "[cli]")
{
    CliVault vault;
    const QString fresh = u"recovered-password-1"_s;
    const CliRun recover = vault.run({u"recover"_s, u"--user"_s, CliVault::kChief},
                                     vault.recoveryKey() + u'\n' + fresh + u'\n' + fresh + u'\n');
    INFO(recover.err.toStdString());
    REQUIRE(recover.exitCode == 0);
    QString newKey;
    for (const QString& line : recover.out.split(u'\n'))
        if (line.startsWith(u"    "_s))
            newKey = line.trimmed();
    CHECK_FALSE(newKey.isEmpty());
    CHECK(newKey != vault.recoveryKey());

    CHECK(vault.as(CliVault::kChief, CliVault::kChiefPassword, {u"verify"_s}).exitCode == toInt(ExitCode::AuthFailed));
    const CliRun verify = vault.as(CliVault::kChief, fresh, {u"verify"_s});
    INFO(verify.err.toStdString());
    CHECK(verify.exitCode == 0);

    const CliRun spent = vault.run({u"recover"_s, u"--user"_s, CliVault::kChief},
                                   vault.recoveryKey() + u'\n' + fresh + u'\n' + fresh + u'\n');
    CHECK(spent.exitCode != 0);
    CHECK(spent.errLines().size() == 1);
}

TEST_CASE("anchor dismiss sets a failing claim aside for the chief, and refuses anyone else or nothing to do", "[cli]")
{
    CliVault vault;
    vault.addPerson(u"bob"_s, u"staff"_s, kBobPassword);
    const CliRun nothing = vault.as(CliVault::kChief, CliVault::kChiefPassword, {u"anchor"_s, u"dismiss"_s});
    CHECK(nothing.exitCode == toInt(ExitCode::Usage));
    CHECK(nothing.err.contains(u"nothing to set aside"_s));
    CHECK(vault.as(CliVault::kChief, CliVault::kChiefPassword, {u"anchor"_s}).exitCode == toInt(ExitCode::Usage));

    // Bob signs a claim of an entry that never existed into his own slot, with his own key.
    {
        auto bob = SignIn::openForVerification(vault.paths(), u"bob"_s, kBobPassword, vault.clock());
        REQUIRE(bob.ok());
        auto file = KeySlotFile::load(vault.paths().keys());
        REQUIRE(file.ok());
        REQUIRE(file->anchor(u"bob"_s) != nullptr);
        ChainAnchor claim = *file->anchor(u"bob"_s);
        claim.seq += 500;
        claim.signature =
            crypto::sign(SessionInternals::secrets(*bob.value()).signingSeed, claim.signedBytes(file->headerBytes()));
        file->setAnchor(claim);
        REQUIRE(file->save(vault.paths().keys(), SessionInternals::secrets(*bob.value()).databaseKey).ok());
    }
    CHECK(vault.as(u"bob"_s, kBobPassword, {u"anchor"_s, u"dismiss"_s}).exitCode == toInt(ExitCode::PermissionDenied));
    const CliRun dismissed = vault.as(CliVault::kChief, CliVault::kChiefPassword, {u"anchor"_s, u"dismiss"_s});
    INFO(dismissed.err.toStdString());
    REQUIRE(dismissed.exitCode == 0);
    CHECK(dismissed.out.contains(u"bob"_s));
    CHECK(vault.as(u"bob"_s, kBobPassword, {u"verify"_s}).exitCode == 0);
}
