#pragma once

#include "audit/internal/LedgerRowsCheck.h"
#include "common/Result.h"
#include "store/Database.h"

#include <optional>
#include <vector>

namespace daicho {

// What the one pass over ledger_revisions found: the problem of the walk in id order
// (checkAppendOnlyRows), and what the projection found (checkLedgerProjection) — the latter named
// only when the former is nothing, as when the two were separate passes.
struct RevisionPassFindings {
    std::optional<LedgerRowsProblem> revisions;
    std::optional<Result<std::optional<LedgerRowsProblem>>> entries; // nothing: not reached
};

// checkAppendOnlyRows for ledger_revisions and checkLedgerProjection in one read of the table,
// in the projection's (entry) order: each row's digest and its signer's authority are taken as
// it passes, kept by id, and walked in id order afterwards exactly as checkAppendOnlyRows walks
// the table. The table is the largest of the file and each read of it costs its pages'
// decryption and its rows' decoding: read twice, it was most of a verification (and of a
// disposal run, which verifies first). The error is one of reading the database or of
// `progress` stopping it (Cancelled).
Result<RevisionPassFindings> checkRevisionsAndEntries(const Database& db, std::vector<RecordedRows> recorded,
                                                      const AppendOnlyRowCheck& authority, std::int64_t& rowsChecked,
                                                      const std::function<bool()>& step, const DisposedRows& disposed);

} // namespace daicho
