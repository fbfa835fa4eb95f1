#include "auth/Organisation.h"

#include "audit/AuditLog.h"
#include "audit/internal/AuditRecords.h"
#include "auth/Permission.h"
#include "common/IsoText.h"
#include "common/JapaneseCalendar.h"
#include "ledger/FormRegistry.h"

#include <QCoreApplication>

#include <algorithm>
#include <map>

namespace daicho {

namespace {

Status checkName(const QString& name)
{
    if (name.trimmed().isEmpty())
        return makeError(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("daicho::Organisation", "Enter the name of the department or section."));
    if (name.trimmed().size() > 60)
        return makeError(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("daicho::Organisation", "The name is too long (at most 60 characters)."));
    return {};
}

// Departments are a shallow tree (部 → 課): a chain that does not end within a few steps is a
// loop planted in the table, which would otherwise hang every walk up the tree.
Status requireTree(const QList<DepartmentEntry>& all)
{
    std::map<DepartmentId, std::optional<DepartmentId>> parents;
    for (const DepartmentEntry& d : all)
        parents[d.id] = d.parentId;
    for (const DepartmentEntry& d : all) {
        std::optional<DepartmentId> current = d.id;
        for (int depth = 0; current; ++depth) {
            if (depth >= 16)
                return makeError(ErrorCode::Tampered,
                                 QCoreApplication::translate("daicho::Organisation",
                                                             "The departments form a loop (%1): the table was "
                                                             "changed outside Daicho. Tell the auditor.")
                                     .arg(d.name));
            auto parent = parents.find(*current);
            current = parent == parents.end() ? std::nullopt : parent->second;
        }
    }
    return {};
}

} // namespace

Result<QList<DepartmentEntry>> Organisation::departments(const Session& session)
{
    DAICHO_TRY(requirePermission(session, Operation::ViewOrganisation));
    auto list = session.db().readRows(
        QStringLiteral("SELECT d.id, d.parent_id, d.name, d.sort_order, r.retired_on FROM departments d "
                       "LEFT JOIN department_retirements r ON r.department_id = d.id ORDER BY d.sort_order, d.id"),
        [](const Statement& row) {
            DepartmentEntry d;
            d.id = row.integer(0);
            d.parentId = row.optionalInteger(1);
            d.name = row.text(2);
            d.sortOrder = static_cast<int>(row.integer(3));
            if (!row.isNull(4))
                d.retiredOn = dateFromIso(row.text(4));
            return d;
        });
    if (!list)
        return list.error();
    DAICHO_TRY(requireTree(list.value()));
    return list;
}

Result<DepartmentId> Organisation::addDepartment(Session& session, const QString& name,
                                                 std::optional<DepartmentId> parentId)
{
    DAICHO_TRY(requirePermission(session, Operation::ManageOrganisation));
    DAICHO_TRY(checkName(name));
    auto tx = Transaction::begin(session.db());
    if (!tx)
        return tx.error();
    if (parentId) {
        auto parent =
            session.db().firstRow(QStringLiteral("SELECT parent_id FROM departments WHERE id = ?"), *parentId);
        if (!parent)
            return parent.error();
        if (!parent->has_value())
            return makeError(
                ErrorCode::InvalidInput,
                QCoreApplication::translate("daicho::Organisation", "The chosen department does not exist."));
        if (!parent.value()->isNull(0))
            return makeError(ErrorCode::InvalidInput,
                             QCoreApplication::translate("daicho::Organisation",
                                                         "A section belongs to a department, not to another section."));
    }
    DAICHO_TRY(
        session.db().run(QStringLiteral("INSERT INTO departments (parent_id, name, sort_order) VALUES (?, ?, (SELECT "
                                        "coalesce(max(sort_order), 0) + 1 FROM departments))"),
                         parentId, name.trimmed()));
    auto id = session.db().scalar(QStringLiteral("SELECT last_insert_rowid()"));
    if (!id)
        return id.error();
    DAICHO_TRY(
        AuditLog::append(session, {QStringLiteral("department.add"), QStringLiteral("departments"), id.value(), {}}));
    DAICHO_TRY(tx.value()->commit());
    return id->toLongLong();
}

Status Organisation::renameDepartment(Session& session, DepartmentId id, const QString& name)
{
    DAICHO_TRY(requirePermission(session, Operation::ManageOrganisation));
    DAICHO_TRY(checkName(name));
    auto tx = Transaction::begin(session.db());
    if (!tx)
        return tx.error();
    DAICHO_TRY(requireUnchanged(session.db(), QStringLiteral("departments"), QString::number(id)));
    DAICHO_TRY(session.db().run(QStringLiteral("UPDATE departments SET name = ? WHERE id = ?"), name.trimmed(), id));
    if (session.db().changes() == 0)
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("daicho::Organisation", "The department does not exist."));
    DAICHO_TRY(AuditLog::append(
        session, {QStringLiteral("department.rename"), QStringLiteral("departments"), QString::number(id), {}}));
    return tx.value()->commit();
}

