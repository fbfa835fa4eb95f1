#pragma once

#include "calendar/LegalPeriod.h"

namespace daicho {

// The two clocks of a 開示等の請求等 (規程第38条), as the regulation words them.
struct RequestClockRules {
    // 第38条4項: the decision, 「当該受付をした日から起算して1週間以内」 — the day of receipt is
    // day 1, so a request received on a Monday is decided by the Sunday, moved to the next open
    // day (民法第142条).
    PeriodRule decision;
    // 第38条7項: the notice (様式10-1・10-2) sent 「2週間以内」, an effort the regulation asks
    // (「努めるものとする」). The article does not say from when; counted here from the same
    // receipt as 4項, and as its words have no 「起算して」, without the day of receipt
    // (民法第140条).
    PeriodRule notice;
};

// The rules with the regulation's words, its articles and its version (the latest 施行日 of
// its 附則: 平成31年4月1日).
RequestClockRules requestClockRules();

} // namespace daicho
