#include "LedgerTestSupport.h"

#include "common/JapaneseCalendar.h"
#include "common/MessageBanner.h"
#include "ledger/FormRegistry.h"
#include "ledger/LedgerQuery.h"
#include "ledger/LedgerReader.h"
#include "ledger/LedgerStore.h"
#include "ledger/editor/EntryEditorDialog.h"
#include "ledger/editor/FieldEditor.h"
#include "ledger/entry/DecisionDialog.h"
#include "ledger/entry/EntryViewDialog.h"
#include "ledger/entry/HistoryDialog.h"
#include "ledger/internal/LedgerBulkWriter.h"
#include "ledger/list/LedgerFilterBar.h"
#include "ledger/list/LedgerPage.h"
#include "ledger/list/LedgerTableModel.h"
#include "shell/LockController.h"
#include "shell/MainWindow.h"
#include "shell/SessionHolder.h"
#include "store/Database.h"
#include "support/LedgerFixtures.h"
#include "support/TestVault.h"

#include <QAbstractItemModelTester>
#include <QCalendarWidget>
#include <QCheckBox>
#include <QComboBox>
#include <QDeadlineTimer>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QTableWidget>
#include <QTimeEdit>
#include <QTreeWidget>

using namespace daicho;
using namespace daicho::test;

namespace {

bool shown(QWidget* dialog, const QString& key)
{
    return child<FieldEditor>(dialog, name("field", key))->isVisibleTo(dialog);
}

QString issue(QWidget* dialog, const QString& key)
{
    auto* label = child<QLabel>(dialog, name("issue", key));
    return label->isVisibleTo(dialog) ? label->text() : QString();
}

const QDateTime kJapanNine(QDate(2026, 5, 11), QTime(0, 0), Qt::UTC); // 09:00 in Japan

} // namespace

TEST_CASE("the navigator has a page per ledger the role may read", "[forms][ledger]")
{
    TestVault vault;
    vault.addPeople();
    vault.closeChief();
    SessionHolder holder(vault.paths(), vault.clock());
    MainWindow window(holder);
    REQUIRE(holder.start(vault.signIn(TestVault::kChiefLogin)).ok());
    window.show();

    auto* navigator = child<QTreeWidget>(&window, QStringLiteral("navigator"));
    // The start page first (each person's own previous sign-in and latest actions), then the
    // ledgers.
    REQUIRE(navigator->topLevelItem(0));
    CHECK(navigator->topLevelItem(0)->text(0) == QStringLiteral("Start"));
    QTreeWidgetItem* ledgers = navigator->topLevelItem(1);
    REQUIRE(ledgers);
    CHECK(ledgers->text(0) == QStringLiteral("Ledgers"));
    QStringList titles;
    for (int i = 0; i < ledgers->childCount(); ++i)
        titles << ledgers->child(i)->text(0);
    CHECK(titles
          == QStringList{QStringLiteral("様式1 個人データの運用状況記録票"),
                         QStringLiteral("様式2 個人データ持ち運び記録簿"), QStringLiteral("様式3 個人情報管理台帳"),
                         QStringLiteral("様式4 モニタリングシート"), QStringLiteral("様式5 入退室管理簿"),
                         QStringLiteral("様式6-1 個人データ提供記録簿 (opt-out)"),
                         QStringLiteral("様式6-2 個人データ提供記録簿 (consent)"),
                         QStringLiteral("様式6-3 個人関連情報提供確認記録簿"),
                         QStringLiteral("様式7-1 個人データ受領記録簿 (opt-out)"),
                         QStringLiteral("様式7-2 個人データ受領記録簿 (consent)"),
                         QStringLiteral("様式7-3 個人データ受領記録簿 (from a non-business)")});
    // The first page shown after signing in is the start page.
    REQUIRE(window.currentPage());
    CHECK(window.currentPage()->objectName() == QStringLiteral("homePage"));
    // The monitoring sheet (様式4) is a ledger like the others, read by the chief.
    CHECK(window.openPage(QStringLiteral("ledgerPage.form4")));
}

