#include "cases/internal/StepValidation.h"

#include "ledger/rules/FormRules.h"

namespace daicho {

QList<Issue> validateStep(const CaseStep& step, const FieldValues& values, const ValidationContext& context)
{
    QList<Issue> issues = validateEntry(step.form, values, context);
    checkRequiredWhen(step.form, values, issues);
    checkMustBeYes(step.form, values, issues); // 第38条3項(2): an agent brings the power of attorney
    return issues;
}

} // namespace daicho
