// Issue 11 §7: a printed ledger is the statutory record — every item its form records, with
// the stamp boxes of the people who sign it, in the order on screen.

#include "LedgerTestSupport.h"
#include "PdfText.h"

#include "common/FileDialog.h"
#include "ledger/EntryCodec.h"
#include "ledger/FormRegistry.h"
#include "ledger/Labels.h"
#include "ledger/list/LedgerFilterBar.h"
#include "ledger/output/PrintOptionsDialog.h"
#include "print/LedgerPrint.h"

#include <QHeaderView>
#include <QRadioButton>
#include <QTableView>
#include <QTemporaryDir>

using namespace daicho;
using namespace daicho::test;

namespace {

// Prints the page's ledger as PDF through its Output menu with the items chosen; returns the
// dialog's order text and the PDF's text as drawn.
struct Printed {
    QString orderShown;
    QString text;
};

Printed saveThroughMenu(LedgerPage* page, const QString& path, PrintedItems items)
{
    action(page, QStringLiteral("pdfLedgerAction"))->trigger();
    auto* options = shownDialog<PrintOptionsDialog>(page);
    REQUIRE(options->allItemsRadio());
    Printed printed;
    printed.orderShown = child<QLabel>(options, QStringLiteral("printOrderLabel"))->text();
    click(items == PrintedItems::AllRecorded ? options->allItemsRadio() : options->listedItemsRadio());
    FileDialog::setNextFileName(path);
    click(options->proceedButton());
    REQUIRE(QFile::exists(path));
    printed.text = withoutSpaces(pdfText(path, PdfTextOrder::AsDrawn));
    return printed;
}

// REQUIREs that `text` holds every item of `formId` that applies to `values`: its name and,
// when filled, its value as printed.
void checkEveryItem(const QString& text, const QString& formId, const FieldValues& values,
                    const LedgerDirectory& directory)
{
    const FormDefinition* form = FormRegistry::find(formId);
    REQUIRE(form);
    for (const FieldDefinition& field : form->fields) {
        if (!fieldApplies(field, values))
            continue;
        INFO(formId.toStdString() << " " << field.key.toStdString());
        // The table's header has the item's own name; a block, its name for this entry.
        CHECK((text.contains(withoutSpaces(field.labelJa))
               || text.contains(withoutSpaces(fieldLabel(field, values, LabelLanguage::Japanese)))));
        const QVariant value = values.value(field.key);
        if (isEmptyFieldValue(value))
            continue;
        const QString shown = withoutSpaces(formatFieldValue(field, value, directory, LabelLanguage::Japanese,
                                                             DateStyle::Wareki, QStringLiteral("\n")));
        INFO(shown.toStdString());
        CHECK(text.contains(shown));
    }
}

} // namespace

TEST_CASE("staff print their carry-out log with every item of 様式2, in the order on screen, and can ask for the "
          "list's columns only",
          "[forms][ledger][output][print]")
{
    TestVault vault;
    vault.addPeople();
    const Registers registers = addRegisters(vault);
    QTemporaryDir out;
    REQUIRE(out.isValid());
    LedgerWindow w(vault, QStringLiteral("staff"), QStringLiteral("form2"));
    FieldValues first = carryOutValues(w.session(), registers.sensitive);
    first.insert(QStringLiteral("note"), QStringLiteral("一件目の備考：説明会の会場へ"));
    FieldValues second = first;
    second.insert(QStringLiteral("content"), QStringLiteral("二件目の名簿"));
    second.insert(QStringLiteral("note"), QStringLiteral("二件目の備考：委託先へ手渡し"));
    REQUIRE(LedgerStore::add(w.session(), QStringLiteral("form2"), first).ok());
    REQUIRE(LedgerStore::add(w.session(), QStringLiteral("form2"), second).ok());
    w.page->filterBar()->setOrder(ListOrder::NewestFirst);
    w.page->refresh();

    const Printed all = saveThroughMenu(w.page, out.filePath(QStringLiteral("all.pdf")), PrintedItems::AllRecorded);
    INFO(all.text.toStdString());
    CHECK(all.orderShown.contains(QStringLiteral("newest date first")));
    auto directory = LedgerDirectory::load(w.session());
    REQUIRE(directory.ok());
    checkEveryItem(all.text, QStringLiteral("form2"), first, directory.value());
    checkEveryItem(all.text, QStringLiteral("form2"), second, directory.value());
    // 第14条1項: the chief's stamp beside the carrier's and the head's.
    for (const QString& stamp :
         {QStringLiteral("持出者・持込者"), QStringLiteral("部門責任者"), QStringLiteral("事務取扱責任者")})
        CHECK(all.text.contains(stamp));
    // Newest first, as on screen: entry No.2 before No.1.
    CHECK(all.text.indexOf(QStringLiteral("二件目の備考")) < all.text.indexOf(QStringLiteral("一件目の備考")));

    // The list's columns only: an overview without the unlisted items (備考, 理由).
    const Printed listed =
        saveThroughMenu(w.page, out.filePath(QStringLiteral("listed.pdf")), PrintedItems::ListedColumns);
    CHECK(listed.text.contains(QStringLiteral("二件目の名簿")));
    CHECK_FALSE(listed.text.contains(QStringLiteral("二件目の備考")));
    CHECK_FALSE(listed.text.contains(QStringLiteral("利用目的の範囲内")));
    requireVerified(w.session());
}

