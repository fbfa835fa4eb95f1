#include "FormsTestSupport.h"

#include "admin/SettingsPage.h"
#include "admin/UserAdminPage.h"
#include "admin/UserEditorDialog.h"
#include "auth/Settings.h"
#include "auth/UserAdmin.h"
#include "common/FileDialog.h"
#include "shell/LockController.h"
#include "shell/LockScreen.h"
#include "shell/MainWindow.h"
#include "shell/SessionHolder.h"
#include "shell/SignInForm.h"
#include "support/TestVault.h"

#include <QAction>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTreeWidget>

using namespace daicho;
using namespace daicho::test;

namespace {

QStringList navigatorEntries(const MainWindow& window)
{
    QStringList entries;
    for (QTreeWidgetItemIterator it(child<QTreeWidget>(&window, QStringLiteral("navigator"))); *it; ++it)
        entries << (*it)->text(0);
    return entries;
}

// The chief's window with the user administration page open and its table loaded.
struct ChiefWindow {
    explicit ChiefWindow(TestVault& vault)
        : holder(vault.paths(), vault.clock())
        , window(holder)
    {
        vault.closeChief();
        REQUIRE(holder.start(vault.signIn(TestVault::kChiefLogin)).ok());
        window.show();
        REQUIRE(window.openPage(QStringLiteral("userAdminPage")));
        page = child<UserAdminPage>(&window, QStringLiteral("userAdminPage"));
        table = child<QTableWidget>(page, QStringLiteral("userTable"));
    }

    SessionHolder holder;
    MainWindow window;
    UserAdminPage* page = nullptr;
    QTableWidget* table = nullptr;
};

UserEditorDialog* openAddDialog(ChiefWindow& chief)
{
    click(child<QPushButton>(chief.page, QStringLiteral("addUserButton")));
    auto* dialog = chief.page->findChild<UserEditorDialog*>();
    REQUIRE(dialog);
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    return dialog;
}

void signInAtLockScreen(MainWindow& window, const QString& login, const QString& password)
{
    SignInForm* form = window.lockScreen()->form();
    replaceText(form->loginEdit(), login);
    replaceText(form->passwordEdit(), password);
    click(form->signInButton());
}

} // namespace

TEST_CASE("the navigator shows user administration to the chief but not to staff", "[forms][shell]")
{
    TestVault vault;
    vault.addPeople();
    vault.closeChief();
    SessionHolder holder(vault.paths(), vault.clock());
    MainWindow window(holder);
    window.show();

    REQUIRE(holder.start(vault.signIn(TestVault::kChiefLogin)).ok());
    CHECK(navigatorEntries(window).contains(QStringLiteral("User administration")));
    CHECK(navigatorEntries(window).contains(QStringLiteral("Audit trail")));
    CHECK(navigatorEntries(window).contains(QStringLiteral("Settings")));
    CHECK(child<QAction>(&window, QStringLiteral("rotateKeyAction"))->isVisible());
    CHECK(child<QLabel>(&window, QStringLiteral("signedInUserLabel"))->text().contains(QStringLiteral("総務 部長")));
    CHECK(child<QLabel>(&window, QStringLiteral("autoLockLabel"))->text().contains(QStringLiteral("5")));

    holder.end(SessionHolder::EndReason::SignedOut);
    REQUIRE(holder.start(vault.signIn(QStringLiteral("staff"))).ok());
    const QStringList staff = navigatorEntries(window);
    CHECK_FALSE(staff.contains(QStringLiteral("User administration")));
    CHECK_FALSE(staff.contains(QStringLiteral("Audit trail")));
    CHECK_FALSE(staff.contains(QStringLiteral("Settings")));
    CHECK(staff.contains(QStringLiteral("Organisation")));
    CHECK_FALSE(child<QAction>(&window, QStringLiteral("rotateKeyAction"))->isVisible());
    CHECK(window.findChild<UserAdminPage*>() == nullptr);
    CHECK(child<QLabel>(&window, QStringLiteral("signedInUserLabel"))->text().contains(QStringLiteral("健診管理課")));
}

