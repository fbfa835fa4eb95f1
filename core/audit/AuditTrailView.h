#pragma once

#include "audit/AuditEntry.h"
#include "audit/AuditFilter.h"
#include "auth/Session.h"
#include "common/Result.h"

#include <QList>

#include <cstdint>

namespace daicho {

// The audit trail as the audit page shows it, to those who may see it (the chief, the acting
// chief and the auditor, 第14条・第15条): core refuses everyone else, whatever the navigator
// shows.
namespace AuditTrailView {

// Newest first, `limit` entries before `beforeSeq` (0: from the end).
Result<QList<AuditEntry>> newest(const Session& session, std::int64_t beforeSeq, int limit,
                                 const AuditFilter& filter = {});

// The No. in its own ledger of the entry an audit entry names by its internal id (0 when
// it is gone): the trail reads 「様式2 No.15」, as the list does.
Result<std::int64_t> ledgerEntryNumber(const Session& session, std::int64_t entryId);

} // namespace AuditTrailView

} // namespace daicho
