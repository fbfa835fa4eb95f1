#pragma once

// An entry added inside a transaction the caller already holds: for a case step that writes
// its ledger record with it (the erasure a request obtained and its 様式1④ record, 第20条2項),
// so that both are kept or neither. forms/ and app/ add entries through LedgerStore::add.
#include "auth/Session.h"
#include "common/Result.h"
#include "ledger/LedgerTypes.h"

namespace daicho {

// The same checks and writes as LedgerStore::add (permission, validation, revision, derived
// row, search grams, audit entry), without beginning or committing a transaction.
Result<EntryId> addEntryWithin(Session& session, const QString& formId, const FieldValues& values);

} // namespace daicho
