// Insider review seven (issue 11's changes): each ledger's own numbering of its entries
// (ledger_entries.number, schema 8), the earlier record named 「様式6-1 No.5」, verification in
// the background, bulk decisions and the navigator's counts.
//
// Each attack is done by a staff member, a head or the auditor with their own key (Insider).
// The tests marked "found by insider review seven" failed on the code as reviewed and pass
// since the fixes; the others were refused already and must stay refused. The weaknesses left
// open are hidden ([.]) and say why.

#include "Insider.h"

#include "audit/AuditVerifier.h"
#include "auth/SignIn.h"
#include "auth/UserAdmin.h"
#include "exchange/LedgerImport.h"
#include "ledger/EntryCodec.h"
#include "ledger/FormRegistry.h"
#include "ledger/LedgerAccess.h"
#include "ledger/LedgerDirectory.h"
#include "ledger/LedgerQuery.h"
#include "ledger/LedgerReader.h"
#include "ledger/LedgerStore.h"
#include "support/LedgerFixtures.h"
#include "support/OlderSchema.h"
#include "support/TestVault.h"
#include "vault/DatabaseVerification.h"

#include <catch2/catch.hpp>

#include <atomic>
#include <future>

using namespace daicho;
using namespace daicho::test;

namespace {

struct Centre {
    TestVault vault;
    EntryId plainRegister = 0;
    EntryId sensitiveRegister = 0;

    Centre()
    {
        vault.addPeople();
        plainRegister =
            LedgerStore::add(vault.chief(), QStringLiteral("form3"), registerValues(vault.chief(), false)).value();
        FieldValues sensitive = registerValues(vault.chief(), true);
        sensitive[QStringLiteral("name")] = QStringLiteral("特定保健指導記録データベース");
        sensitiveRegister = LedgerStore::add(vault.chief(), QStringLiteral("form3"), sensitive).value();
    }

    Insider insider(const QString& login)
    {
        return Insider(vault.paths(), login,
                       login == TestVault::kChiefLogin ? TestVault::kChiefPassword : TestVault::kPassword);
    }

    EntryId added(Session& session, const QString& formId, const FieldValues& values)
    {
        auto result = LedgerStore::add(session, formId, values);
        INFO((result.ok() ? QString() : result.error().detail + QStringLiteral(": ") + result.error().message)
                 .toStdString());
        REQUIRE(result.ok());
        return result.value();
    }

    EntryId addedBy(const QString& login, const QString& formId)
    {
        auto session = vault.signIn(login);
        return added(*session, formId, importableEntryValues(*session, formId, sensitiveRegister, plainRegister));
    }

    // A head of 総務部, which is not above 健診管理課, with their initial password changed.
    void addOtherHead()
    {
        const QString initial = QStringLiteral("initial-password-0000");
        REQUIRE(UserAdmin::addUser(vault.chief(),
                                   {QStringLiteral("head2"), QStringLiteral("総務 部長"), Role::DepartmentHead,
                                    departmentId(vault.chief(), QStringLiteral("総務部"))},
                                   initial)
                    .ok());
        auto session = SignIn::signIn(vault.paths(), QStringLiteral("head2"), initial, vault.clock());
        REQUIRE(session.ok());
        REQUIRE(UserAdmin::changeOwnPassword(*session.value(), initial, TestVault::kPassword).ok());
    }
};

QString describe(const Result<ImportReport>& report)
{
    if (!report.ok())
        return report.error().message;
    QStringList lines;
    for (const ImportProblem& p : report->problems)
        lines << QStringLiteral("%1 %2: %3").arg(p.line).arg(p.column, p.message);
    return lines.join(QLatin1Char('\n'));
}

// A 様式7-2 receipt in CSV that leaves the provider's address and the acquisition history out
// as identical to the earlier record named `earlier`.
QByteArray omittingReceiptCsv(const QString& earlier)
{
    return (QStringLiteral("date,consent,provider,provider_address,provider_kind,acquisition,individual,"
                           "items,identity_confirmed,identity_method,history_confirmed,history_method,"
                           "recorded,register,omitted_items,earlier_record\n")
            + QStringLiteral("2026/07/01,はい,地域健康づくり推進協議会,,individual,,講座参加希望者,氏名,"
                             "はい,declaration,はい,document,2026/07/01,特定健診受診者データベース,"
                             "provider_address、acquisition,%1\n")
                  .arg(earlier))
        .toUtf8();
}

std::int64_t earlierRecordOf(Session& session, EntryId id)
{
    auto entry = LedgerReader::entry(session, id);
    REQUIRE(entry.ok());
    return entry->values.value(QStringLiteral("earlier_record")).toLongLong();
}

} // namespace

