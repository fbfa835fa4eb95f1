#include "audit/Checkpoint.h"

#include "audit/AuditLog.h"
#include "audit/internal/AuditRecords.h"
#include "auth/Permission.h"
#include "auth/Settings.h"

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
    return session.db().readRows(
        QStringLiteral("SELECT seq, entry_hash FROM audit_log WHERE action = 'checkpoint' ORDER BY seq"),
        [](const Statement& row) {
            return CheckpointCode{row.integer(0), checkpointCodeForHash(row.blob(1))};
        });
}

Result<CheckpointCode> Checkpoint::chainHead(const Session& session)
{
    auto head = AuditLog::newest(session.db(), 0, 1);
    if (!head)
        return head.error();
    if (head->isEmpty())
        return CheckpointCode{};
    return CheckpointCode{head->first().seq, checkpointCodeForHash(head->first().entryHash)};
}

QString Checkpoint::printedText(const CheckpointCode& code)
{
    return code.seq > 0 ? QStringLiteral("監査証跡 ") + code.toString() : QString();
}

Result<Checkpoint::Reminder> Checkpoint::reminder(const Session& session)
{
    DAICHO_TRY(requirePermission(session, Operation::ViewAuditTrail));
    Reminder r;
    auto period = Settings::checkpointReminderDays(session);
    if (!period)
        return period.error();
    r.periodDays = period.value();
    auto last = session.db().scalar(
        QStringLiteral("SELECT at_utc FROM audit_log WHERE action = 'checkpoint' ORDER BY seq DESC LIMIT 1"));
    if (!last)
        return last.error();
    auto since = last->isEmpty() ? session.db().scalar(QStringLiteral("SELECT at_utc FROM audit_log WHERE seq = 1"))
                                 : Result<QString>(last.value());
    if (!since)
        return since.error();
    if (!last->isEmpty())
        r.lastAtUtc = QDateTime::fromString(last.value(), Qt::ISODateWithMs);
    const QDateTime from = QDateTime::fromString(since.value(), Qt::ISODateWithMs);
    r.daysSince = from.isValid() ? static_cast<int>(from.daysTo(session.clock().nowUtc())) : 0;
    r.due = !r.lastAtUtc || r.daysSince >= r.periodDays;
    return r;
}

} // namespace daicho
