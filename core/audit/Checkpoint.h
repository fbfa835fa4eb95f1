#pragma once

#include "audit/AuditVerifier.h"
#include "auth/Session.h"
#include "common/Result.h"

namespace daicho {

// The auditor signs a checkpoint: an audit entry naming the current head of the chain.
// Its short code, printed and kept outside the PC, lets `daicho-cli verify --checkpoint`
// prove later that the log was not cut short or replaced by an older copy.
class Checkpoint
{
public:
    static Result<CheckpointCode> sign(Session& session);
    static Result<QList<CheckpointCode>> list(const Session& session);
};

} // namespace daicho
