#pragma once

#include "retention/internal/DisposedRows.h"

#include "audit/internal/LedgerRowsCheck.h"
#include "audit/internal/PeopleRecord.h"
#include "auth/internal/DepartmentTree.h"

#include <map>
#include <utility>
#include <vector>

namespace daicho {

// The rows of cases and of the desk's data, as the trail recorded them and as the people who
// signed them may have written them.
//
// First, row by row (checkAppendOnlyRows): an event names its signer as its actor and a desk
// version its signer as its author, the chief or the acting chief then; neither comes from an
// import. Desk versions are numbered 1, 2, 3 … in the order they were recorded, and hold what
// RequestDesk::save accepts. Each row's entry is remembered for the second part.
//
// Then case by case (checkCases): cases are numbered 1, 2, 3 … in the order their receipts
// were recorded, as CaseStore::receive numbers them; the events follow the kind's steps from its receipt; each
// event was taken by someone the step allows, as registrars had recorded them at its entry and
// with the case where the earlier events had put it (the desk of the receipt's desk version,
// the section routed to); each names the desk version in force at its entry; its items are
// what the step's form accepts and its dates are not after the day it was recorded nor before
// the receipt; and the derived rows (cases, case_clocks) are what the events give.
class CaseAuthority
{
public:
    static Result<CaseAuthority> load(const Database& db, const PeopleRecord& people);

    Result<std::optional<QString>> checkEvent(const Statement& row, const RecordedRows& covering);
    Result<std::optional<QString>> checkDeskVersion(const Statement& row, const RecordedRows& covering);
    // A version of the public notice (第34条1項) is published by the chief or the acting chief
    // who signed it.
    Result<std::optional<QString>> checkPublishedNotice(const Statement& row, const RecordedRows& covering) const;

    Result<std::optional<LedgerRowsProblem>> checkCases(const Database& db, std::int64_t& rowsChecked) const;

private:
    explicit CaseAuthority(const PeopleRecord& people)
        : m_people(&people)
    { }
    const PeopleRecord* m_people;
    DepartmentTree m_departments;
    // What each done disposal run removed, with the seq of its disposal.run entry: a step's
    // record may be among what a run removed after the step.
    std::vector<std::pair<std::int64_t, DisposedRows>> m_disposed;
    DisposedRows m_removed; // every run's, merged
    std::map<std::int64_t, std::int64_t> m_eventSeq; // case_events.id -> seq of its entry
    std::map<std::int64_t, std::int64_t> m_deskSeq; // desk_versions.id -> seq of its entry
    std::int64_t m_lastDeskId = 0; // the last desk version walked (rows come in id order)
    std::int64_t m_lastDeskSeq = 0;
};

} // namespace daicho
