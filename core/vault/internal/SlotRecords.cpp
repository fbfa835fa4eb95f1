#include "vault/internal/SlotRecords.h"

#include "audit/AuditLog.h"
#include "audit/internal/AuditRecords.h"
#include "vault/KeyFileEdit.h"
#include "vault/SigningKeys.h"

namespace daicho::SlotRecords {

Result<Match> match(const Database& db, const QString& slotId, const QByteArray& fingerprint)
{
    auto stmt = db.prepare(QStringLiteral("SELECT fingerprint, pending_fingerprint FROM key_slots WHERE slot_id = ?"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, slotId);
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (!row.value())
        return Match::None;
    if (!stmt->isNull(0) && stmt->blob(0) == fingerprint)
        return Match::Current;
    if (!stmt->isNull(1) && stmt->blob(1) == fingerprint)
        return Match::Pending;
    return Match::None;
}

Status prepare(Session& session, const QString& slotId, std::optional<UserId> userId, const QByteArray& fingerprint,
               std::optional<std::int64_t> newSigningKey)
{
    DAICHO_TRY(requireUnchanged(session.db(), QStringLiteral("key_slots"), slotId));
    // No UPSERT in SQLite 3.15: insert the row if missing, then set the pending value.
    auto insert = session.db().prepare(
        QStringLiteral("INSERT OR IGNORE INTO key_slots (slot_id, user_id, fingerprint, pending_fingerprint) "
                       "VALUES (?, ?, NULL, NULL)"));
    if (!insert)
        return insert.error();
    insert->bind(1, slotId).bind(2, userId);
    DAICHO_TRY(insert->run());
    auto update = session.db().prepare(
        QStringLiteral("UPDATE key_slots SET pending_fingerprint = ?, pending_signing_key_id = ? WHERE slot_id = ?"));
    if (!update)
        return update.error();
    update->bind(1, fingerprint).bind(2, newSigningKey).bind(3, slotId);
    DAICHO_TRY(update->run());
    auto seq = AuditLog::append(session, {QStringLiteral("keyslot.prepare"), QStringLiteral("key_slots"), slotId, {}});
    if (!seq)
        return seq.error();
    return {};
}

Status remove(Session& session, const QString& slotId)
{
    // A row changed outside Daicho does not stop a removal (the person would keep their
    // slot): it goes, and the entry says it was not as recorded, for the auditor.
    const Status unchanged = requireUnchanged(session.db(), QStringLiteral("key_slots"), slotId);
    if (!unchanged.ok() && unchanged.error().code != ErrorCode::Tampered)
        return unchanged;
    auto del = session.db().prepare(QStringLiteral("DELETE FROM key_slots WHERE slot_id = ?"));
    if (!del)
        return del.error();
    del->bind(1, slotId);
    DAICHO_TRY(del->run());
    auto seq = AuditLog::append(session, {QStringLiteral("keyslot.remove"), QStringLiteral("key_slots"), slotId,
                                          unchanged.ok() ? QString() : QStringLiteral("changed_outside=1")});
    if (!seq)
        return seq.error();
    return {};
}

Status writeFileAndPromote(Session& session, const std::function<Status(KeySlotFile&)>& change,
                           const QStringList& slotIds, const std::function<Status()>& whenPromoted)
{
    DAICHO_TRY(editKeyFile(session.paths(), session.secrets().databaseKey, change));
    auto tx = Transaction::begin(session.db());
    if (!tx)
        return tx.error();
    // First what goes with the promotion, then the promotion itself: settling may revoke
    // the key that signs these very entries (a password change retires its own old key).
    if (whenPromoted)
        DAICHO_TRY(whenPromoted());
    for (const QString& slotId : slotIds)
        DAICHO_TRY(settle(session, slotId, Match::Pending));
    return tx.value()->commit();
}

Status settle(Session& session, const QString& slotId, Match found)
{
    auto stmt = session.db().prepare(QStringLiteral("SELECT pending_fingerprint IS NOT NULL, signing_key_id, "
                                                    "pending_signing_key_id FROM key_slots WHERE slot_id = ?"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, slotId);
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (!row.value() || stmt->integer(0) == 0)
        return {}; // nothing pending
    const std::optional<std::int64_t> currentKey =
        stmt->isNull(1) ? std::nullopt : std::optional<std::int64_t>(stmt->integer(1));
    const std::optional<std::int64_t> pendingKey =
        stmt->isNull(2) ? std::nullopt : std::optional<std::int64_t>(stmt->integer(2));
    DAICHO_TRY(requireUnchanged(session.db(), QStringLiteral("key_slots"), slotId));

    // Pending seen on disk: the new file made it, promote (and retire the old signing key).
    // Current seen while a pending value exists: the replacement never happened, forget it
    // (and retire the signing key that was never used).
    const bool promote = found == Match::Pending;
    const QString sql = promote ? QStringLiteral("UPDATE key_slots SET fingerprint = pending_fingerprint, "
                                                 "pending_fingerprint = NULL, signing_key_id = "
                                                 "coalesce(pending_signing_key_id, signing_key_id), "
                                                 "pending_signing_key_id = NULL WHERE slot_id = ?")
                                : QStringLiteral("UPDATE key_slots SET pending_fingerprint = NULL, "
                                                 "pending_signing_key_id = NULL WHERE slot_id = ?");
    auto update = session.db().prepare(sql);
    if (!update)
        return update.error();
    update->bind(1, slotId);
    DAICHO_TRY(update->run());
    auto seq =
        AuditLog::append(session, {promote ? QStringLiteral("keyslot.commit") : QStringLiteral("keyslot.abandon"),
                                   QStringLiteral("key_slots"),
                                   slotId,
                                   {}});
    if (!seq)
        return seq.error();
    if (pendingKey && currentKey != pendingKey) {
        const std::optional<std::int64_t> retired = promote ? currentKey : pendingKey;
        if (retired)
            DAICHO_TRY(SigningKeys::revokeKey(session, *retired));
    }
    return {};
}

} // namespace daicho::SlotRecords
