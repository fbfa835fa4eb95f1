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
    auto stmt = session.db().prepare(
        QStringLiteral("SELECT id, parent_id, name, sort_order FROM departments ORDER BY sort_order, id"));
    if (!stmt)
        return stmt.error();
    QList<DepartmentEntry> list;
    DAICHO_TRY(stmt->forEach([&](Statement& row) {
        DepartmentEntry d;
        d.id = row.integer(0);
        if (!row.isNull(1))
            d.parentId = row.integer(1);
        d.name = row.text(2);
        d.sortOrder = static_cast<int>(row.integer(3));
        list << d;
    }));
    DAICHO_TRY(requireTree(list));
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
        auto parent = session.db().prepare(QStringLiteral("SELECT parent_id FROM departments WHERE id = ?"));
        if (!parent)
            return parent.error();
        parent->bind(1, *parentId);
        auto row = parent->step();
        if (!row)
            return row.error();
        if (!row.value())
            return makeError(
                ErrorCode::InvalidInput,
                QCoreApplication::translate("daicho::Organisation", "The chosen department does not exist."));
        if (!parent->isNull(0))
            return makeError(ErrorCode::InvalidInput,
                             QCoreApplication::translate("daicho::Organisation",
                                                         "A section belongs to a department, not to another section."));
    }
    auto insert = session.db().prepare(QStringLiteral(
        "INSERT INTO departments (parent_id, name, sort_order) VALUES (?, ?, (SELECT coalesce(max(sort_order), 0) + 1 "
        "FROM departments))"));
    if (!insert)
        return insert.error();
    insert->bind(1, parentId).bind(2, name.trimmed());
    DAICHO_TRY(insert->run());
    auto id = session.db().scalar(QStringLiteral("SELECT last_insert_rowid()"));
    if (!id)
        return id.error();
    auto seq =
        AuditLog::append(session, {QStringLiteral("department.add"), QStringLiteral("departments"), id.value(), {}});
    if (!seq)
        return seq.error();
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
    auto update = session.db().prepare(QStringLiteral("UPDATE departments SET name = ? WHERE id = ?"));
    if (!update)
        return update.error();
    update->bind(1, name.trimmed()).bind(2, id);
    DAICHO_TRY(update->run());
    if (session.db().changes() == 0)
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("daicho::Organisation", "The department does not exist."));
    auto seq = AuditLog::append(
        session, {QStringLiteral("department.rename"), QStringLiteral("departments"), QString::number(id), {}});
    if (!seq)
        return seq.error();
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
