#pragma once

#include "auth/Role.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <cstdint>
#include <optional>

namespace daicho {

using UserId = std::int64_t;
using DepartmentId = std::int64_t;

struct UserEntry {
    UserId id = 0;
    QString login; // sign-in ID, fixed once created
    QString displayName;
    Role role = Role::Staff;
    std::optional<DepartmentId> departmentId;
    bool active = true;
    bool mustChangePassword = true;
    bool locked = false;
    int failedSignIns = 0;
};

struct DepartmentEntry {
    DepartmentId id = 0;
    std::optional<DepartmentId> parentId; // a section (課) points at its department (部)
    QString name;
    int sortOrder = 0;
    // Retired (issue 11 §15): kept for the entries and people of the past, no longer offered
    // for new ones. The day it was retired, in Japan time; null while in use.
    QDate retiredOn;
    bool retired() const { return retiredOn.isValid(); }
};

} // namespace daicho
