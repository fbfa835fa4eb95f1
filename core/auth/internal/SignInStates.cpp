#include "auth/internal/SignInStates.h"

namespace daicho::SignInStates {

namespace {

Status ensureRow(Session& session, UserId user)
{
    // No UPSERT in SQLite 3.15.
    return session.db().run(QStringLiteral("INSERT OR IGNORE INTO sign_in_states (user_id) VALUES (?)"), user);
}

} // namespace

Result<bool> addFailure(Session& session, UserId user, int lockAfter)
{
    DAICHO_TRY(ensureRow(session, user));
    auto wasLocked = session.db().firstRow(QStringLiteral("SELECT locked FROM sign_in_states WHERE user_id = ?"), user);
    if (!wasLocked)
        return wasLocked.error();
    const bool before = wasLocked->has_value() && wasLocked.value()->integer(0) != 0;
    DAICHO_TRY(session.db().run(
        QStringLiteral("UPDATE sign_in_states SET failed_sign_ins = failed_sign_ins + 1, locked = "
                       "(CASE WHEN failed_sign_ins + 1 >= ? THEN 1 ELSE locked END) WHERE user_id = ?"),
        lockAfter, user));
    auto locked = session.db().scalar(QStringLiteral("SELECT locked FROM sign_in_states WHERE user_id = %1").arg(user));
    if (!locked)
        return locked.error();
    return !before && locked.value() == QLatin1String("1");
}

Status reset(Session& session, UserId user)
{
    return session.db().run(QStringLiteral("DELETE FROM sign_in_states WHERE user_id = ?"), user);
}

} // namespace daicho::SignInStates
