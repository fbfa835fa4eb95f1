#include "auth/internal/SchemaUpgrade.h"

#include "audit/AuditLog.h"
#include "audit/internal/AuditRecords.h"
#include "auth/Role.h"
#include "auth/Session.h"
#include "ledger/monitoring/internal/CheckItemSeed.h"
#include "store/Schema.h"

#include <QCoreApplication>

#include <algorithm>
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

// The schema version (PRAGMA user_version) is no row of an audited table: anyone who holds
// the database key can set it back. The trail's `schema.upgrade` entries say how far the file
// was brought; an upgrade from below that would run the data steps again in the name of
// whoever signs in next (the check items of schema 6 added again over the chief's own
// wording, 第15条).
Status requireNotSetBack(const Database& db)
{
    auto version = db.scalar(QStringLiteral("PRAGMA user_version"));
    if (!version)
        return version.error();
    auto upgraded = highestSchemaUpgrade(db);
    if (!upgraded)
        return upgraded.error();
    if (!upgraded.value() || version->toInt() >= upgraded.value()->version)
        return {};
    const QString problem =
        QCoreApplication::translate("daicho::SignIn", "the database's schema version (%1) is lower than the one "
                                                      "entry %2 of the audit trail upgraded it to (%3): it was set "
                                                      "back outside Daicho, and its upgrade is not run again.")
            .arg(version->toInt())
            .arg(upgraded.value()->seq)
            .arg(upgraded.value()->version);
    return makeError(ErrorCode::Tampered,
                     QCoreApplication::translate("daicho::SignIn",
                                                 "Sign-in was refused: %1 Nothing was written to the database. Tell "
                                                 "the auditor, who can check it with “daicho-cli verify”; if it was "
                                                 "altered, it is restored from a backup.")
                         .arg(problem),
                     problem);
}

} // namespace

Result<std::optional<SchemaUpgradeRecord>> highestSchemaUpgrade(const Database& db)
{
    std::optional<SchemaUpgradeRecord> highest;
    DAICHO_TRY(AuditLog::forEachEntryWithAction(db, {QStringLiteral("schema.upgrade")}, [&](const AuditEntry& e) {
        const int to = auditDetailValue(e.detail, QStringLiteral("to")).toInt();
        if (to <= Schema::currentVersion() && (!highest || to > highest->version))
            highest = SchemaUpgradeRecord{to, e.seq};
        return Status{};
    }));
    return highest;
}

Status upgradeSchemaIfOlder(Session& session)
{
    auto older = Schema::needsUpgrade(session.db());
    if (!older)
        return older.error();
    if (!older.value())
        return {};
    DAICHO_TRY(requireNotSetBack(session.db()));
    // The data steps change the check items of the monitoring sheet, which only the chief and
    // the acting chief keep (第15条, ManageCheckItems): signed by anyone else, their entries
    // would be named by the verifier as changes their author may not make. A file that needs
    // them waits for one of them; one that needs only tables is upgraded by whoever signs in.
    auto found = session.db().scalar(QStringLiteral("PRAGMA user_version"));
    if (!found)
        return found.error();
    const bool dataSteps = std::any_of(upgradeSteps().begin(), upgradeSteps().end(),
                                       [&](const auto& step) { return found->toInt() < step.first; });
    if (dataSteps && !isRegistrar(session.user().role))
        return makeError(ErrorCode::PermissionDenied,
                         QCoreApplication::translate("daicho::SignIn",
                                                     "Daicho was updated, and this database is brought up to date "
                                                     "at the next sign-in of the chief officer or the acting chief: "
                                                     "the update changes the check items of the monitoring sheet, "
                                                     "which are theirs to keep (第15条). Ask one of them to sign in "
                                                     "first, then sign in again."));
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