// Issue 11 §14: 様式6-1/6-2 and 7-1/7-2 share their statutory titles; the navigator names the
// kind of each, in Japanese as a Japanese office reads it.
TEST_CASE("the navigator tells the records of provision and receipt apart by their kind", "[forms][shell]")
{
    TestVault vault;
    vault.addPeople();
    vault.closeChief();
    const JapaneseInterface japanese;
    SessionHolder holder(vault.paths(), vault.clock());
    MainWindow window(holder);
    window.show();
    REQUIRE(holder.start(vault.signIn(TestVault::kChiefLogin)).ok());
    const QStringList entries = navigatorEntries(window);
    CHECK(entries.contains(QStringLiteral("様式6-1 個人データ提供記録簿（オプトアウト）")));
    CHECK(entries.contains(QStringLiteral("様式6-2 個人データ提供記録簿（同意）")));
    CHECK(entries.contains(QStringLiteral("様式7-1 個人データ受領記録簿（オプトアウト）")));
    CHECK(entries.contains(QStringLiteral("様式7-2 個人データ受領記録簿（同意）")));
    CHECK(entries.contains(QStringLiteral("様式7-3 個人データ受領記録簿（事業者以外から）")));
    CHECK(entries.contains(QStringLiteral("様式6-3 個人関連情報提供確認記録簿")));
    CHECK(entries.contains(QStringLiteral("様式2 個人データ持ち運び記録簿")));
}

TEST_CASE("auto-lock clears the views and gives unsaved input back to the same person", "[forms][shell][lock]")
{
    TestVault vault;
    vault.addPeople();
    ChiefWindow chief(vault);
    REQUIRE(chief.table->rowCount() > 0);

    UserEditorDialog* dialog = openAddDialog(chief);
    type(child<QLineEdit>(dialog, QStringLiteral("loginEdit")), QStringLiteral("tanaka"));
    type(child<QLineEdit>(dialog, QStringLiteral("displayNameEdit")), QStringLiteral("田中 一郎"));
    type(child<QLineEdit>(dialog, QStringLiteral("newPasswordEdit")), QStringLiteral("secret-initial-1"));
    const QPointer<UserEditorDialog> kept(dialog);

    chief.window.lockController().lockNow();

    CHECK(chief.holder.session() == nullptr);
    CHECK(chief.table->rowCount() == 0);
    CHECK(chief.window.lockScreen()->isVisible());
    REQUIRE(kept);
    CHECK_FALSE(kept->isVisible());
    // Typed passwords go with the keys; the rest is the person's draft.
    CHECK(child<QLineEdit>(kept, QStringLiteral("newPasswordEdit"))->text().isEmpty());
    CHECK(child<QLineEdit>(kept, QStringLiteral("displayNameEdit"))->text() == QStringLiteral("田中 一郎"));
    CHECK(chief.window.lockController().keptDialogCount() == 1);

    SECTION("the same person signs in again: the draft comes back and the views reload")
    {
        signInAtLockScreen(chief.window, TestVault::kChiefLogin, TestVault::kChiefPassword);
        REQUIRE(chief.holder.session() != nullptr);
        REQUIRE(kept);
        CHECK(kept->isVisible());
        CHECK(child<QLineEdit>(kept, QStringLiteral("loginEdit"))->text() == QStringLiteral("tanaka"));
        CHECK(child<QLineEdit>(kept, QStringLiteral("displayNameEdit"))->text() == QStringLiteral("田中 一郎"));
        CHECK(chief.table->rowCount() > 0);
    }

    SECTION("someone else signs in: the draft is discarded")
    {
        signInAtLockScreen(chief.window, QStringLiteral("acting"), TestVault::kPassword);
        REQUIRE(chief.holder.session() != nullptr);
        CHECK(chief.holder.session()->user().login == QStringLiteral("acting"));
        QTest::qWait(0);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        CHECK_FALSE(kept);
        CHECK(chief.window.findChildren<UserEditorDialog*>().isEmpty());
    }
}

