#include "auth/Settings.h"

#include "audit/AuditLog.h"
#include "auth/Permission.h"

#include <QCoreApplication>

namespace daicho {

Result<int> Settings::idleLockMinutes(const Session& session)
{
    auto value = session.db().scalar(QStringLiteral("SELECT value FROM settings WHERE key = 'idle_lock_minutes'"));
    if (!value)
        return value.error();
    bool ok = false;
    const int minutes = value->toInt(&ok);
    if (!ok || minutes < kMinIdleLockMinutes || minutes > kMaxIdleLockMinutes)
        return kDefaultIdleLockMinutes;
    return minutes;
}

Status Settings::setIdleLockMinutes(Session& session, int minutes)
{
    DAICHO_TRY(requirePermission(session, Operation::ChangeSettings));
    if (minutes < kMinIdleLockMinutes || minutes > kMaxIdleLockMinutes)
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("daicho::Settings",
                                                     "The automatic lock time must be between %1 and %2 minutes.")
                             .arg(kMinIdleLockMinutes)
                             .arg(kMaxIdleLockMinutes));
    auto tx = Transaction::begin(session.db());
    if (!tx)
        return tx.error();
    DAICHO_TRY(requireUnchanged(session.db(), QStringLiteral("settings"), QStringLiteral("idle_lock_minutes")));
    // No UPSERT in SQLite 3.15.
    auto replace = session.db().prepare(
        QStringLiteral("INSERT OR REPLACE INTO settings (key, value) VALUES ('idle_lock_minutes', ?)"));
    if (!replace)
        return replace.error();
    replace->bind(1, QString::number(minutes));
    DAICHO_TRY(replace->run());
    auto seq = AuditLog::append(session, {QStringLiteral("setting.change"), QStringLiteral("settings"),
                                          QStringLiteral("idle_lock_minutes"),
                                          auditDetail({{QStringLiteral("value"), QString::number(minutes)}})});
    if (!seq)
        return seq.error();
    return tx.value()->commit();
}

} // namespace daicho
