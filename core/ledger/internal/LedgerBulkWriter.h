#pragma once

#include "audit/AuditLog.h"
#include "auth/Session.h"
#include "common/Result.h"
#include "ledger/FormDefinition.h"
#include "ledger/LedgerTypes.h"

#include <memory>

namespace daicho {

// Adds many new entries of one form inside the caller's transaction, with statements prepared
// once. Their search grams are not written here: SearchIndex::catchUp() indexes them after the
// rows commit (searches read their text meanwhile). Values must already have passed the
// validator and the rules (LedgerImport does that for every row first). finish() writes one
// audit entry covering the whole range of new revisions: signing each of a million rows would
// cost more than storing them.
class LedgerBulkWriter
{
public:
    static Result<std::unique_ptr<LedgerBulkWriter>> start(Session& session, const FormDefinition& form);
    ~LedgerBulkWriter();

    [[nodiscard]] Result<EntryId> add(const FieldValues& values, std::optional<std::int64_t> departmentId);
    // Appends the audit entry ("ledger.import"); returns its seq.
    // `sourceDigest`: SHA-256 (hex) of the imported file, so an auditor can match the file;
    // never its name, which may hold a person's name. `repeatsLeftOut`: the rows of the file
    // left out as repeating kept entries, so that the trail accounts for every row of it.
    [[nodiscard]] Result<std::int64_t> finish(const QString& sourceDigest, std::int64_t repeatsLeftOut = 0);

    std::int64_t count() const { return m_count; }

private:
    LedgerBulkWriter(Session& session, const FormDefinition& form, EntryId firstEntry, RevisionId firstRevision);

    Session& m_session;
    const FormDefinition& m_form;
    struct Statements;
    std::unique_ptr<Statements> m_statements;
    EntryId m_nextEntry = 0;
    RevisionId m_firstRevision = 0;
    RevisionId m_nextRevision = 0;
    std::int64_t m_nextNumber = 1; // the No. of the next entry in the form's own ledger
    std::int64_t m_count = 0;
    QString m_atUtc;
    QString m_ruleVersion; // the retention rules the rows are written under
    RangeDigest m_rangeDigest; // of every revision written, for the one audit entry
};

} // namespace daicho
