// Insider review fourteen: the requests from individuals (様式8–14) in the fiscal-year-end
// disposal (issue 13) — what CaseRetention and DisposalSchedule make due, what DisposalRuns
// approves, confirms and removes, what disposal_runs keeps of the removed cases (casesByYear,
// caseEvents), the ids and 受付番号 never given again (RowIds, CaseRecords), the centre's periods
// per kind of request (RetentionSettings), and what the verifier accepts because of them
// (AuditVerifier's disposed case events, CaseRowsCheck's removed ids and numbering).
//
// Each attack is done by the desk's clerk, a head, the auditor or the chief with their own key
// and the database key, with SQL on the real encrypted file (Insider), and judged by what Daicho
// then does and what `daicho-cli verify` says. The tests marked "found by insider review
// fourteen" failed on the code as reviewed and pass since the fixes; the others were refused
// already and must stay refused.

#include "Insider.h"

#include "cases/CaseKinds.h"
#include "cases/CaseReader.h"
#include "cases/CaseStore.h"
#include "ledger/EntryCodec.h"
#include "ledger/LedgerStore.h"
#include "retention/DisposalRuns.h"
#include "retention/DisposalSchedule.h"
#include "retention/internal/DisposedRows.h"
#include "support/CaseFixtures.h"
#include "support/LedgerFixtures.h"

#include <catch2/catch.hpp>

using namespace daicho;
using namespace daicho::test;

namespace {

const QString kAt = QStringLiteral("2032-03-02T02:00:00.000Z");
const QString kStop = QStringLiteral("request.stop_provision");

void at(TestVault& vault, int y, int m, int d)
{
    vault.clock().set(QDateTime(QDate(y, m, d), QTime(1, 0), Qt::UTC));
}

QString hexOf(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes.toHex());
}

Insider insiderOf(TestVault& vault, const QString& login)
{
    return Insider(vault.paths(), login,
                   login == TestVault::kChiefLogin ? TestVault::kChiefPassword : TestVault::kPassword);
}

void requireVerifies(TestVault& vault)
{
    const VerifyReport report = verificationBy(vault);
    INFO(report.problem.toStdString());
    REQUIRE(report.ok);
}

QString message(const Status& status)
{
    return status.ok() ? QStringLiteral("ok") : status.error().message + QLatin1Char(' ') + status.error().detail;
}

bool caseExists(Insider& x, CaseId id)
{
    return x.number(QStringLiteral("SELECT count(*) FROM case_events WHERE case_id = %1").arg(id)) > 0;
}

bool caseExists(const Session& session, CaseId id)
{
    auto n = session.db().scalar(QStringLiteral("SELECT count(*) FROM case_events WHERE case_id = %1").arg(id));
    REQUIRE(n.ok());
    return n->toLongLong() > 0;
}

IdRanges eventsOf(Insider& x, CaseId id)
{
    IdRanges events;
    for (const QString& e : x.value(QStringLiteral("SELECT group_concat(id) FROM (SELECT id FROM case_events WHERE "
                                                   "case_id = %1 ORDER BY id)")
                                        .arg(id))
                                .split(QLatin1Char(','), Qt::SkipEmptyParts))
        events.append(e.toLongLong());
    return events;
}

DisposedRows disposedOf(Insider& x, std::int64_t run)
{
    auto rows = decodeDisposedRows(QByteArray::fromHex(
        x.value(QStringLiteral("SELECT hex(disposed) FROM disposal_runs WHERE id = %1").arg(run)).toLatin1()));
    REQUIRE(rows.ok());
    return rows.value();
}

// Deletes case `id` whole (steps, list row, clocks), as a run does, and says what went as a run
// records it: the case under the fiscal year of its receipt, its steps.
DisposedRows removeCaseWithSql(Insider& x, CaseId id)
{
    DisposedRows gone;
    const int year = static_cast<int>(x.number(QStringLiteral("SELECT fiscal_year FROM cases WHERE id = %1").arg(id)));
    gone.casesByYear[year].append(id);
    gone.caseEvents = eventsOf(x, id);
    x.sql(QStringLiteral("DELETE FROM case_clocks WHERE case_id = %1; DELETE FROM cases WHERE id = %1; DELETE FROM "
                         "case_events WHERE case_id = %1")
              .arg(id));
    return gone;
}

