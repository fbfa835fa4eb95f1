#include "shell/MainWindow.h"

#include "admin/DeskSettingsPage.h"
#include "admin/OrganisationPage.h"
#include "admin/SettingsPage.h"
#include "admin/UserAdminPage.h"
#include "audit/AuditTrailPage.h"
#include "auth/Organisation.h"
#include "auth/Permission.h"
#include "cases/PublicNoticePage.h"
#include "cases/RequestsPage.h"
#include "common/AppIcon.h"
#include "common/MessageBox.h"
#include "ledger/CarryOutLog.h"
#include "ledger/FormRegistry.h"
#include "ledger/LedgerAccess.h"
#include "ledger/LedgerQuery.h"
#include "ledger/list/LedgerPage.h"
#include "retention/DisposalPage.h"
#include "retention/RetentionPeriodsPage.h"
#include "shell/ChangePasswordDialog.h"
#include "shell/HomePage.h"
#include "shell/LockController.h"
#include "shell/LockScreen.h"
#include "shell/Page.h"
#include "vault/VaultActions.h"

#include <QAction>
#include <QCloseEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTreeWidget>

#include <algorithm>

namespace daicho {

namespace {

constexpr int kPageRole = Qt::UserRole + 1;

} // namespace

MainWindow::MainWindow(SessionHolder& holder, QWidget* parent)
    : QMainWindow(parent)
    , m_holder(holder)
    , m_lock(new LockController(holder, this))
    , m_root(new QStackedWidget(this))
    , m_workspace(new QWidget(this))
    , m_navigator(new QTreeWidget(this))
    , m_pageStack(new QStackedWidget(this))
    , m_lockScreen(new LockScreen(holder, this))
    , m_userStatus(new QLabel(this))
    , m_lockStatus(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Daicho — %1").arg(QFileInfo(holder.paths().database).fileName()));
    setWindowIcon(appIcon());

    m_navigator->setObjectName(QStringLiteral("navigator"));
    m_navigator->setHeaderHidden(true);
    m_navigator->setColumnCount(2); // the page, and what waits there for the person
    // A title cut to fit keeps both ends: 「様式6-1 個人デ…（オプトアウト）」 (#11 §14).
    m_navigator->setTextElideMode(Qt::ElideMiddle);
    m_navigator->header()->setStretchLastSection(false);
    m_navigator->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_navigator->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_navigator->setRootIsDecorated(false);
    m_navigator->setMinimumWidth(180);
    m_navigator->setAccessibleName(tr("Navigator"));
    m_pageStack->setObjectName(QStringLiteral("pageStack"));

    auto* splitter = new QSplitter(Qt::Horizontal, m_workspace);
    splitter->addWidget(m_navigator);
    splitter->addWidget(m_pageStack);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({200, 800});
    splitter->setChildrenCollapsible(false);
    auto* workspaceLayout = new QHBoxLayout(m_workspace);
    workspaceLayout->setContentsMargins(0, 0, 0, 0);
    workspaceLayout->addWidget(splitter);

    m_root->addWidget(m_workspace);
    m_root->addWidget(m_lockScreen);
    m_root->setCurrentWidget(m_lockScreen);
    setCentralWidget(m_root);

    m_userStatus->setObjectName(QStringLiteral("signedInUserLabel"));
    m_lockStatus->setObjectName(QStringLiteral("autoLockLabel"));
    for (QLabel* label : {m_userStatus, m_lockStatus}) {
        label->setFrameShape(QFrame::StyledPanel);
        label->setContentsMargins(6, 0, 6, 0);
        statusBar()->addPermanentWidget(label);
    }

    createActions();
    resize(1100, 700);

    connect(m_navigator, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) { showItem(item); });
    connect(&m_holder, &SessionHolder::sessionStarted, this, &MainWindow::onSessionStarted);
    connect(&m_holder, &SessionHolder::sessionEnding, this, &MainWindow::onSessionEnding);
    connect(&m_holder, &SessionHolder::sessionEnded, this, &MainWindow::onSessionEnded);
    // The pages are covered at once; the session itself ends when the work lets go.
    connect(&m_holder, &SessionHolder::sessionEndDeferred, this, [this](SessionHolder::EndReason reason) {
        if (reason != SessionHolder::EndReason::Quit)
            showLockScreen();
    });
    connect(&m_holder, &SessionHolder::userChanged, this, &MainWindow::updateStatus);
    connect(m_lock, &LockController::idleLockMinutesChanged, this, &MainWindow::updateStatus);
    connect(m_lockScreen, &LockScreen::quitRequested, this, &QWidget::close);

