// Issue 13 §4, §7, §11 through the widgets: from January the start page of the chief shows what
// falls due; the chief holds an entry with a reason and approves on the disposal page, the auditor
// confirms on theirs (the chief's own confirmation is not offered), the chief runs it, opens the
// 様式1④ record it wrote and records a backup made before it as destroyed; the trail verifies.
#include "LedgerTestSupport.h"
#include "PdfText.h"

#include "audit/internal/TrailVerification.h"
#include "common/FileDialog.h"
#include "ledger/LedgerStore.h"
#include "ledger/editor/EntryEditorDialog.h"
#include "ledger/entry/EntryViewDialog.h"
#include "ledger/output/PrintOptionsDialog.h"
#include "retention/BackupDestructionDialog.h"
#include "retention/DisposalPage.h"
#include "retention/RetentionPeriodsPage.h"
#include "shell/HomePage.h"
#include "support/CaseFixtures.h"
#include "support/LedgerFixtures.h"
#include "vault/Backup.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace daicho;
using namespace daicho::test;

namespace {

void saveScreen(QWidget* widget, const QString& file)
{
    const QString folder = qEnvironmentVariable("DAICHO_SCREENSHOTS");
    QApplication::processEvents(); // the layout settles (a table's height set on reload)
    if (!folder.isEmpty())
        widget->grab().save(folder + QLatin1Char('/') + file);
}

DisposalPage* openDisposalPage(LedgerWindow& w)
{
    REQUIRE(w.window.openPage(QStringLiteral("disposalPage")));
    return child<DisposalPage>(&w.window, QStringLiteral("disposalPage"));
}

int rowOfNumber(QTableWidget* entries, std::int64_t number)
{
    for (int row = 0; row < entries->rowCount(); ++row)
        if (entries->item(row, 1)->text() == QString::number(number))
            return row;
    return -1;
}

} // namespace

