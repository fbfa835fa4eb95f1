#pragma once

#include "audit/AuditVerifier.h"
#include "auth/Session.h"
#include "common/Result.h"

#include <functional>

namespace daicho {

// The verification a person asks for (the audit page, `daicho-cli verify`): the permission
// is checked here, in core; then the whole trail (verifyAuditTrail), then what only the
// files beside the database can show — every anchor of the key file still in the trail —
// and, for a session opened only to verify, what sign-in would have refused.
Result<VerifyReport> verifyDatabase(const Session& session, const QList<CheckpointCode>& printedCodes = {},
                                    const VerifyProgress& progress = {});

// The same on the session's worker connection, so that the screen stays usable on a large
// trail (issue 11 §12). `progress` and `done` are called in the worker's thread; `done`
// exactly once — with ErrorCode::Cancelled when `progress` stopped it, or when the job never
// ran (a newer background job replaced it, or the session was locked first).
using VerifyDone = std::function<void(const Result<VerifyReport>&)>;
[[nodiscard]] Status verifyDatabaseInBackground(Session& session, const QList<CheckpointCode>& printedCodes,
                                                VerifyProgress progress, VerifyDone done);

} // namespace daicho
