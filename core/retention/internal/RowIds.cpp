#include "retention/internal/RowIds.h"

#include "crypto/Crypto.h"
#include "retention/RetentionRules.h"

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
