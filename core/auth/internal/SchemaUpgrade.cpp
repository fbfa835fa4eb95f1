#include "auth/internal/SchemaUpgrade.h"

#include "audit/AuditLog.h"
#include "audit/internal/AuditRecords.h"
#include "auth/Session.h"
#include "ledger/monitoring/internal/CheckItemSeed.h"
#include "store/Schema.h"

#include <utility>
#include <vector>

namespace daicho {

namespace {

using UpgradeStep = Status (*)(Session&);

// Schema version → what it needs beyond its SQL (data that a new database gets when it is
// created). Adding version N is its SQL file, plus a line here when it needs one.
const std::vector<std::pair<int, UpgradeStep>>& upgradeSteps()
{
    static const std::vector<std::pair<int, UpgradeStep>> steps{
        // Version 3: the monitoring sheet's check items — a file from before starts with the
        // same items as a new one.
        {3, [](Session& session) { return seedDefaultCheckItems(session, kFirstCheckItemsVersion); }},
        // Version 6: the check items of issue 10 (incident handling and reports under 法26条,
        // access logs, year-end disposal, 明示, data-use applications, the deadlines of
        // 第38条), and the corrected wording of the carry-out approval and of 第26条・第27条.
        {6, [](Session& session) { return upgradeCheckItems(session, 6); }},
    };
    return steps;
}

} // namespace

Status upgradeSchemaIfOlder(Session& session)
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
    // What a version needs besides its SQL file, run for every version the file skipped.
    for (const auto& [version, step] : upgradeSteps())
        if (from.value() < version)
            DAICHO_TRY(step(session));
    return {};
}

} // namespace daicho
