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

// The same in two steps, for a table whose rows are read elsewhere (RevisionPass): the records
// as the walk takes them (those a disposal emptied left out, by first id), or the problem of two
// that overlap; the record covering an id, if any (`recorded` as prepared).
std::optional<LedgerRowsProblem> prepareRecordedRows(const QString& table, std::vector<RecordedRows>& recorded,
                                                     const DisposedRows& disposed);
const RecordedRows* coveringRecord(const std::vector<RecordedRows>& recorded, std::int64_t id);

// What the walk in id order asks of a row once it has found the record covering it: whether its
// signer may have written it (the problem), else its digest.
struct JudgedRow {
    std::optional<QString> refused;
    QByteArray digest;
};
// The rows of a table in id order: `next` steps to the next row and gives its id (nothing at
// the end); `judge` judges the row stepped to.
struct AppendOnlyRowSource {
    std::function<Result<std::optional<std::int64_t>>()> next;
    std::function<Result<JudgedRow>(const RecordedRows& covering)> judge;
};
// checkAppendOnlyRows' walk over rows from `source`, `recorded` as prepared.
Result<std::optional<LedgerRowsProblem>> walkAppendOnlyRows(const QString& table,
                                                            const std::vector<RecordedRows>& recorded,
                                                            const AppendOnlyRowSource& source,
                                                            std::int64_t& rowsChecked, const DisposedRows& disposed);

// What a verification stopped by the person gives (ErrorCode::Cancelled).
Error verificationStopped();

// Each row of ledger_entries must be what its revisions and decisions give (LedgerProjection)
// and no entry may lack its row: lists and search read only ledger_entries.
// `step` is called once per entry checked; false stops the check (Cancelled, the result's error).
// Entries a disposal removed keep their numbers: the n-th entry of a form counts them.
// `eachRevision` is shown every row of ledger_revisions (`SELECT *`, in entry order) once, all of
// them even when the projection stops at a problem: the revisions' own checks are made in the
// same pass (RevisionPass). What the projection found — nothing, a problem, or an error of its
// own such as an unreadable revision — is `projected`; the result's error is one of the pass
// itself (the database, `eachRevision`), after which not every row was shown.
Status checkLedgerProjection(const Database& db, std::int64_t& rowsChecked, const std::function<bool()>& step,
                             const DisposedRows& disposed, const std::function<Status(const Statement&)>& eachRevision,
                             std::optional<Result<std::optional<LedgerRowsProblem>>>& projected);

} // namespace daicho
