#pragma once

#include "auth/Session.h"
#include "common/Result.h"

namespace daicho {

// Shared settings kept in the encrypted database (never in QSettings). Only the chief and
// the acting chief change them; every change is audited.
class Settings
{
public:
    // A number the chief sets: what it is until set, and the range the store accepts (and the
    // settings page offers).
    struct NumberRange {
        int defaultValue;
        int minimum;
        int maximum;

        constexpr bool holds(int value) const { return value >= minimum && value <= maximum; }
    };

    // After how many idle minutes Daicho locks.
    static constexpr NumberRange kIdleLockMinutes{5, 1, 60};

    // After how many days without a checkpoint the start page asks the auditor for one. The
    // regulation sets no frequency for the auditor's verification (第15条); the logs are to be
    // analysed regularly (第23条(5)), and a printed code every month keeps the end of the trail
    // anchored outside the PC.
    static constexpr NumberRange kCheckpointDays{30, 1, 366};

    static Result<int> idleLockMinutes(const Session& session);
    static Status setIdleLockMinutes(Session& session, int minutes); // chief only

    static Result<int> checkpointReminderDays(const Session& session);
    static Status setCheckpointReminderDays(Session& session, int days); // chief only

    // The centre's own policy, not the regulation's: adding or changing a registered purpose
    // of data holding 要配慮個人情報 needs the individuals' consent (modelled on the LINE
    // account's privacy policy 第4条2項, which binds that account only). On until the chief
    // turns it off; removing a purpose never needs consent. Only the chief (事務取扱責任者)
    // changes it, audited in the same transaction.
    static Result<bool> sensitivePurposeConsent(const Session& session);
    static Status setSensitivePurposeConsent(Session& session, bool on);
};

} // namespace daicho