TEST_CASE("an entry of every form is filled in through the editor and stored", "[forms][ledger]")
{
    TestVault vault;
    vault.addPeople();
    const Registers registers = addRegisters(vault);
    const qint64 kenshin = departmentId(vault.chief(), QStringLiteral("健診管理課"));
    const qint64 staffId = userId(vault.chief(), QStringLiteral("staff"));
    const qint64 chiefId = userId(vault.chief(), QStringLiteral("chief"));

    SECTION("様式1: a use of data with a registered purpose")
    {
        LedgerWindow w(vault, QStringLiteral("staff"), QStringLiteral("form1"));
        EntryEditorDialog* dialog = openNewEditor(w.page);
        // Defaults: today in Japan, the writer's department and the writer as staff.
        CHECK(child<QLineEdit>(dialog, QStringLiteral("input.date"))->text() == QStringLiteral("2026/04/01"));
        CHECK(child<QLabel>(dialog, QStringLiteral("preview.date"))->text() == QStringLiteral("令和8年4月1日"));
        typeLine(dialog, QStringLiteral("date"), QStringLiteral("2026/5/10"));
        CHECK(child<QLabel>(dialog, QStringLiteral("preview.date"))->text() == QStringLiteral("令和8年5月10日"));
        choose(dialog, QStringLiteral("kind"), QStringLiteral("use"));
        choose(dialog, QStringLiteral("register"), QVariant::fromValue<qint64>(registers.sensitive));
        choose(dialog, QStringLiteral("purpose"), QStringLiteral("統計の作成"));
        choose(dialog, QStringLiteral("output"), QStringLiteral("print"));
        typeLine(dialog, QStringLiteral("quantity"), QStringLiteral("20"));
        type(child<QPlainTextEdit>(dialog, QStringLiteral("input.note")), QStringLiteral("月次集計のため印刷"));
        const EntryId id = save(w.page, dialog);

        const LedgerEntry entry = storedEntry(w.session(), id);
        CHECK(entry.values.value(QStringLiteral("date")).toDate() == QDate(2026, 5, 10));
        CHECK(entry.values.value(QStringLiteral("kind")).toString() == QStringLiteral("use"));
        CHECK(entry.values.value(QStringLiteral("register")).toLongLong() == registers.sensitive);
        CHECK(entry.values.value(QStringLiteral("purpose")).toString() == QStringLiteral("統計の作成"));
        CHECK(entry.values.value(QStringLiteral("quantity")).toLongLong() == 20);
        CHECK(entry.values.value(QStringLiteral("department")).toLongLong() == kenshin);
        CHECK(entry.values.value(QStringLiteral("staff")).toLongLong() == staffId);
        CHECK(entry.values.value(QStringLiteral("note")).toString() == QStringLiteral("月次集計のため印刷"));
        CHECK_FALSE(entry.values.contains(QStringLiteral("content")));
        CHECK(entry.state == EntryState::AwaitingReview);
        // The banner names the entry by its No. in 様式1 (the first), not by its internal id.
        CHECK(entry.number == 1);
        CHECK(id != entry.number);
        CHECK(child<MessageBanner>(w.page, QStringLiteral("ledgerMessage"))->text().contains(QStringLiteral("No. 1 ")));
    }

    SECTION("様式2: a carry-out with times in Japan and safety measures ticked")
    {
        LedgerWindow w(vault, QStringLiteral("staff"), QStringLiteral("form2"));
        EntryEditorDialog* dialog = openNewEditor(w.page);
        choose(dialog, QStringLiteral("direction"), QStringLiteral("out"));
        typeLine(dialog, QStringLiteral("taken_out"), QStringLiteral("R8.5.11"));
        setTime(dialog, QStringLiteral("taken_out"), QTime(9, 0));
        typeLine(dialog, QStringLiteral("expected_return"), QStringLiteral("令和8年5月11日"));
        setTime(dialog, QStringLiteral("expected_return"), QTime(17, 30));
        choose(dialog, QStringLiteral("register"), QVariant::fromValue<qint64>(registers.sensitive));
        choose(dialog, QStringLiteral("medium"), QStringLiteral("electronic"));
        typeLine(dialog, QStringLiteral("content"), QStringLiteral("受診者名簿（CSV）"));
        typeLine(dialog, QStringLiteral("count"), QStringLiteral("１２０")); // full-width, as an IME types it
        typeLine(dialog, QStringLiteral("destination"), QStringLiteral("委託先 株式会社ケンシンデータ"));
        choose(dialog, QStringLiteral("reason"), QStringLiteral("contractor"));
        tick(dialog, QStringLiteral("choice.measures_electronic.encryption"));
        tick(dialog, QStringLiteral("choice.measures_electronic.password"));
        const EntryId id = save(w.page, dialog);

        const LedgerEntry entry = storedEntry(w.session(), id);
        CHECK(entry.values.value(QStringLiteral("taken_out")).toDateTime() == kJapanNine);
        CHECK(entry.values.value(QStringLiteral("expected_return")).toDateTime()
              == kJapanNine.addSecs(8 * 3600 + 30 * 60));
        CHECK(entry.values.value(QStringLiteral("count")).toLongLong() == 120);
        CHECK(entry.values.value(QStringLiteral("measures_electronic")).toStringList()
              == QStringList{QStringLiteral("encryption"), QStringLiteral("password")});
        CHECK(entry.values.value(QStringLiteral("carrier")).toLongLong() == staffId);
        CHECK(entry.state == EntryState::AwaitingApproval);
        const int row = w.page->model()->rowOf(id).value_or(-1);
        REQUIRE(row >= 0);
        CHECK(cell(w.page->model(), row, QStringLiteral("State")) == QStringLiteral("Awaiting approval"));
    }

    SECTION("様式3: a register entry with lists, a person and a yes")
    {
        LedgerWindow w(vault, TestVault::kChiefLogin, QStringLiteral("form3"));
        EntryEditorDialog* dialog = openNewEditor(w.page);
        typeLine(dialog, QStringLiteral("registered"), QStringLiteral("令和8年4月2日"));
        typeLine(dialog, QStringLiteral("name"), QStringLiteral("人間ドック受診者データベース"));
        choose(dialog, QStringLiteral("kind"), QStringLiteral("electronic"));
        typeLines(dialog, QStringLiteral("items"), {QStringLiteral("氏名"), QStringLiteral("検査結果")});
        typeLines(dialog, QStringLiteral("purposes"), {QStringLiteral("結果の通知"), QStringLiteral("再検査の案内")});
        typeLine(dialog, QStringLiteral("medium"), QStringLiteral("健診システム"));
        typeLine(dialog, QStringLiteral("storage"), QStringLiteral("サーバー室"));
        choose(dialog, QStringLiteral("responsible"), QVariant::fromValue<qint64>(chiefId));
        choose(dialog, QStringLiteral("department"), QVariant::fromValue<qint64>(kenshin));
        typeLines(dialog, QStringLiteral("access"), {QStringLiteral("人間ドック健診課 担当者")});
        typeLine(dialog, QStringLiteral("retention"), QStringLiteral("5年"));
        typeLine(dialog, QStringLiteral("disposal"), QStringLiteral("データ消去ソフトウェア"));
        tick(dialog, QStringLiteral("input.sensitive"));
        typeLine(dialog, QStringLiteral("count"), QStringLiteral("3000"));
        const EntryId id = save(w.page, dialog);

        const LedgerEntry entry = storedEntry(w.session(), id);
        CHECK(entry.values.value(QStringLiteral("registered")).toDate() == QDate(2026, 4, 2));
        CHECK(entry.values.value(QStringLiteral("purposes")).toStringList()
              == QStringList{QStringLiteral("結果の通知"), QStringLiteral("再検査の案内")});
        CHECK(entry.values.value(QStringLiteral("sensitive")).toBool());
        CHECK(entry.values.value(QStringLiteral("responsible")).toLongLong() == chiefId);
        CHECK(entry.values.value(QStringLiteral("count")).toLongLong() == 3000);
        // An optional yes/no left alone is not stored as "no".
        CHECK_FALSE(entry.values.contains(QStringLiteral("purpose_change_consent")));
    }

    SECTION("様式5: a visitor with times in and out")
    {
        LedgerWindow w(vault, QStringLiteral("staff"), QStringLiteral("form5"));
        EntryEditorDialog* dialog = openNewEditor(w.page);
        typeLine(dialog, QStringLiteral("date"), QStringLiteral("２０２６/５/１１"));
        typeLine(dialog, QStringLiteral("name"), QStringLiteral("山田 太郎"));
        typeLine(dialog, QStringLiteral("affiliation"), QStringLiteral("株式会社保守サービス"));
        typeLine(dialog, QStringLiteral("purpose"), QStringLiteral("サーバー保守"));
        typeLine(dialog, QStringLiteral("time_in"), QStringLiteral("2026/5/11"));
        setTime(dialog, QStringLiteral("time_in"), QTime(9, 0));
        typeLine(dialog, QStringLiteral("time_out"), QStringLiteral("2026/5/11"));
        setTime(dialog, QStringLiteral("time_out"), QTime(10, 15));
        choose(dialog, QStringLiteral("escort"), QVariant::fromValue<qint64>(staffId));
        const EntryId id = save(w.page, dialog);

        const LedgerEntry entry = storedEntry(w.session(), id);
        CHECK(entry.values.value(QStringLiteral("date")).toDate() == QDate(2026, 5, 11));
        CHECK(entry.values.value(QStringLiteral("time_in")).toDateTime() == kJapanNine);
        CHECK(entry.values.value(QStringLiteral("time_out")).toDateTime() == kJapanNine.addSecs(75 * 60));
        CHECK(entry.values.value(QStringLiteral("escort")).toLongLong() == staffId);
    }

    SECTION("様式6-1 and 6-2: provisions, opt-out and with consent")
    {
        for (const QString& formId : {QStringLiteral("form6-1"), QStringLiteral("form6-2")}) {
            INFO(formId.toStdString());
            LedgerWindow w(vault, QStringLiteral("staff"), formId);
            EntryEditorDialog* dialog = openNewEditor(w.page);
            // Not after the day the record is made (today in the test's clock).
            typeLine(dialog, QStringLiteral("date"), QStringLiteral("2026/4/1"));
            // The guide's "consent: yes" is already ticked.
            if (formId == QLatin1String("form6-2"))
                CHECK(child<QCheckBox>(dialog, QStringLiteral("input.consent"))->isChecked());
            typeLine(dialog, QStringLiteral("recipient"), QStringLiteral("青森市保健所"));
            typeLine(dialog, QStringLiteral("individual"), QStringLiteral("受診者 佐藤 花子"));
            typeLines(dialog, QStringLiteral("items"), {QStringLiteral("氏名"), QStringLiteral("住所")});
            if (formId == QLatin1String("form6-1")) {
                // 法27条2項ただし書 and 法28条1項: confirmed on every opt-out provision; the
                // guide's answers already ticked the first two.
                CHECK(child<QCheckBox>(dialog, QStringLiteral("input.not_opt_out_sourced"))->isChecked());
                CHECK(child<QCheckBox>(dialog, QStringLiteral("input.not_improperly_acquired"))->isChecked());
                CHECK(child<QCheckBox>(dialog, QStringLiteral("input.not_restricted_abroad"))->isChecked());
            }
            choose(dialog, QStringLiteral("register"), QVariant::fromValue<qint64>(registers.plain));
            const EntryId id = save(w.page, dialog);

            const LedgerEntry entry = storedEntry(w.session(), id);
            CHECK(entry.formId == formId);
            CHECK(entry.values.value(QStringLiteral("recipient")).toString() == QStringLiteral("青森市保健所"));
            CHECK(entry.values.value(QStringLiteral("items")).toStringList()
                  == QStringList{QStringLiteral("氏名"), QStringLiteral("住所")});
            CHECK(entry.values.value(QStringLiteral("consent")).toBool() == (formId == QLatin1String("form6-2")));
        }
    }

    SECTION("様式7-1, 7-2 and 7-3: receipts with the provider confirmed")
    {
        for (const QString& formId :
             {QStringLiteral("form7-1"), QStringLiteral("form7-2"), QStringLiteral("form7-3")}) {
            INFO(formId.toStdString());
            LedgerWindow w(vault, QStringLiteral("staff"), formId);
            EntryEditorDialog* dialog = openNewEditor(w.page);
            typeLine(dialog, QStringLiteral("date"), QStringLiteral("2026/4/1"));
            // The guide's "consent: yes" is already ticked.
            if (formId == QLatin1String("form7-2"))
                CHECK(child<QCheckBox>(dialog, QStringLiteral("input.consent"))->isChecked());
            typeLine(dialog, QStringLiteral("provider"), QStringLiteral("株式会社データ提供"));
            typeLine(dialog, QStringLiteral("provider_address"), QStringLiteral("青森市中央1-1-1"));
            choose(dialog, QStringLiteral("provider_kind"), QStringLiteral("corporation"));
            typeLine(dialog, QStringLiteral("representative"), QStringLiteral("代表取締役 提供 太郎"));
            type(child<QPlainTextEdit>(dialog, QStringLiteral("input.acquisition")),
                 QStringLiteral("本人からの申込書により取得"));
            typeLine(dialog, QStringLiteral("individual"), QStringLiteral("受診者 鈴木 一郎"));
            typeLines(dialog, QStringLiteral("items"), {QStringLiteral("氏名")});
            if (formId == QLatin1String("form7-1")) {
                // The guide's answers carry: published, not opt-out sourced, not improper.
                for (const char* key :
                     {"input.ppc_published", "input.not_opt_out_sourced", "input.not_improperly_acquired"})
                    CHECK(child<QCheckBox>(dialog, QString::fromLatin1(key))->isChecked());
            }
            tick(dialog, QStringLiteral("input.identity_confirmed"));
            choose(dialog, QStringLiteral("identity_method"), QStringLiteral("declaration"));
            tick(dialog, QStringLiteral("input.history_confirmed"));
            choose(dialog, QStringLiteral("history_method"), QStringLiteral("document"));
            choose(dialog, QStringLiteral("register"), QVariant::fromValue<qint64>(registers.plain));
            const EntryId id = save(w.page, dialog);

            const LedgerEntry entry = storedEntry(w.session(), id);
            CHECK(entry.formId == formId);
            CHECK(entry.values.value(QStringLiteral("provider")).toString() == QStringLiteral("株式会社データ提供"));
            CHECK(entry.values.value(QStringLiteral("identity_confirmed")).toBool());
            CHECK(entry.values.value(QStringLiteral("history_method")).toString() == QStringLiteral("document"));
            CHECK(entry.values.value(QStringLiteral("representative")).toString()
                  == QStringLiteral("代表取締役 提供 太郎"));
            // The day the record was made starts as today (第32条9項(3)).
            CHECK(entry.values.value(QStringLiteral("recorded")).toDate().isValid());
            CHECK(entry.values.value(QStringLiteral("register")).toLongLong() == registers.plain);
        }
    }
}

