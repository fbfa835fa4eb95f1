#include "ledger/entry/DecisionDialog.h"

#include "auth/Session.h"
#include "common/MessageBox.h"
#include "ledger/LedgerDirectory.h"
#include "ledger/LedgerStore.h"
#include "ledger/LedgerText.h"
#include "ledger/entry/EntrySummaryWidget.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace daicho {

DecisionDialog::DecisionDialog(const FormDefinition& form, const LedgerDirectory& directory, const LedgerEntry& entry,
                               SessionAccess session, QWidget* parent)
    : QDialog(parent)
    , m_form(form)
    , m_entryId(entry.id)
    , m_session(std::move(session))
    , m_comment(new QPlainTextEdit(this))
    , m_positive(new QPushButton(decideButtonText(form), this))
    , m_return(new QPushButton(returnButtonText(), this))
{
    setObjectName(QStringLiteral("decisionDialog"));
    setWindowTitle(tr("Decide on entry No. %1 — %2").arg(entry.number).arg(ledgerTitle(form)));

    auto* heading = new QLabel(ledgerTitle(form), this);
    QFont headingFont = heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.15);
    heading->setFont(headingFont);

    auto* summary = new EntrySummaryWidget(form, directory, entry.values, this);
    summary->addHeaderRow(tr("No.:"), QString::number(entry.number), QStringLiteral("entryNumber"));
    summary->addHeaderRow(tr("State:"), entryStateDisplayName(entry.state), QStringLiteral("entryState"));
    summary->addHeaderRow(tr("Version:"), QString::number(entry.revisionCount), QStringLiteral("entryVersion"));
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(summary);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto* commentLabel = new QLabel(tr("&Comment (required to return the entry):"), this);
    commentLabel->setBuddy(m_comment);
    m_comment->setObjectName(QStringLiteral("decisionComment"));
    m_comment->setTabChangesFocus(true);
    m_comment->setFixedHeight(fontMetrics().lineSpacing() * 3 + 12);
    m_comment->setPlaceholderText(tr("What the writer should correct"));

    m_positive->setObjectName(QStringLiteral("positiveDecisionButton"));
    m_return->setObjectName(QStringLiteral("returnDecisionButton"));
    m_positive->setAutoDefault(false);
    m_return->setAutoDefault(false);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_positive, QDialogButtonBox::ActionRole);
    buttons->addButton(m_return, QDialogButtonBox::ActionRole);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelDecisionButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_positive, &QPushButton::clicked, this, [this] { decide(positiveDecision(m_form)); });
    connect(m_return, &QPushButton::clicked, this, [this] { decide(Decision::Return); });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(scroll, 1);
    layout->addWidget(commentLabel);
    layout->addWidget(m_comment);
    layout->addWidget(buttons);
    resize(entryDialogSize(form, screen(), {640, 600}));
}

DecisionDialog::~DecisionDialog() = default;

void DecisionDialog::decide(Decision decision)
{
    Session* session = m_session ? m_session() : nullptr;
    if (!session)
        return;
    const QString comment = m_comment->toPlainText();
    const Result<std::int64_t> recorded = LedgerStore::decide(*session, m_entryId, decision, comment);
    if (!recorded) {
        MessageBox::warning(this, tr("The decision was not recorded"), recorded.error().message);
        if (recorded.error().detail == QLatin1String("comment"))
            m_comment->setFocus(Qt::OtherFocusReason);
        return;
    }
    emit decided(m_entryId, decision);
    accept();
}

} // namespace daicho
