#pragma once

// The centre's policies as the store reads them while it checks an entry, below the
// permission check (Settings has the public reading and the chief's change): core only.
#include "common/Result.h"

namespace daicho {

class Database;

// Settings::sensitivePurposeConsent, read from `db`.
Result<bool> sensitivePurposeConsentIn(const Database& db);

} // namespace daicho