TEST_CASE("a ledger sorted by a column prints in that order", "[forms][ledger][output][print]")
{
    TestVault vault;
    vault.addPeople();
    const Registers registers = addRegisters(vault);
    QTemporaryDir out;
    REQUIRE(out.isValid());
    LedgerWindow w(vault, QStringLiteral("staff"), QStringLiteral("form2"));
    for (const QString& content : {QStringLiteral("ろ名簿"), QStringLiteral("い名簿"), QStringLiteral("は名簿")}) {
        FieldValues values = carryOutValues(w.session(), registers.sensitive);
        values.insert(QStringLiteral("content"), content);
        REQUIRE(LedgerStore::add(w.session(), QStringLiteral("form2"), values).ok());
    }
    w.page->refresh();
    // Sort by 内容 with a click on its header, as a person would.
    auto* view = child<QTableView>(w.page, QStringLiteral("ledgerTable"));
    int column = -1;
    for (int c = 0; c < view->model()->columnCount(); ++c)
        if (view->model()->headerData(c, Qt::Horizontal).toString() == QStringLiteral("内容"))
            column = c;
    REQUIRE(column >= 0);
    QHeaderView* header = view->horizontalHeader();
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                      QPoint(header->sectionViewportPosition(column) + 5, header->height() / 2));
    REQUIRE(eventually([&] { return view->model()->rowCount() == 3; }));

    const Printed printed =
        saveThroughMenu(w.page, out.filePath(QStringLiteral("sorted.pdf")), PrintedItems::ListedColumns);
    INFO(printed.text.toStdString());
    CHECK(printed.orderShown.contains(QStringLiteral("「内容」 ascending")));
    // The order of the list on screen (Japanese order: い, は, ろ) is the order on paper.
    QStringList onScreen;
    for (int row = 0; row < view->model()->rowCount(); ++row)
        onScreen << view->model()->index(row, column).data().toString();
    CHECK(onScreen == QStringList{QStringLiteral("い名簿"), QStringLiteral("は名簿"), QStringLiteral("ろ名簿")});
    qsizetype previous = -1;
    for (const QString& content : onScreen) {
        const qsizetype at = printed.text.indexOf(content);
        CHECK(at > previous);
        previous = at;
    }
}

TEST_CASE("every ledger prints every item it records: as a table where the items fit across A4, as one block per "
          "entry where they do not",
          "[forms][ledger][output][print]")
{
    TestVault vault;
    vault.addPeople();
    const Registers registers = addRegisters(vault);
    QTemporaryDir out;
    REQUIRE(out.isValid());
    auto staff = vault.signIn(QStringLiteral("staff"));
    QStringList forms{QStringLiteral("form1"),   QStringLiteral("form2"),   QStringLiteral("form5"),
                      QStringLiteral("form6-1"), QStringLiteral("form6-2"), QStringLiteral("form7-1"),
                      QStringLiteral("form7-2"), QStringLiteral("form7-3")};
    for (const QString& formId : forms) {
        const FieldValues values = importableEntryValues(*staff, formId, registers.sensitive, registers.plain);
        auto added = LedgerStore::add(*staff, formId, values);
        INFO(formId.toStdString() << " " << (added.ok() ? "" : added.error().message.toStdString()));
        REQUIRE(added.ok());
        LedgerFilter filter;
        filter.formId = formId;
        const QString path = out.filePath(formId + QStringLiteral(".pdf"));
        REQUIRE(printLedgerToPdf(*staff, filter, LedgerPrintOptions{}, path).ok());
        auto directory = LedgerDirectory::load(*staff);
        REQUIRE(directory.ok());
        const QString text = withoutSpaces(pdfText(path, PdfTextOrder::AsDrawn));
        INFO(text.toStdString());
        checkEveryItem(text, formId, values, directory.value());
        for (const QString& stamp : FormRegistry::find(formId)->stampBoxes)
            CHECK(text.contains(stamp));
    }
    // The register (様式3) as the chief keeps it, with the chief's stamp box.
    LedgerFilter filter;
    filter.formId = QStringLiteral("form3");
    const QString path = out.filePath(QStringLiteral("form3.pdf"));
    REQUIRE(printLedgerToPdf(vault.chief(), filter, LedgerPrintOptions{}, path).ok());
    auto directory = LedgerDirectory::load(vault.chief());
    REQUIRE(directory.ok());
    const QString text = withoutSpaces(pdfText(path, PdfTextOrder::AsDrawn));
    checkEveryItem(text, QStringLiteral("form3"), registerValues(vault.chief(), true), directory.value());
    CHECK(text.contains(QStringLiteral("事務取扱責任者")));
}

