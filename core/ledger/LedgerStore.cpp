#include "ledger/LedgerStore.h"

#include "audit/AuditLog.h"
#include "audit/internal/AuditRecords.h"
#include "auth/internal/PolicySettings.h"
#include "cases/internal/ProvisionStops.h"
#include "cases/internal/StepRecords.h"
#include "ledger/EntryCodec.h"
#include "ledger/FormRegistry.h"
#include "ledger/Labels.h"
#include "ledger/LedgerAccess.h"
#include "ledger/LedgerProjection.h"
#include "ledger/LedgerReader.h"
#include "ledger/SearchText.h"
#include "ledger/internal/EntryWriter.h"
#include "ledger/internal/LedgerRecords.h"
#include "ledger/internal/ProjectionWriter.h"
#include "ledger/internal/SearchIndex.h"
#include "ledger/rules/EntryRules.h"
#include "retention/internal/DisposedRows.h"
#include "retention/internal/RowIds.h"

#include <QCoreApplication>

namespace daicho {

namespace {

Error invalid(const QList<Issue>& issues)
{
    // The first problem is the message; the editor asks check() for all of them.
    return makeError(ErrorCode::InvalidInput, issues.first().message, issues.first().field);
}

Result<const FormDefinition*> findForm(const QString& formId)
{
    const FormDefinition* form = FormRegistry::find(formId);
    if (!form)
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("daicho::LedgerStore", "There is no form called %1.").arg(formId),
                         formId);
    return form;
}

} // namespace

std::optional<std::int64_t> entryDepartment(const Session& session, const FormDefinition& form,
                                            const FieldValues& values)
{
    const FieldDefinition* field = form.firstOfType(FieldType::Department);
    if (field && !isEmptyFieldValue(values.value(field->key)))
        return values.value(field->key).toLongLong();
    return session.user().departmentId;
}

namespace {

// A retired department takes no new entries (issue 11 §15): refused where an item names one
// that the entry did not name before — an older entry keeps its own through a correction.
QList<Issue> retiredDepartmentIssues(const Database& db, const FormDefinition& form, const FieldValues& values,
                                     const std::optional<FieldValues>& previous)
{
    QList<Issue> issues;
    for (const FieldDefinition& field : form.fields) {
        if (field.type != FieldType::Department || !values.contains(field.key))
            continue;
        const std::int64_t id = values.value(field.key).toLongLong();
        if (previous && previous->value(field.key).toLongLong() == id)
            continue;
        const auto retired =
            db.hasRow(QStringLiteral("SELECT 1 FROM department_retirements WHERE department_id = ?"), id);
        if (retired && retired.value())
            issues << Issue{field.key,
                            QCoreApplication::translate("daicho::LedgerStore",
                                                        "This department is retired and takes no new entries. "
                                                        "Choose a department in use."),
                            Issue::Severity::Error};
    }
    return issues;
}

QList<Issue> allIssues(const Database& db, const FormDefinition& form, const FieldValues& values,
                       std::optional<EntryState> state, const std::optional<FieldValues>& previous,
                       std::optional<EntryId> entryId = std::nullopt)
{
    QList<Issue> issues = validateEntry(form, values, LedgerReader::validationContext(db));
    issues << retiredDepartmentIssues(db, form, values, previous);
    // A correction of a record kept from before the stop keeps it; a new provision is refused.
    if (!previous)
        issues << stoppedProvisionIssues(db, form, values);
    RuleContext rules;
    rules.registerEntry = [&db](EntryId id) -> std::optional<RegisterChoice> {
        auto choice = LedgerReader::loadRegisterChoice(db, id);
        return choice ? choice.value() : std::nullopt;
    };
    rules.earlierRecord = [&db](EntryId id) { return LedgerReader::loadEarlierRecord(db, id); };
    rules.recordsRelyingOn = [&db, &form](EntryId id) { return LedgerReader::recordsRelyingOn(db, form, id); };
    rules.currentState = state;
    rules.entryId = entryId;
    rules.previousValues = previous;
    // The centre's policy on purposes of sensitive data (on unless the chief turned it off),
    // read where it applies: its check of who switched it reads the trail.
    if (form.registerFields) {
        const Result<bool> policy = sensitivePurposeConsentIn(db);
        rules.sensitivePurposeConsent = !policy || policy.value();
    }
    issues << checkEntryRules(form, values, rules);
    return issues;
}

// The entry as stored now, for a correction or a decision.
struct Current {
    const FormDefinition* form = nullptr;
    QList<LedgerRevision> revisions;
    QList<LedgerApproval> approvals;
    ProjectedEntry projection;
};

Result<Current> loadCurrent(const Database& db, EntryId id)
{
    auto formId = LedgerReader::formOf(db, id);
    if (!formId)
        return formId.error();
    if (!formId.value())
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("daicho::LedgerStore", "Entry %1 does not exist.").arg(id));
    auto form = findForm(*formId.value());
    if (!form)
        return form.error();
    Current c;
    c.form = form.value();
    auto history = LedgerReader::loadHistory(db, id);
    if (!history)
        return history.error();
    if (history->revisions.isEmpty())
        return makeError(ErrorCode::Tampered,
                         QCoreApplication::translate("daicho::LedgerStore",
                                                     "Entry %1 has lost its history outside Daicho. Tell the auditor "
                                                     "and run the verification of the audit trail.")
                             .arg(id));
    c.revisions = std::move(history->revisions);
    c.approvals = std::move(history->approvals);
    c.projection = projectEntry(*c.form, c.revisions, c.approvals);
    return c;
}

