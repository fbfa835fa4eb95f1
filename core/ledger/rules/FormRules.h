#pragma once

#include "ledger/rules/EntryRules.h"

namespace daicho {

// The rules of issue 10 ("the law, right"), each in its own file, called once from
// checkEntryRules:
// - CarryOutRules: a set of safety measures has one of those it needs ticked (様式2's electronic
//   media: encryption or a password, 第24条(3), 第19条2項(1)①②);
// - DisposalRules: an item required only when another has a value is given (様式1's certificate
//   when an outside firm disposed of the data, 第10条⑤);
// - PurposeChangeRules: a purpose added to the register or reworded is recorded as the
//   regulation asks — its date, whether it stays within what is reasonably related to the
//   earlier purposes (第25条2項), the notice or publication (第28条3項), the individuals'
//   consent beyond that (第26条1項) — and, while the centre's own policy is on, a purpose of
//   data holding 要配慮個人情報 added or changed needs their consent. Removing one needs none.
void checkFormRules(const FormDefinition& form, const FieldValues& values, const RuleContext& context,
                    QList<Issue>& issues);

void checkNeedsOneOf(const FormDefinition& form, const FieldValues& values, QList<Issue>& issues);
void checkRequiredWhen(const FormDefinition& form, const FieldValues& values, QList<Issue>& issues);
// A yes/no item that must be answered yes (a consent, a confirmation, a power of attorney
// received) is refused when answered no.
void checkMustBeYes(const FormDefinition& form, const FieldValues& values, QList<Issue>& issues);
void checkPurposeChangeRecord(const FormDefinition& form, const FieldValues& values, const RuleContext& context,
                              QList<Issue>& issues);

} // namespace daicho
