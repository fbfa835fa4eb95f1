#include "cases/CaseText.h"

#include "calendar/LegalPeriod.h"
#include "cases/CaseKinds.h"
#include "common/JapaneseCalendar.h"
#include "ledger/Labels.h"

namespace daicho {

namespace {

bool japanese()
{
    return interfaceLabelLanguage() == LabelLanguage::Japanese;
}

} // namespace

QString CaseText::kindTitle(const CaseKind& kind)
{
    return japanese() || kind.titleEn.isEmpty() ? kind.titleJa : kind.titleEn;
}

QString CaseText::kindTitle(const QString& kindId)
{
    const CaseKind* kind = CaseKinds::find(kindId);
    return kind ? kindTitle(*kind) : kindId;
}

QString CaseText::kindWithArticle(const CaseKind& kind)
{
    return tr("%1 (%2)").arg(kindTitle(kind), citedArticle(kind.article));
}

QString CaseText::stateLabel(const CaseKind* kind, const QString& state)
{
    const CaseState* found = kind ? kind->state(state) : nullptr;
    if (!found)
        return state;
    return japanese() || found->labelEn.isEmpty() ? found->labelJa : found->labelEn;
}

QString CaseText::stepLabel(const CaseStep& step)
{
    return japanese() || step.labelEn.isEmpty() ? step.labelJa : step.labelEn;
}

QString CaseText::clockLabel(const CaseClock& clock)
{
    return japanese() || clock.labelEn.isEmpty() ? clock.labelJa : clock.labelEn;
}

QString CaseText::caseNumber(const CaseRecord& record)
{
    return tr("%1 No. %2").arg(formatFiscalYear(record.fiscalYear)).arg(record.number);
}

QString CaseText::clockCell(const CaseClockState& clock, QDate today)
{
    if (clock.metOn)
        return tr("Met (%1)").arg(formatWareki(*clock.metOn));
    if ((clock.flags & ClockStopped) != 0 || !clock.running)
        return tr("Withdrawn");
    return formatDeadlineJa(clock.dueOn, today);
}

bool CaseText::isOverdue(const CaseClockState& clock, QDate today)
{
    return clock.running && !clock.metOn && clock.dueOn.isValid() && daysLeft(today, clock.dueOn) < 0;
}

QStringList CaseText::flagTexts(int flags)
{
    QStringList texts;
    if ((flags & ClockMoved) != 0)
        texts << tr("The last day fell on a day the desk is closed: moved to the next open day (民法第142条).");
    else if ((flags & ClockLastDayClosed) != 0) // set whenever the last day is closed, moved or not
        texts << tr("The last day is a day the desk is closed; the rule keeps it.");
    if ((flags & ClockProvisional) != 0)
        texts << tr("Provisional: a holiday not yet announced in the 官報 took part; the date may change.");
    return texts;
}

const CaseClock* CaseText::clockOf(const CaseKind& kind, const QString& key)
{
    for (const CaseClock& clock : kind.clocks)
        if (clock.key == key)
            return &clock;
    return nullptr;
}

QString CaseText::pauseText(const CaseKind& kind, const CaseClock& clock)
{
    QStringList pausing;
    for (const QString& key : clock.pausedBy)
        if (const CaseStep* step = kind.step(key))
            pausing << QStringLiteral("「%1」").arg(stepLabel(*step));
    if (!pausing.isEmpty())
        return tr("%1 stops this clock until the requester answers.").arg(pausing.join(QStringLiteral("、")));
    // The question to the requester and its answer (第38条2項: steps that change no state) do
    // not stop it: said, since people expect a question to stop a period.
    QStringList questions;
    for (const CaseStep& step : kind.steps)
        if (step.to.isEmpty() && step.article.contains(QStringLiteral("第38条2項")))
            questions << QStringLiteral("「%1」（%2）").arg(stepLabel(step), citedArticle(step.article));
    if (questions.isEmpty())
        return tr("Nothing stops this clock.");
    return tr("%1 does not stop this clock: the regulation gives it no pause.")
        .arg(questions.join(QStringLiteral("、")));
}

QString CaseText::ruleText(const CaseKind& kind, const CaseClock& clock, const CaseClockState* state)
{
    QStringList lines;
    lines << QStringLiteral("%1：%2").arg(citedArticle(clock.rule.article), clock.rule.wordingJa);
    if (state && !state->explanationJa.isEmpty()) {
        // The explanation opens with the rule just cited and says how 民法第142条 moved the
        // date: neither is said twice.
        QString how = state->explanationJa;
        const QString cited = clock.rule.article + u'：' + clock.rule.wordingJa + QStringLiteral(" — ");
        if (how.startsWith(cited))
            how = how.mid(cited.size());
        lines << QString() << tr("How the date came out:") << how;
        for (const QString& flag : flagTexts(state->flags & ~(ClockMoved | ClockLastDayClosed)))
            lines << flag;
    } else if (state) {
        for (const QString& flag : flagTexts(state->flags))
            lines << flag;
    }
    lines << QString() << pauseText(kind, clock);
    if (!clock.rule.ruleVersion.isEmpty())
        lines << tr("Rule: %1").arg(clock.rule.ruleVersion);
    return lines.join(QLatin1Char('\n'));
}

} // namespace daicho
