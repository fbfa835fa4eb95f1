#include "vault/internal/SlotRecords.h"

#include "audit/AuditLog.h"
#include "audit/internal/AuditRecords.h"
#include "auth/internal/SessionInternals.h"
#include "vault/KeyFileEdit.h"
#include "vault/internal/SigningKeys.h"

namespace daicho::SlotRecords {

Result<Match> match(const Database& db, const QString& slotId, const QByteArray& fingerprint)
{
    auto found =
        db.firstRow(QStringLiteral("SELECT fingerprint, pending_fingerprint FROM key_slots WHERE slot_id = ?"), slotId);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Match::None;
    const Statement& row = **found;
    if (!row.isNull(0) && row.blob(0) == fingerprint)
        return Match::Current;
    if (!row.isNull(1) && row.blob(1) == fingerprint)
        return Match::Pending;
    return Match::None;
}

Status prepare(Session& session, const QString& slotId, std::optional<UserId> userId, const QByteArray& fingerprint,
               std::optional<std::int64_t> newSigningKey)
{
    DAICHO_TRY(requireUnchanged(session.db(), QStringLiteral("key_slots"), slotId));
    // No UPSERT in SQLite 3.15: insert the row if missing, then set the pending value.
    DAICHO_TRY(session.db().run(
        QStringLiteral("INSERT OR IGNORE INTO key_slots (slot_id, user_id, fingerprint, pending_fingerprint) "
                       "VALUES (?, ?, NULL, NULL)"),
        slotId, userId));
    DAICHO_TRY(session.db().run(
        QStringLiteral("UPDATE key_slots SET pending_fingerprint = ?, pending_signing_key_id = ? WHERE slot_id = ?"),
        fingerprint, newSigningKey, slotId));
    DAICHO_TRY(AuditLog::append(session, {QStringLiteral("keyslot.prepare"), QStringLiteral("key_slots"), slotId, {}}));
    return {};
}

Status remove(Session& session, const QString& slotId)
{
    // A row changed outside Daicho does not stop a removal (the person would keep their
    // slot): it goes, and the entry says it was not as recorded, for the auditor.
    const Status unchanged = requireUnchanged(session.db(), QStringLiteral("key_slots"), slotId);
    if (!unchanged.ok() && unchanged.error().code != ErrorCode::Tampered)
        return unchanged;
    DAICHO_TRY(session.db().run(QStringLiteral("DELETE FROM key_slots WHERE slot_id = ?"), slotId));
    DAICHO_TRY(AuditLog::append(session, {QStringLiteral("keyslot.remove"), QStringLiteral("key_slots"), slotId,
                                          unchanged.ok() ? QString() : QStringLiteral("changed_outside=1")}));
    return {};
}

Status writeFileAndPromote(Session& session, const std::function<Status(KeySlotFile&)>& change,
                           const QStringList& slotIds, const std::function<Status()>& whenPromoted)
{
    DAICHO_TRY(editKeyFile(session.paths(), SessionInternals::secrets(session).databaseKey, change));
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
    auto slot = session.db().firstRow(QStringLiteral("SELECT pending_fingerprint IS NOT NULL, signing_key_id, "
                                                     "pending_signing_key_id FROM key_slots WHERE slot_id = ?"),
                                      slotId);
    if (!slot)
        return slot.error();
    if (!slot->has_value() || slot.value()->integer(0) == 0)
        return {}; // nothing pending
    const std::optional<std::int64_t> currentKey = slot.value()->optionalInteger(1);
    const std::optional<std::int64_t> pendingKey = slot.value()->optionalInteger(2);
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
    DAICHO_TRY(session.db().run(sql, slotId));
    DAICHO_TRY(
        AuditLog::append(session, {promote ? QStringLiteral("keyslot.commit") : QStringLiteral("keyslot.abandon"),
                                   QStringLiteral("key_slots"),
                                   slotId,
                                   {}}));
    if (pendingKey && currentKey != pendingKey) {
        const std::optional<std::int64_t> retired = promote ? currentKey : pendingKey;
        if (retired)
            DAICHO_TRY(SigningKeys::revokeKey(session, *retired));
    }
    return {};
}

} // namespace daicho::SlotRecords
