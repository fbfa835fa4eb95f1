#include "FormsTestSupport.h"

#include "admin/UserAdminPage.h"
#include "admin/UserEditorDialog.h"
#include "auth/UserAdmin.h"
#include "common/MessageBanner.h"
#include "shell/MainWindow.h"
#include "shell/SessionHolder.h"
#include "support/TestVault.h"

#include <QComboBox>
#include <QPushButton>
#include <QTableWidget>

using namespace daicho;
using namespace daicho::test;

namespace {

int rowOf(QTableWidget* table, const QString& login)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->text() == login)
            return row;
    }
    return -1;
}

std::optional<UserEntry> storedUser(Session& session, const QString& login)
{
    const auto users = UserAdmin::listUsers(session);
    REQUIRE(users.ok());
    for (const UserEntry& user : users.value()) {
        if (user.login == login)
            return user;
    }
    return std::nullopt;
}

} // namespace

TEST_CASE("the chief adds a user through the user administration page", "[forms][admin]")
{
    TestVault vault;
    vault.closeChief();
    SessionHolder holder(vault.paths(), vault.clock());
    MainWindow window(holder);
    REQUIRE(holder.start(vault.signIn(TestVault::kChiefLogin)).ok());
    window.show();
    REQUIRE(window.openPage(QStringLiteral("userAdminPage")));
    auto* page = child<UserAdminPage>(&window, QStringLiteral("userAdminPage"));
    auto* table = child<QTableWidget>(page, QStringLiteral("userTable"));

    click(child<QPushButton>(page, QStringLiteral("addUserButton")));
    auto* dialog = page->findChild<UserEditorDialog*>();
    REQUIRE(dialog);
    REQUIRE(QTest::qWaitForWindowExposed(dialog));

    type(child<QLineEdit>(dialog, QStringLiteral("loginEdit")), QStringLiteral("tanaka"));
    type(child<QLineEdit>(dialog, QStringLiteral("displayNameEdit")), QStringLiteral("田中 一郎"));
    auto* role = child<QComboBox>(dialog, QStringLiteral("roleCombo"));
    role->setCurrentIndex(role->findData(roleKey(Role::Staff)));
    auto* department = child<QComboBox>(dialog, QStringLiteral("departmentCombo"));
    const int section = department->findText(QStringLiteral("健診管理課"), Qt::MatchEndsWith);
    REQUIRE(section > 0);
    department->setCurrentIndex(section);

    SECTION("a password containing the ID is refused and the input stays")
    {
        type(child<QLineEdit>(dialog, QStringLiteral("newPasswordEdit")), QStringLiteral("tanaka-password-1"));
        type(child<QLineEdit>(dialog, QStringLiteral("repeatPasswordEdit")), QStringLiteral("tanaka-password-1"));
        click(child<QPushButton>(dialog, QStringLiteral("saveUserButton")));
        CHECK(dialog->isVisible());
        CHECK_FALSE(child<MessageBanner>(dialog, QStringLiteral("userEditorMessage"))->text().isEmpty());
        CHECK(child<QLineEdit>(dialog, QStringLiteral("displayNameEdit"))->text() == QStringLiteral("田中 一郎"));
        CHECK(rowOf(table, QStringLiteral("tanaka")) < 0);
    }

    SECTION("a good password adds the person, who must change it at first sign-in")
    {
        type(child<QLineEdit>(dialog, QStringLiteral("newPasswordEdit")), QStringLiteral("initial-password-01"));
        type(child<QLineEdit>(dialog, QStringLiteral("repeatPasswordEdit")), QStringLiteral("initial-password-01"));
        click(child<QPushButton>(dialog, QStringLiteral("saveUserButton")));
        CHECK(QTest::qWaitFor([&] { return page->findChild<UserEditorDialog*>() == nullptr; }, 2000));

        const int row = rowOf(table, QStringLiteral("tanaka"));
        REQUIRE(row >= 0);
        CHECK(table->item(row, 1)->text() == QStringLiteral("田中 一郎"));
        CHECK(table->item(row, 3)->text().endsWith(QStringLiteral("健診管理課")));
        const auto stored = storedUser(*holder.session(), QStringLiteral("tanaka"));
        REQUIRE(stored);
        CHECK(stored->role == Role::Staff);
        CHECK(stored->mustChangePassword);
    }
}

