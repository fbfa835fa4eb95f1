#include "auth/Organisation.h"

#include "audit/AuditLog.h"
#include "audit/internal/AuditRecords.h"
#include "auth/Permission.h"

#include <QCoreApplication>

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
        QStringLiteral("SELECT id, parent_id, name, sort_order FROM departments ORDER BY sort_order, id"),
        [](const Statement& row) {
            DepartmentEntry d;
            d.id = row.integer(0);
            d.parentId = row.optionalInteger(1);
            d.name = row.text(2);
            d.sortOrder = static_cast<int>(row.integer(3));
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
