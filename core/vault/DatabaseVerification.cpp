#include "vault/DatabaseVerification.h"

#include "audit/internal/TrailVerification.h"
#include "auth/Permission.h"
#include "auth/internal/SessionInternals.h"
#include "store/KeySlotFile.h"
#include "vault/internal/ChainAnchors.h"

#include <QCoreApplication>

namespace daicho {

namespace {

// What a session may be asked, copied: the background job must not read the session itself.
struct VerifiedFiles {
    VaultPaths paths;
    QStringList notices; // what sign-in would have refused, for a session opened only to verify
};

VerifiedFiles filesOf(const Session& session)
{
    return {session.paths(), session.verificationOnly() ? session.notices() : QStringList()};
}

Result<VerifyReport> verifyOn(const Database& db, const VerifiedFiles& files, const QList<CheckpointCode>& printedCodes,
                              const VerifyProgress& progress)
{
    // One snapshot for the whole run: the trail, then the tables, as they were together. An
    // entry written meanwhile (the page invites going on working) is no tampering.
    auto snapshot = ReadSnapshot::begin(db);
    if (!snapshot)
        return snapshot.error();
    auto report = verifyAuditTrail(db, printedCodes, progress);
    if (!report || !report->ok)
        return report;
    auto file = KeySlotFile::load(files.paths.keys());
    if (!file)
        return file.error();
    auto anchors = ChainAnchors::findProblem(db, file.value());
    if (!anchors)
        return anchors.error();
    QStringList problems;
    if (anchors.value())
        problems << anchors.value()->message;
    auto missing = ChainAnchors::findMissingOrStale(db, file.value());
    if (!missing)
        return missing.error();
    problems << missing.value();
    for (const QString& notice : files.notices)
        if (!problems.contains(notice))
            problems << notice;
    if (!problems.isEmpty()) {
        report->ok = false;
        report->problem = problems.join(QLatin1Char('\n'));
    }
    return report;
}

} // namespace

Result<VerifyReport> verifyDatabase(const Session& session, const QList<CheckpointCode>& printedCodes,
                                    const VerifyProgress& progress)
{
    DAICHO_TRY(requirePermission(session, Operation::VerifyAuditTrail));
    return verifyOn(session.db(), filesOf(session), printedCodes, progress);
}

Status verifyDatabaseInBackground(Session& session, const QList<CheckpointCode>& printedCodes, VerifyProgress progress,
                                  VerifyDone done)
{
    DAICHO_TRY(requirePermission(session, Operation::VerifyAuditTrail));
    const VerifiedFiles files = filesOf(session);
    SessionInternals::worker(session).post(
        [files, printedCodes, progress, done](const Database& db) {
            done(verifyOn(db, files, printedCodes, progress));
        },
        [done](const Error& error) { done(Result<VerifyReport>(error)); },
        [done] {
            done(Result<VerifyReport>(makeError(
                ErrorCode::Cancelled,
                QCoreApplication::translate("daicho::DatabaseVerification",
                                            "The verification did not run to the end (the database was locked, or "
                                            "another task took its place). Start it again."))));
        });
    return {};
}

} // namespace daicho
