// Insiders against the cases (issue 12): each attack is done with SQL on the real encrypted
// file and signed with the attacker's own key (Insider), and `daicho-cli verify` must name it.

#include "Insider.h"

#include "cases/CaseKinds.h"
#include "cases/CaseStore.h"
#include "ledger/EntryCodec.h"
#include "support/CaseFixtures.h"
#include "support/LedgerFixtures.h"

#include <catch2/catch.hpp>

using namespace daicho;
using namespace daicho::test;

namespace {

// A disclosure received by the desk and routed to 健診管理課: its next step is the decision,
// which only the head of the section (or 事業部) and the chief take.
CaseId routedCase(CaseFixture& f)
{
    auto desk = f.vault.signIn(QStringLiteral("desk"));
    auto id = CaseStore::receive(*desk, kDisclosure, f.receipt(*desk));
    REQUIRE(id.ok());
    REQUIRE(CaseStore::take(*desk, id.value(), QStringLiteral("route"), f.route(QStringLiteral("健診管理課"))).ok());
    return id.value();
}

QString decisionBlob()
{
    const CaseStep* decide = CaseKinds::find(kDisclosure)->step(QStringLiteral("decide"));
    return QString::fromLatin1(encodeEntryValues(decide->form, decision(QStringLiteral("whole"))).toHex());
}

// Inserts a decision of case `id` naming `actor`, and signs it with the insider's own key.
void forgeDecision(Insider& insider, CaseId id, std::int64_t actor, int deskVersion = 1)
{
    insider.sql(QStringLiteral("INSERT INTO case_events (case_id, number, kind, step, actor_id, at_utc, desk_version, "
                               "data) VALUES (%1, 3, 'request.disclosure', 'decide', %2, '2026-12-10T01:00:00.000Z', "
                               "%3, x'%4')")
                    .arg(id)
                    .arg(actor)
                    .arg(deskVersion)
                    .arg(decisionBlob()));
    insider.sign(QStringLiteral("case.decide"), QStringLiteral("case_events"),
                 insider.value(QStringLiteral("SELECT max(id) FROM case_events")),
                 QStringLiteral("kind=request.disclosure;case=%1").arg(id));
}

} // namespace

TEST_CASE("insider: a clerk of the section records a decision only its head may take, signed with their own key",
          "[insider][cases]")
{
    CaseFixture f;
    const CaseId id = routedCase(f);
    f.vault.closeChief();
    {
        Insider staff(f.vault.paths(), QStringLiteral("staff"), TestVault::kPassword);
        forgeDecision(staff, id, staff.myId());
    }
    const QString problem = verificationProblem(f.vault);
    CHECK(problem.contains(QStringLiteral("決定")));
    CHECK(problem.contains(QStringLiteral("may not take that step")));
}

TEST_CASE("insider: a decision recorded in the head's name but signed with a clerk's key is named", "[insider][cases]")
{
    CaseFixture f;
    const CaseId id = routedCase(f);
    const std::int64_t head = userId(f.vault.chief(), QStringLiteral("head"));
    f.vault.closeChief();
    {
        Insider staff(f.vault.paths(), QStringLiteral("staff"), TestVault::kPassword);
        forgeDecision(staff, id, head);
    }
    CHECK(verificationProblem(f.vault).contains(QStringLiteral("did not sign it")));
}

TEST_CASE("insider: the chief's own decision under an older version of the desk's data is named", "[insider][cases]")
{
    CaseFixture f;
    const CaseId id = routedCase(f);
    f.vault.closeChief();
    {
        Insider chief(f.vault.paths(), TestVault::kChiefLogin, TestVault::kChiefPassword);
        forgeDecision(chief, id, chief.myId(), 0);
    }
    CHECK(verificationProblem(f.vault).contains(QStringLiteral("not the version in force")));
}

TEST_CASE("insider: a deadline moved, a state changed or a case planted in the derived rows is named",
          "[insider][cases]")
{
    CaseFixture f;
    const CaseId id = routedCase(f);
    f.vault.closeChief();
    const QString change =
        GENERATE(QStringLiteral("UPDATE case_clocks SET due_on = '2027-01-31' WHERE clock = 'decision'"),
                 QStringLiteral("UPDATE cases SET state = 'closed', closed = 1"),
                 QStringLiteral("INSERT INTO cases (id, kind, number, fiscal_year, state, closed, "
                                "received_on, title, event_count, last_event_id) VALUES (99, "
                                "'request.disclosure', 2, 2026, 'received', 0, '2026-12-07', '', 1, 1)"));
    {
        Insider chief(f.vault.paths(), TestVault::kChiefLogin, TestVault::kChiefPassword);
        chief.sql(change);
    }
    INFO(change.toStdString());
    const QString problem = verificationProblem(f.vault);
    CHECK((problem.contains(QStringLiteral("changed outside Daicho"))
           || problem.contains(QStringLiteral("added outside Daicho"))));
    Q_UNUSED(id);
}

TEST_CASE("insider: the auditor's own version of the desk's data (fees, closed days) is named", "[insider][cases]")
{
    CaseFixture f;
    f.vault.closeChief();
    {
        Insider auditor(f.vault.paths(), QStringLiteral("auditor"), TestVault::kPassword);
        auditor.sql(QStringLiteral("INSERT INTO desk_versions (author_id, at_utc, data) SELECT %1, at_utc, data FROM "
                                   "desk_versions WHERE id = 1")
                        .arg(auditor.myId()));
        auditor.sign(QStringLiteral("desk.version"), QStringLiteral("desk_versions"), QStringLiteral("2"));
    }
    CHECK(verificationProblem(f.vault).contains(QStringLiteral("desk's data")));
}

TEST_CASE("insider: a step deleted from a case is named", "[insider][cases]")
{
    CaseFixture f;
    routedCase(f);
    f.vault.closeChief();
    {
        Insider chief(f.vault.paths(), TestVault::kChiefLogin, TestVault::kChiefPassword);
        chief.sql(QStringLiteral("DELETE FROM case_events WHERE step = 'route'"));
    }
    CHECK(verificationProblem(f.vault).contains(QStringLiteral("deleted outside Daicho")));
}

TEST_CASE("insider: a version of the public notice published by staff with their own key is named", "[insider][cases]")
{
    CaseFixture f;
    f.vault.closeChief();
    {
        Insider staff(f.vault.paths(), QStringLiteral("staff"), TestVault::kPassword);
        staff.sql(QStringLiteral("INSERT INTO public_notices (author_id, at_utc, text) VALUES (%1, "
                                 "'2026-12-07T00:00:00.000Z', '■ 1 名称\n（改ざん）')")
                      .arg(staff.myId()));
        staff.sign(QStringLiteral("notice.publish"), QStringLiteral("public_notices"), QStringLiteral("1"));
    }
    CHECK(verificationProblem(f.vault).contains(QStringLiteral("public notice")));
}