// A disclosure-like request of 第37条2項 (stop of provision to third parties) about `individual`,
// granted on 2026-12-10 and closed on 2026-12-11: the stop stands (kept while it does).
CaseId closedStop(CaseFixture& f, const QString& individual)
{
    const auto day = [&f](int d) { at(f.vault, 2026, 12, d); };
    day(7);
    auto plain = LedgerStore::add(f.vault.chief(), QStringLiteral("form3"), registerValues(f.vault.chief(), false));
    REQUIRE(plain.ok());
    auto desk = f.vault.signIn(QStringLiteral("desk"));
    FieldValues asked = f.receiptOf(*desk, kStop);
    asked.insert(QStringLiteral("register"), qint64(plain.value()));
    asked.insert(QStringLiteral("subject_name"), individual);
    auto id = CaseStore::receive(*desk, kStop, asked);
    INFO(message(id.ok() ? Status{} : Status(id.error())).toStdString());
    REQUIRE(id.ok());
    REQUIRE(CaseStore::take(*desk, id.value(), QStringLiteral("route"), f.route(QStringLiteral("健診管理課"))).ok());
    day(10);
    FieldValues granted = decision(QStringLiteral("whole"));
    granted.insert(QStringLiteral("measure"), QStringLiteral("健康保険組合への提供を停止した"));
    auto head = f.vault.signIn(QStringLiteral("head"));
    REQUIRE(CaseStore::take(*head, id.value(), QStringLiteral("decide"), granted).ok());
    day(11);
    REQUIRE(CaseStore::take(*desk, id.value(), QStringLiteral("notify"), notice()).ok());
    REQUIRE(CaseStore::take(*desk, id.value(), QStringLiteral("close"),
                            {{QStringLiteral("closed_on"), QDate(2026, 12, 11)}})
                .ok());
    return id.value();
}

// A disclosure about `individual` received on 2026-12-07 and passed on, still open.
CaseId openDisclosure(CaseFixture& f, const QString& individual)
{
    at(f.vault, 2026, 12, 7);
    auto desk = f.vault.signIn(QStringLiteral("desk"));
    FieldValues opened = f.receipt(*desk);
    opened.insert(QStringLiteral("subject_name"), individual);
    auto id = CaseStore::receive(*desk, kDisclosure, opened);
    REQUIRE(id.ok());
    REQUIRE(CaseStore::take(*desk, id.value(), QStringLiteral("route"), f.route(QStringLiteral("健診管理課"))).ok());
    return id.value();
}

// The chief approves the end of fiscal year 2031 in January 2032, the auditor confirms.
std::int64_t confirmedRun(CaseFixture& f, const QMap<CaseId, QString>& caseHolds = {})
{
    at(f.vault, 2032, 1, 12);
    auto run = DisposalRuns::approve(f.vault.chief(), 2031, {}, QStringLiteral("erasure"), f.registerEntry, caseHolds);
    INFO(message(run.ok() ? Status{} : Status(run.error())).toStdString());
    REQUIRE(run.ok());
    auto auditor = f.vault.signIn(QStringLiteral("auditor"));
    const Status confirmed = DisposalRuns::confirm(*auditor, run.value());
    INFO(message(confirmed).toStdString());
    REQUIRE(confirmed.ok());
    return run.value();
}

// Marks run `run` done by the insider with `gone` as what it removed, as DisposalRuns::run does.
void markDone(Insider& x, std::int64_t run, const DisposedRows& gone)
{
    x.sql(QStringLiteral("UPDATE disposal_runs SET state = 'done', done_by = %1, done_at = '%2', disposed = x'%3', "
                         "summary = 'request.disclosure=%4', last_entry_id = max(last_entry_id, (SELECT "
                         "coalesce(max(id), 0) FROM ledger_entries)), last_revision_id = max(last_revision_id, "
                         "(SELECT coalesce(max(id), 0) FROM ledger_revisions)), last_approval_id = "
                         "max(last_approval_id, (SELECT coalesce(max(id), 0) FROM ledger_approvals)) WHERE id = %5")
              .arg(x.myId())
              .arg(kAt, hexOf(encodeDisposedRows(gone)))
              .arg(gone.casesByYear.empty() ? 0 : gone.casesByYear.begin()->second.count())
              .arg(run));
}