// Writes a revision and returns it as stored (its values as a read would decode them), so
// that the derived row is computed without reading the history back.
Result<LedgerRevision> insertRevision(Session& session, const FormDefinition& form, EntryId entryId, int number,
                                      std::optional<std::int64_t> department, const QString& reason, bool keepsApproval,
                                      const FieldValues& values)
{
    LedgerRevision r;
    r.entryId = entryId;
    r.number = number;
    r.formId = form.id;
    r.authorId = session.user().id;
    r.atUtc = session.clock().nowUtc().toUTC();
    r.departmentId = department;
    r.reason = reason.isNull() ? QStringLiteral("") : reason;
    r.keepsApproval = keepsApproval;
    const QByteArray data = encodeEntryValues(form, values);
    auto stored = decodeEntryValues(form, data);
    if (!stored)
        return stored.error();
    r.values = std::move(stored.value());
    auto id = nextLedgerRowId(session.db(), LedgerRowKind::Revision);
    if (!id)
        return id.error();
    auto ruleVersion = currentRetentionRuleVersion(session.db());
    if (!ruleVersion)
        return ruleVersion.error();
    DAICHO_TRY(session.db().run(
        QStringLiteral(
            "INSERT INTO ledger_revisions (id, entry_id, number, form, author_id, at_utc, department_id, reason, "
            "keeps_approval, data, row_key, rule_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        id.value(), entryId, number, form.id, r.authorId, r.atUtc.toString(Qt::ISODateWithMs), department, r.reason,
        keepsApproval ? 1 : 0, data, newRowKey(), ruleVersion.value()));
    r.id = static_cast<RevisionId>(id.value());
    return r;
}

Status audit(Session& session, const QString& action, const QString& table, std::int64_t rowId,
             const FormDefinition& form, EntryId entryId)
{
    DAICHO_TRY(AuditLog::append(session, {action, table, QString::number(rowId),
                                          auditDetail({{QStringLiteral("form"), form.id},
                                                       {QStringLiteral("entry"), QString::number(entryId)}})}));
    return {};
}

QList<quint32> gramsOf(const QString& searchText)
{
    return searchGrams(searchText);
}

} // namespace

Status writeProjection(Database& db, const ProjectedEntry& e, bool insert)
{
    // The number is given once, when the entry is added: a revision never renumbers it.
    if (insert)
        return db.run(QStringLiteral("INSERT INTO ledger_entries (form, entry_date, department_id, register_id, "
                                     "state, revision_id, revision_count, author_id, search_text, number, id) "
                                     "VALUES (?,?,?,?,?,?,?,?,?,?,?)"),
                      e.formId, e.entryDate, e.departmentId, e.registerId, entryStateKey(e.state), e.revisionId,
                      e.revisionCount, e.authorId, e.searchText, e.number, e.id);
    return db.run(QStringLiteral("UPDATE ledger_entries SET form = ?, entry_date = ?, department_id = ?, "
                                 "register_id = ?, state = ?, revision_id = ?, revision_count = ?, author_id = ?, "
                                 "search_text = ? WHERE id = ?"),
                  e.formId, e.entryDate, e.departmentId, e.registerId, entryStateKey(e.state), e.revisionId,
                  e.revisionCount, e.authorId, e.searchText, e.id);
}

Result<std::int64_t> nextEntryNumber(const Database& db, const QString& formId)
{
    // As the verifier derives it: the n-th entry of the form by id, counting those a disposal
    // removed (DisposedRows), is its No. n. Not the highest stored number + 1: a number lowered
    // with SQL for a moment would give an honest entry a wrong number for good, and verify would
    // name that entry.
    auto highest = db.firstRow(QStringLiteral("SELECT count(*) + 1 FROM ledger_entries WHERE form = ?"), formId);
    if (!highest)
        return highest.error();
    auto disposed = disposedEntryCount(db, formId);
    if (!disposed)
        return disposed.error();
    return highest->value().integer(0) + disposed.value(); // an aggregate always gives its row
}

