#pragma once

#include "ledger/FormDefinition.h"
#include "ledger/LedgerTypes.h"

#include <QList>
#include <QString>

namespace daicho {

// The row of ledger_entries, derived from an entry's revisions and decisions. The store
// writes it; the verifier derives it again from the append-only tables and compares, so a
// list can never show what the signed history does not say.
struct ProjectedEntry {
    EntryId id = 0;
    QString formId;
    // Its No. in its own ledger: the n-th entry of the form by id (issue 11 §8). Not derived
    // from the entry's own history: the writer sets it when the entry is added.
    std::int64_t number = 0;
    QString entryDate; // yyyy-MM-dd (Japan)
    std::optional<std::int64_t> departmentId;
    std::optional<EntryId> registerId;
    EntryState state = EntryState::Recorded;
    RevisionId revisionId = 0;
    int revisionCount = 0;
    std::int64_t authorId = 0;
    QString searchText; // normalised searchable values, fields separated by U+001F

    bool operator==(const ProjectedEntry&) const = default;
};

// `revisions` in order of their number (at least one), `approvals` in order of their id.
ProjectedEntry projectEntry(const FormDefinition& form, const QList<LedgerRevision>& revisions,
                            const QList<LedgerApproval>& approvals);

// The state alone: approvals count from the newest revision that does not keep approval.
EntryState deriveState(const FormDefinition& form, const QList<LedgerRevision>& revisions,
                       const QList<LedgerApproval>& approvals);

// The date an entry is filed under: its date field (a date-time counts on its Japan date).
QDate entryDateOf(const FormDefinition& form, const FieldValues& values);

// The normalised text free-text search looks in.
QString searchTextOf(const FormDefinition& form, const FieldValues& values);

} // namespace daicho
