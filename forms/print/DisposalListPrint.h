#pragma once

#include "print/PrintSheet.h"
#include "retention/DisposalRuns.h"
#include "retention/DisposalSchedule.h"

#include <functional>
#include <optional>

namespace daicho {

// The list of what goes at a fiscal year's end (第20条1項(4)), on paper for the chief who
// approves it and the second person who confirms it: each entry by its ledger, No. and date,
// each request by its 受付番号, with the day it is kept until, the day it goes and why a held one
// stays — never what the records say. `run`: the disposal approved for that year, if any (its
// method and who approved and confirmed it). `names`: people by id.
PrintSheet disposalListSheet(const DisposalSchedule& schedule, const std::optional<DisposalRun>& run,
                             const QString& organisation, QDate today,
                             const std::function<QString(std::int64_t)>& personName);

} // namespace daicho
