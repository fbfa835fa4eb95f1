#pragma once

#include "cases/CaseTypes.h"
#include "ledger/LedgerTypes.h"
#include "support/TestVault.h"

namespace daicho::test {

inline const QString kDisclosure = QStringLiteral("request.disclosure");

// The centre as the cases need it: the desk (総務課, 第33条1項) set by the chief (desk fee
// 300 yen), a clerk of the desk ("desk"), a clerk of 事務部 健診課 ("other", another section),
// the people of addPeople(), and a register entry of 健診管理課. The clock stands at Monday
// 7 December 2026, 9:30 in Japan.
struct CaseFixture {
    TestVault vault;
    EntryId registerEntry = 0;

    CaseFixture();
    // A disclosure received on 2026-12-07 from the individual, identity checked by `session`'s
    // person, about the register entry.
    FieldValues receipt(const Session& session) const;
    // The receipt of another kind, with what that kind asks beyond a disclosure: 様式11's
    // correction (a wrong address), 様式13's measure (erasure) and grounds (no longer needed).
    FieldValues receiptOf(const Session& session, const QString& kind) const;
    // A request of `kind` received by the desk's clerk on 2026-12-07 and passed on to 健診管理課.
    CaseId routedCase(const QString& kind);
    // Passed on to `section` (a department's own name) on 2026-12-07.
    FieldValues route(const QString& section);
    // A disclosure about `individual` received on 2026-12-07 and taken to its close on
    // 2026-12-11 (kept 5 years by default: it goes at the end of fiscal year 2031). Leaves the
    // clock at 2026-12-11.
    CaseId closedDisclosure(const QString& individual);
};

// A decision of 2026-12-10: "whole", or "part"/"refused" with ground and reason.
FieldValues decision(const QString& outcome);
// A suspension's decision of 2026-12-10 granting the erasure asked (第37条1項).
FieldValues erasureGranted();
// The notice sent by post on 2026-12-11.
FieldValues notice();
const CaseClockState* clockOf(const CaseRecord& record, const QString& key);

} // namespace daicho::test
