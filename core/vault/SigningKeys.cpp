#include "vault/SigningKeys.h"

#include "audit/AuditLog.h"

namespace daicho::SigningKeys {

namespace {

Result<QList<std::int64_t>> activeKeysOf(const Database& db, UserId userId)
{
    auto stmt = db.prepare(QStringLiteral("SELECT id FROM signing_keys WHERE user_id = ? AND revoked = 0"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, userId);
    QList<std::int64_t> ids;
    while (true) {
        auto row = stmt->step();
        if (!row)
            return row.error();
        if (!row.value())
            return ids;
        ids << stmt->integer(0);
    }
}

} // namespace

Result<std::int64_t> registerKey(const Session& session, std::optional<UserId> userId, const QByteArray& publicKey,
                                 bool registrar)
{
    auto next = session.db().scalar(QStringLiteral("SELECT coalesce(max(id), 0) + 1 FROM signing_keys"));
    if (!next)
        return next.error();
    const std::int64_t id = next->toLongLong();
    auto insert =
        session.db().prepare(QStringLiteral("INSERT INTO signing_keys (id, user_id, public_key) VALUES (?, ?, ?)"));
    if (!insert)
        return insert.error();
    insert->bind(1, id).bind(2, userId).bind(3, publicKey);
    DAICHO_TRY(insert->run());
    auto seq = AuditLog::append(
        session, {QStringLiteral("key.register"), QStringLiteral("signing_keys"), QString::number(id),
                  auditDetail({{QStringLiteral("key"), QString::number(id)},
                               {QStringLiteral("user"), userId ? QString::number(*userId) : QString()},
                               {QStringLiteral("public_key"), QString::fromLatin1(publicKey.toHex())},
                               {QStringLiteral("registrar"), registrar ? QStringLiteral("1") : QStringLiteral("0")}})});
    if (!seq)
        return seq.error();
    return id;
}

Status revokeKey(const Session& session, std::int64_t keyId)
{
    DAICHO_TRY(requireUnchanged(session.db(), QStringLiteral("signing_keys"), QString::number(keyId)));
    auto update = session.db().prepare(QStringLiteral("UPDATE signing_keys SET revoked = 1 WHERE id = ?"));
    if (!update)
        return update.error();
    update->bind(1, keyId);
    DAICHO_TRY(update->run());
    auto seq =
        AuditLog::append(session, {QStringLiteral("key.revoke"), QStringLiteral("signing_keys"), QString::number(keyId),
                                   auditDetail({{QStringLiteral("key"), QString::number(keyId)}})});
    if (!seq)
        return seq.error();
    return {};
}

Status revokeKeysOf(const Session& session, UserId userId)
{
    auto ids = activeKeysOf(session.db(), userId);
    if (!ids)
        return ids.error();
    for (std::int64_t id : ids.value())
        DAICHO_TRY(revokeKey(session, id));
    return {};
}

Status setRegistrar(const Session& session, UserId userId, bool registrar)
{
    auto ids = activeKeysOf(session.db(), userId);
    if (!ids)
        return ids.error();
    for (std::int64_t id : ids.value()) {
        auto seq = AuditLog::append(
            session,
            {QStringLiteral("key.registrar"), QStringLiteral("signing_keys"), QString::number(id),
             auditDetail({{QStringLiteral("key"), QString::number(id)},
                          {QStringLiteral("registrar"), registrar ? QStringLiteral("1") : QStringLiteral("0")}})});
        if (!seq)
            return seq.error();
    }
    return {};
}

} // namespace daicho::SigningKeys
