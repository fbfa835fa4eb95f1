#include "cases/CaseKind.h"

#include "ledger/EntryValidator.h"

namespace daicho {

const CaseState* CaseKind::state(const QString& key) const
{
    for (const CaseState& s : states)
        if (s.key == key)
            return &s;
    return nullptr;
}

const CaseStep* CaseKind::step(const QString& key) const
{
    for (const CaseStep& s : steps)
        if (s.key == key)
            return &s;
    return nullptr;
}

QList<const CaseStep*> CaseKind::stepsFrom(const QString& state) const
{
    QList<const CaseStep*> found;
    for (const CaseStep& s : steps)
        if (s.from.contains(state))
            found << &s;
    return found;
}

bool CaseKind::unanswered(const CaseStep& step, const QStringList& earlierSteps) const
{
    if (step.answers.isEmpty())
        return true;
    return earlierSteps.count(step.answers) > earlierSteps.count(step.key);
}

const CaseDocument* CaseKind::documentFor(const QString& stepKey, const FieldValues& caseValues) const
{
    for (const CaseDocument& d : documents) {
        if (d.step != stepKey)
            continue;
        if (d.whenField.isEmpty() || d.whenValues.contains(caseValues.value(d.whenField).toString()))
            return &d;
    }
    return nullptr;
}

} // namespace daicho
