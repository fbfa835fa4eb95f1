#pragma once

#include <functional>

#include "common/Result.h"
#include "retention/internal/DisposedRows.h"
#include "store/Database.h"

#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace daicho {

// What the audit trail recorded for rows of an append-only table: one id, or a range whose
// digest is the hash of its rows' digests (an import). A range may hold a single row: what
// the entry's target says decides how its digest is read, not how many rows it covers.
struct RecordedRows {
    std::int64_t first = 0;
    std::int64_t last = 0;
    QByteArray digest;
    std::int64_t seq = 0;
    bool range = false;
    std::optional<std::int64_t> signer; // the person whose key signed the entry
};

// Whether the person who signed the entry covering a row may have written it: the problem,
// or nothing (LedgerAuthority for the ledgers, CaseAuthority for cases and the desk).
using AppendOnlyRowCheck =
    std::function<Result<std::optional<QString>>(const Statement& row, const RecordedRows& covering)>;

// A problem found in the ledger tables: the entry it concerns (0 if none) and a translated
// description.
struct LedgerRowsProblem {
    std::int64_t seq = 0;
    QString problem;
};

// Every row of an append-only table must be covered exactly once by what the trail recorded,
// with the same digest; nothing recorded may be missing; and the signer of the covering entry
// must be the one the row names, allowed to write it (`authority`). Rows a disposal run
// removed (`disposed`) are absent as it recorded: an import's digest is checked with the
// digests the run kept of them.
Result<std::optional<LedgerRowsProblem>>
checkAppendOnlyRows(const Database& db, const QString& table, std::vector<RecordedRows> recorded,
                    const AppendOnlyRowCheck& authority, std::int64_t& rowsChecked, const DisposedRows& disposed = {});

// Each row of ledger_entries must be what its revisions and decisions give (LedgerProjection)
// and no entry may lack its row: lists and search read only ledger_entries.
// What a verification stopped by the person gives (ErrorCode::Cancelled).
Error verificationStopped();

// `step` is called once per entry checked; false stops the check (Cancelled).
// Entries a disposal removed keep their numbers: the n-th entry of a form counts them.
Result<std::optional<LedgerRowsProblem>> checkLedgerProjection(const Database& db, std::int64_t& rowsChecked,
                                                               const std::function<bool()>& step = {},
                                                               const DisposedRows& disposed = {});

} // namespace daicho
