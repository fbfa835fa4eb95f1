#include "FormsTestSupport.h"
#include "audit/internal/AuditRecords.h"

#include "audit/AuditLog.h"
#include "auth/SignIn.h"
#include "auth/SignInJournal.h"
#include "auth/UserAdmin.h"
#include "auth/internal/SessionInternals.h"
#include "common/MessageBanner.h"
#include "crypto/Crypto.h"
#include "shell/ChangePasswordDialog.h"
#include "shell/LockScreen.h"
#include "shell/MainWindow.h"
#include "shell/SessionHolder.h"
#include "shell/SignInDialog.h"
#include "shell/SignInForm.h"
#include "store/KeySlotFile.h"
#include "support/TestVault.h"

#include <QPushButton>

using namespace daicho;
using namespace daicho::test;

namespace {

QString signInMessage(SignInDialog& dialog)
{
    return child<MessageBanner>(&dialog, QStringLiteral("signInMessage"))->text();
}

void attempt(SignInDialog& dialog, const QString& login, const QString& password)
{
    replaceText(child<QLineEdit>(&dialog, QStringLiteral("loginEdit")), login);
    replaceText(child<QLineEdit>(&dialog, QStringLiteral("passwordEdit")), password);
    click(child<QPushButton>(&dialog, QStringLiteral("signInButton")));
}

} // namespace

TEST_CASE("a wrong password and an unknown ID get the same message, then the right password signs in",
          "[forms][signin]")
{
    TestVault vault;
    vault.closeChief();
    SignInDialog dialog(vault.paths(), vault.clock());
    dialog.show();

    attempt(dialog, TestVault::kChiefLogin, QStringLiteral("not-the-password-1"));
    const QString wrongPassword = signInMessage(dialog);
    CHECK_FALSE(wrongPassword.isEmpty());
    CHECK(child<QLineEdit>(&dialog, QStringLiteral("passwordEdit"))->text().isEmpty());

    attempt(dialog, QStringLiteral("nobody"), QStringLiteral("not-the-password-1"));
    CHECK(signInMessage(dialog) == wrongPassword);
    CHECK(dialog.isVisible());

    attempt(dialog, TestVault::kChiefLogin, TestVault::kChiefPassword);
    CHECK(dialog.result() == QDialog::Accepted);
    const std::unique_ptr<Session> session = dialog.takeSession();
    REQUIRE(session);
    CHECK(session->user().login == TestVault::kChiefLogin);
}

TEST_CASE("after repeated failures the sign-in button waits and says for how long", "[forms][signin]")
{
    TestVault vault;
    vault.addPeople();
    vault.closeChief();
    SignInDialog dialog(vault.paths(), vault.clock());
    dialog.show();

    for (int i = 0; i < SignIn::kSlowDownAfter + 1; ++i) {
        auto* button = child<QPushButton>(&dialog, QStringLiteral("signInButton"));
        if (!button->isEnabled())
            break;
        attempt(dialog, QStringLiteral("staff"), QStringLiteral("not-the-password-%1").arg(i));
    }
    CHECK_FALSE(child<QPushButton>(&dialog, QStringLiteral("signInButton"))->isEnabled());
    CHECK(signInMessage(dialog).contains(QStringLiteral("Try again in")));
}