TEST_CASE("the chief holds, approves and runs a disposal from the start page; the auditor confirms it",
          "[forms][retention][disposal]")
{
    TestVault vault;
    vault.addPeople();
    vault.clock().set(QDateTime(QDate(2026, 6, 1), QTime(1, 0), Qt::UTC));
    Session& chief = vault.chief();
    auto reg = LedgerStore::add(chief, QStringLiteral("form3"), registerValues(chief));
    REQUIRE(reg.ok());
    auto staff = vault.signIn(QStringLiteral("staff"));
    QList<EntryId> old;
    for (int i = 0; i < 3; ++i) {
        auto id = LedgerStore::add(*staff, QStringLiteral("form1"), useEventValues(*staff, reg.value()));
        REQUIRE(id.ok());
        old << id.value();
    }
    // A backup made before the run still holds what it removes.
    REQUIRE(Backup::backup(chief, VaultPaths{vault.folder() + QStringLiteral("/before.daicho")}).ok());
    // January of fiscal year 2029: the entries of May 2026 are kept until May 2029 (3 years).
    vault.clock().set(QDateTime(QDate(2030, 1, 10), QTime(1, 0), Qt::UTC));

    {
        LedgerWindow w(vault, TestVault::kChiefLogin, QStringLiteral("form1"));
        auto* home = child<HomePage>(&w.window, QStringLiteral("homePage"));
        REQUIRE(w.window.openPage(QStringLiteral("homePage")));
        auto* due = child<QTableWidget>(home, QStringLiteral("dueWorkTable"));
        int disposalRow = -1;
        for (int row = 0; row < due->rowCount(); ++row)
            if (due->item(row, 1)->text().contains(QStringLiteral("令和11年度")))
                disposalRow = row;
        INFO("the start page lists the disposal at the end of 令和11年度");
        REQUIRE(disposalRow >= 0);
        // Opening the line opens the disposal page.
        due->setCurrentCell(disposalRow, 1);
        QTest::keyClick(due, Qt::Key_Return);
        auto* page = child<DisposalPage>(&w.window, QStringLiteral("disposalPage"));
        CHECK(w.window.currentPage() == page);
        CHECK(page->entriesTable()->rowCount() == 3);
        CHECK_FALSE(page->confirmButton()->isVisible()); // the chief confirms nothing

        // Hold the second entry: without a reason, refused beside it; with one, listed as held.
        page->entriesTable()->selectRow(rowOfNumber(page->entriesTable(), 2));
        click(page->holdButton());
        CHECK(page->message()->isVisible());
        type(page->holdReasonEdit(), QStringLiteral("訴訟対応のため保存"));
        page->entriesTable()->selectRow(rowOfNumber(page->entriesTable(), 2));
        click(page->holdButton());
        const int held = rowOfNumber(page->entriesTable(), 2);
        CHECK(page->entriesTable()->item(held, 5)->text().contains(QStringLiteral("訴訟対応のため保存")));
        saveScreen(&w.window, QStringLiteral("disposal-chief-holds.png"));

        AutoAnswer yes(MessageBox::Button::Yes);
        click(page->approveButton());
        CHECK_FALSE(page->approveButton()->isEnabled());
        CHECK_FALSE(page->runButton()->isEnabled()); // not confirmed yet
        CHECK(page->runsTable()->rowCount() == 1);
    }
    {
        LedgerWindow w(vault, QStringLiteral("auditor"), QStringLiteral("form4"));
        auto* home = child<HomePage>(&w.window, QStringLiteral("homePage"));
        REQUIRE(w.window.openPage(QStringLiteral("homePage")));
        auto* due = child<QTableWidget>(home, QStringLiteral("dueWorkTable"));
        bool asked = false;
        for (int row = 0; row < due->rowCount(); ++row)
            asked = asked || due->item(row, 1)->text().contains(QStringLiteral("awaiting your confirmation"));
        CHECK(asked);
        DisposalPage* page = openDisposalPage(w);
        CHECK_FALSE(page->approveButton()->isVisible());
        CHECK_FALSE(page->runButton()->isVisible());
        saveScreen(&w.window, QStringLiteral("disposal-auditor-confirms.png"));

        AutoAnswer yes(MessageBox::Button::Yes);
        click(page->confirmButton());
        CHECK_FALSE(page->confirmButton()->isEnabled());
    }
    {
        // Before March the page says when it may run, before asking anything; nothing goes.
        LedgerWindow w(vault, TestVault::kChiefLogin, QStringLiteral("form1"));
        DisposalPage* page = openDisposalPage(w);
        AutoAnswer no(MessageBox::Button::No);
        click(page->runButton());
        INFO(page->message()->text().toStdString());
        CHECK(page->message()->text().contains(QStringLiteral("令和12年3月1日")));
        CHECK(page->entriesTable()->rowCount() == 3);
    }
    vault.clock().set(QDateTime(QDate(2030, 3, 2), QTime(1, 0), Qt::UTC)); // runs from 1 March
    {
        LedgerWindow w(vault, TestVault::kChiefLogin, QStringLiteral("form1"));
        DisposalPage* page = openDisposalPage(w);
        AutoAnswer yes(MessageBox::Button::Yes);
        click(page->runButton());
        INFO(page->message()->text().toStdString());
        CHECK(page->message()->text().contains(QStringLiteral("2 entries deleted")));
        // What is left: the held entry only.
        CHECK(page->entriesTable()->rowCount() == 1);
        // The backup made before: listed as still holding the records; recorded as destroyed.
        page->runsTable()->selectRow(0);
        REQUIRE(page->backupsList()->count() == 1);
        page->backupsList()->item(0)->setCheckState(Qt::Checked);
        click(page->backupsButton());
        // How, when and by whom are asked first; the record's number is said.
        auto* how = shownDialog<BackupDestructionDialog>(page);
        auto* verifier = child<QComboBox>(how, QStringLiteral("destructionVerifier"));
        verifier->setCurrentIndex(verifier->findText(QStringLiteral("事務局 次長")));
        REQUIRE(verifier->currentIndex() > 0);
        click(how->buttons()->button(QDialogButtonBox::Ok));
        CHECK(page->message()->text().contains(QStringLiteral("様式1 No.")));
        page->runsTable()->selectRow(0);
        CHECK(page->backupsList()->item(0)->text().contains(QStringLiteral("recorded as destroyed")));
        saveScreen(&w.window, QStringLiteral("disposal-chief-done.png"));
        // The 様式1④ record, opened from the page.
        click(page->openRecordButton());
        auto* ledger = child<LedgerPage>(&w.window, QStringLiteral("ledgerPage.form1"));
        CHECK(w.window.currentPage() == ledger);
        // The record's own keeping, on its view (第20条1項(4), the centre's 3 years for 様式1).
        auto* view = shownDialog<EntryViewDialog>(ledger);
        auto* keeping = view->findChild<QLabel*>(QStringLiteral("entryKeeping"));
        REQUIRE(keeping);
        CHECK(keeping->text().contains(QStringLiteral("令和15年3月2日まで保存")));
        // Printed (as a PDF): the 様式1④ record says when, what, how, who and who confirmed —
        // never what the records said (第20条2項).
        QTemporaryDir out;
        const QString path = out.filePath(QStringLiteral("form1-disposal.pdf"));
        click(child<QPushButton>(view, QStringLiteral("viewPdfButton")));
        FileDialog::setNextFileName(path);
        click(shownDialog<PrintOptionsDialog>(view)->proceedButton());
        REQUIRE(QFile::exists(path));
        const QString text = pdfText(path);
        INFO(text.toStdString());
        CHECK(text.contains(QStringLiteral("④削除・廃棄")));
        CHECK(text.contains(QStringLiteral("2件")));
        CHECK(text.contains(QStringLiteral("容易に復元できない削除"))); // 第20条1項(3), the default
        CHECK(text.contains(QStringLiteral("事務局 次長"))); // the auditor confirmed it
        CHECK_FALSE(text.contains(QStringLiteral("月次集計のため印刷"))); // a disposed entry's note
        const QString folder = qEnvironmentVariable("DAICHO_SCREENSHOTS");
        if (!folder.isEmpty())
            QFile::copy(path, folder + QStringLiteral("/form1-disposal-record.pdf"));
        view->close();
        auto report = verifyAuditTrail(w.session().db());
        REQUIRE(report.ok());
        INFO(report->problem.toStdString());
        CHECK(report->ok);
    }
}

