#include "retention/internal/DisposalCompaction.h"

#include "common/internal/CrashPoints.h"

namespace daicho {

Status compactAfterDisposals(Session& session)
{
    Database& db = session.db();
    const QString owedRuns = QStringLiteral(
        "FROM disposal_runs WHERE state = 'done' AND id NOT IN (SELECT run_id FROM disposal_compactions)");
    auto owed = db.hasRow(QStringLiteral("SELECT 1 ") + owedRuns);
    if (!owed)
        return owed.error();
    if (!owed.value())
        return {};
    DAICHO_TRY(db.compact());
    crashPoint("disposal.compacted");
    // Recorded only now: a kill before this compacts once more at the next sign-in, which is
    // harmless. The pages this writes hold nothing disposed of, so the checkpoint after it only
    // empties the WAL again, and a reader that keeps it from doing so changes nothing.
    DAICHO_TRY(
        db.run(QStringLiteral("INSERT INTO disposal_compactions (run_id, compacted_at) SELECT id, ? ") + owedRuns,
               session.clock().nowUtc().toUTC().toString(Qt::ISODateWithMs)));
    (void)db.checkpoint();
    return {};
}

} // namespace daicho
