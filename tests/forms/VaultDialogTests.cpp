#include "FormsTestSupport.h"

#include "auth/SignIn.h"
#include "common/FileDialog.h"
#include "common/MessageBanner.h"
#include "support/FakeClock.h"
#include "support/TestVault.h"
#include "vault/CreateDatabaseDialog.h"
#include "vault/RecoveryDialog.h"
#include "vault/RecoveryKeyDialog.h"

#include <QCheckBox>
#include <QFileInfo>
#include <QPushButton>
#include <QTemporaryDir>

using namespace daicho;
using namespace daicho::test;

namespace {

// Checks that the key dialog refuses to go before the confirmation, then confirms it.
void confirmRecoveryKey(RecoveryKeyDialog* dialog, QString& shownKey)
{
    shownKey = child<QLineEdit>(dialog, QStringLiteral("recoveryKeyView"))->text();
    auto* done = child<QPushButton>(dialog, QStringLiteral("recoveryKeyDoneButton"));
    CHECK_FALSE(done->isEnabled());
    dialog->reject();
    CHECK(dialog->isVisible());
    child<QCheckBox>(dialog, QStringLiteral("recoveryKeyConfirm"))->setChecked(true);
    click(done);
}

} // namespace

TEST_CASE("creating a database shows the recovery key once and signs the chief in", "[forms][vault]")
{
    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    FakeClock clock;
    CreateDatabaseDialog dialog(clock);
    dialog.show();

    FileDialog::setNextFileName(folder.filePath(QStringLiteral("centre")));
    click(child<QPushButton>(&dialog, QStringLiteral("chooseDatabasePathButton")));
    type(child<QLineEdit>(&dialog, QStringLiteral("organisationNameEdit")),
         QStringLiteral("公益財団法人テスト健診センター"));
    type(child<QLineEdit>(&dialog, QStringLiteral("chiefLoginEdit")), QStringLiteral("soumu"));
    type(child<QLineEdit>(&dialog, QStringLiteral("chiefNameEdit")), QStringLiteral("総務 部長"));
    type(child<QLineEdit>(&dialog, QStringLiteral("newPasswordEdit")), QStringLiteral("a-long-chief-password"));
    type(child<QLineEdit>(&dialog, QStringLiteral("repeatPasswordEdit")), QStringLiteral("a-long-chief-password"));

    QString shownKey;
    whenModalShown<RecoveryKeyDialog>([&](RecoveryKeyDialog* keyDialog) { confirmRecoveryKey(keyDialog, shownKey); });
    click(child<QPushButton>(&dialog, QStringLiteral("createButton")));

    INFO(child<MessageBanner>(&dialog, QStringLiteral("createDatabaseMessage"))->text().toStdString());
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(shownKey.size() >= 32);
    CHECK(dialog.paths().database.endsWith(QStringLiteral("centre.daicho")));
    CHECK(QFileInfo::exists(dialog.paths().keys()));
    const std::unique_ptr<Session> session = dialog.takeSession();
    REQUIRE(session);
    CHECK(session->user().login == QStringLiteral("soumu"));
    CHECK(session->role() == Role::Chief);
}

TEST_CASE("the recovery key gives the chief a new password and a new recovery key", "[forms][vault]")
{
    TestVault vault;
    vault.closeChief();
    RecoveryDialog dialog(vault.paths(), vault.clock());
    dialog.show();

    const QString newPassword = QStringLiteral("remembered-at-last-2026");
    type(child<QLineEdit>(&dialog, QStringLiteral("recoveryKeyEdit")), vault.recoveryKey());
    type(child<QLineEdit>(&dialog, QStringLiteral("recoveryLoginEdit")), TestVault::kChiefLogin);
    type(child<QLineEdit>(&dialog, QStringLiteral("newPasswordEdit")), newPassword);
    type(child<QLineEdit>(&dialog, QStringLiteral("repeatPasswordEdit")), newPassword);

    QString newKey;
    whenModalShown<RecoveryKeyDialog>([&](RecoveryKeyDialog* keyDialog) { confirmRecoveryKey(keyDialog, newKey); });
    click(child<QPushButton>(&dialog, QStringLiteral("restoreAccessButton")));

    INFO(child<MessageBanner>(&dialog, QStringLiteral("recoveryMessage"))->text().toStdString());
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK_FALSE(newKey.isEmpty());
    CHECK(newKey != vault.recoveryKey());
    std::unique_ptr<Session> session = dialog.takeSession();
    REQUIRE(session);
    session.reset();
    CHECK(SignIn::signIn(vault.paths(), TestVault::kChiefLogin, newPassword, vault.clock()).ok());
}
