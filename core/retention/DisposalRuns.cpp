#include "retention/DisposalRuns.h"

#include "audit/AuditLog.h"
#include "audit/internal/AuditRecords.h"
#include "audit/internal/TrailVerification.h"
#include "auth/Permission.h"
#include "cases/CaseKinds.h"
#include "common/EnumNames.h"
#include "common/JapaneseCalendar.h"
#include "common/internal/CrashPoints.h"
#include "ledger/FormRegistry.h"
#include "ledger/internal/EntryWriter.h"
#include "ledger/internal/SearchIndex.h"
#include "retention/internal/DisposalCompaction.h"
#include "retention/internal/DisposedRows.h"
#include "retention/internal/RowIds.h"

#include <QCoreApplication>

#include <algorithm>
#include <map>
#include <set>
#include <utility>
#include <vector>

namespace daicho {

namespace {

struct StateName {
    DisposalState value;
    const char* key;
    const char* name;
};
constexpr StateName kStates[] = {
    {DisposalState::Approved, "approved", QT_TRANSLATE_NOOP("daicho::Disposal", "Approved, awaiting confirmation")},
    {DisposalState::Confirmed, "confirmed", QT_TRANSLATE_NOOP("daicho::Disposal", "Confirmed, ready to run")},
    {DisposalState::Done, "done", QT_TRANSLATE_NOOP("daicho::Disposal", "Done")},
    {DisposalState::Cancelled, "cancelled", QT_TRANSLATE_NOOP("daicho::Disposal", "Cancelled")},
};

std::optional<DisposalState> stateFromKey(const QString& key)
{
    return enumNames::valueOfKey(kStates, key);
}

QString tr(const char* text)
{
    return QCoreApplication::translate("daicho::Disposal", text);
}

Error refused(const char* text)
{
    return makeError(ErrorCode::InvalidInput, tr(text));
}

QString nowText(const Session& session)
{
    return session.clock().nowUtc().toUTC().toString(Qt::ISODateWithMs);
}

QDate today(const Session& session)
{
    return japanDate(session.clock().nowUtc());
}

// One hold a line: the entry's id, or "c" and the case's, a tab and the reason.
QString holdsText(const QMap<EntryId, QString>& holds, const QMap<CaseId, QString>& caseHolds)
{
    QStringList lines;
    const auto line = [&](const QString& key, const QString& reason) {
        lines << key + QLatin1Char('\t') + QString(reason).replace(QLatin1Char('\n'), QLatin1Char(' '));
    };
    for (auto it = holds.cbegin(); it != holds.cend(); ++it)
        line(QString::number(it.key()), it.value());
    for (auto it = caseHolds.cbegin(); it != caseHolds.cend(); ++it)
        line(QLatin1Char('c') + QString::number(it.key()), it.value());
    return lines.isEmpty() ? QStringLiteral("") : lines.join(QLatin1Char('\n'));
}

void holdsFrom(const QString& text, QMap<EntryId, QString>& holds, QMap<CaseId, QString>& caseHolds)
{
    for (const QString& line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const qsizetype tab = line.indexOf(QLatin1Char('\t'));
        if (tab <= 0)
            continue;
        if (line.startsWith(QLatin1Char('c')))
            caseHolds.insert(line.mid(1, tab - 1).toLongLong(), line.mid(tab + 1));
        else
            holds.insert(line.left(tab).toLongLong(), line.mid(tab + 1));
    }
}

const QString kRunColumns = QStringLiteral(
    "id, fiscal_year, state, approved_by, approved_at, confirmed_by, confirmed_at, done_by, done_at, method, "
    "register_id, planned, holds, summary, record_entry_id, backups");

// `highestEntry`, `highestCase`: the highest entry and case ids the file has held
// (highestEntryId, nextCaseId): an approved list naming more is no list Daicho wrote, and is
// refused before it is spelled out id by id.
Result<DisposalRun> runFromRow(const Statement& row, std::int64_t highestEntry, std::int64_t highestCase)
{
    DisposalRun r;
    r.id = row.integer(0);
    r.fiscalYear = static_cast<int>(row.integer(1));
    const auto state = stateFromKey(row.text(2));
    auto planned = decodeDisposedRows(row.blob(11));
    bool withinFile = planned.ok();
    if (planned)
        for (const auto& [form, ids] : planned->entriesByForm)
            withinFile = withinFile && ids.highest() <= highestEntry;
    if (planned)
        for (const auto& [year, ids] : planned->casesByYear)
            withinFile = withinFile && ids.highest() <= highestCase;
    if (!state || !planned || !withinFile)
        return makeError(ErrorCode::Tampered,
                         QCoreApplication::translate("daicho::Disposal",
                                                     "The record of a disposal run cannot be read: it was changed "
                                                     "outside Daicho. Tell the auditor."));
    r.state = *state;
    r.approvedBy = row.integer(3);
    r.approvedAt = row.text(4);
    if (!row.isNull(5))
        r.confirmedBy = row.integer(5);
    r.confirmedAt = row.text(6);
    if (!row.isNull(7))
        r.doneBy = row.integer(7);
    r.doneAt = row.text(8);
    r.method = row.text(9);
    if (!row.isNull(10))
        r.registerId = row.integer(10);
    for (const auto& [form, ids] : planned->entriesByForm)
        for (const IdRanges::Range& range : ids.ranges())
            for (std::int64_t id = range.first; id <= range.last; ++id)
                r.planned << id;
    std::sort(r.planned.begin(), r.planned.end());
    for (const auto& [year, ids] : planned->casesByYear)
        for (const IdRanges::Range& range : ids.ranges())
            for (std::int64_t id = range.first; id <= range.last; ++id)
                r.plannedCases << id;
    std::sort(r.plannedCases.begin(), r.plannedCases.end());
    holdsFrom(row.text(12), r.holds, r.caseHolds);
    r.summary = row.text(13);
    if (!row.isNull(14))
        r.recordEntryId = row.integer(14);
    for (const QString& seq : row.text(15).split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        r.backupsDestroyed << seq.toLongLong();
    return r;
}

Result<std::int64_t> highestEntryId(const Database& db)
{
    auto v = db.scalar(QStringLiteral("SELECT max(coalesce((SELECT max(id) FROM ledger_entries), 0), "
                                      "coalesce((SELECT max(last_entry_id) FROM disposal_runs), 0))"));
    if (!v)
        return v.error();
    return v->toLongLong();
}

Result<DisposalRun> loadRun(const Database& db, std::int64_t id)
{
    auto highest = highestEntryId(db);
    if (!highest)
        return highest.error();
    auto nextCase = nextCaseId(db);
    if (!nextCase)
        return nextCase.error();
    auto row = db.firstRow(QStringLiteral("SELECT %1 FROM disposal_runs WHERE id = ?").arg(kRunColumns), id);
    if (!row)
        return row.error();
    if (!row->has_value())
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("daicho::Disposal", "There is no such disposal run."));
    return runFromRow(row->value(), highest.value(), nextCase.value() - 1);
}

Status auditRun(Session& session, const QString& action, std::int64_t id, const QString& detail)
{
    auto seq = AuditLog::append(session, {action, QStringLiteral("disposal_runs"), QString::number(id), detail});
    if (!seq)
        return seq.error();
    return {};
}

// A ledger, or a kind of request from individuals, as the 様式1④ record names it.
QString formTitle(const QString& formId)
{
    if (const CaseKind* kind = CaseKinds::find(formId))
        return QStringLiteral("%1の記録（%2〜）").arg(kind->titleJa, kind->requestForm);
    const FormDefinition* form = FormRegistry::find(formId);
    return form ? form->number + QLatin1Char(' ') + form->title : formId;
}

QString personName(const Database& db, std::optional<std::int64_t> id)
{
    if (!id)
        return {};
    auto name = db.firstRow(QStringLiteral("SELECT display_name FROM users WHERE id = ?"), *id);
    return name && name->has_value() ? name->value().text(0) : QString::number(*id);
}

// The digests of rows that go now but that an import's one entry covers with rows that stay:
// the verifier checks the kept rows against the import's digest, over every row in id order.
// Only the rows that go are read, and whether any row of the import stays is asked of the gaps
// between them alone (issue 13 §10: every row of the range was read twice, counted and then for
// the digests, the rows that stay as well).
Status digestsOfPartlyKeptImports(Database& db, const QString& table, const IdRanges& going,
                                  std::map<std::pair<QString, std::int64_t>, QByteArray>& out)
{
    auto imports = db.prepare(QStringLiteral("SELECT target_id FROM audit_log WHERE action = 'ledger.import' AND "
                                             "target_table = ?"),
                              table);
    if (!imports)
        return imports.error();
    std::vector<IdRange> ranges;
    DAICHO_TRY(imports->forEach([&](const Statement& row) {
        if (auto range = parseIdRange(row.text(0)))
            ranges.push_back(*range);
        return true;
    }));
    auto present = db.prepare(QStringLiteral("SELECT 1 FROM %1 WHERE id BETWEEN ? AND ? LIMIT 1").arg(table));
    auto rows = db.prepare(QStringLiteral("SELECT * FROM %1 WHERE id BETWEEN ? AND ? ORDER BY id").arg(table));
    if (!present)
        return present.error();
    if (!rows)
        return rows.error();
    const std::vector<IdRanges::Range>& all = going.ranges();
    for (const IdRange& range : ranges) {
        // The ids of the range that go, as runs of consecutive ids (every one a row of the
        // table: `going` was read from it in this transaction).
        std::vector<IdRanges::Range> here;
        auto at = std::lower_bound(all.cbegin(), all.cend(), range.first,
                                   [](const IdRanges::Range& r, std::int64_t id) { return r.last < id; });
        for (; at != all.cend() && at->first <= range.last; ++at)
            here.push_back({std::max(at->first, range.first), std::min(at->last, range.last)});
        if (here.empty())
            continue;
        // A row that stays can only be in a gap between them.
        bool kept = false;
        std::int64_t from = range.first;
        auto anyRow = [&](std::int64_t first, std::int64_t last) -> Result<bool> {
            present->reset();
            present->bind(1, first).bind(2, last);
            auto row = present->step();
            if (!row)
                return row.error();
            const bool found = row.value();
            present->reset();
            return found;
        };
        for (const IdRanges::Range& run : here) {
            if (run.first > from) {
                auto found = anyRow(from, run.first - 1);
                if (!found)
                    return found.error();
                kept = found.value();
            }
            if (kept)
                break;
            from = run.last + 1;
        }
        if (!kept && from <= range.last) {
            auto found = anyRow(from, range.last);
            if (!found)
                return found.error();
            kept = found.value();
        }
        if (!kept)
            continue; // the whole import goes (or what an earlier run left of it)
        for (const IdRanges::Range& run : here) {
            rows->reset();
            rows->bind(1, run.first).bind(2, run.last);
            DAICHO_TRY(rows->forEach([&](const Statement& row) {
                const std::int64_t id = row.integer(0);
                out[{table, id}] = digestOfRow(row, table, QString::number(id));
                return true;
            }));
        }
    }
    return {};
}

Result<IdRanges> idsOf(Database& db, const QString& sql)
{
    IdRanges ids;
    auto rows = db.prepare(sql);
    if (!rows)
        return rows.error();
    DAICHO_TRY(rows->forEach([&](const Statement& row) {
        ids.append(row.integer(0));
        return true;
    }));
    return ids;
}

Result<std::int64_t> highestId(Database& db, const QString& table, const QString& column)
{
    auto v = db.scalar(QStringLiteral("SELECT max(coalesce((SELECT max(id) FROM %1), 0), coalesce((SELECT max(%2) "
                                      "FROM disposal_runs), 0))")
                           .arg(table, column));
    if (!v)
        return v.error();
    return v->toLongLong();
}

// The 様式1④ record of the run (第20条2項): the date, the ledgers and how many entries of each,
// the method, who ran it and who confirmed it — no content of any record.
FieldValues deletionRecord(const Session& session, const DisposalRun& run, const std::map<QString, int>& counts)
{
    QStringList ledgers;
    for (const auto& [form, count] : counts)
        ledgers << QStringLiteral("%1 %2件").arg(formTitle(form)).arg(count);
    FieldValues v;
    v.insert(QStringLiteral("date"), today(session));
    v.insert(QStringLiteral("kind"), QStringLiteral("disposal"));
    if (run.registerId)
        v.insert(QStringLiteral("register"), QVariant::fromValue<qlonglong>(*run.registerId));
    v.insert(QStringLiteral("target"), QStringLiteral("database"));
    v.insert(QStringLiteral("disposed"),
             QStringLiteral("Daicho の台帳記録（保存期間を経過し、%1末に削除するもの）: %2")
                 .arg(formatFiscalYear(run.fiscalYear), ledgers.join(QStringLiteral("、"))));
    v.insert(QStringLiteral("method"), run.method);
    v.insert(QStringLiteral("disposed_by"), QStringLiteral("centre"));
    if (run.confirmedBy)
        v.insert(QStringLiteral("verifier"), QVariant::fromValue<qlonglong>(*run.confirmedBy));
    if (session.user().departmentId)
        v.insert(QStringLiteral("department"), QVariant::fromValue<qlonglong>(*session.user().departmentId));
    v.insert(QStringLiteral("staff"), QVariant::fromValue<qlonglong>(session.user().id));
    v.insert(QStringLiteral("note"),
             QStringLiteral("廃棄実行 第%1号（第20条1項(4)、保存期間経過後の年度末の削除）。承認：%2、確認：%3")
                 .arg(run.id)
                 .arg(personName(session.db(), run.approvedBy), personName(session.db(), run.confirmedBy)));
    return v;
}

// The 様式1④ record of backups destroyed after a run (第20条1項(2)・2項): the media, how, who —
// the backups named by when they were made, never what they held.
FieldValues backupsRecord(const Session& session, const DisposalRun& run, const QList<BackupBeforeRun>& backups,
                          const QList<std::int64_t>& seqs, const BackupDestruction& how)
{
    QStringList made;
    for (const BackupBeforeRun& b : backups)
        if (seqs.contains(b.seq))
            made << formatJapanDateTime(b.atUtc);
    FieldValues v;
    v.insert(QStringLiteral("date"), how.on);
    v.insert(QStringLiteral("kind"), QStringLiteral("disposal"));
    if (run.registerId)
        v.insert(QStringLiteral("register"), QVariant::fromValue<qlonglong>(*run.registerId));
    v.insert(QStringLiteral("target"), QStringLiteral("media"));
    v.insert(QStringLiteral("disposed"), QStringLiteral("Daicho のバックアップ（%1作成、廃棄 第%2号の前のもの）")
                                             .arg(made.join(QStringLiteral("、")))
                                             .arg(run.id));
    v.insert(QStringLiteral("method"), how.method);
    v.insert(QStringLiteral("disposed_by"), how.byContractor ? QStringLiteral("contractor") : QStringLiteral("centre"));
    if (how.byContractor)
        v.insert(QStringLiteral("certificate"), how.certificate.trimmed());
    // 確認者: who saw them destroyed — asked, not the run's confirmer, who confirmed its list only.
    v.insert(QStringLiteral("verifier"), QVariant::fromValue<qlonglong>(how.verifier));
    if (session.user().departmentId)
        v.insert(QStringLiteral("department"), QVariant::fromValue<qlonglong>(*session.user().departmentId));
    v.insert(QStringLiteral("staff"), QVariant::fromValue<qlonglong>(session.user().id));
    return v;
}

// The requests from individuals that go (様式8–14): each whole — its steps, its list row, its
// clocks — their step ids kept in `going` for the verifier.
Status deleteCases(Database& db, const QList<DueCase>& cases, DisposedRows& going)
{
    if (cases.isEmpty())
        return {};
    DAICHO_TRY(
        db.exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS disposal_going_cases (id INTEGER PRIMARY KEY)")));
    DAICHO_TRY(db.exec(QStringLiteral("DELETE FROM disposal_going_cases")));
    {
        auto put = db.prepare(QStringLiteral("INSERT INTO disposal_going_cases (id) VALUES (?)"));
        if (!put)
            return put.error();
        for (const DueCase& c : cases) {
            put->rewind();
            put->bind(1, c.id);
            DAICHO_TRY(put->run());
        }
    }
    auto events = idsOf(db, QStringLiteral("SELECT id FROM case_events WHERE case_id IN (SELECT id FROM "
                                           "disposal_going_cases) ORDER BY id"));
    if (!events)
        return events.error();
    going.caseEvents = events.value();
    DAICHO_TRY(
        db.exec(QStringLiteral("DELETE FROM case_clocks WHERE case_id IN (SELECT id FROM disposal_going_cases)")));
    DAICHO_TRY(db.exec(QStringLiteral("DELETE FROM cases WHERE id IN (SELECT id FROM disposal_going_cases)")));
    DAICHO_TRY(
        db.exec(QStringLiteral("DELETE FROM case_events WHERE case_id IN (SELECT id FROM disposal_going_cases)")));
    return db.exec(QStringLiteral("DELETE FROM disposal_going_cases"));
}

// Everything of a run up to its commit, inside the caller's transaction: what goes, deleted with
// all that was derived from it, its 様式1④ record and its audit entry. What it holds in memory
// (the schedule, the ids: about a kilobyte an entry) is freed before the caller compacts the
// file, whose copy is made in memory.
Result<EntryId> disposeWithin(Session& session, const DisposalRun& plan, std::int64_t id, DisposalOutcome& outcome)
{
    auto schedule = DisposalSchedules::schedule(session, plan.fiscalYear, plan.holds, plan.caseHolds);
    if (!schedule)
        return schedule.error();
    // What was approved and is still due, not held now, and past its period today (第20条1項(4)).
    // plan.planned and plan.plannedCases are in ascending order (runFromRow).
    const QDate now = today(session);
    std::vector<std::pair<EntryId, QString>> goes; // with its form
    std::set<QString> versions;
    for (const DueEntry& e : schedule->entries) {
        versions.insert(e.keeping.ruleVersion);
        if (!e.held() && std::binary_search(plan.planned.cbegin(), plan.planned.cend(), e.id)
            && e.keeping.keepUntil < now)
            goes.emplace_back(e.id, e.formId);
    }
    QList<DueCase> goingCases; // by id
    for (const DueCase& c : schedule->cases) {
        versions.insert(c.keeping.ruleVersion);
        if (!c.held() && std::binary_search(plan.plannedCases.cbegin(), plan.plannedCases.cend(), c.id)
            && c.keeping.keepUntil < now)
            goingCases << c;
    }
    // 第20条1項(4) 「毎年度末」: an approved record whose period ends this month, after today, would
    // wait a whole year for the next run. The run waits for it instead (it may run until 31 March).
    QDate lastKept;
    int notYet = 0;
    const auto later = [&](bool held, const QDate& keepUntil, bool planned) {
        if (!held && planned && keepUntil >= now && now <= schedule->disposalDay) {
            ++notYet;
            lastKept = std::max(lastKept, keepUntil);
        }
    };
    for (const DueEntry& e : schedule->entries)
        later(e.held(), e.keeping.keepUntil, std::binary_search(plan.planned.cbegin(), plan.planned.cend(), e.id));
    for (const DueCase& c : schedule->cases)
        later(c.held(), c.keeping.keepUntil,
              std::binary_search(plan.plannedCases.cbegin(), plan.plannedCases.cend(), c.id));
    if (notYet > 0)
        return makeError(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("daicho::Disposal",
                                        "%1 of the approved records are kept until %2: run the disposal "
                                        "on %3 or later (by %4), so that they go this year too.")
                .arg(notYet)
                .arg(formatWareki(lastKept), formatWareki(lastKept.addDays(1)), formatWareki(schedule->disposalDay)));
    schedule = DisposalSchedule{}; // not kept through the deletion
    std::sort(goes.begin(), goes.end());
    DisposedRows going;
    std::map<QString, int> counts;
    std::vector<EntryId> ordered; // ascending
    ordered.reserve(goes.size());
    for (const auto& [e, form] : goes) {
        going.entriesByForm[form].append(e);
        ++counts[form];
        ordered.push_back(e);
    }
    goes = {};
    for (const DueCase& c : goingCases) {
        going.casesByYear[c.fiscalYear].append(c.id);
        ++counts[c.kind];
    }
    if (ordered.empty() && goingCases.isEmpty())
        return refused(QT_TRANSLATE_NOOP(
            "daicho::Disposal",
            "None of the approved entries may go today: each is held now or its period has not passed "
            "yet. Run the disposal after the period has passed, or cancel it."));
    outcome.disposed = static_cast<int>(ordered.size() + goingCases.size());
    outcome.leftOut = static_cast<int>(plan.planned.size() + plan.plannedCases.size()) - outcome.disposed;

    Database& db = session.db();
    {
        DAICHO_TRY(db.exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS disposal_going (id INTEGER PRIMARY KEY)")));
        DAICHO_TRY(db.exec(QStringLiteral("DELETE FROM disposal_going")));
        {
            auto put = db.prepare(QStringLiteral("INSERT INTO disposal_going (id) VALUES (?)"));
            if (!put)
                return put.error();
            for (EntryId e : ordered) {
                put->rewind();
                put->bind(1, e);
                DAICHO_TRY(put->run());
            }
        }
        auto revisions = idsOf(db, QStringLiteral("SELECT id FROM ledger_revisions WHERE entry_id IN (SELECT id FROM "
                                                  "disposal_going) ORDER BY id"));
        if (!revisions)
            return revisions.error();
        auto approvals = idsOf(db, QStringLiteral("SELECT id FROM ledger_approvals WHERE entry_id IN (SELECT id FROM "
                                                  "disposal_going) ORDER BY id"));
        if (!approvals)
            return approvals.error();
        going.revisions = revisions.value();
        going.approvals = approvals.value();
        DAICHO_TRY(
            digestsOfPartlyKeptImports(db, QStringLiteral("ledger_revisions"), going.revisions, going.rangeDigests));
        DAICHO_TRY(
            digestsOfPartlyKeptImports(db, QStringLiteral("ledger_approvals"), going.approvals, going.rangeDigests));
        // No id is given again: the highest each table held is kept with the run.
        auto lastEntry = highestId(db, QStringLiteral("ledger_entries"), QStringLiteral("last_entry_id"));
        auto lastRevision = highestId(db, QStringLiteral("ledger_revisions"), QStringLiteral("last_revision_id"));
        auto lastApproval = highestId(db, QStringLiteral("ledger_approvals"), QStringLiteral("last_approval_id"));
        if (!lastEntry)
            return lastEntry.error();
        if (!lastRevision)
            return lastRevision.error();
        if (!lastApproval)
            return lastApproval.error();

        // Derived data first (the index, the list rows), then the signed rows: decisions before
        // the revisions they name.
        DAICHO_TRY(SearchIndex::removeEntries(db, ordered));
        DAICHO_TRY(db.exec(QStringLiteral("DELETE FROM ledger_approvals WHERE entry_id IN (SELECT id FROM "
                                          "disposal_going)")));
        DAICHO_TRY(db.exec(QStringLiteral("DELETE FROM ledger_entries WHERE id IN (SELECT id FROM disposal_going)")));
        // SQLite checks each revision deleted against the rows that may still name it (the
        // foreign keys of ledger_entries and ledger_approvals on revision_id). Neither column
        // has an index, so each check reads the kept rows of both tables whole: a million
        // revisions of a two-million-row ledger would take days (issue 13 §10). For the length
        // of this transaction both columns get an index, dropped again before the commit: the
        // same checks, each a lookup, and the schema as it was.
        DAICHO_TRY(db.exec(QStringLiteral("CREATE INDEX disposal_entries_by_revision ON ledger_entries(revision_id)")));
        DAICHO_TRY(
            db.exec(QStringLiteral("CREATE INDEX disposal_approvals_by_revision ON ledger_approvals(revision_id)")));
        DAICHO_TRY(db.exec(QStringLiteral("DELETE FROM ledger_revisions WHERE entry_id IN (SELECT id FROM "
                                          "disposal_going)")));
        db.rewindCached(); // a statement left on a row would keep the index from being dropped
        DAICHO_TRY(db.exec(QStringLiteral("DROP INDEX disposal_entries_by_revision")));
        DAICHO_TRY(db.exec(QStringLiteral("DROP INDEX disposal_approvals_by_revision")));
        DAICHO_TRY(db.exec(QStringLiteral("DELETE FROM disposal_going")));
        DAICHO_TRY(deleteCases(db, goingCases, going));
        crashPoint("disposal.deleted");

        QStringList summary;
        for (const auto& [form, count] : counts)
            summary << form + QLatin1Char('=') + QString::number(count);
        QStringList versionList(versions.cbegin(), versions.cend());
        DAICHO_TRY(db.run(QStringLiteral("UPDATE disposal_runs SET state = 'done', done_by = ?, done_at = ?, "
                                         "disposed = ?, summary = ?, last_entry_id = ?, last_revision_id = ?, "
                                         "last_approval_id = ? WHERE id = ?"),
                          session.user().id, nowText(session), encodeDisposedRows(going),
                          summary.join(QLatin1Char(';')), lastEntry.value(), lastRevision.value(), lastApproval.value(),
                          id));
        // 第20条2項: the deletion is recorded in 様式1, by the person who ran it.
        auto record = addEntryWithin(session, form1OperationsLog().id, deletionRecord(session, plan, counts));
        if (!record)
            return record.error();
        DAICHO_TRY(
            db.run(QStringLiteral("UPDATE disposal_runs SET record_entry_id = ? WHERE id = ?"), record.value(), id));
        DAICHO_TRY(
            auditRun(session, QStringLiteral("disposal.run"), id,
                     auditDetail({{QStringLiteral("fiscal_year"), QString::number(plan.fiscalYear)},
                                  {QStringLiteral("count"), QString::number(outcome.disposed)},
                                  {QStringLiteral("forms"), summary.join(QLatin1Char(','))},
                                  {QStringLiteral("rule_versions"), versionList.join(QLatin1Char(','))},
                                  {QStringLiteral("approved_by"), QString::number(plan.approvedBy)},
                                  {QStringLiteral("confirmed_by"), QString::number(plan.confirmedBy.value_or(0))},
                                  {QStringLiteral("record"), QString::number(record.value())}})));
        crashPoint("disposal.recorded");
        return record.value();
    }
}

// The second person confirms only what Daicho's approval would have listed. Once a run has
// removed a record, nothing is left to show when it fell due: a list the chief wrote with SQL
// (a kept request, years from its end, among the due ones, or the end of a fiscal year to come)
// and signed as their approval, once confirmed, would let a run of SQL remove it and verify.
// So the plan is read on a trail that verifies (a list row or a closing changed for the moment,
// to make a record look due, is named), in the confirmation's transaction, and every entry and
// case it names must be due, and not held (a stop of provision standing, say), at the end of a
// fiscal year begun already.
Status requireDuePlan(Session& session, std::int64_t id)
{
    auto verified = verifyAuditTrail(session.db());
    if (!verified)
        return verified.error();
    if (!verified->ok)
        return makeError(ErrorCode::Tampered,
                         QCoreApplication::translate("daicho::Disposal",
                                                     "The disposal was not confirmed: the audit trail does not verify "
                                                     "(%1). Tell the auditor.")
                             .arg(verified->problem));
    auto plan = loadRun(session.db(), id);
    if (!plan)
        return plan.error();
    if (plan->fiscalYear > fiscalYear(today(session)))
        return refused(QT_TRANSLATE_NOOP("daicho::Disposal",
                                         "This disposal is for the end of a fiscal year that has not begun: it can "
                                         "be confirmed from that year on."));
    auto schedule = DisposalSchedules::schedule(session, plan->fiscalYear, plan->holds, plan->caseHolds);
    if (!schedule)
        return schedule.error();
    const QList<EntryId> due = schedule->dueIds(); // ascending
    bool allDue = std::all_of(plan->planned.cbegin(), plan->planned.cend(),
                              [&](EntryId e) { return std::binary_search(due.cbegin(), due.cend(), e); });
    // Each case under the fiscal year of its receipt too: the kept cases' 受付番号 count the
    // removed ones of their year (a case listed under another year would renumber them).
    auto planned = session.db().firstRow(QStringLiteral("SELECT planned FROM disposal_runs WHERE id = ?"), id);
    if (!planned)
        return planned.error();
    auto cases = decodeDisposedRows(planned->has_value() ? planned->value().blob(0) : QByteArray());
    if (!cases)
        return cases.error();
    std::set<std::pair<int, CaseId>> dueCases;
    for (const DueCase& c : schedule->cases)
        if (!c.held())
            dueCases.emplace(c.fiscalYear, c.id);
    for (const auto& [year, ids] : cases->casesByYear)
        for (const IdRanges::Range& r : ids.ranges())
            for (CaseId c = r.first; allDue && c <= r.last; ++c)
                allDue = dueCases.count({year, c}) > 0;
    if (!allDue)
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("daicho::Disposal",
                                                     "The disposal was not confirmed: its list names records that are "
                                                     "not due at the end of %1, or that are held now (a request of "
                                                     "the same individual opened since, say). The chief cancels it "
                                                     "and approves it again; if nothing explains it, the list was "
                                                     "changed outside Daicho: tell the auditor.")
                             .arg(formatFiscalYear(plan->fiscalYear)));
    return {};
}

} // namespace

QString disposalTooEarlyText(const DisposalRun& run)
{
    return QCoreApplication::translate("daicho::Disposal",
                                       "A disposal at the end of %1 runs from %2 (第20条1項(4): at the end of each "
                                       "fiscal year). Approve and confirm it now; run it then.")
        .arg(formatFiscalYear(run.fiscalYear), formatWareki(run.firstRunDay()));
}

QString disposalStateKey(DisposalState state)
{
    return enumNames::keyOf(kStates, state);
}

QString disposalStateDisplayName(DisposalState state)
{
    return enumNames::displayNameOf(kStates, state, "daicho::Disposal");
}

namespace DisposalRuns {

Result<QList<DisposalRun>> list(const Session& session)
{
    DAICHO_TRY(requirePermission(session, Operation::ViewDisposal));
    auto highest = highestEntryId(session.db());
    if (!highest)
        return highest.error();
    auto nextCase = nextCaseId(session.db());
    if (!nextCase)
        return nextCase.error();
    QList<DisposalRun> runs;
    auto rows = session.db().prepare(QStringLiteral("SELECT %1 FROM disposal_runs ORDER BY id DESC").arg(kRunColumns));
    if (!rows)
        return rows.error();
    std::optional<Error> failed;
    DAICHO_TRY(rows->forEach([&](const Statement& row) {
        auto run = runFromRow(row, highest.value(), nextCase.value() - 1);
        if (!run) {
            failed = run.error();
            return false;
        }
        runs << run.value();
        return true;
    }));
    if (failed)
        return *failed;
    return runs;
}

Result<DisposalRun> load(const Session& session, std::int64_t id)
{
    DAICHO_TRY(requirePermission(session, Operation::ViewDisposal));
    return loadRun(session.db(), id);
}

Result<std::int64_t> approve(Session& session, int fiscalYear, const QMap<EntryId, QString>& holds,
                             const QString& method, EntryId registerId, const QMap<CaseId, QString>& caseHolds)
{
    DAICHO_TRY(requirePermission(session, Operation::ApproveDisposal));
    if (method != QLatin1String("erasure") && method != QLatin1String("deletion"))
        return refused(
            QT_TRANSLATE_NOOP("daicho::Disposal", "Choose how the records are deleted (the method of 様式1④)."));
    bool unexplained = false;
    for (auto it = caseHolds.cbegin(); it != caseHolds.cend(); ++it)
        unexplained = unexplained || it.value().trimmed().isEmpty();
    for (auto it = holds.cbegin(); it != holds.cend(); ++it)
        if (unexplained || it.value().trimmed().isEmpty())
            return refused(QT_TRANSLATE_NOOP(
                "daicho::Disposal", "Say why each held entry is kept: the reason is recorded with the disposal."));
    auto open =
        session.db().hasRow(QStringLiteral("SELECT 1 FROM disposal_runs WHERE state IN ('approved', 'confirmed')"));
    if (!open)
        return open.error();
    if (open.value())
        return refused(QT_TRANSLATE_NOOP("daicho::Disposal",
                                         "A disposal is already approved and not yet run. Run or cancel it first."));
    if (unexplained)
        return refused(QT_TRANSLATE_NOOP("daicho::Disposal",
                                         "Say why each held entry is kept: the reason is recorded with the disposal."));
    auto schedule = DisposalSchedules::schedule(session, fiscalYear, holds, caseHolds);
    if (!schedule)
        return schedule.error();
    if (schedule->dueCount() == 0)
        return refused(QT_TRANSLATE_NOOP("daicho::Disposal",
                                         "Nothing falls due at the end of this fiscal year that is not held."));
    DisposedRows planned;
    for (const DueEntry& e : schedule->entries)
        if (!e.held())
            planned.entriesByForm[e.formId].append(e.id);
    for (const DueCase& c : schedule->cases) // by id
        if (!c.held())
            planned.casesByYear[c.fiscalYear].append(c.id);
    return Transaction::run(session.db(), [&]() -> Result<std::int64_t> {
        DAICHO_TRY(session.db().run(
            QStringLiteral("INSERT INTO disposal_runs (fiscal_year, state, approved_by, approved_at, method, "
                           "register_id, planned, holds) VALUES (?, 'approved', ?, ?, ?, ?, ?, ?)"),
            fiscalYear, session.user().id, nowText(session), method, registerId, encodeDisposedRows(planned),
            holdsText(holds, caseHolds)));
        const std::int64_t id = session.db().lastInsertId();
        DAICHO_TRY(auditRun(session, QStringLiteral("disposal.approve"), id,
                            auditDetail({{QStringLiteral("fiscal_year"), QString::number(fiscalYear)},
                                         {QStringLiteral("count"), QString::number(schedule->dueCount())},
                                         {QStringLiteral("held"), QString::number(schedule->heldCount())}})));
        return id;
    });
}

Status confirm(Session& session, std::int64_t id)
{
    DAICHO_TRY(requirePermission(session, Operation::ConfirmDisposal));
    auto run = loadRun(session.db(), id);
    if (!run)
        return run.error();
    if (run->state != DisposalState::Approved)
        return refused(
            QT_TRANSLATE_NOOP("daicho::Disposal", "Only a disposal approved and not yet confirmed can be confirmed."));
    if (run->approvedBy == session.user().id)
        return makeError(ErrorCode::PermissionDenied,
                         QCoreApplication::translate("daicho::Disposal",
                                                     "You approved this disposal, so another person must confirm it."));
    const Status confirmed = Transaction::run(session.db(), [&]() -> Status {
        DAICHO_TRY(requireDuePlan(session, id));
        DAICHO_TRY(session.db().run(QStringLiteral("UPDATE disposal_runs SET state = 'confirmed', confirmed_by = ?, "
                                                   "confirmed_at = ? WHERE id = ?"),
                                    session.user().id, nowText(session), id));
        return auditRun(session, QStringLiteral("disposal.confirm"), id,
                        auditDetail({{QStringLiteral("approved_by"), QString::number(run->approvedBy)}}));
    });
    // The verification leaves cached statements standing on a row: each keeps a read open on
    // this connection, which the run's compaction on the chief's would wait for in vain.
    session.db().rewindCached();
    return confirmed;
}

Status cancel(Session& session, std::int64_t id)
{
    DAICHO_TRY(requirePermission(session, Operation::ApproveDisposal));
    auto run = loadRun(session.db(), id);
    if (!run)
        return run.error();
    if (run->state != DisposalState::Approved && run->state != DisposalState::Confirmed)
        return refused(QT_TRANSLATE_NOOP("daicho::Disposal", "This disposal has already been run or cancelled."));
    return Transaction::run(session.db(), [&]() -> Status {
        DAICHO_TRY(session.db().run(QStringLiteral("UPDATE disposal_runs SET state = 'cancelled' WHERE id = ?"), id));
        return auditRun(session, QStringLiteral("disposal.cancel"), id, QString());
    });
}

Result<DisposalOutcome> run(Session& session, std::int64_t id)
{
    DAICHO_TRY(requirePermission(session, Operation::ApproveDisposal));
    {
        auto loaded = loadRun(session.db(), id);
        if (!loaded)
            return loaded.error();
        if (loaded->state == DisposalState::Done)
            return refused(
                QT_TRANSLATE_NOOP("daicho::Disposal", "This disposal has already been run: its records are gone."));
        if (loaded->state != DisposalState::Confirmed)
            return refused(QT_TRANSLATE_NOOP(
                "daicho::Disposal",
                "A second person (the acting chief or the auditor) must confirm this disposal before it runs."));
        // 第20条1項(4) 「毎年度末」: a disposal runs in the last month of its fiscal year (31 March
        // may fall on a day the centre is closed), or later if it was missed — never months before.
        if (today(session) < loaded->firstRunDay())
            return makeError(ErrorCode::InvalidInput, disposalTooEarlyText(loaded.value()));
    }
    DisposalOutcome outcome;
    Database& db = session.db();
    auto done = Transaction::run(db, [&]() -> Result<EntryId> {
        // What falls due is read from the entries' list rows and revisions, and a run deletes what
        // would show a change made to them outside Daicho: nothing goes while the trail does not
        // verify (an entry made due with SQL would otherwise be disposed of, and its tampering
        // with it). Read in this transaction, with the plan and the schedule below.
        auto verified = verifyAuditTrail(db);
        if (!verified)
            return verified.error();
        if (!verified->ok)
            return makeError(ErrorCode::Tampered,
                             QCoreApplication::translate("daicho::Disposal",
                                                         "Nothing was disposed of: the audit trail does not verify "
                                                         "(%1). A disposal deletes records for good, so it runs only "
                                                         "on a trail that verifies. Tell the auditor.")
                                 .arg(verified->problem));
        auto loaded = loadRun(db, id);
        if (!loaded)
            return loaded.error();
        const DisposalRun& plan = loaded.value();
        if (plan.state != DisposalState::Confirmed)
            return refused(QT_TRANSLATE_NOOP(
                "daicho::Disposal",
                "A second person (the acting chief or the auditor) must confirm this disposal before it runs."));
        return disposeWithin(session, plan, id, outcome);
    });
    if (!done)
        return done.error();
    outcome.recordEntryId = done.value();
    crashPoint("disposal.committed");
    // None of the deleted text may stay in the file, its WAL or its free pages (secure_delete
    // zeroed the pages; the WAL still has the frames from before, and the file its old pages).
    // When this fails, the next sign-in compacts (DisposalCompaction).
    const Status compacted = compactAfterDisposals(session);
    outcome.compacted = compacted.ok();
    if (!compacted.ok())
        outcome.compactionProblem = compacted.error().message + QLatin1Char(' ') + compacted.error().detail;
    return outcome;
}

namespace {

// The holds of the latest disposal not cancelled, as set.
Status latestHolds(const Session& session, QMap<EntryId, QString>& holds, QMap<CaseId, QString>& caseHolds)
{
    DAICHO_TRY(requirePermission(session, Operation::ViewDisposal));
    auto latest = session.db().firstRow(
        QStringLiteral("SELECT holds FROM disposal_runs WHERE state <> 'cancelled' ORDER BY id DESC LIMIT 1"));
    if (!latest)
        return latest.error();
    if (latest->has_value())
        holdsFrom(latest->value().text(0), holds, caseHolds);
    return {};
}

// Those of `set` whose row is still in `table`.
template <typename Id>
Result<QMap<Id, QString>> stillKept(const Session& session, const QMap<Id, QString>& set, const QString& table)
{
    QMap<Id, QString> kept;
    for (auto it = set.cbegin(); it != set.cend(); ++it) {
        auto found = session.db().hasRow(QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(table), it.key());
        if (!found)
            return found.error();
        if (found.value())
            kept.insert(it.key(), it.value());
    }
    return kept;
}

} // namespace

Result<QMap<EntryId, QString>> standingHolds(const Session& session)
{
    QMap<EntryId, QString> holds;
    QMap<CaseId, QString> caseHolds;
    DAICHO_TRY(latestHolds(session, holds, caseHolds));
    return stillKept(session, holds, QStringLiteral("ledger_entries"));
}

Result<QMap<CaseId, QString>> standingCaseHolds(const Session& session)
{
    QMap<EntryId, QString> holds;
    QMap<CaseId, QString> caseHolds;
    DAICHO_TRY(latestHolds(session, holds, caseHolds));
    return stillKept(session, caseHolds, QStringLiteral("cases"));
}

Result<QList<BackupBeforeRun>> backupsBefore(const Session& session, std::int64_t id)
{
    DAICHO_TRY(requirePermission(session, Operation::ViewDisposal));
    auto run = loadRun(session.db(), id);
    if (!run)
        return run.error();
    QList<BackupBeforeRun> backups;
    if (run->state != DisposalState::Done)
        return backups;
    // Every backup made before the run's own entry holds what it removed (a backup is the
    // whole file).
    auto rows = session.db().prepare(
        QStringLiteral("SELECT b.seq, b.at_utc, coalesce(u.display_name, '') FROM audit_log b LEFT JOIN users u ON "
                       "u.id = b.user_id WHERE b.action = 'backup.make' AND b.seq < (SELECT max(seq) FROM audit_log "
                       "WHERE action = 'disposal.run' AND target_table = 'disposal_runs' AND target_id = ?) "
                       "ORDER BY b.seq"),
        QString::number(id));
    if (!rows)
        return rows.error();
    // A backup recorded destroyed after any run stays destroyed for the later ones.
    QList<std::int64_t> destroyed;
    {
        auto all = session.db().prepare(QStringLiteral("SELECT backups FROM disposal_runs"));
        if (!all)
            return all.error();
        DAICHO_TRY(all->forEach([&](const Statement& row) {
            for (const QString& seq : row.text(0).split(QLatin1Char('\n'), Qt::SkipEmptyParts))
                destroyed << seq.toLongLong();
            return true;
        }));
    }
    DAICHO_TRY(rows->forEach([&](const Statement& row) {
        BackupBeforeRun b;
        b.seq = row.integer(0);
        b.atUtc = row.text(1);
        b.madeBy = row.text(2);
        b.destroyed = destroyed.contains(b.seq);
        backups << b;
        return true;
    }));
    return backups;
}

Result<EntryId> recordBackupsDestroyed(Session& session, std::int64_t id, const QList<std::int64_t>& seqs,
                                       const BackupDestruction& how)
{
    DAICHO_TRY(requirePermission(session, Operation::ApproveDisposal));
    if (how.method != QLatin1String("erasure") && how.method != QLatin1String("destruction"))
        return refused(QT_TRANSLATE_NOOP("daicho::Disposal",
                                         "Choose how the backups were destroyed: erased by software or destroyed."));
    if (!how.on.isValid() || how.on > today(session))
        return refused(
            QT_TRANSLATE_NOOP("daicho::Disposal", "Enter the day the backups were destroyed: today or a day before."));
    if (how.verifier <= 0 || how.verifier == session.user().id)
        return refused(QT_TRANSLATE_NOOP(
            "daicho::Disposal", "Choose who confirmed the destruction (様式1④ 確認者): someone other than you."));
    if (how.byContractor && how.certificate.trimmed().isEmpty())
        return refused(
            QT_TRANSLATE_NOOP("daicho::Disposal", "Name the outside firm's certificate of destruction (第10条⑤)."));
    auto backups = backupsBefore(session, id);
    if (!backups)
        return backups.error();
    auto run = loadRun(session.db(), id);
    if (!run)
        return run.error();
    QList<std::int64_t> destroyed = run->backupsDestroyed;
    for (std::int64_t seq : seqs) {
        const bool known =
            std::any_of(backups->cbegin(), backups->cend(), [seq](const BackupBeforeRun& b) { return b.seq == seq; });
        if (!known)
            return refused(QT_TRANSLATE_NOOP("daicho::Disposal", "That backup was not made before this disposal."));
        if (!destroyed.contains(seq))
            destroyed << seq;
    }
    std::sort(destroyed.begin(), destroyed.end());
    QStringList lines;
    for (std::int64_t seq : destroyed)
        lines << QString::number(seq);
    return Transaction::run(session.db(), [&]() -> Result<EntryId> {
        DAICHO_TRY(session.db().run(QStringLiteral("UPDATE disposal_runs SET backups = ? WHERE id = ?"),
                                    lines.join(QLatin1Char('\n')), id));
        QStringList named;
        for (std::int64_t seq : seqs)
            named << QString::number(seq);
        // 第20条2項: a medium erased or destroyed is recorded in 様式1 like the data.
        auto record = addEntryWithin(session, form1OperationsLog().id,
                                     backupsRecord(session, run.value(), backups.value(), seqs, how));
        if (!record)
            return record.error();
        DAICHO_TRY(auditRun(session, QStringLiteral("disposal.backups_destroyed"), id,
                            auditDetail({{QStringLiteral("backups"), named.join(QLatin1Char(','))},
                                         {QStringLiteral("record"), QString::number(record.value())}})));
        return record.value();
    });
}

} // namespace DisposalRuns

} // namespace daicho