// Appends step `stepKey` with `values` to case `id` as the insider, numbered after its last
// step, and signs it as Daicho's CaseStore signs a step (its id given by `eventId`, or the next).
std::int64_t forgeStep(Insider& x, CaseId id, const QString& kindId, const QString& stepKey, const FieldValues& values,
                       std::int64_t eventId = 0)
{
    const CaseStep* step = CaseKinds::find(kindId)->step(stepKey);
    REQUIRE(step);
    if (eventId == 0)
        eventId = x.number(QStringLiteral("SELECT max(id) FROM case_events")) + 1;
    const std::int64_t number =
        x.number(QStringLiteral("SELECT coalesce(max(number), 0) FROM case_events WHERE case_id = %1").arg(id)) + 1;
    const std::int64_t desk = x.number(QStringLiteral("SELECT max(id) FROM desk_versions"));
    x.sql(QStringLiteral("INSERT INTO case_events (id, case_id, number, kind, step, actor_id, at_utc, desk_version, "
                         "data, row_key) VALUES (%1, %2, %3, '%4', '%5', %6, '%7', %8, x'%9', randomblob(16))")
              .arg(eventId)
              .arg(id)
              .arg(number)
              .arg(kindId, stepKey)
              .arg(x.myId())
              .arg(kAt)
              .arg(desk)
              .arg(hexOf(encodeEntryValues(step->form, values))));
    x.sign(QStringLiteral("case.") + stepKey, QStringLiteral("case_events"), QString::number(eventId),
           QStringLiteral("kind=%1;case=%2").arg(kindId).arg(id));
    return eventId;
}

} // namespace

// --- Kept requests removed ----------------------------------------------------------------------

// One step of a kept request removed with SQL by the desk's clerk (its list row put back as it
// was before that step), or by the chief who also writes it into the done run's record of the
// steps it removed and signs the row again (disposal.backups_destroyed, the one step after a
// run): a step goes only with its case, and only a case the run removed.
TEST_CASE("insider case disposal: a kept request's step removed, or claimed by a run's record, is named",
          "[core][insider][disposal][cases]")
{
    CaseFixture f;
    f.closedDisclosure(QStringLiteral("山田 花子"));
    const CaseId kept = f.closedDisclosure(QStringLiteral("佐藤 一郎"));
    const std::int64_t run = confirmedRun(f, {{kept, QStringLiteral("訴訟対応")}});
    at(f.vault, 2032, 3, 2);
    REQUIRE(DisposalRuns::run(f.vault.chief(), run).ok());
    const bool intoTheRecord = GENERATE(false, true);
    f.vault.closeChief();
    requireVerifies(f.vault);
    {
        Insider x = insiderOf(f.vault, intoTheRecord ? TestVault::kChiefLogin : QStringLiteral("desk"));
        const std::int64_t last =
            x.number(QStringLiteral("SELECT max(id) FROM case_events WHERE case_id = %1").arg(kept));
        if (intoTheRecord) {
            DisposedRows disposed = disposedOf(x, run);
            disposed.caseEvents.append(last);
            x.sql(QStringLiteral("UPDATE disposal_runs SET disposed = x'%1' WHERE id = %2")
                      .arg(hexOf(encodeDisposedRows(disposed)))
                      .arg(run));
            x.sign(QStringLiteral("disposal.backups_destroyed"), QStringLiteral("disposal_runs"), QString::number(run),
                   QStringLiteral("backups="));
        }
        // The close gone, the case is as its notice left it.
        x.sql(QStringLiteral("DELETE FROM case_events WHERE id = %1; UPDATE cases SET closed = 0, state = 'notified', "
                             "event_count = event_count - 1, last_event_id = (SELECT max(id) FROM case_events WHERE "
                             "case_id = %2) WHERE id = %2")
                  .arg(last)
                  .arg(kept));
    }
    INFO((intoTheRecord ? "written into the run's record" : "removed alone"));
    verificationProblem(f.vault);
}