// ---------------------------------------------------------------------------------------
// The numbers (ledger_entries.number): derived, so changed with SQL they are named by verify
// ---------------------------------------------------------------------------------------

// Refused already: swapped, duplicated, gapped or zeroed numbers — even with an audit entry
// signed over the row — are named by verify; the number is derived again from the ids.
TEST_CASE("insider: numbers swapped, duplicated, gapped or zeroed with SQL are named by verify",
          "[core][insider][insider7][ledger][number]")
{
    Centre c;
    const EntryId a = c.addedBy(QStringLiteral("staff"), QStringLiteral("form7-2"));
    const EntryId b = c.addedBy(QStringLiteral("staff"), QStringLiteral("form7-2"));
    const EntryId d = c.addedBy(QStringLiteral("staff"), QStringLiteral("form7-2"));
    requireVerified(c.vault.chief());
    c.vault.closeChief();
    const QList<std::pair<const char*, QString>> attacks{
        {"swapped", QStringLiteral("UPDATE ledger_entries SET number = 3 - number WHERE id IN (%1, %2)").arg(a).arg(b)},
        {"duplicated", QStringLiteral("UPDATE ledger_entries SET number = 2 WHERE id = %1").arg(d)},
        {"gap", QStringLiteral("UPDATE ledger_entries SET number = 7 WHERE id = %1").arg(d)},
        {"zeroed", QStringLiteral("UPDATE ledger_entries SET number = 0 WHERE form = 'form7-2'")},
        {"moved to another form's numbering",
         QStringLiteral("UPDATE ledger_entries SET number = 1 WHERE id = %1").arg(c.sensitiveRegister)},
    };
    for (const auto& [why, sql] : attacks) {
        INFO(why);
        {
            Insider staff = c.insider(QStringLiteral("staff"));
            staff.sql(QStringLiteral("BEGIN; %1; COMMIT").arg(sql));
            // Signing the list row with one's own key does not make it an audited row.
            staff.sign(QStringLiteral("ledger.revise"), QStringLiteral("ledger_entries"), QString::number(a));
        }
        CHECK_FALSE(verificationProblem(c.vault).isEmpty());
        {
            // Put back as it was (the signed entry stays in the trail; the next attack adds one more).
            Insider staff = c.insider(QStringLiteral("staff"));
            staff.sql(QStringLiteral("UPDATE ledger_entries SET number = CASE id WHEN %1 THEN 1 WHEN %2 THEN 2 WHEN %3 "
                                     "THEN 3 WHEN %4 THEN 1 ELSE number END")
                          .arg(a)
                          .arg(b)
                          .arg(d)
                          .arg(c.plainRegister));
            staff.sql(QStringLiteral("UPDATE ledger_entries SET number = 2 WHERE id = %1").arg(c.sensitiveRegister));
        }
    }
}

