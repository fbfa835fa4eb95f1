// Insider review four (issue #9): the search index's mark moved or deleted with SQL, and a
// revision slipped in with an id below the decided one to carry an approval over new content.

#include "Insider.h"

#include "audit/AuditVerifier.h"
#include "auth/SignIn.h"
#include "exchange/LedgerExport.h"
#include "exchange/LedgerImport.h"
#include "ledger/FormRegistry.h"
#include "ledger/LedgerQuery.h"
#include "ledger/LedgerReader.h"
#include "ledger/LedgerStore.h"
#include "ledger/internal/LedgerQueryRows.h"
#include "ledger/internal/SearchIndex.h"
#include "support/LedgerFixtures.h"
#include "support/TestVault.h"

#include <catch2/catch.hpp>

#include <QFile>

#include <functional>

using namespace daicho;
using namespace daicho::test;

namespace {

struct Vault {
    TestVault vault;
    EntryId reg = 0;
    Vault()
    {
        vault.addPeople();
        reg = LedgerStore::add(vault.chief(), QStringLiteral("form3"), registerValues(vault.chief())).value();
    }
};

LedgerFilter form1(const QString& text = {})
{
    LedgerFilter f;
    f.formId = QStringLiteral("form1");
    f.text = text;
    return f;
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

// Staff writes two use events (one with a note), exports them and imports them back: four
// entries of 様式1, two of them imported (one ledger.import entry).
std::int64_t importTwo(TestVault& vault, EntryId reg, const QString& note,
                       const std::function<void()>& beforeImport = {})
{
    auto staff = vault.signIn(QStringLiteral("staff"));
    FieldValues a = useEventValues(*staff, reg);
    REQUIRE(LedgerStore::add(*staff, QStringLiteral("form1"), a).ok());
    a[QStringLiteral("note")] = note;
    REQUIRE(LedgerStore::add(*staff, QStringLiteral("form1"), a).ok());
    const QString path = vault.folder() + QStringLiteral("/form1.csv");
    REQUIRE(LedgerExport::write(*staff, form1(), ExportFormat::CsvUtf8, path).ok());
    if (beforeImport) {
        staff.reset();
        beforeImport();
        staff = vault.signIn(QStringLiteral("staff"));
    }
    auto report = LedgerImport::importCsv(*staff, QStringLiteral("form1"), readFile(path));
    REQUIRE(report.ok());
    REQUIRE(report->imported == 2);
    return LedgerQuery::count(staff->db(), form1(note)).value();
}

} // namespace

// A deleted mark made catchUp() index the same batch for ever, and sign-in never returned.
TEST_CASE("a deleted search mark comes back at sign-in, which returns with the index whole", "[core][insider][search]")
{
    Vault v;
    v.vault.closeChief();
    {
        Insider staff(v.vault.paths(), QStringLiteral("staff"), TestVault::kPassword);
        staff.sql(QStringLiteral("DELETE FROM ledger_grams_progress"));
    }
    auto head = SignIn::signIn(v.vault.paths(), QStringLiteral("head"), TestVault::kPassword, v.vault.clock());
    REQUIRE(head.ok());
    const std::int64_t last = count(*head.value(), QStringLiteral("SELECT max(id) FROM ledger_entries"));
    CHECK(SearchIndex::indexedThrough(head.value()->db()).value() == last);
    CHECK(count(*head.value(), QStringLiteral("SELECT count(*) FROM ledger_grams_progress")) == 1);
}

// A mark moved past the end hid every later import from search, and the next single save
// moved it down over them for good.
TEST_CASE("a search mark moved past the end is distrusted: the index is built again and finds the import",
          "[core][insider][search]")
{
    Vault v;
    v.vault.closeChief();
    const std::int64_t found = importTwo(v.vault, v.reg, QStringLiteral("機密持出し調査"), [&] {
        Insider head(v.vault.paths(), QStringLiteral("head"), TestVault::kPassword);
        head.sql(QStringLiteral("UPDATE ledger_grams_progress SET indexed_through = 9223372036854775807"));
    });
    CHECK(found == 2); // the original and its imported copy
    auto staff = v.vault.signIn(QStringLiteral("staff"));
    REQUIRE(LedgerStore::add(*staff, QStringLiteral("form1"), useEventValues(*staff, v.reg)).ok());
    auto again = v.vault.signIn(QStringLiteral("head"));
    CHECK(LedgerQuery::count(again->db(), form1(QStringLiteral("機密持出し調査"))).value() == 2);
    for (const QString& mark : {QStringLiteral("-5"), QStringLiteral("'1) OR 1=1 --'"), QStringLiteral("1e300")}) {
        again.reset();
        {
            Insider head(v.vault.paths(), QStringLiteral("head"), TestVault::kPassword);
            head.sql(QStringLiteral("UPDATE ledger_grams_progress SET indexed_through = %1").arg(mark));
        }
        again = v.vault.signIn(QStringLiteral("head"));
        INFO(mark.toStdString());
        CHECK(LedgerQuery::count(again->db(), form1(QStringLiteral("機密持出し調査"))).value() == 2);
    }
}

// A revision given an id below the decided one used to inherit the decision (deriveState
// compared ids) and verify found nothing.
TEST_CASE("a revision slipped in with a lower id neither keeps the approval nor passes verify",
          "[core][insider][approval]")
{
    Vault v;
    auto staff = v.vault.signIn(QStringLiteral("staff"));
    const EntryId carryOut = LedgerStore::add(*staff, QStringLiteral("form2"), carryOutValues(*staff, v.reg)).value();
    FieldValues wanted = carryOutValues(*staff, v.reg);
    wanted[QStringLiteral("destination")] = QStringLiteral("自宅（私物USBメモリ）");
    wanted[QStringLiteral("count")] = qint64(50000);
    const EntryId donor = LedgerStore::add(*staff, QStringLiteral("form2"), wanted).value();
    staff.reset();
    auto head = v.vault.signIn(QStringLiteral("head"));
    REQUIRE(LedgerStore::decide(*head, carryOut, Decision::Approve, {}).ok());
    head.reset();
    v.vault.closeChief();

    const QString revisionId = GENERATE(QStringLiteral("-1"), QStringLiteral("0"));
    {
        Insider insider(v.vault.paths(), QStringLiteral("staff"), TestVault::kPassword);
        insider.sql(QStringLiteral("INSERT INTO ledger_revisions (id, entry_id, number, form, author_id, at_utc, "
                                   "department_id, reason, keeps_approval, data) SELECT %4, %1, 2, form, %3, "
                                   "'2026-05-10T23:00:00.000Z', department_id, '訂正', 0, data FROM ledger_revisions "
                                   "WHERE entry_id = %2")
                        .arg(carryOut)
                        .arg(donor)
                        .arg(insider.myId())
                        .arg(revisionId));
        insider.sql(QStringLiteral("UPDATE ledger_entries SET (entry_date, department_id, register_id, search_text) = "
                                   "(SELECT entry_date, department_id, register_id, search_text FROM ledger_entries "
                                   "WHERE id = %2) WHERE id = %1")
                        .arg(carryOut)
                        .arg(donor));
        insider.sql(QStringLiteral("UPDATE ledger_entries SET revision_id = %2, revision_count = 2 WHERE id = %1")
                        .arg(carryOut)
                        .arg(revisionId));
        insider.sign(QStringLiteral("ledger.revise"), QStringLiteral("ledger_revisions"), revisionId,
                     QStringLiteral("form=form2;entry=%1").arg(carryOut));
    }
    INFO("revision id " << revisionId.toStdString());
    const VerifyReport r = verificationBy(v.vault);
    CHECK_FALSE(r.ok);
    auto chief = v.vault.signIn(QStringLiteral("chief"));
    auto entry = LedgerReader::entry(*chief, carryOut);
    REQUIRE(entry.ok());
    CHECK(entry->state != EntryState::Approved);
}
