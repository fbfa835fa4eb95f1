#pragma once

// Entries read below the permission check: for the store, the rules and the verifier in
// core. forms/ and app/ read through LedgerReader's checked functions (ctest "layering").
#include "ledger/LedgerReader.h"
#include "ledger/rules/EntryRules.h"

namespace daicho {

// What an entry's state is derived from.
struct EntryHistory {
    QList<LedgerRevision> revisions; // by number
    QList<LedgerApproval> approvals; // by id
};

namespace LedgerReader {

// What the validator needs, answered from the database.
ValidationContext validationContext(const Database& db);

Result<QList<LedgerRevision>> loadRevisions(const Database& db, EntryId id);
Result<QList<LedgerApproval>> loadApprovals(const Database& db, EntryId id);
// Both. No revisions: the entry does not exist, or lost its history (the caller knows which).
Result<EntryHistory> loadHistory(const Database& db, EntryId id);
Result<std::optional<RegisterChoice>> loadRegisterChoice(const Database& db, EntryId id);
Result<std::optional<QString>> formOf(const Database& db, EntryId id);
// An entry's No. in its own ledger (0 until it is numbered).
Result<std::int64_t> numberOf(const Database& db, EntryId id);
// An entry's form and current values, for a record that refers to it; nullopt when there is
// no such entry or it cannot be read.
std::optional<EarlierRecord> loadEarlierRecord(const Database& db, EntryId id);
// The current values of the records of `form`'s direction whose earlier record is `id`: the
// records of provision and receipt are read one by one (they are few; no index holds it).
QList<FieldValues> recordsRelyingOn(const Database& db, const FormDefinition& form, EntryId id);

} // namespace LedgerReader

// Reads one row of ledger_revisions / ledger_approvals selected with these columns.
extern const QString kRevisionColumns;
extern const QString kApprovalColumns;
Result<LedgerRevision> readRevision(const Statement& row);
LedgerApproval readApproval(const Statement& row);

} // namespace daicho
