// Requests from individuals through the widgets (issue 12): the desk receives a disclosure on
// the requests page and routes it to the section proposed, the head decides (a refusal without
// its reason is refused beside the item), the desk sends the notice and closes the case; staff
// of another section see nothing, the auditor reads without a step; the chief keeps the desk's
// data; the start page lists the clocks and opens the case.

#include "LedgerTestSupport.h"

#include "admin/DeskSettingsPage.h"
#include "cases/CaseDialog.h"
#include "cases/CaseReader.h"
#include "cases/CaseStore.h"
#include "cases/DeskSettings.h"
#include "cases/ReceiveKindDialog.h"
#include "cases/RequestsPage.h"
#include "cases/StepEditorDialog.h"
#include "ledger/editor/SuggestFieldEditor.h"
#include "shell/HomePage.h"
#include "shell/LockController.h"
#include "shell/LockScreen.h"
#include "shell/SignInForm.h"
#include "support/CaseFixtures.h"

#include <QListWidget>
#include <QSpinBox>
#include <QTableWidget>
#include <QTreeWidget>

using namespace daicho;
using namespace daicho::test;

namespace {

// A main window with one person signed in, on the requests page.
struct RequestsWindow {
    RequestsWindow(TestVault& vault, const QString& login)
        : holder(vault.paths(), vault.clock())
        , window(holder)
    {
        REQUIRE(holder.start(vault.signIn(login)).ok());
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        REQUIRE(window.openPage(QStringLiteral("requestsPage")));
        page = child<RequestsPage>(&window, QStringLiteral("requestsPage"));
    }

    Session& session() { return *holder.session(); }

    SessionHolder holder;
    MainWindow window;
    RequestsPage* page = nullptr;
};

QString cellText(QTableWidget* table, int row, int column)
{
    const QTableWidgetItem* item = table->item(row, column);
    return item ? item->text() : QString();
}

int columnNamed(QTableWidget* table, const QString& header)
{
    for (int column = 0; column < table->columnCount(); ++column)
        if (table->horizontalHeaderItem(column)->text() == header)
            return column;
    QStringList all;
    for (int column = 0; column < table->columnCount(); ++column)
        all << table->horizontalHeaderItem(column)->text();
    FAIL("no column " << header.toStdString() << " among " << all.join(QStringLiteral("|")).toStdString());
    return -1;
}

// Saves the step and waits for its editor to close.
void saveStep(StepEditorDialog* editor)
{
    const QPointer<StepEditorDialog> open(editor);
    click(child<QPushButton>(editor, QStringLiteral("saveStepButton")));
    if (open) {
        INFO("editor message: " << editor->messageBanner()->text().toStdString());
        REQUIRE(eventually([&] { return open.isNull() || !open->isVisible(); }, 2000));
    }
}

// Opens the selected case with Enter, as a person does on the list.
CaseDialog* openWithEnter(RequestsPage* page, CaseId id)
{
    REQUIRE(page->selectCase(id));
    page->table()->setFocus();
    QTest::keyClick(page->table(), Qt::Key_Return);
    CaseDialog* dialog = shownDialog<CaseDialog>(page);
    REQUIRE(dialog->caseId() == id);
    return dialog;
}

StepEditorDialog* openStep(RequestsPage* page, CaseDialog* dialog, const QString& step)
{
    QPushButton* button = dialog->stepButton(step);
    INFO("step " << step.toStdString());
    REQUIRE(button);
    click(button);
    StepEditorDialog* editor = shownDialog<StepEditorDialog>(page);
    REQUIRE(editor->step().key == step);
    return editor;
}

std::int64_t events(TestVault& vault)
{
    return count(vault.chief(), QStringLiteral("SELECT count(*) FROM case_events"));
}

} // namespace

