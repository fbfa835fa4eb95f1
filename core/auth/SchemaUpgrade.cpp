#include "auth/SchemaUpgrade.h"

#include "audit/AuditLog.h"
#include "auth/Session.h"
#include "ledger/monitoring/CheckItems.h"
#include "store/Schema.h"

namespace daicho {

Status upgradeSchemaIfOlder(const Session& session)
{
    auto older = Schema::needsUpgrade(session.db());
    if (!older)
        return older.error();
    if (!older.value())
        return {};
    auto from = Schema::upgrade(session.db());
    if (!from)
        return from.error();
    auto seq =
        AuditLog::append(session, {QStringLiteral("schema.upgrade"),
                                   {},
                                   {},
                                   auditDetail({{QStringLiteral("from"), QString::number(from.value())},
                                                {QStringLiteral("to"), QString::number(Schema::currentVersion())}})});
    if (!seq)
        return seq.error();
    // Version 3 brought the monitoring sheet's check items: a file from before starts with
    // the same items as a new one.
    if (from.value() < 3)
        DAICHO_TRY(CheckItems::seedDefaults(session));
    return {};
}

} // namespace daicho
