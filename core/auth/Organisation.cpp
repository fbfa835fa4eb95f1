#include "auth/Organisation.h"

#include "audit/AuditLog.h"
#include "auth/Permission.h"

#include <QCoreApplication>

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

} // namespace

Result<QList<DepartmentEntry>> Organisation::departments(const Session& session)
{
    DAICHO_TRY(requirePermission(session, Operation::ViewOrganisation));
    auto stmt = session.db().prepare(
        QStringLiteral("SELECT id, parent_id, name, sort_order FROM departments ORDER BY sort_order, id"));
    if (!stmt)
        return stmt.error();
    QList<DepartmentEntry> list;
    while (true) {
        auto row = stmt->step();
        if (!row)
            return row.error();
        if (!row.value())
            return list;
        DepartmentEntry d;
        d.id = stmt->integer(0);
        if (!stmt->isNull(1))
            d.parentId = stmt->integer(1);
        d.name = stmt->text(2);
        d.sortOrder = static_cast<int>(stmt->integer(3));
        list << d;
    }
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
    for (const DepartmentEntry& d : all) {
        if (d.id != id)
            continue;
        if (d.parentId)
            return fullName(all, *d.parentId) + QLatin1Char(' ') + d.name;
        return d.name;
    }
    return {};
}

} // namespace daicho