TEST_CASE("the desk receives a disclosure, routes it, the head decides, the desk notifies and closes", "[forms][cases]")
{
    CaseFixture f;
    const qint64 kenshin = departmentId(f.vault.chief(), QStringLiteral("健診管理課"));
    CaseId id = 0;
    {
        RequestsWindow desk(f.vault, QStringLiteral("desk"));
        RequestsPage* page = desk.page;
        CHECK(page->table()->rowCount() == 0);
        REQUIRE(page->receiveButton()->isVisible());
        click(page->receiveButton());
        auto* chooser = shownDialog<ReceiveKindDialog>(page);
        CHECK(chooser->list()->count() == 6);
        chooser->choose(kDisclosure);
        CHECK(chooser->list()->currentItem()->text().contains(QStringLiteral("第35条")));
        chooser->list()->setFocus();
        QTest::keyClick(chooser->list(), Qt::Key_Return);
        StepEditorDialog* editor = shownDialog<StepEditorDialog>(page);
        CHECK(editor->step().key == QLatin1String("receive"));
        CHECK(child<QLabel>(editor, QStringLiteral("stepArticle"))->text().contains(QStringLiteral("第38条1項")));
        // The day of receipt is today, the identity checked by the clerk, the fee the chief set.
        CHECK(editor->editor(QStringLiteral("received_on"))->value().toDate() == QDate(2026, 12, 7));
        CHECK(editor->editor(QStringLiteral("identity_checker"))->value().toLongLong() == desk.session().user().id);
        CHECK(editor->editor(QStringLiteral("fee"))->value().toInt() == 300);
        CHECK(editor->editor(QStringLiteral("fee"))->hint().contains(QStringLiteral("300")));

        choose(editor, QStringLiteral("requester"), QStringLiteral("legal"));
        CHECK(editor->editor(QStringLiteral("agent_name"))->isVisible());
        CHECK_FALSE(editor->editor(QStringLiteral("proxy_name"))->isVisible());
        choose(editor, QStringLiteral("requester"), QStringLiteral("self"));
        CHECK_FALSE(editor->editor(QStringLiteral("agent_name"))->isVisible());
        typeLine(editor, QStringLiteral("subject_name"), QStringLiteral("山田 花子"));
        typeLine(editor, QStringLiteral("subject_kana"), QStringLiteral("やまだ はなこ"));
        typeLines(editor, QStringLiteral("subject_address"), {QStringLiteral("青森市佃二丁目1-1")});
        choose(editor, QStringLiteral("identity_method"), QStringLiteral("licence"));
        typeLines(editor, QStringLiteral("request"), {QStringLiteral("令和7年度の健診結果")});
        choose(editor, QStringLiteral("register"), QVariant::fromValue<qint64>(f.registerEntry));
        choose(editor, QStringLiteral("delivery"), QStringLiteral("paper"));
        choose(editor, QStringLiteral("fee_state"), QStringLiteral("received"));
        saveStep(editor);
        requireVerified(f.vault.chief());

        REQUIRE(page->table()->rowCount() == 1);
        QTableWidget* table = page->table();
        CHECK(cellText(table, 0, columnNamed(table, QStringLiteral("Receipt No.")))
              == QStringLiteral("令和8年度 No. 1"));
        CHECK(cellText(table, 0, columnNamed(table, QStringLiteral("Individual"))) == QStringLiteral("山田 花子"));
        CHECK(cellText(table, 0, columnNamed(table, QStringLiteral("Received on")))
              == QStringLiteral("令和8年12月7日"));
        CHECK(cellText(table, 0, columnNamed(table, QStringLiteral("Handling section")))
              == QStringLiteral("Not decided"));
        // 第38条4項: day 1 is the receipt; Sunday 12/13 moves to Monday 12/14 (民法第142条).
        CHECK(cellText(table, 0, columnNamed(table, QStringLiteral("決定期限")))
              == QStringLiteral("令和8年12月14日（月）まで あと7日"));
        CHECK(cellText(table, 0, columnNamed(table, QStringLiteral("通知送付期限")))
              == QStringLiteral("令和8年12月21日（月）まで あと14日"));
        id = page->selectedCase().value_or(0);
        REQUIRE(id > 0);

        CaseDialog* dialog = openWithEnter(page, id);
        CHECK(child<QLabel>(dialog, QStringLiteral("caseProposedSection"))
                  ->text()
                  .contains(QStringLiteral("健診管理課")));
        CHECK(child<QLabel>(dialog, QStringLiteral("clock.decision"))->text()
              == QStringLiteral("令和8年12月14日（月）まで あと7日"));
        const QString note = child<QLabel>(dialog, QStringLiteral("clockNote.decision"))->text();
        CHECK(note.contains(QStringLiteral("民法第142条")));
        CHECK(note.contains(QStringLiteral("第38条2項")));
        // The rule a click away: the article, its words and how the date came out.
        MessageBox::setNextAnswer(MessageBox::Button::Ok);
        click(child<QPushButton>(dialog, QStringLiteral("clockRule.decision")));
        CHECK(MessageBox::lastText().contains(QStringLiteral("規程第38条4項")));
        CHECK(MessageBox::lastText().contains(QStringLiteral("起算して")));
        CHECK(dialog->stepButton(QStringLiteral("decide")) == nullptr);

        StepEditorDialog* route = openStep(page, dialog, QStringLiteral("route"));
        CHECK(route->editor(QStringLiteral("section"))->value().toLongLong() == kenshin);
        CHECK(route->editor(QStringLiteral("routed_on"))->value().toDate() == QDate(2026, 12, 7));
        saveStep(route);
        CHECK(child<QLabel>(dialog, QStringLiteral("caseState"))->text() == QStringLiteral("審査中"));
        CHECK(child<QLabel>(dialog, QStringLiteral("caseKeeping"))
                  ->text()
                  .startsWith(QStringLiteral("完結するまで保存")));
        CHECK(child<QLabel>(dialog, QStringLiteral("caseSection"))->text().contains(QStringLiteral("健診管理課")));
        CHECK(dialog->historyTree()->topLevelItemCount() == 2);
        CHECK(cellText(page->table(), 0, columnNamed(page->table(), QStringLiteral("State")))
              == QStringLiteral("審査中"));
        dialog->reject();
    }
    requireVerified(f.vault.chief());

    f.vault.clock().set(QDateTime(QDate(2026, 12, 10), QTime(1, 0), Qt::UTC));
    {
        RequestsWindow head(f.vault, QStringLiteral("head"));
        CHECK_FALSE(head.page->receiveButton()->isVisible());
        REQUIRE(head.page->table()->rowCount() == 1);
        CaseDialog* dialog = openWithEnter(head.page, id);
        StepEditorDialog* decide = openStep(head.page, dialog, QStringLiteral("decide"));
        CHECK(decide->editor(QStringLiteral("decided_on"))->value().toDate() == QDate(2026, 12, 10));
        CHECK_FALSE(child<QLabel>(decide, QStringLiteral("label.reason"))->text().contains(QStringLiteral("※")));
        choose(decide, QStringLiteral("outcome"), QStringLiteral("part"));
        // A refusal in part needs its reason (第35条2項): marked as soon as it applies…
        CHECK(child<QLabel>(decide, QStringLiteral("label.reason"))->text().contains(QStringLiteral("※")));
        choose(decide, QStringLiteral("ground"), QStringLiteral("harm"));
        const std::int64_t before = events(f.vault);
        click(child<QPushButton>(decide, QStringLiteral("saveStepButton")));
        // …and said beside it when missing; nothing is saved and what was typed stays.
        CHECK(decide->isVisible());
        CHECK_FALSE(decide->editor(QStringLiteral("reason"))->issue().isEmpty());
        CHECK(decide->messageBanner()->kind() == MessageBanner::Kind::Error);
        CHECK(decide->editor(QStringLiteral("outcome"))->value().toString() == QLatin1String("part"));
        CHECK(events(f.vault) == before);
        typeLines(decide, QStringLiteral("reason"), {QStringLiteral("第三者の権利利益を害するおそれがあるため")});
        CHECK(decide->editor(QStringLiteral("reason"))->issue().isEmpty());
        // A decision in part says which part is refused.
        typeLines(decide, QStringLiteral("refused_part"), {QStringLiteral("問診票のうち家族の既往歴の欄")});
        saveStep(decide);
        CHECK(events(f.vault) == before + 1);
        CHECK(child<QLabel>(dialog, QStringLiteral("clock.decision"))
                  ->text()
                  .contains(QStringLiteral("令和8年12月10日")));
        // The history says what was decided, in the kind's words.
        const QTreeWidgetItem* decided = dialog->historyTree()->topLevelItem(2);
        REQUIRE(decided);
        QStringList lines;
        for (int i = 0; i < decided->childCount(); ++i)
            lines << decided->child(i)->text(0);
        INFO(lines.join(QStringLiteral(" / ")).toStdString());
        CHECK(lines.contains(QStringLiteral("決定: 一部について応じる")));
        CHECK(decided->text(2) == QStringLiteral("事業 部長"));
        dialog->reject();
    }

    f.vault.clock().set(QDateTime(QDate(2026, 12, 11), QTime(1, 0), Qt::UTC));
    {
        RequestsWindow desk(f.vault, QStringLiteral("desk"));
        CaseDialog* dialog = openWithEnter(desk.page, id);
        StepEditorDialog* notify = openStep(desk.page, dialog, QStringLiteral("notify"));
        choose(notify, QStringLiteral("sent_by"), QStringLiteral("post"));
        saveStep(notify);
        StepEditorDialog* close = openStep(desk.page, dialog, QStringLiteral("close"));
        saveStep(close);
        CHECK(child<QLabel>(dialog, QStringLiteral("caseState"))->text() == QStringLiteral("完了"));
        // Issue 13 §3: closed, it shows how long it is kept and when it goes.
        CHECK(child<QLabel>(dialog, QStringLiteral("caseKeeping"))->text().contains(QStringLiteral("まで保存")));
        CHECK(child<QLabel>(dialog, QStringLiteral("caseKeeping"))->text().contains(QStringLiteral("廃棄予定")));
        CHECK(dialog->stepButtons().isEmpty());
        CHECK(child<QLabel>(dialog, QStringLiteral("caseNoSteps"))->isVisible());
        dialog->reject();
        // Closed: gone from the open ones, there among all, with the days the clocks were met.
        CHECK(desk.page->table()->rowCount() == 0);
        desk.page->filterCombo()->setCurrentIndex(1);
        REQUIRE(desk.page->table()->rowCount() == 1);
        CHECK(cellText(desk.page->table(), 0, columnNamed(desk.page->table(), QStringLiteral("通知送付期限")))
              == QStringLiteral("Met (令和8年12月11日)"));
    }
    requireVerified(f.vault.chief());
}

