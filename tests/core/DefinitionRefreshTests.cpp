// A new version of Daicho may change a form's definition in what the derived rows read (issue
// 10 took the contract out of 様式6-1). The rows of older entries are derived again at the
// first sign-in and audited; until then the verifier reports them, after it they verify, and
// search follows the definition in force.
#include "audit/AuditVerifier.h"
#include "audit/internal/TrailVerification.h"
#include "ledger/FormRegistry.h"
#include "ledger/LedgerQuery.h"
#include "ledger/LedgerStore.h"
#include "ledger/internal/DefinitionRefresh.h"
#include "support/LedgerFixtures.h"
#include "support/TestVault.h"

#include <catch2/catch.hpp>

using namespace daicho;
using namespace daicho::test;

namespace {

// 様式6-1 as it was before issue 10: a contract could stand in for the record.
QList<FormDefinition> formsWithOldOptOutProvision()
{
    QList<FormDefinition> forms;
    for (FormDefinition form : FormRegistry::all()) {
        if (form.id == QLatin1String("form6-1")) {
            FieldDefinition contract;
            contract.key = QStringLiteral("contract_reference");
            contract.labelJa = QStringLiteral("契約書等の名称");
            contract.labelEn = QStringLiteral("Contract");
            contract.searchable = true;
            form.fields << contract;
        }
        forms << form;
    }
    return forms;
}

std::int64_t searchHits(const Session& session, const QString& text)
{
    LedgerFilter filter;
    filter.formId = QStringLiteral("form6-1");
    filter.text = text;
    auto rows = LedgerQuery::page(session, filter, ListOrder::OldestFirst, std::nullopt, 50);
    REQUIRE(rows.ok());
    return rows->size();
}

} // namespace

TEST_CASE("rows of entries written under an older definition are derived again at sign-in, audited, and verify",
          "[core][ledger][definitions][audit]")
{
    TestVault vault;
    vault.addPeople();
    const EntryId plain =
        LedgerStore::add(vault.chief(), QStringLiteral("form3"), registerValues(vault.chief(), false)).value();
    auto staff = vault.signIn(QStringLiteral("staff"));
    EntryId old = 0;
    {
        // Written by the older version, which also recorded its own digests.
        FormRegistry::Replacement before(formsWithOldOptOutProvision());
        FieldValues v = importableEntryValues(*staff, QStringLiteral("form6-1"), plain, plain);
        v.insert(QStringLiteral("contract_reference"), QStringLiteral("申込規約第八条"));
        old = LedgerStore::add(*staff, QStringLiteral("form6-1"), v).value();
        REQUIRE(DefinitionRefresh::recordAtCreation(staff->db()).ok());
        CHECK(searchHits(*staff, QStringLiteral("申込規約")) == 1);
    }
    // The new version's verifier derives the row from today's 様式6-1, which searches no contract.
    auto before = verifyAuditTrail(staff->db());
    REQUIRE(before.ok());
    CHECK_FALSE(before->ok);
    staff.reset();

    auto again = vault.signIn(QStringLiteral("staff"));
    REQUIRE(again);
    auto after = verifyAuditTrail(again->db());
    REQUIRE(after.ok());
    INFO(after->problem.toStdString());
    CHECK(after->ok);
    CHECK(count(*again, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'ledger.definitions' AND "
                                       "detail LIKE '%form6-1%'"))
          == 1);
    // Search follows the definition in force; the entry and its history are untouched.
    CHECK(searchHits(*again, QStringLiteral("申込規約")) == 0);
    CHECK(searchHits(*again, QStringLiteral("共催団体")) == 1);
    CHECK(count(*again, QStringLiteral("SELECT count(*) FROM ledger_revisions WHERE entry_id = %1").arg(old)) == 1);

    // Nothing changed since: the next sign-in records nothing. The digests are derived data,
    // not evidence: deleting them only derives the rows again.
    REQUIRE(again->db().exec(QStringLiteral("DELETE FROM ledger_definitions")).ok());
    again.reset();
    auto third = vault.signIn(QStringLiteral("staff"));
    CHECK(count(*third, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'ledger.definitions'")) == 2);
    third.reset();
    auto fourth = vault.signIn(QStringLiteral("staff"));
    CHECK(count(*fourth, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'ledger.definitions'")) == 2);
    requireVerified(*fourth);
}
