#include "audit/PersonalActivity.h"

#include "audit/AuditLog.h"
#include "audit/internal/AuditRecords.h"

namespace daicho {

Result<PersonalActivity> personalActivity(const Session& session, int limit)
{
    PersonalActivity activity;
    if (session.user().id == 0)
        return activity;
    // This session's own sign-in is the newest; the one before it is the previous.
    auto signIns = AuditLog::newestBy(session.db(), session.user().id, limit + 1, AuditLog::ActionFilter::OnlySignIns);
    if (!signIns)
        return signIns.error();
    const int skip = session.verificationOnly() ? 0 : 1; // a verification writes no sign-in
    if (signIns->size() > skip)
        activity.previousSignIn = signIns->at(skip);
    auto actions = AuditLog::newestBy(session.db(), session.user().id, limit, AuditLog::ActionFilter::PersonsActions);
    if (!actions)
        return actions.error();
    activity.recentActions = actions.value();
    return activity;
}

} // namespace daicho