// Found by insider review seven, fixed: an entry added honestly got "the highest number + 1"
// while the verifier numbers "the n-th by id". A staff member who lowered the number of the
// last entry for a moment (a duplicate No.) and put it back after a colleague's entry left the
// colleague's entry with a wrong number for good, and verify then named that honest entry as
// changed outside Daicho, not the insider's. The number is now given as the verifier derives it.
TEST_CASE("insider: a number lowered for a moment does not make an honest entry the one verify names",
          "[core][insider][insider7][ledger][number]")
{
    Centre c;
    const EntryId first = c.addedBy(QStringLiteral("staff"), QStringLiteral("form7-2"));
    const EntryId second = c.addedBy(QStringLiteral("staff"), QStringLiteral("form7-2"));
    (void)first;
    c.vault.closeChief();
    {
        Insider staff = c.insider(QStringLiteral("staff"));
        staff.sql(QStringLiteral("UPDATE ledger_entries SET number = 1 WHERE id = %1").arg(second));
    }
    const EntryId honest = c.addedBy(QStringLiteral("head"), QStringLiteral("form7-2"));
    {
        Insider staff = c.insider(QStringLiteral("staff"));
        staff.sql(QStringLiteral("UPDATE ledger_entries SET number = 2 WHERE id = %1").arg(second));
        CHECK(staff.number(QStringLiteral("SELECT number FROM ledger_entries WHERE id = %1").arg(honest)) == 3);
    }
    const VerifyReport report = verificationBy(c.vault);
    INFO(report.problem.toStdString());
    CHECK(report.ok);
}

// Refused already, in part: the schema set back to 7 (the numbers' column dropped) is never
// reported as verified. (On a file created at schema 8 verify fails with a database error
// rather than naming the version: see the next test.)
TEST_CASE("insider: the numbers' schema set back is not verified", "[core][insider][insider7][ledger][number][schema]")
{
    Centre c;
    c.addedBy(QStringLiteral("staff"), QStringLiteral("form7-2"));
    c.vault.closeChief();
    {
        Insider staff = c.insider(QStringLiteral("staff"));
        staff.sql(schemaSevenSql() + QStringLiteral("PRAGMA user_version = 7; DELETE FROM ledger_definitions"));
    }
    auto auditor =
        SignIn::openForVerification(c.vault.paths(), QStringLiteral("auditor"), TestVault::kPassword, c.vault.clock());
    REQUIRE(auditor.ok());
    auto report = verifyDatabase(*auditor.value());
    INFO((report.ok() ? report->problem : report.error().detail).toStdString());
    CHECK((!report.ok() || !report->ok));
}

// Found by insider review seven, fixed: the message refusing an earlier record of another kind
// named it as 「様式4 No.1」 — the form and the No. of an entry the person may not read (staff do
// not read the monitoring sheets, 様式4): probing ids told a member of staff which are sheets
// and how many there are. Only records of provision and receipt, which everyone reads, are named.
TEST_CASE("insider: refusing an earlier record does not name an entry of a form the person may not read",
          "[core][insider][insider7][ledger][transfer]")
{
    Centre c;
    const FormDefinition* form4 = FormRegistry::find(QStringLiteral("form4"));
    REQUIRE(form4);
    c.vault.closeChief();
    std::int64_t sheet = 0;
    {
        // A monitoring sheet as the auditor keeps it (its values do not matter here).
        Insider auditor = c.insider(QStringLiteral("auditor"));
        auditor.sql(QStringLiteral("INSERT INTO ledger_revisions (entry_id, number, form, author_id, at_utc, "
                                   "department_id, reason, keeps_approval, data) VALUES ((SELECT max(id) + 1 FROM "
                                   "ledger_entries), 1, 'form4', %1, '2026-07-01T00:00:00.000Z', NULL, '', 0, x'%2')")
                        .arg(auditor.myId())
                        .arg(QString::fromLatin1(encodeEntryValues(*form4, {}).toHex())));
        auditor.sql(QStringLiteral("INSERT INTO ledger_entries (id, form, entry_date, state, revision_id, "
                                   "revision_count, author_id, number) SELECT entry_id, 'form4', '2026-07-01', "
                                   "'recorded', id, 1, author_id, 1 FROM ledger_revisions WHERE id = (SELECT max(id) "
                                   "FROM ledger_revisions)"));
        sheet = auditor.number(QStringLiteral("SELECT max(id) FROM ledger_entries"));
    }
    auto staff = c.vault.signIn(QStringLiteral("staff"));
    REQUIRE(staff);
    const FormDefinition* form7 = FormRegistry::find(QStringLiteral("form7-2"));
    REQUIRE(form7);
    CHECK_FALSE(LedgerAccess::requireRead(*staff, *form4).ok());
    FieldValues v = importableEntryValues(*staff, QStringLiteral("form7-2"), c.sensitiveRegister, c.plainRegister);
    v.remove(QStringLiteral("provider_address"));
    v[QStringLiteral("omitted_items")] = QStringList{QStringLiteral("provider_address")};
    v[QStringLiteral("earlier_record")] = qint64(sheet);
    auto issues = LedgerStore::check(*staff, QStringLiteral("form7-2"), v);
    REQUIRE(issues.ok());
    REQUIRE_FALSE(issues->isEmpty());
    for (const Issue& issue : issues.value()) {
        INFO(issue.message.toStdString());
        CHECK_FALSE(issue.message.contains(QStringLiteral("様式4")));
    }
}

