#pragma once

#include "shell/SessionHolder.h"

#include <QList>
#include <QMainWindow>

class QAction;
class QLabel;
class QStackedWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace daicho {

class LockController;
class LockScreen;
class Page;

// The shell: a navigator of what the signed-in role may open, a stack of pages, a status
// bar saying who is signed in and when the screen locks, and the lock screen in place of
// all of it while nobody is signed in. Pages are built per session from the role, so a
// different person never sees the previous person's pages or input.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(SessionHolder& holder, QWidget* parent = nullptr);
    ~MainWindow() override;

    LockController& lockController() const { return *m_lock; }
    LockScreen* lockScreen() const { return m_lockScreen; }
    QList<Page*> pages() const { return m_pages; }
    // Opens the page with this objectName; false when the role has no such page.
    bool openPage(const QString& objectName);
    Page* currentPage() const;

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void onSessionStarted(bool resumed);
    void onSessionEnding(SessionHolder::EndReason reason);
    void onSessionEnded(SessionHolder::EndReason reason);
    void showLockScreen();
    void buildPages();
    void removePages();
    void addPage(QTreeWidgetItem* group, Page* page);
    void showItem(QTreeWidgetItem* item);
    void updateStatus();
    void updateNavigatorCounts();
    void updateActions();
    void changePassword();
    void signOut();

    SessionHolder& m_holder;
    LockController* m_lock;
    QStackedWidget* m_root;
    QWidget* m_workspace;
    QTreeWidget* m_navigator;
    QStackedWidget* m_pageStack;
    LockScreen* m_lockScreen;
    QList<Page*> m_pages;

    QLabel* m_userStatus;
    QLabel* m_lockStatus;

    QAction* m_lockAction = nullptr;
    QAction* m_signOutAction = nullptr;
    QAction* m_changePasswordAction = nullptr;
    QAction* m_rotateKeyAction = nullptr;
    QAction* m_backupAction = nullptr;
    QAction* m_quitAction = nullptr;
    QMenu* m_adminMenu = nullptr;
};

} // namespace daicho
