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

// What the trail says of a revision or decision recorded alone: the entry it belongs to (its
// entry's `entry` and `form`), and whether it began the entry (ledger.add, revision No. 1).
struct DisposedRowOwner {
    std::int64_t entry = 0;
    QString form;
    bool added = false;
};

// Revisions an import recorded together, each the first and only revision of a new entry of
// one form (LedgerBulkWriter).
struct ImportedRevisions {
    std::int64_t first = 0;
    std::int64_t last = 0;
    QString form;
};

// What the walk over the chain gathers for the checks of the rows afterwards.
struct Walk {
    TrailAuthority authority;
    std::map<std::pair<QString, QString>, std::pair<QByteArray, std::int64_t>> latestDigest; // row -> digest, seq
    std::map<QString, std::vector<RecordedRows>> appendOnlyRows; // ledger revisions and decisions
    std::map<std::int64_t, QByteArray> codedHashes; // the entries that given codes name
    // Of the revisions and decisions disposal runs say they removed (disposedRowOwners): the
    // entry each one's audit entry names, and the imports' ranges of revisions.
    std::map<QString, std::map<std::int64_t, DisposedRowOwner>> disposedRowOwners;
    std::vector<ImportedRevisions> importedRevisions;
    int retentionVersion = 1; // the latest version of the centre's periods (1: Daicho's defaults)
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
    // The row as each step recorded it (digest and seq), and who took the steps: what the
    // chief approved stays (the confirmer signs the whole row too), and what a run removed
    // stays what the run recorded.
    std::map<QString, std::pair<QByteArray, std::int64_t>> approvedRow;
    std::map<QString, std::pair<QByteArray, std::int64_t>> ranRow;
    std::map<QString, std::int64_t> confirmers;
    std::map<QString, std::int64_t> runners;
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
        if (allowed) {
            approvers[e.targetId] = *e.userId;
            steps.approvedRow[e.targetId] = {e.rowDigest, e.seq};
        }
    } else if (e.action == QLatin1String("disposal.confirm")) {
        const auto approver = approvers.find(e.targetId);
        allowed = (role == static_cast<int>(Role::ActingChief) || role == static_cast<int>(Role::Auditor))
                  && approver != approvers.end() && approver->second != e.userId && !steps.confirmed.count(e.targetId);
        steps.confirmed.insert(e.targetId);
        if (allowed)
            steps.confirmers[e.targetId] = *e.userId;
    } else if (e.action == QLatin1String("disposal.run")) {
        allowed =
            role == static_cast<int>(Role::Chief) && steps.confirmed.count(e.targetId) && !steps.run.count(e.targetId);
        steps.run.insert(e.targetId);
        if (allowed) {
            steps.ranRow[e.targetId] = {e.rowDigest, e.seq};
            steps.runners[e.targetId] = *e.userId;
        }
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

struct RowsProblem {
    std::int64_t seq = 0;
    QString text;
};

QString changedRun(const QString& id)
{
    return QCoreApplication::translate("daicho::AuditVerifier",
                                       "Disposal run %1 is not what its steps recorded: it was changed outside Daicho.")
        .arg(id);
}

// Whether every id of `inner` is one of `outer`.
bool within(const IdRanges& inner, const IdRanges& outer)
{
    for (const IdRanges::Range& r : inner.ranges())
        if (outer.countBelow(r.last + 1) - outer.countBelow(r.first) != r.last - r.first + 1)
            return false;
    return true;
}

// Each run's row against its steps: the plan (year, method, register, list, holds) as the chief
// approved it — the confirmer signs the whole row, and must not change what they confirm —, the
// people the row names as those who signed the steps, and a done run's row as the chief's run
// left it (only the backups recorded destroyed are added later), removing only entries the
// chief approved and the second person confirmed.
Result<std::optional<RowsProblem>> disposalRunsProblem(const Database& db, const DisposalSteps& steps)
{
    // disposal_runs as it stood at the approval: the columns the later steps fill, empty.
    static const std::map<QString, QString> kAtApproval = {{QStringLiteral("state"), QStringLiteral("'approved'")},
                                                           {QStringLiteral("confirmed_by"), QStringLiteral("NULL")},
                                                           {QStringLiteral("confirmed_at"), QStringLiteral("NULL")},
                                                           {QStringLiteral("done_by"), QStringLiteral("NULL")},
                                                           {QStringLiteral("done_at"), QStringLiteral("NULL")},
                                                           {QStringLiteral("disposed"), QStringLiteral("NULL")},
                                                           {QStringLiteral("summary"), QStringLiteral("NULL")},
                                                           {QStringLiteral("record_entry_id"), QStringLiteral("NULL")},
                                                           {QStringLiteral("last_entry_id"), QStringLiteral("0")},
                                                           {QStringLiteral("last_revision_id"), QStringLiteral("0")},
                                                           {QStringLiteral("last_approval_id"), QStringLiteral("0")},
                                                           {QStringLiteral("backups"), QStringLiteral("''")}};
    auto info = db.prepare(QStringLiteral("PRAGMA table_info(disposal_runs)"));
    if (!info)
        return info.error();
    QStringList approvedColumns;
    QStringList ranColumns;
    DAICHO_TRY(info->forEach([&](const Statement& column) {
        const QString name = column.text(1);
        const auto empty = kAtApproval.find(name);
        approvedColumns << (empty == kAtApproval.end() ? name : empty->second + QStringLiteral(" AS ") + name);
        ranColumns << (name == QLatin1String("backups") ? QStringLiteral("'' AS backups") : name);
        return true;
    }));
    const auto digestAs = [&](const QStringList& columns, const QString& id) -> Result<QByteArray> {
        auto row =
            db.firstRow(QStringLiteral("SELECT %1 FROM disposal_runs WHERE id = ?").arg(columns.join(u", ")), id);
        if (!row)
            return row.error();
        return row->has_value() ? digestOfRow(row->value(), QStringLiteral("disposal_runs"), id) : QByteArray();
    };
    auto rows = db.prepare(QStringLiteral(
        "SELECT id, approved_by, confirmed_by, done_by, state, planned, disposed FROM disposal_runs ORDER BY id"));
    if (!rows)
        return rows.error();
    std::optional<RowsProblem> found;
    std::optional<Error> failed;
    DAICHO_TRY(rows->forEach([&](const Statement& row) {
        const QString id = row.text(0);
        const auto approved = steps.approvedRow.find(id);
        auto asApproved = digestAs(approvedColumns, id);
        if (!asApproved) {
            failed = asApproved.error();
            return false;
        }
        if (approved == steps.approvedRow.end() || asApproved.value() != approved->second.first) {
            found = RowsProblem{approved == steps.approvedRow.end() ? 0 : approved->second.second,
                                QCoreApplication::translate("daicho::AuditVerifier",
                                                            "Disposal run %1 no longer holds what the chief approved "
                                                            "(the list, the holds, the method, the register entry or "
                                                            "the fiscal year): it was changed outside Daicho.")
                                    .arg(id)};
            return false;
        }
        const auto confirmer = steps.confirmers.find(id);
        const bool confirmedAsSigned =
            confirmer == steps.confirmers.end() ? row.isNull(2) : !row.isNull(2) && row.integer(2) == confirmer->second;
        const auto runner = steps.runners.find(id);
        const bool ranAsSigned =
            runner == steps.runners.end() ? row.isNull(3) : !row.isNull(3) && row.integer(3) == runner->second;
        if (row.integer(1) != steps.approvers.at(id) || !confirmedAsSigned || !ranAsSigned) {
            found = RowsProblem{approved->second.second, changedRun(id)};
            return false;
        }
        const auto ran = steps.ranRow.find(id);
        if (ran == steps.ranRow.end())
            return true;
        auto asRun = digestAs(ranColumns, id);
        if (!asRun) {
            failed = asRun.error();
            return false;
        }
        auto planned = decodeDisposedRows(row.blob(5));
        auto disposed = decodeDisposedRows(row.blob(6));
        bool approvedOnly = planned && disposed;
        if (approvedOnly)
            for (const auto& [form, ids] : disposed->entriesByForm) {
                const auto plannedHere = planned->entriesByForm.find(form);
                approvedOnly =
                    approvedOnly
                    && (ids.empty()
                        || (plannedHere != planned->entriesByForm.end() && within(ids, plannedHere->second)));
            }
        if (asRun.value() != ran->second.first || !approvedOnly) {
            found = RowsProblem{ran->second.second,
                                QCoreApplication::translate("daicho::AuditVerifier",
                                                            "Disposal run %1 says it removed what its run did not "
                                                            "record, or entries the chief did not approve and the "
                                                            "second person did not confirm: it was changed outside "
                                                            "Daicho.")
                                    .arg(id)};
            return false;
        }
        return true;
    }));
    if (failed)
        return *failed;
    return found;
}

// Every revision and decision the runs removed is one the trail recorded of an entry they
// removed, of that entry's form: a kept entry's decision or correction listed as removed would
// vanish with the list row put back. Revisions of imports do not name their entry: each is the
// first revision of a new entry of the import's form, so each form's removed entries not begun
// by a removed ledger.add are exactly its removed revisions of imports.
std::optional<QString> disposedRowsProblem(const Walk& walk, const DisposedRows& disposed)
{
    const auto formOf = [&](std::int64_t entry) -> const QString* {
        for (const auto& [form, ids] : disposed.entriesByForm)
            if (ids.contains(entry))
                return &form;
        return nullptr;
    };
    const auto foreign = [](const QString& table, std::int64_t id) {
        return QCoreApplication::translate("daicho::AuditVerifier",
                                           "A disposal run says it removed row %1 of table %2, which the trail "
                                           "records of no entry the runs removed: it was removed outside Daicho.")
            .arg(id)
            .arg(table);
    };
    std::map<QString, std::int64_t> imported; // form -> removed revisions of imports
    std::map<QString, std::set<std::int64_t>> begun; // form -> removed entries whose ledger.add went too
    const std::pair<QString, const IdRanges*> tables[] = {{QStringLiteral("ledger_revisions"), &disposed.revisions},
                                                          {QStringLiteral("ledger_approvals"), &disposed.approvals}};
    for (const auto& [table, ids] : tables) {
        const auto recorded = walk.disposedRowOwners.find(table);
        for (const IdRanges::Range& r : ids->ranges())
            for (std::int64_t id = r.first; id <= r.last; ++id) {
                if (recorded != walk.disposedRowOwners.end()) {
                    if (const auto owner = recorded->second.find(id); owner != recorded->second.end()) {
                        const QString* form = formOf(owner->second.entry);
                        if (!form || *form != owner->second.form)
                            return foreign(table, id);
                        if (owner->second.added)
                            begun[*form].insert(owner->second.entry);
                        continue;
                    }
                }
                const auto import =
                    std::upper_bound(walk.importedRevisions.begin(), walk.importedRevisions.end(), id,
                                     [](std::int64_t v, const ImportedRevisions& range) { return v < range.first; });
                if (table == QLatin1String("ledger_revisions") && import != walk.importedRevisions.begin()
                    && std::prev(import)->last >= id) {
                    ++imported[std::prev(import)->form];
                    continue;
                }
                return foreign(table, id);
            }
    }
    std::set<QString> forms;
    for (const auto& [form, ids] : disposed.entriesByForm)
        forms.insert(form);
    for (const auto& [form, n] : imported)
        forms.insert(form);
    for (const QString& form : forms) {
        const auto ids = disposed.entriesByForm.find(form);
        const std::int64_t entries = ids == disposed.entriesByForm.end() ? 0 : ids->second.count();
        const auto importedHere = imported.find(form);
        if (entries - static_cast<std::int64_t>(begun[form].size())
            != (importedHere == imported.end() ? 0 : importedHere->second))
            return QCoreApplication::translate("daicho::AuditVerifier",
                                               "The disposal runs say they removed entries of %1 whose first "
                                               "revisions the trail does not show removed with them, or first "
                                               "revisions of entries they did not remove: it was changed outside "
                                               "Daicho.")
                .arg(form);
    }
    return std::nullopt;
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
    // The revisions and decisions disposal runs say they removed, read before the walk only to
    // keep what the trail says of those (the runs' rows are checked after it).
    DisposedRows claimedGone;
    if (auto claimed = loadDisposedRows(db))
        claimedGone = std::move(claimed.value());
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
        // Each a new version, the next one (RetentionSettings::save): an entry is kept by the
        // version it was written under, so a version set again, or one for the past (version 1
        // is the defaults older entries are kept by), would change how long entries already
        // written are kept.
        if (e.targetTable == QLatin1String("retention_settings")) {
            if (e.targetId != QString::number(walk.retentionVersion + 1))
                return fail(e.seq, QCoreApplication::translate("daicho::AuditVerifier",
                                                               "Entry %1 sets the centre's retention periods as "
                                                               "version %2, but the next version was %3: a version "
                                                               "once set is never set again.")
                                       .arg(e.seq)
                                       .arg(e.targetId)
                                       .arg(walk.retentionVersion + 1));
            ++walk.retentionVersion;
        }
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
            const bool revision = e.targetTable == QLatin1String("ledger_revisions");
            if (revision && range) {
                walk.importedRevisions.push_back(
                    {range->first, range->last, auditDetailValue(e.detail, QStringLiteral("form"))});
            } else if (!range && (revision || e.targetTable == QLatin1String("ledger_approvals"))
                       && (revision ? claimedGone.revisions : claimedGone.approvals).contains(single)) {
                const DisposedRowOwner owner{auditDetailValue(e.detail, QStringLiteral("entry")).toLongLong(),
                                             auditDetailValue(e.detail, QStringLiteral("form")),
                                             e.action == QLatin1String("ledger.add")};
                // Recorded twice: whose it was is no longer known (the removed row cannot show it).
                if (auto [at, fresh] = walk.disposedRowOwners[e.targetTable].try_emplace(single, owner); !fresh)
                    at->second = DisposedRowOwner{};
            }
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
    {
        auto found = disposalRunsProblem(db, disposals);
        if (!found)
            return found.error();
        if (found.value())
            return finish(found.value()->seq, found.value()->text);
    }
    auto disposed = loadDisposedRows(db);
    if (!disposed) {
        if (disposed.error().code != ErrorCode::Tampered)
            return disposed.error();
        return finish(0, disposed.error().message);
    }
    std::sort(walk.importedRevisions.begin(), walk.importedRevisions.end(),
              [](const ImportedRevisions& a, const ImportedRevisions& b) { return a.first < b.first; });
    if (auto problem = disposedRowsProblem(walk, disposed.value()))
        return finish(0, *problem);
    // The ledgers: every revision and decision as recorded and by whom it may be, every list
    // row as they give it.
    auto authority = LedgerAuthority::load(db, walk.authority.people());
    if (!authority)
        return authority.error();
    auto cases = CaseAuthority::load(db, walk.authority.people());
    if (!cases)
        return cases.error();
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
