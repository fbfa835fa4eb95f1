#pragma once

#include "auth/Session.h"
#include "cases/CaseTypes.h"
#include "common/Result.h"
#include "ledger/FieldValues.h"
#include "ledger/LedgerTypes.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace daicho {

// What is due for the person signed in, by their part (issue 12 §11): the clocks of the
// requests they act on (第38条4項・7項), the carry-outs of their department not back by their
// expected time (様式2, 第19条), the entries waiting for their approval or review (第7条3項),
// and — for the auditor and the chief — the fiscal year's monitoring sheet not yet signed off
// (第14条: at least once a year); from January, for the chief, the acting chief and the auditor,
// what falls due for disposal at the fiscal year's end and a run waiting for their step
// (第20条1項(4)). Later issues add incidents and applications.
enum class DueKind {
    CaseClock, // a request's decision or notice
    OverdueCarryOut, // 返却遅れ
    AwaitingDecision, // entries of one form waiting for this person's decision
    MonitoringSheet, // this fiscal year's sheet not done
    Disposal, // records due at the coming fiscal-year end (from January), or a run awaiting a step
    RegisterDisposal, // a register's database whose data passes its period at the fiscal year's end
};

struct DueItem {
    DueKind kind = DueKind::CaseClock;
    // The last day (a clock, the end of the fiscal year for the sheet) or the expected return;
    // invalid for entries waiting for a decision (they wait since their writing).
    QDate dueOn;
    int daysLeft = 0; // from today in Japan: 0 on the last day, negative when overdue
    QString what; // one line, translated: 「開示請求 令和8年度 第3号 山田 花子 — 決定期限」
    QString rule; // the rule behind the date, one click away: 「第38条4項：…受付をした日から起算して1週間…」
    int count = 1; // AwaitingDecision: how many entries wait
    // What the line opens.
    std::optional<CaseId> caseId;
    std::optional<EntryId> entryId;
    QString formId; // the ledger (carry-outs, decisions, the sheet)
    QString clock; // CaseClock: its key
    bool provisional = false; // a computed (not yet announced) holiday took part in the date
    // RegisterDisposal: the new 様式1④ entry the line opens, filled with what is known.
    FieldValues fill;
};

namespace DueWork {
// Overdue first, then the nearest date, then what waits without a date.
Result<QList<DueItem>> forPerson(const Session& session);
} // namespace DueWork

} // namespace daicho
