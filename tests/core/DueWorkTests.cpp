// What is due, for the person signed in (issue 12 §11): request clocks for who acts on them,
// entries waiting for a head's decision, the fiscal year's monitoring sheet for the auditor.

#include "cases/CaseStore.h"
#include "dashboard/DueWork.h"
#include "ledger/LedgerStore.h"
#include "support/CaseFixtures.h"
#include "support/LedgerFixtures.h"

#include <catch2/catch.hpp>

using namespace daicho;
using namespace daicho::test;

namespace {

QList<DueItem> dueFor(Session& session, DueKind kind)
{
    auto due = DueWork::forPerson(session);
    REQUIRE(due.ok());
    QList<DueItem> found;
    for (const DueItem& item : due.value())
        if (item.kind == kind)
            found << item;
    return found;
}

} // namespace

TEST_CASE("The list of what is due shows each person the clocks, decisions and sheet that are theirs", "[cases][due]")
{
    CaseFixture f;
    auto desk = f.vault.signIn(QStringLiteral("desk"));
    auto id = CaseStore::receive(*desk, kDisclosure, f.receipt(*desk));
    REQUIRE(id.ok());

    // The desk follows both clocks from the receipt, nearest first, with the rule behind each.
    const QList<DueItem> atDesk = dueFor(*desk, DueKind::CaseClock);
    REQUIRE(atDesk.size() == 2);
    CHECK(atDesk[0].dueOn == QDate(2026, 12, 14));
    CHECK(atDesk[0].daysLeft == 7);
    CHECK(atDesk[0].caseId == id.value());
    CHECK(atDesk[0].what.contains(QStringLiteral("山田 花子")));
    CHECK(atDesk[0].rule.startsWith(QStringLiteral("第38条4項")));
    CHECK(atDesk[1].dueOn == QDate(2026, 12, 21));

    // The section sees them once the case is routed to it; others and the auditor never.
    auto head = f.vault.signIn(QStringLiteral("head"));
    CHECK(dueFor(*head, DueKind::CaseClock).isEmpty());
    REQUIRE(CaseStore::take(*desk, id.value(), QStringLiteral("route"), f.route(QStringLiteral("健診管理課"))).ok());
    CHECK(dueFor(*head, DueKind::CaseClock).size() == 2);
    auto other = f.vault.signIn(QStringLiteral("other"));
    CHECK(dueFor(*other, DueKind::CaseClock).isEmpty());
    auto auditor = f.vault.signIn(QStringLiteral("auditor"));
    CHECK(dueFor(*auditor, DueKind::CaseClock).isEmpty());

    // Overdue: a week and a day later the decision is one day late.
    f.vault.clock().set(QDateTime(QDate(2026, 12, 15), QTime(0, 30), Qt::UTC));
    auto late = DueWork::forPerson(*head);
    REQUIRE(late.ok());
    REQUIRE_FALSE(late->isEmpty());
    CHECK(late->first().daysLeft == -1);

    // The auditor (and the chief) see that fiscal 2026's monitoring sheet is not done, due 3/31.
    const QList<DueItem> sheet = dueFor(*auditor, DueKind::MonitoringSheet);
    REQUIRE(sheet.size() == 1);
    CHECK(sheet[0].dueOn == QDate(2027, 3, 31));
    CHECK(dueFor(f.vault.chief(), DueKind::MonitoringSheet).size() == 1);
    CHECK(dueFor(*desk, DueKind::MonitoringSheet).isEmpty());
}

TEST_CASE("A head sees the entries waiting for their decision, by ledger", "[cases][due]")
{
    CaseFixture f;
    auto staff = f.vault.signIn(QStringLiteral("staff"));
    REQUIRE(LedgerStore::add(*staff, QStringLiteral("form1"), useEventValues(*staff, f.registerEntry)).ok());
    auto head = f.vault.signIn(QStringLiteral("head"));
    const QList<DueItem> waiting = dueFor(*head, DueKind::AwaitingDecision);
    REQUIRE(waiting.size() == 1);
    CHECK(waiting[0].count == 1);
    CHECK(waiting[0].formId == QLatin1String("form1"));
    CHECK(dueFor(*staff, DueKind::AwaitingDecision).isEmpty());
}

TEST_CASE("A notice running late says the requester was told beforehand (第38条7項)", "[cases][due]")
{
    CaseFixture f;
    auto desk = f.vault.signIn(QStringLiteral("desk"));
    auto id = CaseStore::receive(*desk, kDisclosure, f.receipt(*desk));
    REQUIRE(id.ok());
    REQUIRE(CaseStore::take(*desk, id.value(), QStringLiteral("route"), f.route(QStringLiteral("健診管理課"))).ok());
    f.vault.clock().set(QDateTime(QDate(2026, 12, 10), QTime(1, 0), Qt::UTC));
    REQUIRE(CaseStore::take(*f.vault.signIn(QStringLiteral("head")), id.value(), QStringLiteral("decide"),
                            decision(QStringLiteral("whole")))
                .ok());
    // The notice is due on 21 December; two days before, not yet sent.
    f.vault.clock().set(QDateTime(QDate(2026, 12, 19), QTime(1, 0), Qt::UTC));
    const auto noticeLine = [&]() {
        auto due = DueWork::forPerson(*desk);
        REQUIRE(due.ok());
        for (const DueItem& item : due.value())
            if (item.clock == QLatin1String("notice"))
                return item.what;
        return QString();
    };
    CHECK_FALSE(noticeLine().contains(QStringLiteral("請求者への事前連絡")));
    REQUIRE(CaseStore::take(*desk, id.value(), QStringLiteral("contact"),
                            {{QStringLiteral("contacted_on"), QDate(2026, 12, 18)},
                             {QStringLiteral("contact_by"), QStringLiteral("phone")},
                             {QStringLiteral("contact_note"), QStringLiteral("送付は12月25日頃になる旨を伝えた")}})
                .ok());
    const QString line = noticeLine();
    INFO(line.toStdString());
    CHECK(line.contains(QStringLiteral("請求者への事前連絡")));
    CHECK(line.contains(QStringLiteral("令和8年12月18日")));
}
