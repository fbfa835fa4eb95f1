// Issue 13 §4–6 for the requests from individuals (様式8–14): a closed case whose period has
// passed goes with the fiscal-year-end disposal — its steps, list row and clocks — unless the
// chief holds it or a request of the same individual is still open; the trail verifies with
// exactly those rows absent, and no id or 受付番号 is given again.
#include "audit/internal/TrailVerification.h"
#include "cases/CaseKinds.h"
#include "cases/CaseReader.h"
#include "cases/CaseStore.h"
#include "dashboard/DueWork.h"
#include "ledger/LedgerReader.h"
#include "retention/DisposalRuns.h"
#include "retention/DisposalSchedule.h"
#include "retention/internal/DisposedRows.h"
#include "support/CaseFixtures.h"
#include "support/LedgerFixtures.h"
#include "support/TestVault.h"

#include <catch2/catch.hpp>

using namespace daicho;
using namespace daicho::test;

namespace {

void at(TestVault& vault, int y, int m, int d)
{
    vault.clock().set(QDateTime(QDate(y, m, d), QTime(1, 0), Qt::UTC));
}

std::int64_t count(const Session& session, const QString& sql, CaseId id)
{
    auto n = session.db().scalar(QString(sql).replace(QLatin1Char('?'), QString::number(id)));
    REQUIRE(n.ok());
    return n->toLongLong();
}

const DueCase* dueCase(const DisposalSchedule& schedule, CaseId id)
{
    for (const DueCase& c : schedule.cases)
        if (c.id == id)
            return &c;
    return nullptr;
}

} // namespace