Result<QList<Issue>> LedgerStore::check(const Session& session, const QString& formId, const FieldValues& values,
                                        std::optional<EntryId> entryId)
{
    auto form = findForm(formId);
    if (!form)
        return form.error();
    if (!entryId)
        return allIssues(session.db(), *form.value(), values, std::nullopt, std::nullopt);
    auto current = loadCurrent(session.db(), *entryId);
    if (!current)
        return current.error();
    return allIssues(session.db(), *form.value(), values, current->projection.state, current->revisions.last().values,
                     entryId);
}

Result<EntryId> addEntryWithin(Session& session, const QString& formId, const FieldValues& values)
{
    auto form = findForm(formId);
    if (!form)
        return form.error();
    const FormDefinition& f = *form.value();
    const auto department = entryDepartment(session, f, values);
    DAICHO_TRY(LedgerAccess::requireWrite(session, f, department));
    const QList<Issue> issues = allIssues(session.db(), f, values, std::nullopt, std::nullopt);
    if (!issues.isEmpty())
        return invalid(issues);
    auto next = nextLedgerRowId(session.db(), LedgerRowKind::Entry);
    if (!next)
        return next.error();
    const EntryId id = next.value();
    auto number = nextEntryNumber(session.db(), f.id);
    if (!number)
        return number.error();
    auto revision = insertRevision(session, f, id, 1, department, {}, false, values);
    if (!revision)
        return revision.error();
    ProjectedEntry projection = projectEntry(f, {revision.value()}, {});
    projection.number = number.value();
    DAICHO_TRY(writeProjection(session.db(), projection, true));
    DAICHO_TRY(SearchIndex::addNewEntry(session.db(), id, gramsOf(projection.searchText)));
    DAICHO_TRY(audit(session, QStringLiteral("ledger.add"), QStringLiteral("ledger_revisions"), revision->id, f, id));
    return id;
}

Result<EntryId> LedgerStore::add(Session& session, const QString& formId, const FieldValues& values)
{
    return Transaction::run(session.db(), [&]() -> Result<EntryId> { return addEntryWithin(session, formId, values); });
}

Result<RevisionId> LedgerStore::revise(Session& session, EntryId id, const FieldValues& values, const QString& reason)
{
    auto current = loadCurrent(session.db(), id);
    if (!current)
        return current.error();
    const FormDefinition& f = *current->form;
    const LedgerRevision& last = current->revisions.last();
    const auto department = entryDepartment(session, f, values);
    // Both the department the entry belongs to now and the one it would move to.
    DAICHO_TRY(LedgerAccess::requireWrite(session, f, last.departmentId));
    DAICHO_TRY(LedgerAccess::requireWrite(session, f, department));
    if (reason.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("daicho::LedgerStore",
                                                     "Say why the entry is corrected: the reason is kept with the "
                                                     "correction."),
                         QStringLiteral("reason"));
    if (encodeEntryValues(f, values) == encodeEntryValues(f, last.values) && department == last.departmentId)
        return makeError(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("daicho::LedgerStore", "Nothing was changed, so no correction was saved."));
    const QList<Issue> issues = allIssues(session.db(), f, values, current->projection.state, last.values, id);
    if (!issues.isEmpty())
        return invalid(issues);
    // A record a case step wrote (an erasure's 様式1④, 第20条2項) stays that record.
    auto fixedByCase =
        stepRecordChangeRefused(session.db(), f.id, id, last.values, values, last.departmentId, department);
    if (!fixedByCase)
        return fixedByCase.error();
    if (fixedByCase.value())
        return makeError(ErrorCode::InvalidInput, *fixedByCase.value());

    // Recording the actual return of an approved carry-out does not need a new approval.
    // Likewise the exit time of a reviewed visit (様式5): it completes what was reviewed.
    bool keepsApproval =
        current->projection.state == EntryState::Approved || current->projection.state == EntryState::Reviewed;
    for (const FieldDefinition& field : f.fields)
        if (!field.afterApproval && values.value(field.key) != last.values.value(field.key))
            keepsApproval = false;
    keepsApproval = keepsApproval && department == last.departmentId;

    return Transaction::run(session.db(), [&]() -> Result<RevisionId> {
        auto revision =
            insertRevision(session, f, id, last.number + 1, department, reason.trimmed(), keepsApproval, values);
        if (!revision)
            return revision.error();
        const RevisionId revisionId = revision->id;
        QList<LedgerRevision> history = current->revisions;
        history << std::move(revision.value());
        const ProjectedEntry projection = projectEntry(f, history, current->approvals);
        DAICHO_TRY(writeProjection(session.db(), projection, false));
        DAICHO_TRY(
            SearchIndex::changeEntryText(session.db(), id, current->projection.searchText, projection.searchText));
        DAICHO_TRY(
            audit(session, QStringLiteral("ledger.revise"), QStringLiteral("ledger_revisions"), revisionId, f, id));
        return revisionId;
    });
}

