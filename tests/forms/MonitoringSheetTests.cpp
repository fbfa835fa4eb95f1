// The monitoring sheet (様式4, 第15条) in the GUI: the checklist editor, starting a sheet from
// the check items or last year's sheet, and the chief's list of check items.
#include "LedgerTestSupport.h"

#include "common/FileDialog.h"
#include "common/JapaneseCalendar.h"
#include "ledger/FormRegistry.h"
#include "ledger/entry/DecisionDialog.h"
#include "ledger/entry/EntryViewDialog.h"
#include "ledger/monitoring/CheckItemEditorDialog.h"
#include "ledger/monitoring/CheckItems.h"
#include "ledger/monitoring/CheckItemsDialog.h"
#include "ledger/monitoring/ChecklistFieldEditor.h"
#include "ledger/monitoring/ChecklistModel.h"
#include "ledger/monitoring/ChecklistTable.h"

#include <QComboBox>
#include <QFile>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace daicho;
using namespace daicho::test;

namespace {

const QString kForm4 = QStringLiteral("form4");
const QString kChecklist = QStringLiteral("checklist");

ChecklistFieldEditor* checklistOf(QWidget* dialog)
{
    return child<ChecklistFieldEditor>(dialog, name("field", kChecklist));
}

QList<CheckItem> listItems(Session& session, bool includeRetired)
{
    const Result<QList<CheckItem>> items = CheckItems::list(session, includeRetired);
    REQUIRE(items.ok());
    return items.value();
}

std::optional<CheckItem> itemWithId(Session& session, std::int64_t id)
{
    for (const CheckItem& item : listItems(session, true))
        if (item.id == id)
            return item;
    return std::nullopt;
}

qsizetype positionOf(Session& session, std::int64_t id)
{
    const QList<CheckItem> items = listItems(session, true);
    for (qsizetype i = 0; i < items.size(); ++i)
        if (items.at(i).id == id)
            return i;
    return -1;
}

// Opens the cell's editor with F2, as a person does, and returns it.
QPlainTextEdit* openTextCell(ChecklistTable* table, int row, int column)
{
    const QModelIndex index = table->model()->index(row, column);
    table->setFocus();
    table->setCurrentIndex(index);
    QTest::keyClick(table, Qt::Key_F2);
    auto* editor = qobject_cast<QPlainTextEdit*>(table->indexWidget(index));
    REQUIRE(editor);
    return editor;
}

// A sheet of last year, written by the auditor: the first five items with results.
ChecklistLines addEarlierSheet(Session& auditor, std::int64_t auditorId)
{
    ChecklistLines lines = checklistFromItems(listItems(auditor, false)).mid(0, 5);
    for (ChecklistLine& line : lines) {
        line.result = CheckResult::Conforms;
        line.evidence = QStringLiteral("規程、周知文書");
    }
    lines[1].result = CheckResult::DoesNotConform;
    lines[1].comment = QStringLiteral("役割分担表が古い");
    lines[4].text = QStringLiteral("昨年度の文言の項目");
    FieldValues values;
    values.insert(QStringLiteral("date"), QDate(2025, 6, 10));
    values.insert(QStringLiteral("fiscal_year"), QVariant::fromValue<qint64>(2025));
    values.insert(QStringLiteral("auditor"), QVariant::fromValue<qint64>(auditorId));
    values.insert(kChecklist, checklistToValue(lines));
    values.insert(QStringLiteral("requests"), QStringLiteral("役割分担表を更新すること"));
    values.insert(QStringLiteral("signed_off"), true);
    const Result<EntryId> added = LedgerStore::add(auditor, kForm4, values);
    INFO((added.ok() ? QString() : added.error().message).toStdString());
    REQUIRE(added.ok());
    return lines;
}

} // namespace