TEST_CASE("bad input is shown next to its item and nothing is saved", "[forms][ledger]")
{
    TestVault vault;
    vault.addPeople();
    const Registers registers = addRegisters(vault);

    SECTION("a missing required item")
    {
        LedgerWindow w(vault, QStringLiteral("staff"), QStringLiteral("form5"));
        EntryEditorDialog* dialog = openNewEditor(w.page);
        typeLine(dialog, QStringLiteral("affiliation"), QStringLiteral("株式会社保守サービス"));
        // Enter in a line neither saves nor throws the input away.
        QTest::keyClick(child<QLineEdit>(dialog, QStringLiteral("input.affiliation")), Qt::Key_Return);
        CHECK(dialog->isVisible());
        // As in Excel, Enter moves on to the next item (#11 §18).
        CHECK(QApplication::focusWidget() != child<QLineEdit>(dialog, QStringLiteral("input.affiliation")));
        CHECK(stored(w.session(), QStringLiteral("form5")) == 0);
        click(child<QPushButton>(dialog, QStringLiteral("saveEntryButton")));
        CHECK(dialog->isVisible());
        CHECK_FALSE(issue(dialog, QStringLiteral("name")).isEmpty());
        CHECK_FALSE(issue(dialog, QStringLiteral("time_in")).isEmpty());
        CHECK(issue(dialog, QStringLiteral("affiliation")).isEmpty());
        CHECK(QApplication::focusWidget() == child<QLineEdit>(dialog, QStringLiteral("input.name")));
        CHECK(stored(w.session(), QStringLiteral("form5")) == 0);
        // Filled in, the same editor saves.
        typeLine(dialog, QStringLiteral("name"), QStringLiteral("山田 太郎"));
        // The problem goes with the typing, before the next save (#11 §3).
        CHECK(issue(dialog, QStringLiteral("name")).isEmpty());
        typeLine(dialog, QStringLiteral("purpose"), QStringLiteral("点検"));
        typeLine(dialog, QStringLiteral("time_in"), QStringLiteral("2026/4/1"));
        setTime(dialog, QStringLiteral("time_in"), QTime(9, 0));
        // Ctrl+Enter saves from the keyboard.
        const QPointer<EntryEditorDialog> open(dialog);
        QTest::keyClick(child<QLineEdit>(dialog, QStringLiteral("input.purpose")), Qt::Key_Return, Qt::ControlModifier);
        CHECK(eventually([&] { return open.isNull() || !open->isVisible(); }));
        CHECK(stored(w.session(), QStringLiteral("form5")) == 1);
    }

    SECTION("a problem goes as the item is filled; an item chosen from a list asks to choose (#11 §3)")
    {
        LedgerWindow w(vault, QStringLiteral("staff"), QStringLiteral("form1"));
        EntryEditorDialog* dialog = openNewEditor(w.page);
        click(child<QPushButton>(dialog, QStringLiteral("saveEntryButton")));
        CHECK(issue(dialog, QStringLiteral("kind")).startsWith(QStringLiteral("Choose")));
        CHECK(issue(dialog, QStringLiteral("register")).startsWith(QStringLiteral("Choose")));
        choose(dialog, QStringLiteral("kind"), QStringLiteral("use"));
        CHECK(issue(dialog, QStringLiteral("kind")).isEmpty());
        CHECK_FALSE(issue(dialog, QStringLiteral("register")).isEmpty());
        choose(dialog, QStringLiteral("register"), QVariant::fromValue<qint64>(registers.plain));
        CHECK(issue(dialog, QStringLiteral("register")).isEmpty());
        CHECK(stored(w.session(), QStringLiteral("form1")) == 0);
    }

    SECTION("Cancel with typed input asks before discarding it; with none it just closes (#11 §3)")
    {
        LedgerWindow w(vault, QStringLiteral("staff"), QStringLiteral("form5"));
        EntryEditorDialog* dialog = openNewEditor(w.page);
        // Opened and left alone: nothing to lose, no question.
        MessageBox::clearLastText();
        CHECK_FALSE(dialog->hasUnsavedInput());
        typeLine(dialog, QStringLiteral("name"), QStringLiteral("山田 太郎"));
        CHECK(dialog->hasUnsavedInput());
        MessageBox::setNextAnswer(MessageBox::Button::Cancel);
        click(child<QPushButton>(dialog, QStringLiteral("cancelEntryButton")));
        CHECK(MessageBox::lastText().contains(QStringLiteral("not been saved")));
        CHECK(dialog->isVisible());
        CHECK(child<QLineEdit>(dialog, QStringLiteral("input.name"))->text() == QStringLiteral("山田 太郎"));
        // Esc asks the same.
        MessageBox::setNextAnswer(MessageBox::Button::Cancel);
        QTest::keyClick(dialog, Qt::Key_Escape);
        CHECK(dialog->isVisible());
        MessageBox::setNextAnswer(MessageBox::Button::Discard);
        click(child<QPushButton>(dialog, QStringLiteral("cancelEntryButton")));
        CHECK_FALSE(dialog->isVisible());
        CHECK(stored(w.session(), QStringLiteral("form5")) == 0);

        EntryEditorDialog* untouched = openNewEditor(w.page);
        MessageBox::clearLastText();
        click(child<QPushButton>(untouched, QStringLiteral("cancelEntryButton")));
        CHECK_FALSE(untouched->isVisible());
        CHECK(MessageBox::lastText().isEmpty());
    }

    SECTION("a number item keeps what was typed and says at once that it takes a number only (#11 §2)")
    {
        LedgerWindow w(vault, QStringLiteral("staff"), QStringLiteral("form2"));
        EntryEditorDialog* dialog = openNewEditor(w.page);
        auto* count = child<QLineEdit>(dialog, QStringLiteral("input.count"));
        type(count, QStringLiteral("1件(250名分)"));
        // Stored as typed in the input, never run together into 1250.
        CHECK(count->text() == QStringLiteral("1件(250名分)"));
        CHECK(issue(dialog, QStringLiteral("count")).contains(QStringLiteral("1件(250名分)")));
        CHECK(issue(dialog, QStringLiteral("count")).contains(QStringLiteral("number only")));
        CHECK_FALSE(dialog->values().contains(QStringLiteral("count")));
        click(child<QPushButton>(dialog, QStringLiteral("saveEntryButton")));
        CHECK(dialog->isVisible());
        CHECK(stored(w.session(), QStringLiteral("form2")) == 0);
        // Thousands as Excel writes them are a number; the problem goes as it is fixed.
        replaceText(count, QStringLiteral("1,250"));
        CHECK(issue(dialog, QStringLiteral("count")).isEmpty());
        CHECK(dialog->values().value(QStringLiteral("count")).toLongLong() == 1250);
        discard(dialog);
    }

    SECTION("a time is typed and read as typed; one that is not a time is said at once (#11 §2)")
    {
        LedgerWindow w(vault, QStringLiteral("staff"), QStringLiteral("form2"));
        EntryEditorDialog* dialog = openNewEditor(w.page);
        typeLine(dialog, QStringLiteral("expected_return"), QStringLiteral("2026/4/1"));
        auto* time = child<QLineEdit>(dialog, QStringLiteral("time.expected_return"));
        CHECK(time->text().isEmpty());
        replaceText(time, QStringLiteral("17"));
        CHECK(issue(dialog, QStringLiteral("expected_return")).isEmpty());
        CHECK(toJapanTime(dialog->values().value(QStringLiteral("expected_return")).toDateTime()).time()
              == QTime(17, 0));
        replaceText(time, QStringLiteral("17:75"));
        CHECK(issue(dialog, QStringLiteral("expected_return")).contains(QStringLiteral("17:75")));
        CHECK_FALSE(dialog->values().contains(QStringLiteral("expected_return")));
        // A date without its time is not saved as midnight.
        time->clear();
        click(child<QPushButton>(dialog, QStringLiteral("saveEntryButton")));
        CHECK(issue(dialog, QStringLiteral("expected_return")).contains(QStringLiteral("time")));
        CHECK(stored(w.session(), QStringLiteral("form2")) == 0);
        discard(dialog);
    }

    SECTION("a date typed without its year is read in this fiscal year and shown in 和暦 before saving (#11 §2)")
    {
        LedgerWindow w(vault, QStringLiteral("staff"), QStringLiteral("form5"));
        EntryEditorDialog* dialog = openNewEditor(w.page);
        typeLine(dialog, QStringLiteral("date"), QStringLiteral("9/30"));
        CHECK(child<QLabel>(dialog, QStringLiteral("preview.date"))->text() == QStringLiteral("令和8年9月30日"));
        CHECK(child<QLineEdit>(dialog, QStringLiteral("input.date"))->text() == QStringLiteral("9/30"));
        CHECK(dialog->values().value(QStringLiteral("date")).toDate() == QDate(2026, 9, 30));
        typeLine(dialog, QStringLiteral("date"), QStringLiteral("3/31"));
        CHECK(child<QLabel>(dialog, QStringLiteral("preview.date"))->text() == QStringLiteral("令和9年3月31日"));
        discard(dialog);
    }

    SECTION("a typed date that is not a date")
    {
        LedgerWindow w(vault, QStringLiteral("staff"), QStringLiteral("form5"));
        EntryEditorDialog* dialog = openNewEditor(w.page);
        typeLine(dialog, QStringLiteral("date"), QStringLiteral("2026/13/45"));
        CHECK(child<QLabel>(dialog, QStringLiteral("preview.date"))->text() == QStringLiteral("Not a date"));
        typeLine(dialog, QStringLiteral("name"), QStringLiteral("山田 太郎"));
        typeLine(dialog, QStringLiteral("affiliation"), QStringLiteral("保守"));
        typeLine(dialog, QStringLiteral("purpose"), QStringLiteral("点検"));
        typeLine(dialog, QStringLiteral("time_in"), QStringLiteral("2026/4/1"));
        setTime(dialog, QStringLiteral("time_in"), QTime(9, 0));
        click(child<QPushButton>(dialog, QStringLiteral("saveEntryButton")));
        CHECK(dialog->isVisible());
        CHECK(issue(dialog, QStringLiteral("date")).contains(QStringLiteral("2026/13/45")));
        CHECK(issue(dialog, QStringLiteral("date")).contains(QStringLiteral("not a date")));
        CHECK(stored(w.session(), QStringLiteral("form5")) == 0);
    }

    SECTION("a purpose that is not one of the register entry's")
    {
        LedgerWindow w(vault, QStringLiteral("staff"), QStringLiteral("form1"));
        EntryEditorDialog* dialog = openNewEditor(w.page);
        choose(dialog, QStringLiteral("kind"), QStringLiteral("use"));
        choose(dialog, QStringLiteral("register"), QVariant::fromValue<qint64>(registers.sensitive));
        choose(dialog, QStringLiteral("purpose"), QStringLiteral("統計の作成"));
        choose(dialog, QStringLiteral("output"), QStringLiteral("screen"));
        // Another register entry: its purposes are offered, the one chosen stays until changed.
        choose(dialog, QStringLiteral("register"), QVariant::fromValue<qint64>(registers.plain));
        auto* purpose = child<QComboBox>(dialog, QStringLiteral("input.purpose"));
        CHECK(purpose->findData(QStringLiteral("講演会の案内")) >= 0);
        CHECK(purpose->currentData().toString() == QStringLiteral("統計の作成"));
        click(child<QPushButton>(dialog, QStringLiteral("saveEntryButton")));
        CHECK(dialog->isVisible());
        CHECK(issue(dialog, QStringLiteral("purpose")).contains(QStringLiteral("第25条")));
        CHECK(stored(w.session(), QStringLiteral("form1")) == 0);
    }

    SECTION("a confirmation that must be yes")
    {
        LedgerWindow w(vault, QStringLiteral("staff"), QStringLiteral("form7-3"));
        EntryEditorDialog* dialog = openNewEditor(w.page);
        typeLine(dialog, QStringLiteral("provider"), QStringLiteral("個人 田中"));
        typeLine(dialog, QStringLiteral("provider_address"), QStringLiteral("青森市"));
        type(child<QPlainTextEdit>(dialog, QStringLiteral("input.acquisition")), QStringLiteral("自ら作成"));
        typeLine(dialog, QStringLiteral("individual"), QStringLiteral("本人"));
        typeLines(dialog, QStringLiteral("items"), {QStringLiteral("氏名")});
        choose(dialog, QStringLiteral("provider_kind"), QStringLiteral("individual"));
        tick(dialog, QStringLiteral("input.history_confirmed"));
        choose(dialog, QStringLiteral("identity_method"), QStringLiteral("declaration"));
        choose(dialog, QStringLiteral("history_method"), QStringLiteral("other_means"));
        choose(dialog, QStringLiteral("register"), QVariant::fromValue<qint64>(registers.plain));
        click(child<QPushButton>(dialog, QStringLiteral("saveEntryButton")));
        CHECK(dialog->isVisible());
        CHECK_FALSE(issue(dialog, QStringLiteral("identity_confirmed")).isEmpty());
        CHECK(issue(dialog, QStringLiteral("history_confirmed")).isEmpty());
        CHECK(stored(w.session(), QStringLiteral("form7-3")) == 0);
    }

    SECTION("法27条4項: a receipt by opt-out not published by the Commission is refused with the reason")
    {
        LedgerWindow w(vault, QStringLiteral("staff"), QStringLiteral("form7-1"));
        EntryEditorDialog* dialog = openNewEditor(w.page);
        typeLine(dialog, QStringLiteral("date"), QStringLiteral("2026/4/1"));
        typeLine(dialog, QStringLiteral("provider"), QStringLiteral("名簿販売 株式会社"));
        typeLine(dialog, QStringLiteral("provider_address"), QStringLiteral("東京都港区1-1"));
        choose(dialog, QStringLiteral("provider_kind"), QStringLiteral("corporation"));
        // The representative is asked only now, for a corporation (第32条4項).
        typeLine(dialog, QStringLiteral("representative"), QStringLiteral("代表取締役 名簿 一郎"));
        type(child<QPlainTextEdit>(dialog, QStringLiteral("input.acquisition")), QStringLiteral("オプトアウトで取得"));
        typeLine(dialog, QStringLiteral("individual"), QStringLiteral("受診者 山田 一郎"));
        typeLines(dialog, QStringLiteral("items"), {QStringLiteral("氏名")});
        // The guide's answers ticked what they established; the person now finds the notice
        // unpublished after all and takes that tick away.
        CHECK(child<QCheckBox>(dialog, QStringLiteral("input.not_opt_out_sourced"))->isChecked());
        CHECK(child<QCheckBox>(dialog, QStringLiteral("input.not_improperly_acquired"))->isChecked());
        untick(dialog, QStringLiteral("input.ppc_published"));
        tick(dialog, QStringLiteral("input.identity_confirmed"));
        choose(dialog, QStringLiteral("identity_method"), QStringLiteral("declaration"));
        tick(dialog, QStringLiteral("input.history_confirmed"));
        choose(dialog, QStringLiteral("history_method"), QStringLiteral("document"));
        choose(dialog, QStringLiteral("register"), QVariant::fromValue<qint64>(registers.plain));
        click(child<QPushButton>(dialog, QStringLiteral("saveEntryButton")));
        CHECK(dialog->isVisible());
        // The refusal of the definition, in the language of the item labels.
        CHECK(issue(dialog, QStringLiteral("ppc_published")).contains(QStringLiteral("公表を確認できない")));
        CHECK(issue(dialog, QStringLiteral("ppc_published")).contains(QStringLiteral("規程第32条4項(1)⑧")));
        CHECK(stored(w.session(), QStringLiteral("form7-1")) == 0);
        tick(dialog, QStringLiteral("input.ppc_published"));
        save(w.page, dialog);
        CHECK(stored(w.session(), QStringLiteral("form7-1")) == 1);
    }
}

