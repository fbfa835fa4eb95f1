#pragma once

#include "auth/Session.h"
#include "common/Result.h"
#include "ledger/FormDefinition.h"
#include "ledger/LedgerQuery.h"
#include "ledger/LedgerTypes.h"

#include <QDateTime>

namespace daicho {

// The carry-out log (様式2, 第19条) as the office follows it day to day: what went out and is
// not back by its expected time is overdue (返却遅れ), and the return is recorded in one step.
namespace carry_out {

inline bool isCarryOutLog(const FormDefinition& form)
{
    return form.returnDue.has_value();
}

// Whether this entry waits for its return: its expected return applies (it went out) and no
// return is recorded.
bool awaitsReturn(const FormDefinition& form, const FieldValues& values);
// Whether it waits past its expected return at `nowUtc`.
bool isOverdue(const FormDefinition& form, const FieldValues& values, const QDateTime& nowUtc);

// `filter` keeping only the overdue carry-outs at `nowUtc` (a few rows: pages apply it).
LedgerFilter overdueOnly(LedgerFilter filter, const QDateTime& nowUtc);
// How many carry-outs of `filter` are overdue at the session's time (read a page at a time).
Result<int> countOverdue(const Session& session, const LedgerFilter& filter);

// Records that what an approved carry-out took out came back now (the session's clock, to the
// minute): a correction whose reason, 返却の記録, is part of its history and which keeps the
// approval (only the return is added). The carrier or the staff of the entry's department may
// do it (LedgerStore::revise checks who). Refused, saying why, for an entry that is not a
// carry-out awaiting its return, or that the head has not approved yet (the centre's rule).
struct RecordedReturn {
    RevisionId revision = 0;
    QDateTime returnedUtc;
};
[[nodiscard]] Result<RecordedReturn> recordReturn(Session& session, EntryId id);

} // namespace carry_out

} // namespace daicho