TEST_CASE("staff of another section see no request; the auditor reads one without a step", "[forms][cases]")
{
    CaseFixture f;
    auto desk = f.vault.signIn(QStringLiteral("desk"));
    auto received = CaseStore::receive(*desk, kDisclosure, f.receipt(*desk));
    REQUIRE(received.ok());
    {
        RequestsWindow other(f.vault, QStringLiteral("other"));
        CHECK(other.page->table()->rowCount() == 0);
        CHECK_FALSE(other.page->receiveButton()->isVisible());
        // Who reads them is said, the desk named.
        CHECK(other.page->readersLabel()->text().contains(QStringLiteral("総務課")));
        CHECK(other.page->readersLabel()->text().contains(QStringLiteral("auditor")));
    }
    {
        RequestsWindow auditor(f.vault, QStringLiteral("auditor"));
        REQUIRE(auditor.page->table()->rowCount() == 1);
        CHECK_FALSE(auditor.page->receiveButton()->isVisible());
        CaseDialog* dialog = openWithEnter(auditor.page, received.value());
        CHECK(dialog->stepButtons().isEmpty());
        QLabel* none = child<QLabel>(dialog, QStringLiteral("caseNoSteps"));
        CHECK(none->isVisible());
        CHECK(none->text().contains(QStringLiteral("auditor")));
        CHECK(dialog->openStep(QStringLiteral("route")) == nullptr);
        CHECK(dialog->historyTree()->topLevelItemCount() == 1);
        dialog->reject();
    }
    requireVerified(f.vault.chief());
}

