#pragma once

#include "auth/Permission.h"
#include "auth/Session.h"
#include "ledger/FormDefinition.h"

#include <optional>

namespace daicho {

// Who may do what with one form's entries. The role table (Permission) says whether a role
// handles ledgers at all; the definition names the roles of this form; and heads and staff
// act only for their own department and its sections (第7条3項: the head of a department
// answers for its data), while the chief and acting chief act for all.
namespace LedgerAccess {

[[nodiscard]] Status requireRead(const Session& session, const FormDefinition& form);
[[nodiscard]] Status requireWrite(const Session& session, const FormDefinition& form,
                                  std::optional<std::int64_t> entryDepartment);
[[nodiscard]] Status requireDecide(const Session& session, const FormDefinition& form,
                                   std::optional<std::int64_t> entryDepartment);

// Whether `department` is `ancestor` or one of its sections (any depth): a fact about the
// organisation, which everyone signed in may read.
Result<bool> departmentWithin(const Session& session, std::int64_t department, std::int64_t ancestor);

} // namespace LedgerAccess

} // namespace daicho
