#pragma once

#include "auth/UserEntry.h"
#include "common/Result.h"
#include "store/Database.h"

#include <functional>
#include <optional>

namespace daicho {

// Reading the users table; shared by sign-in and user administration.
namespace UserQueries {
Result<std::optional<UserEntry>> byLogin(const Database& db, const QString& normalisedLogin);
Result<std::optional<UserEntry>> byId(const Database& db, UserId id);
Result<QList<UserEntry>> all(const Database& db, bool includeRemoved);
} // namespace UserQueries

} // namespace daicho