TEST_CASE("items shown only for some values come and go as those values change", "[forms][ledger]")
{
    TestVault vault;
    vault.addPeople();
    addRegisters(vault);

    SECTION("様式1's three kinds of event")
    {
        LedgerWindow w(vault, QStringLiteral("staff"), QStringLiteral("form1"));
        EntryEditorDialog* dialog = openNewEditor(w.page);
        CHECK(shown(dialog, QStringLiteral("date")));
        CHECK_FALSE(shown(dialog, QStringLiteral("content")));
        CHECK_FALSE(shown(dialog, QStringLiteral("purpose")));
        CHECK_FALSE(shown(dialog, QStringLiteral("method")));

        choose(dialog, QStringLiteral("kind"), QStringLiteral("acquisition"));
        CHECK(shown(dialog, QStringLiteral("content")));
        CHECK(shown(dialog, QStringLiteral("source")));
        CHECK_FALSE(shown(dialog, QStringLiteral("purpose")));
        typeLine(dialog, QStringLiteral("content"), QStringLiteral("受診票の入力"));

        choose(dialog, QStringLiteral("kind"), QStringLiteral("use"));
        CHECK_FALSE(shown(dialog, QStringLiteral("content")));
        CHECK(shown(dialog, QStringLiteral("purpose")));
        CHECK(shown(dialog, QStringLiteral("output")));
        // What was typed for another kind is not saved with this one.
        CHECK_FALSE(dialog->values().contains(QStringLiteral("content")));

        choose(dialog, QStringLiteral("kind"), QStringLiteral("disposal"));
        CHECK(shown(dialog, QStringLiteral("method")));
        CHECK(shown(dialog, QStringLiteral("verifier")));
        CHECK_FALSE(shown(dialog, QStringLiteral("purpose")));

        // 第20条1項(1)〜(3): the methods that fit the target are offered, the others greyed out.
        const auto offered = [&](const char* method) {
            auto* combo = child<QComboBox>(dialog, QStringLiteral("input.method"));
            auto* model = qobject_cast<QStandardItemModel*>(combo->model());
            const int index = combo->findData(QString::fromLatin1(method));
            return model && index >= 0 && model->item(index)->isEnabled();
        };
        choose(dialog, QStringLiteral("target"), QStringLiteral("documents"));
        CHECK(offered("shredding"));
        CHECK_FALSE(offered("erasure"));
        choose(dialog, QStringLiteral("target"), QStringLiteral("media"));
        CHECK_FALSE(offered("shredding"));
        CHECK(offered("destruction"));
    }

    SECTION("様式2's two media and 様式6-1's bulk record")
    {
        LedgerWindow w(vault, QStringLiteral("staff"), QStringLiteral("form2"));
        EntryEditorDialog* dialog = openNewEditor(w.page);
        CHECK_FALSE(shown(dialog, QStringLiteral("measures_paper")));
        // The actual return waits for the approval (the centre's rule).
        CHECK_FALSE(shown(dialog, QStringLiteral("returned")));
        CHECK_FALSE(shown(dialog, QStringLiteral("return_confirmation")));
        choose(dialog, QStringLiteral("medium"), QStringLiteral("paper"));
        CHECK(shown(dialog, QStringLiteral("measures_paper")));
        CHECK_FALSE(shown(dialog, QStringLiteral("measures_electronic")));
        choose(dialog, QStringLiteral("medium"), QStringLiteral("electronic"));
        CHECK(shown(dialog, QStringLiteral("measures_electronic")));
        discard(dialog);

        // An opt-out record is never kept in bulk (規則19条2項ただし書): 様式6-1 has no such box.
        REQUIRE(w.window.openPage(QStringLiteral("ledgerPage.form6-1")));
        auto* optOut = child<LedgerPage>(&w.window, QStringLiteral("ledgerPage.form6-1"));
        EntryEditorDialog* optOutProvision = openNewEditor(optOut);
        CHECK(optOutProvision->findChild<QWidget*>(QStringLiteral("input.bulk")) == nullptr);
        CHECK(optOutProvision->findChild<QWidget*>(QStringLiteral("input.contract")) == nullptr);
        discard(optOutProvision);

        // 様式6-2: the last provision's date once the bulk record has ended (第31条9項(2)).
        REQUIRE(w.window.openPage(QStringLiteral("ledgerPage.form6-2")));
        auto* provisions = child<LedgerPage>(&w.window, QStringLiteral("ledgerPage.form6-2"));
        EntryEditorDialog* provision = openNewEditor(provisions);
        CHECK_FALSE(shown(provision, QStringLiteral("bulk_ended")));
        CHECK_FALSE(shown(provision, QStringLiteral("period_end")));
        tick(provision, QStringLiteral("input.bulk"));
        CHECK(shown(provision, QStringLiteral("bulk_ended")));
        CHECK_FALSE(shown(provision, QStringLiteral("period_end")));
        tick(provision, QStringLiteral("input.bulk_ended"));
        CHECK(shown(provision, QStringLiteral("period_end")));
        // Clearing the bulk box hides both, though "ended" stays ticked underneath.
        untick(provision, QStringLiteral("input.bulk"));
        CHECK_FALSE(shown(provision, QStringLiteral("bulk_ended")));
        CHECK_FALSE(shown(provision, QStringLiteral("period_end")));
        CHECK_FALSE(provision->values().contains(QStringLiteral("period_end")));
        // A recipient abroad asks its country and ground (法28条).
        CHECK_FALSE(shown(provision, QStringLiteral("country")));
        tick(provision, QStringLiteral("input.abroad"));
        CHECK(shown(provision, QStringLiteral("country")));
        CHECK(shown(provision, QStringLiteral("abroad_basis")));
    }
}