// Left open ([.]): the check that refuses a schema set back (InsiderReviewSixTests) reads the
// trail's `schema.upgrade` entries; a file created at the current schema has none, so it can be
// set back and the next sign-in runs the upgrades again in that person's name. For schema 8 the
// renumbering it runs is the verifier's own (nothing misleading, and the trail then verifies);
// set back below 6 it replays the check items' upgrade. A fix records the version a file is
// created at in a signed entry (meta.set) and counts it in highestSchemaUpgrade; the tests that
// make "older" files from new ones then need another way to make them.
TEST_CASE("insider: a file created at schema 8 and set back is refused at sign-in",
          "[.][core][insider][insider7][ledger][number][schema][weakness]")
{
    Centre c;
    c.addedBy(QStringLiteral("staff"), QStringLiteral("form7-2"));
    c.vault.closeChief();
    {
        Insider staff = c.insider(QStringLiteral("staff"));
        staff.sql(schemaSevenSql() + QStringLiteral("PRAGMA user_version = 7; DELETE FROM ledger_definitions"));
    }
    auto chief = SignIn::signIn(c.vault.paths(), TestVault::kChiefLogin, TestVault::kChiefPassword, c.vault.clock());
    REQUIRE_FALSE(chief.ok());
    CHECK(chief.error().code == ErrorCode::Tampered);
}

// Refused already: the digests taken out make the next sign-in number the ledgers again as the
// verifier does, audited; tampered numbers are put right, never made up.
TEST_CASE("insider: numbers planted and the digests deleted are put right by the next sign-in, audited",
          "[core][insider][insider7][ledger][number]")
{
    Centre c;
    const EntryId a = c.addedBy(QStringLiteral("staff"), QStringLiteral("form7-2"));
    const EntryId b = c.addedBy(QStringLiteral("staff"), QStringLiteral("form7-2"));
    c.vault.closeChief();
    {
        Insider staff = c.insider(QStringLiteral("staff"));
        staff.sql(QStringLiteral("UPDATE ledger_entries SET number = 3 - number WHERE id IN (%1, %2); DELETE FROM "
                                 "ledger_definitions")
                      .arg(a)
                      .arg(b));
    }
    c.vault.reopenChief();
    CHECK(LedgerReader::number(c.vault.chief(), a).value() == 1);
    CHECK(LedgerReader::number(c.vault.chief(), b).value() == 2);
    requireVerified(c.vault.chief());
}

// ---------------------------------------------------------------------------------------
// The earlier record named 「様式7-2 No.1」
// ---------------------------------------------------------------------------------------

