#include "shell/HomePage.h"

#include "audit/AuditActionText.h"
#include "audit/AuditLog.h"
#include "audit/Checkpoint.h"
#include "audit/PersonalActivity.h"
#include "auth/Permission.h"
#include "calendar/LegalPeriod.h"
#include "common/JapaneseCalendar.h"
#include "common/MessageBanner.h"
#include "common/MessageBox.h"
#include "ledger/FormRegistry.h"
#include "ledger/LedgerReader.h"
#include "shell/SessionHolder.h"

#include <algorithm>

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
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
    , m_due(new QTableWidget(0, 3, this))
    , m_nothingDue(new QLabel(this))
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
    m_due->setObjectName(QStringLiteral("dueWorkTable"));
    m_nothingDue->setObjectName(QStringLiteral("nothingDueLabel"));

    m_due->setHorizontalHeaderLabels({tr("Due"), tr("Matter"), tr("Rule")});
    m_due->verticalHeader()->hide();
    m_due->horizontalHeader()->setStretchLastSection(false);
    m_due->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_due->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_due->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_due->setSelectionMode(QAbstractItemView::SingleSelection);
    m_due->setTabKeyNavigation(false);
    m_due->setWordWrap(false);
    m_due->setAccessibleName(tr("What is due for you"));
    m_due->setToolTip(tr("Enter or a double-click opens the line"));
    m_nothingDue->setText(tr("Nothing with a deadline is due for you."));
    connect(m_due, &QTableWidget::activated, this, [this](const QModelIndex& index) { openDue(index.row()); });

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
    layout->addWidget(heading(tr("What needs your attention"), this));
    layout->addWidget(m_due, 1);
    layout->addWidget(m_nothingDue);
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
    showDueWork(*s);
    showCheckpointReminder(*s);
}

void HomePage::showDueWork(const Session& session)
{
    m_due->setRowCount(0);
    m_dueItems.clear();
    const Result<QList<DueItem>> due = DueWork::forPerson(session);
    if (!due) {
        m_due->hide();
        m_nothingDue->setText(tr("What is due could not be read: %1").arg(due.error().message));
        m_nothingDue->show();
        return;
    }
    m_dueItems = due.value();
    const QDate today = japanDate(session.clock().nowUtc());
    const QColor overdue(0xb0, 0x00, 0x20);
    int ruleWidth = 0;
    for (const DueItem& item : std::as_const(m_dueItems)) {
        const int row = m_due->rowCount();
        m_due->insertRow(row);
        QString when;
        if (item.kind == DueKind::AwaitingDecision) {
            const int count = item.count;
            when = tr("%n waiting", nullptr, count);
        } else {
            when = formatDeadlineJa(item.dueOn, today);
            if (item.provisional)
                when += tr(" (provisional)");
        }
        auto* whenItem = new QTableWidgetItem(when);
        auto* whatItem = new QTableWidgetItem(item.what);
        whatItem->setToolTip(item.what);
        if (item.dueOn.isValid() && item.daysLeft < 0) {
            QFont bold = whenItem->font();
            bold.setBold(true);
            for (QTableWidgetItem* cell : {whenItem, whatItem}) {
                cell->setForeground(overdue);
                cell->setFont(bold);
            }
        }
        m_due->setItem(row, 0, whenItem);
        m_due->setItem(row, 1, whatItem);
        // The rule a click away (a tooltip alone is out of reach of the keyboard and of touch).
        const QString article = item.rule.section(QRegularExpression(QStringLiteral("[：:]")), 0, 0).trimmed();
        auto* rule = new QPushButton(article.isEmpty() ? tr("Rule…") : article + QStringLiteral("…"), m_due);
        rule->setObjectName(QStringLiteral("dueRule.%1").arg(row));
        rule->setToolTip(item.rule);
        rule->setFlat(true);
        connect(rule, &QPushButton::clicked, this, [this, row] { showDueRule(row); });
        auto* ruleItem = new QTableWidgetItem;
        ruleItem->setData(Qt::UserRole, item.rule);
        m_due->setItem(row, 2, ruleItem);
        m_due->setCellWidget(row, 2, rule);
        ruleWidth = std::max(ruleWidth, rule->sizeHint().width());
    }
    const bool nothing = m_dueItems.isEmpty();
    m_due->setVisible(!nothing);
    m_nothingDue->setText(tr("Nothing with a deadline is due for you."));
    m_nothingDue->setVisible(nothing);
    m_due->resizeColumnToContents(0);
    m_due->setColumnWidth(2, std::max(ruleWidth + 8, m_due->horizontalHeader()->sectionSizeHint(2)));
    m_due->resizeRowsToContents();
}

void HomePage::openDue(int row)
{
    if (row < 0 || row >= m_dueItems.size())
        return;
    const DueItem& item = m_dueItems.at(row);
    if (item.caseId) {
        emit caseRequested(*item.caseId);
        return;
    }
    if (item.kind == DueKind::Disposal) {
        emit disposalRequested();
        return;
    }
    if (item.kind == DueKind::RegisterDisposal) {
        emit newEntryRequested(item.formId, item.fill);
        return;
    }
    if (!item.formId.isEmpty())
        emit ledgerRequested(item.formId, item.entryId.value_or(0), item.kind == DueKind::AwaitingDecision);
}

void HomePage::showDueRule(int row)
{
    if (row < 0 || row >= m_dueItems.size())
        return;
    const DueItem& item = m_dueItems.at(row);
    MessageBox::information(this, tr("The rule behind the date"), item.what + QStringLiteral("\n\n") + item.rule);
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
    m_due->setRowCount(0);
    m_dueItems.clear();
    m_checkpoint->clearMessage();
    m_sign->hide();
}

} // namespace daicho
