#pragma once

#include "auth/UserEntry.h"
#include "common/Result.h"

#include <QList>
#include <QString>

namespace daicho {

// Finds a department or section from what a person types after --department: its number,
// its full name ("事業部 健診管理課", a full-width space works too) or its own name when
// that name is unique. InvalidInput naming the choices otherwise.
Result<DepartmentId> findDepartment(const QList<DepartmentEntry>& all, const QString& spec);

} // namespace daicho
