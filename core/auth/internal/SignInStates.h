#pragma once

#include "auth/Session.h"
#include "auth/UserEntry.h"
#include "common/Result.h"

namespace daicho {

// Counters of failed sign-ins and the lock of each person (table sign_in_states). Each
// change is audited, without a row digest: whoever signs in next records the failures of
// others, and a person who holds the database key gains nothing by unlocking themselves.
// No permission check of its own (sign-in counts failures before anyone is signed in; the
// unlock is UserAdmin's, which checks): for core only.
namespace SignInStates {

// Adds one failure; returns true when it locked the person.
Result<bool> addFailure(Session& session, UserId user, int lockAfter);
[[nodiscard]] Status reset(Session& session, UserId user);

} // namespace SignInStates

} // namespace daicho
