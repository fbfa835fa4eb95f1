// The start page each person sees first, and what the sign-in dialog says when the database
// was changed outside Daicho (issue #8 §1, §4).

#include "FormsTestSupport.h"

#include "audit/AuditTrailPage.h"
#include "audit/CheckpointDialog.h"
#include "auth/SignIn.h"
#include "auth/internal/SessionInternals.h"
#include "common/JapaneseCalendar.h"
#include "common/MessageBanner.h"
#include "crypto/Crypto.h"
#include "ledger/LedgerStore.h"
#include "shell/HomePage.h"
#include "shell/MainWindow.h"
#include "shell/SessionHolder.h"
#include "shell/SignInDialog.h"
#include "store/Database.h"
#include "store/KeySlotFile.h"
#include "support/LedgerFixtures.h"
#include "support/TestVault.h"

#include <QLabel>
#include <QPushButton>
#include <QTableWidget>

using namespace daicho;
using namespace daicho::test;

namespace {

struct Window {
    Window(TestVault& vault, const QString& login)
        : holder(vault.paths(), vault.clock())
        , window(holder)
    {
        REQUIRE(holder.start(vault.signIn(login)).ok());
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        REQUIRE(window.currentPage());
        home = qobject_cast<HomePage*>(window.currentPage());
        REQUIRE(home);
    }
    SessionHolder holder;
    MainWindow window;
    HomePage* home = nullptr;
};

QStringList column(QTableWidget* table, int c)
{
    QStringList texts;
    for (int row = 0; row < table->rowCount(); ++row)
        texts << (table->item(row, c) ? table->item(row, c)->text() : QString());
    return texts;
}

} // namespace

TEST_CASE("the start page shows each person their previous sign-in and their latest actions", "[forms][home][audit]")
{
    TestVault vault;
    vault.addPeople();
    const EntryId reg = LedgerStore::add(vault.chief(), QStringLiteral("form3"), registerValues(vault.chief())).value();
    const QDateTime previous = vault.clock().nowUtc();
    {
        auto staff = vault.signIn(QStringLiteral("staff"));
        REQUIRE(LedgerStore::add(*staff, QStringLiteral("form1"), useEventValues(*staff, reg)).ok());
    }
    vault.clock().advanceSeconds(2 * 24 * 3600);
    Window w(vault, QStringLiteral("staff"));
    CHECK(w.home->previousSignInLabel()->text().startsWith(formatWareki(toJapanTime(previous).date())));
    const QStringList actions = column(w.home->recentActionsTable(), 1);
    INFO(actions.join(QStringLiteral(" / ")).toStdString());
    CHECK(actions.value(0) == QStringLiteral("Ledger entry written"));
    CHECK_FALSE(actions.contains(QStringLiteral("Signed in")));
    // Staff do not see the auditor's reminder.
    CHECK_FALSE(w.home->signCheckpointButton()->isVisible());
    CHECK(w.home->checkpointBanner()->text().isEmpty());
}

