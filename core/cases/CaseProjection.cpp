#include "cases/CaseProjection.h"

#include "common/JapaneseCalendar.h"
#include "ledger/EntryCodec.h"
#include "ledger/SearchText.h"

#include <QCoreApplication>

#include <algorithm>

namespace daicho {

namespace {

Error tampered(const QString& message)
{
    return makeError(ErrorCode::Tampered, message);
}

std::optional<QDate> stepDate(const CaseKind& kind, const CaseEvent& event)
{
    const CaseStep* step = kind.step(event.step);
    if (!step || step->dateField.isEmpty())
        return std::nullopt;
    const QDate date = event.values.value(step->dateField).toDate();
    if (!date.isValid())
        return std::nullopt;
    return date;
}

// The first event after `from` (an index) taking one of `steps`, with its date.
std::optional<std::pair<int, QDate>> firstTaking(const CaseKind& kind, const QList<CaseEvent>& events, int from,
                                                 const QStringList& steps)
{
    for (int i = from; i < events.size(); ++i)
        if (steps.contains(events[i].step))
            if (auto date = stepDate(kind, events[i]))
                return std::pair{i, *date};
    return std::nullopt;
}

// Days the clock stood still: from each pausing step to the next resuming one. A pause not
// yet answered is counted once its answer is recorded: the derived row must not depend on
// the day it is derived.
int pausedDays(const CaseKind& kind, const CaseClock& clock, const QList<CaseEvent>& events, int start)
{
    if (clock.pausedBy.isEmpty())
        return 0;
    int days = 0;
    std::optional<QDate> pausedOn;
    for (int i = start; i < events.size(); ++i) {
        const auto date = stepDate(kind, events[i]);
        if (!date)
            continue;
        if (!pausedOn && clock.pausedBy.contains(events[i].step))
            pausedOn = date;
        else if (pausedOn && clock.resumedBy.contains(events[i].step)) {
            days += static_cast<int>(pausedOn->daysTo(*date));
            pausedOn.reset();
        }
    }
    return days;
}

CaseClockState deriveClock(const CaseKind& kind, const CaseClock& clock, const QList<CaseEvent>& events, int start,
                           QDate startOn, const DeskSettings& desk, const JapaneseHolidays& holidays)
{
    CaseClockState state;
    state.key = clock.key;
    state.startOn = startOn;
    const int paused = pausedDays(kind, clock, events, start);
    const Deadline deadline = deadlineFor(startOn.addDays(paused), clock.rule, desk.closedDays, holidays);
    state.dueOn = deadline.lastDay;
    state.explanationJa = deadline.explanationJa;
    if (deadline.moved)
        state.flags |= ClockMoved;
    if (deadline.provisional)
        state.flags |= ClockProvisional;
    if (deadline.lastDayClosed)
        state.flags |= ClockLastDayClosed;
    const auto met = firstTaking(kind, events, start + 1, clock.metBy);
    const auto stopped = firstTaking(kind, events, start + 1, clock.stoppedBy);
    if (met && (!stopped || met->first < stopped->first)) {
        state.metOn = met->second;
        state.running = false;
    } else if (stopped) {
        state.running = false;
        state.flags |= ClockStopped;
    }
    return state;
}

} // namespace

std::optional<std::int64_t> sectionNamedBy(const CaseKind& kind, const CaseEvent& event)
{
    // The step that names a department routes the case to it (第33条1項).
    const CaseStep* step = kind.step(event.step);
    const FieldDefinition* section = step ? step->form.firstOfType(FieldType::Department) : nullptr;
    if (!section || !event.values.contains(section->key))
        return std::nullopt;
    return event.values.value(section->key).toLongLong();
}

namespace {

// Whether the latest of the first `before` events taking `when.step` recorded one of its values.
bool holds(const PriorValue& when, const QList<CaseEvent>& events, qsizetype before)
{
    for (qsizetype i = std::min(before, events.size()) - 1; i >= 0; --i)
        if (events[i].step == when.step)
            return when.values.contains(events[i].values.value(when.field).toString());
    return false;
}

} // namespace

bool priorValueHolds(const CaseStep& step, const QList<CaseEvent>& events, qsizetype before)
{
    if (step.after && !holds(*step.after, events, before))
        return false;
    return std::all_of(step.onlyIf.begin(), step.onlyIf.end(),
                       [&](const PriorValue& when) { return holds(when, events, before); });
}

std::optional<QDate> priorStepDate(const CaseKind& kind, const CaseStep& step, const QList<CaseEvent>& events,
                                   qsizetype before)
{
    if (!step.after)
        return std::nullopt;
    for (qsizetype i = std::min(before, events.size()) - 1; i >= 0; --i)
        if (events[i].step == step.after->step)
            return stepDate(kind, events[i]);
    return std::nullopt;
}

std::optional<QString> missingStep(const CaseStep& step, const QList<CaseEvent>& events, qsizetype before)
{
    if (!step.needs || !holds(step.needs->when, events, before))
        return std::nullopt;
    for (qsizetype i = 0; i < std::min(before, events.size()); ++i)
        if (events[i].step == step.needs->step)
            return std::nullopt;
    return step.needs->step;
}

QString caseSearchText(const CaseKind& kind, const CaseEvent& receipt)
{
    const CaseStep* step = kind.step(receipt.step);
    if (!step)
        return {};
    QStringList words;
    for (const FieldDefinition& field : step->form.fields)
        if (field.searchable && field.type == FieldType::Text)
            words << normaliseForSearch(receipt.values.value(field.key).toString());
    words.removeAll(QString());
    // U+001F separates items: a query never spans two names (normalised text never holds it).
    return words.join(QChar(0x1F));
}

Result<CaseRecord> projectCase(const CaseKind& kind, const QList<CaseEvent>& events, const DeskSettings& desk,
                               const JapaneseHolidays& holidays)
{
    if (events.isEmpty())
        return tampered(QCoreApplication::translate("daicho::CaseProjection",
                                                    "A case has no events: its receipt was removed outside Daicho."));
    CaseRecord record;
    const CaseEvent& receipt = events.first();
    record.id = receipt.caseId;
    record.kind = kind.id;
    const CaseStep* opener = kind.step(receipt.step);
    if (!opener || !opener->from.isEmpty() || receipt.number != 1)
        return tampered(QCoreApplication::translate(
                            "daicho::CaseProjection",
                            "Case %1 does not begin with its receipt: its events were changed outside Daicho.")
                            .arg(receipt.caseId));
    const auto receivedOn = stepDate(kind, receipt);
    if (!receivedOn)
        return tampered(QCoreApplication::translate("daicho::CaseProjection", "Case %1 has no date of receipt.")
                            .arg(receipt.caseId));
    record.receivedOn = *receivedOn;
    record.fiscalYear = fiscalYear(*receivedOn);
    record.deskVersion = receipt.deskVersion;
    record.deskId = desk.deskDepartmentId;
    record.state = opener->to;
    record.searchText = caseSearchText(kind, receipt);
    record.title = receipt.values.value(kind.titleField).toString();
    QStringList earlier{receipt.step}; // the steps before the event looked at
    for (int i = 1; i < events.size(); ++i) {
        const CaseEvent& e = events[i];
        const CaseStep* step = kind.step(e.step);
        if (e.caseId != receipt.caseId || e.number != i + 1 || e.kind != kind.id)
            return tampered(QCoreApplication::translate(
                                "daicho::CaseProjection",
                                "Event %1 is out of place in case %2: the case's events were changed outside Daicho.")
                                .arg(e.id)
                                .arg(receipt.caseId));
        if (!step || !step->from.contains(record.state) || !kind.unanswered(*step, earlier)
            || !priorValueHolds(*step, events, i) || missingStep(*step, events, i)
            || stepDate(kind, e) < priorStepDate(kind, *step, events, i))
            return tampered(QCoreApplication::translate(
                                "daicho::CaseProjection",
                                "Event %1 of case %2 takes a step (%3) that its state (%4) does not allow: it was "
                                "written outside Daicho.")
                                .arg(e.id)
                                .arg(receipt.caseId)
                                .arg(e.step, record.state));
        earlier << e.step;
        if (!step->to.isEmpty())
            record.state = step->to;
        if (const auto section = sectionNamedBy(kind, e))
            record.sectionId = section;
    }
    const CaseState* state = kind.state(record.state);
    record.closed = state && state->closed;
    record.eventCount = static_cast<int>(events.size());
    record.lastEventId = events.last().id;
    for (const CaseClock& clock : kind.clocks) {
        const auto started = firstTaking(kind, events, 0, {clock.startStep});
        if (!started)
            continue;
        record.clocks << deriveClock(kind, clock, events, started->first, started->second, desk, holidays);
    }
    return record;
}

} // namespace daicho
