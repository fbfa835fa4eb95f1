#include "audit/Checkpoint.h"

#include "audit/AuditLog.h"
#include "auth/Permission.h"

namespace daicho {

Result<CheckpointCode> Checkpoint::sign(Session& session)
{
    DAICHO_TRY(requirePermission(session, Operation::SignCheckpoint));
    auto tx = Transaction::begin(session.db());
    if (!tx)
        return tx.error();
    auto head = AuditLog::newest(session.db(), 0, 1);
    if (!head)
        return head.error();
    const QString detail =
        head->isEmpty()
            ? QString()
            : auditDetail({{QStringLiteral("head_seq"), QString::number(head->first().seq)},
                           {QStringLiteral("head_hash"), QString::fromLatin1(head->first().entryHash.toHex())}});
    auto seq = AuditLog::append(session, {QStringLiteral("checkpoint"), {}, {}, detail});
    if (!seq)
        return seq.error();
    auto entry = AuditLog::newest(session.db(), seq.value() + 1, 1);
    if (!entry)
        return entry.error();
    DAICHO_TRY(tx.value()->commit());
    return CheckpointCode{seq.value(), checkpointCodeForHash(entry->first().entryHash)};
}

Result<QList<CheckpointCode>> Checkpoint::list(const Session& session)
{
    DAICHO_TRY(requirePermission(session, Operation::ViewAuditTrail));
    auto stmt = session.db().prepare(
        QStringLiteral("SELECT seq, entry_hash FROM audit_log WHERE action = 'checkpoint' ORDER BY seq"));
    if (!stmt)
        return stmt.error();
    QList<CheckpointCode> codes;
    while (true) {
        auto row = stmt->step();
        if (!row)
            return row.error();
        if (!row.value())
            return codes;
        codes << CheckpointCode{stmt->integer(0), checkpointCodeForHash(stmt->blob(1))};
    }
}

} // namespace daicho
