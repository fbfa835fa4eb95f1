#include "vault/SlotRecords.h"

#include "audit/AuditLog.h"

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

Status prepare(const Session& session, const QString& slotId, std::optional<UserId> userId,
               const QByteArray& fingerprint)
{
    // No UPSERT in SQLite 3.15: insert the row if missing, then set the pending value.
    auto insert = session.db().prepare(
        QStringLiteral("INSERT OR IGNORE INTO key_slots (slot_id, user_id, fingerprint, pending_fingerprint) "
                       "VALUES (?, ?, NULL, NULL)"));
    if (!insert)
        return insert.error();
    insert->bind(1, slotId).bind(2, userId);
    DAICHO_TRY(insert->run());
    auto update =
        session.db().prepare(QStringLiteral("UPDATE key_slots SET pending_fingerprint = ? WHERE slot_id = ?"));
    if (!update)
        return update.error();
    update->bind(1, fingerprint).bind(2, slotId);
    DAICHO_TRY(update->run());
    auto seq = AuditLog::append(session, {QStringLiteral("keyslot.prepare"), QStringLiteral("key_slots"), slotId, {}});
    if (!seq)
        return seq.error();
    return {};
}

Status remove(const Session& session, const QString& slotId)
{
    auto del = session.db().prepare(QStringLiteral("DELETE FROM key_slots WHERE slot_id = ?"));
    if (!del)
        return del.error();
    del->bind(1, slotId);
    DAICHO_TRY(del->run());
    auto seq = AuditLog::append(session, {QStringLiteral("keyslot.remove"), QStringLiteral("key_slots"), slotId, {}});
    if (!seq)
        return seq.error();
    return {};
}

Status writeFileAndPromote(const Session& session, const KeySlotFile& file, const QStringList& slotIds)
{
    DAICHO_TRY(file.save(session.paths().keys()));
    auto tx = Transaction::begin(session.db());
    if (!tx)
        return tx.error();
    for (const QString& slotId : slotIds)
        DAICHO_TRY(settle(session, slotId, Match::Pending));
    return tx.value()->commit();
}

Status settle(const Session& session, const QString& slotId, Match found)
{
    // Pending seen on disk: the new file made it, promote. Current seen while a pending
    // value exists: the replacement never happened, forget it.
    const QString sql = found == Match::Pending
                            ? QStringLiteral("UPDATE key_slots SET fingerprint = pending_fingerprint, "
                                             "pending_fingerprint = NULL WHERE slot_id = ? AND "
                                             "pending_fingerprint IS NOT NULL")
                            : QStringLiteral("UPDATE key_slots SET pending_fingerprint = NULL WHERE slot_id = ? AND "
                                             "pending_fingerprint IS NOT NULL");
    auto update = session.db().prepare(sql);
    if (!update)
        return update.error();
    update->bind(1, slotId);
    DAICHO_TRY(update->run());
    if (session.db().changes() == 0)
        return {};
    auto seq = AuditLog::append(
        session, {found == Match::Pending ? QStringLiteral("keyslot.commit") : QStringLiteral("keyslot.abandon"),
                  QStringLiteral("key_slots"),
                  slotId,
                  {}});
    if (!seq)
        return seq.error();
    return {};
}

} // namespace daicho::SlotRecords
