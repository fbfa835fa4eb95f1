#include "auth/Settings.h"

#include "audit/AuditLog.h"
#include "audit/internal/AuditRecords.h"
#include "auth/Permission.h"

#include <QCoreApplication>

namespace daicho {

namespace {

Result<int> readNumber(const Session& session, const QString& key, int fallback, int minimum, int maximum)
{
    auto stmt = session.db().prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, key);
    auto row = stmt->step();
    if (!row)
        return row.error();
    bool ok = false;
    const int value = row.value() ? stmt->text(0).toInt(&ok) : 0;
    if (!ok || value < minimum || value > maximum)
        return fallback;
    return value;
}

Status writeNumber(Session& session, const QString& key, int value, int minimum, int maximum, const QString& outOfRange)
{
    DAICHO_TRY(requirePermission(session, Operation::ChangeSettings));
    if (value < minimum || value > maximum)
        return makeError(ErrorCode::InvalidInput, outOfRange.arg(minimum).arg(maximum));
    auto tx = Transaction::begin(session.db());
    if (!tx)
        return tx.error();
    DAICHO_TRY(requireUnchanged(session.db(), QStringLiteral("settings"), key));
    // No UPSERT in SQLite 3.15.
    auto replace = session.db().prepare(QStringLiteral("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)"));
    if (!replace)
        return replace.error();
    replace->bind(1, key).bind(2, QString::number(value));
    DAICHO_TRY(replace->run());
    auto seq = AuditLog::append(session, {QStringLiteral("setting.change"), QStringLiteral("settings"), key,
                                          auditDetail({{QStringLiteral("value"), QString::number(value)}})});
    if (!seq)
        return seq.error();
    return tx.value()->commit();
}

} // namespace

Result<int> Settings::idleLockMinutes(const Session& session)
{
    return readNumber(session, QStringLiteral("idle_lock_minutes"), kDefaultIdleLockMinutes, kMinIdleLockMinutes,
                      kMaxIdleLockMinutes);
}

Status Settings::setIdleLockMinutes(Session& session, int minutes)
{
    return writeNumber(
        session, QStringLiteral("idle_lock_minutes"), minutes, kMinIdleLockMinutes, kMaxIdleLockMinutes,
        QCoreApplication::translate("daicho::Settings", "The automatic lock time must be between %1 and %2 minutes."));
}

Result<int> Settings::checkpointReminderDays(const Session& session)
{
    return readNumber(session, QStringLiteral("checkpoint_reminder_days"), kDefaultCheckpointDays, kMinCheckpointDays,
                      kMaxCheckpointDays);
}

Status Settings::setCheckpointReminderDays(Session& session, int days)
{
    return writeNumber(
        session, QStringLiteral("checkpoint_reminder_days"), days, kMinCheckpointDays, kMaxCheckpointDays,
        QCoreApplication::translate("daicho::Settings", "The checkpoint reminder must be between %1 and %2 days."));
}

} // namespace daicho