TEST_CASE("a correction with a reason makes version 2, and the history shows both", "[forms][ledger]")
{
    TestVault vault;
    vault.addPeople();
    const Registers registers = addRegisters(vault);
    LedgerWindow w(vault, QStringLiteral("staff"), QStringLiteral("form1"));
    auto added =
        LedgerStore::add(w.session(), QStringLiteral("form1"), useEventValues(w.session(), registers.sensitive));
    REQUIRE(added.ok());
    const EntryId id = added.value();
    w.page->refresh();
    REQUIRE(w.page->selectEntry(id));

    click(child<QPushButton>(w.page, QStringLiteral("correctEntryButton")));
    auto* dialog = w.page->findChild<EntryEditorDialog*>();
    REQUIRE(dialog);
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    // The editor starts from the stored values, exactly.
    CHECK(dialog->values() == storedEntry(w.session(), id).values);
    CHECK(child<QLineEdit>(dialog, QStringLiteral("input.quantity"))->text() == QStringLiteral("20"));
    CHECK(child<QComboBox>(dialog, QStringLiteral("input.purpose"))->currentData().toString()
          == QStringLiteral("統計の作成"));

    typeLine(dialog, QStringLiteral("quantity"), QStringLiteral("25"));
    click(child<QPushButton>(dialog, QStringLiteral("saveEntryButton")));
    CHECK(dialog->isVisible());
    CHECK_FALSE(issue(dialog, QStringLiteral("correction_reason")).isEmpty());
    CHECK(storedEntry(w.session(), id).revisionCount == 1);

    type(child<QPlainTextEdit>(dialog, QStringLiteral("input.correction_reason")), QStringLiteral("部数の誤り"));
    CHECK(save(w.page, dialog) == id);
    const LedgerEntry corrected = storedEntry(w.session(), id);
    CHECK(corrected.revisionCount == 2);
    CHECK(corrected.values.value(QStringLiteral("quantity")).toLongLong() == 25);
    const int row = w.page->model()->rowOf(id).value_or(-1);
    REQUIRE(row >= 0);
    CHECK(cell(w.page->model(), row, QStringLiteral("Ver.")) == QStringLiteral("2"));

    click(child<QPushButton>(w.page, QStringLiteral("historyButton")));
    auto* history = w.page->findChild<HistoryDialog*>();
    REQUIRE(history);
    REQUIRE(history->revisionTable()->rowCount() == 2);
    CHECK(history->revisionTable()->item(0, 0)->text() == QStringLiteral("1"));
    CHECK(history->revisionTable()->item(1, 0)->text() == QStringLiteral("2"));
    CHECK(history->revisionTable()->item(1, 1)->text().startsWith(QStringLiteral("令和8年4月1日")));
    CHECK(history->revisionTable()->item(1, 2)->text() == QStringLiteral("健診 担当"));
    CHECK(history->revisionTable()->item(1, 3)->text() == QStringLiteral("部数の誤り"));
    // Version 2 is shown: the quantity is marked as changed, nothing else is.
    QTableWidget* values = history->valueTable();
    int changed = 0;
    for (int line = 0; line < values->rowCount(); ++line) {
        if (!values->item(line, 0)->data(HistoryDialog::kChangedRole).toBool())
            continue;
        ++changed;
        CHECK(values->item(line, 1)->text() == QStringLiteral("25"));
    }
    CHECK(changed == 1);
    history->showRevision(0);
    for (int line = 0; line < values->rowCount(); ++line)
        CHECK_FALSE(values->item(line, 0)->data(HistoryDialog::kChangedRole).toBool());
}

TEST_CASE("a correction that changes nothing is refused: every kind of value reads back as stored", "[forms][ledger]")
{
    TestVault vault;
    vault.addPeople();
    const Registers registers = addRegisters(vault);
    // Written by the chief, so that the chief's own department default plays no part.
    auto carryOut =
        LedgerStore::add(vault.chief(), QStringLiteral("form2"), carryOutValues(vault.chief(), registers.sensitive));
    REQUIRE(carryOut.ok());

    for (const auto& [formId, id] : {std::pair{QStringLiteral("form2"), carryOut.value()},
                                     std::pair{QStringLiteral("form3"), registers.sensitive}}) {
        INFO(formId.toStdString());
        LedgerWindow w(vault, QStringLiteral("acting"), formId);
        w.page->correctEntry(id);
        auto* dialog = w.page->findChild<EntryEditorDialog*>();
        REQUIRE(dialog);
        CHECK(dialog->values() == storedEntry(w.session(), id).values);
        type(child<QPlainTextEdit>(dialog, QStringLiteral("input.correction_reason")), QStringLiteral("確認のみ"));
        click(child<QPushButton>(dialog, QStringLiteral("saveEntryButton")));
        CHECK(dialog->isVisible());
        CHECK(child<MessageBanner>(dialog, QStringLiteral("entryEditorMessage"))
                  ->text()
                  .contains(QStringLiteral("Nothing was changed")));
        CHECK(storedEntry(w.session(), id).revisionCount == 1);
        discard(dialog);
    }
}