TEST_CASE("a person with an initial password must change it before anything else", "[forms][signin]")
{
    TestVault vault;
    const QString initial = QStringLiteral("initial-password-0000");
    const auto added = UserAdmin::addUser(
        vault.chief(), {QStringLiteral("newbie"), QStringLiteral("新人 太郎"), Role::Auditor, std::nullopt}, initial);
    INFO((added.ok() ? std::string() : added.error().message.toStdString()));
    REQUIRE(added.ok());
    vault.closeChief();

    auto signedIn = SignIn::signIn(vault.paths(), QStringLiteral("newbie"), initial, vault.clock());
    REQUIRE(signedIn.ok());
    Session* session = signedIn.value().get();
    REQUIRE(session->user().mustChangePassword);

    ChangePasswordDialog dialog([session] { return session; }, ChangePasswordDialog::Mode::Required);
    dialog.show();
    CHECK(child<QWidget>(&dialog, QStringLiteral("passwordChangeReason"))->isVisible());

    SECTION("a password that is too short is refused with the rule, and the dialog stays")
    {
        type(child<QLineEdit>(&dialog, QStringLiteral("currentPasswordEdit")), initial);
        type(child<QLineEdit>(&dialog, QStringLiteral("newPasswordEdit")), QStringLiteral("short"));
        type(child<QLineEdit>(&dialog, QStringLiteral("repeatPasswordEdit")), QStringLiteral("short"));
        click(child<QPushButton>(&dialog, QStringLiteral("changePasswordButton")));
        CHECK(dialog.isVisible());
        CHECK_FALSE(child<MessageBanner>(&dialog, QStringLiteral("changePasswordMessage"))->text().isEmpty());
    }

    SECTION("full-width characters count, and the new password works at the next sign-in")
    {
        // 13 characters only when full-width ones count: ＡＢＣ becomes ABC under NFKC.
        const QString fullWidth = QStringLiteral("ｈｏｋｅｎｓｈｉｄｏｕ２０２６");
        type(child<QLineEdit>(&dialog, QStringLiteral("currentPasswordEdit")), initial);
        type(child<QLineEdit>(&dialog, QStringLiteral("newPasswordEdit")), fullWidth);
        type(child<QLineEdit>(&dialog, QStringLiteral("repeatPasswordEdit")), fullWidth);
        click(child<QPushButton>(&dialog, QStringLiteral("changePasswordButton")));
        INFO(child<MessageBanner>(&dialog, QStringLiteral("changePasswordMessage"))->text().toStdString());
        CHECK(dialog.result() == QDialog::Accepted);
        signedIn.value().reset();

        auto again = SignIn::signIn(vault.paths(), QStringLiteral("newbie"), fullWidth, vault.clock());
        REQUIRE(again.ok());
        CHECK_FALSE(again.value()->user().mustChangePassword);
    }
}

TEST_CASE("a person with an initial password who signs in at the lock screen changes it first", "[forms][signin][lock]")
{
    TestVault vault;
    const QString initial = QStringLiteral("initial-password-0000");
    const QString chosen = QStringLiteral("chosen-password-2026");
    REQUIRE(UserAdmin::addUser(vault.chief(),
                               {QStringLiteral("newbie"), QStringLiteral("新人 太郎"), Role::Auditor, std::nullopt},
                               initial)
                .ok());
    vault.closeChief();
    SessionHolder holder(vault.paths(), vault.clock());
    MainWindow window(holder);
    window.show();
    CHECK(window.lockScreen()->isVisible());

    bool asked = false;
    whenModalShown<ChangePasswordDialog>([&](ChangePasswordDialog* dialog) {
        asked = true;
        type(child<QLineEdit>(dialog, QStringLiteral("currentPasswordEdit")), initial);
        type(child<QLineEdit>(dialog, QStringLiteral("newPasswordEdit")), chosen);
        type(child<QLineEdit>(dialog, QStringLiteral("repeatPasswordEdit")), chosen);
        click(child<QPushButton>(dialog, QStringLiteral("changePasswordButton")));
    });
    SignInForm* form = window.lockScreen()->form();
    type(form->loginEdit(), QStringLiteral("newbie"));
    type(form->passwordEdit(), initial);
    click(form->signInButton());

    CHECK(asked);
    REQUIRE(holder.session() != nullptr);
    CHECK_FALSE(holder.session()->user().mustChangePassword);
    CHECK(window.openPage(QStringLiteral("auditTrailPage")));
}