TEST_CASE("monitoring sheet: the auditor fills it in by keyboard, and a nonconformity needs a comment",
          "[forms][ledger][form4]")
{
    TestVault vault;
    vault.addPeople();
    const qint64 auditorId = userId(vault.chief(), QStringLiteral("auditor"));
    LedgerWindow w(vault, QStringLiteral("auditor"), kForm4);
    EntryEditorDialog* dialog = openNewEditor(w.page);

    // A new sheet: the 44 default items, this fiscal year (2026-04-01 is in fiscal 2026) and
    // the writer as auditor.
    ChecklistFieldEditor* sheet = checklistOf(dialog);
    auto* table = child<ChecklistTable>(dialog, name("input", kChecklist));
    ChecklistModel* model = table->checklistModel();
    REQUIRE(model->rowCount() == 44);
    CHECK(sheet->lines() == checklistFromItems(listItems(w.session(), false)));
    // The year checked is chosen as a Japanese office names it.
    auto* year = child<QComboBox>(dialog, QStringLiteral("input.fiscal_year"));
    CHECK(year->currentText() == QStringLiteral("令和8年度（2026年度）"));
    CHECK(year->currentData().toLongLong() == 2026);
    CHECK(dialog->editor(QStringLiteral("auditor"))->value() == QVariant::fromValue<qint64>(auditorId));
    auto* counts = child<QLabel>(sheet, name("counts", kChecklist));
    CHECK(counts->text().contains(QStringLiteral("Not yet checked: 44")));
    // The whole item text is on screen: rows are as tall as their wrapped text.
    const int textWidth = table->columnWidth(ChecklistModel::TextColumn) - 8;
    const QRect wrapped =
        table->fontMetrics().boundingRect(QRect(0, 0, textWidth, 10000), Qt::TextWordWrap, sheet->lines().at(0).text);
    CHECK(wrapped.height() > table->fontMetrics().lineSpacing());
    CHECK(table->rowHeight(0) >= wrapped.height());

    // 1 on every result, the cursor going down the result column by itself.
    table->setFocus();
    table->setCurrentIndex(model->index(0, ChecklistModel::ResultColumn));
    for (int row = 0; row < 44; ++row)
        QTest::keyClick(table, Qt::Key_1);
    CHECK(counts->text().contains(QStringLiteral("Conforms: 44")));
    CHECK(table->currentIndex() == model->index(43, ChecklistModel::ResultColumn));
    // Line 3 a nonconformity, tinted; line 4 again conforming, line 5 not applicable.
    table->setCurrentIndex(model->index(2, ChecklistModel::ResultColumn));
    QTest::keyClick(table, Qt::Key_2);
    CHECK(table->currentIndex() == model->index(3, ChecklistModel::ResultColumn));
    CHECK(model->data(model->index(2, ChecklistModel::TextColumn), Qt::BackgroundRole).isValid());
    CHECK_FALSE(model->data(model->index(1, ChecklistModel::TextColumn), Qt::BackgroundRole).isValid());
    QTest::keyClick(table, Qt::Key_1);
    QTest::keyClick(table, Qt::Key_3);
    // 0 and Delete clear, staying on the line.
    table->setCurrentIndex(model->index(6, ChecklistModel::ResultColumn));
    QTest::keyClick(table, Qt::Key_0);
    CHECK(sheet->lines().at(6).result == CheckResult::Open);
    CHECK(table->currentIndex() == model->index(6, ChecklistModel::ResultColumn));
    QTest::keyClick(table, Qt::Key_1);
    table->setCurrentIndex(model->index(6, ChecklistModel::ResultColumn));
    QTest::keyClick(table, Qt::Key_Delete);
    CHECK(sheet->lines().at(6).result == CheckResult::Open);
    QTest::keyClick(table, Qt::Key_1);
    CHECK(counts->text().contains(QStringLiteral("Does not conform: 1")));
    CHECK(counts->text().contains(QStringLiteral("Not applicable: 1")));
    CHECK(counts->text().contains(QStringLiteral("Not yet checked: 0")));

    // The result from its list, opened with F2: a choice stores it and closes the cell.
    const QModelIndex tenth = model->index(9, ChecklistModel::ResultColumn);
    table->setCurrentIndex(tenth);
    QTest::keyClick(table, Qt::Key_F2);
    auto* resultList = qobject_cast<QComboBox*>(table->indexWidget(tenth));
    REQUIRE(resultList);
    const int notApplicable = resultList->findData(static_cast<int>(CheckResult::NotApplicable));
    REQUIRE(notApplicable >= 0);
    resultList->setCurrentIndex(notApplicable);
    emit resultList->activated(notApplicable); // what a click in the open list does
    CHECK(sheet->lines().at(9).result == CheckResult::NotApplicable);
    CHECK(eventually([&] { return !table->indexWidget(tenth); }, 1000));

    // Evidence typed in Japanese straight on the cell: the IME's text starts the editor.
    table->setCurrentIndex(model->index(0, ChecklistModel::EvidenceColumn));
    type(table, QStringLiteral("規程第6条、組織図"));
    auto* evidence = qobject_cast<QPlainTextEdit*>(table->indexWidget(model->index(0, ChecklistModel::EvidenceColumn)));
    REQUIRE(evidence);
    QTest::keyClick(evidence, Qt::Key_Return);
    CHECK(sheet->lines().at(0).evidence == QStringLiteral("規程第6条、組織図"));

    tick(dialog, QStringLiteral("input.signed_off"));
    type(child<QPlainTextEdit>(dialog, QStringLiteral("input.requests")),
         QStringLiteral("事務取扱担当者の一覧を更新すること"));

    SECTION("a nonconformity without a comment is shown under the checklist and nothing is saved")
    {
        click(child<QPushButton>(dialog, QStringLiteral("saveEntryButton")));
        CHECK(dialog->isVisible());
        const QString issue = child<QLabel>(dialog, name("issue", kChecklist))->text();
        CHECK(issue.contains(QStringLiteral("line 3 does not conform")));
        CHECK(child<QLabel>(dialog, name("issue", kChecklist))->isVisibleTo(dialog));
        CHECK(stored(w.session(), kForm4) == 0);
    }

    SECTION("with the comment typed in Japanese the sheet is saved for the chief's review")
    {
        QPlainTextEdit* comment = openTextCell(table, 2, ChecklistModel::CommentColumn);
        type(comment, QStringLiteral("事務取扱担当者の一覧が古い"));
        QTest::keyClick(comment, Qt::Key_Return);
        CHECK_FALSE(table->indexWidget(model->index(2, ChecklistModel::CommentColumn)));
        CHECK(sheet->lines().at(2).comment == QStringLiteral("事務取扱担当者の一覧が古い"));

        const EntryId id = save(w.page, dialog);
        const LedgerEntry entry = storedEntry(w.session(), id);
        const std::optional<ChecklistLines> lines = checklistFromValue(entry.values.value(kChecklist));
        REQUIRE(lines);
        REQUIRE(lines->size() == 44);
        CHECK(lines->at(0).result == CheckResult::Conforms);
        CHECK(lines->at(0).evidence == QStringLiteral("規程第6条、組織図"));
        CHECK(lines->at(2).result == CheckResult::DoesNotConform);
        CHECK(lines->at(2).comment == QStringLiteral("事務取扱担当者の一覧が古い"));
        CHECK(lines->at(4).result == CheckResult::NotApplicable);
        CHECK(lines->at(9).result == CheckResult::NotApplicable);
        CHECK(countResults(*lines).open == 0);
        CHECK(entry.values.value(QStringLiteral("fiscal_year")).toLongLong() == 2026);
        CHECK(entry.values.value(QStringLiteral("auditor")).toLongLong() == auditorId);
        CHECK(entry.values.value(QStringLiteral("signed_off")).toBool());
        CHECK(entry.state == EntryState::AwaitingReview);
    }
}