TEST_CASE("a head approves a carry-out in the decision dialog and the state column follows", "[forms][ledger]")
{
    TestVault vault;
    vault.addPeople();
    const Registers registers = addRegisters(vault);
    const auto staff = vault.signIn(QStringLiteral("staff"));
    auto added = LedgerStore::add(*staff, QStringLiteral("form2"), carryOutValues(*staff, registers.sensitive));
    REQUIRE(added.ok());
    const EntryId id = added.value();

    SECTION("staff do not see the approve and return buttons")
    {
        LedgerWindow w(vault, QStringLiteral("staff"), QStringLiteral("form2"));
        CHECK(child<QPushButton>(w.page, QStringLiteral("newEntryButton"))->isVisible());
        CHECK_FALSE(child<QPushButton>(w.page, QStringLiteral("decideEntryButton"))->isVisible());
        CHECK_FALSE(child<QPushButton>(w.page, QStringLiteral("returnEntryButton"))->isVisible());
    }

    SECTION("the auditor only reads")
    {
        LedgerWindow w(vault, QStringLiteral("auditor"), QStringLiteral("form2"));
        CHECK(w.page->model()->rowCount() == 1);
        CHECK_FALSE(child<QPushButton>(w.page, QStringLiteral("newEntryButton"))->isVisible());
        CHECK_FALSE(child<QPushButton>(w.page, QStringLiteral("correctEntryButton"))->isVisible());
        CHECK_FALSE(child<QPushButton>(w.page, QStringLiteral("decideEntryButton"))->isVisible());
    }

    SECTION("the head approves")
    {
        LedgerWindow w(vault, QStringLiteral("head"), QStringLiteral("form2"));
        auto* approve = child<QPushButton>(w.page, QStringLiteral("decideEntryButton"));
        CHECK(approve->isVisible());
        CHECK_FALSE(approve->isEnabled());
        REQUIRE(w.page->selectEntry(id));
        const int row = w.page->model()->rowOf(id).value();
        CHECK(cell(w.page->model(), row, QStringLiteral("State")) == QStringLiteral("Awaiting approval"));
        click(approve);
        auto* dialog = w.page->findChild<DecisionDialog*>();
        REQUIRE(dialog);
        REQUIRE(QTest::qWaitForWindowExposed(dialog));
        CHECK(child<QLabel>(dialog, QStringLiteral("value.destination"))->text()
              == QStringLiteral("委託先 株式会社ケンシンデータ"));
        const QPointer<DecisionDialog> open(dialog);
        click(dialog->positiveButton());
        CHECK(eventually([&] { return open.isNull(); }, 2000));

        CHECK(storedEntry(w.session(), id).state == EntryState::Approved);
        const int after = w.page->model()->rowOf(id).value_or(-1);
        REQUIRE(after >= 0);
        CHECK(cell(w.page->model(), after, QStringLiteral("State")) == QStringLiteral("Approved"));
        CHECK(w.page->selectedRow().has_value());
        CHECK_FALSE(approve->isEnabled());

        // Once approved, the actual return can be recorded, and that keeps the approval.
        w.page->correctEntry(id);
        auto* editor = w.page->findChild<EntryEditorDialog*>();
        REQUIRE(editor);
        REQUIRE(QTest::qWaitForWindowExposed(editor));
        REQUIRE(shown(editor, QStringLiteral("returned")));
        typeLine(editor, QStringLiteral("returned"), QStringLiteral("2026/5/11"));
        setTime(editor, QStringLiteral("returned"), QTime(16, 45));
        type(child<QPlainTextEdit>(editor, QStringLiteral("input.correction_reason")), QStringLiteral("返却の記録"));
        CHECK(save(w.page, editor) == id);
        const LedgerEntry returned = storedEntry(w.session(), id);
        CHECK(returned.state == EntryState::Approved);
        CHECK(returned.values.value(QStringLiteral("returned")).toDateTime() == kJapanNine.addSecs(7 * 3600 + 45 * 60));
    }

    SECTION("a return without a comment is refused with the store's reason")
    {
        LedgerWindow w(vault, QStringLiteral("head"), QStringLiteral("form2"));
        REQUIRE(w.page->selectEntry(id));
        click(child<QPushButton>(w.page, QStringLiteral("returnEntryButton")));
        auto* dialog = w.page->findChild<DecisionDialog*>();
        REQUIRE(dialog);
        MessageBox::clearLastText();
        {
            AutoAnswer ok(MessageBox::Button::Ok);
            click(dialog->returnButton());
        }
        CHECK(MessageBox::lastText().contains(QStringLiteral("Say what should be corrected")));
        CHECK(dialog->isVisible());
        type(dialog->commentEdit(), QStringLiteral("持出先の住所を記入してください"));
        const QPointer<DecisionDialog> open(dialog);
        click(dialog->returnButton());
        CHECK(eventually([&] { return open.isNull(); }, 2000));
        CHECK(storedEntry(w.session(), id).state == EntryState::Returned);
    }
}

TEST_CASE("the list loads 200 rows at a time and counts all of them in the background", "[forms][ledger]")
{
    TestVault vault;
    vault.addPeople();
    {
        Session& chief = vault.chief();
        const FormDefinition* form = FormRegistry::find(QStringLiteral("form5"));
        auto tx = Transaction::begin(chief.db());
        REQUIRE(tx.ok());
        auto writer = LedgerBulkWriter::start(chief, *form);
        REQUIRE(writer.ok());
        const qint64 kenshin = departmentId(chief, QStringLiteral("健診管理課"));
        for (int i = 0; i < 450; ++i) {
            const QDate date = QDate(2026, 4, 1).addDays(i % 300);
            const FieldValues values{
                {QStringLiteral("date"), date},
                {QStringLiteral("name"), QStringLiteral("来訪者%1").arg(i)},
                {QStringLiteral("affiliation"), i == 7 ? QStringLiteral("ヤマダ電機") : QStringLiteral("保守会社")},
                {QStringLiteral("purpose"), QStringLiteral("点検")},
                {QStringLiteral("time_in"), QDateTime(date, QTime(1, 0), Qt::UTC)}};
            REQUIRE(writer.value()->add(values, kenshin).ok());
        }
        REQUIRE(writer.value()->finish(QStringLiteral("test")).ok());
        REQUIRE(tx.value()->commit().ok());
    }
    LedgerWindow w(vault, QStringLiteral("staff"), QStringLiteral("form5"));
    LedgerTableModel* model = w.page->model();
    auto* count = child<QLabel>(w.page, QStringLiteral("countLabel"));

    CHECK(model->rowCount() == LedgerTableModel::kPageSize);
    CHECK(model->canFetchMore({}));
    REQUIRE(model->entryRow(0));
    CHECK(eventually([&] { return count->text() == QStringLiteral("450 entries"); }));
    // Newest first: the last day of the 300 comes first.
    CHECK(model->entryRow(0)->date == QDate(2026, 4, 1).addDays(299));

    SECTION("scrolling down fetches the rest")
    {
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        CHECK(eventually([&] {
            w.page->view()->scrollToBottom();
            return model->rowCount() == 450;
        }));
        CHECK_FALSE(model->canFetchMore({}));
        CHECK(model->entryRow(449)->date == QDate(2026, 4, 1));
    }

    SECTION("free text narrows the list and its count")
    {
        type(w.page->filterBar()->searchEdit(), QStringLiteral("やまだ"));
        CHECK(eventually([&] { return model->rowCount() == 1; }));
        CHECK(cell(model, 0, QStringLiteral("name")) == QStringLiteral("来訪者7"));
        CHECK(eventually([&] { return count->text() == QStringLiteral("1 entries"); }));
        w.page->filterBar()->searchEdit()->clear();
        CHECK(eventually([&] { return model->rowCount() == LedgerTableModel::kPageSize; }));
    }

    SECTION("a period typed in 和暦 narrows the list; a date that is not one is reported")
    {
        replaceText(child<QLineEdit>(w.page, QStringLiteral("fromDateEdit")), QStringLiteral("R8.4.1"));
        replaceText(child<QLineEdit>(w.page, QStringLiteral("toDateEdit")), QStringLiteral("令和8年4月10日"));
        // Ten days, two visitors a day.
        CHECK(eventually([&] { return count->text() == QStringLiteral("20 entries"); }));
        CHECK(model->rowCount() == 20);

        replaceText(child<QLineEdit>(w.page, QStringLiteral("toDateEdit")), QStringLiteral("2026/4/99"));
        auto* message = child<MessageBanner>(w.page, QStringLiteral("ledgerMessage"));
        CHECK(eventually([&] { return message->isVisible(); }));
        CHECK(message->text().contains(QStringLiteral("2026/4/99")));
        CHECK(model->rowCount() == 0);
        CHECK(child<QLabel>(w.page, QStringLiteral("toDatePreview"))->text() == QStringLiteral("Not a date"));
    }

    SECTION("empty ends of the period show a hint; a period outside the fiscal year says so (#11 §16)")
    {
        auto* from = child<QLineEdit>(w.page, QStringLiteral("fromDateEdit"));
        CHECK(from->text().isEmpty());
        CHECK(from->placeholderText() == QStringLiteral("from any day"));
        CHECK(child<QLineEdit>(w.page, QStringLiteral("toDateEdit"))->placeholderText()
              == QStringLiteral("to any day"));
        // 令和8年度 is chosen; a period in 令和7年度 has no day in it.
        replaceText(from, QStringLiteral("2025/4/1"));
        replaceText(child<QLineEdit>(w.page, QStringLiteral("toDateEdit")), QStringLiteral("2025/6/30"));
        auto* message = child<MessageBanner>(w.page, QStringLiteral("ledgerMessage"));
        CHECK(eventually([&] { return message->isVisible(); }));
        CHECK(message->text().contains(QStringLiteral("令和7年4月1日～令和7年6月30日")));
        CHECK(message->text().contains(QStringLiteral("令和8年度")));
        CHECK(model->rowCount() == 0);
        // "All years": the same period is a filter again.
        child<QComboBox>(w.page, QStringLiteral("fiscalYearCombo"))->setCurrentIndex(0);
        CHECK(eventually([&] { return !message->isVisible(); }));
    }

    SECTION("the order turns over")
    {
        click(child<QPushButton>(w.page, QStringLiteral("orderButton")));
        CHECK(eventually([&] { return model->rowCount() > 0 && model->entryRow(0)->date == QDate(2026, 4, 1); }));
    }

    SECTION("another fiscal year has no entries, all years have all")
    {
        auto* years = child<QComboBox>(w.page, QStringLiteral("fiscalYearCombo"));
        CHECK(years->currentText() == QStringLiteral("令和8年度"));
        years->setCurrentIndex(0); // all
        CHECK(eventually([&] { return count->text() == QStringLiteral("450 entries"); }));
    }
}