Result<std::int64_t> LedgerStore::decide(Session& session, EntryId id, Decision decision, const QString& comment)
{
    auto current = loadCurrent(session.db(), id);
    if (!current)
        return current.error();
    const FormDefinition& f = *current->form;
    DAICHO_TRY(LedgerAccess::requireDecide(session, f, current->projection.departmentId));
    const EntryState state = current->projection.state;
    if (state == EntryState::Draft)
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("daicho::LedgerStore",
                                                     "The writer has not finished this entry yet (it is not signed "
                                                     "off), so it cannot be reviewed. Review it once it is complete."));
    const bool awaiting = state == EntryState::AwaitingApproval || state == EntryState::AwaitingReview;
    if (!awaiting)
        return makeError(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("daicho::LedgerStore", "This entry is not waiting for a decision (it is: %1).")
                .arg(entryStateDisplayName(state)));
    const Decision expected = f.approval == ApprovalKind::ApproveBefore ? Decision::Approve : Decision::Review;
    if (decision != expected && decision != Decision::Return)
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("daicho::LedgerStore", "%1 entries are %2, not %3.")
                             .arg(f.number, decisionDisplayName(expected), decisionDisplayName(decision)));
    if (decision == Decision::Return && comment.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("daicho::LedgerStore",
                                                     "Say what should be corrected: the comment goes back to the "
                                                     "writer with the entry."),
                         QStringLiteral("comment"));
    // Segregation of duties: whoever wrote the revision does not approve it.
    if (current->revisions.last().authorId == session.user().id)
        return makeError(ErrorCode::PermissionDenied,
                         QCoreApplication::translate("daicho::LedgerStore",
                                                     "You wrote this version of the entry, so another approver must "
                                                     "decide on it."));
    // Nor whoever the entry names as the one who did what it records (様式2's carrier, 様式1's
    // staff): the head's prior approval of a carry-out (the centre's rule, 第7条2項③・第8条2項)
    // is a check by someone else, so a head does not approve their own carry-out, even when a
    // staff member wrote it for them or corrected it.
    for (const FieldDefinition& field : f.fields)
        if (field.namesWriter && current->revisions.last().values.value(field.key).toLongLong() == session.user().id)
            return makeError(ErrorCode::PermissionDenied,
                             QCoreApplication::translate("daicho::LedgerStore",
                                                         "This entry names you as “%1”, so another approver must "
                                                         "decide on it.")
                                 .arg(fieldLabel(field)),
                             field.key);

    return Transaction::run(session.db(), [&]() -> Result<std::int64_t> {
        auto nextId = nextLedgerRowId(session.db(), LedgerRowKind::Approval);
        if (!nextId)
            return nextId.error();
        const std::int64_t approvalId = nextId.value();
        DAICHO_TRY(session.db().run(QStringLiteral("INSERT INTO ledger_approvals (id, entry_id, revision_id, "
                                                   "approver_id, at_utc, decision, comment, row_key) "
                                                   "VALUES (?,?,?,?,?,?,?,?)"),
                                    approvalId, id, current->projection.revisionId, session.user().id,
                                    session.clock().nowUtc().toUTC().toString(Qt::ISODateWithMs), decisionKey(decision),
                                    comment.isNull() ? QStringLiteral("") : comment.trimmed(), newRowKey()));
        // The derived state needs only which revision was decided and how.
        QList<LedgerApproval> approvals = current->approvals;
        LedgerApproval decided;
        decided.id = approvalId;
        decided.entryId = id;
        decided.revisionId = current->projection.revisionId;
        decided.decision = decision;
        approvals << decided;
        DAICHO_TRY(writeProjection(session.db(), projectEntry(f, current->revisions, approvals), false));
        DAICHO_TRY(audit(session, QStringLiteral("ledger.") + decisionKey(decision), QStringLiteral("ledger_approvals"),
                         approvalId, f, id));
        return approvalId;
    });
}

} // namespace daicho