// --- Requests made due ---------------------------------------------------------------------------

// The schedule reads what falls due from the list rows (closed, kind, the last step): an open
// request's row marked closed by the desk's clerk, or a granted stop of provision's row given
// another kind (so that no stop stands), would make it due. The second person's confirmation
// and the run both verify the trail first: nothing goes, and verify names the row.
TEST_CASE("insider case disposal: a request made due in its list row is not disposed of",
          "[core][insider][disposal][cases]")
{
    CaseFixture f;
    f.closedDisclosure(QStringLiteral("山田 花子"));
    const bool byClosing = GENERATE(true, false);
    const CaseId target =
        byClosing ? openDisclosure(f, QStringLiteral("佐藤 一郎")) : closedStop(f, QStringLiteral("鈴木 次郎"));
    at(f.vault, 2032, 1, 12);
    {
        auto before = DisposalSchedules::schedule(f.vault.chief(), 2031);
        REQUIRE(before.ok());
        CHECK_FALSE(before->dueCaseIds().contains(target));
    }
    f.vault.closeChief();
    {
        Insider x = insiderOf(f.vault, QStringLiteral("desk"));
        if (byClosing)
            x.sql(QStringLiteral("UPDATE cases SET closed = 1, state = 'closed' WHERE id = %1").arg(target));
        else
            x.sql(QStringLiteral("UPDATE cases SET kind = '%1' WHERE id = %2").arg(kDisclosure).arg(target));
    }
    f.vault.reopenChief();
    Session& chief = f.vault.chief();
    auto approved = DisposalRuns::approve(chief, 2031, {}, QStringLiteral("erasure"), f.registerEntry);
    REQUIRE(approved.ok());
    auto loaded = DisposalRuns::load(chief, approved.value());
    REQUIRE(loaded.ok());
    INFO("made due: " << loaded->plannedCases.contains(target));
    {
        auto auditor = f.vault.signIn(QStringLiteral("auditor"));
        const Status confirmed = DisposalRuns::confirm(*auditor, approved.value());
        INFO(message(confirmed).toStdString());
        CHECK_FALSE(confirmed.ok());
        if (confirmed.ok()) {
            at(f.vault, 2032, 3, 2);
            auto outcome = DisposalRuns::run(chief, approved.value());
            INFO((outcome.ok() ? QStringLiteral("ran") : outcome.error().message).toStdString());
        }
    }
    CHECK(caseExists(chief, target));
    f.vault.closeChief();
    verificationProblem(f.vault);
}