TEST_CASE("a closed request past its period goes with the disposal, whole; held ones stay; numbers stay",
          "[core][retention][disposal][cases]")
{
    CaseFixture f;
    Session& chief = f.vault.chief();
    const CaseId gone = f.closedDisclosure(QStringLiteral("山田 花子"));
    const CaseId held = f.closedDisclosure(QStringLiteral("佐藤 一郎"));
    const CaseId waits = f.closedDisclosure(QStringLiteral("鈴木 次郎"));
    requireVerified(chief);

    // Fiscal year 2030's end is too early: kept until 11 December 2031.
    at(f.vault, 2031, 1, 10);
    auto early = DisposalSchedules::schedule(chief, 2030);
    REQUIRE(early.ok());
    CHECK(early->cases.isEmpty());

    // From January 2032 they fall due at fiscal year 2031's end. A request of 鈴木 次郎 still
    // open holds his closed one (法33条5項: it may ask for it).
    at(f.vault, 2032, 1, 12);
    auto desk = f.vault.signIn(QStringLiteral("desk"));
    FieldValues open = f.receipt(*desk);
    open.insert(QStringLiteral("subject_name"), QStringLiteral("鈴木 次郎"));
    open.insert(QStringLiteral("received_on"), QDate(2032, 1, 12));
    auto openCase = CaseStore::receive(*desk, kDisclosure, open);
    INFO((openCase.ok() ? QString() : openCase.error().message).toStdString());
    REQUIRE(openCase.ok());
    CHECK(openCase.value() == waits + 1);
    const QMap<CaseId, QString> holds{{held, QStringLiteral("訴訟対応のため保存")}};
    auto schedule = DisposalSchedules::schedule(chief, 2031, {}, holds);
    REQUIRE(schedule.ok());
    REQUIRE(schedule->cases.size() == 3);
    CHECK_FALSE(dueCase(*schedule, gone)->held());
    CHECK(dueCase(*schedule, gone)->keeping.keepUntil == QDate(2031, 12, 11));
    CHECK(dueCase(*schedule, gone)->keeping.disposalDue == QDate(2032, 3, 31));
    CHECK(dueCase(*schedule, held)->heldBecause.contains(QStringLiteral("訴訟対応")));
    CHECK(dueCase(*schedule, waits)->heldBecause.contains(QStringLiteral("still open")));
    bool counted = false;
    for (const DueByForm& n : schedule->byForm)
        if (n.formId == kDisclosure)
            counted = n.due == 1 && n.held == 2;
    CHECK(counted);

    // The chief's start page lists the disposal with the requests counted.
    auto due = DueWork::forPerson(chief);
    REQUIRE(due.ok());
    bool listed = false;
    for (const DueItem& item : due.value())
        if (item.kind == DueKind::Disposal)
            listed = item.what.contains(QStringLiteral("開示請求")) && item.what.contains(QStringLiteral("3"));
    CHECK(listed);

    auto run = DisposalRuns::approve(chief, 2031, {}, QStringLiteral("erasure"), f.registerEntry, holds);
    REQUIRE(run.ok());
    auto auditor = f.vault.signIn(QStringLiteral("auditor"));
    REQUIRE(DisposalRuns::confirm(*auditor, run.value()).ok());
    auto loaded = DisposalRuns::load(chief, run.value());
    REQUIRE(loaded.ok());
    CHECK(loaded->plannedCases == QList<CaseId>{gone});
    CHECK(loaded->caseHolds.value(held) == QStringLiteral("訴訟対応のため保存"));
    at(f.vault, 2032, 3, 2);
    auto outcome = DisposalRuns::run(chief, run.value());
    INFO((outcome.ok() ? QString() : outcome.error().message).toStdString());
    REQUIRE(outcome.ok());
    CHECK(outcome->disposed == 1);
    CHECK(outcome->compacted);
    requireVerified(chief);

    // Gone whole: its steps, its list row, its clocks.
    CHECK(count(chief, QStringLiteral("SELECT count(*) FROM case_events WHERE case_id = ?"), gone) == 0);
    CHECK(count(chief, QStringLiteral("SELECT count(*) FROM cases WHERE id = ?"), gone) == 0);
    CHECK(count(chief, QStringLiteral("SELECT count(*) FROM case_clocks WHERE case_id = ?"), gone) == 0);
    CHECK(CaseReader::detail(chief, gone).error().code == ErrorCode::NotFound);
    auto kept = CaseReader::detail(chief, held);
    REQUIRE(kept.ok());
    CHECK(kept->record.number == 2); // 令和8年度 第2号 still, though 第1号 is gone

    // The 様式1④ record names the kind and how many, not who it was about.
    auto record = LedgerReader::entry(chief, outcome->recordEntryId);
    REQUIRE(record.ok());
    const QString disposed = record->values.value(QStringLiteral("disposed")).toString();
    CHECK(disposed.contains(QStringLiteral("開示請求の記録（様式8〜） 1件")));
    CHECK_FALSE(disposed.contains(QStringLiteral("山田")));

    // No id is given again; the open case takes its next step with its number unchanged.
    FieldValues later = f.receipt(*desk);
    later.insert(QStringLiteral("received_on"), QDate(2032, 3, 2));
    auto next = CaseStore::receive(*desk, kDisclosure, later);
    REQUIRE(next.ok());
    CHECK(next.value() == openCase.value() + 1);
    auto nextDetail = CaseReader::detail(*desk, next.value());
    REQUIRE(nextDetail.ok());
    CHECK(nextDetail->record.number == 2); // the second of fiscal year 2031
    FieldValues route = f.route(QStringLiteral("健診管理課"));
    route.insert(QStringLiteral("routed_on"), QDate(2032, 3, 2));
    REQUIRE(CaseStore::take(*desk, openCase.value(), QStringLiteral("route"), route).ok());
    auto routed = CaseReader::detail(*desk, openCase.value());
    REQUIRE(routed.ok());
    CHECK(routed->record.number == 1);
    requireVerified(chief);

    // The chief's hold stands for the next year's disposal until released.
    auto standing = DisposalRuns::standingCaseHolds(chief);
    REQUIRE(standing.ok());
    CHECK(standing->value(held) == QStringLiteral("訴訟対応のため保存"));
    CHECK_FALSE(standing->contains(gone));

    // Run twice: refused.
    CHECK_FALSE(DisposalRuns::run(chief, run.value()).ok());
}

