#include "auth/Settings.h"

#include "audit/AuditLog.h"
#include "audit/internal/AuditRecords.h"
#include "audit/internal/TrailAuthority.h"
#include "auth/Permission.h"
#include "auth/internal/PolicySettings.h"

#include <QCoreApplication>

namespace daicho {

namespace {

// A number the chief sets, kept as text under `key`: outside its range, or never set, it reads
// as its default.
struct NumberSetting {
    const char* key;
    Settings::NumberRange range;
    const char* outOfRange; // translated in the context daicho::Settings, %1 and %2 the range
};

constexpr NumberSetting kIdleLockSetting{
    "idle_lock_minutes", Settings::kIdleLockMinutes,
    QT_TRANSLATE_NOOP("daicho::Settings", "The automatic lock time must be between %1 and %2 minutes.")};

constexpr NumberSetting kCheckpointSetting{
    "checkpoint_reminder_days", Settings::kCheckpointDays,
    QT_TRANSLATE_NOOP("daicho::Settings", "The checkpoint reminder must be between %1 and %2 days.")};

Result<int> readNumber(const Session& session, const NumberSetting& setting)
{
    auto row = session.db().firstRow(QStringLiteral("SELECT value FROM settings WHERE key = ?"),
                                     QString::fromLatin1(setting.key));
    if (!row)
        return row.error();
    bool ok = false;
    const int value = row->has_value() ? row.value()->text(0).toInt(&ok) : 0;
    if (!ok || !setting.range.holds(value))
        return setting.range.defaultValue;
    return value;
}

Status writeNumber(Session& session, const NumberSetting& setting, int value)
{
    DAICHO_TRY(requirePermission(session, Operation::ChangeSettings));
    if (!setting.range.holds(value))
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("daicho::Settings", setting.outOfRange)
                                                      .arg(setting.range.minimum)
                                                      .arg(setting.range.maximum));
    auto tx = Transaction::begin(session.db());
    if (!tx)
        return tx.error();
    const QString key = QString::fromLatin1(setting.key);
    DAICHO_TRY(requireUnchanged(session.db(), QStringLiteral("settings"), key));
    // No UPSERT in SQLite 3.15.
    DAICHO_TRY(session.db().run(QStringLiteral("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)"), key,
                                QString::number(value)));
    DAICHO_TRY(AuditLog::append(session, {QStringLiteral("setting.change"), QStringLiteral("settings"), key,
                                          auditDetail({{QStringLiteral("value"), QString::number(value)}})}));
    return tx.value()->commit();
}

const QString kSensitivePurposeConsent = QStringLiteral("sensitive_purpose_consent");

} // namespace

Result<bool> Settings::sensitivePurposeConsent(const Session& session)
{
    return sensitivePurposeConsentIn(session.db());
}

Result<bool> sensitivePurposeConsentIn(const Database& db)
{
    auto row = db.firstRow(QStringLiteral("SELECT value FROM settings WHERE key = ?"), kSensitivePurposeConsent);
    if (!row)
        return row.error();
    // Never set: on, as Daicho asked before the chief could choose.
    if (!row->has_value() || row.value()->text(0) != QStringLiteral("0"))
        return true;
    // Off only as the chief's own signed entry recorded it (第7条2項①⑧): a value written with
    // SQL by someone who holds the database key, or a change signed by the acting chief (who
    // changes shared settings, not the centre's policies), leaves the policy on — the stricter
    // reading — and the verifier names it.
    auto authority = TrailAuthority::load(db);
    if (!authority)
        return authority.error().code == ErrorCode::Tampered ? Result<bool>(true) : Result<bool>(authority.error());
    return !authority->requireChiefRow(db, QStringLiteral("settings"), kSensitivePurposeConsent).ok();
}

bool isChiefsPolicy(const QString& key)
{
    return key == kSensitivePurposeConsent;
}

Status Settings::setSensitivePurposeConsent(Session& session, bool on)
{
    DAICHO_TRY(requirePermission(session, Operation::ChangeSettings));
    // A policy of the centre is the chief's (事務取扱責任者, 第7条2項①⑧), not the acting chief's.
    if (session.user().role != Role::Chief)
        return makeError(ErrorCode::PermissionDenied,
                         QCoreApplication::translate("daicho::Settings",
                                                     "Only the chief (事務取扱責任者) sets the centre's policies."));
    auto tx = Transaction::begin(session.db());
    if (!tx)
        return tx.error();
    DAICHO_TRY(requireUnchanged(session.db(), QStringLiteral("settings"), kSensitivePurposeConsent));
    const QString value = on ? QStringLiteral("1") : QStringLiteral("0");
    DAICHO_TRY(session.db().run(QStringLiteral("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)"),
                                kSensitivePurposeConsent, value));
    DAICHO_TRY(AuditLog::append(session, {QStringLiteral("setting.change"), QStringLiteral("settings"),
                                          kSensitivePurposeConsent, auditDetail({{QStringLiteral("value"), value}})}));
    return tx.value()->commit();
}

Result<int> Settings::idleLockMinutes(const Session& session)
{
    return readNumber(session, kIdleLockSetting);
}

Status Settings::setIdleLockMinutes(Session& session, int minutes)
{
    return writeNumber(session, kIdleLockSetting, minutes);
}

Result<int> Settings::checkpointReminderDays(const Session& session)
{
    return readNumber(session, kCheckpointSetting);
}

Status Settings::setCheckpointReminderDays(Session& session, int days)
{
    return writeNumber(session, kCheckpointSetting, days);
}

} // namespace daicho
