#pragma once

#include "auth/Session.h"
#include "cases/CaseKind.h"
#include "cases/CaseTypes.h"
#include "common/Result.h"

namespace daicho {

// A case as a list shows it: its derived row (its title says who it is about).
struct CaseSummary {
    CaseRecord record;
};

// A case opened: its events, its clocks with how each date came out, and the steps the person
// signed in may take now.
struct CaseDetail {
    CaseRecord record;
    QList<CaseEvent> events;
    QList<const CaseStep*> stepsForMe;
    std::optional<std::int64_t> proposedSection; // 第33条1項
};

// A clock that is running, for the list of what is due.
struct DueClock {
    CaseId caseId = 0;
    QString kind;
    int number = 0;
    int fiscalYear = 0;
    QString clock;
    QDate dueOn;
    int flags = 0;
    std::optional<std::int64_t> sectionId;
    QString title; // who the case is about
};
} // namespace daicho
// Moved in memory when the list of what is due grows, rather than copied one by one.
Q_DECLARE_TYPEINFO(daicho::DueClock, Q_RELOCATABLE_TYPE);
namespace daicho {

// Reading cases back. Every function reads only the cases the person may read (第33条: the
// desk, the handling section, the chief and acting chief, the auditor).
namespace CaseReader {
// Newest receipt first; `openOnly` leaves out closed and withdrawn cases.
Result<QList<CaseSummary>> cases(const Session& session, bool openOnly);
Result<CaseDetail> detail(const Session& session, CaseId id);
// The running clocks, earliest due first.
Result<QList<DueClock>> dueClocks(const Session& session);
// Whether the person may receive a request (the desk, the chief): the GUI offers the button.
Result<bool> mayReceive(const Session& session);
} // namespace CaseReader

} // namespace daicho