TEST_CASE("the idle timer locks the session when nobody touches the keyboard or mouse", "[forms][shell][lock]")
{
    TestVault vault;
    ChiefWindow chief(vault);
    chief.window.lockController().idleWatcher().setTimeout(std::chrono::milliseconds(150));
    // The watcher reads the session's clock: time passes when the test says so.
    vault.clock().advanceSeconds(1);
    CHECK(QTest::qWaitFor([&] { return chief.holder.session() == nullptr; }, 5000));
    CHECK(chief.table->rowCount() == 0);
    CHECK(child<QLabel>(chief.window.lockScreen(), QStringLiteral("lockHeading"))->text() == QStringLiteral("Locked"));
    CHECK(chief.window.lockScreen()->form()->loginEdit()->text() == TestVault::kChiefLogin);
}

TEST_CASE("a lock or sign-out while work holds the session waits until it lets go", "[forms][shell][lock]")
{
    TestVault vault;
    ChiefWindow chief(vault);
    Session* session = chief.holder.session();
    {
        const Session::InUse hold(*session); // an import showing its progress
        chief.window.lockController().lockNow();
        CHECK(chief.holder.session() == session);
        // What was on screen goes now: the person may have walked away from the import.
        CHECK(chief.window.lockScreen()->isVisible());
        CHECK(child<QLabel>(chief.window.lockScreen(), QStringLiteral("lockHeading"))->text()
              == QStringLiteral("Locked"));
        chief.holder.end(SessionHolder::EndReason::SignedOut);
        CHECK(chief.holder.session() == session);
        QCoreApplication::processEvents();
        CHECK(chief.holder.session() == session);
    }
    CHECK(QTest::qWaitFor([&] { return chief.holder.session() == nullptr; }, 5000));
    // The sign-out asked meanwhile wins over the lock: nobody is offered to resume.
    CHECK(chief.holder.lockedLogin().isEmpty());
}

// A session ended under work that uses it would be destroyed beneath that work: a new
// sign-in is refused until the work lets go, and the session held stays as it was.
TEST_CASE("a new session is refused while work holds the current one, and taken after", "[forms][shell][lock]")
{
    TestVault vault;
    vault.addPeople();
    ChiefWindow chief(vault);
    Session* session = chief.holder.session();
    {
        const Session::InUse hold(*session); // an import showing its progress
        const Status refused = chief.holder.start(vault.signIn(QStringLiteral("staff")));
        REQUIRE(!refused.ok());
        CHECK(refused.error().code == ErrorCode::Busy);
        CHECK(chief.holder.session() == session);
        CHECK(session->user().login == TestVault::kChiefLogin);
    }
    REQUIRE(chief.holder.start(vault.signIn(QStringLiteral("staff"))).ok());
    REQUIRE(chief.holder.session());
    CHECK(chief.holder.session()->user().login == QStringLiteral("staff"));
}

TEST_CASE("the chief changes the idle lock time on the settings page and the status bar follows",
          "[forms][shell][settings]")
{
    TestVault vault;
    ChiefWindow chief(vault);
    REQUIRE(chief.window.openPage(QStringLiteral("settingsPage")));
    auto* page = child<SettingsPage>(&chief.window, QStringLiteral("settingsPage"));
    auto* spin = child<QSpinBox>(page, QStringLiteral("idleLockMinutesSpin"));
    CHECK(spin->value() == Settings::kIdleLockMinutes.defaultValue);

    spin->setValue(12);
    click(child<QPushButton>(page, QStringLiteral("saveSettingsButton")));

    const auto stored = Settings::idleLockMinutes(*chief.holder.session());
    REQUIRE(stored.ok());
    CHECK(stored.value() == 12);
    CHECK(chief.window.lockController().idleWatcher().timeout() == std::chrono::minutes(12));
    CHECK(child<QLabel>(&chief.window, QStringLiteral("autoLockLabel"))->text().contains(QStringLiteral("12")));

    // After how many days the start page asks the auditor for a checkpoint.
    auto* days = child<QSpinBox>(page, QStringLiteral("checkpointDaysSpin"));
    CHECK(days->value() == Settings::kCheckpointDays.defaultValue);
    days->setValue(14);
    click(child<QPushButton>(page, QStringLiteral("saveSettingsButton")));
    CHECK(Settings::checkpointReminderDays(*chief.holder.session()).value() == 14);
    CHECK(Settings::idleLockMinutes(*chief.holder.session()).value() == 12);
}