TEST_CASE("removing a user offers to replace the database key, and doing so keeps everyone else working",
          "[forms][admin]")
{
    TestVault vault;
    vault.addPeople();
    vault.closeChief();
    SessionHolder holder(vault.paths(), vault.clock());
    MainWindow window(holder);
    REQUIRE(holder.start(vault.signIn(TestVault::kChiefLogin)).ok());
    window.show();
    REQUIRE(window.openPage(QStringLiteral("userAdminPage")));
    auto* page = child<UserAdminPage>(&window, QStringLiteral("userAdminPage"));
    auto* table = child<QTableWidget>(page, QStringLiteral("userTable"));

    const int row = rowOf(table, QStringLiteral("staff"));
    REQUIRE(row >= 0);
    table->selectRow(row);
    {
        AutoAnswer yes(MessageBox::Button::Yes);
        click(child<QPushButton>(page, QStringLiteral("removeUserButton")));
    }
    CHECK(rowOf(table, QStringLiteral("staff")) < 0);
    CHECK(child<MessageBanner>(page, QStringLiteral("userAdminMessage"))->text().contains(QStringLiteral("replaced")));

    // The chief's own session follows the new key; others still sign in with their passwords.
    CHECK(storedUser(*holder.session(), QStringLiteral("acting")).has_value());
    holder.end(SessionHolder::EndReason::SignedOut);
    CHECK(vault.signIn(QStringLiteral("acting")) != nullptr);
}

// 別紙1 第3条2項: the acting chief stands in for the chief officer, not over them.
TEST_CASE("the acting chief is told, in the user editor, that they cannot make a chief officer", "[forms][admin]")
{
    TestVault vault;
    vault.addPeople();
    vault.closeChief();
    SessionHolder holder(vault.paths(), vault.clock());
    MainWindow window(holder);
    REQUIRE(holder.start(vault.signIn(QStringLiteral("acting"))).ok());
    window.show();
    REQUIRE(window.openPage(QStringLiteral("userAdminPage")));
    auto* page = child<UserAdminPage>(&window, QStringLiteral("userAdminPage"));
    click(child<QPushButton>(page, QStringLiteral("addUserButton")));
    auto* dialog = page->findChild<UserEditorDialog*>();
    REQUIRE(dialog);
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    type(child<QLineEdit>(dialog, QStringLiteral("loginEdit")), QStringLiteral("newchief"));
    type(child<QLineEdit>(dialog, QStringLiteral("displayNameEdit")), QStringLiteral("新 部長"));
    auto* role = child<QComboBox>(dialog, QStringLiteral("roleCombo"));
    role->setCurrentIndex(role->findData(roleKey(Role::Chief)));
    type(child<QLineEdit>(dialog, QStringLiteral("newPasswordEdit")), QStringLiteral("initial-password-01"));
    type(child<QLineEdit>(dialog, QStringLiteral("repeatPasswordEdit")), QStringLiteral("initial-password-01"));
    click(child<QPushButton>(dialog, QStringLiteral("saveUserButton")));
    CHECK(dialog->isVisible());
    CHECK(child<MessageBanner>(dialog, QStringLiteral("userEditorMessage"))->text().contains(QStringLiteral("acting")));
    CHECK(child<QLineEdit>(dialog, QStringLiteral("displayNameEdit"))->text() == QStringLiteral("新 部長"));
    CHECK_FALSE(storedUser(*holder.session(), QStringLiteral("newchief")).has_value());
}

// Issue 11 §15: the chief sees each person's last sign-in and lock state in the list.
TEST_CASE("user administration shows each person's last sign-in and lock state", "[forms][admin]")
{
    TestVault vault;
    vault.addPeople();
    REQUIRE(UserAdmin::addUser(vault.chief(),
                               {QStringLiteral("newcomer"), QStringLiteral("新任 監査"), Role::Auditor, std::nullopt},
                               QStringLiteral("initial-password-0000"))
                .ok());
    vault.closeChief();
    vault.clock().advanceSeconds(3600);
    (void)vault.signIn(QStringLiteral("staff"));
    SessionHolder holder(vault.paths(), vault.clock());
    MainWindow window(holder);
    REQUIRE(holder.start(vault.signIn(TestVault::kChiefLogin)).ok());
    window.show();
    REQUIRE(window.openPage(QStringLiteral("userAdminPage")));
    auto* table = child<QTableWidget>(child<UserAdminPage>(&window, QStringLiteral("userAdminPage")),
                                      QStringLiteral("userTable"));
    const int last = table->columnCount() - 1;
    CHECK(table->horizontalHeaderItem(last)->text() == QStringLiteral("Last sign-in"));
    const int staff = rowOf(table, QStringLiteral("staff"));
    REQUIRE(staff >= 0);
    CHECK(table->item(staff, last)->text().startsWith(QStringLiteral("令和")));
    CHECK(table->item(staff, 4)->text() == QStringLiteral("Active"));
    // Somebody who never signed in says so.
    const int newcomer = rowOf(table, QStringLiteral("newcomer"));
    REQUIRE(newcomer >= 0);
    CHECK(table->item(newcomer, last)->text() == QStringLiteral("Never"));
}
