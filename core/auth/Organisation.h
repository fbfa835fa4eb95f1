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
    static Result<QString> organisationName(const Session& session);

    // "総務部 総務課" style path for display.
    static QString fullName(const QList<DepartmentEntry>& all, DepartmentId id);
};

} // namespace daicho
