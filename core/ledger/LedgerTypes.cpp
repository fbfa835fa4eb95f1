#include "ledger/LedgerTypes.h"

#include <QCoreApplication>

namespace daicho {

namespace {

struct StateName {
    EntryState state;
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

struct DecisionName {
    Decision decision;
    const char* key;
    const char* name;
};

constexpr DecisionName kDecisions[] = {
    {Decision::Approve, "approve", QT_TRANSLATE_NOOP("daicho::LedgerTypes", "Approved")},
    {Decision::Review, "review", QT_TRANSLATE_NOOP("daicho::LedgerTypes", "Reviewed")},
    {Decision::Return, "return", QT_TRANSLATE_NOOP("daicho::LedgerTypes", "Returned for correction")},
};

} // namespace

QString entryStateKey(EntryState state)
{
    for (const StateName& s : kStates)
        if (s.state == state)
            return QString::fromLatin1(s.key);
    return {};
}

std::optional<EntryState> entryStateFromKey(const QString& key)
{
    for (const StateName& s : kStates)
        if (key == QLatin1String(s.key))
            return s.state;
    return std::nullopt;
}

QString entryStatePrintedName(EntryState state)
{
    for (const StateName& s : kStates)
        if (s.state == state)
            return QString::fromUtf16(s.printed);
    return {};
}

QString entryStateDisplayName(EntryState state)
{
    for (const StateName& s : kStates)
        if (s.state == state)
            return QCoreApplication::translate("daicho::LedgerTypes", s.name);
    return {};
}

QString decisionKey(Decision decision)
{
    for (const DecisionName& d : kDecisions)
        if (d.decision == decision)
            return QString::fromLatin1(d.key);
    return {};
}

std::optional<Decision> decisionFromKey(const QString& key)
{
    for (const DecisionName& d : kDecisions)
        if (key == QLatin1String(d.key))
            return d.decision;
    return std::nullopt;
}

QString decisionDisplayName(Decision decision)
{
    for (const DecisionName& d : kDecisions)
        if (d.decision == decision)
            return QCoreApplication::translate("daicho::LedgerTypes", d.name);
    return {};
}

} // namespace daicho
