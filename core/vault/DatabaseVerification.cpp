#include "vault/DatabaseVerification.h"

#include "audit/internal/TrailVerification.h"
#include "auth/Permission.h"
#include "store/KeySlotFile.h"
#include "vault/internal/ChainAnchors.h"

namespace daicho {

Result<VerifyReport> verifyDatabase(const Session& session, const QList<CheckpointCode>& printedCodes)
{
    DAICHO_TRY(requirePermission(session, Operation::VerifyAuditTrail));
    auto report = verifyAuditTrail(session.db(), printedCodes);
    if (!report || !report->ok)
        return report;
    auto file = KeySlotFile::load(session.paths().keys());
    if (!file)
        return file.error();
    auto anchors = ChainAnchors::findProblem(session.db(), file.value());
    if (!anchors)
        return anchors.error();
    QStringList problems;
    if (anchors.value())
        problems << anchors.value()->message;
    auto missing = ChainAnchors::findMissingOrStale(session.db(), file.value());
    if (!missing)
        return missing.error();
    problems << missing.value();
    for (const QString& notice : session.notices())
        if (!problems.contains(notice) && session.verificationOnly())
            problems << notice;
    if (!problems.isEmpty()) {
        report->ok = false;
        report->problem = problems.join(QLatin1Char('\n'));
    }
    return report;
}

} // namespace daicho
