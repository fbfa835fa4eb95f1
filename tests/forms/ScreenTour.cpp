// Issue 11 §19: pictures of every ledger page, its editor, its printed form and the audit page
// in Japanese, for a person to look at and for the manual. Hidden ([.screens]): run it with
//   DAICHO_SCREENSHOTS=/tmp/screens build/tests/forms/daicho_forms_tests "[.screens]"
// then look at the PNGs (the PDFs go through pdftoppm).

#include "LedgerTestSupport.h"

#include "admin/DeskSettingsPage.h"
#include "cases/CaseDialog.h"
#include "cases/CaseDocumentsDialog.h"
#include "cases/CaseStore.h"
#include "cases/PersonSearchDialog.h"
#include "cases/ReceiveKindDialog.h"
#include "cases/RequestsPage.h"
#include "cases/StepEditorDialog.h"
#include "common/FileDialog.h"
#include "ledger/FormRegistry.h"
#include "print/LedgerPrint.h"
#include "shell/HomePage.h"
#include "support/CaseFixtures.h"

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

void discardStep(StepEditorDialog* editor)
{
    if (editor->hasUnsavedInput())
        MessageBox::setNextAnswer(MessageBox::Button::Discard);
    editor->reject();
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

TEST_CASE("a tour of the request screens in Japanese", "[.screens]")
{
    if (folder().isEmpty())
        return;
    QDir().mkpath(folder());
    const JapaneseInterface japanese;
    CaseFixture f;
    auto desk = f.vault.signIn(QStringLiteral("desk"));
    // Three requests: one just received, one routed, one decided and sent.
    const CaseId routed = CaseStore::receive(*desk, kDisclosure, f.receipt(*desk)).value();
    REQUIRE(CaseStore::take(*desk, routed, QStringLiteral("route"), f.route(QStringLiteral("健診管理課"))).ok());
    FieldValues second = f.receipt(*desk);
    second.insert(QStringLiteral("subject_name"), QStringLiteral("佐藤 一郎"));
    const CaseId done = CaseStore::receive(*desk, kDisclosure, second).value();
    REQUIRE(CaseStore::take(*desk, done, QStringLiteral("route"), f.route(QStringLiteral("健診管理課"))).ok());
    FieldValues third = f.receiptOf(*desk, QStringLiteral("request.correction"));
    third.insert(QStringLiteral("subject_name"), QStringLiteral("鈴木 三郎"));
    third.insert(QStringLiteral("requester"), QStringLiteral("agent"));
    third.insert(QStringLiteral("proxy_name"), QStringLiteral("鈴木 花代"));
    third.insert(QStringLiteral("proxy_address"), QStringLiteral("青森市新町一丁目1-1"));
    third.insert(QStringLiteral("proxy_power"), true);
    REQUIRE(CaseStore::receive(*desk, QStringLiteral("request.correction"), third).ok());
    f.vault.clock().set(QDateTime(QDate(2026, 12, 10), QTime(1, 0), Qt::UTC));
    auto head = f.vault.signIn(QStringLiteral("head"));
    REQUIRE(CaseStore::take(*head, done, QStringLiteral("decide"), decision(QStringLiteral("part"))).ok());
    f.vault.clock().set(QDateTime(QDate(2026, 12, 15), QTime(1, 0), Qt::UTC));

    {
        SessionHolder holder(f.vault.paths(), f.vault.clock());
        MainWindow window(holder);
        REQUIRE(holder.start(f.vault.signIn(QStringLiteral("desk"))).ok());
        window.resize(1366, 768);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        keep(&window, QStringLiteral("home-due.png"));
        REQUIRE(window.openPage(QStringLiteral("requestsPage")));
        auto* page = child<RequestsPage>(&window, QStringLiteral("requestsPage"));
        page->filterCombo()->setCurrentIndex(1);
        keep(&window, QStringLiteral("requests.png"));
        ReceiveKindDialog* chooser = page->receive();
        REQUIRE(chooser);
        REQUIRE(QTest::qWaitForWindowExposed(chooser));
        keep(chooser, QStringLiteral("requests-kind.png"));
        chooser->reject();
        StepEditorDialog* receipt = page->receiveKind(kDisclosure);
        REQUIRE(receipt);
        REQUIRE(QTest::qWaitForWindowExposed(receipt));
        receipt->resize(receipt->width(), 1500);
        keep(receipt, QStringLiteral("requests-receipt.png"));
        discardStep(receipt);
        CaseDialog* dialog = page->openCase(routed);
        REQUIRE(QTest::qWaitForWindowExposed(dialog));
        keep(dialog, QStringLiteral("case-routed.png"));
        StepEditorDialog* withdraw = dialog->openStep(QStringLiteral("withdraw"));
        REQUIRE(withdraw);
        REQUIRE(QTest::qWaitForWindowExposed(withdraw));
        keep(withdraw, QStringLiteral("case-step-withdraw.png"));
        discardStep(withdraw);
        dialog->reject();
        CaseDialog* decided = page->openCase(done);
        REQUIRE(QTest::qWaitForWindowExposed(decided));
        keep(decided, QStringLiteral("case-decided.png"));
        CaseDocumentsDialog* documents = decided->openDocuments();
        REQUIRE(documents);
        REQUIRE(QTest::qWaitForWindowExposed(documents));
        keep(documents, QStringLiteral("case-documents.png"));
        documents->close();
        PersonSearchDialog* person = decided->openPersonRecords();
        REQUIRE(person);
        REQUIRE(QTest::qWaitForWindowExposed(person));
        keep(person, QStringLiteral("case-person-records.png"));
        person->close();
        decided->reject();
        REQUIRE(window.openPage(QStringLiteral("publicNoticePage")));
        keep(&window, QStringLiteral("public-notice.png"));
        REQUIRE(window.openPage(QStringLiteral("deskSettingsPage")));
        keep(&window, QStringLiteral("desk-settings-staff.png"));
    }
    SessionHolder holder(f.vault.paths(), f.vault.clock());
    MainWindow window(holder);
    REQUIRE(holder.start(f.vault.signIn(QStringLiteral("head"))).ok());
    window.resize(1366, 768);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(window.openPage(QStringLiteral("requestsPage")));
    auto* page = child<RequestsPage>(&window, QStringLiteral("requestsPage"));
    page->filterCombo()->setCurrentIndex(1);
    CaseDialog* dialog = page->openCase(routed);
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    StepEditorDialog* decide = dialog->openStep(QStringLiteral("decide"));
    REQUIRE(decide);
    REQUIRE(QTest::qWaitForWindowExposed(decide));
    choose(decide, QStringLiteral("outcome"), QStringLiteral("part"));
    click(child<QPushButton>(decide, QStringLiteral("saveStepButton")));
    keep(decide, QStringLiteral("case-step-decide-refused.png"));
    discardStep(decide);
    dialog->reject();

    LedgerWindow chief(f.vault, TestVault::kChiefLogin, QStringLiteral("form3"));
    chief.window.resize(1366, 768);
    REQUIRE(chief.window.openPage(QStringLiteral("deskSettingsPage")));
    auto* settings = child<DeskSettingsPage>(&chief.window, QStringLiteral("deskSettingsPage"));
    settings->phoneEdit()->clear();
    settings->save();
    keep(&chief.window, QStringLiteral("desk-settings-chief.png"));
}