TEST_CASE("the auditor is asked for a checkpoint when the last is older than the chief's period, and signs it from "
          "the start page",
          "[forms][home][checkpoint]")
{
    TestVault vault;
    vault.addPeople();
    Window w(vault, QStringLiteral("auditor"));
    CHECK(w.home->checkpointBanner()->text().contains(QStringLiteral("No checkpoint has been signed yet")));
    REQUIRE(w.home->signCheckpointButton()->isVisible());
    whenModalShown<CheckpointDialog>([](CheckpointDialog* dialog) { dialog->accept(); });
    click(w.home->signCheckpointButton());
    CHECK(w.window.currentPage()->objectName() == QStringLiteral("auditTrailPage"));
    CHECK(count(*w.holder.session(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'checkpoint'"))
          == 1);

    // A month later (the default period is 30 days) the start page asks again.
    w.holder.end(SessionHolder::EndReason::SignedOut);
    vault.clock().advanceSeconds(31 * 24 * 3600);
    Window later(vault, QStringLiteral("auditor"));
    CHECK(later.home->checkpointBanner()->text().contains(QStringLiteral("31 day(s) ago")));
    CHECK(later.home->signCheckpointButton()->isVisible());
}

TEST_CASE("a slot planted in the key file is shown to the person who signs in next", "[forms][home][keys]")
{
    TestVault vault;
    auto file = KeySlotFile::load(vault.paths().keys());
    REQUIRE(file.ok());
    file->put(makeSlot(KeySlot::Kind::User, QStringLiteral("intruder"), toSecure(QByteArrayLiteral("whatever it is")),
                       kdfLimits().minimum, crypto::randomSecret(32), file->headerBytes())
                  .slot);
    REQUIRE(file->save(vault.paths().keys(), SessionInternals::secrets(vault.chief()).databaseKey).ok());
    vault.closeChief();
    Window w(vault, TestVault::kChiefLogin);
    CHECK(w.home->noticeBanner()->text().contains(QStringLiteral("intruder")));
}

TEST_CASE("the sign-in dialog refuses a person whose record was changed outside Daicho and says so",
          "[forms][signin][tamper]")
{
    TestVault vault;
    vault.addPeople();
    {
        // As an insider with the database key would: the staff member made a head.
        auto raw = Database::open(vault.paths().database, SessionInternals::secrets(vault.chief()).databaseKey,
                                  Database::Mode::OpenExisting);
        REQUIRE(raw.ok());
        REQUIRE(raw.value()->exec(QStringLiteral("UPDATE users SET role = 'head' WHERE login = 'staff'")).ok());
    }
    vault.closeChief();
    SignInDialog dialog(vault.paths(), vault.clock());
    dialog.show();
    replaceText(child<QLineEdit>(&dialog, QStringLiteral("loginEdit")), QStringLiteral("staff"));
    replaceText(child<QLineEdit>(&dialog, QStringLiteral("passwordEdit")), TestVault::kPassword);
    click(child<QPushButton>(&dialog, QStringLiteral("signInButton")));
    CHECK(dialog.isVisible());
    const QString message = child<MessageBanner>(&dialog, QStringLiteral("signInMessage"))->text();
    CHECK(message.contains(QStringLiteral("changed outside Daicho")));
    CHECK(message.contains(QStringLiteral("auditor")));
}

TEST_CASE("the start page shows what the person did a moment ago when they come back to it", "[forms][home]")
{
    TestVault vault;
    vault.addPeople();
    const EntryId reg = LedgerStore::add(vault.chief(), QStringLiteral("form3"), registerValues(vault.chief())).value();
    Window w(vault, QStringLiteral("staff"));
    REQUIRE(w.window.openPage(QStringLiteral("ledgerPage.form1")));
    Session& session = *w.holder.session();
    REQUIRE(LedgerStore::add(session, QStringLiteral("form1"), useEventValues(session, reg)).ok());
    REQUIRE(w.window.openPage(QStringLiteral("homePage")));
    const QStringList actions = column(w.home->recentActionsTable(), 1);
    CHECK(actions.value(0) == QStringLiteral("Ledger entry written"));
    CHECK(column(w.home->recentActionsTable(), 2).value(0).startsWith(QStringLiteral("様式1 No.")));
}

// Issue 11 §15: after sign-in a person sees the failed attempts on their ID since last time.
TEST_CASE("the start page tells a person of failed sign-ins with their ID since their previous sign-in",
          "[forms][home][audit]")
{
    TestVault vault;
    vault.addPeople();
    vault.closeChief();
    { // a sign-in before: the failures after it are the ones shown
        Window first(vault, QStringLiteral("staff"));
        CHECK_FALSE(child<MessageBanner>(first.home, QStringLiteral("failedSignInsBanner"))->isVisible());
    }
    vault.clock().advanceSeconds(3600);
    for (int i = 0; i < 2; ++i) {
        auto failed =
            SignIn::signIn(vault.paths(), QStringLiteral("staff"), QStringLiteral("wrong password"), vault.clock());
        REQUIRE_FALSE(failed.ok());
        vault.clock().advanceSeconds(120);
    }
    vault.clock().advanceSeconds(3600);
    Window staff(vault, QStringLiteral("staff"));
    auto* banner = child<MessageBanner>(staff.home, QStringLiteral("failedSignInsBanner"));
    CHECK(banner->isVisible());
    CHECK(banner->text().contains(QStringLiteral("failed 2 time")));
    CHECK(banner->text().contains(QStringLiteral("chief")));
    // The head signing in sees nothing about somebody else's ID.
    Window head(vault, QStringLiteral("head"));
    CHECK_FALSE(child<MessageBanner>(head.home, QStringLiteral("failedSignInsBanner"))->isVisible());
}
