#pragma once

#include "audit/AuditVerifier.h"
#include "auth/Session.h"
#include "common/Result.h"

#include <QDateTime>

namespace daicho {

// The auditor signs a checkpoint: an audit entry naming the current head of the chain. People
// sign through signVerifiedCheckpoint (vault/CheckpointSigning.h), which refuses over a trail
// that does not verify; sign() is the step itself.
// Its short code, printed and kept outside the PC, lets `daicho-cli verify --checkpoint`
// prove later that the log was not cut short or replaced by an older copy.
class Checkpoint
{
public:
    static Result<CheckpointCode> sign(Session& session);
    static Result<QList<CheckpointCode>> list(const Session& session);

    // The code of the chain's head now, printed on every page and written into every export
    // so that any paper or file that left the PC later proves the trail up to that point.
    static Result<CheckpointCode> chainHead(const Session& session);
    // How it is printed: "監査証跡 1234:ABCDE-FGHJK-MNPQR-STVWX-YZ012" (documents print in
    // Japanese in any language of the screens).
    static QString printedText(const CheckpointCode& code);

    // Whether the auditor should sign one now: the last checkpoint is older than the days the
    // chief set (Settings::checkpointReminderDays), or there is none yet.
    struct Reminder {
        std::optional<QDateTime> lastAtUtc;
        int periodDays = 0;
        int daysSince = 0; // since the last one, or since the database was created
        bool due = false;
    };
    static Result<Reminder> reminder(const Session& session);
};

} // namespace daicho
