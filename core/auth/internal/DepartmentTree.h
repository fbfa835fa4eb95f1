#pragma once

#include "common/Result.h"
#include "store/Database.h"

#include <QList>

#include <cstdint>
#include <map>
#include <optional>

namespace daicho {

// The departments as a tree of ids (部 → 課), read once for decisions that walk it many times
// (every ledger row of a verification, the part of the tree a sign-in checks).
class DepartmentTree
{
public:
    static Result<DepartmentTree> load(const Database& db);

    // Whether `department` is `ancestor` or one of its sections. Departments are a shallow
    // tree; the walk is bounded so that a cycle planted in the table cannot hang it.
    bool within(std::int64_t department, std::int64_t ancestor) const;
    QList<std::int64_t> ids() const;

private:
    std::map<std::int64_t, std::optional<std::int64_t>> m_parents; // department -> parent
};

} // namespace daicho