Status Organisation::setDepartmentRetired(Session& session, DepartmentId id, bool retired)
{
    DAICHO_TRY(requirePermission(session, Operation::ManageOrganisation));
    auto tx = Transaction::begin(session.db());
    if (!tx)
        return tx.error();
    const QString rowId = QString::number(id);
    DAICHO_TRY(requireUnchanged(session.db(), QStringLiteral("departments"), rowId));
    DAICHO_TRY(requireUnchanged(session.db(), QStringLiteral("department_retirements"), rowId));
    auto department =
        session.db().firstRow(QStringLiteral("SELECT d.name, d.parent_id, r.department_id FROM departments d LEFT JOIN "
                                             "department_retirements r ON r.department_id = d.id WHERE d.id = ?"),
                              id);
    if (!department)
        return department.error();
    if (!department->has_value())
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("daicho::Organisation", "The department does not exist."));
    const QString name = department.value()->text(0);
    const bool isSection = !department.value()->isNull(1);
    if (!department.value()->isNull(2) == retired)
        return tx.value()->commit(); // already so: nothing to record
    if (retired) {
        // Nobody may be left working in a department that no longer exists.
        auto counted = session.db().firstRow(
            QStringLiteral("SELECT count(*) FROM users WHERE active = 1 AND department_id = ?"), id);
        if (!counted)
            return counted.error();
        const int people = counted->has_value() ? static_cast<int>(counted.value()->integer(0)) : 0;
        if (people > 0)
            return makeError(ErrorCode::InvalidInput,
                             QCoreApplication::translate("daicho::Organisation",
                                                         "%n people still belong to %1. Move them to another "
                                                         "department on the user administration page first.",
                                                         nullptr, people)
                                 .arg(name));
        auto sectionInUse =
            session.db().hasRow(QStringLiteral("SELECT 1 FROM departments d WHERE d.parent_id = ? AND NOT EXISTS "
                                               "(SELECT 1 FROM department_retirements r WHERE r.department_id = d.id)"),
                                id);
        if (!sectionInUse)
            return sectionInUse.error();
        if (sectionInUse.value())
            return makeError(ErrorCode::InvalidInput,
                             QCoreApplication::translate("daicho::Organisation",
                                                         "%1 still has sections in use. Retire them, or move their "
                                                         "people elsewhere and retire them, first.")
                                 .arg(name));
        // 第11条⑦: a register entry's handling department answers for its database; and an
        // entry waiting for the department's head (第8条2項) would wait for nobody.
        const FormDefinition* registerForm = FormRegistry::managementRegister();
        auto registers = session.db().firstRow(
            QStringLiteral("SELECT group_concat(number, '・') FROM ledger_entries WHERE form = ? AND "
                           "department_id = ?"),
            registerForm ? registerForm->id : QString(), id);
        if (!registers)
            return registers.error();
        if (registers->has_value() && !registers.value()->isNull(0))
            return makeError(ErrorCode::InvalidInput,
                             QCoreApplication::translate("daicho::Organisation",
                                                         "%1 is the handling department of 様式3 No.%2 (第11条⑦). "
                                                         "Correct their handling department first.")
                                 .arg(name, registers.value()->text(0)));
        auto waiting = session.db().firstRow(
            QStringLiteral("SELECT count(*) FROM ledger_entries WHERE department_id = ? AND state IN "
                           "('awaiting_approval', 'awaiting_review', 'returned')"),
            id);
        if (!waiting)
            return waiting.error();
        const int waitingCount = waiting->has_value() ? static_cast<int>(waiting.value()->integer(0)) : 0;
        if (waitingCount > 0)
            return makeError(ErrorCode::InvalidInput,
                             QCoreApplication::translate("daicho::Organisation",
                                                         "%n entries of %1 still wait for a decision or a correction. "
                                                         "Have them decided first.",
                                                         nullptr, waitingCount)
                                 .arg(name));
        DAICHO_TRY(session.db().run(
            QStringLiteral("INSERT INTO department_retirements (department_id, retired_on) VALUES (?, ?)"), id,
            isoDate(japanDate(session.clock().nowUtc()))));
    } else {
        // A section comes back only under a department in use.
        if (isSection) {
            auto parentRetired = session.db().hasRow(
                QStringLiteral("SELECT 1 FROM department_retirements r JOIN departments d ON d.parent_id = "
                               "r.department_id WHERE d.id = ?"),
                id);
            if (!parentRetired)
                return parentRetired.error();
            if (parentRetired.value())
                return makeError(ErrorCode::InvalidInput,
                                 QCoreApplication::translate("daicho::Organisation",
                                                             "%1 belongs to a retired department. Put that "
                                                             "department back in use first.")
                                     .arg(name));
        }
        DAICHO_TRY(session.db().run(QStringLiteral("DELETE FROM department_retirements WHERE department_id = ?"), id));
    }
    DAICHO_TRY(AuditLog::append(session,
                                {retired ? QStringLiteral("department.retire") : QStringLiteral("department.reinstate"),
                                 QStringLiteral("department_retirements"),
                                 rowId,
                                 {}}));
    return tx.value()->commit();
}

