#pragma once

#include "cases/CaseTypes.h"
#include "common/Result.h"
#include "ledger/FieldValues.h"
#include "ledger/LedgerTypes.h"
#include "store/Database.h"

#include <map>
#include <optional>

namespace daicho {

// The ledger entries case steps wrote with them (an erasure's 様式1④ record, 第20条2項) stay
// what the step made them: a correction may put right the date or the method, but not turn the
// record into another kind, move it to another department or give it to another writer — the
// case would go on saying the erasure is recorded while 様式1 no longer says so.
// The refusal, naming the case, when `values` (an entry of `formId`) (and `departmentId`) would change what the step
// fixed in entry `id`; nothing when no step wrote it or nothing fixed changes.
Result<std::optional<QString>> stepRecordChangeRefused(const Database& db, const QString& formId, EntryId id,
                                                       const FieldValues& before, const FieldValues& values,
                                                       std::optional<std::int64_t> departmentBefore,
                                                       std::optional<std::int64_t> departmentId);

// The case whose step wrote an entry (様式1④ for an erasure), as people know it.
struct ClaimingCase {
    CaseId id = 0;
    bool open = false;
    QString text; // "開示請求 令和8年度 第3号"
};

// The entries that steps of the cases still kept wrote (issue 13 §4): held at a disposal while
// the case is open or kept itself (第20条2項・第37条3項: the case relies on its record).
Result<std::map<EntryId, ClaimingCase>> entriesClaimedByCases(const Database& db);

} // namespace daicho
