// Issue 11 §8 through the widgets: the list, the editor and the entry's view name each entry
// by its No. in its own ledger; an earlier record is chosen from a list, never typed as an id.
#include "LedgerTestSupport.h"

#include "ledger/entry/EntryViewDialog.h"

using namespace daicho;
using namespace daicho::test;

TEST_CASE("the list, the editor and the view show each ledger's own numbers", "[forms][ledger][number]")
{
    TestVault vault;
    vault.addPeople();
    const Registers registers = addRegisters(vault);
    LedgerWindow w(vault, QStringLiteral("staff"), QStringLiteral("form1"));
    // 様式3 holds the first ids: the ids of 様式1 start above them.
    const EntryId first =
        LedgerStore::add(w.session(), QStringLiteral("form1"), useEventValues(w.session(), registers.sensitive))
            .value();
    const EntryId second =
        LedgerStore::add(w.session(), QStringLiteral("form1"), useEventValues(w.session(), registers.sensitive))
            .value();
    REQUIRE(first > 2);
    w.page->refresh();
    LedgerTableModel* model = w.page->model();
    REQUIRE(eventually([&] { return model->rowCount() == 2; }));
    QStringList numbers;
    for (int row = 0; row < model->rowCount(); ++row)
        numbers << model->data(model->index(row, 0)).toString();
    numbers.sort();
    CHECK(numbers == QStringList{QStringLiteral("1"), QStringLiteral("2")});

    REQUIRE(w.page->selectEntry(second));
    w.page->correctSelected();
    auto* editor = shownDialog<EntryEditorDialog>(w.page);
    CHECK(editor->windowTitle().contains(QStringLiteral("No. 2 ")));
    CHECK_FALSE(editor->windowTitle().contains(QString::number(second)));
    discard(editor);
}

TEST_CASE("an earlier record is chosen by its ledger and No. from the records made before",
          "[forms][ledger][number][transfer]")
{
    TestVault vault;
    vault.addPeople();
    const Registers registers = addRegisters(vault);
    LedgerWindow w(vault, QStringLiteral("staff"), QStringLiteral("form6-2"));
    Session& session = w.session();
    const FieldValues provision =
        importableEntryValues(session, QStringLiteral("form6-2"), registers.sensitive, registers.plain);
    const EntryId earlier = LedgerStore::add(session, QStringLiteral("form6-2"), provision).value();
    const EntryId later = LedgerStore::add(session, QStringLiteral("form6-2"), provision).value();
    w.page->refresh();
    REQUIRE(eventually([&] { return w.page->model()->rowCount() == 2; }));

    REQUIRE(w.page->selectEntry(later));
    w.page->correctSelected();
    auto* editor = shownDialog<EntryEditorDialog>(w.page);
    auto* combo = child<QComboBox>(editor, QStringLiteral("input.earlier_record"));
    // Only the record made before this one is offered, named as the list names it.
    QStringList offered;
    for (int i = 0; i < combo->count(); ++i)
        if (combo->itemData(i).isValid())
            offered << combo->itemText(i);
    REQUIRE(offered.size() == 1);
    CHECK(offered.first().startsWith(QStringLiteral("様式6-2 No.1")));
    CHECK(combo->findData(QVariant::fromValue<qint64>(later)) < 0);
    choose(editor, QStringLiteral("earlier_record"), QVariant::fromValue<qint64>(earlier));
    type(child<QPlainTextEdit>(editor, QStringLiteral("input.correction_reason")), QStringLiteral("先の記録を追記"));
    save(w.page, editor);
    CHECK(storedEntry(session, later).values.value(QStringLiteral("earlier_record")).toLongLong() == earlier);

    // The view names it the same way.
    w.page->openEntry(later);
    auto* view = shownDialog<EntryViewDialog>(w.page);
    CHECK(child<QLabel>(view, QStringLiteral("value.earlier_record"))->text() == QStringLiteral("様式6-2 No.1"));
    CHECK(child<QLabel>(view, QStringLiteral("entryNumber"))->text() == QStringLiteral("2"));
    view->close();
    requireVerified(session);
}