// 第37条1項・法35条: a suspension of use granted stands after its case is closed; the case's
// record is its only ground, so the disposal keeps it while the stop stands.
TEST_CASE("a closed request whose granted suspension of use still stands is held at the disposal",
          "[core][retention][disposal][cases]")
{
    CaseFixture f;
    const QString kind = QStringLiteral("request.suspension");
    auto desk = f.vault.signIn(QStringLiteral("desk"));
    auto id = CaseStore::receive(*desk, kind, f.receiptOf(*desk, kind));
    REQUIRE(id.ok());
    REQUIRE(CaseStore::take(*desk, id.value(), QStringLiteral("route"), f.route(QStringLiteral("健診管理課"))).ok());
    at(f.vault, 2026, 12, 10);
    FieldValues decided = decision(QStringLiteral("whole"));
    decided.remove(QStringLiteral("ground"));
    decided.insert(QStringLiteral("measure"), QStringLiteral("当該本人のデータの利用を停止する"));
    decided.insert(QStringLiteral("measure_granted"), QStringLiteral("suspend"));
    auto head = f.vault.signIn(QStringLiteral("head"));
    auto decide = CaseStore::take(*head, id.value(), QStringLiteral("decide"), decided);
    INFO((decide.ok() ? QString() : decide.error().message).toStdString());
    REQUIRE(decide.ok());
    at(f.vault, 2026, 12, 11);
    REQUIRE(CaseStore::take(*desk, id.value(), QStringLiteral("notify"), notice()).ok());
    auto closed = CaseStore::take(*desk, id.value(), QStringLiteral("close"),
                                  {{QStringLiteral("closed_on"), QDate(2026, 12, 11)}});
    INFO((closed.ok() ? QString() : closed.error().message).toStdString());
    REQUIRE(closed.ok());

    at(f.vault, 2032, 1, 12);
    auto schedule = DisposalSchedules::schedule(f.vault.chief(), 2031);
    REQUIRE(schedule.ok());
    const DueCase* due = dueCase(*schedule, id.value());
    REQUIRE(due);
    CHECK(due->heldBecause.contains(QStringLiteral("第37条")));
}

// A case step reads only the requests' part of what the runs removed; it must say the same as
// the whole record, and refuse what the whole record refuses.
TEST_CASE("the requests' part of a run's record reads as the whole record says", "[core][retention][cases]")
{
    DisposedRows rows;
    rows.entriesByForm[QStringLiteral("form1")].appendRange(1, 1000);
    rows.revisions.appendRange(1, 1000);
    rows.rangeDigests[{QStringLiteral("ledger_revisions"), 7}] = QByteArray(32, 'x');
    rows.casesByYear[2026].appendRange(3, 5);
    rows.casesByYear[2027].append(9);
    rows.caseEvents.appendRange(10, 30);
    TestVault vault;
    Session& chief = vault.chief();
    REQUIRE(chief.db()
                .run(QStringLiteral("INSERT INTO disposal_runs (fiscal_year, state, approved_by, approved_at, method, "
                                    "planned, holds, disposed) VALUES (2026, 'done', 1, '', 'deletion', x'', '', ?)"),
                     encodeDisposedRows(rows))
                .ok());
    auto cases = loadDisposedRows(chief.db(), DisposedPart::Cases);
    REQUIRE(cases.ok());
    CHECK(cases->entriesByForm.empty());
    CHECK(cases->containsCase(4));
    CHECK(cases->casesBelow(2026, 6) == 3);
    CHECK(cases->highestCase() == 9);
    CHECK(cases->caseEvents.highest() == 30);
    // One byte short, or one too many: unreadable either way.
    QByteArray bytes = encodeDisposedRows(rows);
    for (const QByteArray& broken : QList<QByteArray>{bytes.left(bytes.size() - 1), bytes + QByteArray(1, '\0')}) {
        REQUIRE(chief.db().run(QStringLiteral("UPDATE disposal_runs SET disposed = ?"), broken).ok());
        CHECK_FALSE(loadDisposedRows(chief.db(), DisposedPart::Cases).ok());
        CHECK_FALSE(loadDisposedRows(chief.db()).ok());
    }
}