    // F6 moves between the navigator and the open page, as in Windows applications.
    auto* switchFocus = new QShortcut(QKeySequence(Qt::Key_F6), this);
    connect(switchFocus, &QShortcut::activated, this, [this] {
        if (m_navigator->hasFocus()) {
            if (QWidget* page = m_pageStack->currentWidget())
                page->nextInFocusChain()->setFocus(Qt::ShortcutFocusReason);
        } else {
            m_navigator->setFocus(Qt::ShortcutFocusReason);
        }
    });

    if (m_holder.session())
        onSessionStarted(false);
    else
        onSessionEnded(SessionHolder::EndReason::SignedOut);
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    m_lockAction = file->addAction(tr("&Lock"), QKeySequence(Qt::CTRL | Qt::Key_L), m_lock, &LockController::lockNow);
    m_lockAction->setObjectName(QStringLiteral("lockAction"));
    m_changePasswordAction = file->addAction(tr("Change &password…"), this, &MainWindow::changePassword);
    m_changePasswordAction->setObjectName(QStringLiteral("changePasswordAction"));
    m_signOutAction = file->addAction(tr("Sign &out"), this, &MainWindow::signOut);
    m_signOutAction->setObjectName(QStringLiteral("signOutAction"));
    file->addSeparator();
    m_quitAction = file->addAction(tr("&Quit"), QKeySequence(Qt::CTRL | Qt::Key_Q), this, &QWidget::close);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));

    m_adminMenu = menuBar()->addMenu(tr("&Database"));
    m_rotateKeyAction = m_adminMenu->addAction(tr("Replace the database &key…"), this,
                                               [this] { VaultActions::rotateKey(m_holder, this); });
    m_rotateKeyAction->setObjectName(QStringLiteral("rotateKeyAction"));
    m_backupAction =
        m_adminMenu->addAction(tr("Make a &backup…"), this, [this] { VaultActions::makeBackup(m_holder, this); });
    m_backupAction->setObjectName(QStringLiteral("backupAction"));
}

bool MainWindow::openPage(const QString& objectName)
{
    for (QTreeWidgetItemIterator it(m_navigator); *it; ++it) {
        auto* page = (*it)->data(0, kPageRole).value<Page*>();
        if (page && page->objectName() == objectName) {
            m_navigator->setCurrentItem(*it);
            return true;
        }
    }
    return false;
}

Page* MainWindow::currentPage() const
{
    return qobject_cast<Page*>(m_pageStack->currentWidget());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_holder.end(SessionHolder::EndReason::Quit);
    event->accept();
}

void MainWindow::onSessionStarted(bool resumed)
{
    if (!resumed || m_pages.isEmpty())
        buildPages();
    m_root->setCurrentWidget(m_workspace);
    updateStatus();
    updateActions();
    if (Page* page = currentPage())
        page->activate();
    m_navigator->setFocus();
}

void MainWindow::onSessionEnding(SessionHolder::EndReason reason)
{
    for (Page* page : std::as_const(m_pages))
        page->clearSensitiveData();
    if (reason != SessionHolder::EndReason::Locked)
        removePages();
}

void MainWindow::onSessionEnded(SessionHolder::EndReason reason)
{
    if (reason == SessionHolder::EndReason::Quit)
        return;
    showLockScreen();
}

void MainWindow::showLockScreen()
{
    m_lockScreen->prepare();
    m_root->setCurrentWidget(m_lockScreen);
    updateStatus();
    updateActions();
}