TEST_CASE("the printed ledger names who approved each entry and the department, marks an overview as such, and says "
          "where a text too long for the page was cut",
          "[forms][ledger][output][print]")
{
    TestVault vault;
    vault.addPeople();
    const Registers registers = addRegisters(vault);
    QTemporaryDir out;
    REQUIRE(out.isValid());
    auto staff = vault.signIn(QStringLiteral("staff"));
    auto head = vault.signIn(QStringLiteral("head"));
    FieldValues values = carryOutValues(*staff, registers.sensitive);
    const auto approved = LedgerStore::add(*staff, QStringLiteral("form2"), values);
    REQUIRE(approved.ok());
    REQUIRE(LedgerStore::decide(*head, approved.value(), Decision::Approve, QStringLiteral("了承")).ok());
    // A visit whose purpose (200 characters) is more than a line of the list's table holds.
    FieldValues visit = importableEntryValues(*staff, QStringLiteral("form5"), registers.sensitive, registers.plain);
    visit.insert(QStringLiteral("purpose"), QString(200, QChar(u'長')));
    REQUIRE(LedgerStore::add(*staff, QStringLiteral("form5"), visit).ok());
    LedgerFilter visits;
    visits.formId = QStringLiteral("form5");
    LedgerPrintOptions columnsOnly;
    columnsOnly.items = PrintedItems::ListedColumns;
    const QString long5 = out.filePath(QStringLiteral("visits.pdf"));
    REQUIRE(printLedgerToPdf(*staff, visits, columnsOnly, long5).ok());
    CHECK(withoutSpaces(pdfText(long5, PdfTextOrder::AsDrawn)).contains(QStringLiteral("一部省略")));
    // Every item: the whole purpose, in its block.
    REQUIRE(printLedgerToPdf(*staff, visits, LedgerPrintOptions{}, long5).ok());
    const QString whole = withoutSpaces(pdfText(long5, PdfTextOrder::AsDrawn));
    CHECK(whole.contains(QString(200, QChar(u'長'))));
    CHECK_FALSE(whole.contains(QStringLiteral("一部省略")));

    LedgerFilter filter;
    filter.formId = QStringLiteral("form2");
    filter.departmentId = departmentId(*staff, QStringLiteral("健診管理課"));
    const QString all = out.filePath(QStringLiteral("all.pdf"));
    REQUIRE(printLedgerToPdf(*staff, filter, LedgerPrintOptions{}, all).ok());
    const QString text = withoutSpaces(pdfText(all, PdfTextOrder::AsDrawn));
    INFO(text.left(3000).toStdString());
    CHECK(text.contains(QStringLiteral("部署：事業部健診管理課")));
    CHECK(text.contains(QStringLiteral("承認・確認")));
    CHECK(text.contains(QStringLiteral("事業部長")));
    CHECK(text.contains(QStringLiteral("了承")));

    LedgerPrintOptions overview;
    overview.items = PrintedItems::ListedColumns;
    const QString listed = out.filePath(QStringLiteral("listed.pdf"));
    REQUIRE(printLedgerToPdf(*staff, filter, overview, listed).ok());
    const QString listedText = withoutSpaces(pdfText(listed, PdfTextOrder::AsDrawn));
    CHECK(listedText.contains(QStringLiteral("（一覧・記録事項の一部）")));
    CHECK_FALSE(listedText.contains(QStringLiteral("事務取扱責任者"))); // no stamp boxes on an overview
    requireVerified(*staff);
}

TEST_CASE("a name with 𠮷 or 𠮟 copies and searches out of the ledger's PDF (issue 11 §10)",
          "[forms][ledger][output][print][pdf]")
{
    TestVault vault;
    vault.addPeople();
    const Registers registers = addRegisters(vault);
    QTemporaryDir out;
    REQUIRE(out.isValid());
    LedgerWindow w(vault, QStringLiteral("staff"), QStringLiteral("form5"));
    FieldValues visit =
        importableEntryValues(w.session(), QStringLiteral("form5"), registers.sensitive, registers.plain);
    visit.insert(QStringLiteral("name"), QStringLiteral("𠮷田 𠮟太郎"));
    REQUIRE(LedgerStore::add(w.session(), QStringLiteral("form5"), visit).ok());
    w.page->refresh();
    const QString path = out.filePath(QStringLiteral("visits.pdf"));
    action(w.page, QStringLiteral("pdfLedgerAction"))->trigger();
    auto* options = shownDialog<PrintOptionsDialog>(w.page);
    FileDialog::setNextFileName(path);
    click(options->proceedButton());
    REQUIRE(QFile::exists(path));
    const QString text = pdfText(path);
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("𠮷田 𠮟太郎")));
}
