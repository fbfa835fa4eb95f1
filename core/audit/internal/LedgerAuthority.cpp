#include "audit/internal/LedgerAuthority.h"

#include "audit/internal/AuditRecords.h"

#include "auth/Permission.h"
#include "ledger/FormRegistry.h"

#include <QCoreApplication>

#include <algorithm>

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
// Added by Migration011.
constexpr int kRevisionKey = 10;
constexpr int kRevisionRuleVersion = 11;
constexpr int kApprovalKey = 7;
constexpr int kKeyedSchema = 11;
constexpr qsizetype kRowKeySize = 16;

bool actsForAllDepartments(Role role)
{
    return role == Role::Chief || role == Role::ActingChief || role == Role::Auditor;
}

QString personText(std::optional<std::int64_t> id)
{
    return id ? QString::number(*id) : QCoreApplication::translate("daicho::AuditVerifier", "the recovery key");
}

// A row naming as its author or approver someone else than the signer of the entry recording
// it: %1 the row, %2 the person it names, %3 the entry, %4 its signer.
constexpr const char* kAuthorNotSigner =
    QT_TRANSLATE_NOOP("daicho::AuditVerifier", "Row %1 of table ledger_revisions names person %2 as its author, but "
                                               "entry %3 that records it was signed by %4.");
constexpr const char* kApproverNotSigner =
    QT_TRANSLATE_NOOP("daicho::AuditVerifier", "Row %1 of table ledger_approvals names person %2 as the approver, but "
                                               "entry %3 that records it was signed by %4.");

std::optional<QString> signedByAnother(const char* message, const Statement& row, std::int64_t named,
                                       const RecordedRows& covering)
{
    return QCoreApplication::translate("daicho::AuditVerifier", message)
        .arg(row.integer(0))
        .arg(named)
        .arg(covering.seq)
        .arg(personText(covering.signer));
}

} // namespace

Result<LedgerAuthority> LedgerAuthority::load(const Database& db, const PeopleRecord& people)
{
    LedgerAuthority authority(db, people);
    auto tree = DepartmentTree::load(db);
    if (!tree)
        return tree.error();
    authority.m_departments = tree.value();
    // When rows began to hold a key and a rule version: the upgrade that brought the file to
    // schema 11, or its beginning. The versions of the centre's periods in force from each
    // retention.periods entry on (the walk checked that each is the next version, the chief's).
    bool upgraded = false;
    DAICHO_TRY(AuditLog::forEachEntryWithAction(
        db, {QStringLiteral("schema.upgrade"), QStringLiteral("retention.periods")}, [&](const AuditEntry& e) {
            if (e.action == QLatin1String("retention.periods")) {
                authority.m_versionSeqs.push_back(e.seq);
            } else if (!upgraded && auditDetailValue(e.detail, QStringLiteral("from")).toInt() < kKeyedSchema
                       && auditDetailValue(e.detail, QStringLiteral("to")).toInt() >= kKeyedSchema) {
                authority.m_keyedAfter = e.seq;
                upgraded = true;
            }
            return Status{};
        }));
    return authority;
}

std::optional<QString> LedgerAuthority::checkKeyAndVersion(const Statement& row, const RecordedRows& covering,
                                                           int keyColumn, int versionColumn) const
{
    if (covering.seq <= m_keyedAfter || row.columnCount() <= std::max(keyColumn, versionColumn))
        return std::nullopt; // written before schema 11: no key, kept by version 1
    const bool keyed = !row.isNull(keyColumn) && row.blob(keyColumn).size() == kRowKeySize;
    // What RowIds::currentRetentionRuleVersion gave when the row was written.
    const auto inForce = std::lower_bound(m_versionSeqs.begin(), m_versionSeqs.end(), covering.seq);
    const QString version = QString::number(1 + (inForce - m_versionSeqs.begin()));
    const bool versioned = versionColumn < 0 || (!row.isNull(versionColumn) && row.text(versionColumn) == version);
    if (keyed && versioned)
        return std::nullopt;
    return QCoreApplication::translate("daicho::AuditVerifier",
                                       "Entry %1 records row %2 of a ledger without the key of its own Daicho gives "
                                       "every row, or under another version of the retention rules than the one in "
                                       "force then (%3): it was written outside Daicho.")
        .arg(covering.seq)
        .arg(row.integer(0))
        .arg(version);
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
    // Who wrote it first (the more telling problem), then its key and rule version.
    auto refused = checkRevisionAuthor(row, covering);
    if (!refused || refused.value())
        return refused;
    return checkKeyAndVersion(row, covering, kRevisionKey, kRevisionRuleVersion);
}