void MainWindow::buildPages()
{
    removePages();
    Session* session = m_holder.session();
    if (!session)
        return;
    const Role role = session->role();

    // The start page first: each person's own previous sign-in and latest actions, and what
    // is due. Then the ledgers, the daily work: one page per form the role may read, in the
    // order of the regulation.
    auto* home = new HomePage(m_holder, this);
    connect(home, &HomePage::checkpointRequested, this, [this] {
        if (openPage(QStringLiteral("auditTrailPage")))
            if (auto* audit = qobject_cast<AuditTrailPage*>(currentPage()))
                audit->signCheckpoint();
    });
    addPage(nullptr, home);
    // What the start page lists as due opens where it is kept: a request's case, a ledger's
    // entry, or the entries waiting for the person's decision.
    connect(home, &HomePage::disposalRequested, this, [this] { openPage(QStringLiteral("disposalPage")); });
    connect(home, &HomePage::newEntryRequested, this, [this](const QString& formId, const FieldValues& fill) {
        if (!openPage(QStringLiteral("ledgerPage.") + formId))
            return;
        if (auto* page = qobject_cast<LedgerPage*>(currentPage()))
            page->writeNewEntry(fill, true);
    });
    connect(home, &HomePage::caseRequested, this, [this](qint64 caseId) {
        if (openPage(QStringLiteral("requestsPage")))
            if (auto* requests = qobject_cast<RequestsPage*>(currentPage()))
                requests->openCase(caseId);
    });
    connect(home, &HomePage::ledgerRequested, this, [this](const QString& formId, qint64 entryId, bool awaiting) {
        if (!openPage(QStringLiteral("ledgerPage.") + formId))
            return;
        auto* page = qobject_cast<LedgerPage*>(currentPage());
        if (!page)
            return;
        if (awaiting)
            page->showAwaitingMyDecision();
        if (entryId > 0) {
            page->selectEntry(entryId);
            page->openEntry(entryId);
        }
    });
    auto* ledgers = new QTreeWidgetItem(m_navigator, {tr("Ledgers")});
    for (const FormDefinition& form : FormRegistry::all()) {
        if (!LedgerAccess::requireRead(*session, form).ok())
            continue;
        auto* page = new LedgerPage(m_holder, form, this);
        // The legal-basis guide of a provision or receipt may lead to another form: its page
        // opens with the editor of a new entry.
        connect(page, &LedgerPage::newEntryRequested, this, [this](const QString& formId, const FieldValues& fill) {
            if (!openPage(QStringLiteral("ledgerPage.") + formId)) {
                const FormDefinition* target = FormRegistry::find(formId);
                MessageBox::warning(this, tr("The ledger cannot be opened"),
                                    tr("You may not write entries of %1.").arg(target ? target->number : formId));
                return;
            }
            if (auto* target = qobject_cast<LedgerPage*>(currentPage()))
                target->writeNewEntry(fill);
        });
        connect(page, &LedgerPage::reloaded, this, &MainWindow::updateNavigatorCounts);
        connect(page, &LedgerPage::auditTrailRequested, this, [this](const QString& formId, EntryId id, qint64 number) {
            if (openPage(QStringLiteral("auditTrailPage")))
                if (auto* trail = qobject_cast<AuditTrailPage*>(currentPage()))
                    trail->showEntry(formId, id, number);
        });
        addPage(ledgers, page);
    }

    // Requests from individuals (第33–39条) are cases with clocks, not a ledger of the 様式: a group
    // of their own, after the ledgers, where later kinds of case (incidents, data-use applications)
    // join them. Everyone signed in has the page; it lists only what the person may read.
    auto* cases = new QTreeWidgetItem(m_navigator, {tr("Requests and cases")});
    addPage(cases, new RequestsPage(m_holder, this));
    addPage(cases, new PublicNoticePage(m_holder, this));

    auto* administration = new QTreeWidgetItem(m_navigator, {tr("Administration")});
    // Heads and the auditor may read the user list (core allows it, for names in the
    // trail), but the page is for managing people: only those who manage see it.
    if (isAllowed(role, Operation::ManageUsers))
        addPage(administration, new UserAdminPage(m_holder, this));
    if (isAllowed(role, Operation::ViewOrganisation))
        addPage(administration, new OrganisationPage(m_holder, this));
    if (isAllowed(role, Operation::ChangeSettings))
        addPage(administration, new SettingsPage(m_holder, this));
    // The desk's data print on every notice and its closed days count every deadline: everyone
    // reads them (the desk tells requesters its hours and fees); the chief and acting chief change them.
    addPage(administration, new DeskSettingsPage(m_holder, this));
    // How long each ledger is kept: everyone reads it, the chief officer sets the centre's own.
    addPage(administration, new RetentionPeriodsPage(m_holder, this));
    // 第20条1項(4): the fiscal year's disposal, for the chief, the acting chief and the auditor.
    if (isAllowed(role, Operation::ViewDisposal)) {
        auto* disposal = new DisposalPage(m_holder, this);
        connect(disposal, &DisposalPage::caseRequested, this, [this](qint64 caseId) {
            if (openPage(QStringLiteral("requestsPage")))
                if (auto* requests = qobject_cast<RequestsPage*>(currentPage()))
                    requests->openCase(caseId);
        });
        connect(disposal, &DisposalPage::recordRequested, this, [this](const QString& formId, qint64 entryId) {
            if (!openPage(QStringLiteral("ledgerPage.") + formId))
                return;
            if (auto* page = qobject_cast<LedgerPage*>(currentPage())) {
                page->selectEntry(entryId);
                page->openEntry(entryId);
            }
        });
        addPage(administration, disposal);
    }

    auto* audit = new QTreeWidgetItem(m_navigator, {tr("Audit")});
    if (isAllowed(role, Operation::ViewAuditTrail)) {
        auto* trail = new AuditTrailPage(m_holder, this);
        connect(trail, &AuditTrailPage::recordRequested, this, [this](const QString& formId, qint64 entryId) {
            if (!openPage(QStringLiteral("ledgerPage.") + formId))
                return;
            if (auto* page = qobject_cast<LedgerPage*>(currentPage())) {
                page->selectEntry(entryId);
                page->openEntry(entryId);
            }
        });
        addPage(audit, trail);
    }

    // A group with nothing the role may open is left out, not shown empty.
    for (int i = m_navigator->topLevelItemCount() - 1; i >= 0; --i) {
        QTreeWidgetItem* group = m_navigator->topLevelItem(i);
        if (group->data(0, kPageRole).value<Page*>())
            continue; // a page of its own (the start page), not a group
        if (group->childCount() == 0)
            delete m_navigator->takeTopLevelItem(i);
        else {
            group->setFlags(Qt::ItemIsEnabled);
            QFont bold = group->font(0);
            bold.setBold(true);
            group->setFont(0, bold);
        }
    }
    m_navigator->expandAll();
    // The statutory titles of the ledgers are long: the navigator is as wide as they are, up
    // to a limit that keeps the window within a 1280-pixel screen (each item has a tooltip).
    updateNavigatorCounts();
    int widest = 0;
    int widestCount = 0;
    for (QTreeWidgetItemIterator it(m_navigator); *it; ++it) {
        widest = std::max(widest, QFontMetrics((*it)->font(0)).horizontalAdvance((*it)->text(0))
                                      + ((*it)->parent() ? m_navigator->indentation() : 0));
        widestCount = std::max(widestCount, QFontMetrics((*it)->font(1)).horizontalAdvance((*it)->text(1)));
    }
    widest += widestCount > 0 ? widestCount + 16 : 0;
    const int maximum = QFontMetrics(m_navigator->font()).averageCharWidth() * 26;
    m_navigator->setMinimumWidth(std::clamp(widest + 2 * m_navigator->frameWidth() + 16, 180, maximum));
    if (QTreeWidgetItem* first = m_navigator->topLevelItemCount() ? m_navigator->topLevelItem(0) : nullptr)
        m_navigator->setCurrentItem(first);
}

