#pragma once

// The catalogue's first items, below any permission check: for core only (forms/ and app/
// change the catalogue through CheckItems, which checks who may).
#include "auth/Session.h"
#include "common/Result.h"
#include "ledger/monitoring/CheckItems.h"

namespace daicho {

// Inserts the items of schema `version` (checkItemsOfSchema()) and audits each, inside the
// caller's transaction: the database's creation (the current items) and the upgrade to
// schema 3 (the first ones), before anyone could be asked for a permission.
[[nodiscard]] Status seedDefaultCheckItems(Session& session, int version = kCheckItemsVersion);

// The upgrade of the catalogue to schema `version` (6), inside the sign-in's transaction:
// each item it adds is inserted at the end of its area unless an item of the same area
// already says the same, and each item it rewords is changed where it still reads as before
// (an item the chief has reworded is the chief's); every change is one audit entry.
[[nodiscard]] Status upgradeCheckItems(Session& session, int version);

} // namespace daicho
