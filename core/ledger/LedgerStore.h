#pragma once

#include "auth/Session.h"
#include "common/Result.h"
#include "ledger/EntryValidator.h"
#include "ledger/LedgerProjection.h"
#include "ledger/LedgerTypes.h"

#include <optional>

namespace daicho {

// Writes entries of any form. Every write checks the permission, validates the values with
// the definition and the rules, stores an immutable revision or decision, refreshes the
// entry's derived row and search index, and appends the audit entry — all in one
// transaction. Nothing is ever updated in place or deleted here (retention disposal is its
// own service).
class LedgerStore
{
public:
    // The problems that would stop add() or revise() (for the editor to show beside each
    // field before saving). `entryId` is set for a correction.
    static Result<QList<Issue>> check(const Session& session, const QString& formId, const FieldValues& values,
                                      std::optional<EntryId> entryId = std::nullopt);

    // A new entry. Its department is the value of the form's department field, or the
    // writer's own department when the form has none.
    static Result<EntryId> add(Session& session, const QString& formId, const FieldValues& values);

    // A correction: a new revision with the reason for it. An approved or reviewed entry
    // goes back to its approver, unless only what is filled after approval changed.
    static Result<RevisionId> revise(Session& session, EntryId id, const FieldValues& values, const QString& reason);

    // The approver's decision about the current revision. A return needs a comment that says
    // what to correct. Nobody approves their own writing.
    static Result<std::int64_t> decide(Session& session, EntryId id, Decision decision, const QString& comment);
};

// The department an entry belongs to: its department field, else the writer's department.
std::optional<std::int64_t> entryDepartment(const Session& session, const FormDefinition& form,
                                            const FieldValues& values);

} // namespace daicho
