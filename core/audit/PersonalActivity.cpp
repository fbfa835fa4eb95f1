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

    // Failures are recorded by whoever signs in next (SignIn), naming the ID's user in their
    // detail: those after the previous sign-in are about the time since.
    const std::int64_t since = activity.previousSignIn ? activity.previousSignIn->seq : 0;
    auto failures = session.db().readRows(
        QStringLiteral("SELECT detail FROM audit_log WHERE action = 'signin.failed' AND seq > ? ORDER BY seq"),
        [](const Statement& row) { return row.text(0); }, since);
    if (!failures)
        return failures.error();
    const QString me = QString::number(session.user().id);
    for (const QString& detail : failures.value())
        if (auditDetailValue(detail, QStringLiteral("user")) == me)
            activity.failedSignInsSince << QDateTime::fromString(auditDetailValue(detail, QStringLiteral("at")),
                                                                 Qt::ISODateWithMs);
    return activity;
}

} // namespace daicho