Status Organisation::moveDepartment(Session& session, DepartmentId id, int step)
{
    DAICHO_TRY(requirePermission(session, Operation::ManageOrganisation));
    if (step != -1 && step != 1)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("a department moves one place at a time"));
    auto tx = Transaction::begin(session.db());
    if (!tx)
        return tx.error();
    auto all = departments(session);
    if (!all)
        return all.error();
    const auto self = std::find_if(all->cbegin(), all->cend(), [id](const DepartmentEntry& d) { return d.id == id; });
    if (self == all->cend())
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("daicho::Organisation", "The department does not exist."));
    // Its fellows in the order shown: the departments, or the sections of its department.
    QList<DepartmentEntry> fellows;
    for (const DepartmentEntry& d : all.value())
        if (d.parentId == self->parentId)
            fellows << d;
    const qsizetype at =
        std::find_if(fellows.cbegin(), fellows.cend(), [id](const DepartmentEntry& d) { return d.id == id; })
        - fellows.cbegin();
    const qsizetype to = at + step;
    if (to < 0 || to >= fellows.size())
        return tx.value()->commit(); // first or last already: nothing to record
    const DepartmentEntry& other = fellows[to];
    // Sort orders may repeat (older files): the two swap places by order and, when equal, by id.
    int mine = self->sortOrder;
    int theirs = other.sortOrder;
    if (mine == theirs)
        step < 0 ? --theirs : ++theirs;
    for (const auto& [department, order] : {std::pair{id, theirs}, std::pair{other.id, mine}}) {
        DAICHO_TRY(requireUnchanged(session.db(), QStringLiteral("departments"), QString::number(department)));
        DAICHO_TRY(
            session.db().run(QStringLiteral("UPDATE departments SET sort_order = ? WHERE id = ?"), order, department));
        DAICHO_TRY(AuditLog::append(
            session,
            {QStringLiteral("department.move"), QStringLiteral("departments"), QString::number(department), {}}));
    }
    return tx.value()->commit();
}

Result<QString> Organisation::organisationName(const Session& session)
{
    return session.db().scalar(QStringLiteral("SELECT value FROM meta WHERE key = 'organisation_name'"));
}

QString Organisation::fullName(const QList<DepartmentEntry>& all, DepartmentId id)
{
    // Walked up from the section, at most a few steps: a loop planted in the table must not
    // hang or crash whatever shows a department's name.
    QStringList names;
    std::optional<DepartmentId> current = id;
    for (int depth = 0; current && depth < 16; ++depth) {
        const DepartmentEntry* found = nullptr;
        for (const DepartmentEntry& d : all)
            if (d.id == *current)
                found = &d;
        if (!found)
            break;
        names.prepend(found->name);
        current = found->parentId;
    }
    return names.join(QLatin1Char(' '));
}

} // namespace daicho
