#pragma once

#include "auth/Role.h"
#include "cases/CaseKind.h"

#include <cstdint>
#include <functional>
#include <optional>

namespace daicho {

// Who a person is to a case, as the store knows it now and the verifier as registrars
// recorded it then: their role and department.
struct CaseStanding {
    std::optional<Role> role;
    std::optional<std::int64_t> departmentId;
};

// The departments a case is with: the desk that received it and the section handling it.
struct CaseParties {
    std::optional<std::int64_t> desk;
    std::optional<std::int64_t> section;
};

// Whether `department` is `ancestor` or one of its sections (DepartmentTree, LedgerAccess).
using DepartmentWithin = std::function<bool(std::int64_t department, std::int64_t ancestor)>;

// Whether one of `actors` describes the person for this case (第33条: the desk receives and
// passes on; the handling section answers; its head or the chief decides).
bool actsAs(const QList<CaseActor>& actors, const CaseStanding& person, const CaseParties& parties,
            const DepartmentWithin& within);

// Who reads a case: the desk, the handling section, the chief and acting chief, and the
// kind's other readers (the auditor); other staff do not (issue 12 §6).
bool mayReadCase(const CaseKind& kind, const CaseStanding& person, const CaseParties& parties,
                 const DepartmentWithin& within);

// Whether the person reads every case of every kind whatever department it is with (the chief,
// the acting chief, the auditor): only they are told that a case does not exist. Anyone else is
// refused the same way whether or not it exists (issue 12 §6).
bool readsEveryCase(const CaseStanding& person);

// The person's part, for a message: 「窓口（総務部総務課）の方」, 「担当部署の部門責任者」.
QString actorsDisplayText(const QList<CaseActor>& actors);

} // namespace daicho