void MainWindow::updateNavigatorCounts()
{
    Session* session = m_holder.session();
    if (!session)
        return;
    // Beside each ledger: what waits for this person's decision, and carry-outs overdue
    // (#11 §4 §6), so that nothing waits unseen behind a page nobody opens.
    for (QTreeWidgetItemIterator it(m_navigator); *it; ++it) {
        auto* page = qobject_cast<LedgerPage*>((*it)->data(0, kPageRole).value<Page*>());
        if (!page)
            continue;
        const FormDefinition& form = page->form();
        const Result<int> waiting = LedgerQuery::countAwaitingMyDecision(*session, form);
        int overdue = 0;
        if (carry_out::isCarryOutLog(form)) {
            LedgerFilter filter;
            filter.formId = form.id;
            filter.state = EntryState::Approved; // only what was approved has left
            if (const Result<int> late = carry_out::countOverdue(*session, filter))
                overdue = late.value();
        }
        QStringList parts;
        QStringList tips;
        // Like the unread count of a mail program: the number alone, the tooltip says what.
        if (waiting && waiting.value() > 0) {
            parts << tr("%n", "the navigator: entries waiting for the person", waiting.value());
            tips << tr("%n entries wait for your approval or review.", nullptr, waiting.value());
        }
        if (overdue > 0) {
            parts << tr("%n overdue", nullptr, overdue);
            tips << tr("%n carry-outs are past their return time without a return.", nullptr, overdue);
        }
        (*it)->setText(1, parts.join(QLatin1Char(' ')));
        (*it)->setToolTip(1, tips.join(QLatin1Char('\n')));
        (*it)->setForeground(1, QColor(0xb0, 0x1c, 0x1c));
        QFont bold = (*it)->font(0);
        bold.setBold(true);
        (*it)->setFont(1, bold);
        (*it)->setToolTip(0, parts.isEmpty() ? page->title()
                                             : page->title() + QLatin1Char('\n') + tips.join(QLatin1Char('\n')));
    }
}