// Found by insider review fourteen. A case keeps the version of the centre's periods in force at
// its receipt, and that version was found by time: the last one whose retention_settings.at_utc
// came before the receipt's case_events.at_utc. Both are written by whoever writes the row. The
// chief set a version of one year for disclosures with SQL, signed as the next version (as
// RetentionSettings::save does) but dated 2020: every disclosure received since 2020 was then
// kept one year, not five — due at once, listed by Daicho's own approval and removed by a
// genuine run, four years early, with a trail that verified. Now the version in force at a
// receipt is found by the trail's order (the seq of the receipt's entry against the seqs of the
// retention.periods entries), which nobody can date back.
TEST_CASE("insider case disposal: a version of the periods dated back keeps no earlier request for less",
          "[core][insider][disposal][cases][retention]")
{
    CaseFixture f;
    const CaseId c = f.closedDisclosure(QStringLiteral("山田 花子"));
    at(f.vault, 2029, 1, 10);
    f.vault.closeChief();
    {
        Insider x = insiderOf(f.vault, TestVault::kChiefLogin);
        const QString periods = QStringLiteral("%1=1").arg(kDisclosure);
        x.sql(QStringLiteral("INSERT INTO retention_settings (version, author_id, at_utc, periods, reason) VALUES "
                             "(2, %1, '2020-04-01T00:00:00.000Z', '%2', '運用の見直し')")
                  .arg(x.myId())
                  .arg(periods));
        x.sign(QStringLiteral("retention.periods"), QStringLiteral("retention_settings"), QStringLiteral("2"),
               QStringLiteral("periods=%1").arg(periods));
    }
    f.vault.reopenChief();
    Session& chief = f.vault.chief();
    auto detail = CaseReader::detail(chief, c);
    REQUIRE(detail.ok());
    auto keeping = DisposalSchedules::keepingOfCase(chief, detail.value());
    REQUIRE(keeping.ok());
    CHECK(keeping->ruleVersion == QLatin1String("1"));
    CHECK(keeping->keepUntil == QDate(2031, 12, 11));
    auto schedule = DisposalSchedules::schedule(chief, 2028);
    REQUIRE(schedule.ok());
    CHECK(schedule->cases.isEmpty());
    auto approved = DisposalRuns::approve(chief, 2028, {}, QStringLiteral("erasure"), f.registerEntry);
    if (approved.ok()) {
        auto auditor = f.vault.signIn(QStringLiteral("auditor"));
        INFO(message(DisposalRuns::confirm(*auditor, approved.value())).toStdString());
        at(f.vault, 2029, 3, 2);
        auto outcome = DisposalRuns::run(chief, approved.value());
        INFO((outcome.ok() ? QStringLiteral("ran") : outcome.error().message).toStdString());
    }
    CHECK(caseExists(chief, c));
    // The version itself is the chief's to set (for the requests received after it): verify
    // names nothing, and nothing went.
    f.vault.closeChief();
    requireVerifies(f.vault);
}

// --- Forged plans ----------------------------------------------------------------------------------

// Found by insider review fourteen. The chief wrote the approval with SQL (and signed it, as
// their approval is theirs): a list naming, with the due request, one that is not due — still
// open, or closed but kept while the stop of provision it granted stands — or a list for the end
// of a fiscal year to come. The auditor confirmed it in Daicho, which did not look at the list,
// and the chief then removed the request with SQL and signed the run: once removed, nothing shows
// when a record fell due, so verify accepted it. Now the confirmation reads the plan on a
// verified trail and refuses a list that names anything not due, or held, at the end of a fiscal
// year begun already; without the second person's entry, a run is named.
TEST_CASE("insider case disposal: a list forged by the chief naming a kept request is not confirmed",
          "[core][insider][disposal][cases]")
{
    CaseFixture f;
    const CaseId due = f.closedDisclosure(QStringLiteral("山田 花子"));
    const QString how = GENERATE(QStringLiteral("open"), QStringLiteral("stop"), QStringLiteral("year to come"),
                                 QStringLiteral("another year"));
    // "another year": the due request listed under a fiscal year not its receipt's, so that the
    // 受付番号 of the kept requests of its year would no longer count it.
    const int year = how == QLatin1String("another year") ? 2027 : 2026;
    CaseId target = due;
    if (how == QLatin1String("open"))
        target = openDisclosure(f, QStringLiteral("佐藤 一郎"));
    else if (how == QLatin1String("stop"))
        target = closedStop(f, QStringLiteral("鈴木 次郎"));
    // In June 2030 the end of fiscal year 2031 is two years away; otherwise January 2032.
    if (how == QLatin1String("year to come"))
        at(f.vault, 2030, 6, 1);
    else
        at(f.vault, 2032, 1, 12);
    const QString today = f.vault.clock().nowUtc().toString(Qt::ISODateWithMs);
    f.vault.closeChief();
    std::int64_t run = 0;
    {
        Insider x = insiderOf(f.vault, TestVault::kChiefLogin);
        DisposedRows planned;
        planned.casesByYear[year].append(due);
        if (target != due)
            planned.casesByYear[year].append(target);
        run = x.number(QStringLiteral("SELECT coalesce(max(id), 0) FROM disposal_runs")) + 1;
        x.sql(QStringLiteral("INSERT INTO disposal_runs (id, fiscal_year, state, approved_by, approved_at, method, "
                             "register_id, planned, holds) VALUES (%1, 2031, 'approved', %2, '%3', 'erasure', %4, "
                             "x'%5', '')")
                  .arg(run)
                  .arg(x.myId())
                  .arg(today)
                  .arg(f.registerEntry)
                  .arg(hexOf(encodeDisposedRows(planned))));
        x.sign(QStringLiteral("disposal.approve"), QStringLiteral("disposal_runs"), QString::number(run),
               QStringLiteral("fiscal_year=2031;count=%1;held=0").arg(planned.casesByYear[year].count()));
    }
    requireVerifies(f.vault);
    Status confirmed;
    {
        auto auditor = f.vault.signIn(QStringLiteral("auditor"));
        confirmed = DisposalRuns::confirm(*auditor, run);
    }
    INFO(how.toStdString() << ": " << message(confirmed).toStdString());
    CHECK_FALSE(confirmed.ok());
    {
        // The chief goes on: confirmed by the auditor's Daicho, or with their own key.
        Insider x = insiderOf(f.vault, TestVault::kChiefLogin);
        if (!confirmed.ok()) {
            x.sql(QStringLiteral("UPDATE disposal_runs SET state = 'confirmed', confirmed_by = %1, confirmed_at = "
                                 "'%2' WHERE id = %3")
                      .arg(x.idOf(QStringLiteral("auditor")))
                      .arg(today)
                      .arg(run));
            x.sign(QStringLiteral("disposal.confirm"), QStringLiteral("disposal_runs"), QString::number(run),
                   QStringLiteral("approved_by=%1").arg(x.myId()));
        }
        DisposedRows gone = removeCaseWithSql(x, target);
        if (target != due)
            gone.merge(removeCaseWithSql(x, due));
        if (year != 2026) {
            const IdRanges ids = gone.casesByYear[2026];
            gone.casesByYear = {{year, ids}};
        }
        markDone(x, run, gone);
        x.sign(QStringLiteral("disposal.run"), QStringLiteral("disposal_runs"), QString::number(run),
               QStringLiteral("fiscal_year=2031;count=%1;forms=request.disclosure=%1;rule_versions=1;approved_by=%2;"
                              "confirmed_by=%3;record=0")
                   .arg(gone.casesByYear[year].count())
                   .arg(x.myId())
                   .arg(x.idOf(QStringLiteral("auditor"))));
        CHECK_FALSE(caseExists(x, target));
    }
    verificationProblem(f.vault);
}

