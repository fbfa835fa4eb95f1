#pragma once

#include "ledger/EntryValidator.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <cstdint>
#include <optional>

namespace daicho {

using EntryId = std::int64_t;
using RevisionId = std::int64_t;

// Where an entry stands with its approver (第7条3項; a carry-out's prior approval is the centre's
// rule, not 第19条's). Stored as its key.
enum class EntryState {
    Recorded, // the form needs no approval
    AwaitingApproval, // a carry-out waits for the head's approval: the data may not leave yet
    Approved,
    AwaitingReview, // written; the head has not reviewed it yet
    Reviewed,
    Returned, // sent back by the approver with a comment: the writer corrects it
    Draft, // still being written (a monitoring sheet not yet signed off): nobody decides on it
};

QString entryStateKey(EntryState state);
std::optional<EntryState> entryStateFromKey(const QString& key);
QString entryStateDisplayName(EntryState state); // translated
QString entryStatePrintedName(EntryState state); // Japanese, for exports and print

// What an approver decides about the current revision of an entry.
enum class Decision { Approve, Review, Return };

QString decisionKey(Decision decision);
std::optional<Decision> decisionFromKey(const QString& key);
QString decisionDisplayName(Decision decision); // translated

// One stored revision: what somebody wrote, when and why. Never changed once written.
struct LedgerRevision {
    RevisionId id = 0;
    EntryId entryId = 0;
    int number = 1; // 1 for the first version
    QString formId;
    std::int64_t authorId = 0;
    QDateTime atUtc;
    std::optional<std::int64_t> departmentId;
    QString reason; // why it was corrected; empty for the first revision
    bool keepsApproval = false;
    FieldValues values;
};

// One decision of an approver about one revision.
struct LedgerApproval {
    std::int64_t id = 0;
    EntryId entryId = 0;
    RevisionId revisionId = 0;
    std::int64_t approverId = 0;
    QDateTime atUtc;
    Decision decision = Decision::Approve;
    QString comment;
};

// The present state of an entry, as lists show it.
struct LedgerEntry {
    EntryId id = 0;
    std::int64_t number = 0; // its No. in its own ledger (様式2 No.15): what people see
    QString formId;
    QDate date;
    std::optional<std::int64_t> departmentId;
    std::optional<EntryId> registerId;
    EntryState state = EntryState::Recorded;
    RevisionId revisionId = 0;
    int revisionCount = 1;
    std::int64_t authorId = 0; // who wrote the first revision
    FieldValues values; // of the current revision
};

} // namespace daicho
