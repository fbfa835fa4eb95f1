#pragma once

#include "audit/AuditEntry.h"
#include "auth/Session.h"
#include "common/Result.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace daicho {

// What the start page shows each person about themselves right after signing in: their
// previous sign-in and their latest recorded actions. If an insider cut the newest entries
// off the trail — together with an older key file, so that no anchor notices — the person
// whose work vanished is the one who sees it ("前回のサインイン" earlier than they remember,
// their last entries missing).
struct PersonalActivity {
    std::optional<AuditEntry> previousSignIn;
    QList<AuditEntry> recentActions; // newest first; sign-ins and key plumbing left out
    // When somebody failed to sign in with this person's ID since their previous sign-in (up to
    // this one), oldest first: someone trying their password is theirs to notice and report.
    QList<QDateTime> failedSignInsSince;
};

Result<PersonalActivity> personalActivity(const Session& session, int limit = 8);

} // namespace daicho
