#pragma once

#include "auth/Session.h"
#include "cases/CaseTypes.h"
#include "common/Result.h"
#include "ledger/Issue.h"

#include <optional>

namespace daicho {

// Writes cases of any kind. Every step checks who may take it and from which state, validates
// its items with the kind's definition and the case's rules (dates in order, a reason for
// another section than the one proposed), stores one immutable event, derives the case's
// rows and clocks again and appends the audit entry — all in one transaction.
class CaseStore
{
public:
    // The problems that would stop receive() or take() (for the editor to show beside each
    // item before saving). `caseId` is empty for a receipt.
    static Result<QList<Issue>> check(const Session& session, const QString& kindId, std::optional<CaseId> caseId,
                                      const QString& step, const FieldValues& values);

    // A new case: the kind's opening step (the receipt at the desk, 第33条1項・第38条1項).
    static Result<CaseId> receive(Session& session, const QString& kindId, const FieldValues& values);

    // One more step on a case. Refused with a message saying why when the case's state or
    // the person's part in it does not allow the step.
    static Result<std::int64_t> take(Session& session, CaseId id, const QString& step, const FieldValues& values);

    // The section a case is proposed to go to (第33条1項): the handling department (第11条⑦)
    // of the register entry concerned, else the desk (第33条1項(2)). Nothing when neither is
    // known (no desk set, no register entry named).
    static Result<std::optional<std::int64_t>> proposedSection(const Session& session, CaseId id);

    // Printing a document of a case, or saving it as a PDF, hands personal data out on paper:
    // whoever may read the case may, and it is recorded in the trail (`case.print`: kind, case,
    // document 様式10-1, output "printer" or "pdf") — never the names in it.
    [[nodiscard]] static Status recordPrint(Session& session, CaseId id, const QString& document,
                                            const QString& output);
};

} // namespace daicho