TEST_CASE("Return in the sign-in dialog tries once and keeps its message", "[forms][signin]")
{
    TestVault vault;
    vault.closeChief();
    SignInDialog dialog(vault.paths(), vault.clock());
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    auto* login = child<QLineEdit>(&dialog, QStringLiteral("loginEdit"));
    auto* password = child<QLineEdit>(&dialog, QStringLiteral("passwordEdit"));
    replaceText(login, TestVault::kChiefLogin);
    login->setFocus();
    QTest::keyClick(login, Qt::Key_Return); // to the password, nothing submitted
    CHECK(signInMessage(dialog).isEmpty());
    CHECK(password->hasFocus());
    replaceText(password, QStringLiteral("not-the-password-1"));
    QTest::keyClick(password, Qt::Key_Return);
    // The answer to the wrong password, not "enter your ID and password" from a second try.
    INFO(signInMessage(dialog).toStdString());
    CHECK(signInMessage(dialog).startsWith(QStringLiteral("The sign-in ID or the password is not correct.")));
    CHECK(SignInJournal(vault.paths().signInJournal(), KeySlotFile::load(vault.paths().keys())->databaseId())
              .state(TestVault::kChiefLogin)
              .consecutiveFailures
          == 1);
}

TEST_CASE("a false claim in a key slot is named at sign-in, and the chief sets it aside from the dialog",
          "[forms][signin][anchor]")
{
    TestVault vault;
    vault.addPeople();
    vault.closeChief();
    {
        // The staff member signs a claim of having seen an entry that never existed.
        auto file = KeySlotFile::load(vault.paths().keys());
        REQUIRE(file.ok());
        auto staff =
            SignIn::openForVerification(vault.paths(), QStringLiteral("staff"), TestVault::kPassword, vault.clock());
        REQUIRE(staff.ok());
        ChainAnchor claim = *file->anchor(QStringLiteral("staff"));
        claim.seq += 500;
        claim.signature =
            crypto::sign(SessionInternals::secrets(*staff.value()).signingSeed, claim.signedBytes(file->headerBytes()));
        file->setAnchor(claim);
        REQUIRE(file->save(vault.paths().keys(), SessionInternals::secrets(*staff.value()).databaseKey).ok());
    }
    SignInDialog dialog(vault.paths(), vault.clock());
    dialog.show();
    auto* setAside = child<QPushButton>(&dialog, QStringLiteral("setAsideButton"));

    // A head is refused, told whose claim fails, and may not set it aside.
    attempt(dialog, QStringLiteral("head"), TestVault::kPassword);
    CHECK(signInMessage(dialog).contains(QStringLiteral("staff")));
    REQUIRE(setAside->isVisible());
    replaceText(child<QLineEdit>(&dialog, QStringLiteral("passwordEdit")), TestVault::kPassword);
    click(setAside);
    CHECK(dialog.isVisible());
    CHECK(signInMessage(dialog).contains(QStringLiteral("chief officer")));

    // The chief sets it aside and is in; the start page tells them to tell the auditor.
    attempt(dialog, TestVault::kChiefLogin, TestVault::kChiefPassword);
    REQUIRE(setAside->isVisible());
    replaceText(child<QLineEdit>(&dialog, QStringLiteral("passwordEdit")), TestVault::kChiefPassword);
    click(setAside);
    CHECK(dialog.result() == QDialog::Accepted);
    const std::unique_ptr<Session> session = dialog.takeSession();
    REQUIRE(session);
    CHECK(session->notices().join(QLatin1Char(' ')).contains(QStringLiteral("auditor")));
    auto head = AuditLog::newest(session->db(), 0, 5);
    REQUIRE(head.ok());
    bool dismissed = false;
    for (const AuditEntry& e : head.value())
        dismissed = dismissed
                    || (e.action == QStringLiteral("anchor.dismiss")
                        && auditDetailValue(e.detail, QStringLiteral("slot")) == QStringLiteral("staff"));
    CHECK(dismissed);
}

TEST_CASE("the sign-in dialog and the main window show Daicho's icon", "[forms][signin]")
{
    TestVault vault;
    vault.closeChief();
    SignInDialog dialog(vault.paths(), vault.clock());
    CHECK_FALSE(dialog.windowIcon().isNull());
    CHECK(dialog.windowIcon().availableSizes().contains(QSize(32, 32)));
    vault.reopenChief();
    SessionHolder holder(vault.paths(), vault.clock());
    MainWindow window(holder);
    CHECK_FALSE(window.windowIcon().isNull());
}
