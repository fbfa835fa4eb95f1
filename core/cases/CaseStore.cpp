#include "cases/CaseStore.h"

#include "audit/AuditLog.h"
#include "audit/internal/AuditRecords.h"
#include "auth/internal/DepartmentTree.h"
#include "cases/CaseAccess.h"
#include "cases/CaseKinds.h"
#include "cases/CaseProjection.h"
#include "cases/internal/CaseRecords.h"
#include "cases/internal/DeskVersions.h"
#include "cases/internal/StepValidation.h"
#include "common/JapaneseCalendar.h"
#include "ledger/EntryCodec.h"
#include "ledger/FormRegistry.h"
#include "ledger/internal/EntryWriter.h"
#include "ledger/internal/LedgerRecords.h"
#include "retention/internal/RowIds.h"

#include <QCoreApplication>

namespace daicho {

namespace {

Result<const CaseKind*> findKind(const QString& id)
{
    const CaseKind* kind = CaseKinds::find(id);
    if (!kind)
        return makeError(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("daicho::CaseStore", "There is no kind of case called %1.").arg(id));
    return kind;
}

CaseStanding standingOf(const Session& session)
{
    return {session.role(), session.user().departmentId};
}

// A case as its events give it now, with the departments it is with.
struct LoadedCase {
    const CaseKind* kind = nullptr;
    QList<CaseEvent> events;
    CaseRecord record;
    CaseParties parties;
};

Result<LoadedCase> loadCase(const Database& db, CaseId id)
{
    auto events = loadCaseEvents(db, id);
    if (!events)
        return events.error();
    if (events->isEmpty())
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("daicho::CaseStore", "Case %1 does not exist.").arg(id));
    LoadedCase c;
    c.kind = CaseKinds::find(events->first().kind);
    auto record = deriveCase(db, events.value());
    if (!record)
        return record.error();
    c.events = std::move(events.value());
    c.record = std::move(record.value());
    c.parties = {c.record.deskId, c.record.sectionId};
    return c;
}

DepartmentWithin withinOf(const DepartmentTree& tree)
{
    return [&tree](std::int64_t department, std::int64_t ancestor) { return tree.within(department, ancestor); };
}

QList<Issue> retiredDepartmentIssues(const Database& db, const FormDefinition& form, const FieldValues& values)
{
    QList<Issue> issues;
    for (const FieldDefinition& field : form.fields) {
        if (field.type != FieldType::Department || !values.contains(field.key))
            continue;
        const auto retired = db.hasRow(QStringLiteral("SELECT 1 FROM department_retirements WHERE department_id = ?"),
                                       static_cast<std::int64_t>(values.value(field.key).toLongLong()));
        if (retired && retired.value())
            issues << Issue{
                field.key,
                QCoreApplication::translate("daicho::CaseStore",
                                            "This department is retired and takes no new cases. Choose one in use."),
                Issue::Severity::Error};
    }
    return issues;
}

// Dates in order: a step happened on or before today and on or after the receipt.
QList<Issue> dateIssues(const Session& session, const CaseStep& step, const FieldValues& values,
                        std::optional<QDate> receivedOn)
{
    QList<Issue> issues;
    const QDate today = japanDate(session.clock().nowUtc());
    for (const FieldDefinition& field : step.form.fields) {
        if (field.type != FieldType::Date || !values.value(field.key).toDate().isValid())
            continue;
        const QDate date = values.value(field.key).toDate();
        if (date > today)
            issues << Issue{field.key,
                            QCoreApplication::translate("daicho::CaseStore",
                                                        "「%1」 is after today (%2). Enter the day it happened.")
                                .arg(field.labelJa, formatWareki(today)),
                            Issue::Severity::Error};
        else if (receivedOn && date < *receivedOn && field.key != QLatin1String("subject_birth"))
            issues << Issue{field.key,
                            QCoreApplication::translate(
                                "daicho::CaseStore", "「%1」 is before the request was received (%2). Check the date.")
                                .arg(field.labelJa, formatWareki(*receivedOn)),
                            Issue::Severity::Error};
    }
    return issues;
}

Result<std::optional<std::int64_t>> proposalFor(const Database& db, const QList<CaseEvent>& events,
                                                const std::optional<std::int64_t>& desk)
{
    // 第33条1項(1): data of the health-check business go to the section handling them — the
    // register entry's 取扱部署 (第11条⑦), when it is one of the sections the desk's data name
    // for that business; (2) anything else — and everything while none is named — to the desk.
    const FormDefinition* registerForm = FormRegistry::managementRegister();
    if (!events.isEmpty() && registerForm) {
        auto deskData = loadDeskVersion(db, events.first().deskVersion);
        if (!deskData)
            return deskData.error();
        const QList<std::int64_t>& listed = deskData->settings.healthCheckSections;
        const QVariant entry = events.first().values.value(QStringLiteral("register"));
        if (!isEmptyFieldValue(entry)) {
            auto row = db.firstRow(QStringLiteral("SELECT department_id FROM ledger_entries WHERE id = ? AND form = ?"),
                                   static_cast<std::int64_t>(entry.toLongLong()), registerForm->id);
            if (!row)
                return row.error();
            if (row.value() && !row->value().isNull(0) && listed.contains(row->value().integer(0)))
                return std::optional(row->value().integer(0));
        }
    }
    return desk;
}

QList<Issue> routeIssues(const CaseStep& step, const FieldValues& values, const std::optional<std::int64_t>& proposal)
{
    // Another section than the one proposed needs its reason (issue 12 §6).
    if (step.reasonIfNotProposed.isEmpty())
        return {};
    const FieldDefinition* section = step.form.firstOfType(FieldType::Department);
    if (!section || !values.contains(section->key) || !proposal)
        return {};
    if (values.value(section->key).toLongLong() == *proposal)
        return {};
    if (!isEmptyFieldValue(values.value(step.reasonIfNotProposed)))
        return {};
    return {Issue{step.reasonIfNotProposed,
                  QCoreApplication::translate(
                      "daicho::CaseStore",
                      "The section chosen is not the one proposed (第33条1項: the health-check section that "
                      "handles the database, else the desk). Say why."),
                  Issue::Severity::Error}};
}

QList<Issue> stepIssues(const Session& session, const CaseStep& step, const FieldValues& values,
                        std::optional<QDate> receivedOn, const std::optional<std::int64_t>& proposal)
{
    QList<Issue> issues = validateStep(step, values, LedgerReader::validationContext(session.db()));
    issues << retiredDepartmentIssues(session.db(), step.form, values);
    issues << dateIssues(session, step, values, receivedOn);
    issues << routeIssues(step, values, proposal);
    return issues;
}

// A step that follows another (the erasure its decision) is not dated before it.
QList<Issue> priorDateIssues(const LoadedCase& c, const CaseStep& step, const FieldValues& values)
{
    const QDate date = values.value(step.dateField).toDate();
    const auto prior = priorStepDate(*c.kind, step, c.events, c.events.size());
    if (!date.isValid() || !prior || date >= *prior)
        return {};
    const CaseStep* after = c.kind->step(step.after->step);
    return {Issue{step.dateField,
                  QCoreApplication::translate("daicho::CaseStore", "「%1」 cannot be dated before 「%2」 (%3).")
                      .arg(step.labelJa, after ? after->labelJa : step.after->step, formatWareki(*prior)),
                  Issue::Severity::Error}};
}

Error invalid(const QList<Issue>& issues)
{
    return makeError(ErrorCode::InvalidInput, issues.first().message, issues.first().field);
}

Error notReadable()
{
    // Said the same way whether or not the case exists: who may not read a case learns nothing
    // about it (第33条: the desk, the section, the chief and the auditor only).
    return makeError(ErrorCode::PermissionDenied,
                     QCoreApplication::translate(
                         "daicho::CaseStore",
                         "You may not read this case: requests are read by the desk, the handling section, the "
                         "chief officer and the auditor."));
}

// The case, if the person may read it. A case that does not exist is refused as one they may
// not read, unless they read every case: who may not read a case learns nothing about it, not
// even that it exists (第33条; the ids are consecutive, so an answer would say how many there are).
Result<LoadedCase> loadReadable(const Session& session, CaseId id, const DepartmentWithin& within)
{
    auto c = loadCase(session.db(), id);
    if (!c) {
        if (c.error().code == ErrorCode::NotFound && !readsEveryCase(standingOf(session)))
            return notReadable();
        return c.error();
    }
    if (!mayReadCase(*c->kind, standingOf(session), c->parties, within))
        return notReadable();
    return c;
}

Status requireStep(const LoadedCase& c, const CaseStep* step, const QString& stepKey, const CaseStanding& person,
                   const DepartmentWithin& within)
{
    if (!step || step->from.isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("daicho::CaseStore", "A case of this kind has no step called %1.")
                             .arg(stepKey));
    const CaseState* state = c.kind->state(c.record.state);
    const QString stateName = state ? state->labelJa : c.record.state;
    if (!step->from.contains(c.record.state)) {
        QStringList next;
        for (const CaseStep* s : c.kind->stepsFrom(c.record.state))
            next << s->labelJa;
        return makeError(
            ErrorCode::InvalidInput,
            next.isEmpty()
                ? QCoreApplication::translate(
                      "daicho::CaseStore", "「%1」 cannot be done now: the case is %2 and nothing more is done on it.")
                      .arg(step->labelJa, stateName)
                : QCoreApplication::translate("daicho::CaseStore",
                                              "「%1」 cannot be done now: the case is %2. What can be done now: %3.")
                      .arg(step->labelJa, stateName, next.join(QStringLiteral("、"))));
    }
    QStringList earlier;
    for (const CaseEvent& e : c.events)
        earlier << e.step;
    if (!c.kind->unanswered(*step, earlier))
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("daicho::CaseStore",
                                                     "「%1」 answers a question to the requester: record the question "
                                                     "first (%2).")
                             .arg(step->labelJa, step->article));
    CaseStep followed = *step; // its `after` alone: which of the conditions fails says what to do
    followed.onlyIf.clear();
    if (!priorValueHolds(followed, c.events, c.events.size())) {
        const CaseStep* prior = c.kind->step(step->after->step);
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("daicho::CaseStore",
                                                     "「%1」 is recorded only after 「%2」 granted the request (%3).")
                             .arg(step->labelJa, prior ? prior->labelJa : step->after->step, step->article));
    }
    if (!priorValueHolds(*step, c.events, c.events.size()))
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("daicho::CaseStore", "「%1」 does not apply to this request (%2).")
                             .arg(step->labelJa, step->article));
    if (const auto missing = missingStep(*step, c.events, c.events.size())) {
        const CaseStep* first = c.kind->step(*missing);
        return makeError(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("daicho::CaseStore", "Record 「%1」 before 「%2」 (%3).")
                .arg(first ? first->labelJa : *missing, step->labelJa, first ? first->article : QString()));
    }
    if (!actsAs(step->actors, person, c.parties, within))
        return makeError(ErrorCode::PermissionDenied,
                         QCoreApplication::translate("daicho::CaseStore", "「%1」 is done by %2 (%3).")
                             .arg(step->labelJa, actorsDisplayText(step->actors), step->article));
    return {};
}