// Found by insider review seven, fixed: the importer (and the editor's list of earlier
// records) read 「様式7-2 No.1」 through the stored numbers, which verify derives again but
// nothing else checks. A staff member who swapped two records' numbers for the time of a
// colleague's import, and put them back, had the colleague's record refer to the record of
// their choosing — signed by the colleague, and the trail verified. The directory now numbers
// the records as the verifier does.
TEST_CASE("insider: numbers swapped for the time of an import do not choose the earlier record",
          "[core][insider][insider7][ledger][transfer][import]")
{
    Centre c;
    const EntryId no1 = c.addedBy(QStringLiteral("staff"), QStringLiteral("form7-2"));
    const EntryId no2 = c.addedBy(QStringLiteral("staff"), QStringLiteral("form7-2"));
    c.vault.closeChief();
    const auto swap = [&] {
        Insider staff = c.insider(QStringLiteral("staff"));
        staff.sql(
            QStringLiteral("UPDATE ledger_entries SET number = 3 - number WHERE id IN (%1, %2)").arg(no1).arg(no2));
    };
    swap();
    EntryId imported = 0;
    {
        auto head = c.vault.signIn(QStringLiteral("head"));
        auto report = LedgerImport::importCsv(*head, QStringLiteral("form7-2"),
                                              omittingReceiptCsv(QStringLiteral("様式7-2 No.1")));
        INFO(describe(report).toStdString());
        REQUIRE(report.ok());
        REQUIRE(report->imported == 1);
        imported = count(*head, QStringLiteral("SELECT max(id) FROM ledger_entries"));
        auto directory = LedgerDirectory::load(*head);
        REQUIRE(directory.ok());
        CHECK(directory->entryReferenceText(no1) == QStringLiteral("様式7-2 No.1"));
    }
    swap();
    c.vault.reopenChief();
    CHECK(earlierRecordOf(c.vault.chief(), imported) == no1);
    requireVerified(c.vault.chief());
}

// Refused already: through the CSV import an earlier record of the other direction, of a
// related-information confirmation, of a register entry, typed in full width or by its id,
// is refused; the same record named in full width is taken.
TEST_CASE("insider: an earlier record of another kind cannot be named in an import, however it is typed",
          "[core][insider][insider7][ledger][transfer][import]")
{
    Centre c;
    const EntryId receipt = c.addedBy(QStringLiteral("staff"), QStringLiteral("form7-2"));
    c.addedBy(QStringLiteral("staff"), QStringLiteral("form6-2"));
    auto staff = c.vault.signIn(QStringLiteral("staff"));
    const auto before = count(*staff, QStringLiteral("SELECT count(*) FROM ledger_entries"));
    for (const QString& earlier :
         {QStringLiteral("様式6-2 No.1"), QStringLiteral("様式６－２　Ｎｏ．１"), QStringLiteral("様式3 No.1"),
          QStringLiteral("3-1"), QString::number(receipt), QStringLiteral("様式7-2 No.0"),
          QStringLiteral("様式7-2 No.2"), QStringLiteral("様式7-2 No.1; 様式7-2 No.1"),
          QStringLiteral("様式7-2 No.18446744073709551617")}) {
        INFO(earlier.toStdString());
        auto report = LedgerImport::importCsv(*staff, QStringLiteral("form7-2"), omittingReceiptCsv(earlier));
        INFO(describe(report).toStdString());
        CHECK((!report.ok() || (report->imported == 0 && !report->problems.isEmpty())));
    }
    CHECK(count(*staff, QStringLiteral("SELECT count(*) FROM ledger_entries")) == before);
    auto control = LedgerImport::importCsv(*staff, QStringLiteral("form7-2"),
                                           omittingReceiptCsv(QStringLiteral("様式７－２　ｎｏ１")));
    INFO(describe(control).toStdString());
    REQUIRE(control.ok());
    CHECK(control->imported == 1);
    CHECK(earlierRecordOf(*staff, count(*staff, QStringLiteral("SELECT max(id) FROM ledger_entries"))) == receipt);
    requireVerified(*staff);
}

