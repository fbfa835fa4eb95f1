#pragma once

#include "calendar/JapaneseHolidays.h"
#include "cases/CaseKind.h"
#include "cases/CaseTypes.h"
#include "cases/DeskSettings.h"
#include "common/Result.h"

namespace daicho {

// The present state of a case from its events, as a pure function: the store writes it, the
// verifier derives it again and compares. The events must follow the kind's steps from the
// opening one (each from a state it allows); anything else is Tampered, naming the event.
// The clocks count with the closed days of `desk` (the version of the receipt) and `holidays`;
// the desk's department is the case's desk.
// `number` is not derived here (it needs the other cases of the year).
Result<CaseRecord> projectCase(const CaseKind& kind, const QList<CaseEvent>& events, const DeskSettings& desk,
                               const JapaneseHolidays& holidays);

// The section an event routes its case to (第33条1項): the department its step's first
// department item names, or nothing when the step names none.
std::optional<std::int64_t> sectionNamedBy(const CaseKind& kind, const CaseEvent& event);

// Whether `step`'s condition on an earlier step holds over the first `before` events (the
// erasure recorded only after a decision that granted it): the latest recording counts.
bool priorValueHolds(const CaseStep& step, const QList<CaseEvent>& events, qsizetype before);
// The date of the step `step` follows (the decision an erasure follows), when it has one: the
// step may not be dated before it.
std::optional<QDate> priorStepDate(const CaseKind& kind, const CaseStep& step, const QList<CaseEvent>& events,
                                   qsizetype before);
// The step `step` needs first and that the first `before` events lack (the erasure's record
// before the notice), or nothing.
std::optional<QString> missingStep(const CaseStep& step, const QList<CaseEvent>& events, qsizetype before);
// The words a case is found by (the individual's and the representative's names, typed or in
// kana), normalised as the ledgers' search text is.
QString caseSearchText(const CaseKind& kind, const CaseEvent& receipt);

} // namespace daicho
