#include "vault/internal/SlotKdf.h"

#include "audit/AuditLog.h"
#include "audit/internal/AuditRecords.h"
#include "audit/internal/TrailAuthority.h"

#include <QCoreApplication>

namespace daicho::SlotKdf {

namespace {

const QString kKey = QStringLiteral("argon2id");

QString text(const KdfParams& p)
{
    return QStringLiteral("%1,%2,%3").arg(p.memoryKiB).arg(p.passes).arg(p.lanes);
}

std::optional<KdfParams> parse(const QString& value)
{
    const QStringList parts = value.split(QLatin1Char(','));
    if (parts.size() != 3)
        return std::nullopt;
    bool ok[3] = {};
    KdfParams p{parts[0].toUInt(&ok[0]), parts[1].toUInt(&ok[1]), parts[2].toUInt(&ok[2])};
    if (!ok[0] || !ok[1] || !ok[2])
        return std::nullopt;
    return p;
}

} // namespace

Result<KdfParams> forNewSlots(const Session& session)
{
    auto value = session.db().scalar(QStringLiteral("SELECT value FROM settings WHERE key = '%1'").arg(kKey));
    if (!value)
        return value.error();
    if (value->isEmpty()) {
        DAICHO_TRY(checkKdfParams(session.slotKdf()));
        return session.slotKdf();
    }
    // Only the chief sets it: a staff member who holds the database key must not be able to
    // make the next person's slot cheap to guess.
    auto authority = TrailAuthority::load(session.db());
    if (!authority)
        return authority.error();
    DAICHO_TRY(authority->requireTrustedRow(session.db(), QStringLiteral("settings"), kKey));
    const auto params = parse(value.value());
    if (!params)
        return makeError(ErrorCode::Tampered, QCoreApplication::translate(
                                                  "daicho::SlotKdf", "The recorded Argon2 settings are unreadable."));
    DAICHO_TRY(checkKdfParams(*params));
    return *params;
}

Status record(Session& session, const KdfParams& params)
{
    DAICHO_TRY(session.db().run(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"), kKey, text(params)));
    DAICHO_TRY(AuditLog::append(session, {QStringLiteral("setting.change"), QStringLiteral("settings"), kKey,
                                          auditDetail({{QStringLiteral("value"), text(params)}})}));
    return {};
}

} // namespace daicho::SlotKdf