TEST_CASE("a lock while a question is open cancels the question and the action behind it", "[forms][shell][lock]")
{
    TestVault vault;
    vault.addPeople();
    ChiefWindow chief(vault);
    int staffRow = -1;
    for (int row = 0; row < chief.table->rowCount(); ++row) {
        if (chief.table->item(row, 0)->text() == QStringLiteral("staff"))
            staffRow = row;
    }
    REQUIRE(staffRow >= 0);
    chief.table->selectRow(staffRow);

    // The idle lock fires inside the question's own event loop.
    whenModalShown<QMessageBox>([&](QMessageBox*) { chief.window.lockController().lockNow(); });
    click(child<QPushButton>(chief.page, QStringLiteral("removeUserButton")));

    CHECK(chief.holder.session() == nullptr);
    CHECK(QApplication::activeModalWidget() == nullptr);
    signInAtLockScreen(chief.window, TestVault::kChiefLogin, TestVault::kChiefPassword);
    REQUIRE(chief.holder.session() != nullptr);
    const auto users = UserAdmin::listUsers(*chief.holder.session());
    REQUIRE(users.ok());
    bool staffStillThere = false;
    for (const UserEntry& user : users.value())
        staffStillThere = staffStillThere || user.login == QStringLiteral("staff");
    CHECK(staffStillThere);
}

TEST_CASE("the chief makes a backup from the menu and both files are written", "[forms][shell]")
{
    TestVault vault;
    ChiefWindow chief(vault);
    const QString destination = vault.folder() + QStringLiteral("/copy.daicho");
    FileDialog::setNextFileName(destination);
    {
        AutoAnswer ok(MessageBox::Button::Ok);
        child<QAction>(&chief.window, QStringLiteral("backupAction"))->trigger();
    }
    CHECK(QFileInfo::exists(destination));
    CHECK(QFileInfo::exists(destination + QStringLiteral("-keys")));
    CHECK(MessageBox::lastText().contains(QStringLiteral("copy.daicho")));
}

TEST_CASE("signing out removes the pages and asks for a sign-in with an empty ID", "[forms][shell]")
{
    TestVault vault;
    ChiefWindow chief(vault);
    child<QAction>(&chief.window, QStringLiteral("signOutAction"))->trigger();
    CHECK(chief.holder.session() == nullptr);
    CHECK(chief.window.pages().isEmpty());
    CHECK(child<QTreeWidget>(&chief.window, QStringLiteral("navigator"))->topLevelItemCount() == 0);
    CHECK(chief.window.lockScreen()->isVisible());
    CHECK(chief.window.lockScreen()->form()->loginEdit()->text().isEmpty());
    CHECK_FALSE(child<QAction>(&chief.window, QStringLiteral("lockAction"))->isEnabled());
}

TEST_CASE("the window keeps its size over sign-outs and sign-ins", "[forms][shell]")
{
    TestVault vault;
    vault.addPeople();
    SessionHolder holder(vault.paths(), vault.clock());
    MainWindow window(holder);
    window.resize(1200, 700);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(holder.start(vault.signIn(TestVault::kChiefLogin)).ok());
    QCoreApplication::processEvents();
    // A page's message (the home page's notices) never grows the window past the screen.
    const QSize first = window.size();
    CHECK(first == QSize(1200, 700));
    for (int round = 0; round < 3; ++round) {
        INFO("round " << round);
        holder.end(SessionHolder::EndReason::SignedOut);
        QCoreApplication::processEvents();
        REQUIRE(holder.start(vault.signIn(TestVault::kChiefLogin)).ok());
        QCoreApplication::processEvents();
        QTest::qWait(50);
        CHECK(window.size() == first);
        CHECK(window.height() <= 700);
    }
}
