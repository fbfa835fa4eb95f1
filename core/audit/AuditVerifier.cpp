#include "audit/AuditVerifier.h"

#include "audit/AuditLog.h"
#include "audit/internal/AuditRecords.h"
#include "audit/internal/CaseRowsCheck.h"
#include "audit/internal/LedgerAuthority.h"
#include "audit/internal/LedgerRowsCheck.h"
#include "audit/internal/SearchIndexCheck.h"
#include "audit/internal/TrailAuthority.h"
#include "audit/internal/TrailVerification.h"
#include "auth/internal/PolicySettings.h"
#include "auth/internal/SchemaUpgrade.h"
#include "crypto/Crypto.h"
#include "retention/internal/DisposedRows.h"
#include "store/Schema.h"

#include <QCoreApplication>

#include <map>
#include <set>

namespace daicho {

namespace {

// Thrown away as soon as one entry fails: the report names the first failure only.
struct Failure {
    std::int64_t seq;
    QString problem;
};

// What the walk over the chain gathers for the checks of the rows afterwards.
struct Walk {
    TrailAuthority authority;
    std::map<std::pair<QString, QString>, std::pair<QByteArray, std::int64_t>> latestDigest; // row -> digest, seq
    std::map<QString, std::vector<RecordedRows>> appendOnlyRows; // ledger revisions and decisions
    std::map<std::int64_t, QByteArray> codedHashes; // the entries that given codes name
};

// A person who is not a registrar vouches only for their own rows: their own user record,
// their own key slot (named by the sign-in ID a registrar gave them), their own signing
// keys; ledger rows name their author, which LedgerAuthority checks.
bool ownRow(const Walk& walk, const std::map<QString, QString>& slotOwners, const AuditEntry& e)
{
    if (!e.userId)
        return false;
    const QString me = QString::number(*e.userId);
    if (e.targetTable == QLatin1String("users"))
        return e.targetId == me;
    if (e.targetTable == QLatin1String("key_slots")) {
        auto owner = slotOwners.find(e.targetId);
        return owner != slotOwners.end() && owner->second == me;
    }
    if (e.targetTable == QLatin1String("signing_keys")) {
        const SigningKeyRecord* key = walk.authority.keys().key(e.targetId.toLongLong());
        return key && key->userId == e.userId;
    }
    // The second person of a disposal (the auditor) confirms the chief's row (DisposalRuns).
    if (e.targetTable == QLatin1String("disposal_runs"))
        return e.action == QLatin1String("disposal.confirm");
    return Schema::appendOnlyTables().contains(e.targetTable);
}

// A disposal is the chief's, confirmed by the acting chief or the auditor who did not approve
// it (issue 13 §4): an entry about one signed by anyone else was written outside Daicho. The
// approver of each run, by the run's id.
struct DisposalSteps {
    std::map<QString, std::int64_t> approvers; // disposal_runs.id -> the chief who approved it
    std::set<QString> confirmed;
    std::set<QString> run;
    std::map<QString, QString> lastAction;
};

std::optional<QString> disposalProblem(const Walk& walk, DisposalSteps& steps, const AuditEntry& e)
{
    if (e.targetTable != QLatin1String("disposal_runs"))
        return std::nullopt;
    auto& approvers = steps.approvers;
    steps.lastAction[e.targetId] = e.action;
    int role = -1; // no person: the recovery key takes no step of a disposal
    if (e.userId)
        if (const auto standing = walk.authority.people().standingAt(*e.userId, e.seq).role)
            role = static_cast<int>(*standing);
    bool allowed = false;
    if (e.action == QLatin1String("disposal.approve")) {
        allowed = role == static_cast<int>(Role::Chief) && e.userId && !approvers.count(e.targetId);
        if (allowed)
            approvers[e.targetId] = *e.userId;
    } else if (e.action == QLatin1String("disposal.confirm")) {
        const auto approver = approvers.find(e.targetId);
        allowed = (role == static_cast<int>(Role::ActingChief) || role == static_cast<int>(Role::Auditor))
                  && approver != approvers.end() && approver->second != e.userId && !steps.confirmed.count(e.targetId);
        steps.confirmed.insert(e.targetId);
    } else if (e.action == QLatin1String("disposal.run")) {
        allowed =
            role == static_cast<int>(Role::Chief) && steps.confirmed.count(e.targetId) && !steps.run.count(e.targetId);
        steps.run.insert(e.targetId);
    } else if (e.action == QLatin1String("disposal.cancel")) {
        allowed = role == static_cast<int>(Role::Chief) && approvers.count(e.targetId) && !steps.run.count(e.targetId);
    } else if (e.action == QLatin1String("disposal.backups_destroyed")) {
        allowed = role == static_cast<int>(Role::Chief) && steps.run.count(e.targetId);
    }
    if (allowed)
        return std::nullopt;
    return QCoreApplication::translate("daicho::AuditVerifier",
                                       "Entry %1 records a step of a disposal that its author may not take (the chief "
                                       "approves and runs it; the acting chief or the auditor who did not approve it "
                                       "confirms it).")
        .arg(e.seq);
}

} // namespace

QString keyFingerprintText(const QByteArray& publicKey)
{
    const QString hex = QString::fromLatin1(crypto::sha256(publicKey).left(16).toHex()).toUpper();
    QStringList groups;
    for (int i = 0; i < hex.size(); i += 4)
        groups << hex.mid(i, 4);
    return groups.join(QLatin1Char(' '));
}

Result<VerifyReport> verifyAuditTrail(const Database& db, const QList<CheckpointCode>& checkpoints,
                                      const VerifyProgress& progress)
{
    VerifyReport report;
    auto databaseId = db.scalar(QStringLiteral("SELECT value FROM meta WHERE key = 'database_id'"));
    if (!databaseId)
        return databaseId.error();

    // The steps a progress bar counts: each entry of the trail (its signature), then each entry
    // of the ledgers (its list row derived again) — where the time goes.
    std::int64_t total = 0;
    std::int64_t done = 0;
    bool stopped = false;
    if (progress) {
        auto steps = db.scalar(
            QStringLiteral("SELECT (SELECT count(*) FROM audit_log) + (SELECT count(*) FROM ledger_entries)"));
        if (!steps)
            return steps.error();
        total = steps->toLongLong();
        stopped = !progress(0, total);
    }
    const auto step = [&]() {
        ++done;
        if (progress && !stopped && (done % 256 == 0 || done == total))
            stopped = !progress(done, total);
        return !stopped;
    };
    const auto stop = [] { return verificationStopped(); };

    Walk walk;
    std::set<std::int64_t> codedSeqs;
    for (const CheckpointCode& code : checkpoints)
        codedSeqs.insert(code.seq);
    std::map<QString, QString> slotOwners; // sign-in ID (= slot ID) -> user id, as registrars recorded
    DisposalSteps disposals;
    QByteArray previousHash = AuditLog::genesisHash(QByteArray::fromHex(databaseId->toLatin1()));
    std::int64_t expectedSeq = 1;
    std::optional<Failure> failure;

    auto fail = [&](std::int64_t seq, const QString& problem) {
        failure = Failure{seq, problem};
        return makeError(ErrorCode::Tampered, problem);
    };

    const Status walked = AuditLog::forEachEntry(db, [&](const AuditEntry& e) -> Status {
        if (!step())
            return stop();
        if (e.seq != expectedSeq)
            return fail(e.seq,
                        QCoreApplication::translate("daicho::AuditVerifier",
                                                    "Entry %1 is missing or out of order: the next entry found is %2.")
                            .arg(expectedSeq)
                            .arg(e.seq));
        if (e.prevHash != previousHash)
            return fail(e.seq, QCoreApplication::translate(
                                   "daicho::AuditVerifier",
                                   "Entry %1 does not follow entry %2: an entry was changed, removed or reordered.")
                                   .arg(e.seq)
                                   .arg(e.seq - 1));
        if (crypto::sha256(e.canonicalBytes()) != e.entryHash)
            return fail(e.seq, QCoreApplication::translate("daicho::AuditVerifier",
                                                           "Entry %1 has been altered after it was written.")
                                   .arg(e.seq));

        if (auto problem = walk.authority.admit(e))
            return fail(e.seq, problem->text);
        const bool registrar = walk.authority.signedByRegistrar(e);
        if (registrar && e.action == QLatin1String("user.add"))
            slotOwners[auditDetailValue(e.detail, QStringLiteral("login"))] = e.targetId;
        if (!registrar && !e.targetTable.isEmpty() && !ownRow(walk, slotOwners, e))
            return fail(e.seq, QCoreApplication::translate("daicho::AuditVerifier",
                                                           "Entry %1 changes something its author may not change.")
                                   .arg(e.seq));
        if (auto problem = disposalProblem(walk, disposals, e))
            return fail(e.seq, *problem);
        // The centre's own policies are the chief's alone (第7条2項①⑧): Settings refuses anyone
        // else, the acting chief too, so an entry about one signed by another was written
        // outside Daicho.
        if (e.targetTable == QLatin1String("settings") && isChiefsPolicy(e.targetId)
            && (!e.userId || walk.authority.people().standingAt(*e.userId, e.seq).role != Role::Chief))
            return fail(e.seq, QCoreApplication::translate("daicho::AuditVerifier",
                                                           "Entry %1 changes a policy of the centre (%2), which only "
                                                           "the chief officer changes, but the chief officer did not "
                                                           "sign it.")
                                   .arg(e.seq)
                                   .arg(e.targetId));
        // The centre's retention periods are the chief officer's alone, like its policies.
        if (e.targetTable == QLatin1String("retention_settings")
            && (!e.userId || walk.authority.people().standingAt(*e.userId, e.seq).role != Role::Chief))
            return fail(e.seq, QCoreApplication::translate("daicho::AuditVerifier",
                                                           "Entry %1 sets the centre's retention periods, which only "
                                                           "the chief officer sets, but the chief officer did not "
                                                           "sign it.")
                                   .arg(e.seq));
        // Only the auditor anchors the chain with a checkpoint (第15条).
        if (e.action == QLatin1String("checkpoint")
            && (!e.userId || walk.authority.people().standingAt(*e.userId, e.seq).role != Role::Auditor))
            return fail(e.seq,
                        QCoreApplication::translate("daicho::AuditVerifier",
                                                    "Entry %1 is a checkpoint, but its author is not the auditor.")
                            .arg(e.seq));
        if (codedSeqs.count(e.seq))
            walk.codedHashes[e.seq] = e.entryHash;
        if (Schema::appendOnlyTables().contains(e.targetTable)) {
            const auto range = parseIdRange(e.targetId);
            const std::int64_t single = e.targetId.toLongLong();
            walk.appendOnlyRows[e.targetTable].push_back(
                range ? RecordedRows{range->first, range->last, e.rowDigest, e.seq, true, e.userId}
                      : RecordedRows{single, single, e.rowDigest, e.seq, false, e.userId});
        } else if (!e.targetTable.isEmpty()) {
            walk.latestDigest[{e.targetTable, e.targetId}] = {e.rowDigest, e.seq};
        }

        previousHash = e.entryHash;
        report.headSeq = e.seq;
        report.headHash = e.entryHash;
        ++report.entriesChecked;
        ++expectedSeq;
        return {};
    });
    if (stopped)
        return stop();
    if (!walked.ok() && !failure)
        return walked.error(); // the database could not be read

    auto finish = [&](std::int64_t seq, const QString& problem) {
        report.ok = false;
        report.firstBadSeq = seq;
        report.problem = problem;
        return report;
    };
    if (failure)
        return finish(failure->seq, failure->problem);
    if (report.entriesChecked == 0)
        return finish(
            0, QCoreApplication::translate("daicho::AuditVerifier", "The audit trail is empty: it has been erased."));

    report.keyFingerprints = walk.authority.keys().publicKeys();

    // The schema version is no audited row: a file set back below what the trail upgraded it
    // to would have that upgrade run again in the name of whoever signs in next.
    {
        auto upgraded = highestSchemaUpgrade(db);
        if (!upgraded)
            return upgraded.error();
        auto version = db.scalar(QStringLiteral("PRAGMA user_version"));
        if (!version)
            return version.error();
        if (upgraded.value() && version->toInt() < upgraded.value()->version)
            return finish(upgraded.value()->seq,
                          QCoreApplication::translate("daicho::AuditVerifier",
                                                      "The database's schema version (%1) is lower than the one "
                                                      "entry %2 upgraded it to (%3): it was set back outside Daicho.")
                              .arg(version->toInt())
                              .arg(upgraded.value()->seq)
                              .arg(upgraded.value()->version));
    }

    // A missing printed position explains any row mismatch after it: report it first.
    for (const CheckpointCode& expected : checkpoints) {
        auto found = walk.codedHashes.find(expected.seq);
        if (found == walk.codedHashes.end())
            return finish(expected.seq, QCoreApplication::translate(
                                            "daicho::AuditVerifier",
                                            "Checkpoint %1 is not in the audit trail: the trail has been cut short "
                                            "or replaced by an older copy.")
                                            .arg(expected.seq));
        if (!expected.matches(found->second))
            return finish(expected.seq, QCoreApplication::translate(
                                            "daicho::AuditVerifier",
                                            "The code given for entry %1 does not match it. Check the code against "
                                            "the paper first; if it was typed right, the trail up to that entry has "
                                            "been rewritten.")
                                            .arg(expected.seq));
    }

    // Every audited row must be exactly what its latest entry recorded.
    for (const QString& table : Schema::auditedTables()) {
        std::set<QString> seen;
        auto pkName = Schema::primaryKeyColumn(db, table);
        if (!pkName)
            return pkName.error();
        // One pass over the whole table, each row's digest from the row read (a statement per
        // row cost more than the signatures on a large organisation).
        auto rows = db.prepare(QStringLiteral("SELECT * FROM %1").arg(table));
        if (!rows)
            return rows.error();
        int pkColumn = 0;
        for (int c = 0; c < rows->columnCount(); ++c)
            if (rows->columnName(c) == pkName.value())
                pkColumn = c;
        std::optional<VerifyReport> failed;
        DAICHO_TRY(rows->forEach([&](Statement& row) {
            const QString id = row.text(pkColumn);
            seen.insert(id);
            ++report.rowsChecked;
            auto latest = walk.latestDigest.find({table, id});
            if (latest == walk.latestDigest.end())
                failed = finish(0, QCoreApplication::translate(
                                       "daicho::AuditVerifier",
                                       "Row %1 of table %2 has no audit entry: it was added outside Daicho.")
                                       .arg(id, table));
            else if (digestOfRow(row, table, id) != latest->second.first)
                failed = finish(latest->second.second,
                                QCoreApplication::translate(
                                    "daicho::AuditVerifier",
                                    "Row %1 of table %2 differs from what entry %3 recorded: it was changed outside "
                                    "Daicho or put back from an older copy.")
                                    .arg(id, table)
                                    .arg(latest->second.second));
            return !failed;
        }));
        if (failed)
            return *failed;
        for (const auto& [row, recorded] : walk.latestDigest) {
            if (row.first == table && !recorded.first.isNull() && !seen.count(row.second))
                return finish(recorded.second,
                              QCoreApplication::translate(
                                  "daicho::AuditVerifier",
                                  "Row %1 of table %2, recorded by entry %3, has been deleted outside Daicho.")
                                  .arg(row.second, table)
                                  .arg(recorded.second));
        }
    }

    // Every person must be what registrars recorded: role, department, name, removal, lock.
    auto people = db.prepare(QStringLiteral("SELECT id FROM users ORDER BY id"));
    if (!people)
        return people.error();
    std::optional<QString> personProblem;
    DAICHO_TRY(people->forEach([&](Statement& row) -> Status {
        if (Status person = walk.authority.people().check(db, row.integer(0)); !person.ok()) {
            if (person.error().code != ErrorCode::Tampered)
                return person;
            if (!personProblem) // the first person found, as before
                personProblem = person.error().message;
        }
        return {};
    }));
    if (personProblem)
        return finish(0, *personProblem);

    // The ledgers: every revision and decision as recorded and by whom it may be, every list
    // row as they give it.
    auto authority = LedgerAuthority::load(db, walk.authority.people());
    if (!authority)
        return authority.error();
    auto cases = CaseAuthority::load(db, walk.authority.people());
    if (!cases)
        return cases.error();
    // What disposal runs removed, as their rows (checked above against the trail) record it —
    // a run the chief ran after its confirmation, and nobody's else word.
    {
        auto runs = db.prepare(QStringLiteral("SELECT id FROM disposal_runs WHERE state = 'done'"));
        if (!runs)
            return runs.error();
        std::optional<QString> unrun;
        DAICHO_TRY(runs->forEach([&](const Statement& row) {
            const QString id = row.text(0);
            const QString last = disposals.lastAction.count(id) ? disposals.lastAction.at(id) : QString();
            if (!disposals.run.count(id)
                || (last != QLatin1String("disposal.run") && last != QLatin1String("disposal.backups_destroyed")))
                unrun = id;
            return !unrun;
        }));
        if (unrun)
            return finish(0, QCoreApplication::translate("daicho::AuditVerifier",
                                                         "Disposal run %1 is marked done, but the chief did not run it "
                                                         "through Daicho: it was changed outside Daicho.")
                                 .arg(*unrun));
    }
    auto disposed = loadDisposedRows(db);
    if (!disposed)
        return disposed.error();
    for (const QString& table : Schema::appendOnlyTables()) {
        const AppendOnlyRowCheck check = [&](const Statement& row,
                                             const RecordedRows& covering) -> Result<std::optional<QString>> {
            if (table == QLatin1String("ledger_revisions"))
                return authority->checkRevision(row, covering);
            if (table == QLatin1String("ledger_approvals"))
                return authority->checkApproval(row, covering);
            if (table == QLatin1String("desk_versions"))
                return cases->checkDeskVersion(row, covering);
            if (table == QLatin1String("public_notices"))
                return cases->checkPublishedNotice(row, covering);
            return cases->checkEvent(row, covering);
        };
        auto found =
            checkAppendOnlyRows(db, table, walk.appendOnlyRows[table], check, report.rowsChecked, disposed.value());
        if (!found)
            return found.error();
        if (found.value())
            return finish(found.value()->seq, found.value()->problem);
    }
    {
        auto found = checkLedgerProjection(db, report.rowsChecked, step, disposed.value());
        if (!found)
            return found.error();
        if (found.value())
            return finish(found.value()->seq, found.value()->problem);
    }
    {
        auto found = cases->checkCases(db, report.rowsChecked);
        if (!found)
            return found.error();
        if (found.value())
            return finish(found.value()->seq, found.value()->problem);
    }
    {
        auto found = checkSearchIndex(db);
        if (!found)
            return found.error();
        if (found.value())
            return finish(found.value()->seq, found.value()->problem);
    }
    return report;
}

} // namespace daicho