TEST_CASE("the chief sets a ledger's period on the retention page with a reason; staff read it",
          "[forms][retention][settings]")
{
    TestVault vault;
    vault.addPeople();
    {
        LedgerWindow w(vault, TestVault::kChiefLogin, QStringLiteral("form1"));
        REQUIRE(w.window.openPage(QStringLiteral("retentionPeriodsPage")));
        auto* page = child<RetentionPeriodsPage>(&w.window, QStringLiteral("retentionPeriodsPage"));
        auto* years = child<QSpinBox>(page, QStringLiteral("years.form1"));
        CHECK(years->value() == 3);
        years->setFocus();
        years->selectAll();
        QTest::keyClicks(years, QStringLiteral("5"));
        CHECK(years->value() == 5);
        click(page->saveButton()); // no reason: refused, nothing saved
        CHECK(page->historyTable()->rowCount() == 1);
        type(page->reasonEdit(), QStringLiteral("監査法人の指摘により延長"));
        click(page->saveButton());
        CHECK(page->historyTable()->rowCount() == 2);
        CHECK(page->historyTable()->item(0, 4)->text() == QStringLiteral("監査法人の指摘により延長"));
        CHECK(child<QSpinBox>(page, QStringLiteral("years.form1"))->value() == 5);
        // The kinds of request from individuals (様式8–14) are set on the same page (the row
        // widgets of before the save are deleted later: flushed first).
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        auto* disclosure = child<QSpinBox>(page, QStringLiteral("years.request.disclosure"));
        CHECK(disclosure->value() == 5);
        disclosure->setFocus();
        disclosure->selectAll();
        QTest::keyClicks(disclosure, QStringLiteral("7"));
        type(page->reasonEdit(), QStringLiteral("訴訟に備え7年とする"));
        click(page->saveButton());
        CHECK(page->historyTable()->rowCount() == 3);
        INFO(page->historyTable()->item(0, 3)->text().toStdString());
        CHECK(page->historyTable()->item(0, 3)->text().contains(QStringLiteral("開示請求（様式8〜）: 7 year(s)")));
        saveScreen(&w.window, QStringLiteral("retention-periods-chief.png"));
        auto report = verifyAuditTrail(w.session().db());
        REQUIRE(report.ok());
        CHECK(report->ok);
    }
    {
        LedgerWindow w(vault, QStringLiteral("staff"), QStringLiteral("form1"));
        REQUIRE(w.window.openPage(QStringLiteral("retentionPeriodsPage")));
        auto* page = child<RetentionPeriodsPage>(&w.window, QStringLiteral("retentionPeriodsPage"));
        CHECK_FALSE(page->saveButton()->isVisible());
        CHECK_FALSE(child<QSpinBox>(page, QStringLiteral("years.form1"))->isEnabled());
        CHECK(child<QSpinBox>(page, QStringLiteral("years.form1"))->value() == 5);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        CHECK(child<QSpinBox>(page, QStringLiteral("years.request.disclosure"))->value() == 7);
    }
}

