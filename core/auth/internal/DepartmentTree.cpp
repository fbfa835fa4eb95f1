#include "auth/internal/DepartmentTree.h"

namespace daicho {

Result<DepartmentTree> DepartmentTree::load(const Database& db)
{
    DepartmentTree tree;
    auto rows = db.prepare(QStringLiteral("SELECT id, parent_id FROM departments"));
    if (!rows)
        return rows.error();
    DAICHO_TRY(rows->forEach([&](Statement&) {
        tree.m_parents[rows->integer(0)] =
            rows->isNull(1) ? std::nullopt : std::optional<std::int64_t>(rows->integer(1));
    }));
    return tree;
}

bool DepartmentTree::within(std::int64_t department, std::int64_t ancestor) const
{
    std::optional<std::int64_t> current = department;
    for (int depth = 0; current && depth < 16; ++depth) {
        if (*current == ancestor)
            return true;
        auto parent = m_parents.find(*current);
        current = parent == m_parents.end() ? std::nullopt : parent->second;
    }
    return false;
}

QList<std::int64_t> DepartmentTree::ids() const
{
    QList<std::int64_t> all;
    for (const auto& [id, parent] : m_parents)
        all << id;
    return all;
}

} // namespace daicho