TEST_CASE("the chief saves the desk's data as a new version; a wrong value is said clearly", "[forms][cases]")
{
    CaseFixture f;
    auto desk = f.vault.signIn(QStringLiteral("desk"));
    auto before = CaseStore::receive(*desk, kDisclosure, f.receipt(*desk));
    REQUIRE(before.ok());
    {
        RequestsWindow chief(f.vault, TestVault::kChiefLogin);
        REQUIRE(chief.window.openPage(QStringLiteral("deskSettingsPage")));
        auto* page = child<DeskSettingsPage>(&chief.window, QStringLiteral("deskSettingsPage"));
        CHECK(page->versionLabel()->text() == QStringLiteral("Version 1 in force"));
        CHECK(page->disclosureFeeSpin()->value() == 300);
        CHECK(page->weeklyCheck(Qt::Saturday)->isChecked());
        CHECK_FALSE(page->weeklyCheck(Qt::Monday)->isChecked());
        REQUIRE(page->yearlyTable()->rowCount() == 1);
        CHECK(page->yearlyTable()->item(0, 1)->text() == QStringLiteral("12/29"));
        CHECK(page->deskCombo()->currentText().contains(QStringLiteral("総務課")));
        // 第33条1項(1): the health-check sections the fixture's version names are ticked;
        // センター健診課 is ticked too and saved with version 2.
        QStringList ticked;
        QListWidgetItem* center = nullptr;
        for (int row = 0; row < page->sectionsList()->count(); ++row) {
            QListWidgetItem* item = page->sectionsList()->item(row);
            if (item->checkState() == Qt::Checked)
                ticked << item->text();
            if (item->text().contains(QStringLiteral("センター健診課")))
                center = item;
        }
        CHECK(ticked.size() == 2);
        REQUIRE(center);
        center->setCheckState(Qt::Checked);

        // No phone: refused with the regulation's reason, nothing saved.
        page->phoneEdit()->setFocus();
        page->phoneEdit()->selectAll();
        QTest::keyClick(page->phoneEdit(), Qt::Key_Backspace);
        CHECK(page->phoneEdit()->text().isEmpty());
        REQUIRE(page->saveButton()->isEnabled());
        click(page->saveButton());
        CHECK(page->messageBanner()->kind() == MessageBanner::Kind::Error);
        CHECK(page->messageBanner()->text().contains(QStringLiteral("phone")));
        CHECK(page->messageBanner()->text().contains(QStringLiteral("第33条2項(2)")));
        // A yearly closure that is not a month and day, then one too long, each said.
        replaceText(page->phoneEdit(), QStringLiteral("017-741-2336"));
        page->yearlyTable()->item(0, 2)->setText(QStringLiteral("1月45日"));
        click(page->saveButton());
        CHECK(page->messageBanner()->text().contains(QStringLiteral("1月45日")));
        page->yearlyTable()->item(0, 2)->setText(QStringLiteral("2/28"));
        click(page->saveButton());
        CHECK(page->messageBanner()->text().contains(QStringLiteral("日間あります")));
        CHECK(count(f.vault.chief(), QStringLiteral("SELECT count(*) FROM desk_versions")) == 1);

        // Put right, a closed day added (Monday 14 December), the fee changed: version 2.
        page->yearlyTable()->item(0, 2)->setText(QStringLiteral("１月３日"));
        click(child<QPushButton>(page, QStringLiteral("extraClosedTable.add")));
        REQUIRE(page->extraTable()->rowCount() == 1);
        page->extraTable()->item(0, 0)->setText(QStringLiteral("令和8年12月14日"));
        page->extraTable()->item(0, 1)->setText(QStringLiteral("臨時休業（設備点検）"));
        page->disclosureFeeSpin()->setValue(400);
        click(page->saveButton());
        INFO(page->messageBanner()->text().toStdString());
        CHECK(page->messageBanner()->kind() == MessageBanner::Kind::Success);
        CHECK(page->messageBanner()->text().contains(QStringLiteral("version 2")));
        CHECK(page->versionLabel()->text() == QStringLiteral("Version 2 in force"));
        CHECK(page->extraTable()->item(0, 0)->text() == QStringLiteral("令和8年12月14日"));
        CHECK_FALSE(page->saveButton()->isEnabled());
    }
    auto current = RequestDesk::current(f.vault.chief());
    REQUIRE(current.ok());
    CHECK(current->id == 2);
    CHECK(current->settings.disclosureFeeYen == 400);
    CHECK(current->settings.healthCheckSections.size() == 3);
    CHECK(current->settings.healthCheckSections.contains(
        departmentId(f.vault.chief(), QStringLiteral("センター健診課"))));
    REQUIRE(current->settings.closedDays.extra.size() == 1);
    CHECK(current->settings.closedDays.extra.first().date == QDate(2026, 12, 14));
    CHECK(current->settings.closedDays.yearly.first().toMonth == 1);
    CHECK(current->settings.closedDays.yearly.first().toDay == 3);
    // The request received before keeps its deadline; one received now counts the new closed day.
    auto kept = CaseReader::detail(*desk, before.value());
    REQUIRE(kept.ok());
    CHECK(clockOf(kept->record, QStringLiteral("decision"))->dueOn == QDate(2026, 12, 14));
    auto after = CaseStore::receive(*desk, kDisclosure, f.receipt(*desk));
    REQUIRE(after.ok());
    auto counted = CaseReader::detail(*desk, after.value());
    REQUIRE(counted.ok());
    CHECK(clockOf(counted->record, QStringLiteral("decision"))->dueOn == QDate(2026, 12, 15));
    requireVerified(f.vault.chief());

    // Staff of the desk read it and change nothing.
    RequestsWindow staff(f.vault, QStringLiteral("desk"));
    REQUIRE(staff.window.openPage(QStringLiteral("deskSettingsPage")));
    auto* page = child<DeskSettingsPage>(&staff.window, QStringLiteral("deskSettingsPage"));
    CHECK_FALSE(page->saveButton()->isVisible());
    CHECK(page->phoneEdit()->isReadOnly());
    CHECK(page->disclosureFeeSpin()->value() == 400);
}

