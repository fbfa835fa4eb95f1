#include "ledger/LedgerText.h"

#include <QScreen>

#include "common/JapaneseCalendar.h"

#include <QCoreApplication>

namespace daicho {

QString ledgerTitle(const FormDefinition& form)
{
    return form.number + QLatin1Char(' ') + form.title;
}

QString ledgerKind(const FormDefinition& form)
{
    if (!form.transfer)
        return {};
    switch (form.transfer->basis) {
    case TransferBasis::OptOut:
        return QCoreApplication::translate("daicho::LedgerText", "opt-out"); // 第30条2項・法27条2項
    case TransferBasis::Consent:
        return QCoreApplication::translate("daicho::LedgerText", "consent");
    case TransferBasis::NonBusiness:
        // 個人情報取扱事業者以外から: the navigator's width allows the short form; the page's
        // heading and the tooltip name the form in full.
        return QCoreApplication::translate("daicho::LedgerText", "from a non-business");
    case TransferBasis::RelatedInfo:
        return {}; // 様式6-3 has a title of its own
    }
    return {};
}

QString ledgerTitleWithKind(const FormDefinition& form)
{
    const QString kind = ledgerKind(form);
    return kind.isEmpty() ? ledgerTitle(form)
                          : QCoreApplication::translate("daicho::LedgerText", "%1 (%2)").arg(ledgerTitle(form), kind);
}

QString formatWarekiDateTime(const QDateTime& utc)
{
    if (!utc.isValid())
        return {};
    const QDateTime japan = toJapanTime(utc);
    return formatWareki(japan.date()) + QLatin1Char(' ') + japan.time().toString(QStringLiteral("HH:mm"));
}

Decision positiveDecision(const FormDefinition& form)
{
    return form.approval == ApprovalKind::ApproveBefore ? Decision::Approve : Decision::Review;
}

QString decideButtonText(const FormDefinition& form)
{
    // A carry-out is approved before the data leaves (the centre's rule; 第19条 asks for no
    // approval); the logs are reviewed after.
    return positiveDecision(form) == Decision::Approve ? QCoreApplication::translate("daicho::LedgerText", "&Approve")
                                                       : QCoreApplication::translate("daicho::LedgerText", "Re&view");
}

QString returnButtonText()
{
    return QCoreApplication::translate("daicho::LedgerText", "Re&turn");
}

bool awaitsDecision(EntryState state)
{
    return state == EntryState::AwaitingApproval || state == EntryState::AwaitingReview;
}

QSize entryDialogSize(const FormDefinition& form, const QScreen* screen, QSize usual)
{
    // A monitoring sheet's table wants room; other forms their usual size. Never more than the
    // screen has (a small office laptop), less what the window frame takes.
    QSize size = form.firstOfType(FieldType::Checklist) ? QSize(1200, 800) : usual;
    if (screen)
        size = size.boundedTo(screen->availableGeometry().size() - QSize(40, 60));
    return size;
}

} // namespace daicho