TEST_CASE("monitoring sheet: a new one starts from the previous one with its results cleared, after asking",
          "[forms][ledger][form4]")
{
    TestVault vault;
    vault.addPeople();
    const qint64 auditorId = userId(vault.chief(), QStringLiteral("auditor"));
    LedgerWindow w(vault, QStringLiteral("auditor"), kForm4);

    SECTION("without an earlier sheet it says so and changes nothing")
    {
        EntryEditorDialog* dialog = openNewEditor(w.page);
        ChecklistFieldEditor* sheet = checklistOf(dialog);
        const ChecklistLines before = sheet->lines();
        MessageBox::clearLastText();
        MessageBox::setNextAnswer(MessageBox::Button::Ok);
        click(child<QPushButton>(sheet, name("fromEarlier", kChecklist)));
        CHECK(MessageBox::lastText().contains(QStringLiteral("no earlier monitoring sheet")));
        CHECK(sheet->lines() == before);
    }

    SECTION("the earlier sheet's lines come back without results, with or without the evidence")
    {
        const ChecklistLines earlier = addEarlierSheet(w.session(), auditorId);
        EntryEditorDialog* dialog = openNewEditor(w.page);
        ChecklistFieldEditor* sheet = checklistOf(dialog);
        auto* table = child<ChecklistTable>(dialog, name("input", kChecklist));
        auto* fromEarlier = child<QPushButton>(sheet, name("fromEarlier", kChecklist));

        // Yes keeps the evidence seen last year.
        MessageBox::setNextAnswer(MessageBox::Button::Yes);
        click(fromEarlier);
        CHECK(MessageBox::lastText().contains(QStringLiteral("fiscal year 2025")));
        REQUIRE(sheet->lines().size() == 5);
        CHECK(sheet->lines() == checklistFromEarlierSheet(earlier, true));
        CHECK(sheet->lines().at(4).text == QStringLiteral("昨年度の文言の項目"));
        for (const ChecklistLine& line : sheet->lines()) {
            CHECK(line.result == CheckResult::Open);
            CHECK(line.comment.isEmpty());
            CHECK(line.evidence == QStringLiteral("規程、周知文書"));
        }

        // With a result filled in, Cancel changes nothing.
        table->setFocus();
        table->setCurrentIndex(table->model()->index(0, ChecklistModel::ResultColumn));
        QTest::keyClick(table, Qt::Key_1);
        MessageBox::setNextAnswer(MessageBox::Button::Cancel);
        click(fromEarlier);
        CHECK(MessageBox::lastText().contains(QStringLiteral("What is filled in now is replaced")));
        CHECK(sheet->lines().at(0).result == CheckResult::Conforms);

        // No leaves the evidence empty.
        MessageBox::setNextAnswer(MessageBox::Button::No);
        click(fromEarlier);
        CHECK(sheet->lines() == checklistFromEarlierSheet(earlier, false));

        // Back to the current items: asked first once something is filled in.
        auto* fromItems = child<QPushButton>(sheet, name("fromItems", kChecklist));
        QTest::keyClick(table, Qt::Key_1);
        MessageBox::setNextAnswer(MessageBox::Button::No);
        click(fromItems);
        CHECK(sheet->lines().size() == 5);
        MessageBox::setNextAnswer(MessageBox::Button::Yes);
        click(fromItems);
        CHECK(sheet->lines().size() == 44);
    }
}