Status audit(Session& session, const CaseEvent& e)
{
    DAICHO_TRY(AuditLog::append(
        session,
        {QStringLiteral("case.") + e.step, QStringLiteral("case_events"), QString::number(e.id),
         auditDetail({{QStringLiteral("kind"), e.kind}, {QStringLiteral("case"), QString::number(e.caseId)}})}));
    return {};
}

Result<std::int64_t> insertEvent(Session& session, CaseEvent& e, const CaseStep& step)
{
    e.actorId = session.user().id;
    e.atUtc = session.clock().nowUtc().toUTC();
    const QByteArray data = encodeEntryValues(step.form, e.values);
    // Never an id a disposal removed (RowIds); a key of its own digested with it (Migration013).
    auto id = nextCaseEventId(session.db());
    if (!id)
        return id.error();
    DAICHO_TRY(session.db().run(QStringLiteral("INSERT INTO case_events (id, case_id, number, kind, step, actor_id, "
                                               "at_utc, desk_version, data, row_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
                                               "?, ?)"),
                                id.value(), e.caseId, e.number, e.kind, e.step, e.actorId,
                                e.atUtc.toString(Qt::ISODateWithMs), e.deskVersion, data, newRowKey()));
    e.id = id.value();
    DAICHO_TRY(audit(session, e));
    auto events = loadCaseEvents(session.db(), e.caseId);
    if (!events)
        return events.error();
    auto record = deriveCase(session.db(), events.value());
    if (!record)
        return record.error();
    DAICHO_TRY(writeCaseRecord(session.db(), record.value()));
    return e.id;
}