TEST_CASE("an entry opens to read with Enter, and its correction starts from there", "[forms][ledger]")
{
    TestVault vault;
    vault.addPeople();
    const Registers registers = addRegisters(vault);
    LedgerWindow w(vault, QStringLiteral("staff"), QStringLiteral("form1"));
    auto added =
        LedgerStore::add(w.session(), QStringLiteral("form1"), useEventValues(w.session(), registers.sensitive));
    REQUIRE(added.ok());
    w.page->refresh();
    REQUIRE(w.page->selectEntry(added.value()));

    w.page->view()->setFocus();
    QTest::keyClick(w.page->view(), Qt::Key_Return);
    auto* view = w.page->findChild<EntryViewDialog*>();
    REQUIRE(view);
    CHECK(child<QLabel>(view, QStringLiteral("value.date"))->text() == QStringLiteral("令和8年5月10日"));
    CHECK(child<QLabel>(view, QStringLiteral("value.purpose"))->text() == QStringLiteral("統計の作成"));
    CHECK(view->findChild<QLabel*>(QStringLiteral("value.content")) == nullptr);
    REQUIRE(QTest::qWaitForWindowExposed(view));
    click(child<QPushButton>(view, QStringLiteral("viewCorrectButton")));
    auto* editor = w.page->findChild<EntryEditorDialog*>();
    REQUIRE(editor);
    CHECK(editor->isCorrection());
}

TEST_CASE("Ctrl+F goes to the search, F5 reads the list again and Ctrl+N writes a new entry", "[forms][ledger]")
{
    TestVault vault;
    vault.addPeople();
    LedgerWindow w(vault, QStringLiteral("staff"), QStringLiteral("form5"));
    w.window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&w.window));
    CHECK(w.page->model()->rowCount() == 0);

    w.page->view()->setFocus();
    QTest::keyClick(w.page->view(), Qt::Key_F, Qt::ControlModifier);
    CHECK(QApplication::focusWidget() == w.page->filterBar()->searchEdit());

    FieldValues visitor{{QStringLiteral("date"), QDate(2026, 4, 1)},
                        {QStringLiteral("name"), QStringLiteral("山田 太郎")},
                        {QStringLiteral("affiliation"), QStringLiteral("保守会社")},
                        {QStringLiteral("purpose"), QStringLiteral("点検")},
                        {QStringLiteral("time_in"), QDateTime(QDate(2026, 4, 1), QTime(1, 0), Qt::UTC)}};
    REQUIRE(LedgerStore::add(w.session(), QStringLiteral("form5"), visitor).ok());
    QTest::keyClick(w.page->view(), Qt::Key_F5);
    CHECK(w.page->model()->rowCount() == 1);

    QTest::keyClick(w.page->view(), Qt::Key_N, Qt::ControlModifier);
    CHECK(eventually([&] { return w.page->findChild<EntryEditorDialog*>() != nullptr; }, 2000));
}

TEST_CASE("locking empties the list and the same person gets it back", "[forms][ledger][lock]")
{
    TestVault vault;
    vault.addPeople();
    const Registers registers = addRegisters(vault);
    LedgerWindow w(vault, QStringLiteral("staff"), QStringLiteral("form3"));
    auto* count = child<QLabel>(w.page, QStringLiteral("countLabel"));
    CHECK(w.page->model()->rowCount() == 2);
    CHECK(eventually([&] { return count->text() == QStringLiteral("2 entries"); }));
    auto* departments = child<QComboBox>(w.page, QStringLiteral("departmentFilterCombo"));
    CHECK(departments->count() > 1);

    w.window.lockController().lockNow();
    CHECK(w.holder.session() == nullptr);
    CHECK(w.page->model()->rowCount() == 0);
    CHECK(count->text().isEmpty());
    CHECK(departments->count() == 1);

    REQUIRE(w.holder.start(vault.signIn(QStringLiteral("staff"))).ok());
    CHECK(w.page->model()->rowCount() == 2);
    CHECK(eventually([&] { return count->text() == QStringLiteral("2 entries"); }));
    CHECK(registers.plain > 0);
}

TEST_CASE("a ledger page fits a 1280×800 screen even with long register names", "[forms][ledger]")
{
    // The application's own font (Application::applyFont), larger than the test default.
    const QFont before = QApplication::font();
    QFont font(QStringLiteral("BIZ UDPGothic"));
    font.setPointSizeF(10.5);
    QApplication::setFont(font);
    struct Restore {
        QFont font;
        ~Restore() { QApplication::setFont(font); }
    } restore{before};
    TestVault vault;
    vault.addPeople();
    FieldValues longName = registerValues(vault.chief(), true);
    longName.insert(QStringLiteral("name"),
                    QStringLiteral("新型コロナ対策パーソナルサポート（LINE公式アカウント）利用者情報"));
    REQUIRE(LedgerStore::add(vault.chief(), QStringLiteral("form3"), longName).ok());
    LedgerWindow w(vault, QStringLiteral("head"), QStringLiteral("form1"));
    QCoreApplication::processEvents();
    QStringList wide;
    for (QWidget* widget : w.window.findChildren<QWidget*>())
        if (widget->isVisible() && widget->minimumSizeHint().width() > 150)
            wide << QString::fromLatin1(widget->metaObject()->className()) + QLatin1Char(' ') + widget->objectName()
                        + QLatin1Char(' ') + QString::number(widget->minimumSizeHint().width());
    INFO(wide.join(QStringLiteral("; ")).toStdString());
    CHECK(w.window.minimumSizeHint().width() <= 1280);
    CHECK(w.window.minimumSizeHint().height() <= 800);
}

TEST_CASE("an older entry holding an item the rules took out shows it, and its correction says it leaves it out "
          "(規則19条2項ただし書)",
          "[forms][ledger][law]")
{
    TestVault vault;
    vault.addPeople();
    const Registers registers = addRegisters(vault);
    EntryId old = 0;
    {
        auto writer = vault.signIn(QStringLiteral("staff"));
        // 様式6-1 as it was before 2022's rules were read into it: a bulk record was offered.
        QList<FormDefinition> forms;
        for (FormDefinition form : FormRegistry::all()) {
            if (form.id == QLatin1String("form6-1")) {
                FieldDefinition bulk;
                bulk.key = QStringLiteral("bulk");
                bulk.labelJa = QStringLiteral("継続・反復の一括記録");
                bulk.labelEn = QStringLiteral("Bulk record");
                bulk.type = FieldType::Boolean;
                form.fields << bulk;
            }
            forms << form;
        }
        FormRegistry::Replacement before(forms);
        FieldValues v = importableEntryValues(*writer, QStringLiteral("form6-1"), registers.plain, registers.plain);
        v.insert(QStringLiteral("bulk"), true);
        old = LedgerStore::add(*writer, QStringLiteral("form6-1"), v).value();
    }
    LedgerWindow w(vault, QStringLiteral("staff"), QStringLiteral("form6-1"));
    REQUIRE(w.page->selectEntry(old));
    w.page->view()->setFocus();
    QTest::keyClick(w.page->view(), Qt::Key_Return);
    auto* view = w.page->findChild<EntryViewDialog*>();
    REQUIRE(view);
    // Shown as recorded, marked as no longer an item.
    CHECK(child<QLabel>(view, QStringLiteral("value.bulk"))->text() == QStringLiteral("はい"));
    REQUIRE(QTest::qWaitForWindowExposed(view));
    click(child<QPushButton>(view, QStringLiteral("viewCorrectButton")));
    auto* editor = w.page->findChild<EntryEditorDialog*>();
    REQUIRE(editor);
    const QString said = child<MessageBanner>(editor, QStringLiteral("entryEditorMessage"))->text();
    CHECK(said.contains(QStringLiteral("継続・反復の一括記録")));
    CHECK(said.contains(QStringLiteral("規則19条2項")));
    CHECK_FALSE(editor->values().contains(QStringLiteral("bulk")));
    type(child<QPlainTextEdit>(editor, QStringLiteral("input.correction_reason")),
         QStringLiteral("一括記録の項目の削除"));
    CHECK(save(w.page, editor) == old);
    const LedgerEntry corrected = storedEntry(w.session(), old);
    CHECK(corrected.revisionCount == 2);
    CHECK_FALSE(corrected.values.contains(QStringLiteral("bulk")));
    requireVerified(w.session());
}