// Found by insider review seven, fixed: verify checks who wrote a revision and what they were
// allowed to do, not the form's rules (as InsiderReviewSixTests' disposal forged with SQL). A
// correction a staff member wrote with SQL and signed with their own key, leaving the
// provider's address and the acquisition history out as "identical to" a record of provision
// (the other direction), passed verify once the list row was derived again. Verify now checks
// that an earlier record is one made before, of the same direction and kind (not the rest of
// TransferRules: the same party, the dates, the items held — see the disposal test).
TEST_CASE("insider: an earlier record of the other direction forged with SQL is named by verify",
          "[core][insider][insider7][ledger][transfer]")
{
    Centre c;
    const EntryId receipt = c.addedBy(QStringLiteral("staff"), QStringLiteral("form7-2"));
    const EntryId provision = c.addedBy(QStringLiteral("staff"), QStringLiteral("form6-2"));
    FieldValues forged;
    {
        auto staff = c.vault.signIn(QStringLiteral("staff"));
        forged = LedgerReader::entry(*staff, receipt)->values;
    }
    c.vault.closeChief();
    forged.remove(QStringLiteral("provider_address"));
    forged.remove(QStringLiteral("acquisition"));
    forged[QStringLiteral("omitted_items")] =
        QStringList{QStringLiteral("provider_address"), QStringLiteral("acquisition")};
    forged[QStringLiteral("earlier_record")] = qint64(provision);
    const FormDefinition* form = FormRegistry::find(QStringLiteral("form7-2"));
    REQUIRE(form);
    {
        Insider staff = c.insider(QStringLiteral("staff"));
        staff.sql(QStringLiteral("INSERT INTO ledger_revisions (entry_id, number, form, author_id, at_utc, "
                                 "department_id, reason, keeps_approval, data, row_key, rule_version) SELECT "
                                 "entry_id, 2, form, author_id, '2026-07-02T00:00:00.000Z', department_id, '訂正', 0, "
                                 "x'%2', randomblob(16), rule_version FROM ledger_revisions WHERE entry_id = %1")
                      .arg(receipt)
                      .arg(QString::fromLatin1(encodeEntryValues(*form, forged).toHex())));
        staff.sign(QStringLiteral("ledger.revise"), QStringLiteral("ledger_revisions"),
                   staff.value(QStringLiteral("SELECT max(id) FROM ledger_revisions")),
                   QStringLiteral("form=form7-2;entry=%1").arg(receipt));
        staff.sql(QStringLiteral("UPDATE ledger_entries SET revision_id = (SELECT max(id) FROM ledger_revisions), "
                                 "revision_count = 2 WHERE id = %1")
                      .arg(receipt));
        // The list row's search text follows at the next sign-in, derived from the history.
        staff.sql(QStringLiteral("DELETE FROM ledger_definitions"));
    }
    REQUIRE(c.vault.signIn(QStringLiteral("staff")));
    CHECK(verificationProblem(c.vault).contains(QStringLiteral("earlier record")));
}

// ---------------------------------------------------------------------------------------
// Verification in the background
// ---------------------------------------------------------------------------------------

namespace {

struct BackgroundRun {
    std::promise<Result<VerifyReport>> result;
    std::atomic<int> calls{0};
};

} // namespace