// The auditor confirming with SQL a row without the chief's hold of a case, or with the hold's
// line turned from a case's ("c<id>") into an entry's ("<id>"), which Daicho's run would read as
// no hold of the case: the plan stays what the chief approved, the run verifies the trail first.
TEST_CASE("insider case disposal: a case hold dropped or turned into an entry's by the confirmer is named and not run",
          "[core][insider][disposal][cases]")
{
    CaseFixture f;
    const CaseId due = f.closedDisclosure(QStringLiteral("山田 花子"));
    const CaseId held = f.closedDisclosure(QStringLiteral("佐藤 一郎"));
    at(f.vault, 2032, 1, 12);
    auto run = DisposalRuns::approve(f.vault.chief(), 2031, {}, QStringLiteral("erasure"), f.registerEntry,
                                     {{held, QStringLiteral("訴訟対応")}});
    REQUIRE(run.ok());
    const bool dropped = GENERATE(true, false);
    f.vault.closeChief();
    {
        Insider x = insiderOf(f.vault, QStringLiteral("auditor"));
        DisposedRows planned;
        planned.casesByYear[2026].append(due);
        planned.casesByYear[2026].append(held);
        const QString holds = dropped ? QString() : QStringLiteral("%1\t訴訟対応").arg(held);
        x.sql(QStringLiteral("UPDATE disposal_runs SET state = 'confirmed', confirmed_by = %1, confirmed_at = '%2', "
                             "holds = '%3', planned = x'%4' WHERE id = %5")
                  .arg(x.myId())
                  .arg(kAt, holds, hexOf(encodeDisposedRows(planned)))
                  .arg(run.value()));
        x.sign(QStringLiteral("disposal.confirm"), QStringLiteral("disposal_runs"), QString::number(run.value()),
               QStringLiteral("approved_by=%1").arg(x.idOf(TestVault::kChiefLogin)));
    }
    f.vault.reopenChief();
    at(f.vault, 2032, 3, 2);
    auto outcome = DisposalRuns::run(f.vault.chief(), run.value());
    INFO((outcome.ok() ? QStringLiteral("ran") : outcome.error().message).toStdString());
    CHECK_FALSE(outcome.ok());
    CHECK(caseExists(f.vault.chief(), held));
    f.vault.closeChief();
    verificationProblem(f.vault);
}

