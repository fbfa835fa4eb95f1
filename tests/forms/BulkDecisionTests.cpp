// Issue 11 §6 through the widgets: a head selects several entries, reads each one's changes
// and reason, and decides for all at once; the navigator counts what waits for them.
#include "LedgerTestSupport.h"

#include "ledger/FormRegistry.h"
#include "ledger/entry/BulkDecisionDialog.h"

#include <QTableView>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace daicho;
using namespace daicho::test;

namespace {

// The navigator's count beside a ledger, as the person reads it.
QString navigatorCount(MainWindow& window, const QString& formId)
{
    auto* navigator = child<QTreeWidget>(&window, QStringLiteral("navigator"));
    for (QTreeWidgetItemIterator it(navigator); *it; ++it)
        if ((*it)->text(0).contains(FormRegistry::find(formId)->title))
            return (*it)->text(1);
    FAIL("no navigator item for " << formId.toStdString());
    return {};
}

} // namespace

TEST_CASE("a head reviews several entries at once, reading each one's changes and reason",
          "[forms][ledger][decision][bulk]")
{
    TestVault vault;
    vault.addPeople();
    const Registers registers = addRegisters(vault);
    auto staff = vault.signIn(QStringLiteral("staff"));
    QList<EntryId> ids;
    for (int i = 0; i < 3; ++i)
        ids << LedgerStore::add(*staff, QStringLiteral("form1"), useEventValues(*staff, registers.sensitive)).value();
    // The third is a correction: its reason and change are shown.
    FieldValues corrected = useEventValues(*staff, registers.sensitive);
    corrected[QStringLiteral("quantity")] = qint64(25);
    REQUIRE(LedgerStore::revise(*staff, ids[2], corrected, QStringLiteral("枚数の誤り")).ok());

    LedgerWindow w(vault, QStringLiteral("head"), QStringLiteral("form1"));
    CHECK(navigatorCount(w.window, QStringLiteral("form1")) == QStringLiteral("3"));
    LedgerPage* page = w.page;
    REQUIRE(eventually([&] { return page->model()->rowCount() == 3; }));
    page->view()->selectAll();
    REQUIRE(page->selectedRows().size() == 3);
    CHECK_FALSE(page->selectedRow()); // the one-entry actions wait for one entry
    auto* decide = child<QPushButton>(page, QStringLiteral("decideEntryButton"));
    REQUIRE(decide->isEnabled());
    click(decide);
    auto* dialog = shownDialog<BulkDecisionDialog>(page);
    const QString text = dialog->reviewText()->toPlainText();
    INFO(text.toStdString());
    for (int number = 1; number <= 3; ++number)
        CHECK(text.contains(QStringLiteral("No. %1 ").arg(number)));
    CHECK(text.contains(QStringLiteral("枚数の誤り")));
    CHECK(text.contains(QStringLiteral("20 → 25")));

    SECTION("returning them needs one comment, and then each is returned")
    {
        {
            AutoAnswer ok(MessageBox::Button::Ok);
            click(dialog->returnButton());
        }
        CHECK(dialog->isVisible()); // asked for the comment first; nothing recorded
        for (EntryId id : ids)
            CHECK(storedEntry(w.session(), id).state == EntryState::AwaitingReview);
        type(dialog->commentEdit(), QStringLiteral("目的を確認してください"));
        click(dialog->returnButton());
        for (EntryId id : ids)
            CHECK(storedEntry(w.session(), id).state == EntryState::Returned);
    }
    SECTION("confirming them records a review of each, audited")
    {
        click(dialog->positiveButton());
        for (EntryId id : ids)
            CHECK(storedEntry(w.session(), id).state == EntryState::Reviewed);
        CHECK(child<MessageBanner>(page, QStringLiteral("ledgerMessage"))->kind() == MessageBanner::Kind::Success);
        CHECK(navigatorCount(w.window, QStringLiteral("form1")).isEmpty());
        CHECK(count(w.session(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'ledger.review'")) == 3);
    }
    requireVerified(w.session());
}

TEST_CASE("an entry the store refuses in a bulk decision is named, and the others stand",
          "[forms][ledger][decision][bulk]")
{
    TestVault vault;
    vault.addPeople();
    const Registers registers = addRegisters(vault);
    auto staff = vault.signIn(QStringLiteral("staff"));
    const EntryId first =
        LedgerStore::add(*staff, QStringLiteral("form1"), useEventValues(*staff, registers.sensitive)).value();
    const EntryId second =
        LedgerStore::add(*staff, QStringLiteral("form1"), useEventValues(*staff, registers.sensitive)).value();
    LedgerWindow w(vault, QStringLiteral("head"), QStringLiteral("form1"));
    REQUIRE(eventually([&] { return w.page->model()->rowCount() == 2; }));
    w.page->view()->selectAll();
    click(child<QPushButton>(w.page, QStringLiteral("decideEntryButton")));
    auto* dialog = shownDialog<BulkDecisionDialog>(w.page);
    // Meanwhile the second is decided elsewhere (another window of the head).
    REQUIRE(LedgerStore::decide(w.session(), second, Decision::Review, QString()).ok());
    click(dialog->positiveButton());
    CHECK(storedEntry(w.session(), first).state == EntryState::Reviewed);
    auto* message = child<MessageBanner>(w.page, QStringLiteral("ledgerMessage"));
    INFO(message->text().toStdString());
    CHECK(message->kind() == MessageBanner::Kind::Error);
    CHECK(message->text().contains(QStringLiteral("No. 2:")));
    requireVerified(w.session());
}

// Issue 11 §18: after a dialog opened from the list closes, the keyboard is back on the list.
TEST_CASE("the focus returns to the list when a dialog opened from it closes", "[forms][ledger][keyboard]")
{
    TestVault vault;
    vault.addPeople();
    const Registers registers = addRegisters(vault);
    auto staff = vault.signIn(QStringLiteral("staff"));
    const EntryId id =
        LedgerStore::add(*staff, QStringLiteral("form1"), useEventValues(*staff, registers.sensitive)).value();
    LedgerWindow w(vault, QStringLiteral("head"), QStringLiteral("form1"));
    REQUIRE(eventually([&] { return w.page->model()->rowCount() == 1; }));
    auto* view = w.page->view();
    w.window.activateWindow();
    QApplication::setActiveWindow(&w.window);

    REQUIRE(w.page->selectEntry(id));
    click(child<QPushButton>(w.page, QStringLiteral("decideEntryButton")));
    auto* decision = w.page->findChild<QDialog*>(QStringLiteral("decisionDialog"));
    REQUIRE(decision);
    REQUIRE(QTest::qWaitForWindowExposed(decision));
    decision->reject();
    CHECK(eventually([&] { return w.window.focusWidget() == view; }));

    REQUIRE(w.page->selectEntry(id));
    click(child<QPushButton>(w.page, QStringLiteral("historyButton")));
    auto* history = w.page->findChild<QDialog*>(QStringLiteral("historyDialog"));
    REQUIRE(history);
    REQUIRE(QTest::qWaitForWindowExposed(history));
    history->reject();
    CHECK(eventually([&] { return w.window.focusWidget() == view; }));
}