TEST_CASE("from January the staff open their database's deletion from the start page as a filled 様式1④ entry",
          "[forms][retention][register]")
{
    TestVault vault;
    vault.addPeople();
    vault.clock().set(QDateTime(QDate(2026, 6, 1), QTime(1, 0), Qt::UTC));
    auto reg = LedgerStore::add(vault.chief(), QStringLiteral("form3"), registerValues(vault.chief()));
    REQUIRE(reg.ok());
    vault.clock().set(QDateTime(QDate(2027, 1, 12), QTime(1, 0), Qt::UTC));
    LedgerWindow w(vault, QStringLiteral("staff"), QStringLiteral("form1"));
    REQUIRE(w.window.openPage(QStringLiteral("homePage")));
    auto* home = child<HomePage>(&w.window, QStringLiteral("homePage"));
    auto* due = child<QTableWidget>(home, QStringLiteral("dueWorkTable"));
    int line = -1;
    for (int row = 0; row < due->rowCount(); ++row)
        if (due->item(row, 1)->text().contains(QStringLiteral("様式1④")))
            line = row;
    REQUIRE(line >= 0);
    CHECK(due->item(line, 1)->text().contains(QStringLiteral("令和4年3月30日")));
    saveScreen(&w.window, QStringLiteral("register-disposal-due-staff.png"));
    due->setCurrentCell(line, 1);
    QTest::keyClick(due, Qt::Key_Return);
    auto* ledger = child<LedgerPage>(&w.window, QStringLiteral("ledgerPage.form1"));
    CHECK(w.window.currentPage() == ledger);
    auto* editor = ledger->findChild<EntryEditorDialog*>();
    REQUIRE(editor);
    const FieldValues values = editor->values();
    saveScreen(editor, QStringLiteral("register-disposal-editor.png"));
    {
        AutoAnswer discard(MessageBox::Button::Discard); // what the guide filled is not kept
        editor->close();
    }
    CHECK(values.value(QStringLiteral("kind")).toString() == QStringLiteral("disposal"));
    CHECK(values.value(QStringLiteral("register")).toLongLong() == reg.value());
    CHECK(values.value(QStringLiteral("target")).toString() == QStringLiteral("database"));
}