TEST_CASE("the start page lists the decision's clock for the desk and the head and opens the case on Enter",
          "[forms][cases][home]")
{
    CaseFixture f;
    auto desk = f.vault.signIn(QStringLiteral("desk"));
    auto id = CaseStore::receive(*desk, kDisclosure, f.receipt(*desk));
    REQUIRE(id.ok());
    REQUIRE(CaseStore::take(*desk, id.value(), QStringLiteral("route"), f.route(QStringLiteral("健診管理課"))).ok());

    for (const QString& login : {QStringLiteral("desk"), QStringLiteral("head")}) {
        INFO(login.toStdString());
        SessionHolder holder(f.vault.paths(), f.vault.clock());
        MainWindow window(holder);
        REQUIRE(holder.start(f.vault.signIn(login)).ok());
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        auto* home = qobject_cast<HomePage*>(window.currentPage());
        REQUIRE(home);
        QTableWidget* due = home->dueTable();
        REQUIRE(due->isVisible());
        REQUIRE(due->rowCount() >= 2);
        CHECK_FALSE(home->nothingDueLabel()->isVisible());
        CHECK(due->item(0, 0)->text() == QStringLiteral("令和8年12月14日（月）まで あと7日"));
        CHECK(due->item(0, 1)->text().contains(QStringLiteral("決定期限")));
        CHECK(due->item(0, 1)->text().contains(QStringLiteral("山田 花子")));
        // The rule behind the date, one click away.
        MessageBox::setNextAnswer(MessageBox::Button::Ok);
        click(child<QPushButton>(due, QStringLiteral("dueRule.0")));
        CHECK(MessageBox::lastText().contains(QStringLiteral("第38条4項")));

        due->setFocus();
        due->setCurrentCell(0, 0);
        QTest::keyClick(due, Qt::Key_Return);
        auto* requests = qobject_cast<RequestsPage*>(window.currentPage());
        REQUIRE(requests);
        CaseDialog* dialog = shownDialog<CaseDialog>(requests);
        CHECK(dialog->caseId() == id.value());
        CHECK((login == QLatin1String("head")) == (dialog->stepButton(QStringLiteral("decide")) != nullptr));
        dialog->reject();
    }

    // Past the day: overdue, in red.
    f.vault.clock().set(QDateTime(QDate(2026, 12, 16), QTime(1, 0), Qt::UTC));
    {
        SessionHolder holder(f.vault.paths(), f.vault.clock());
        MainWindow window(holder);
        REQUIRE(holder.start(f.vault.signIn(QStringLiteral("desk"))).ok());
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        auto* home = qobject_cast<HomePage*>(window.currentPage());
        REQUIRE(home);
        QTableWidget* due = home->dueTable();
        REQUIRE(due->rowCount() >= 1);
        CHECK(due->item(0, 0)->text() == QStringLiteral("令和8年12月14日（月）まで 2日超過"));
        CHECK(due->item(0, 0)->foreground().color() == QColor(0xb0, 0x00, 0x20));
        RequestsPage* requests = nullptr;
        REQUIRE(window.openPage(QStringLiteral("requestsPage")));
        requests = qobject_cast<RequestsPage*>(window.currentPage());
        REQUIRE(requests);
        const int column = columnNamed(requests->table(), QStringLiteral("決定期限"));
        CHECK(requests->table()->item(0, column)->foreground().color() == QColor(0xb0, 0x00, 0x20));
    }

    // Staff of another section: nothing is due.
    SessionHolder holder(f.vault.paths(), f.vault.clock());
    MainWindow window(holder);
    REQUIRE(holder.start(f.vault.signIn(QStringLiteral("other"))).ok());
    window.show();
    auto* home = qobject_cast<HomePage*>(window.currentPage());
    REQUIRE(home);
    CHECK(home->nothingDueLabel()->isVisible());
    CHECK_FALSE(home->dueTable()->isVisible());
}

