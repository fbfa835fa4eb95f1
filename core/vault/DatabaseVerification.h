#pragma once

#include "audit/AuditVerifier.h"
#include "auth/Session.h"
#include "common/Result.h"

namespace daicho {

// The verification a person asks for (the audit page, `daicho-cli verify`): the permission
// is checked here, in core; then the whole trail (verifyAuditTrail), then what only the
// files beside the database can show — every anchor of the key file still in the trail —
// and, for a session opened only to verify, what sign-in would have refused.
Result<VerifyReport> verifyDatabase(const Session& session, const QList<CheckpointCode>& printedCodes = {});

} // namespace daicho