// Issue 11 §4 §5: what is late is visible, and the return is one step from the list.
TEST_CASE("a carry-out past its expected return is flagged, filtered and its return recorded in one step",
          "[forms][ledger][late]")
{
    TestVault vault;
    vault.addPeople();
    const Registers registers = addRegisters(vault);
    const auto staff = vault.signIn(QStringLiteral("staff"));
    auto added = LedgerStore::add(*staff, QStringLiteral("form2"), carryOutValues(*staff, registers.sensitive));
    REQUIRE(added.ok());
    const EntryId id = added.value();
    const auto head = vault.signIn(QStringLiteral("head"));
    REQUIRE(LedgerStore::decide(*head, id, Decision::Approve, {}).ok());
    // The day after: expected back at 17:00 on 2026/5/11 (Japan), nothing recorded.
    vault.clock().set(QDateTime(QDate(2026, 5, 12), QTime(3, 0), Qt::UTC));

    SECTION("staff of the department see it flagged, filter it, and record the return")
    {
        LedgerWindow w(vault, QStringLiteral("staff"), QStringLiteral("form2"));
        LedgerTableModel* model = w.page->model();
        const int row = model->rowOf(id).value();
        CHECK(cell(model, row, QStringLiteral("State")) == QStringLiteral("Approved, return overdue"));
        CHECK(model->index(row, 0).data(Qt::BackgroundRole).isValid());
        CHECK(child<QLabel>(w.page, QStringLiteral("overdueCountLabel"))->text()
              == QStringLiteral("Return overdue: 1"));

        auto* state = child<QComboBox>(w.page, QStringLiteral("stateFilterCombo"));
        state->setCurrentIndex(state->findData(QStringLiteral("overdue")));
        CHECK(eventually([&] { return w.page->countLabel()->text() == QStringLiteral("1 entries"); }));
        CHECK(model->rowCount() == 1);

        REQUIRE(w.page->selectEntry(id));
        MessageBox::setNextAnswer(MessageBox::Button::Yes);
        click(child<QPushButton>(w.page, QStringLiteral("recordReturnButton")));
        const LedgerEntry entry = storedEntry(w.session(), id);
        CHECK(entry.values.value(QStringLiteral("returned")).toDateTime()
              == QDateTime(QDate(2026, 5, 12), QTime(3, 0), Qt::UTC));
        // A new, audited revision with its reason; the head's approval stands.
        CHECK(entry.revisionCount == 2);
        CHECK(entry.state == EntryState::Approved);
        auto revisions = LedgerReader::revisions(w.session(), id);
        REQUIRE(revisions.ok());
        CHECK(revisions->last().reason == QStringLiteral("返却の記録"));
        CHECK(eventually([&] {
            return child<QLabel>(w.page, QStringLiteral("overdueCountLabel"))->text()
                   == QStringLiteral("Return overdue: 0");
        }));
        requireVerified(w.session());
    }

    SECTION("the auditor sees the flag but records nothing")
    {
        LedgerWindow w(vault, QStringLiteral("auditor"), QStringLiteral("form2"));
        CHECK(cell(w.page->model(), w.page->model()->rowOf(id).value(), QStringLiteral("State"))
              == QStringLiteral("Approved, return overdue"));
        CHECK_FALSE(child<QPushButton>(w.page, QStringLiteral("recordReturnButton"))->isVisible());
    }
}

TEST_CASE("a visit without an exit is inside whatever day it began, and flagged after its day", "[forms][ledger][late]")
{
    TestVault vault;
    vault.addPeople();
    const Registers registers = addRegisters(vault);
    const auto staff = vault.signIn(QStringLiteral("staff"));
    FieldValues visit = importableEntryValues(*staff, QStringLiteral("form5"), registers.sensitive, registers.plain);
    visit.remove(QStringLiteral("time_out"));
    auto added = LedgerStore::add(*staff, QStringLiteral("form5"), visit);
    REQUIRE(added.ok());
    // Three days later: the visit of 2026/6/2 has no exit.
    vault.clock().set(QDateTime(QDate(2026, 6, 5), QTime(1, 0), Qt::UTC));
    LedgerWindow w(vault, QStringLiteral("head"), QStringLiteral("form5"));
    CHECK(w.page->insideLabel()->text() == QStringLiteral("Inside now: 1"));
    const int row = w.page->model()->rowOf(added.value()).value();
    CHECK(cell(w.page->model(), row, QStringLiteral("State")).endsWith(QStringLiteral("no time out")));
    CHECK(w.page->model()->index(row, 0).data(Qt::BackgroundRole).isValid());
    // 「在室中のみ」 lists it though it began on another day.
    click(child<QCheckBox>(w.page, QStringLiteral("insideOnlyCheck")));
    CHECK(eventually([&] { return w.page->countLabel()->text() == QStringLiteral("1 entries"); }));
}

TEST_CASE("the search box finds an entry by the name of its kind, its numbers and the names of its department, "
          "person and register entry, as the list shows them",
          "[forms][ledger][search]")
{
    TestVault vault;
    vault.addPeople();
    const Registers registers = addRegisters(vault);
    LedgerWindow w(vault, QStringLiteral("staff"), QStringLiteral("form1"));
    FieldValues use = useEventValues(w.session(), registers.sensitive);
    use.insert(QStringLiteral("quantity"), qint64(51));
    REQUIRE(LedgerStore::add(w.session(), QStringLiteral("form1"), use).ok());
    w.page->refresh();
    // The kind, a number, a purpose, the department, the person and the register entry: each
    // as the list or the entry shows it.
    for (const QString& shown :
         {QStringLiteral("利用・出力"), QStringLiteral("51"), QStringLiteral("統計"), QStringLiteral("健診管理課"),
          QStringLiteral("健診 担当"), QStringLiteral("特定健診受診者"), QStringLiteral("No.1")}) {
        INFO(shown.toStdString());
        w.page->filterBar()->searchEdit()->clear();
        type(w.page->filterBar()->searchEdit(), shown);
        CHECK(eventually([&] { return w.page->countLabel()->text() == QStringLiteral("1 entries"); }));
    }
    w.page->filterBar()->searchEdit()->clear();
    type(w.page->filterBar()->searchEdit(), QStringLiteral("削除・廃棄"));
    CHECK(eventually([&] { return w.page->countLabel()->text() == QStringLiteral("0 entries"); }));
}

TEST_CASE("an empty ledger shows its columns' whole names, and each name with its article on hover", "[forms][ledger]")
{
    TestVault vault;
    vault.addPeople();
    LedgerWindow w(vault, QStringLiteral("staff"), QStringLiteral("form6-3"));
    w.page->refresh();
    auto* view = child<QTableView>(w.page, QStringLiteral("ledgerTable"));
    REQUIRE(view->model()->rowCount() == 0);
    QHeaderView* header = view->horizontalHeader();
    for (int column = 0; column + 1 < view->model()->columnCount(); ++column) { // the last one stretches
        const QString name = view->model()->headerData(column, Qt::Horizontal).toString();
        INFO(name.toStdString());
        CHECK(view->columnWidth(column) >= std::min(header->fontMetrics().horizontalAdvance(name), 320));
    }
    const QString tip = view->model()->headerData(2, Qt::Horizontal, Qt::ToolTipRole).toString();
    CHECK(tip.startsWith(view->model()->headerData(2, Qt::Horizontal).toString()));
}

TEST_CASE("the date picker names the month in 和暦 without week numbers, and 様式5's 立会者 says what goes there",
          "[forms][ledger][editor]")
{
    TestVault vault;
    vault.addPeople();
    const JapaneseInterface japanese;
    LedgerWindow w(vault, QStringLiteral("staff"), QStringLiteral("form5"));
    EntryEditorDialog* editor = openNewEditor(w.page);
    CHECK(child<FieldEditor>(editor, QStringLiteral("field.escort"))->hint().contains(QStringLiteral("来訪者")));

    auto* calendar = editor->findChild<QCalendarWidget*>();
    REQUIRE(calendar);
    CHECK(calendar->verticalHeaderFormat() == QCalendarWidget::NoVerticalHeader);
    auto* era = calendar->parentWidget()->findChild<QLabel*>(QStringLiteral("calendarEra"));
    REQUIRE(era);
    QMenu* menu = nullptr;
    for (QWidget* up = calendar; up && !menu; up = up->parentWidget())
        menu = qobject_cast<QMenu*>(up);
    REQUIRE(menu);
    // Opening the calendar shows the month of the date in the box, or today's (2026-04-01).
    emit menu->aboutToShow();
    CHECK(era->text() == QStringLiteral("令和8年（2026年）4月"));
    calendar->setCurrentPage(2019, 5);
    CHECK(era->text() == QStringLiteral("令和元年（2019年）5月"));
    discard(editor);
}
