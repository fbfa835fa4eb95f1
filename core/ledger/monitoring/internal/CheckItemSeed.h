#pragma once

// The catalogue's first items, below any permission check: for core only (forms/ and app/
// change the catalogue through CheckItems, which checks who may).
#include "auth/Session.h"
#include "common/Result.h"

namespace daicho {

// Inserts the default items (defaultCheckItems()) and audits each, inside the caller's
// transaction: the database's creation and the upgrade to schema 3, before anyone could be
// asked for a permission.
[[nodiscard]] Status seedDefaultCheckItems(Session& session);

} // namespace daicho
