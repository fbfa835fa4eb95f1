#pragma once

#include "auth/Session.h"
#include "auth/UserEntry.h"
#include "common/Result.h"

#include <QList>

namespace daicho {

// Departments (部) and their sections (課). The centre's own are created with the database.
class Organisation
{
public:
    static Result<QList<DepartmentEntry>> departments(const Session& session);
    static Result<DepartmentId> addDepartment(Session& session, const QString& name,
                                              std::optional<DepartmentId> parentId);
    static Status renameDepartment(Session& session, DepartmentId id, const QString& name);
    // Retires a department or section that no longer exists, or puts it back in use: its
    // entries and people keep it, and it is no longer offered for new ones. Refused while
    // people still belong to it, or while a department still has sections in use.
    static Status setDepartmentRetired(Session& session, DepartmentId id, bool retired);
    // Moves a department among its fellow departments (or a section among the sections of its
    // department) one place up (-1) or down (+1), as lists and choices show them.
    static Status moveDepartment(Session& session, DepartmentId id, int step);
    static Result<QString> organisationName(const Session& session);

    // "総務部 総務課" style path for display.
    static QString fullName(const QList<DepartmentEntry>& all, DepartmentId id);
};

} // namespace daicho
