#include "audit/internal/CaseRowsCheck.h"

#include "calendar/JapaneseHolidays.h"
#include "cases/CaseAccess.h"
#include "cases/CaseKinds.h"
#include "cases/CaseProjection.h"
#include "cases/internal/CaseRecords.h"
#include "cases/internal/DeskVersions.h"
#include "cases/internal/StepValidation.h"
#include "common/JapaneseCalendar.h"
#include "ledger/internal/LedgerRecords.h"

#include <QCoreApplication>

#include <algorithm>
#include <set>
#include <vector>

namespace daicho {

namespace {

// Columns of case_events and desk_versions as declared (Migration010Cases.sql).
constexpr int kEventActor = 5;
constexpr int kDeskAuthor = 1;
constexpr int kDeskData = 3;

std::optional<LedgerRowsProblem> problem(std::int64_t seq, const QString& text)
{
    return LedgerRowsProblem{seq, text};
}

// What is wrong with the ledger entry a step says it wrote with it (様式1④ for an erasure,
// 第20条2項), or nothing: it must exist, be of the step's ledger, be written by the same person
// for the handling section with the step's fixed values, and be claimed by no other step.
std::optional<QString> stepRecordProblem(const Database& db, const CaseStep& step, const CaseEvent& e, std::int64_t at,
                                         std::optional<std::int64_t> section, std::set<std::int64_t>& claimed,
                                         const std::vector<std::pair<std::int64_t, DisposedRows>>& disposed)
{
    const StepRecord& r = *step.records;
    const QVariant id = e.values.value(r.entryKey);
    // A record a disposal run removed at the end of its period (第20条1項(4)): the run's signed
    // record says it was an entry of that ledger; what it held cannot be compared any more. Only
    // a run after the step (entry `at`): a step recorded later cannot have written an entry
    // already gone.
    const auto removedAfter = [&](std::int64_t entry) {
        for (const auto& [runSeq, rows] : disposed) {
            const auto ids = rows.entriesByForm.find(r.formId);
            if (runSeq > at && ids != rows.entriesByForm.end() && ids->second.contains(entry))
                return true;
        }
        return false;
    };
    if (id.isValid() && removedAfter(id.toLongLong()) && claimed.insert(id.toLongLong()).second)
        return std::nullopt;
    auto revisions = id.isValid() ? LedgerReader::loadRevisions(db, id.toLongLong()) : QList<LedgerRevision>();
    bool sound = revisions && !revisions->isEmpty() && claimed.insert(id.toLongLong()).second;
    if (sound) {
        const LedgerRevision& first = revisions->first();
        sound = first.formId == r.formId && first.authorId == e.actorId && first.departmentId == section
                && first.values.value(r.writerField).toLongLong() == e.actorId;
        // Written with the step: its items are the step's own (an earlier, unrelated ④ entry of
        // the same clerk does not stand in for the erasure the request obtained).
        for (const FieldDefinition& item : step.form.fields)
            sound = sound && first.values.value(item.key) == e.values.value(item.key);
        for (auto it = r.fixed.cbegin(); sound && it != r.fixed.cend(); ++it)
            sound = first.values.value(it.key()) == it.value();
    }
    if (sound)
        return std::nullopt;
    return QCoreApplication::translate("daicho::AuditVerifier",
                                       "records 「%1」 without the ledger entry Daicho writes with it (%2)")
        .arg(step.labelJa, step.article);
}

} // namespace

Result<CaseAuthority> CaseAuthority::load(const Database& db, const PeopleRecord& people)
{
    CaseAuthority authority(people);
    auto tree = DepartmentTree::load(db);
    if (!tree)
        return tree.error();
    authority.m_departments = std::move(tree.value());
    auto runs = db.prepare(QStringLiteral(
        "SELECT r.disposed, (SELECT max(seq) FROM audit_log a WHERE a.action = 'disposal.run' AND a.target_table = "
        "'disposal_runs' AND a.target_id = CAST(r.id AS TEXT)) FROM disposal_runs r WHERE r.state = 'done' ORDER BY "
        "r.id"));
    if (!runs)
        return runs.error();
    std::optional<Error> failed;
    DAICHO_TRY(runs->forEach([&](const Statement& row) {
        auto rows = decodeDisposedRows(row.blob(0));
        if (!rows) {
            failed = rows.error();
            return false;
        }
        authority.m_removed.merge(rows.value());
        authority.m_disposed.emplace_back(row.isNull(1) ? 0 : row.integer(1), std::move(rows.value()));
        return true;
    }));
    if (failed)
        return *failed;
    return authority;
}

Result<std::optional<QString>> CaseAuthority::checkEvent(const Statement& row, const RecordedRows& covering)
{
    const std::int64_t id = row.integer(0);
    const std::int64_t actor = row.integer(kEventActor);
    if (covering.range || covering.signer != actor)
        return std::optional(QCoreApplication::translate(
                                 "daicho::AuditVerifier",
                                 "Entry %1 records step %2 of a case by person %3, but that person did not sign it: "
                                 "it was written outside Daicho.")
                                 .arg(covering.seq)
                                 .arg(id)
                                 .arg(actor));
    m_eventSeq[id] = covering.seq;
    return std::optional<QString>();
}

Result<std::optional<QString>> CaseAuthority::checkDeskVersion(const Statement& row, const RecordedRows& covering)
{
    const std::int64_t id = row.integer(0);
    const std::int64_t author = row.integer(kDeskAuthor);
    const Standing standing = m_people->standingAt(author, covering.seq);
    // The chief keeps the desk and sets the fees (第33条, 第39条2項); the acting chief stands in.
    if (covering.range || covering.signer != author
        || (standing.role != Role::Chief && standing.role != Role::ActingChief))
        return std::optional(QCoreApplication::translate(
                                 "daicho::AuditVerifier",
                                 "Entry %1 records version %2 of the desk's data, but its signer was not the chief "
                                 "officer or the acting chief who wrote it: it was written outside Daicho.")
                                 .arg(covering.seq)
                                 .arg(id));
    // Numbered as SQLite numbers them when Daicho saves a version: the next id, in the order
    // recorded. A version planted at the highest id (9223372036854775807) would stay "the latest"
    // over every version the chief saves after it (SQLite then picks ids at random below it).
    if (id != m_lastDeskId + 1 || covering.seq <= m_lastDeskSeq)
        return std::optional(QCoreApplication::translate(
                                 "daicho::AuditVerifier",
                                 "Entry %1 records version %2 of the desk's data out of turn: Daicho numbers the "
                                 "versions 1, 2, 3 … in the order they are saved, and the next was %3. It was written "
                                 "outside Daicho.")
                                 .arg(covering.seq)
                                 .arg(id)
                                 .arg(m_lastDeskId + 1));
    m_lastDeskId = id;
    m_lastDeskSeq = covering.seq;
    // What RequestDesk::save accepts (第33条2項, 第39条2項): a version it would have refused
    // — unreadable, without the desk's phone, naming no department — stops every receipt or
    // prints a notice without the desk's details.
    auto settings = DeskSettings::fromJson(row.text(kDeskData));
    std::optional<QString> refused;
    if (!settings)
        refused = settings.error().message;
    else if (const QStringList problems = settings->problems(); !problems.isEmpty())
        refused = problems.first();
    else if (settings->deskDepartmentId && !m_departments.ids().contains(*settings->deskDepartmentId))
        refused = QCoreApplication::translate("daicho::RequestDesk", "Choose the desk's department from the list.");
    else if (std::any_of(settings->healthCheckSections.begin(), settings->healthCheckSections.end(),
                         [&](std::int64_t section) { return !m_departments.ids().contains(section); }))
        refused = QCoreApplication::translate("daicho::RequestDesk",
                                              "Choose the health-check sections from the list (第33条1項).");
    if (refused)
        return std::optional(QCoreApplication::translate(
                                 "daicho::AuditVerifier",
                                 "Entry %1 records version %2 of the desk's data with data Daicho would have refused "
                                 "(%3): it was written outside Daicho.")
                                 .arg(covering.seq)
                                 .arg(id)
                                 .arg(*refused));
    m_deskSeq[id] = covering.seq;
    return std::optional<QString>();
}

Result<std::optional<QString>> CaseAuthority::checkPublishedNotice(const Statement& row,
                                                                   const RecordedRows& covering) const
{
    const std::int64_t author = row.integer(kDeskAuthor); // the same column as a desk version's
    const Standing standing = m_people->standingAt(author, covering.seq);
    if (covering.range || covering.signer != author
        || (standing.role != Role::Chief && standing.role != Role::ActingChief))
        return std::optional(
            QCoreApplication::translate("daicho::AuditVerifier",
                                        "Entry %1 records version %2 of the public notice (第34条1項), "
                                        "but its signer was not the chief officer or the acting chief "
                                        "who published it: it was written outside Daicho.")
                .arg(covering.seq)
                .arg(row.integer(0)));
    return std::optional<QString>();
}

Result<std::optional<LedgerRowsProblem>> CaseAuthority::checkCases(const Database& db, std::int64_t& rowsChecked) const
{
    const DepartmentWithin within = [this](std::int64_t d, std::int64_t a) { return m_departments.within(d, a); };
    const ValidationContext context = LedgerReader::validationContext(db);
    // The desk version in force at an entry: the last one recorded before it. Versions were
    // checked to be recorded in id order, so the seqs rise with the ids: a binary search (a
    // walk over every version for every event would let many versions slow verification).
    std::vector<std::pair<std::int64_t, std::int64_t>> deskBySeq; // seq -> id, rising
    for (const auto& [id, recordedAt] : m_deskSeq)
        deskBySeq.emplace_back(recordedAt, id);
    auto deskAt = [&deskBySeq](std::int64_t seq) -> std::int64_t {
        auto after =
            std::lower_bound(deskBySeq.begin(), deskBySeq.end(), std::pair<std::int64_t, std::int64_t>(seq, 0));
        return after == deskBySeq.begin() ? 0 : std::prev(after)->second;
    };
    CaseId lastCase = 0; // the cases walked so far, in id order
    std::int64_t lastReceiptSeq = 0;

    auto caseIds = db.prepare(QStringLiteral("SELECT DISTINCT case_id FROM case_events ORDER BY case_id"));
    if (!caseIds)
        return caseIds.error();
    std::map<int, int> numbered; // fiscal year -> cases so far
    std::set<std::int64_t> claimedEntries; // ledger entries written with a step (様式1④)
    std::optional<LedgerRowsProblem> found;
    std::int64_t derivedCases = 0;
    const Status walked = caseIds->forEach([&](Statement& idRow) -> Status {
        const CaseId caseId = idRow.integer(0);
        auto events = loadCaseEvents(db, caseId);
        if (!events) {
            if (events.error().code != ErrorCode::Tampered)
                return events.error();
            found = problem(0, events.error().message);
            return makeError(ErrorCode::Cancelled, {});
        }
        const CaseKind* kind = CaseKinds::find(events->first().kind);
        if (!kind) {
            found = problem(
                0, QCoreApplication::translate("daicho::AuditVerifier", "Case %1 is of a kind Daicho does not know.")
                       .arg(caseId));
            return makeError(ErrorCode::Cancelled, {});
        }
        const auto seqOf = [this](const CaseEvent& e) {
            const auto seq = m_eventSeq.find(e.id);
            return seq == m_eventSeq.end() ? std::int64_t(0) : seq->second;
        };
        auto desk = loadDeskVersion(db, events->first().deskVersion);
        if (!desk) {
            found = problem(0, desk.error().message);
            return makeError(ErrorCode::Cancelled, {});
        }
        // The events follow the kind's steps from the receipt, numbered 1, 2, 3 …: the
        // projection of the whole case refuses anything else, naming the event.
        auto derived = projectCase(*kind, events.value(), desk->settings, JapaneseHolidays::shipped());
        if (!derived) {
            found = problem(0, derived.error().message);
            return makeError(ErrorCode::Cancelled, {});
        }
        // Numbered as CaseStore::receive numbers cases: the next id, in the order the receipts
        // were recorded. A case planted at the highest id (9223372036854775807) would make the
        // next number overflow and stop every later receipt.
        const std::int64_t receiptSeq = seqOf(events->first());
        // The cases a disposal run removed whole (第20条1項(4)) are left out of the count; one
        // of them still here was not removed as the run says.
        if (m_removed.containsCase(caseId)) {
            found = problem(receiptSeq, QCoreApplication::translate(
                                            "daicho::AuditVerifier",
                                            "Case %1 is still here although a disposal run says it removed it: the "
                                            "run's record was changed outside Daicho.")
                                            .arg(caseId));
            return makeError(ErrorCode::Cancelled, {});
        }
        CaseId expected = lastCase + 1;
        while (m_removed.containsCase(expected))
            ++expected;
        if (caseId != expected || receiptSeq <= lastReceiptSeq) {
            found = problem(receiptSeq,
                            QCoreApplication::translate(
                                "daicho::AuditVerifier",
                                "Entry %1 records the receipt of case %2 out of turn: Daicho numbers the cases 1, 2, "
                                "3 … in the order they are received, and the next was %3. It was written outside "
                                "Daicho.")
                                .arg(receiptSeq)
                                .arg(caseId)
                                .arg(expected));
            return makeError(ErrorCode::Cancelled, {});
        }
        lastCase = caseId;
        lastReceiptSeq = receiptSeq;
        // Each event, against the case as the events before it left it: the section the last
        // routing named, and the day of receipt — followed along the events once. (Projecting
        // every prefix again made a case of many steps quadratic to verify: a clerk's 20,000
        // contacts on one case took half a minute, 100,000 about ten.)
        std::optional<std::int64_t> section;
        std::optional<QDate> receivedOn;
        for (qsizetype i = 0; i < events->size(); ++i) {
            const CaseEvent& e = events->at(i);
            ++rowsChecked;
            const std::int64_t at = seqOf(e);
            if (e.deskVersion != deskAt(at)) {
                found = problem(at, QCoreApplication::translate(
                                        "daicho::AuditVerifier",
                                        "Entry %1 records a step of case %2 under version %3 of the desk's data, "
                                        "which was not the version in force: it was written outside Daicho.")
                                        .arg(at)
                                        .arg(caseId)
                                        .arg(e.deskVersion));
                return makeError(ErrorCode::Cancelled, {});
            }
            const CaseStep* step = kind->step(e.step);
            const CaseParties parties{desk->settings.deskDepartmentId, section};
            const Standing standing = m_people->standingAt(e.actorId, at);
            if (step && !actsAs(step->actors, {standing.role, standing.departmentId}, parties, within)) {
                found = problem(at, QCoreApplication::translate(
                                        "daicho::AuditVerifier",
                                        "Entry %1 records 「%2」 on case %3 by person %4, who as registrars recorded "
                                        "them then may not take that step (%5): it was written outside Daicho.")
                                        .arg(at)
                                        .arg(step->labelJa)
                                        .arg(caseId)
                                        .arg(e.actorId)
                                        .arg(actorsDisplayText(step->actors)));
                return makeError(ErrorCode::Cancelled, {});
            }
            if (step) {
                FieldValues values = e.values;
                std::optional<QString> recordProblem;
                if (step->records) {
                    recordProblem = stepRecordProblem(db, *step, e, at, section, claimedEntries, m_disposed);
                    values.remove(step->records->entryKey); // filled by Daicho, not an item
                }
                QList<Issue> issues = validateStep(*step, values, context);
                // An item the kind asks only since a later version, absent from an older step.
                issues.removeIf([&](const Issue& issue) {
                    return step->addedLater.contains(issue.field) && !values.contains(issue.field);
                });
                if (recordProblem)
                    issues.prepend(Issue{step->records->entryKey, *recordProblem, Issue::Severity::Error});
                const QDate recordedOn = japanDate(e.atUtc);
                for (const FieldDefinition& field : step->form.fields) {
                    const QDate date = e.values.value(field.key).toDate();
                    if (field.type != FieldType::Date || !date.isValid())
                        continue;
                    if (date > recordedOn
                        || (receivedOn && date < *receivedOn && field.key != QLatin1String("subject_birth")))
                        issues << Issue{field.key,
                                        QCoreApplication::translate("daicho::AuditVerifier", "a date out of order"),
                                        Issue::Severity::Error};
                }
                if (!issues.isEmpty()) {
                    found = problem(at, QCoreApplication::translate(
                                            "daicho::AuditVerifier",
                                            "Entry %1 records 「%2」 on case %3 with items Daicho would have refused "
                                            "(%4): it was written outside Daicho.")
                                            .arg(at)
                                            .arg(step->labelJa)
                                            .arg(caseId)
                                            .arg(issues.first().message));
                    return makeError(ErrorCode::Cancelled, {});
                }
            }
            if (const auto routed = sectionNamedBy(*kind, e))
                section = routed;
            if (i == 0)
                receivedOn = derived->receivedOn;
        }
        // Its number counts the cases of its year received before it, the removed ones too.
        derived->number =
            ++numbered[derived->fiscalYear] + static_cast<int>(m_removed.casesBelow(derived->fiscalYear, caseId));
        auto stored = loadCaseRecord(db, caseId);
        if (!stored)
            return stored.error();
        ++derivedCases;
        const auto sameClocks = [](const QList<CaseClockState>& a, const QList<CaseClockState>& b) {
            if (a.size() != b.size())
                return false;
            for (qsizetype k = 0; k < a.size(); ++k) {
                const auto bk = std::find_if(b.begin(), b.end(), [&](const auto& c) { return c.key == a[k].key; });
                if (bk == b.end() || bk->startOn != a[k].startOn || bk->dueOn != a[k].dueOn || bk->metOn != a[k].metOn
                    || bk->running != a[k].running || bk->flags != a[k].flags)
                    return false;
            }
            return true;
        };
        const CaseRecord& d = derived.value();
        if (!stored.value() || stored.value()->kind != d.kind || stored.value()->number != d.number
            || stored.value()->fiscalYear != d.fiscalYear || stored.value()->state != d.state
            || stored.value()->closed != d.closed || stored.value()->receivedOn != d.receivedOn
            || stored.value()->deskId != d.deskId || stored.value()->sectionId != d.sectionId
            || stored.value()->title != d.title || stored.value()->eventCount != d.eventCount
            || stored.value()->lastEventId != d.lastEventId || stored.value()->searchText != d.searchText
            || !sameClocks(stored.value()->clocks, d.clocks)) {
            found = problem(0, QCoreApplication::translate(
                                   "daicho::AuditVerifier",
                                   "Case %1 is not what its signed events say: its list row or its deadlines were "
                                   "changed outside Daicho.")
                                   .arg(caseId));
            return makeError(ErrorCode::Cancelled, {});
        }
        return {};
    });
    if (found)
        return found;
    if (!walked.ok())
        return walked.error();
    // No derived row without events: a case planted in the list would be shown and counted.
    auto rows = db.scalar(QStringLiteral("SELECT (SELECT count(*) FROM cases) || ' ' || "
                                         "(SELECT count(*) FROM case_clocks WHERE case_id NOT IN "
                                         "(SELECT case_id FROM case_events))"));
    if (!rows)
        return rows.error();
    const QStringList counts = rows->split(u' ');
    if (counts.value(0).toLongLong() != derivedCases || counts.value(1).toLongLong() != 0)
        return problem(0, QCoreApplication::translate(
                              "daicho::AuditVerifier",
                              "The list of cases holds a case without its signed events: it was added outside "
                              "Daicho."));
    return std::optional<LedgerRowsProblem>();
}

} // namespace daicho
