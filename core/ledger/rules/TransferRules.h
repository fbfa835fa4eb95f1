#pragma once

#include "ledger/rules/EntryRules.h"

namespace daicho {

// The rules of a record of provision or receipt (様式6-x・7-x) that span items or read other
// records, from the form's TransferFields:
// - an item left out as identical to an earlier kept record (規程第31条8項・第32条5項) is
//   empty here and filled there, and that record is named, exists, keeps a transfer of the
//   same direction and was made no later than this one;
// - a confirmation "the same as before" (規程第32条3項) names that earlier record too;
// - 要配慮個人情報 received from a non-business (様式7-3) states the basis of its acquisition:
//   the individual's consent or an exception (規程第27条2項（法20条2項）).
void checkTransferRules(const FormDefinition& form, const FieldValues& values, const RuleContext& context,
                        QList<Issue>& issues);

} // namespace daicho
