#pragma once

#include "auth/Session.h"
#include "cases/CaseReader.h"
#include "common/Result.h"
#include "ledger/LedgerTypes.h"
#include "retention/RetentionRules.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

namespace daicho {

// One entry whose retention period has passed, or passes, by a fiscal year's end.
struct DueEntry {
    EntryId id = 0;
    QString formId;
    std::int64_t number = 0; // its No. in its ledger
    QString entryDate;
    EntryKeeping keeping;
    QString heldBecause; // empty: it goes with the run
    bool held() const { return !heldBecause.isEmpty(); }
};

// One closed request from an individual (様式8–14) whose period has passed by then.
struct DueCase {
    CaseId id = 0;
    QString kind;
    int fiscalYear = 0; // of its receipt: its 受付番号 counts in that year
    int number = 0;
    QDate closedOn;
    EntryKeeping keeping;
    QString heldBecause;
    bool held() const { return !heldBecause.isEmpty(); }
};

struct DueByForm {
    QString formId; // or a case kind id
    int due = 0; // will go
    int held = 0; // kept although due
};

// What falls due at the end of fiscal year `fiscalYear` (31 March of the next calendar year),
// 第20条1項(4): every entry whose disposal-due day is that day or earlier and that no run has
// removed yet, those held listed with why.
struct DisposalSchedule {
    int fiscalYear = 0;
    QDate disposalDay;
    QList<DueEntry> entries; // by form, then id
    QList<DueCase> cases; // by id
    QList<DueByForm> byForm; // in the order of the forms, then the case kinds
    int dueCount() const; // entries and cases
    int heldCount() const;
    QList<EntryId> dueIds() const; // ascending
    QList<CaseId> dueCaseIds() const; // ascending
};

namespace DisposalSchedules {

// The chief, the acting chief and the auditor see it (Operation::ViewDisposal). `holds`: the
// entries the chief holds, with the reason; `caseHolds`: the cases.
Result<DisposalSchedule> schedule(const Session& session, int fiscalYear, const QMap<EntryId, QString>& holds = {},
                                  const QMap<CaseId, QString>& caseHolds = {});

// From 1 January the coming fiscal-year end is shown (issue 13 §4): the fiscal year whose end
// is nearest, or nothing between April and December.
std::optional<int> seasonFiscalYear(const QDate& today);

// The keeping of one entry, for its page (anyone who may read the entry).
Result<EntryKeeping> keepingOf(const Session& session, EntryId id);
// The keeping of a case as read (CaseReader::detail, which checks who may read it): by the
// version of the centre's periods in force at its receipt, from the day its last step closed it.
Result<EntryKeeping> keepingOfCase(const Session& session, const CaseDetail& detail);

} // namespace DisposalSchedules

} // namespace daicho
