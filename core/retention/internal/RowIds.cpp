#include "retention/internal/RowIds.h"

#include "crypto/Crypto.h"
#include "retention/RetentionRules.h"
#include "retention/internal/DisposedRows.h"

#include <algorithm>

namespace daicho {

Result<std::int64_t> nextLedgerRowId(const Database& db, LedgerRowKind kind)
{
    const char* table = kind == LedgerRowKind::Entry      ? "ledger_entries"
                        : kind == LedgerRowKind::Revision ? "ledger_revisions"
                                                          : "ledger_approvals";
    const char* last = kind == LedgerRowKind::Entry      ? "last_entry_id"
                       : kind == LedgerRowKind::Revision ? "last_revision_id"
                                                         : "last_approval_id";
    auto next = db.scalar(QStringLiteral("SELECT max(coalesce((SELECT max(id) FROM %1), 0), "
                                         "coalesce((SELECT max(%2) FROM disposal_runs), 0)) + 1")
                              .arg(QLatin1String(table), QLatin1String(last)));
    if (!next)
        return next.error();
    return next->toLongLong();
}

Result<std::int64_t> nextCaseId(const Database& db)
{
    auto kept = db.scalar(QStringLiteral("SELECT coalesce(max(case_id), 0) FROM case_events"));
    if (!kept)
        return kept.error();
    auto removed = loadDisposedRows(db, DisposedPart::Cases);
    if (!removed)
        return removed.error();
    return std::max<std::int64_t>(kept->toLongLong(), removed->highestCase()) + 1;
}

Result<std::int64_t> nextCaseEventId(const Database& db)
{
    auto kept = db.scalar(QStringLiteral("SELECT coalesce(max(id), 0) FROM case_events"));
    if (!kept)
        return kept.error();
    auto removed = loadDisposedRows(db, DisposedPart::Cases);
    if (!removed)
        return removed.error();
    return std::max<std::int64_t>(kept->toLongLong(), removed->caseEvents.highest()) + 1;
}

QByteArray newRowKey()
{
    return crypto::randomBytes(16);
}

Result<QString> currentRetentionRuleVersion(const Database& db)
{
    auto latest = db.scalar(QStringLiteral("SELECT max(version) FROM retention_settings"));
    if (!latest)
        return latest.error();
    return latest->isEmpty() ? RetentionRules::currentVersion() : latest.value();
}

} // namespace daicho