// Found by insider review seven, fixed: the background verification read the trail and then
// the tables one statement after the other, each in a snapshot of its own. An entry written
// while it ran — by the person going on working, as the page invites, or by anyone else —
// came after the trail it had read and before the tables: the run reported a ledger row "added
// outside Daicho", a false alarm that stays on the page. It now reads one snapshot.
TEST_CASE("an entry written while the verification runs is no tampering",
          "[core][insider][insider7][verify][background]")
{
    Centre c;
    Session& chief = c.vault.chief();
    for (int i = 0; i < 300; ++i) {
        FieldValues v = registerValues(chief, false);
        v[QStringLiteral("name")] = QStringLiteral("名簿 %1").arg(i);
        c.added(chief, QStringLiteral("form3"), v);
    }
    const auto trail = count(chief, QStringLiteral("SELECT count(*) FROM audit_log"));
    REQUIRE(trail > 256);
    std::promise<void> reached;
    std::promise<void> written;
    std::shared_future<void> writtenDone = written.get_future().share();
    auto run = std::make_shared<BackgroundRun>();
    std::atomic<bool> signalled{false};
    REQUIRE(verifyDatabaseInBackground(
                chief, {},
                [&, trail](std::int64_t done, std::int64_t) {
                    // In the middle of the trail's walk: let the main thread write, then go on.
                    if (done >= 256 && done < trail && !signalled.exchange(true)) {
                        reached.set_value();
                        writtenDone.wait();
                    }
                    return true;
                },
                [run](const Result<VerifyReport>& report) { run->result.set_value(report); })
                .ok());
    auto future = run->result.get_future();
    REQUIRE(reached.get_future().wait_for(std::chrono::seconds(60)) == std::future_status::ready);
    FieldValues v = registerValues(chief, false);
    v[QStringLiteral("name")] = QStringLiteral("検証中に登録した名簿");
    c.added(chief, QStringLiteral("form3"), v);
    written.set_value();
    REQUIRE(future.wait_for(std::chrono::seconds(120)) == std::future_status::ready);
    const Result<VerifyReport> report = future.get();
    REQUIRE(report.ok());
    INFO(report->problem.toStdString());
    CHECK(report->ok);
    requireVerified(chief);
}

// Refused already: a run stopped, or replaced by another job on the worker, concludes nothing
// (Cancelled), even over a tampered trail; a run over a tampered trail says so.
TEST_CASE("insider: a stopped or replaced background verification never reports the trail as verified",
          "[core][insider][insider7][verify][background]")
{
    Centre c;
    c.addedBy(QStringLiteral("staff"), QStringLiteral("form7-2"));
    c.vault.closeChief();
    {
        Insider staff = c.insider(QStringLiteral("staff"));
        staff.sql(QStringLiteral("UPDATE ledger_entries SET state = 'approved' WHERE form = 'form7-2'"));
    }
    c.vault.reopenChief();
    Session& chief = c.vault.chief();
    const auto runOnce = [&](VerifyProgress progress) {
        auto promise = std::make_shared<std::promise<Result<VerifyReport>>>();
        auto future = promise->get_future();
        REQUIRE(verifyDatabaseInBackground(chief, {}, std::move(progress), [promise](const Result<VerifyReport>& r) {
                    promise->set_value(r);
                }).ok());
        REQUIRE(future.wait_for(std::chrono::seconds(60)) == std::future_status::ready);
        return future.get();
    };
    const Result<VerifyReport> stopped = runOnce([](std::int64_t, std::int64_t) { return false; });
    REQUIRE_FALSE(stopped.ok());
    CHECK(stopped.error().code == ErrorCode::Cancelled);
    const Result<VerifyReport> full = runOnce([](std::int64_t, std::int64_t) { return true; });
    REQUIRE(full.ok());
    CHECK_FALSE(full->ok);
    // A job posted while another waits replaces it: the first is told it never ran.
    std::promise<void> hold;
    std::shared_future<void> held = hold.get_future().share();
    auto first = std::make_shared<std::promise<Result<VerifyReport>>>();
    auto second = std::make_shared<std::promise<Result<VerifyReport>>>();
    std::promise<void> started;
    std::atomic<bool> once{false};
    REQUIRE(verifyDatabaseInBackground(
                chief, {},
                [&](std::int64_t, std::int64_t) {
                    if (!once.exchange(true)) {
                        started.set_value();
                        held.wait();
                    }
                    return true;
                },
                [first](const Result<VerifyReport>& r) { first->set_value(r); })
                .ok());
    started.get_future().wait();
    auto pending = std::make_shared<std::promise<Result<VerifyReport>>>();
    REQUIRE(verifyDatabaseInBackground(chief, {}, {}, [pending](const Result<VerifyReport>& r) {
                pending->set_value(r);
            }).ok());
    REQUIRE(verifyDatabaseInBackground(chief, {}, {}, [second](const Result<VerifyReport>& r) {
                second->set_value(r);
            }).ok());
    auto replaced = pending->get_future();
    REQUIRE(replaced.wait_for(std::chrono::seconds(10)) == std::future_status::ready);
    const Result<VerifyReport> dropped = replaced.get();
    REQUIRE_FALSE(dropped.ok());
    CHECK(dropped.error().code == ErrorCode::Cancelled);
    hold.set_value();
    auto firstResult = first->get_future();
    auto secondResult = second->get_future();
    REQUIRE(firstResult.wait_for(std::chrono::seconds(60)) == std::future_status::ready);
    REQUIRE(secondResult.wait_for(std::chrono::seconds(60)) == std::future_status::ready);
    for (const Result<VerifyReport>& r : {firstResult.get(), secondResult.get()}) {
        REQUIRE(r.ok());
        CHECK_FALSE(r->ok);
    }
}

