#include "auth/internal/UserQueries.h"

namespace daicho::UserQueries {

namespace {

const QString kColumns =
    QStringLiteral("id, login, display_name, role, department_id, active, must_change_password, coalesce(s.locked, 0), "
                   "coalesce(s.failed_sign_ins, 0)");

UserEntry read(const Statement& s)
{
    UserEntry u;
    u.id = s.integer(0);
    u.login = s.text(1);
    u.displayName = s.text(2);
    u.role = roleFromKey(s.text(3)).value_or(Role::Staff);
    if (!s.isNull(4))
        u.departmentId = s.integer(4);
    u.active = s.integer(5) != 0;
    u.mustChangePassword = s.integer(6) != 0;
    u.locked = s.integer(7) != 0;
    u.failedSignIns = static_cast<int>(s.integer(8));
    return u;
}

Result<QList<UserEntry>> query(const Database& db, const QString& where, const std::function<void(Statement&)>& bind)
{
    auto stmt = db.prepare(
        QStringLiteral("SELECT %1 FROM users LEFT JOIN sign_in_states s ON s.user_id = users.id %2 ORDER BY id")
            .arg(kColumns, where));
    if (!stmt)
        return stmt.error();
    bind(stmt.value());
    QList<UserEntry> users;
    DAICHO_TRY(stmt->forEach([&](Statement&) { users << read(stmt.value()); }));
    return users;
}

Result<std::optional<UserEntry>> single(Result<QList<UserEntry>> found)
{
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<UserEntry>();
    return std::optional<UserEntry>(found->first());
}

} // namespace

Result<std::optional<UserEntry>> byLogin(const Database& db, const QString& normalisedLogin)
{
    return single(query(db, QStringLiteral("WHERE login = ?"), [&](Statement& s) { s.bind(1, normalisedLogin); }));
}

Result<std::optional<UserEntry>> byId(const Database& db, UserId id)
{
    return single(query(db, QStringLiteral("WHERE id = ?"), [&](Statement& s) { s.bind(1, id); }));
}

Result<QList<UserEntry>> all(const Database& db, bool includeRemoved)
{
    return query(db, includeRemoved ? QString() : QStringLiteral("WHERE active = 1"), [](Statement&) {});
}

} // namespace daicho::UserQueries
