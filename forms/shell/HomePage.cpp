#include "shell/HomePage.h"

#include "audit/AuditActionText.h"
#include "audit/AuditLog.h"
#include "audit/Checkpoint.h"
#include "audit/PersonalActivity.h"
#include "auth/Permission.h"
#include "common/JapaneseCalendar.h"
#include "common/MessageBanner.h"
#include "ledger/FormRegistry.h"
#include "ledger/LedgerReader.h"
#include "shell/SessionHolder.h"

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace daicho {

namespace {

QLabel* heading(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

QString when(const QString& isoUtc)
{
    const QDateTime utc = QDateTime::fromString(isoUtc, Qt::ISODateWithMs);
    return formatWareki(toJapanTime(utc).date(), SeirekiInBrackets::No) + QStringLiteral(" ")
           + toJapanTime(utc).time().toString(QStringLiteral("HH:mm"));
}

} // namespace

HomePage::HomePage(SessionHolder& holder, QWidget* parent)
    : Page(holder, parent)
    , m_welcome(new QLabel(this))
    , m_notices(new MessageBanner(this))
    , m_previous(new QLabel(this))
    , m_failures(new MessageBanner(this))
    , m_recent(new QTableWidget(0, 4, this))
    , m_checkpoint(new MessageBanner(this))
    , m_sign(new QPushButton(tr("&Sign a checkpoint…"), this))
{
    setObjectName(QStringLiteral("homePage"));
    m_welcome->setObjectName(QStringLiteral("homeWelcome"));
    m_notices->setObjectName(QStringLiteral("homeNotices"));
    m_previous->setObjectName(QStringLiteral("previousSignInLabel"));
    m_failures->setObjectName(QStringLiteral("failedSignInsBanner"));
    m_recent->setObjectName(QStringLiteral("recentActionsTable"));
    m_checkpoint->setObjectName(QStringLiteral("checkpointReminder"));
    m_sign->setObjectName(QStringLiteral("homeSignCheckpointButton"));

    QFont big = m_welcome->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_welcome->setFont(big);
    m_previous->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_recent->setHorizontalHeaderLabels({tr("When"), tr("What"), tr("Ledger"), tr("Audit trail No.")});
    m_recent->verticalHeader()->hide();
    m_recent->horizontalHeader()->setStretchLastSection(true);
    m_recent->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_recent->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_recent->setAccessibleName(tr("Your latest recorded actions"));

    auto* explanation = new QLabel(tr("If you do not remember your previous sign-in as shown, or actions you did are "
                                      "missing here, the audit trail may have been cut: tell the auditor."),
                                   this);
    explanation->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_welcome);
    layout->addWidget(m_notices);
    layout->addWidget(heading(tr("Your previous sign-in"), this));
    layout->addWidget(m_previous);
    layout->addWidget(m_failures);
    layout->addWidget(heading(tr("Your latest recorded actions"), this));
    layout->addWidget(m_recent, 1);
    layout->addWidget(explanation);
    layout->addWidget(m_checkpoint);
    layout->addWidget(m_sign, 0, Qt::AlignLeft);

    connect(m_sign, &QPushButton::clicked, this, &HomePage::checkpointRequested);
    m_sign->setToolTip(tr("Opens the audit trail page and signs a checkpoint there"));
    m_sign->hide();
}

HomePage::~HomePage() = default;

QString HomePage::title() const
{
    return tr("Start");
}

void HomePage::showEvent(QShowEvent* event)
{
    Page::showEvent(event);
    if (isLoaded())
        reload();
}

void HomePage::reload()
{
    Session* s = session();
    if (!s)
        return;
    m_welcome->setText(tr("%1 (%2)").arg(s->user().displayName, roleDisplayName(s->role())));
    if (s->notices().isEmpty())
        m_notices->clearMessage();
    else
        m_notices->showError(s->notices().join(QLatin1Char('\n')));

    const Result<PersonalActivity> activity = personalActivity(*s);
    if (!activity) {
        m_previous->setText(activity.error().message);
        return;
    }
    m_previous->setText(activity->previousSignIn ? when(activity->previousSignIn->atUtc)
                                                 : tr("This is your first sign-in."));
    if (activity->failedSignInsSince.isEmpty()) {
        m_failures->clearMessage();
    } else {
        const int failed = static_cast<int>(activity->failedSignInsSince.size());
        m_failures->showError(tr("Since your previous sign-in, signing in with your ID failed %n time(s), the last on "
                                 "%1. If that was not you, tell the chief officer.",
                                 nullptr, failed)
                                  .arg(when(activity->failedSignInsSince.constLast().toString(Qt::ISODateWithMs))));
    }
    m_recent->setRowCount(0);
    for (const AuditEntry& e : activity->recentActions) {
        const int row = m_recent->rowCount();
        m_recent->insertRow(row);
        m_recent->setItem(row, 0, new QTableWidgetItem(when(e.atUtc)));
        m_recent->setItem(row, 1, new QTableWidgetItem(auditActionDisplayName(e.action)));
        m_recent->setItem(row, 2, new QTableWidgetItem(auditLedgerTarget(e, [s](qint64 entryId) -> qint64 {
                              const Result<std::int64_t> number = LedgerReader::number(*s, entryId);
                              return number ? number.value() : 0;
                          })));
        m_recent->setItem(row, 3, new QTableWidgetItem(QString::number(e.seq)));
    }
    if (activity->recentActions.isEmpty()) {
        m_recent->insertRow(0);
        m_recent->setItem(0, 1, new QTableWidgetItem(tr("Nothing recorded yet.")));
    }
    m_recent->resizeColumnsToContents();
    showCheckpointReminder(*s);
}

void HomePage::showCheckpointReminder(const Session& session)
{
    m_checkpoint->clearMessage();
    // The auditor may sign one at any time; the reminder says when one is due.
    m_sign->setVisible(isAllowed(session.role(), Operation::SignCheckpoint));
    if (!isAllowed(session.role(), Operation::ViewAuditTrail))
        return;
    const Result<Checkpoint::Reminder> reminder = Checkpoint::reminder(session);
    if (!reminder) {
        m_checkpoint->showError(reminder.error().message);
        return;
    }
    if (!reminder->due) {
        m_checkpoint->showSuccess(reminder->daysSince == 0 ? tr("The last checkpoint was signed today.")
                                                           : tr("The last checkpoint was signed %n day(s) ago.",
                                                                nullptr, reminder->daysSince));
        return;
    }
    const QString last = reminder->lastAtUtc
                             ? tr("The last checkpoint was signed %n day(s) ago", nullptr, reminder->daysSince)
                             : tr("No checkpoint has been signed yet");
    const bool auditor = isAllowed(session.role(), Operation::SignCheckpoint);
    m_checkpoint->showInfo(
        last + tr(" (one is asked for every %n day(s)). ", nullptr, reminder->periodDays)
        + (auditor ? tr("Sign one and keep its printed code away from this PC: it proves later that the newest "
                        "entries were not cut off.")
                   : tr("Ask the auditor to sign one.")));
}

void HomePage::clearViews()
{
    m_welcome->clear();
    m_notices->clearMessage();
    m_previous->clear();
    m_failures->clearMessage();
    m_recent->setRowCount(0);
    m_checkpoint->clearMessage();
    m_sign->hide();
}

} // namespace daicho
