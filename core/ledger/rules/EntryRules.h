#pragma once

#include "ledger/EntryValidator.h"
#include "ledger/LedgerReader.h"
#include "ledger/LedgerTypes.h"

#include <functional>
#include <optional>

namespace daicho {

// An earlier record a record of provision or receipt refers to (規程第31条8項・第32条3項・5項):
// its form and its values as they stand.
struct EarlierRecord {
    QString formId;
    FieldValues values;
    QString name; // as people name it: 「様式6-1 No.5」
};

// What the rules need besides the entry: the register entry it names, an earlier record it
// refers to and, for a correction, the entry as it stands.
struct RuleContext {
    std::function<std::optional<RegisterChoice>(EntryId)> registerEntry;
    std::function<std::optional<EarlierRecord>(EntryId)> earlierRecord;
    std::optional<EntryId> entryId; // the entry corrected; nullopt for a new one
    // The current values of the records that name `entryId` as the earlier record they rely on
    // (a correction must not take away what they left out, 規則20条2項・24条2項).
    std::function<QList<FieldValues>(EntryId)> recordsRelyingOn;
    std::optional<EntryState> currentState; // nullopt for a new entry
    std::optional<FieldValues> previousValues; // the current revision, for a correction
    // The centre's own policy (Settings, kept by the chief): a purpose of data holding
    // 要配慮個人情報 added or changed needs the individuals' consent.
    bool sensitivePurposeConsent = true;
};

// The regulation's rules that span several fields or depend on other records, beyond what
// the definition itself says (EntryValidator):
// - opt-out provision and receipt (様式6-1, 7-1) of data holding 要配慮個人情報 is refused;
// - what is filled after approval (the actual return of a carry-out) waits for it (the centre's rule of prior approval;
// 第19条 has none);
// - times that must follow each other do (return after carry-out, exit after entry, the end
//   of a bulk record after its first provision);
// - confirmations and consents that must be yes are yes (第32条1–3項), and a "no" that makes
//   the transfer unlawful says so (an unpublished opt-out notice, 法27条4項);
// - records of provision and receipt: items left out point at an earlier record holding them,
//   a confirmation "as before" at the earlier record, 要配慮個人情報 received from a
//   non-business has its basis (TransferRules.h);
// - issue 10's rules of the logs and the register (rules/FormRules.h): the measures of
//   第24条(3), the certificate of 第10条⑤, and a change of purpose as 第25条2項・第26条1項・
//   第28条3項 ask it, with the centre's own policy for data holding 要配慮個人情報.
QList<Issue> checkEntryRules(const FormDefinition& form, const FieldValues& values, const RuleContext& context);

} // namespace daicho
