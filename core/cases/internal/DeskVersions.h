#pragma once

#include "cases/DeskSettings.h"
#include "store/Database.h"

namespace daicho {

// The stored desk versions, below the permission check (CaseStore, the verifier).
// Version 0 is the regulation's defaults; an id that does not exist is Tampered.
Result<RequestDesk::Version> loadDeskVersion(const Database& db, std::int64_t id);
Result<RequestDesk::Version> latestDeskVersion(const Database& db);

} // namespace daicho