TEST_CASE("the chief holds a request from an individual on the disposal page and runs the rest; the auditor confirms",
          "[forms][retention][disposal][cases]")
{
    CaseFixture f;
    f.closedDisclosure(QStringLiteral("山田 花子"));
    f.closedDisclosure(QStringLiteral("佐藤 一郎"));
    // January of fiscal year 2031: both were kept until 11 December 2031 (5 years from closing).
    f.vault.clock().set(QDateTime(QDate(2032, 1, 12), QTime(1, 0), Qt::UTC));
    const auto rowOfCase = [](QTableWidget* entries, int number) {
        for (int row = 0; row < entries->rowCount(); ++row)
            if (entries->item(row, 1)->text().endsWith(QStringLiteral("No.%1").arg(number)))
                return row;
        return -1;
    };
    {
        LedgerWindow w(f.vault, TestVault::kChiefLogin, QStringLiteral("form1"));
        DisposalPage* page = openDisposalPage(w);
        QTableWidget* entries = page->entriesTable();
        REQUIRE(entries->rowCount() == 2);
        CHECK(entries->item(0, 0)->text() == QStringLiteral("開示請求"));
        CHECK(entries->item(0, 1)->text() == QStringLiteral("令和8年度 No.1"));
        CHECK(entries->item(0, 3)->text().contains(QStringLiteral("令和13年12月11日")));
        CHECK(entries->item(0, 4)->text().contains(QStringLiteral("令和14年3月31日")));
        // By the keyboard: the arrows choose the row, Tab leaves the table for the reason.
        entries->setFocus();
        entries->setCurrentCell(rowOfCase(entries, 1), 0);
        QTest::keyClick(entries, Qt::Key_Down);
        CHECK(entries->selectionModel()->isRowSelected(rowOfCase(entries, 2), {}));
        QTest::keyClick(entries, Qt::Key_Tab);
        CHECK_FALSE(entries->hasFocus());
        type(page->holdReasonEdit(), QStringLiteral("訴訟対応のため保存"));
        click(page->holdButton());
        CHECK(entries->item(rowOfCase(entries, 2), 5)->text().contains(QStringLiteral("訴訟対応のため保存")));
        saveScreen(&w.window, QStringLiteral("disposal-chief-holds-case.png"));
        AutoAnswer yes(MessageBox::Button::Yes);
        click(page->approveButton());
        CHECK(page->runsTable()->rowCount() == 1);
        // The list on paper for the confirmer: what goes and what stays, by number, no contents.
        QTemporaryDir out;
        const QString path = out.filePath(QStringLiteral("disposal-list.pdf"));
        FileDialog::setNextFileName(path);
        click(page->pdfListButton());
        REQUIRE(QFile::exists(path));
        const QString text = pdfText(path);
        INFO(text.toStdString());
        CHECK(text.contains(QStringLiteral("廃棄予定一覧")));
        CHECK(text.contains(QStringLiteral("令和8年度 第1号")));
        CHECK(text.contains(QStringLiteral("訴訟対応のため保存")));
        CHECK(text.contains(QStringLiteral("総務 部長"))); // who approved
        CHECK_FALSE(text.contains(QStringLiteral("山田")));
        const QString folder = qEnvironmentVariable("DAICHO_SCREENSHOTS");
        if (!folder.isEmpty())
            QFile::copy(path, folder + QStringLiteral("/disposal-list.pdf"));
    }
    {
        LedgerWindow w(f.vault, QStringLiteral("auditor"), QStringLiteral("form4"));
        DisposalPage* page = openDisposalPage(w);
        CHECK(page->entriesTable()->rowCount() == 2); // what the auditor confirms, the held one too
        AutoAnswer yes(MessageBox::Button::Yes);
        click(page->confirmButton());
        CHECK_FALSE(page->confirmButton()->isEnabled());
    }
    f.vault.clock().set(QDateTime(QDate(2032, 3, 2), QTime(1, 0), Qt::UTC));
    {
        LedgerWindow w(f.vault, TestVault::kChiefLogin, QStringLiteral("form1"));
        DisposalPage* page = openDisposalPage(w);
        AutoAnswer yes(MessageBox::Button::Yes);
        click(page->runButton());
        INFO(page->message()->text().toStdString());
        CHECK(page->message()->text().contains(QStringLiteral("1 entries deleted")));
        QTableWidget* entries = page->entriesTable();
        REQUIRE(entries->rowCount() == 1); // the held one
        CHECK(entries->item(0, 1)->text() == QStringLiteral("令和8年度 No.2"));
        // Still shown held after the run: the chief's hold stands for next year's list.
        CHECK(entries->item(0, 5)->text().contains(QStringLiteral("訴訟対応のため保存")));
        // Opened from the page: the case itself, on the requests page.
        entries->setCurrentCell(0, 1);
        QTest::keyClick(entries, Qt::Key_Return);
        CHECK(w.window.currentPage() == child<QWidget>(&w.window, QStringLiteral("requestsPage")));
        auto report = verifyAuditTrail(w.session().db());
        REQUIRE(report.ok());
        INFO(report->problem.toStdString());
        CHECK(report->ok);
    }
}
