// Issue 13 §5: after a disposal none of the deleted text can be found in the database file, its
// WAL or its free pages, nor in a temporary file. The test reads the files as someone holding
// the key would: every page decrypted (tests/support/DatabasePages), the kept text found there
// first so that the scan is shown to see what is in the file.
#include "auth/internal/SessionInternals.h"
#include "retention/DisposalRuns.h"
#include "support/CaseFixtures.h"
#include "support/DatabasePages.h"
#include "support/DisposalFixtures.h"
#include "support/LedgerFixtures.h"
#include "support/TestVault.h"

#include <catch2/catch.hpp>

using namespace daicho;
using namespace daicho::test;

namespace {

DecryptedFiles readFiles(const TestVault& vault, const SecureBytes& key)
{
    DecryptedFiles files = decryptDatabaseFiles(vault.paths().database, key);
    INFO(files.problem.toStdString());
    REQUIRE(files.problem.isEmpty());
    REQUIRE(files.headerReadable);
    return files;
}

// Every text is found in some page (a scan that finds nothing proves nothing).
void requireFound(const DecryptedFiles& files, const QStringList& texts)
{
    for (const QString& text : texts) {
        INFO("looked for " << text.toStdString());
        CHECK_FALSE(placesOf(files, text).isEmpty());
    }
}

void requireNowhere(const DecryptedFiles& files, const QStringList& texts)
{
    for (const QString& text : texts) {
        INFO(text.toStdString() << " found in " << placesOf(files, text).join(QStringLiteral(", ")).toStdString());
        CHECK(placesOf(files, text).isEmpty());
    }
}

std::int64_t compactionsOwed(const Session& session)
{
    return count(session, QStringLiteral("SELECT count(*) FROM disposal_runs WHERE state = 'done' AND id NOT IN "
                                         "(SELECT run_id FROM disposal_compactions)"));
}

} // namespace

TEST_CASE("after a disposal no page of the file or its WAL, free or not, holds what it removed",
          "[core][retention][disposal]")
{
    TestVault vault;
    const DisposalCase c = prepareConfirmedDisposal(vault);
    Session& chief = vault.chief();
    const SecureBytes key = SessionInternals::secrets(chief).databaseKey;
    // Others are signed in and idle, as in an office: their connections stay open through the run.
    auto staff = vault.signIn(QStringLiteral("staff"));
    auto auditor = vault.signIn(QStringLiteral("auditor"));

    const DecryptedFiles before = readFiles(vault, key);
    CHECK(before.btreePages > 10);
    requireFound(before, c.goingTexts + c.goingSearchTexts + c.keptTexts);
    // The same scan with a key one bit off reads nothing: the texts are found by decrypting.
    SecureBytes wrong = key;
    wrong[0] ^= 1;
    const DecryptedFiles garbled = decryptDatabaseFiles(vault.paths().database, wrong);
    CHECK_FALSE(garbled.headerReadable);
    for (const QString& text : c.goingTexts + c.keptTexts)
        CHECK(placesOf(garbled, text).isEmpty());
    CHECK(filesHoldingInTheClear(vault, c.goingTexts + c.keptTexts).isEmpty());

    auto outcome = DisposalRuns::run(chief, c.runId);
    INFO((outcome.ok() ? QString() : outcome.error().message).toStdString());
    REQUIRE(outcome.ok());
    CHECK(outcome->disposed == c.going.size());
    INFO(outcome->compactionProblem.toStdString());
    CHECK(outcome->compacted);

    const DecryptedFiles after = readFiles(vault, key);
    requireNowhere(after, c.goingTexts + c.goingSearchTexts);
    requireFound(after, c.keptTexts);
    CHECK(after.walFrames == 0); // the WAL was emptied after the file was rebuilt
    CHECK(filesBesideTheVault(vault).isEmpty());
    CHECK(filesHoldingInTheClear(vault, c.goingTexts + c.keptTexts).isEmpty());
    CHECK(compactionsOwed(chief) == 0);
    requireVerified(chief);
}

