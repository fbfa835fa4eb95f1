#include "audit/internal/LedgerAuthority.h"

#include "auth/Permission.h"
#include "ledger/FormRegistry.h"

#include <QCoreApplication>

namespace daicho {

namespace {

// Columns of `SELECT *` (Migration002Ledgers.sql).
constexpr int kRevisionEntry = 1;
constexpr int kRevisionNumber = 2;
constexpr int kRevisionForm = 3;
constexpr int kRevisionAuthor = 4;
constexpr int kRevisionDepartment = 6;
constexpr int kApprovalEntry = 1;
constexpr int kApprovalRevision = 2;
constexpr int kApprovalApprover = 3;

bool actsForAllDepartments(Role role)
{
    return role == Role::Chief || role == Role::ActingChief || role == Role::Auditor;
}

QString personText(std::optional<std::int64_t> id)
{
    return id ? QString::number(*id) : QCoreApplication::translate("daicho::AuditVerifier", "the recovery key");
}

} // namespace

Result<LedgerAuthority> LedgerAuthority::load(const Database& db, const PeopleRecord& people)
{
    LedgerAuthority authority(db, people);
    auto tree = DepartmentTree::load(db);
    if (!tree)
        return tree.error();
    authority.m_departments = tree.value();
    return authority;
}

std::optional<QString> LedgerAuthority::checkActor(std::int64_t actor, const RecordedRows& covering,
                                                   const QString& formId, std::optional<std::int64_t> department,
                                                   bool decides) const
{
    const FormDefinition* form = FormRegistry::find(formId);
    if (!form)
        return QCoreApplication::translate("daicho::AuditVerifier",
                                           "Entry %1 records a ledger row of an unknown form (%2).")
            .arg(covering.seq)
            .arg(formId);
    const Standing standing = m_people->standingAt(actor, covering.seq);
    const bool allowedRole =
        standing.role
        && (decides ? isAllowed(*standing.role, Operation::DecideLedgers) && form->approvers.contains(*standing.role)
                    : isAllowed(*standing.role, Operation::WriteLedgers) && form->writers.contains(*standing.role))
        && (!covering.range || isAllowed(*standing.role, Operation::ImportLedgers));
    if (!allowedRole)
        return (decides ? QCoreApplication::translate(
                    "daicho::AuditVerifier",
                    "Entry %1 records a decision on %2 by person %3, whose role as the chief officer "
                    "recorded it (%4) may not approve or review that form.")
                        : QCoreApplication::translate(
                            "daicho::AuditVerifier",
                            "Entry %1 records a revision of %2 by person %3, whose role as the chief officer "
                            "recorded it (%4) may not write that form."))
            .arg(covering.seq)
            .arg(form->number)
            .arg(actor)
            .arg(standing.role ? roleDisplayName(*standing.role)
                               : QCoreApplication::translate("daicho::AuditVerifier", "none"));
    if (actsForAllDepartments(*standing.role) || !department)
        return std::nullopt;
    // Entries written before version 4 did not record departments: the check of the role
    // stands, that of the department would guess.
    if (!standing.departmentKnown)
        return std::nullopt;
    if (!standing.departmentId || !m_departments.within(*department, *standing.departmentId))
        return QCoreApplication::translate(
                   "daicho::AuditVerifier",
                   "Entry %1 records work on %2 of department %3 by person %4, who did not belong to that "
                   "department or one above it at the time.")
            .arg(covering.seq)
            .arg(form->number)
            .arg(*department)
            .arg(actor);
    return std::nullopt;
}

Result<std::optional<QString>> LedgerAuthority::checkRevision(const Statement& row, const RecordedRows& covering) const
{
    const std::int64_t author = row.integer(kRevisionAuthor);
    if (covering.signer != author)
        return std::optional<QString>(
            QCoreApplication::translate(
                "daicho::AuditVerifier",
                "Row %1 of table ledger_revisions names person %2 as its author, but entry %3 that records it "
                "was signed by %4.")
                .arg(row.integer(0))
                .arg(author)
                .arg(covering.seq)
                .arg(personText(covering.signer)));
    const std::optional<std::int64_t> department =
        row.isNull(kRevisionDepartment) ? std::nullopt : std::optional<std::int64_t>(row.integer(kRevisionDepartment));
    if (auto refused = checkActor(author, covering, row.text(kRevisionForm), department, false))
        return refused;
    if (row.integer(kRevisionNumber) <= 1)
        return std::optional<QString>();
    // A correction is made by someone who may act on the entry as it was (LedgerStore::revise
    // checks both departments): moving another department's entry into one's own is refused.
    auto previous = m_db->cached(
        QStringLiteral("SELECT form, department_id FROM ledger_revisions WHERE entry_id = ? AND number = ?"));
    if (!previous)
        return previous.error();
    Statement& before = *previous.value();
    before.bind(1, row.integer(kRevisionEntry)).bind(2, row.integer(kRevisionNumber) - 1);
    auto found = before.step();
    if (!found)
        return found.error();
    if (!found.value())
        return std::optional<QString>(
            QCoreApplication::translate("daicho::AuditVerifier",
                                        "Entry %1 records a revision whose previous version is missing.")
                .arg(covering.seq));
    if (before.text(0) != row.text(kRevisionForm))
        return std::optional<QString>(
            QCoreApplication::translate("daicho::AuditVerifier",
                                        "Entry %1 records a revision of another form than the entry's own.")
                .arg(covering.seq));
    const std::optional<std::int64_t> earlier =
        before.isNull(1) ? std::nullopt : std::optional<std::int64_t>(before.integer(1));
    return checkActor(author, covering, row.text(kRevisionForm), earlier, false);
}

Result<std::optional<QString>> LedgerAuthority::checkApproval(const Statement& row, const RecordedRows& covering) const
{
    const std::int64_t approver = row.integer(kApprovalApprover);
    if (covering.signer != approver)
        return std::optional<QString>(
            QCoreApplication::translate("daicho::AuditVerifier",
                                        "Row %1 of table ledger_approvals names person %2 as the approver, but "
                                        "entry %3 that records it was signed by %4.")
                .arg(row.integer(0))
                .arg(approver)
                .arg(covering.seq)
                .arg(personText(covering.signer)));
    auto decided = m_db->cached(
        QStringLiteral("SELECT author_id, form, department_id, entry_id FROM ledger_revisions WHERE id = ?"));
    if (!decided)
        return decided.error();
    Statement& revision = *decided.value();
    revision.bind(1, row.integer(kApprovalRevision));
    auto found = revision.step();
    if (!found)
        return found.error();
    // The decision is about a revision of the same entry: borrowing another entry's revision
    // would borrow that entry's form and department.
    if (!found.value() || revision.integer(3) != row.integer(kApprovalEntry))
        return std::optional<QString>(
            QCoreApplication::translate("daicho::AuditVerifier",
                                        "Entry %1 records a decision on a revision that does not exist.")
                .arg(covering.seq));
    if (revision.integer(0) == approver)
        return std::optional<QString>(
            QCoreApplication::translate("daicho::AuditVerifier",
                                        "Entry %1 records person %2 approving their own writing: another approver "
                                        "must decide (segregation of duties).")
                .arg(covering.seq)
                .arg(approver));
    const std::optional<std::int64_t> department =
        revision.isNull(2) ? std::nullopt : std::optional<std::int64_t>(revision.integer(2));
    return checkActor(approver, covering, revision.text(1), department, true);
}

} // namespace daicho
