#pragma once

// Below any permission check: for sign-in and the creation of a database (core only).
#include "auth/Session.h"
#include "common/Result.h"
#include "store/Database.h"

namespace daicho {

// The derived row of each entry (ledger_entries: its date, state and search text) follows
// from its signed history and its form's definition. When a new version of Daicho changes a
// definition in what those rows read (an item no longer searched, another date item), the
// rows of that form's entries are derived again at the first sign-in, in its transaction and
// recorded in the audit trail — otherwise the verifier, deriving them from the definition in
// force, would report every such entry as altered outside Daicho.
namespace DefinitionRefresh {

// For a new database: the digests of the definitions it starts with (ledger_definitions: per
// form, a digest of what the derived rows read from its definition).
[[nodiscard]] Status recordAtCreation(Database& db);

// Inside the sign-in's transaction: the entries of every form whose digest changed (or all,
// for a file from before the digests) get their rows and search grams derived again; one
// audit entry says which forms and how many rows changed. Nothing happens when none did.
[[nodiscard]] Status refreshIfChanged(Session& session);

} // namespace DefinitionRefresh

} // namespace daicho