Result<std::optional<QString>> LedgerAuthority::checkApproval(const Statement& row, const RecordedRows& covering) const
{
    auto refused = checkApprover(row, covering);
    if (!refused || refused.value())
        return refused;
    return checkKeyAndVersion(row, covering, kApprovalKey, -1);
}

Result<std::optional<QString>> LedgerAuthority::checkRevisionAuthor(const Statement& row,
                                                                    const RecordedRows& covering) const
{
    const std::int64_t author = row.integer(kRevisionAuthor);
    if (covering.signer != author)
        return signedByAnother(kAuthorNotSigner, row, author, covering);
    if (auto refused =
            checkActor(author, covering, row.text(kRevisionForm), row.optionalInteger(kRevisionDepartment), false))
        return refused;
    if (row.integer(kRevisionNumber) <= 1)
        return std::optional<QString>();
    // A correction is made by someone who may act on the entry as it was (LedgerStore::revise
    // checks both departments): moving another department's entry into one's own is refused.
    auto previous = m_db->cachedFirstRow(
        QStringLiteral("SELECT form, department_id FROM ledger_revisions WHERE entry_id = ? AND number = ?"),
        row.integer(kRevisionEntry), row.integer(kRevisionNumber) - 1);
    if (!previous)
        return previous.error();
    if (!previous.value())
        return std::optional<QString>(
            QCoreApplication::translate("daicho::AuditVerifier",
                                        "Entry %1 records a revision whose previous version is missing.")
                .arg(covering.seq));
    const Statement& before = *previous.value();
    if (before.text(0) != row.text(kRevisionForm))
        return std::optional<QString>(
            QCoreApplication::translate("daicho::AuditVerifier",
                                        "Entry %1 records a revision of another form than the entry's own.")
                .arg(covering.seq));
    return checkActor(author, covering, row.text(kRevisionForm), before.optionalInteger(1), false);
}

Result<std::optional<QString>> LedgerAuthority::checkApprover(const Statement& row, const RecordedRows& covering) const
{
    const std::int64_t approver = row.integer(kApprovalApprover);
    if (covering.signer != approver)
        return signedByAnother(kApproverNotSigner, row, approver, covering);
    auto decided = m_db->cachedFirstRow(
        QStringLiteral("SELECT author_id, form, department_id, entry_id FROM ledger_revisions WHERE id = ?"),
        row.integer(kApprovalRevision));
    if (!decided)
        return decided.error();
    // The decision is about a revision of the same entry: borrowing another entry's revision
    // would borrow that entry's form and department.
    const Statement* revision = decided.value();
    if (!revision || revision->integer(3) != row.integer(kApprovalEntry))
        return std::optional<QString>(
            QCoreApplication::translate("daicho::AuditVerifier",
                                        "Entry %1 records a decision on a revision that does not exist.")
                .arg(covering.seq));
    if (revision->integer(0) == approver)
        return std::optional<QString>(
            QCoreApplication::translate("daicho::AuditVerifier",
                                        "Entry %1 records person %2 approving their own writing: another approver "
                                        "must decide (segregation of duties).")
                .arg(covering.seq)
                .arg(approver));
    return checkActor(approver, covering, revision->text(1), revision->optionalInteger(2), true);
}

} // namespace daicho
