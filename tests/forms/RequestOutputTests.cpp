// The documents of a request and the records about its individual, through the widgets: the
// desk opens a decided case, prints its notice as a PDF from 「書類を印刷…」, and looks up
// everything recorded about the person from 「本人の記録…」; each print is in the trail.

#include "LedgerTestSupport.h"
#include "PdfText.h"
#include "cases/CaseDialog.h"
#include "cases/CaseDocumentsDialog.h"
#include "cases/CaseStore.h"
#include "cases/PersonSearchDialog.h"
#include "cases/PublicNoticePage.h"
#include "cases/RequestsPage.h"
#include "common/FileDialog.h"
#include "common/MessageBanner.h"
#include "ledger/LedgerStore.h"
#include "shell/MainWindow.h"
#include "shell/SessionHolder.h"
#include "support/CaseFixtures.h"

#include <QLabel>
#include <QListWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextEdit>

using namespace daicho;
using namespace daicho::test;

TEST_CASE("the desk prints a decided request's notice as a PDF and finds the records about its individual",
          "[forms][cases][print]")
{
    CaseFixture f;
    auto plain = LedgerStore::add(f.vault.chief(), QStringLiteral("form3"), registerValues(f.vault.chief(), false));
    REQUIRE(plain.ok());
    FieldValues provision =
        importableEntryValues(f.vault.chief(), QStringLiteral("form6-2"), f.registerEntry, plain.value());
    provision.insert(QStringLiteral("individual"), QStringLiteral("山田 花子"));
    REQUIRE(LedgerStore::add(f.vault.chief(), QStringLiteral("form6-2"), provision).ok());
    auto deskSession = f.vault.signIn(QStringLiteral("desk"));
    auto id = CaseStore::receive(*deskSession, kDisclosure, f.receipt(*deskSession));
    REQUIRE(id.ok());
    REQUIRE(
        CaseStore::take(*deskSession, id.value(), QStringLiteral("route"), f.route(QStringLiteral("健診管理課"))).ok());
    f.vault.clock().set(QDateTime(QDate(2026, 12, 10), QTime(1, 0), Qt::UTC));
    auto head = f.vault.signIn(QStringLiteral("head"));
    REQUIRE(CaseStore::take(*head, id.value(), QStringLiteral("decide"), decision(QStringLiteral("refused"))).ok());

    JapaneseInterface japanese;
    SessionHolder holder(f.vault.paths(), f.vault.clock());
    MainWindow window(holder);
    REQUIRE(holder.start(f.vault.signIn(QStringLiteral("desk"))).ok());
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(window.openPage(QStringLiteral("requestsPage")));
    auto* page = child<RequestsPage>(&window, QStringLiteral("requestsPage"));
    REQUIRE(page->selectCase(id.value()));
    page->table()->setFocus();
    QTest::keyClick(page->table(), Qt::Key_Return);
    CaseDialog* dialog = shownDialog<CaseDialog>(page);

    // 「書類を印刷…」: the request form and, decided as refused, 様式10-2 — chosen first.
    click(dialog->printButton());
    auto* documents = shownDialog<CaseDocumentsDialog>(dialog);
    REQUIRE(documents->documentList()->count() == 2);
    CHECK(documents->documentList()->currentItem()->text().startsWith(QStringLiteral("様式10-2")));
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("notice.pdf"));
    FileDialog::setNextFileName(pdf);
    click(documents->pdfButton());
    INFO(documents->message()->text().toStdString());
    REQUIRE(QFile::exists(pdf));
    const QString text = withoutSpaces(pdfText(pdf, PdfTextOrder::AsDrawn));
    CHECK(text.contains(QStringLiteral("保有個人データ不開示等決定通知書")));
    CHECK(text.contains(QStringLiteral("山田花子様")));
    CHECK(text.contains(QStringLiteral("第三者の権利利益を害するおそれがあるため")));
    CHECK(count(f.vault.chief(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'case.print' AND "
                                                "detail LIKE '%output=pdf%'"))
          == 1);
    documents->close();

    // 「本人の記録…」: searched with the request's name, kana and date of birth.
    click(child<QPushButton>(dialog, QStringLiteral("personRecordsButton")));
    auto* person = shownDialog<PersonSearchDialog>(dialog);
    CHECK(person->nameEdit()->text() == QStringLiteral("山田 花子"));
    REQUIRE(person->resultTable()->rowCount() == 2); // the record of provision and the request
    CHECK(person->resultTable()->item(0, 0)->text() == QStringLiteral("様式6-2 No.1"));
    const QString records = dir.filePath(QStringLiteral("records.pdf"));
    FileDialog::setNextFileName(records);
    click(child<QPushButton>(person, QStringLiteral("personPdfButton")));
    REQUIRE(QFile::exists(records));
    CHECK(withoutSpaces(pdfText(records, PdfTextOrder::AsDrawn)).contains(QStringLiteral("第三者提供記録の開示")));
    CHECK(count(f.vault.chief(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'person.print'")) == 1);
    person->close();
    dialog->close();
    requireVerified(f.vault.chief());
}

TEST_CASE("the chief publishes the public notice of 第34条1項 and saves it for the website; staff only read it",
          "[forms][cases][notice]")
{
    CaseFixture f;
    JapaneseInterface japanese;
    {
        SessionHolder holder(f.vault.paths(), f.vault.clock());
        MainWindow window(holder);
        REQUIRE(holder.start(f.vault.signIn(QStringLiteral("chief"))).ok());
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        REQUIRE(window.openPage(QStringLiteral("publicNoticePage")));
        auto* page = child<PublicNoticePage>(&window, QStringLiteral("publicNoticePage"));
        CHECK(page->view()->toPlainText().contains(
            QStringLiteral("特定健診受診者データベース：健診結果の通知、統計の作成")));
        CHECK(page->view()->toPlainText().contains(QStringLiteral("＋")));
        REQUIRE(page->publishButton()->isVisible());
        click(page->publishButton());
        CHECK(page->message()->text().contains(QStringLiteral("第1版")));
        CHECK_FALSE(page->publishButton()->isEnabled());
        CHECK_FALSE(page->view()->toPlainText().contains(QStringLiteral("＋")));
        QTemporaryDir dir;
        const QString html = dir.filePath(QStringLiteral("notice.html"));
        FileDialog::setNextFileName(html);
        click(child<QPushButton>(page, QStringLiteral("noticeHtmlButton")));
        QFile file(html);
        REQUIRE(file.open(QIODevice::ReadOnly));
        CHECK(QString::fromUtf8(file.readAll()).contains(QStringLiteral("<h2>3 開示等の請求等に応じる手続</h2>")));
    }
    SessionHolder holder(f.vault.paths(), f.vault.clock());
    MainWindow window(holder);
    REQUIRE(holder.start(f.vault.signIn(QStringLiteral("staff"))).ok());
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(window.openPage(QStringLiteral("publicNoticePage")));
    auto* page = child<PublicNoticePage>(&window, QStringLiteral("publicNoticePage"));
    CHECK_FALSE(page->publishButton()->isVisible());
    CHECK(page->versionLabel()->text().contains(QStringLiteral("第1版")));
    requireVerified(f.vault.chief());
}
