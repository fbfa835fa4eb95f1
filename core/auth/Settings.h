#pragma once

#include "auth/Session.h"
#include "common/Result.h"

namespace daicho {

// Shared settings kept in the encrypted database (never in QSettings). Only the chief and
// the acting chief change them; every change is audited.
class Settings
{
public:
    static constexpr int kDefaultIdleLockMinutes = 5;
    static constexpr int kMinIdleLockMinutes = 1;
    static constexpr int kMaxIdleLockMinutes = 60;

    // After how many days without a checkpoint the start page asks the auditor for one. The
    // regulation sets no frequency for the auditor's verification (第15条); the logs are to be
    // analysed regularly (第23条(5)), and a printed code every month keeps the end of the trail
    // anchored outside the PC.
    static constexpr int kDefaultCheckpointDays = 30;
    static constexpr int kMinCheckpointDays = 1;
    static constexpr int kMaxCheckpointDays = 366;

    static Result<int> idleLockMinutes(const Session& session);
    static Status setIdleLockMinutes(Session& session, int minutes); // chief only

    static Result<int> checkpointReminderDays(const Session& session);
    static Status setCheckpointReminderDays(Session& session, int days); // chief only
};

} // namespace daicho
