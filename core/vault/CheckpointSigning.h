#pragma once

#include "audit/AuditVerifier.h"
#include "auth/Session.h"
#include "common/Result.h"

namespace daicho {

// A checkpoint vouches for the trail up to it: printed and kept away from the PC, its code is
// what later proves nothing before it was removed. Signed over a trail that does not verify,
// it would vouch for the tampering. So the whole database is verified first (verifyDatabase),
// and a failure refuses the checkpoint, naming the first entry that fails, until the chief and
// the auditor have looked (issue 11 §12; 第15条 the auditor's check).
struct VerifiedCheckpoint {
    CheckpointCode code;
    VerifyReport report; // of the trail the checkpoint was signed over
};
[[nodiscard]] Result<VerifiedCheckpoint> signVerifiedCheckpoint(Session& session);

} // namespace daicho
