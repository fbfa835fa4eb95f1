#include "auth/SignInStates.h"

namespace daicho::SignInStates {

namespace {

Status ensureRow(Session& session, UserId user)
{
    // No UPSERT in SQLite 3.15.
    auto insert = session.db().prepare(QStringLiteral("INSERT OR IGNORE INTO sign_in_states (user_id) VALUES (?)"));
    if (!insert)
        return insert.error();
    insert->bind(1, user);
    return insert->run();
}

} // namespace

Result<bool> addFailure(Session& session, UserId user, int lockAfter)
{
    DAICHO_TRY(ensureRow(session, user));
    auto wasLocked = session.db().prepare(QStringLiteral("SELECT locked FROM sign_in_states WHERE user_id = ?"));
    if (!wasLocked)
        return wasLocked.error();
    wasLocked->bind(1, user);
    auto row = wasLocked->step();
    if (!row)
        return row.error();
    const bool before = row.value() && wasLocked->integer(0) != 0;
    auto update = session.db().prepare(
        QStringLiteral("UPDATE sign_in_states SET failed_sign_ins = failed_sign_ins + 1, locked = "
                       "(CASE WHEN failed_sign_ins + 1 >= ? THEN 1 ELSE locked END) WHERE user_id = ?"));
    if (!update)
        return update.error();
    update->bind(1, lockAfter).bind(2, user);
    DAICHO_TRY(update->run());
    auto locked = session.db().scalar(QStringLiteral("SELECT locked FROM sign_in_states WHERE user_id = %1").arg(user));
    if (!locked)
        return locked.error();
    return !before && locked.value() == QLatin1String("1");
}

Status reset(Session& session, UserId user)
{
    auto update = session.db().prepare(QStringLiteral("DELETE FROM sign_in_states WHERE user_id = ?"));
    if (!update)
        return update.error();
    update->bind(1, user);
    return update->run();
}

} // namespace daicho::SignInStates