void MainWindow::removePages()
{
    m_navigator->clear();
    for (Page* page : std::as_const(m_pages)) {
        m_pageStack->removeWidget(page);
        // Deleted at once: dialogs parented to the page, with a previous person's
        // unsaved input, go with it.
        delete page;
    }
    m_pages.clear();
}

void MainWindow::addPage(QTreeWidgetItem* group, Page* page)
{
    auto* item =
        group ? new QTreeWidgetItem(group, {page->title()}) : new QTreeWidgetItem(m_navigator, {page->title()});
    item->setToolTip(0, page->title());
    item->setData(0, kPageRole, QVariant::fromValue(page));
    m_pages.append(page);
    m_pageStack->addWidget(page);
}

void MainWindow::showItem(QTreeWidgetItem* item)
{
    if (!item)
        return;
    auto* page = item->data(0, kPageRole).value<Page*>();
    if (!page)
        return;
    m_pageStack->setCurrentWidget(page);
    page->activate();
}

void MainWindow::updateStatus()
{
    Session* session = m_holder.session();
    const std::optional<SessionHolder::EndReason> pending = m_holder.pendingEnd();
    if (!session || pending) {
        const bool locked = pending ? *pending == SessionHolder::EndReason::Locked : !m_holder.lockedLogin().isEmpty();
        m_userStatus->setText(locked ? tr("Locked") : tr("Not signed in"));
        m_lockStatus->clear();
        m_lockStatus->hide();
        return;
    }
    const UserEntry& user = session->user();
    QString department;
    if (user.departmentId) {
        if (const Result<QList<DepartmentEntry>> all = Organisation::departments(*session))
            department = Organisation::fullName(all.value(), *user.departmentId);
    }
    QStringList parts{user.displayName, roleDisplayName(user.role)};
    if (!department.isEmpty())
        parts.append(department);
    m_userStatus->setText(tr("Signed in: %1").arg(parts.join(QStringLiteral(" ｜ "))));
    m_lockStatus->setText(tr("Auto-lock after %n minute(s) idle", nullptr, m_lock->idleLockMinutes()));
    m_lockStatus->show();
}

void MainWindow::updateActions()
{
    // A session whose end waits for work under way is behind the lock screen already: only a
    // sign-out (which then wins over the lock) and Quit stay.
    Session* session = m_holder.pendingEnd() ? nullptr : m_holder.session();
    const bool signedIn = session != nullptr;
    m_signOutAction->setEnabled(m_holder.session() != nullptr);
    m_lockAction->setEnabled(signedIn);
    m_changePasswordAction->setEnabled(signedIn);
    const bool rotate = signedIn && isAllowed(session->role(), Operation::RotateDatabaseKey);
    const bool backup = signedIn && isAllowed(session->role(), Operation::MakeBackup);
    m_rotateKeyAction->setVisible(rotate);
    m_backupAction->setVisible(backup);
    m_adminMenu->menuAction()->setVisible(rotate || backup);
}

void MainWindow::changePassword()
{
    if (!m_holder.session())
        return;
    ChangePasswordDialog dialog([this] { return m_holder.session(); }, ChangePasswordDialog::Mode::Voluntary, this);
    if (dialog.exec() == QDialog::Accepted) {
        m_holder.notifyUserChanged();
        statusBar()->showMessage(tr("Your password was changed."), 8000);
    }
}

void MainWindow::signOut()
{
    m_holder.end(SessionHolder::EndReason::SignedOut);
}

} // namespace daicho
