// Issue 11 §19: pictures of every ledger page, its editor, its printed form and the audit page
// in Japanese, for a person to look at and for the manual. Hidden ([.screens]): run it with
//   DAICHO_SCREENSHOTS=/tmp/screens build/tests/forms/daicho_forms_tests "[.screens]"
// then look at the PNGs (the PDFs go through pdftoppm).

#include "LedgerTestSupport.h"

#include "common/FileDialog.h"
#include "ledger/FormRegistry.h"
#include "print/LedgerPrint.h"

#include <QDir>
#include <QFileDialog>

using namespace daicho;
using namespace daicho::test;

namespace {

QString folder()
{
    return qEnvironmentVariable("DAICHO_SCREENSHOTS");
}

void keep(QWidget* widget, const QString& file)
{
    QCoreApplication::processEvents();
    CHECK(widget->grab().save(folder() + QLatin1Char('/') + file));
}

QString loginFor(const QString& formId)
{
    if (formId == QLatin1String("form3"))
        return TestVault::kChiefLogin;
    if (formId == QLatin1String("form4"))
        return QStringLiteral("auditor");
    return QStringLiteral("staff");
}

} // namespace

TEST_CASE("a tour of the screens and prints in Japanese", "[.screens]")
{
    if (folder().isEmpty())
        return;
    QDir().mkpath(folder());
    const JapaneseInterface japanese;
    TestVault vault;
    vault.addPeople();
    const Registers registers = addRegisters(vault);
    auto staff = vault.signIn(QStringLiteral("staff"));
    for (const QString& formId :
         {QStringLiteral("form1"), QStringLiteral("form2"), QStringLiteral("form5"), QStringLiteral("form6-1"),
          QStringLiteral("form6-2"), QStringLiteral("form7-1"), QStringLiteral("form7-2"), QStringLiteral("form7-3")})
        for (int i = 0; i < 3; ++i)
            REQUIRE(LedgerStore::add(*staff, formId,
                                     importableEntryValues(*staff, formId, registers.sensitive, registers.plain))
                        .ok());

    for (const FormDefinition& form : FormRegistry::all()) {
        INFO(form.id.toStdString());
        LedgerWindow w(vault, loginFor(form.id), form.id);
        w.window.resize(1366, 768);
        w.page->refresh();
        eventually([&] { return !w.page->countLabel()->text().contains(QStringLiteral("…")); });
        keep(&w.window, QStringLiteral("page-%1.png").arg(form.id));
        if (form.transfer) {
            click(child<QPushButton>(w.page, QStringLiteral("newEntryButton")));
            auto* guide = w.page->findChild<LegalBasisDialog*>();
            REQUIRE(guide);
            REQUIRE(QTest::qWaitForWindowExposed(guide));
            keep(guide, QStringLiteral("guide-%1.png").arg(form.id));
            click(guide->whyButton());
            keep(guide, QStringLiteral("guide-%1-why.png").arg(form.id));
            guide->reject();
            QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        }
        if (form.id != QLatin1String("form4")) {
            EntryEditorDialog* editor = openNewEditor(w.page);
            editor->resize(editor->width(), 1400);
            keep(editor, QStringLiteral("editor-%1.png").arg(form.id));
            discard(editor);
        }
        LedgerFilter filter;
        filter.formId = form.id;
        for (const PrintedItems items : {PrintedItems::AllRecorded, PrintedItems::ListedColumns}) {
            LedgerPrintOptions options;
            options.items = items;
            const QString pdf = folder()
                                + QStringLiteral("/print-%1-%2.pdf")
                                      .arg(form.id, items == PrintedItems::AllRecorded ? QStringLiteral("all")
                                                                                       : QStringLiteral("listed"));
            CHECK(printLedgerToPdf(w.session(), filter, options, pdf).ok());
        }
    }
    LedgerWindow auditor(vault, QStringLiteral("auditor"), QStringLiteral("form1"));
    auditor.window.resize(1366, 768);
    REQUIRE(auditor.window.openPage(QStringLiteral("auditTrailPage")));
    keep(&auditor.window, QStringLiteral("audit.png"));
    LedgerWindow chief(vault, TestVault::kChiefLogin, QStringLiteral("form3"));
    chief.window.resize(1366, 768);
    REQUIRE(chief.window.openPage(QStringLiteral("organisationPage")));
    keep(&chief.window, QStringLiteral("organisation.png"));

    NameOnlyIconProvider icons;
    QFileDialog files(nullptr, QStringLiteral("CSVから取り込む"), folder(),
                      FileDialog::nameFilter(QStringLiteral("PDF"), QStringLiteral("*.pdf")));
    FileDialog::prepare(files, icons);
    files.show();
    REQUIRE(QTest::qWaitForWindowExposed(&files));
    QTest::qWait(500); // the folder is read in the background
    keep(&files, QStringLiteral("file-dialog.png"));
    files.reject();
}