TEST_CASE("monitoring sheet: the chief adds, changes, moves and retires check items, the auditor only reads them",
          "[forms][ledger][form4]")
{
    TestVault vault;
    vault.addPeople();

    SECTION("the chief")
    {
        LedgerWindow w(vault, TestVault::kChiefLogin, kForm4);
        click(child<QPushButton>(w.page, QStringLiteral("checkItemsButton")));
        auto* dialog = w.page->findChild<CheckItemsDialog*>();
        REQUIRE(dialog);
        REQUIRE(QTest::qWaitForWindowExposed(dialog));
        auto* table = child<QTableWidget>(dialog, QStringLiteral("checkItemsTable"));
        REQUIRE(table->rowCount() == 44);

        // Added next to the selected item's area, at its end.
        const QList<CheckItem> before = listItems(w.session(), true);
        qsizetype lastPhysical = -1;
        for (qsizetype i = 0; i < before.size(); ++i)
            if (before.at(i).area == QLatin1String("physical"))
                lastPhysical = i;
        REQUIRE(lastPhysical > 0);
        table->selectRow(static_cast<int>(lastPhysical));
        click(child<QPushButton>(dialog, QStringLiteral("addCheckItemButton")));
        auto* editor = dialog->findChild<CheckItemEditorDialog*>();
        REQUIRE(editor);
        REQUIRE(QTest::qWaitForWindowExposed(editor));
        CHECK(editor->areaCombo()->currentData().toString() == QStringLiteral("physical"));
        // Nothing to check: refused with the store's reason, the input kept.
        click(child<QPushButton>(editor, QStringLiteral("saveCheckItemButton")));
        CHECK(editor->isVisible());
        CHECK(child<MessageBanner>(editor, QStringLiteral("checkItemEditorMessage"))->text()
              == QStringLiteral("Enter what the auditor checks."));
        type(editor->articleEdit(), QStringLiteral("第17条"));
        type(editor->textEdit(), QStringLiteral("来訪者に入館証が貸与され、退館時に回収されている。"));
        const QPointer<CheckItemEditorDialog> open(editor);
        click(child<QPushButton>(editor, QStringLiteral("saveCheckItemButton")));
        REQUIRE(eventually([&] { return open.isNull(); }, 2000));

        const QList<CheckItem> added = listItems(w.session(), true);
        REQUIRE(added.size() == 45);
        const CheckItem item = added.at(lastPhysical + 1);
        CHECK(item.area == QStringLiteral("physical"));
        CHECK(item.article == QStringLiteral("第17条"));
        CHECK(item.text == QStringLiteral("来訪者に入館証が貸与され、退館時に回収されている。"));
        CHECK(item.active);
        REQUIRE(dialog->selectedItem());
        CHECK(dialog->selectedItem()->id == item.id);
        CHECK(table->rowCount() == 45);

        // Enter on the list changes the selected item.
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Return);
        editor = dialog->findChild<CheckItemEditorDialog*>();
        REQUIRE(editor);
        editor->textEdit()->clear();
        type(editor->textEdit(), QStringLiteral("来訪者に入館証が貸与され、回収が記録されている。"));
        const QPointer<CheckItemEditorDialog> editing(editor);
        click(child<QPushButton>(editor, QStringLiteral("saveCheckItemButton")));
        REQUIRE(eventually([&] { return editing.isNull(); }, 2000));
        CHECK(itemWithId(w.session(), item.id)->text
              == QStringLiteral("来訪者に入館証が貸与され、回収が記録されている。"));
        CHECK(dialog->selectedItem()->id == item.id);

        // Up one place within its area; it cannot go further down, being last of it.
        CHECK_FALSE(child<QPushButton>(dialog, QStringLiteral("moveCheckItemDownButton"))->isEnabled());
        click(child<QPushButton>(dialog, QStringLiteral("moveCheckItemUpButton")));
        CHECK(positionOf(w.session(), item.id) == lastPhysical);
        CHECK(dialog->selectedItem()->id == item.id);
        CHECK(child<QPushButton>(dialog, QStringLiteral("moveCheckItemDownButton"))->isEnabled());

        // Retired: kept in the list, greyed, and out of new sheets.
        auto* retire = child<QPushButton>(dialog, QStringLiteral("retireCheckItemButton"));
        click(retire);
        CHECK_FALSE(itemWithId(w.session(), item.id)->active);
        CHECK(listItems(w.session(), false).size() == 44);
        const int row = table->currentRow();
        CHECK(table->item(row, 3)->text() == QStringLiteral("Retired"));
        CHECK(table->item(row, 2)->foreground().color() == dialog->palette().color(QPalette::Disabled, QPalette::Text));
        CHECK(retire->text() == QStringLiteral("Put back in &use"));
        click(retire);
        CHECK(itemWithId(w.session(), item.id)->active);
        CHECK(child<MessageBanner>(dialog, QStringLiteral("checkItemsMessage"))->kind()
              == MessageBanner::Kind::Success);
    }

    SECTION("the auditor sees the list without the buttons that change it")
    {
        LedgerWindow w(vault, QStringLiteral("auditor"), kForm4);
        click(child<QPushButton>(w.page, QStringLiteral("checkItemsButton")));
        auto* dialog = w.page->findChild<CheckItemsDialog*>();
        REQUIRE(dialog);
        REQUIRE(QTest::qWaitForWindowExposed(dialog));
        CHECK(child<QTableWidget>(dialog, QStringLiteral("checkItemsTable"))->rowCount() == 44);
        for (const char* button : {"addCheckItemButton", "editCheckItemButton", "moveCheckItemUpButton",
                                   "moveCheckItemDownButton", "retireCheckItemButton"})
            CHECK_FALSE(child<QPushButton>(dialog, QString::fromLatin1(button))->isVisibleTo(dialog));
        CHECK(child<QLabel>(dialog, QStringLiteral("checkItemsReadOnly"))->isVisibleTo(dialog));
    }
}