// The ledger entry a step writes with it (様式1④ for an erasure, 第20条2項), in the step's
// transaction: the step's items of the entry's keys, the fixed ones, the handling section, the
// person recording it and the case in the note. Its id goes into the event (`entryKey`).
Status writeStepRecord(Session& session, const LoadedCase& c, const CaseStep& step, FieldValues& values)
{
    const StepRecord& r = *step.records;
    FieldValues entry = r.fixed;
    for (const FieldDefinition& field : step.form.fields)
        if (values.contains(field.key))
            entry.insert(field.key, values.value(field.key));
    if (c.record.sectionId)
        entry.insert(r.departmentField, QVariant::fromValue<qint64>(*c.record.sectionId));
    entry.insert(r.writerField, QVariant::fromValue<qint64>(session.user().id));
    // Stored in Japanese whatever the screen's language, as the ledgers are kept.
    entry.insert(r.noteField, QStringLiteral(u"%1（%2第%3号）による")
                                  .arg(c.kind->titleJa, formatFiscalYear(c.record.fiscalYear))
                                  .arg(c.record.number));
    auto id = addEntryWithin(session, r.formId, entry);
    if (!id)
        return id.error();
    values.insert(r.entryKey, QVariant::fromValue<qint64>(id.value()));
    return {};
}

} // namespace

