#include "CliTestSupport.h"
#include "cli/ExitCodes.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace daicho;
using namespace daicho::test;

namespace {

const QString kAuditorPassword = u"monitoring-sheet-55"_s;

// The first line of "daicho-cli checkpoint": SEQ:CODE.
QString checkpointCode(const CliRun& run)
{
    return run.out.section(u'\n', 0, 0).trimmed();
}

} // namespace

TEST_CASE("verify names the first failing entry after an audit entry is changed in a copy", "[cli]")
{
    CliVault vault;
    vault.addPerson(u"bob"_s, u"staff"_s, u"my-own-secret-99"_s);
    const VaultPaths copy{vault.file(u"copy.daicho"_s)};
    REQUIRE(copyVault(vault.paths(), copy));

    {
        // Someone holding the database key edits an entry in the middle of the chain.
        const SecureBytes key = databaseKey(copy, CliVault::kChief, CliVault::kChiefPassword, vault.clock());
        auto db = openRaw(copy.database, key);
        REQUIRE(db->exec(u"UPDATE audit_log SET detail = detail || ';x=1' WHERE seq = 3"_s).ok());
    }
    const CliRun tampered = vault.run({u"verify"_s, u"--db"_s, copy.database, u"--user"_s, CliVault::kChief},
                                      CliVault::kChiefPassword + u'\n', false);
    CHECK(tampered.exitCode == toInt(ExitCode::Tampered));
    REQUIRE(tampered.errLines().size() == 1);
    CHECK(tampered.err.contains(u"entry 3"_s));
    CHECK(tampered.out.isEmpty());

    // The original is untouched and still verifies.
    const CliRun original = vault.as(CliVault::kChief, CliVault::kChiefPassword, {u"verify"_s});
    INFO(original.err.toStdString());
    CHECK(original.exitCode == 0);
}

TEST_CASE("verify catches a row changed behind the audit trail's back", "[cli]")
{
    CliVault vault;
    vault.addPerson(u"bob"_s, u"staff"_s, u"my-own-secret-99"_s);
    {
        const SecureBytes key = databaseKey(vault.paths(), CliVault::kChief, CliVault::kChiefPassword, vault.clock());
        auto db = openRaw(vault.db(), key);
        // Promote bob to chief without going through UserAdmin.
        REQUIRE(db->exec(u"UPDATE users SET role = 'chief' WHERE login = 'bob'"_s).ok());
    }
    const CliRun run = vault.as(CliVault::kChief, CliVault::kChiefPassword, {u"verify"_s});
    CHECK(run.exitCode == toInt(ExitCode::Tampered));
    CHECK(run.errLines().size() == 1);
}

TEST_CASE("a checkpoint code verifies, and fails once the entries since it are deleted", "[cli]")
{
    CliVault vault;
    vault.addPerson(u"auditor"_s, u"auditor"_s, kAuditorPassword);

    const CliRun signedCheckpoint = vault.as(u"auditor"_s, kAuditorPassword, {u"checkpoint"_s});
    INFO(signedCheckpoint.err.toStdString());
    REQUIRE(signedCheckpoint.exitCode == 0);
    const QString code = checkpointCode(signedCheckpoint);
    REQUIRE(code.contains(u':'));
    const qint64 seq = code.section(u':', 0, 0).toLongLong();
    REQUIRE(seq > 0);

    const CliRun good = vault.as(u"auditor"_s, kAuditorPassword, {u"verify"_s, u"--checkpoint"_s, code});
    INFO(good.err.toStdString());
    CHECK(good.exitCode == 0);
    CHECK(good.out.contains(u"1 printed code"_s));

    {
        // Cut the log back to before the checkpoint, as if an older copy were put back.
        const SecureBytes key = databaseKey(vault.paths(), CliVault::kChief, CliVault::kChiefPassword, vault.clock());
        auto db = openRaw(vault.db(), key);
        REQUIRE(db->exec(u"DELETE FROM audit_log WHERE seq >= "_s + QString::number(seq)).ok());
    }
    const CliRun cut = vault.as(u"auditor"_s, kAuditorPassword, {u"verify"_s, u"--checkpoint"_s, code});
    CHECK(cut.exitCode == toInt(ExitCode::Tampered));
    CHECK(cut.errLines().size() == 1);
}

TEST_CASE("only the auditor signs checkpoints, and a malformed code is a usage error", "[cli]")
{
    CliVault vault;
    const CliRun chief = vault.as(CliVault::kChief, CliVault::kChiefPassword, {u"checkpoint"_s});
    CHECK(chief.exitCode == toInt(ExitCode::PermissionDenied));
    CHECK(chief.errLines().size() == 1);

    // Refused before the password is read: standard input is empty.
    const CliRun malformed =
        vault.run({u"verify"_s, u"--user"_s, CliVault::kChief, u"--checkpoint"_s, u"not-a-code"_s}, QString());
    CHECK(malformed.exitCode == toInt(ExitCode::Usage));
    CHECK(malformed.err.contains(u"not-a-code"_s));
}
