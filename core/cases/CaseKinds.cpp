#include "cases/CaseKinds.h"

#include "ledger/FormRegistry.h"

#include <QSet>

#include <algorithm>

namespace daicho {

const QList<CaseKind>& CaseKinds::all()
{
    static const QList<CaseKind> kinds = requestKinds();
    return kinds;
}

const CaseKind* CaseKinds::find(const QString& id)
{
    for (const CaseKind& kind : all())
        if (kind.id == id)
            return &kind;
    return nullptr;
}

Status CaseKinds::check(const CaseKind& kind)
{
    // Messages for developers: a broken definition is a bug, never a user's input.
    auto bad = [&](const QString& what) {
        return makeError(ErrorCode::Internal, QStringLiteral("Case kind %1: %2").arg(kind.id, what));
    };
    if (kind.id.isEmpty() || kind.titleJa.isEmpty() || kind.titleEn.isEmpty())
        return bad(QStringLiteral("id and titles are required"));
    QSet<QString> states;
    for (const CaseState& s : kind.states) {
        if (s.key.isEmpty() || s.labelJa.isEmpty() || states.contains(s.key))
            return bad(QStringLiteral("a state lacks its key or label, or repeats"));
        states.insert(s.key);
    }
    QSet<QString> steps;
    int openers = 0;
    for (const CaseStep& s : kind.steps) {
        if (s.key.isEmpty() || s.labelJa.isEmpty() || steps.contains(s.key))
            return bad(QStringLiteral("a step lacks its key or label, or repeats"));
        steps.insert(s.key);
        if (s.from.isEmpty())
            ++openers;
        for (const QString& from : s.from)
            if (!states.contains(from))
                return bad(QStringLiteral("step %1 starts from an unknown state %2").arg(s.key, from));
        if (!s.to.isEmpty() && !states.contains(s.to))
            return bad(QStringLiteral("step %1 leads to an unknown state").arg(s.key));
        if (s.from.isEmpty() && s.to.isEmpty())
            return bad(QStringLiteral("step %1 opens a case without a state").arg(s.key));
        if (s.actors.isEmpty())
            return bad(QStringLiteral("nobody may take step %1").arg(s.key));
        if (!s.dateField.isEmpty()) {
            const FieldDefinition* date = s.form.field(s.dateField);
            if (!date || date->type != FieldType::Date || !date->required)
                return bad(QStringLiteral("step %1: its date item must be a required date").arg(s.key));
        }
        // The items pass the checks of any form (keys, choices, conditions).
        FormDefinition items = s.form;
        items.id = kind.id + u'/' + s.key;
        items.number = kind.requestForm.isEmpty() ? kind.id : kind.requestForm;
        items.title = s.labelJa;
        items.writers = {Role::Chief};
        if (items.dateField.isEmpty() && !items.fields.isEmpty())
            items.dateField = items.fields.first().key;
        DAICHO_TRY(FormRegistry::check(items));
    }
    if (openers != 1)
        return bad(QStringLiteral("exactly one step must open a case"));
    for (const CaseStep& s : kind.steps) {
        QList<PriorValue> conditions = s.onlyIf;
        if (s.after)
            conditions << *s.after;
        for (const PriorValue& when : conditions) {
            const CaseStep* prior = kind.step(when.step);
            if (!prior || !prior->form.field(when.field) || when.values.isEmpty())
                return bad(QStringLiteral("step %1 follows an unknown step or item").arg(s.key));
        }
        if (s.needs && (!kind.step(s.needs->step) || !kind.step(s.needs->when.step)))
            return bad(QStringLiteral("step %1 needs an unknown step").arg(s.key));
        if (s.records) {
            // The entry's items come from the step's: each must be an item of the ledger, and
            // the key the entry's id is kept under must not be one of the step's own.
            const FormDefinition* ledger = FormRegistry::find(s.records->formId);
            if (!ledger || s.records->entryKey.isEmpty() || s.form.field(s.records->entryKey))
                return bad(QStringLiteral("step %1 writes to an unknown ledger or keeps its entry badly").arg(s.key));
            for (const FieldDefinition& item : s.form.fields)
                if (!ledger->field(item.key))
                    return bad(QStringLiteral("step %1: item %2 is not in %3").arg(s.key, item.key, ledger->id));
        }
    }
    QSet<QString> clocks;
    for (const CaseClock& c : kind.clocks) {
        if (c.key.isEmpty() || clocks.contains(c.key))
            return bad(QStringLiteral("a clock lacks its key or repeats"));
        clocks.insert(c.key);
        const CaseStep* start = kind.step(c.startStep);
        if (!start || start->dateField.isEmpty())
            return bad(QStringLiteral("clock %1 starts with a step without a date").arg(c.key));
        for (const QStringList* list : {&c.metBy, &c.stoppedBy, &c.pausedBy, &c.resumedBy})
            for (const QString& step : *list)
                if (!kind.step(step) || kind.step(step)->dateField.isEmpty())
                    return bad(QStringLiteral("clock %1 names step %2, unknown or without a date").arg(c.key, step));
        if (c.rule.count <= 0 || c.rule.article.isEmpty() || c.rule.wordingJa.isEmpty())
            return bad(QStringLiteral("clock %1 needs a period, its article and its wording").arg(c.key));
    }
    for (const CaseDocument& d : kind.documents) {
        const CaseStep* step = kind.step(d.step);
        if (!step || d.number.isEmpty() || d.title.isEmpty())
            return bad(QStringLiteral("a document names an unknown step or lacks its number and title"));
        const bool known = d.whenField.isEmpty()
                           || std::any_of(kind.steps.begin(), kind.steps.end(),
                                          [&](const CaseStep& s) { return s.form.field(d.whenField) != nullptr; });
        if (!known)
            return bad(QStringLiteral("document %1 depends on a missing item").arg(d.number));
    }
    return {};
}

} // namespace daicho