TEST_CASE("monitoring sheet: the checklist editor gives back exactly the value it was given", "[forms][ledger][form4]")
{
    const FormDefinition* form = FormRegistry::find(kForm4);
    REQUIRE(form);
    const FieldDefinition* field = form->field(kChecklist);
    REQUIRE(field);
    ChecklistFieldEditor editor(*field);
    int changes = 0;
    QObject::connect(&editor, &FieldEditor::valueChanged, [&] { ++changes; });

    CHECK_FALSE(editor.value().isValid());
    ChecklistLines lines(3);
    lines[0] = {12,
                QStringLiteral("organisational"),
                QStringLiteral("責任部署が定められている"),
                QStringLiteral("第6条"),
                CheckResult::Conforms,
                QStringLiteral("規程"),
                {}};
    lines[1] = {0,
                QStringLiteral("physical"),
                QStringLiteral("旧い項目"),
                {},
                CheckResult::DoesNotConform,
                {},
                QStringLiteral("施錠されていない\n二つ目の行")};
    lines[2] = {
        40, QStringLiteral("technical"), QStringLiteral("パスワード"), QStringLiteral("第22条"), CheckResult::Open, {},
        {}};
    const QVariant value = checklistToValue(lines);
    editor.setValue(value);
    CHECK(editor.value() == value);
    CHECK(editor.lines() == lines);

    const int before = changes;
    REQUIRE(editor.model()->setData(editor.model()->index(2, ChecklistModel::ResultColumn),
                                    static_cast<int>(CheckResult::NotApplicable)));
    CHECK(changes == before + 1);
    CHECK(editor.value() != value);

    // Empty, and a value this version cannot read, which is kept as it is.
    editor.setValue(QVariant());
    CHECK_FALSE(editor.value().isValid());
    const QVariant unknown = QVariantList{QVariantMap{{QStringLiteral("result"), QStringLiteral("maybe")}}};
    editor.setValue(unknown);
    CHECK(editor.value() == unknown);
}

