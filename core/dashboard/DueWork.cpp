#include "dashboard/DueWork.h"

#include "auth/Permission.h"
#include "calendar/LegalPeriod.h"
#include "cases/CaseKinds.h"
#include "cases/CaseReader.h"
#include "cases/internal/CaseRecords.h"
#include "common/JapaneseCalendar.h"
#include "ledger/CarryOutLog.h"
#include "ledger/FormRegistry.h"
#include "ledger/LedgerAccess.h"
#include "ledger/LedgerQuery.h"
#include "retention/DisposalRuns.h"
#include "retention/RegisterRetention.h"

#include <QCoreApplication>

#include <algorithm>

namespace daicho {

namespace {

const CaseClock* clockOf(const CaseKind& kind, const QString& key)
{
    for (const CaseClock& c : kind.clocks)
        if (c.key == key)
            return &c;
    return nullptr;
}

// 「（請求者への事前連絡済 令和8年12月18日）」 when one of the clock's noted steps was taken;
// empty otherwise. Read for the few clocks near or past their day only.
Result<QString> notedStep(const Session& session, const CaseKind& kind, const CaseClock& clock, CaseId caseId)
{
    auto events = loadCaseEvents(session.db(), caseId);
    if (!events)
        return events.error();
    for (auto e = events->crbegin(); e != events->crend(); ++e) {
        const CaseStep* step = kind.step(e->step);
        if (!step || !clock.notedBy.contains(step->key))
            continue;
        const QDate on = e->values.value(step->dateField).toDate();
        return QCoreApplication::translate("daicho::DueWork", " (%1 done %2)")
            .arg(step->labelJa, on.isValid() ? formatWareki(on) : QString());
    }
    return QString();
}

// The clocks of the requests this person acts on; the auditor reads them but acts on none.
Status addCaseClocks(const Session& session, QDate today, QList<DueItem>& due)
{
    if (session.role() == Role::Auditor)
        return {};
    auto clocks = CaseReader::dueClocks(session);
    if (!clocks)
        return clocks.error();
    for (const DueClock& c : clocks.value()) {
        const CaseKind* kind = CaseKinds::find(c.kind);
        const CaseClock* clock = kind ? clockOf(*kind, c.clock) : nullptr;
        if (!clock)
            continue;
        DueItem item;
        item.kind = DueKind::CaseClock;
        item.dueOn = c.dueOn;
        item.daysLeft = daysLeft(today, c.dueOn);
        item.what = QCoreApplication::translate("daicho::DueWork", "%1 %2 No.%3 %4 — %5")
                        .arg(kind->titleJa, formatFiscalYear(c.fiscalYear))
                        .arg(c.number)
                        .arg(c.title, clock->labelJa);
        item.rule = clock->rule.article + u'：' + clock->rule.wordingJa;
        // Near or past its last day, a clock says whether the requester was told (第38条7項).
        if (!clock->notedBy.isEmpty() && item.daysLeft <= 2) {
            auto noted = notedStep(session, *kind, *clock, c.caseId);
            if (!noted)
                return noted.error();
            item.what += noted.value();
        }
        item.caseId = c.caseId;
        item.clock = c.clock;
        item.provisional = (c.flags & ClockProvisional) != 0;
        due << item;
    }
    return {};
}

// 返却遅れ of the person's department (all for the chief), 第19条.
Status addOverdueCarryOuts(const Session& session, QDate today, QList<DueItem>& due)
{
    if (session.role() == Role::Auditor)
        return {};
    const bool forAll = session.role() == Role::Chief || session.role() == Role::ActingChief;
    for (const FormDefinition& form : FormRegistry::all()) {
        if (!carry_out::isCarryOutLog(form) || !LedgerAccess::requireRead(session, form).ok())
            continue;
        LedgerFilter filter;
        filter.formId = form.id;
        if (!forAll) {
            if (!session.user().departmentId)
                continue;
            filter.departmentId = session.user().departmentId;
        }
        filter = carry_out::overdueOnly(std::move(filter), session.clock().nowUtc());
        auto rows = LedgerQuery::page(session, filter, ListOrder::OldestFirst, std::nullopt, 200);
        if (!rows)
            return rows.error();
        for (const LedgerRow& row : rows.value()) {
            const QDateTime expected = row.values.value(form.returnDue->expected).toDateTime();
            DueItem item;
            item.kind = DueKind::OverdueCarryOut;
            item.dueOn = japanDate(expected);
            item.daysLeft = daysLeft(today, item.dueOn);
            item.what = QCoreApplication::translate("daicho::DueWork", "%1 No.%2 — not returned by %3 (返却遅れ)")
                            .arg(form.number)
                            .arg(row.number)
                            .arg(formatJapanDateTime(expected).left(16));
            item.rule =
                QCoreApplication::translate("daicho::DueWork", "第19条: what is carried out is returned as recorded");
            item.entryId = row.id;
            item.formId = form.id;
            due << item;
        }
    }
    return {};
}

Status addAwaitingDecisions(const Session& session, QList<DueItem>& due)
{
    for (const FormDefinition& form : FormRegistry::all()) {
        if (form.approval == ApprovalKind::None || !form.approvers.contains(session.role()))
            continue;
        auto waiting = LedgerQuery::countAwaitingMyDecision(session, form);
        if (!waiting)
            return waiting.error();
        if (waiting.value() == 0)
            continue;
        DueItem item;
        item.kind = DueKind::AwaitingDecision;
        item.count = waiting.value();
        item.what = form.approval == ApprovalKind::ApproveBefore
                        ? QCoreApplication::translate("daicho::DueWork", "%1 %2 — %3 waiting for your approval")
                              .arg(form.number, form.title)
                              .arg(waiting.value())
                        : QCoreApplication::translate("daicho::DueWork", "%1 %2 — %3 waiting for your review")
                              .arg(form.number, form.title)
                              .arg(waiting.value());
        item.rule = QCoreApplication::translate("daicho::DueWork",
                                                "第7条3項: the head of a department approves and reviews its records");
        item.formId = form.id;
        due << item;
    }
    return {};
}

// 第14条・第15条: the monitoring sheet at least once a fiscal year, by the auditor; the chief
// sees it too.
Status addMonitoringSheet(const Session& session, QDate today, QList<DueItem>& due)
{
    const FormDefinition* sheet = FormRegistry::monitoringSheet();
    if (!sheet || !sheet->monitoring
        || (session.role() != Role::Auditor && session.role() != Role::Chief && session.role() != Role::ActingChief)
        || !LedgerAccess::requireRead(session, *sheet).ok())
        return {};
    const int year = fiscalYear(today);
    LedgerFilter filter;
    filter.formId = sheet->id;
    const QString yearKey = sheet->monitoring->fiscalYear;
    filter.keep = [year, yearKey](const FieldValues& values) { return values.value(yearKey).toInt() == year; };
    auto rows = LedgerQuery::page(session, filter, ListOrder::OldestFirst, std::nullopt, 50);
    if (!rows)
        return rows.error();
    const bool done =
        std::any_of(rows->begin(), rows->end(), [](const LedgerRow& row) { return row.state != EntryState::Draft; });
    if (done)
        return {};
    DueItem item;
    item.kind = DueKind::MonitoringSheet;
    item.dueOn = fiscalYearEnd(year);
    item.daysLeft = daysLeft(today, item.dueOn);
    item.what = QCoreApplication::translate("daicho::DueWork", "%1 %2 for %3 — not yet signed off")
                    .arg(sheet->number, sheet->title, formatFiscalYear(year));
    item.rule = QCoreApplication::translate(
        "daicho::DueWork",
        "第14条: the state of handling is checked at least once a year (第15条: the monitoring sheet)");
    item.formId = sheet->id;
    due << item;
    return {};
}

// 第20条1項(4): from January, what falls due at the fiscal year's end (per ledger, with counts),
// until a run has removed it; and a run that waits for this person's step.
Status addDisposal(const Session& session, QDate today, QList<DueItem>& due)
{
    if (!isAllowed(session.role(), Operation::ViewDisposal))
        return {};
    auto runs = DisposalRuns::list(session);
    if (!runs)
        return runs.error();
    const QString rule = QCoreApplication::translate(
        "daicho::DueWork", "第20条1項(4): personal data is deleted at the end of each fiscal year once its retention "
                           "period has passed; the chief approves, a second person confirms");
    for (const DisposalRun& run : runs.value()) {
        const bool mine =
            (run.state == DisposalState::Approved && isAllowed(session.role(), Operation::ConfirmDisposal)
             && run.approvedBy != session.user().id)
            || (run.state == DisposalState::Confirmed && isAllowed(session.role(), Operation::ApproveDisposal));
        if (!mine)
            continue;
        DueItem item;
        item.kind = DueKind::Disposal;
        item.dueOn = fiscalYearEnd(run.fiscalYear);
        item.daysLeft = daysLeft(today, item.dueOn);
        item.what = (run.state == DisposalState::Approved
                         ? QCoreApplication::translate("daicho::DueWork", "Disposal No.%1 (%2 entries) — awaiting your "
                                                                          "confirmation")
                         : QCoreApplication::translate("daicho::DueWork", "Disposal No.%1 (%2 entries) — confirmed, "
                                                                          "ready to run"))
                        .arg(run.id)
                        .arg(run.plannedCount());
        item.rule = rule;
        due << item;
        return {};
    }
    const auto year = DisposalSchedules::seasonFiscalYear(today);
    if (!year)
        return {};
    auto holds = DisposalRuns::standingHolds(session);
    if (!holds)
        return holds.error();
    auto caseHolds = DisposalRuns::standingCaseHolds(session);
    if (!caseHolds)
        return caseHolds.error();
    auto schedule = DisposalSchedules::schedule(session, *year, holds.value(), caseHolds.value());
    if (!schedule)
        return schedule.error();
    if (schedule->entries.isEmpty() && schedule->cases.isEmpty())
        return {};
    QStringList perForm;
    for (const DueByForm& f : schedule->byForm) {
        const FormDefinition* form = FormRegistry::find(f.formId);
        const CaseKind* kind = form ? nullptr : CaseKinds::find(f.formId);
        perForm << QCoreApplication::translate("daicho::DueWork", "%1: %2")
                       .arg(form   ? form->number
                            : kind ? kind->titleJa
                                   : f.formId)
                       .arg(f.due + f.held);
    }
    DueItem item;
    item.kind = DueKind::Disposal;
    item.dueOn = fiscalYearEnd(*year);
    item.daysLeft = daysLeft(today, item.dueOn);
    item.what = QCoreApplication::translate("daicho::DueWork", "Disposal at the end of %1: %2 entries (%3), %4 held")
                    .arg(formatFiscalYear(*year))
                    .arg(schedule->entries.size() + schedule->cases.size())
                    .arg(perForm.join(QStringLiteral("、")))
                    .arg(schedule->heldCount());
    item.rule = rule;
    due << item;
    return {};
}

// 第11条⑨・第20条1項(4)・2項: from January, each register's database whose data passes its own
// period by the fiscal year's end, for the people who record its deletion in 様式1④ — the staff
// and head of its department (the chief and acting chief for their own department) — until a
// 様式1④ of that database is recorded in that fiscal year.
Status addRegisterDisposals(const Session& session, QDate today, QList<DueItem>& due)
{
    const auto year = DisposalSchedules::seasonFiscalYear(today);
    const FormDefinition form1 = form1OperationsLog();
    const FormDefinition* log = FormRegistry::find(form1.id);
    if (!year || !log)
        return {};
    auto registers = RegisterRetention::forFiscalYear(session, *year);
    if (!registers)
        return registers.error();
    const bool ownOnly = session.role() != Role::Staff && session.role() != Role::DepartmentHead;
    for (const RegisterKeeping& k : registers.value()) {
        if (k.recordedBy || !k.departmentId || !LedgerAccess::requireWrite(session, *log, k.departmentId).ok())
            continue;
        if (ownOnly && session.user().departmentId != k.departmentId)
            continue;
        DueItem item;
        item.kind = DueKind::RegisterDisposal;
        item.dueOn = k.disposalDay;
        item.daysLeft = daysLeft(today, item.dueOn);
        item.what = k.years ? QCoreApplication::translate("daicho::DueWork",
                                                          "「%1」: delete the data made on or before %2 (kept %n "
                                                          "year(s)) and record it in 様式1④",
                                                          nullptr, *k.years)
                                  .arg(k.name, formatWareki(k.madeOnOrBefore))
                            : QCoreApplication::translate("daicho::DueWork",
                                                          "「%1」: its retention period 「%2」 names no number of "
                                                          "years; delete what has passed it and record it in 様式1④")
                                  .arg(k.name, k.retentionText);
        item.rule = QCoreApplication::translate(
            "daicho::DueWork", "第11条⑨: each database has its retention period; 第20条1項(4): its data "
                               "is deleted at the end of the fiscal year once the period has passed; "
                               "第20条2項: the deletion is recorded in 様式1 (第10条⑤: with the "
                               "certificate of an outside firm)");
        item.formId = log->id;
        item.entryId = k.registerId;
        item.fill = {{QStringLiteral("kind"), QStringLiteral("disposal")},
                     {QStringLiteral("register"), QVariant::fromValue<qlonglong>(k.registerId)},
                     {QStringLiteral("target"), QStringLiteral("database")},
                     {QStringLiteral("disposed"), k.name},
                     {QStringLiteral("department"), QVariant::fromValue<qlonglong>(*k.departmentId)}};
        due << item;
    }
    return {};
}

} // namespace

namespace DueWork {

Result<QList<DueItem>> forPerson(const Session& session)
{
    const QDate today = japanDate(session.clock().nowUtc());
    QList<DueItem> due;
    DAICHO_TRY(addCaseClocks(session, today, due));
    DAICHO_TRY(addOverdueCarryOuts(session, today, due));
    DAICHO_TRY(addMonitoringSheet(session, today, due));
    DAICHO_TRY(addDisposal(session, today, due));
    DAICHO_TRY(addRegisterDisposals(session, today, due));
    DAICHO_TRY(addAwaitingDecisions(session, due));
    // Overdue first, then the nearest date; what waits without a date last, as it came.
    std::stable_sort(due.begin(), due.end(), [](const DueItem& a, const DueItem& b) {
        if (a.dueOn.isValid() != b.dueOn.isValid())
            return a.dueOn.isValid();
        return a.dueOn.isValid() && a.dueOn < b.dueOn;
    });
    return due;
}

} // namespace DueWork

} // namespace daicho
