#pragma once

// Listing below the permission check: for LedgerQuery::page, the worker's count, exports and
// the verifier in core. forms/ and app/ list through LedgerQuery::page (ctest "layering").
#include "ledger/LedgerQuery.h"

namespace daicho::LedgerQuery {

// How many entries match. Reads only the database given (the worker's connection).
Result<std::int64_t> count(const Database& db, const LedgerFilter& filter);

// The ids of a department and all its sections.
Result<QList<std::int64_t>> departmentAndSections(const Database& db, std::int64_t departmentId);

// Every entry matching a free-text filter, as keys in (date, id) order.
Result<std::vector<PageKey>> searchKeys(const Database& db, const LedgerFilter& filter);

// The rows of these ids, in the order given (for a page of search results).
Result<QList<LedgerRow>> rows(const Database& db, const FormDefinition& form, const std::vector<EntryId>& ids,
                              Decoding decoding = Decoding::Now);

} // namespace daicho::LedgerQuery