TEST_CASE("monitoring sheet: the chief reviews a signed-off sheet seeing every line, and cannot review a draft",
          "[forms][ledger][form4]")
{
    TestVault vault;
    vault.addPeople();
    auto auditor = vault.signIn(QStringLiteral("auditor"));
    const ChecklistLines lines = addEarlierSheet(*auditor, auditor->user().id);
    // The same sheet dated today, so that the page's current fiscal year lists it.
    FieldValues today = storedEntry(*auditor, 1).values;
    today[QStringLiteral("date")] = japanDate(vault.clock().nowUtc());
    const Result<EntryId> added = LedgerStore::add(*auditor, kForm4, today);
    REQUIRE(added.ok());
    const EntryId id = added.value();
    LedgerWindow w(vault, QStringLiteral("chief"), kForm4);
    REQUIRE(w.page->selectEntry(id));
    {
        // The chief reads the sheet, every line of it, but does not write it: no Correct.
        w.page->openEntry(id);
        auto* view = w.page->findChild<EntryViewDialog*>();
        REQUIRE(view);
        REQUIRE(QTest::qWaitForWindowExposed(view));
        CHECK(child<ChecklistTable>(view, QStringLiteral("lines.checklist"))->model()->rowCount() == lines.size());
        CHECK_FALSE(child<QPushButton>(view, QStringLiteral("viewCorrectButton"))->isVisible());
        CHECK(child<QPushButton>(view, QStringLiteral("viewHistoryButton"))->isVisible());
        // The lines go to Excel, one row each.
        QTemporaryDir out;
        REQUIRE(out.isValid());
        const QString path = out.filePath(QStringLiteral("sheet.xlsx"));
        FileDialog::setNextFileName(path);
        click(child<QPushButton>(view, QStringLiteral("viewLinesExportButton")));
        REQUIRE(QFile::exists(path));
        QFile workbook(path);
        REQUIRE(workbook.open(QIODevice::ReadOnly));
        CHECK(workbook.read(2) == QByteArray("PK"));
        view->reject();
        delete view;
    }
    auto* review = child<QPushButton>(w.page, QStringLiteral("decideEntryButton"));
    REQUIRE(review->isEnabled());
    click(review);
    auto* dialog = w.page->findChild<DecisionDialog*>();
    REQUIRE(dialog);
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    // Every line, read-only: the reviewer sees which items did not conform and why.
    auto* table = child<ChecklistTable>(dialog, QStringLiteral("lines.checklist"));
    REQUIRE(table->model()->rowCount() == lines.size());
    const QModelIndex comment = table->model()->index(1, ChecklistModel::CommentColumn);
    CHECK(comment.data().toString() == QStringLiteral("役割分担表が古い"));
    CHECK_FALSE(table->model()->flags(comment) & Qt::ItemIsEditable);
    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, ChecklistModel::ResultColumn));
    QTest::keyClick(table, Qt::Key_2);
    CHECK(checklistFromValue(storedEntry(w.session(), id).values.value(kChecklist))->first().result
          == CheckResult::Conforms);
    const QPointer<DecisionDialog> open(dialog);
    click(dialog->positiveButton());
    CHECK(eventually([&] { return open.isNull(); }, 2000));
    CHECK(storedEntry(w.session(), id).state == EntryState::Reviewed);

    // A draft waits for its writer: the chief's review button stays off.
    FieldValues draft = storedEntry(*auditor, id).values;
    draft.remove(QStringLiteral("signed_off"));
    const Result<EntryId> second = LedgerStore::add(*auditor, kForm4, draft);
    REQUIRE(second.ok());
    w.page->refresh();
    REQUIRE(eventually([&] { return w.page->selectEntry(second.value()); }));
    CHECK_FALSE(review->isEnabled());
}

