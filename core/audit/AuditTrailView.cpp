#include "audit/AuditTrailView.h"

#include "audit/AuditLog.h"
#include "audit/internal/AuditRecords.h"
#include "auth/Permission.h"
#include "ledger/internal/LedgerRecords.h"

namespace daicho::AuditTrailView {

Result<QList<AuditEntry>> newest(const Session& session, std::int64_t beforeSeq, int limit, const AuditFilter& filter)
{
    DAICHO_TRY(requirePermission(session, Operation::ViewAuditTrail));
    return AuditLog::newest(session.db(), beforeSeq, limit, filter);
}

Result<std::int64_t> ledgerEntryNumber(const Session& session, std::int64_t entryId)
{
    DAICHO_TRY(requirePermission(session, Operation::ViewAuditTrail));
    return LedgerReader::numberOf(session.db(), entryId);
}

} // namespace daicho::AuditTrailView