// ---------------------------------------------------------------------------------------
// Bulk decisions and the navigator's counts
// ---------------------------------------------------------------------------------------

// Refused already: a head deciding on a selection that holds another department's entry and
// their own carry-out gets each of those refused by the store; the count of what waits for a
// person's decision counts only what they may decide, and nothing for staff or another head.
TEST_CASE("insider: a bulk decision over another department's entries or one's own carry-out is refused",
          "[core][insider][insider7][ledger][decision]")
{
    Centre c;
    c.addOtherHead();
    auto staff = c.vault.signIn(QStringLiteral("staff"));
    auto head = c.vault.signIn(QStringLiteral("head"));
    auto head2 = c.vault.signIn(QStringLiteral("head2"));
    const EntryId byStaff = c.added(*staff, QStringLiteral("form2"), carryOutValues(*staff, c.sensitiveRegister));
    FieldValues own = carryOutValues(*staff, c.sensitiveRegister);
    own[QStringLiteral("carrier")] = userId(*head, QStringLiteral("head"));
    const EntryId headsOwn = c.added(*staff, QStringLiteral("form2"), own);
    const FormDefinition* form2 = FormRegistry::find(QStringLiteral("form2"));
    REQUIRE(form2);
    CHECK(LedgerQuery::countAwaitingMyDecision(*staff, *form2).value() == 0);
    CHECK(LedgerQuery::countAwaitingMyDecision(*head2, *form2).value() == 0);
    CHECK(LedgerQuery::countAwaitingMyDecision(c.vault.chief(), *form2).value() == 2);
    CHECK(LedgerQuery::countAwaitingMyDecision(*head, *form2).value() >= 1);
    // What the bulk dialog does: the store's own decision, one entry after the other.
    for (const EntryId id : {byStaff, headsOwn}) {
        INFO(id);
        auto decided = LedgerStore::decide(*head2, id, Decision::Approve, QStringLiteral("まとめて承認"));
        CHECK_FALSE(decided.ok());
    }
    CHECK_FALSE(LedgerStore::decide(*head, headsOwn, Decision::Approve, QStringLiteral("まとめて承認")).ok());
    CHECK(LedgerStore::decide(*head, byStaff, Decision::Approve, QStringLiteral("まとめて承認")).ok());
    CHECK(count(*head, QStringLiteral("SELECT count(*) FROM ledger_approvals")) == 1);
    requireVerified(c.vault.chief());
}