TEST_CASE("monitoring sheet: a draft is taken up again with the usual reason given, and saved after one more result",
          "[forms][ledger][form4]")
{
    TestVault vault;
    vault.addPeople();
    auto auditor = vault.signIn(QStringLiteral("auditor"));
    FieldValues values;
    values.insert(QStringLiteral("date"), japanDate(vault.clock().nowUtc()));
    values.insert(QStringLiteral("fiscal_year"), QVariant::fromValue<qint64>(2025));
    values.insert(QStringLiteral("auditor"), QVariant::fromValue<qint64>(auditor->user().id));
    values.insert(kChecklist, checklistToValue(checklistFromItems(listItems(*auditor, false))));
    const Result<EntryId> added = LedgerStore::add(*auditor, kForm4, values);
    REQUIRE(added.ok());

    LedgerWindow w(vault, QStringLiteral("auditor"), kForm4);
    w.page->correctEntry(added.value());
    auto* editor = w.page->findChild<EntryEditorDialog*>();
    REQUIRE(editor);
    REQUIRE(QTest::qWaitForWindowExposed(editor));
    CHECK(editor->reasonEditor()->value().toString() == QStringLiteral("Continued filling in"));
    auto* table = child<ChecklistTable>(editor, name("input", kChecklist));
    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, ChecklistModel::ResultColumn));
    QTest::keyClick(table, Qt::Key_1);
    CHECK(save(w.page, editor) == added.value());
    const LedgerEntry entry = storedEntry(w.session(), added.value());
    CHECK(entry.revisionCount == 2);
    CHECK(entry.state == EntryState::Draft);
    CHECK(checklistFromValue(entry.values.value(kChecklist))->first().result == CheckResult::Conforms);
}