// --- Removed requests, their ids and numbers -------------------------------------------------------

// After a run removed 第1号, the desk's clerk puts it back as it was (its rows read before the
// run: the digests of its steps are those the trail recorded), adds a step to it signed with their
// key, gives a kept request a step under the id of a removed step, or receives a new request under
// the removed case's id: ids are never given again and a removed case stays removed.
TEST_CASE("insider case disposal: a removed request put back, continued, or its ids given again is named",
          "[core][insider][disposal][cases]")
{
    CaseFixture f;
    const CaseId gone = f.closedDisclosure(QStringLiteral("山田 花子"));
    const CaseId kept = openDisclosure(f, QStringLiteral("佐藤 一郎"));
    f.vault.closeChief();
    QStringList putBack;
    {
        // Its rows as statements that insert them again.
        Insider x = insiderOf(f.vault, QStringLiteral("desk"));
        // Every column in order (Migration010Cases.sql, Migration013CaseRowKeys.sql).
        const std::pair<QString, QString> tables[] = {
            {QStringLiteral("case_events"), QStringLiteral("id, case_id, number, kind, step, actor_id, at_utc, "
                                                           "desk_version, data, row_key")},
            {QStringLiteral("cases"), QStringLiteral("id, kind, number, fiscal_year, state, closed, received_on, "
                                                     "desk_id, section_id, title, event_count, last_event_id, "
                                                     "search_text")},
            {QStringLiteral("case_clocks"),
             QStringLiteral("case_id, clock, running, start_on, due_on, met_on, flags")}};
        for (const auto& [table, columns] : tables) {
            const QString key = table == QLatin1String("cases") ? QStringLiteral("id") : QStringLiteral("case_id");
            QStringList quoted;
            for (const QString& column : columns.split(QStringLiteral(", ")))
                quoted << QStringLiteral("quote(%1)").arg(column);
            const QString rows =
                x.value(QStringLiteral("SELECT group_concat('(' || %1 || ')', ',') FROM %2 WHERE %3 = %4")
                            .arg(quoted.join(QStringLiteral(" || ',' || ")), table, key)
                            .arg(gone));
            if (!rows.isEmpty())
                putBack << QStringLiteral("INSERT INTO %1 (%2) VALUES %3").arg(table, columns, rows);
        }
    }
    REQUIRE(putBack.size() >= 2);
    f.vault.reopenChief();
    const std::int64_t run = confirmedRun(f);
    at(f.vault, 2032, 3, 2);
    REQUIRE(DisposalRuns::run(f.vault.chief(), run).ok());
    const QString how = GENERATE(QStringLiteral("put back"), QStringLiteral("continued"),
                                 QStringLiteral("step id again"), QStringLiteral("case id again"));
    f.vault.closeChief();
    requireVerifies(f.vault);
    {
        Insider x = insiderOf(f.vault, QStringLiteral("desk"));
        const std::int64_t removedStep = disposedOf(x, run).caseEvents.highest();
        REQUIRE(removedStep > 0);
        const FieldValues closing{{QStringLiteral("closed_on"), QDate(2032, 3, 2)}};
        if (how == QLatin1String("put back")) {
            x.sql(putBack.join(QStringLiteral("; ")));
        } else if (how == QLatin1String("continued")) {
            forgeStep(x, gone, kDisclosure, QStringLiteral("close"), closing);
        } else if (how == QLatin1String("step id again")) {
            const FieldValues withdrawn{{QStringLiteral("withdrawn_on"), QDate(2032, 3, 2)}};
            forgeStep(x, kept, kDisclosure, QStringLiteral("withdraw"), withdrawn, removedStep);
            x.sql(QStringLiteral("UPDATE cases SET closed = 1, state = 'withdrawn', event_count = event_count + 1, "
                                 "last_event_id = %1 WHERE id = %2")
                      .arg(removedStep)
                      .arg(kept));
        } else {
            // The receipt of a new request under the removed id, as the first step of that case.
            const std::int64_t id = x.number(QStringLiteral("SELECT max(id) FROM case_events")) + 1;
            x.sql(
                QStringLiteral("INSERT INTO case_events (id, case_id, number, kind, step, actor_id, at_utc, "
                               "desk_version, data, row_key) SELECT %1, %2, 1, kind, step, actor_id, '%3', "
                               "desk_version, data, randomblob(16) FROM case_events WHERE case_id = %4 AND number = 1")
                    .arg(id)
                    .arg(gone)
                    .arg(kAt)
                    .arg(kept));
            x.sign(QStringLiteral("case.receive"), QStringLiteral("case_events"), QString::number(id),
                   QStringLiteral("kind=%1;case=%2").arg(kDisclosure).arg(gone));
        }
    }
    INFO(how.toStdString());
    verificationProblem(f.vault);
}