TEST_CASE("what core says about requests comes out in Japanese", "[forms][cases]")
{
    CaseFixture f;
    const JapaneseInterface japanese;
    DeskSettings settings = DeskSettings::regulationDefaults();
    settings.phone.clear();
    REQUIRE(settings.problems().size() == 1);
    CHECK(settings.problems().first().contains(QStringLiteral("電話番号")));
    auto staff = f.vault.signIn(QStringLiteral("staff"));
    auto refused = CaseStore::receive(*staff, kDisclosure, f.receipt(*staff));
    REQUIRE_FALSE(refused.ok());
    INFO(refused.error().message.toStdString());
    CHECK(refused.error().message.contains(QStringLiteral("受け付け")));
}

TEST_CASE("the start page opens the entries waiting for the head's decision, whatever their year", "[forms][home]")
{
    TestVault vault;
    vault.addPeople();
    const EntryId reg = LedgerStore::add(vault.chief(), QStringLiteral("form3"), registerValues(vault.chief())).value();
    auto staff = vault.signIn(QStringLiteral("staff"));
    REQUIRE(LedgerStore::add(*staff, QStringLiteral("form2"), carryOutValues(*staff, reg)).ok());
    // The next fiscal year: the ledger opens on it, and the carry-out waits from the one before.
    vault.clock().set(QDateTime(QDate(2027, 4, 12), QTime(0, 30), Qt::UTC));

    SessionHolder holder(vault.paths(), vault.clock());
    MainWindow window(holder);
    REQUIRE(holder.start(vault.signIn(QStringLiteral("head"))).ok());
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto* home = qobject_cast<HomePage*>(window.currentPage());
    REQUIRE(home);
    QTableWidget* due = home->dueTable();
    int waiting = -1;
    for (int row = 0; row < due->rowCount(); ++row)
        if (due->item(row, 0)->text() == QStringLiteral("1 waiting"))
            waiting = row;
    REQUIRE(waiting >= 0);
    CHECK(due->item(waiting, 1)->text().contains(QStringLiteral("様式2")));
    due->setFocus();
    due->setCurrentCell(waiting, 1);
    QTest::keyClick(due, Qt::Key_Return);
    auto* page = qobject_cast<LedgerPage*>(window.currentPage());
    REQUIRE(page);
    CHECK(page->form().id == QLatin1String("form2"));
    auto* state = child<QComboBox>(page, QStringLiteral("stateFilterCombo"));
    CHECK(state->currentData().toString() == entryStateKey(EntryState::AwaitingApproval));
    REQUIRE(eventually([&] { return page->model()->rowCount() == 1; }));
}

