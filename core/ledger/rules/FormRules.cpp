#include "ledger/rules/FormRules.h"

namespace daicho {

void checkFormRules(const FormDefinition& form, const FieldValues& values, const RuleContext& context,
                    QList<Issue>& issues)
{
    checkNeedsOneOf(form, values, issues);
    checkRequiredWhen(form, values, issues);
    checkPurposeChangeRecord(form, values, context, issues);
}

} // namespace daicho
