#pragma once

#include "auth/Session.h"
#include "common/Result.h"
#include "ledger/LedgerTypes.h"
#include "retention/DisposalSchedule.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace daicho {

// A disposal at a fiscal year's end (第20条1項(4)), with four eyes: the chief approves the list
// of what falls due (holding what must stay, with a reason), a second person — the acting chief
// or the auditor — confirms it, and the chief runs it. The run deletes the entries with all that
// was derived from them in one transaction, writes its 様式1④ record (第20条2項: when, which
// ledgers, how many, how, who and who confirmed — never what the records said) and one audit
// entry, then compacts the file so that none of the deleted text stays in it.
enum class DisposalState { Approved, Confirmed, Done, Cancelled };
QString disposalStateKey(DisposalState state);
QString disposalStateDisplayName(DisposalState state);

struct DisposalRun {
    std::int64_t id = 0;
    int fiscalYear = 0;
    DisposalState state = DisposalState::Approved;
    std::int64_t approvedBy = 0;
    QString approvedAt;
    std::optional<std::int64_t> confirmedBy;
    QString confirmedAt;
    std::optional<std::int64_t> doneBy;
    QString doneAt;
    QString method; // 様式1④'s method: "erasure" or "deletion"
    std::optional<EntryId> registerId;
    QList<EntryId> planned;
    QMap<EntryId, QString> holds;
    QList<CaseId> plannedCases; // the requests from individuals approved (様式8–14)
    QMap<CaseId, QString> caseHolds;
    // Entries and requests approved: what the page, the start page and the questions count.
    qsizetype plannedCount() const { return planned.size() + plannedCases.size(); }
    // 第20条1項(4) 「毎年度末」: the first day it may run (1 March of the year's last month).
    QDate firstRunDay() const { return QDate(fiscalYear + 1, 3, 1); }
    QString summary; // "<form id or case kind id>=<count>;…", per ledger and kind of request
    std::optional<EntryId> recordEntryId;
    QList<std::int64_t> backupsDestroyed; // seqs of backup.make entries
};

// A backup made before a run, which still holds what the run disposed of.
struct BackupBeforeRun {
    std::int64_t seq = 0;
    QString atUtc;
    QString madeBy;
    bool destroyed = false;
};

// How the backups were destroyed, as the 様式1④ record says it (第20条1項(2)・2項, 第10条⑤).
struct BackupDestruction {
    QString method; // "erasure" (データ消去ソフトウェア) or "destruction" (物理的破壊)
    QDate on; // the day they were destroyed: not after today
    bool byContractor = false; // an outside firm, whose certificate is named
    QString certificate;
    std::int64_t verifier = 0; // 様式1④'s 確認者: who saw them destroyed (not the one recording)
};

struct DisposalOutcome {
    int disposed = 0;
    int leftOut = 0; // planned, but held or not yet past its period when the run came
    EntryId recordEntryId = 0;
    bool compacted = false;
    QString compactionProblem; // why not: it is done at the next sign-in of anyone
};

// Why `run` may not run yet (before its firstRunDay), for the page to say before asking.
QString disposalTooEarlyText(const DisposalRun& run);

namespace DisposalRuns {

Result<QList<DisposalRun>> list(const Session& session); // newest first
Result<DisposalRun> load(const Session& session, std::int64_t id);

// The chief approves: the entries and cases due at fiscal year `fiscalYear`'s end that nothing
// holds. `registerId`: the register entry the 様式1④ record names.
Result<std::int64_t> approve(Session& session, int fiscalYear, const QMap<EntryId, QString>& holds,
                             const QString& method, EntryId registerId, const QMap<CaseId, QString>& caseHolds = {});
Status confirm(Session& session, std::int64_t id); // the acting chief or the auditor, not the approver
Status cancel(Session& session, std::int64_t id); // the chief, before it runs
// The chief runs a confirmed disposal: what it approved, less what is held now or has not yet
// passed its period.
Result<DisposalOutcome> run(Session& session, std::int64_t id);

// The holds the chief set at the latest disposal not cancelled, on entries still kept: they stand
// until the chief releases them before approving the next one (a hold for litigation is not
// typed again every year).
Result<QMap<EntryId, QString>> standingHolds(const Session& session);
// The same for the requests from individuals held, still kept.
Result<QMap<CaseId, QString>> standingCaseHolds(const Session& session);

// The backups made before a run (backup.make entries) and which of them are recorded destroyed.
Result<QList<BackupBeforeRun>> backupsBefore(const Session& session, std::int64_t id);
// The chief records them; returns the 様式1④ entry written.
Result<EntryId> recordBackupsDestroyed(Session& session, std::int64_t id, const QList<std::int64_t>& seqs,
                                       const BackupDestruction& how);

} // namespace DisposalRuns

} // namespace daicho
