#pragma once

// The centre's policies as the store reads them while it checks an entry, below the
// permission check (Settings has the public reading and the chief's change): core only.
#include "common/Result.h"

#include <QString>

namespace daicho {

class Database;

// Settings::sensitivePurposeConsent, read from `db`. Off only as the chief's own signed entry
// recorded it; otherwise (a value written with SQL, a change signed by anyone else) on.
Result<bool> sensitivePurposeConsentIn(const Database& db);

// Whether the setting `key` is one of the centre's policies, which only the chief changes
// (第7条2項①⑧): the verifier names an entry about it signed by anyone else.
bool isChiefsPolicy(const QString& key);

} // namespace daicho
