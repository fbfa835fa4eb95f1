#pragma once

// Ids are never given twice (issue 13 §6): after a disposal has removed the newest rows of a
// table, SQLite would give their ids again (max(rowid) + 1), and the verifier, which accepts
// those ids' absence, would take a new row for a disposed one. Every new entry, revision and
// decision takes the id after both what the table holds and the highest id the table held at
// any disposal run (disposal_runs.last_*_id).
#include "common/Result.h"
#include "store/Database.h"

#include <cstdint>

namespace daicho {

enum class LedgerRowKind { Entry, Revision, Approval };

Result<std::int64_t> nextLedgerRowId(const Database& db, LedgerRowKind kind);

// The same for the requests from individuals: a new case takes the id after every case kept or
// removed (the verifier walks them 1, 2, 3 … with the removed ones left out), a new event the
// id after every event kept or removed.
Result<std::int64_t> nextCaseId(const Database& db);
Result<std::int64_t> nextCaseEventId(const Database& db);

// The random key each new revision, decision and case event holds (Migration011, 013): digested with the row,
// deleted with it.
QByteArray newRowKey();

// The version of the retention rules a new revision is written under (RetentionRuleSet): the
// latest the chief set, or 1.
Result<QString> currentRetentionRuleVersion(const Database& db);

} // namespace daicho