Result<QList<Issue>> CaseStore::check(const Session& session, const QString& kindId, std::optional<CaseId> caseId,
                                      const QString& stepKey, const FieldValues& values)
{
    auto kind = findKind(kindId);
    if (!kind)
        return kind.error();
    const CaseStep* step = kind.value()->step(stepKey);
    if (!step)
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("daicho::CaseStore", "A case of this kind has no step called %1.")
                             .arg(stepKey));
    if (!caseId)
        return stepIssues(session, *step, values, std::nullopt, std::nullopt);
    // The issues would tell the day of receipt and the section the register entry proposes:
    // only for who may read the case.
    auto tree = DepartmentTree::load(session.db());
    if (!tree)
        return tree.error();
    auto c = loadReadable(session, *caseId, withinOf(tree.value()));
    if (!c)
        return c.error();
    auto proposal = proposalFor(session.db(), c->events, c->parties.desk);
    if (!proposal)
        return proposal.error();
    return stepIssues(session, *step, values, c->record.receivedOn, proposal.value())
           + priorDateIssues(c.value(), *step, values);
}

Result<CaseId> CaseStore::receive(Session& session, const QString& kindId, const FieldValues& values)
{
    auto kind = findKind(kindId);
    if (!kind)
        return kind.error();
    const CaseStep* opener = nullptr;
    for (const CaseStep& s : kind.value()->steps)
        if (s.from.isEmpty())
            opener = &s;
    auto tree = DepartmentTree::load(session.db());
    if (!tree)
        return tree.error();
    const auto mayReceive = [&](const RequestDesk::Version& desk) -> Status {
        if (!actsAs(opener->actors, standingOf(session), {desk.settings.deskDepartmentId, std::nullopt},
                    withinOf(tree.value())))
            return makeError(
                ErrorCode::PermissionDenied,
                QCoreApplication::translate("daicho::CaseStore", "Requests are received by %1 (第33条1項).")
                    .arg(actorsDisplayText(opener->actors)));
        return {};
    };
    auto before = latestDeskVersion(session.db());
    if (!before)
        return before.error();
    DAICHO_TRY(mayReceive(before.value()));
    const QList<Issue> issues = stepIssues(session, *opener, values, std::nullopt, std::nullopt);
    if (!issues.isEmpty())
        return invalid(issues);
    return Transaction::run(session.db(), [&]() -> Result<CaseId> {
        // The desk version in force is read again under the write lock, as take() reads it: one
        // the chief saved while the items were checked is the one in force when the receipt is
        // written, and the verifier names a receipt under any other (docs/requests.md).
        auto desk = latestDeskVersion(session.db());
        if (!desk)
            return desk.error();
        DAICHO_TRY(mayReceive(desk.value()));
        auto next = nextCaseId(session.db());
        if (!next)
            return next.error();
        CaseEvent e;
        e.caseId = next.value();
        e.number = 1;
        e.kind = kind.value()->id;
        e.step = opener->key;
        e.deskVersion = desk->id;
        e.values = values;
        auto id = insertEvent(session, e, *opener);
        if (!id)
            return id.error();
        return e.caseId;
    });
}