TEST_CASE("a lock closes the case and keeps the step being written for the same person", "[forms][cases][lock]")
{
    CaseFixture f;
    auto clerk = f.vault.signIn(QStringLiteral("desk"));
    auto id = CaseStore::receive(*clerk, kDisclosure, f.receipt(*clerk));
    REQUIRE(id.ok());
    RequestsWindow desk(f.vault, QStringLiteral("desk"));
    CaseDialog* dialog = openWithEnter(desk.page, id.value());
    StepEditorDialog* ask = openStep(desk.page, dialog, QStringLiteral("ask"));
    typeLines(ask, QStringLiteral("asked"), {QStringLiteral("対象となる年度をお知らせください")});
    const QPointer<CaseDialog> caseDialog(dialog);
    const QPointer<StepEditorDialog> kept(ask);

    desk.window.lockController().lockNow();
    CHECK(desk.page->table()->rowCount() == 0);
    REQUIRE(kept);
    CHECK_FALSE(kept->isVisible());
    CHECK((caseDialog.isNull() || !caseDialog->isVisible()));

    SignInForm* form = desk.window.lockScreen()->form();
    replaceText(form->loginEdit(), QStringLiteral("desk"));
    replaceText(form->passwordEdit(), TestVault::kPassword);
    click(form->signInButton());
    REQUIRE(desk.holder.session() != nullptr);
    REQUIRE(kept);
    CHECK(kept->isVisible());
    saveStep(kept);
    CHECK(events(f.vault) == 2);
    CHECK(desk.page->table()->rowCount() == 1);
    requireVerified(f.vault.chief());
}