// A kept request's 受付番号 counts the removed ones of its year (令和8年度 第2号 stays 第2号
// when 第1号 is gone): its list row renumbered by the desk's clerk, as if the removed one had
// never been, is named.
TEST_CASE("insider case disposal: a kept request renumbered after a removal is named",
          "[core][insider][disposal][cases]")
{
    CaseFixture f;
    f.closedDisclosure(QStringLiteral("山田 花子"));
    const CaseId kept = f.closedDisclosure(QStringLiteral("佐藤 一郎"));
    const std::int64_t run = confirmedRun(f, {{kept, QStringLiteral("訴訟対応")}});
    at(f.vault, 2032, 3, 2);
    REQUIRE(DisposalRuns::run(f.vault.chief(), run).ok());
    f.vault.closeChief();
    requireVerifies(f.vault);
    {
        Insider x = insiderOf(f.vault, QStringLiteral("desk"));
        REQUIRE(x.number(QStringLiteral("SELECT number FROM cases WHERE id = %1").arg(kept)) == 2);
        x.sql(QStringLiteral("UPDATE cases SET number = 1 WHERE id = %1").arg(kept));
    }
    verificationProblem(f.vault);
}

// A granted stop of provision is kept while it stands, and only a withdrawal lifts it: one
// forged after the case was closed, signed by the desk's clerk (who withdraws requests in
// Daicho), is named — Daicho refuses a withdrawal once the case is closed — and the run, which
// verifies the trail first, removes nothing.
TEST_CASE("insider case disposal: a withdrawal forged after a granted stop was closed is named and not run",
          "[core][insider][disposal][cases]")
{
    CaseFixture f;
    f.closedDisclosure(QStringLiteral("山田 花子"));
    const CaseId stop = closedStop(f, QStringLiteral("鈴木 次郎"));
    const std::int64_t run = confirmedRun(f);
    f.vault.closeChief();
    {
        Insider x = insiderOf(f.vault, QStringLiteral("desk"));
        const std::int64_t id = forgeStep(x, stop, kStop, QStringLiteral("withdraw"),
                                          {{QStringLiteral("withdrawn_on"), QDate(2026, 12, 11)}});
        x.sql(QStringLiteral("UPDATE cases SET state = 'withdrawn', event_count = event_count + 1, last_event_id = %1 "
                             "WHERE id = %2")
                  .arg(id)
                  .arg(stop));
    }
    f.vault.reopenChief();
    auto schedule = DisposalSchedules::schedule(f.vault.chief(), 2031);
    REQUIRE(schedule.ok());
    INFO("the stop no longer held: " << schedule->dueCaseIds().contains(stop));
    at(f.vault, 2032, 3, 2);
    auto outcome = DisposalRuns::run(f.vault.chief(), run);
    INFO((outcome.ok() ? QStringLiteral("ran") : outcome.error().message).toStdString());
    CHECK(caseExists(f.vault.chief(), stop));
    f.vault.closeChief();
    verificationProblem(f.vault);
}
