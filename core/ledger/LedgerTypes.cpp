#include "ledger/LedgerTypes.h"

#include "common/EnumNames.h"

namespace daicho {

namespace {

struct StateName {
    EntryState value;
    const char* key;
    const char* name;
    const char16_t* printed; // exports and print are Japanese documents in any UI language
};

constexpr StateName kStates[] = {
    {EntryState::Recorded, "recorded", QT_TRANSLATE_NOOP("daicho::LedgerTypes", "Recorded"), u"記録済み"},
    {EntryState::AwaitingApproval, "awaiting_approval", QT_TRANSLATE_NOOP("daicho::LedgerTypes", "Awaiting approval"),
     u"承認待ち"},
    {EntryState::Approved, "approved", QT_TRANSLATE_NOOP("daicho::LedgerTypes", "Approved"), u"承認済み"},
    {EntryState::AwaitingReview, "awaiting_review", QT_TRANSLATE_NOOP("daicho::LedgerTypes", "Awaiting review"),
     u"確認待ち"},
    {EntryState::Reviewed, "reviewed", QT_TRANSLATE_NOOP("daicho::LedgerTypes", "Reviewed"), u"確認済み"},
    {EntryState::Returned, "returned", QT_TRANSLATE_NOOP("daicho::LedgerTypes", "Returned for correction"), u"差戻し"},
    {EntryState::Draft, "draft", QT_TRANSLATE_NOOP("daicho::LedgerTypes", "Draft"), u"記入中"},
};

// A decision is shown by the name of the state it leaves the entry in.
struct DecisionName {
    Decision value;
    const char* key;
    EntryState leavesEntry;
};

constexpr DecisionName kDecisions[] = {
    {Decision::Approve, "approve", EntryState::Approved},
    {Decision::Review, "review", EntryState::Reviewed},
    {Decision::Return, "return", EntryState::Returned},
};

} // namespace

using namespace enumNames;

QString entryStateKey(EntryState state)
{
    return keyOf(kStates, state);
}

std::optional<EntryState> entryStateFromKey(const QString& key)
{
    return valueOfKey(kStates, key);
}

QString entryStatePrintedName(EntryState state)
{
    return printedNameOf(kStates, state);
}

QString entryStateDisplayName(EntryState state)
{
    return displayNameOf(kStates, state, "daicho::LedgerTypes");
}

QString decisionKey(Decision decision)
{
    return keyOf(kDecisions, decision);
}

std::optional<Decision> decisionFromKey(const QString& key)
{
    return valueOfKey(kDecisions, key);
}

QString decisionDisplayName(Decision decision)
{
    const DecisionName* row = rowOf(kDecisions, decision);
    return row ? entryStateDisplayName(row->leavesEntry) : QString();
}

} // namespace daicho
