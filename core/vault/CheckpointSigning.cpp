#include "vault/CheckpointSigning.h"

#include "audit/Checkpoint.h"
#include "auth/Permission.h"
#include "vault/DatabaseVerification.h"

#include <QCoreApplication>

namespace daicho {

Result<VerifiedCheckpoint> signVerifiedCheckpoint(Session& session)
{
    // Who may sign is checked before the verification, which reads the whole database.
    DAICHO_TRY(requirePermission(session, Operation::SignCheckpoint));
    Result<VerifyReport> verified = verifyDatabase(session);
    if (!verified)
        return verified.error();
    if (!verified->ok) {
        QString message = QCoreApplication::translate("daicho::CheckpointSigning",
                                                      "No checkpoint was signed: the audit trail does not verify (%1).")
                              .arg(verified->problem);
        if (verified->firstBadSeq > 0)
            message +=
                QLatin1Char(' ')
                + QCoreApplication::translate("daicho::CheckpointSigning", "The first entry that fails is No. %1.")
                      .arg(verified->firstBadSeq);
        message += QLatin1Char(' ')
                   + QCoreApplication::translate("daicho::CheckpointSigning",
                                                 "A checkpoint would vouch for it. The chief and the auditor look at "
                                                 "the failure first; sign once the trail verifies again.");
        return makeError(ErrorCode::Tampered, message);
    }
    Result<CheckpointCode> code = Checkpoint::sign(session);
    if (!code)
        return code.error();
    return VerifiedCheckpoint{code.value(), verified.value()};
}

} // namespace daicho
