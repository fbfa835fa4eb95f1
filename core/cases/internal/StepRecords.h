#pragma once

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

// The entries that steps of cases still open wrote (issue 13 §4): held at a disposal, with the
// case each belongs to ("開示請求 令和8年度 第3号").
Result<std::map<EntryId, QString>> entriesClaimedByOpenCases(const Database& db);

} // namespace daicho
