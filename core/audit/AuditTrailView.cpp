#include "audit/AuditTrailView.h"

#include "audit/AuditLog.h"
#include "audit/internal/AuditRecords.h"
#include "auth/Permission.h"

namespace daicho::AuditTrailView {

Result<QList<AuditEntry>> newest(const Session& session, std::int64_t beforeSeq, int limit)
{
    DAICHO_TRY(requirePermission(session, Operation::ViewAuditTrail));
    return AuditLog::newest(session.db(), beforeSeq, limit);
}

} // namespace daicho::AuditTrailView
