#pragma once

#include "cases/CaseKind.h"
#include "ledger/EntryValidator.h"

namespace daicho {

// The items of one step, checked as the store checks them and the verifier checks them again:
// the step's form (required items, types, choices, lengths, references) and the items required
// only when another has a value (a refusal's reason, 第35条2項), and the items that must be
// answered yes (the power of attorney of an agent, 第38条3項(2)).
QList<Issue> validateStep(const CaseStep& step, const FieldValues& values, const ValidationContext& context);

} // namespace daicho
