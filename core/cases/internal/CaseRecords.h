#pragma once

// Cases read and written below the permission check: for the store, the reader and the
// verifier in core. forms/ and app/ go through CaseStore and CaseReader (ctest "layering").
#include "calendar/JapaneseHolidays.h"
#include "cases/CaseKind.h"
#include "cases/CaseTypes.h"
#include "common/Result.h"
#include "store/Database.h"

namespace daicho {

// The columns loadCaseEvents reads, in order, for readers of many events at once.
extern const QString kCaseEventColumns;
// One event from a row of those columns, its items decoded with its kind's step.
Result<CaseEvent> caseEventFromRow(const Statement& row);

// A case's events in order; empty when there is no such case.
Result<QList<CaseEvent>> loadCaseEvents(const Database& db, CaseId id);
// The case as its events give it (the desk version of its receipt, the shipped holidays),
// with its 受付番号: the n-th case received in its fiscal year, by id.
Result<CaseRecord> deriveCase(const Database& db, const QList<CaseEvent>& events);
// The stored derived rows of a case (cases and case_clocks), or nothing.
Result<std::optional<CaseRecord>> loadCaseRecord(const Database& db, CaseId id);
// Writes the derived rows (insert or replace).
Status writeCaseRecord(Database& db, const CaseRecord& record);

} // namespace daicho