TEST_CASE("a disposal that another reader keeps from compacting leaves it owed, and the next sign-in compacts",
          "[core][retention][disposal]")
{
    TestVault vault;
    const DisposalCase c = prepareConfirmedDisposal(vault);
    Session& chief = vault.chief();
    const SecureBytes key = SessionInternals::secrets(chief).databaseKey;
    auto staff = vault.signIn(QStringLiteral("staff"));
    {
        // A list being read on another connection while the run commits: the WAL cannot be
        // emptied under it.
        auto reading = ReadSnapshot::begin(staff->db());
        REQUIRE(reading.ok());
        auto outcome = DisposalRuns::run(chief, c.runId);
        REQUIRE(outcome.ok());
        CHECK_FALSE(outcome->compacted);
        CHECK_FALSE(outcome->compactionProblem.isEmpty());
    }
    CHECK(compactionsOwed(chief) == 1);
    // The run is done and its records are gone from the tables, but not yet from the files:
    // this is what the owed compaction is for.
    CHECK(count(chief, QStringLiteral("SELECT count(*) FROM ledger_entries WHERE id IN (%1, %2)")
                           .arg(c.going.at(0))
                           .arg(c.going.at(1)))
          == 0);
    const DecryptedFiles stale = readFiles(vault, key);
    bool anyLeft = false;
    for (const QString& text : c.goingTexts)
        anyLeft = anyLeft || !placesOf(stale, text).isEmpty();
    CHECK(anyLeft);

    auto auditor = vault.signIn(QStringLiteral("auditor")); // anyone's sign-in
    CHECK(compactionsOwed(chief) == 0);
    const DecryptedFiles after = readFiles(vault, key);
    requireNowhere(after, c.goingTexts + c.goingSearchTexts);
    requireFound(after, c.keptTexts);
    CHECK(filesBesideTheVault(vault).isEmpty());
    requireVerified(chief);
}

// The same for a request from an individual: the individual's name, address and what they asked
// leave the file with the case, while a held case's stay.
TEST_CASE("after a disposal no page of the file or its WAL holds a removed request's text",
          "[core][retention][disposal][cases]")
{
    CaseFixture f;
    const CaseId gone = f.closedDisclosure(QStringLiteral("廃棄対象 太郎"));
    const CaseId kept = f.closedDisclosure(QStringLiteral("保存対象 花子"));
    f.vault.clock().set(QDateTime(QDate(2032, 1, 12), QTime(1, 0), Qt::UTC));
    Session& chief = f.vault.chief();
    auto run = DisposalRuns::approve(chief, 2031, {}, QStringLiteral("deletion"), f.registerEntry,
                                     {{kept, QStringLiteral("訴訟対応")}});
    REQUIRE(run.ok());
    {
        auto auditor = f.vault.signIn(QStringLiteral("auditor"));
        REQUIRE(DisposalRuns::confirm(*auditor, run.value()).ok());
    }
    f.vault.clock().set(QDateTime(QDate(2032, 3, 2), QTime(1, 0), Qt::UTC));
    const SecureBytes key = SessionInternals::secrets(chief).databaseKey;
    const QStringList goingTexts{QStringLiteral("廃棄対象 太郎"), QStringLiteral("廃棄対象")};
    const QStringList keptTexts{QStringLiteral("保存対象 花子")};
    requireFound(readFiles(f.vault, key), goingTexts + keptTexts);

    auto outcome = DisposalRuns::run(chief, run.value());
    REQUIRE(outcome.ok());
    CHECK(outcome->disposed == 1);
    CHECK(outcome->compacted);
    const DecryptedFiles after = readFiles(f.vault, key);
    requireNowhere(after, goingTexts);
    requireFound(after, keptTexts);
    CHECK(after.walFrames == 0);
    CHECK(filesBesideTheVault(f.vault).isEmpty());
    CHECK(count(chief, QStringLiteral("SELECT count(*) FROM case_events WHERE case_id = %1").arg(gone)) == 0);
    requireVerified(chief);
}