Result<std::int64_t> CaseStore::take(Session& session, CaseId id, const QString& stepKey, const FieldValues& values)
{
    auto tree = DepartmentTree::load(session.db());
    if (!tree)
        return tree.error();
    const DepartmentWithin within = withinOf(tree.value());
    return Transaction::run(session.db(), [&]() -> Result<std::int64_t> {
        // Read under the write lock: two people taking a step at once are taken in turn, the
        // second against the state the first left.
        auto c = loadReadable(session, id, within);
        if (!c)
            return c.error();
        const CaseStanding person = standingOf(session);
        const CaseStep* step = c->kind->step(stepKey);
        DAICHO_TRY(requireStep(c.value(), step, stepKey, person, within));
        auto proposal = proposalFor(session.db(), c->events, c->parties.desk);
        if (!proposal)
            return proposal.error();
        const QList<Issue> issues = stepIssues(session, *step, values, c->record.receivedOn, proposal.value())
                                    + priorDateIssues(c.value(), *step, values);
        if (!issues.isEmpty())
            return invalid(issues);
        auto desk = latestDeskVersion(session.db());
        if (!desk)
            return desk.error();
        CaseEvent e;
        e.caseId = id;
        e.number = c->record.eventCount + 1;
        e.kind = c->kind->id;
        e.step = step->key;
        e.deskVersion = desk->id;
        e.values = values;
        if (step->records)
            DAICHO_TRY(writeStepRecord(session, c.value(), *step, e.values));
        return insertEvent(session, e, *step);
    });
}

Status CaseStore::recordPrint(Session& session, CaseId id, const QString& document, const QString& output)
{
    auto tree = DepartmentTree::load(session.db());
    if (!tree)
        return tree.error();
    auto c = loadReadable(session, id, withinOf(tree.value()));
    if (!c)
        return c.error();
    return Transaction::run(session.db(), [&]() -> Status {
        auto seq = AuditLog::append(session, {QStringLiteral("case.print"),
                                              {},
                                              {},
                                              auditDetail({{QStringLiteral("kind"), c->kind->id},
                                                           {QStringLiteral("case"), QString::number(id)},
                                                           {QStringLiteral("document"), document},
                                                           {QStringLiteral("output"), output}})});
        if (!seq)
            return seq.error();
        return {};
    });
}

Result<std::optional<std::int64_t>> CaseStore::proposedSection(const Session& session, CaseId id)
{
    auto tree = DepartmentTree::load(session.db());
    if (!tree)
        return tree.error();
    auto c = loadReadable(session, id, withinOf(tree.value()));
    if (!c)
        return c.error();
    return proposalFor(session.db(), c->events, c->parties.desk);
}

} // namespace daicho
