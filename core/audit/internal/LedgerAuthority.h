#pragma once

#include "audit/internal/LedgerRowsCheck.h"
#include "audit/internal/PeopleRecord.h"
#include "auth/internal/DepartmentTree.h"
#include "common/Result.h"
#include "store/Database.h"

#include <map>
#include <optional>
#include <vector>

namespace daicho {

// Whether the person who signed the entry covering a ledger row was the one the row names
// and was allowed to write or decide it then: the author of a revision and the approver of a
// decision are the signer of its entry; the signer held, as registrars recorded it at that
// entry, a role that writes (or approves) that form and, as a head or staff member, acted for
// the entry's own department or one of its sections (第7条3項); nobody approved their own
// writing. The current department tree is used: departments are added and renamed, never
// moved.
class LedgerAuthority
{
public:
    static Result<LedgerAuthority> load(const Database& db, const PeopleRecord& people);

    // `row` is a `SELECT *` row of ledger_revisions; the problem, or nothing.
    Result<std::optional<QString>> checkRevision(const Statement& row, const RecordedRows& covering) const;
    // `row` is a `SELECT *` row of ledger_approvals.
    Result<std::optional<QString>> checkApproval(const Statement& row, const RecordedRows& covering) const;

private:
    LedgerAuthority(const Database& db, const PeopleRecord& people)
        : m_db(&db)
        , m_people(&people)
    { }
    Result<std::optional<QString>> checkRevisionAuthor(const Statement& row, const RecordedRows& covering) const;
    Result<std::optional<QString>> checkApprover(const Statement& row, const RecordedRows& covering) const;
    std::optional<QString> checkActor(std::int64_t actor, const RecordedRows& covering, const QString& formId,
                                      std::optional<std::int64_t> department, bool decides) const;
    // A row recorded since schema 11 holds a key of its own and, for a revision, the version of
    // the retention rules in force at its entry (`versionColumn` < 0: none to check).
    std::optional<QString> checkKeyAndVersion(const Statement& row, const RecordedRows& covering, int keyColumn,
                                              int versionColumn) const;
    const Database* m_db;
    const PeopleRecord* m_people;
    DepartmentTree m_departments;
    std::int64_t m_keyedAfter = 0; // the seq of the upgrade to schema 11 (0: the file began there)
    std::vector<std::int64_t> m_versionSeqs; // the seqs of retention.periods, versions 2, 3, … in order
};

} // namespace daicho