TEST_CASE("the handling section records a granted erasure and its 様式1④ record is written with it", "[forms][cases]")
{
    CaseFixture f;
    const std::optional<CaseId> id = f.routedCase(QStringLiteral("request.suspension"));
    f.vault.clock().set(QDateTime(QDate(2026, 12, 10), QTime(1, 0), Qt::UTC));
    {
        // The head decides through the editor: granted in whole, what is granted is the erasure
        // (第37条1項) — asked as soon as the decision grants, refused beside the item when missing.
        RequestsWindow head(f.vault, QStringLiteral("head"));
        CaseDialog* dialog = openWithEnter(head.page, *id);
        StepEditorDialog* decide = openStep(head.page, dialog, QStringLiteral("decide"));
        choose(decide, QStringLiteral("outcome"), QStringLiteral("whole"));
        CHECK(child<QLabel>(decide, QStringLiteral("label.measure_granted"))->text().contains(QStringLiteral("※")));
        typeLines(decide, QStringLiteral("measure"), {QStringLiteral("当該本人の健診結果を消去した")});
        click(child<QPushButton>(decide, QStringLiteral("saveStepButton")));
        CHECK(decide->isVisible());
        CHECK_FALSE(decide->editor(QStringLiteral("measure_granted"))->issue().isEmpty());
        choose(decide, QStringLiteral("measure_granted"), QStringLiteral("erase"));
        saveStep(decide);
        // The erasure is now offered to the handling section, its head included (第37条1項).
        CHECK(dialog->stepButton(QStringLiteral("record_erasure")) != nullptr);
        dialog->reject();
    }
    {
        // The desk passes the case on; the erasure is the handling section's to record.
        RequestsWindow counter(f.vault, QStringLiteral("desk"));
        CaseDialog* dialog = openWithEnter(counter.page, id.value());
        CHECK(dialog->stepButton(QStringLiteral("record_erasure")) == nullptr);
        dialog->reject();
    }
    RequestsWindow staff(f.vault, QStringLiteral("staff"));
    CaseDialog* dialog = openWithEnter(staff.page, id.value());
    StepEditorDialog* erase = openStep(staff.page, dialog, QStringLiteral("record_erasure"));
    // Said before saving: the 様式1 record is written too, and holds no personal data.
    bool told = false;
    for (const QLabel* label : erase->findChildren<QLabel*>())
        told = told || label->text().contains(QStringLiteral("様式1"));
    CHECK(told);
    // The database the request named is proposed.
    CHECK(erase->editor(QStringLiteral("register"))->value().toLongLong() == f.registerEntry);
    CHECK(erase->editor(QStringLiteral("date"))->value().toDate() == QDate(2026, 12, 10));
    choose(erase, QStringLiteral("target"), QStringLiteral("database"));
    auto* disposed = child<SuggestFieldEditor>(erase, QStringLiteral("field.disposed"));
    replaceText(disposed->comboBox()->lineEdit(), QStringLiteral("健診結果データベースの当該本人のデータ"));
    choose(erase, QStringLiteral("method"), QStringLiteral("deletion"));
    choose(erase, QStringLiteral("disposed_by"), QStringLiteral("centre"));
    choose(erase, QStringLiteral("verifier"), QVariant::fromValue<qint64>(f.vault.chief().user().id));
    const std::int64_t before = stored(f.vault.chief(), QStringLiteral("form1"));
    saveStep(erase);
    CHECK(stored(f.vault.chief(), QStringLiteral("form1")) == before + 1);
    // The history names the record written with the step.
    const QTreeWidgetItem* last = dialog->historyTree()->topLevelItem(dialog->historyTree()->topLevelItemCount() - 1);
    REQUIRE(last);
    QStringList lines;
    for (int i = 0; i < last->childCount(); ++i)
        lines << last->child(i)->text(0);
    INFO(lines.join(QStringLiteral(" / ")).toStdString());
    CHECK(lines.contains(QStringLiteral("Recorded in 様式1 at the same time (様式1 No.1)")));
    dialog->reject();
    requireVerified(f.vault.chief());
}

TEST_CASE("a receipt typed in after its decision deadline asks first, and No keeps what was typed", "[forms][cases]")
{
    CaseFixture f;
    RequestsWindow desk(f.vault, QStringLiteral("desk"));
    click(desk.page->receiveButton());
    auto* chooser = shownDialog<ReceiveKindDialog>(desk.page);
    chooser->choose(kDisclosure);
    chooser->list()->setFocus();
    QTest::keyClick(chooser->list(), Qt::Key_Return);
    StepEditorDialog* editor = shownDialog<StepEditorDialog>(desk.page);
    // Received on Friday 20 November: the week ended on the 26th (第38条4項).
    typeLine(editor, QStringLiteral("received_on"), QStringLiteral("R8.11.20"));
    choose(editor, QStringLiteral("requester"), QStringLiteral("self"));
    typeLine(editor, QStringLiteral("subject_name"), QStringLiteral("山田 花子"));
    typeLines(editor, QStringLiteral("subject_address"), {QStringLiteral("青森市佃二丁目1-1")});
    choose(editor, QStringLiteral("identity_method"), QStringLiteral("licence"));
    typeLines(editor, QStringLiteral("request"), {QStringLiteral("令和7年度の健診結果")});
    choose(editor, QStringLiteral("delivery"), QStringLiteral("paper"));
    choose(editor, QStringLiteral("fee_state"), QStringLiteral("received"));
    MessageBox::setNextAnswer(MessageBox::Button::No);
    click(child<QPushButton>(editor, QStringLiteral("saveStepButton")));
    CHECK(MessageBox::lastText().contains(QStringLiteral("令和8年11月26日")));
    CHECK(editor->isVisible());
    CHECK(editor->editor(QStringLiteral("subject_name"))->value().toString() == QStringLiteral("山田 花子"));
    CHECK(events(f.vault) == 0);
    MessageBox::setNextAnswer(MessageBox::Button::Yes);
    saveStep(editor);
    CHECK(events(f.vault) == 1);
    requireVerified(f.vault.chief());
}
