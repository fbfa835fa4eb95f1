#include "ledger/LedgerAccess.h"

#include <QCoreApplication>

namespace daicho {

namespace {

Error formRefused(const Session& session, const FormDefinition& form, const char* what)
{
    return makeError(ErrorCode::PermissionDenied,
                     QCoreApplication::translate("daicho::LedgerAccess", what)
                         .arg(roleDisplayName(session.role()), form.number + QLatin1Char(' ') + form.title),
                     form.id);
}

// The auditor checks the whole centre (第15条) and writes only the monitoring sheet.
bool actsForAllDepartments(Role role)
{
    return role == Role::Chief || role == Role::ActingChief || role == Role::Auditor;
}

Status requireOwnDepartment(const Session& session, const FormDefinition& form,
                            std::optional<std::int64_t> entryDepartment)
{
    if (actsForAllDepartments(session.role()))
        return {};
    const auto& mine = session.user().departmentId;
    if (!mine)
        return makeError(ErrorCode::PermissionDenied,
                         QCoreApplication::translate("daicho::LedgerAccess",
                                                     "You belong to no department, so you cannot act on %1. Ask "
                                                     "the chief officer to set your department.")
                             .arg(form.number),
                         form.id);
    if (!entryDepartment)
        return {};
    auto within = LedgerAccess::departmentWithin(session, *entryDepartment, *mine);
    if (!within)
        return within.error();
    if (!within.value())
        return makeError(ErrorCode::PermissionDenied,
                         QCoreApplication::translate("daicho::LedgerAccess",
                                                     "This entry belongs to another department. Only that "
                                                     "department, or the chief officer, may act on it."),
                         form.id);
    return {};
}

} // namespace

Status LedgerAccess::requireRead(const Session& session, const FormDefinition& form)
{
    DAICHO_TRY(requirePermission(session, Operation::ReadLedgers));
    if (!form.readers.contains(session.role()))
        return formRefused(session, form, QT_TRANSLATE_NOOP("daicho::LedgerAccess", "A %1 may not read %2."));
    return {};
}

Status LedgerAccess::requireWrite(const Session& session, const FormDefinition& form,
                                  std::optional<std::int64_t> entryDepartment)
{
    DAICHO_TRY(requirePermission(session, Operation::WriteLedgers));
    if (!form.writers.contains(session.role()))
        return formRefused(session, form, QT_TRANSLATE_NOOP("daicho::LedgerAccess", "A %1 may not write in %2."));
    return requireOwnDepartment(session, form, entryDepartment);
}

Status LedgerAccess::requireDecide(const Session& session, const FormDefinition& form,
                                   std::optional<std::int64_t> entryDepartment)
{
    DAICHO_TRY(requirePermission(session, Operation::DecideLedgers));
    if (form.approval == ApprovalKind::None || !form.approvers.contains(session.role()))
        return formRefused(session, form,
                           QT_TRANSLATE_NOOP("daicho::LedgerAccess", "A %1 may not approve or review %2."));
    return requireOwnDepartment(session, form, entryDepartment);
}

Result<bool> LedgerAccess::departmentWithin(const Session& session, std::int64_t department, std::int64_t ancestor)
{
    auto parent = session.db().prepare(QStringLiteral("SELECT parent_id FROM departments WHERE id = ?"));
    if (!parent)
        return parent.error();
    std::optional<std::int64_t> current = department;
    // Departments are a shallow tree (部 → 課); the bound only guards against a cycle.
    for (int depth = 0; current && depth < 16; ++depth) {
        if (*current == ancestor)
            return true;
        parent->reset();
        parent->bind(1, *current);
        auto row = parent->step();
        if (!row)
            return row.error();
        if (!row.value() || parent->isNull(0))
            return false;
        current = parent->integer(0);
    }
    return false;
}

} // namespace daicho
