#pragma once

#include "auth/UserEntry.h"
#include "common/Result.h"
#include "store/Database.h"

#include <QList>

namespace daicho {

// The centre's departments and sections as the regulation names them (第6条, 第33条).
// They are data: the chief can add and rename them later.
namespace OrganisationSeed {

struct Seeded {
    QList<DepartmentId> all;
    DepartmentId generalAffairs = 0; // 総務部: the chief's department (第6条3項)
    DepartmentId business = 0; // 事業部
    DepartmentId administration = 0; // 事務部
};

Result<Seeded> insertCentreDepartments(Database& db);

} // namespace OrganisationSeed

} // namespace daicho
