#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "store/VaultPaths.h"

namespace daicho {

// The demo's requests from individuals (第33–39条): the desk set by the chief (総務部総務課,
// its address and hours from 第33条2項, the fees of 第39条), and requests of every kind in
// every state across two fiscal years — closed ones over the last year and more, and open ones
// received in the last weeks: one whose decision is overdue, one due tomorrow (or the next open day), one
// waiting for its notice after a contact with the requester (第38条7項), one just received.
// Dates are counted back from today, so the clocks are live whenever the demo is made. Names
// of individuals are invented.
[[nodiscard]] Status addDemoCases(const VaultPaths& paths, const Clock& clock);

} // namespace daicho
