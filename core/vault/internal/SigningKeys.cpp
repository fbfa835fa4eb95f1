#include "vault/internal/SigningKeys.h"

#include "audit/AuditLog.h"
#include "audit/internal/AuditRecords.h"
#include "audit/internal/TrailAuthority.h"

#include <QCoreApplication>

namespace daicho::SigningKeys {

namespace {

// The person's keys the trail has not revoked — never the signing_keys table, which anyone
// holding the database key can edit (a key marked revoked there would escape a removal).
Result<QList<std::int64_t>> activeKeysOf(const Database& db, UserId userId)
{
    auto authority = TrailAuthority::load(db);
    if (!authority)
        return authority.error();
    return authority->keys().validKeysOf(userId);
}

} // namespace

Result<std::int64_t> registerKey(Session& session, std::optional<UserId> userId, const QByteArray& publicKey,
                                 bool registrar)
{
    // The next number after the trail's, not the table's: a row planted in the table, or a
    // number someone registered for themselves, must not make this registration collide.
    auto authority = TrailAuthority::load(session.db());
    if (!authority)
        return authority.error();
    const std::int64_t id = authority->keys().highestId() + 1;
    auto taken = session.db().hasRow(QStringLiteral("SELECT 1 FROM signing_keys WHERE id = ?"), id);
    if (!taken)
        return taken.error();
    // A row squatting the number was never registered by the trail, so it grants nothing:
    // it is replaced (else one planted row would stop every new key), and the registration
    // says so for the auditor.
    const bool squatted = taken.value();
    if (squatted)
        DAICHO_TRY(session.db().run(QStringLiteral("DELETE FROM signing_keys WHERE id = ?"), id));
    DAICHO_TRY(session.db().run(QStringLiteral("INSERT INTO signing_keys (id, user_id, public_key) VALUES (?, ?, ?)"),
                                id, userId, publicKey));
    auto seq = AuditLog::append(
        session, {QStringLiteral("key.register"), QStringLiteral("signing_keys"), QString::number(id),
                  auditDetail({{QStringLiteral("key"), QString::number(id)},
                               {QStringLiteral("user"), userId ? QString::number(*userId) : QString()},
                               {QStringLiteral("public_key"), QString::fromLatin1(publicKey.toHex())},
                               {QStringLiteral("registrar"), registrar ? QStringLiteral("1") : QStringLiteral("0")},
                               {QStringLiteral("replaced_unregistered_row"),
                                squatted ? QStringLiteral("1") : QStringLiteral("0")}})});
    if (!seq)
        return seq.error();
    return id;
}

Status revokeKey(Session& session, std::int64_t keyId)
{
    DAICHO_TRY(requireUnchanged(session.db(), QStringLiteral("signing_keys"), QString::number(keyId)));
    DAICHO_TRY(session.db().run(QStringLiteral("UPDATE signing_keys SET revoked = 1 WHERE id = ?"), keyId));
    DAICHO_TRY(
        AuditLog::append(session, {QStringLiteral("key.revoke"), QStringLiteral("signing_keys"), QString::number(keyId),
                                   auditDetail({{QStringLiteral("key"), QString::number(keyId)}})}));
    return {};
}

Status revokeKeysOf(Session& session, UserId userId)
{
    auto ids = activeKeysOf(session.db(), userId);
    if (!ids)
        return ids.error();
    for (std::int64_t id : ids.value())
        DAICHO_TRY(revokeKey(session, id));
    return {};
}

Status setRegistrar(Session& session, UserId userId, bool registrar)
{
    auto ids = activeKeysOf(session.db(), userId);
    if (!ids)
        return ids.error();
    for (std::int64_t id : ids.value()) {
        DAICHO_TRY(AuditLog::append(
            session,
            {QStringLiteral("key.registrar"), QStringLiteral("signing_keys"), QString::number(id),
             auditDetail({{QStringLiteral("key"), QString::number(id)},
                          {QStringLiteral("registrar"), registrar ? QStringLiteral("1") : QStringLiteral("0")}})}));
    }
    return {};
}

} // namespace daicho::SigningKeys
