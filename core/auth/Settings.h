#pragma once

#include "auth/Session.h"
#include "common/Result.h"

namespace daicho {

// Shared settings kept in the encrypted database (never in QSettings).
class Settings
{
public:
    static constexpr int kDefaultIdleLockMinutes = 5;
    static constexpr int kMinIdleLockMinutes = 1;
    static constexpr int kMaxIdleLockMinutes = 60;

    static Result<int> idleLockMinutes(const Session& session);
    static Status setIdleLockMinutes(Session& session, int minutes); // chief only
};

} // namespace daicho
