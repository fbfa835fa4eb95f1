// The documents of a request (様式8–14, 第38条) print filled in, on A4, in 和暦, addressed to
// the requester, with the case's facts and reasons and the desk's address, phone and hours
// (第33条2項); 様式8 and 9 also blank for the counter. Each PDF's text is checked against a
// golden file (tests/forms/golden; DAICHO_UPDATE_GOLDEN=1 writes them anew after a deliberate
// change — read the diff).

#include "PdfText.h"

#include "cases/CaseKinds.h"
#include "cases/CaseReader.h"
#include "cases/CaseStore.h"
#include "cases/PersonRecords.h"
#include "ledger/LedgerDirectory.h"
#include "ledger/LedgerStore.h"
#include "print/CaseDocuments.h"
#include "print/PersonRecordsPrint.h"
#include "support/CaseFixtures.h"
#include "support/LedgerFixtures.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace daicho;
using namespace daicho::test;

namespace {

void checkGolden(const QList<Letter>& letters, const QString& name)
{
    QTemporaryDir dir;
    // DAICHO_SCREENSHOTS=folder keeps the PDFs there, to look at them (pdftoppm).
    const QString folder = qEnvironmentVariable("DAICHO_SCREENSHOTS", dir.path());
    QDir().mkpath(folder);
    const QString pdf = QDir(folder).filePath(name + QStringLiteral(".pdf"));
    REQUIRE(lettersToPdf(pdf, letters).ok());
    const QString text = pdfText(pdf, PdfTextOrder::AsDrawn);
    // ASCII file names (「様式8」 → form8): every tool and file system reads them the same way.
    const QString file = QString(name).replace(QStringLiteral("様式"), QStringLiteral("form"));
    const QString golden = QStringLiteral(DAICHO_FORMS_GOLDEN_DIR "/") + file + QStringLiteral(".txt");
    if (qEnvironmentVariableIsSet("DAICHO_UPDATE_GOLDEN")) {
        QFile out(golden);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write(text.toUtf8());
    }
    QFile in(golden);
    INFO("golden file " << golden.toStdString() << " (DAICHO_UPDATE_GOLDEN=1 writes it)");
    REQUIRE(in.open(QIODevice::ReadOnly));
    const QString expected = QString::fromUtf8(in.readAll());
    INFO(text.toStdString());
    CHECK(withoutSpaces(text) == withoutSpaces(expected));
}

} // namespace

TEST_CASE("A disclosure's request form and its notice print filled in, as the golden texts", "[cases][print]")
{
    CaseFixture f;
    auto desk = f.vault.signIn(QStringLiteral("desk"));
    FieldValues asked = f.receipt(*desk);
    asked.insert(QStringLiteral("requester"), QStringLiteral("agent"));
    asked.insert(QStringLiteral("proxy_name"), QStringLiteral("𠮷田 太郎"));
    asked.insert(QStringLiteral("proxy_address"), QStringLiteral("青森市新町一丁目2-3"));
    asked.insert(QStringLiteral("proxy_power"), true);
    auto id = CaseStore::receive(*desk, kDisclosure, asked);
    REQUIRE(id.ok());
    REQUIRE(CaseStore::take(*desk, id.value(), QStringLiteral("route"), f.route(QStringLiteral("健診管理課"))).ok());
    f.vault.clock().set(QDateTime(QDate(2026, 12, 10), QTime(1, 0), Qt::UTC));
    auto head = f.vault.signIn(QStringLiteral("head"));
    REQUIRE(CaseStore::take(*head, id.value(), QStringLiteral("decide"), decision(QStringLiteral("part"))).ok());

    auto detail = CaseReader::detail(*desk, id.value());
    REQUIRE(detail.ok());
    auto directory = LedgerDirectory::load(*desk);
    REQUIRE(directory.ok());
    auto deskData = RequestDesk::current(*desk);
    REQUIRE(deskData.ok());
    const CaseKind& kind = *CaseKinds::find(kDisclosure);
    const QList<CaseDocumentChoice> documents = caseDocuments(kind, detail.value());
    REQUIRE(documents.size() == 2);
    CHECK(documents[0].number == QStringLiteral("様式8"));
    // Granted in part: 様式10-1 (第38条5項), addressed to the agent.
    CHECK(documents[1].number == QStringLiteral("様式10-1"));
    for (const CaseDocumentChoice& document : documents) {
        const Letter letter = caseLetter(kind, detail.value(), document, deskData->settings, directory.value());
        checkGolden({letter}, QStringLiteral("disclosure-") + document.number);
    }
}

TEST_CASE("A disclosure on paper instead of the way asked tells the requester why (法33条2項・3項)", "[cases][print]")
{
    CaseFixture f;
    auto desk = f.vault.signIn(QStringLiteral("desk"));
    FieldValues asked = f.receipt(*desk);
    asked.insert(QStringLiteral("delivery"), QStringLiteral("electronic"));
    auto id = CaseStore::receive(*desk, kDisclosure, asked);
    REQUIRE(id.ok());
    REQUIRE(CaseStore::take(*desk, id.value(), QStringLiteral("route"), f.route(QStringLiteral("健診管理課"))).ok());
    f.vault.clock().set(QDateTime(QDate(2026, 12, 10), QTime(1, 0), Qt::UTC));
    auto head = f.vault.signIn(QStringLiteral("head"));
    FieldValues decided = decision(QStringLiteral("whole"));
    decided.insert(QStringLiteral("paper_instead"), true);
    // Without its reason, refused beside the item (法33条3項).
    auto unreasoned = CaseStore::take(*head, id.value(), QStringLiteral("decide"), decided);
    REQUIRE_FALSE(unreasoned.ok());
    decided.insert(QStringLiteral("paper_reason"),
                   QStringLiteral("健診結果の画像が電磁的記録として保存されていないため"));
    REQUIRE(CaseStore::take(*head, id.value(), QStringLiteral("decide"), decided).ok());
    auto detail = CaseReader::detail(*desk, id.value());
    REQUIRE(detail.ok());
    auto directory = LedgerDirectory::load(*desk);
    REQUIRE(directory.ok());
    auto deskData = RequestDesk::current(*desk);
    REQUIRE(deskData.ok());
    const CaseKind& kind = *CaseKinds::find(kDisclosure);
    const QList<CaseDocumentChoice> documents = caseDocuments(kind, detail.value());
    REQUIRE(documents.size() == 2);
    const Letter letter = caseLetter(kind, detail.value(), documents[1], deskData->settings, directory.value());
    QString method;
    for (const Letter::Item& item : letter.items)
        if (item.label == QStringLiteral("開示の方法"))
            method = item.value;
    CHECK(method.startsWith(QStringLiteral("書面の交付（御指定の方法（電磁的記録の提供）による開示が困難であるため")));
    CHECK(method.contains(QStringLiteral("電磁的記録として保存されていないため")));
}

TEST_CASE("A refused correction prints 様式12-2 with its reason", "[cases][print]")
{
    CaseFixture f;
    auto desk = f.vault.signIn(QStringLiteral("desk"));
    FieldValues asked = f.receiptOf(*desk, QStringLiteral("request.correction"));
    asked.insert(QStringLiteral("request"), QStringLiteral("受診者名簿の住所の訂正"));
    auto id = CaseStore::receive(*desk, QStringLiteral("request.correction"), asked);
    REQUIRE(id.ok());
    REQUIRE(CaseStore::take(*desk, id.value(), QStringLiteral("route"), f.route(QStringLiteral("健診管理課"))).ok());
    f.vault.clock().set(QDateTime(QDate(2026, 12, 10), QTime(1, 0), Qt::UTC));
    FieldValues refused{{QStringLiteral("decided_on"), QDate(2026, 12, 10)},
                        {QStringLiteral("outcome"), QStringLiteral("refused")},
                        {QStringLiteral("reason"),
                         QStringLiteral("住民票の写しにより、記録されている住所が現住所であることを確認したため")}};
    REQUIRE(CaseStore::take(f.vault.chief(), id.value(), QStringLiteral("decide"), refused).ok());
    auto detail = CaseReader::detail(*desk, id.value());
    REQUIRE(detail.ok());
    auto directory = LedgerDirectory::load(*desk);
    REQUIRE(directory.ok());
    auto deskData = RequestDesk::current(*desk);
    REQUIRE(deskData.ok());
    const CaseKind& kind = *CaseKinds::find(QStringLiteral("request.correction"));
    const QList<CaseDocumentChoice> documents = caseDocuments(kind, detail.value());
    REQUIRE(documents.size() == 2);
    CHECK(documents[0].number == QStringLiteral("様式11"));
    CHECK(documents[1].number == QStringLiteral("様式12-2"));
    checkGolden({caseLetter(kind, detail.value(), documents[1], deskData->settings, directory.value())},
                QStringLiteral("correction-様式12-2"));
    // 様式11 as received: what stands, what it should read and why it is not the fact (第36条1項).
    checkGolden({caseLetter(kind, detail.value(), documents[0], deskData->settings, directory.value())},
                QStringLiteral("correction-様式11"));
}

TEST_CASE("A granted erasure prints 様式13 as received and 様式14-1 with the measure, citing 法35条7項",
          "[cases][print]")
{
    CaseFixture f;
    auto desk = f.vault.signIn(QStringLiteral("desk"));
    const std::optional<CaseId> id = f.routedCase(QStringLiteral("request.suspension"));
    f.vault.clock().set(QDateTime(QDate(2026, 12, 10), QTime(1, 0), Qt::UTC));
    REQUIRE(
        CaseStore::take(*f.vault.signIn(QStringLiteral("head")), *id, QStringLiteral("decide"), erasureGranted()).ok());
    const FieldValues erased{{QStringLiteral("date"), QDate(2026, 12, 10)},
                             {QStringLiteral("register"), qint64(f.registerEntry)},
                             {QStringLiteral("target"), QStringLiteral("database")},
                             {QStringLiteral("disposed"), QStringLiteral("健診結果データベースのうち請求に係るデータ")},
                             {QStringLiteral("method"), QStringLiteral("deletion")},
                             {QStringLiteral("disposed_by"), QStringLiteral("centre")},
                             {QStringLiteral("verifier"), qint64(f.vault.chief().user().id)}};
    REQUIRE(
        CaseStore::take(*f.vault.signIn(QStringLiteral("staff")), *id, QStringLiteral("record_erasure"), erased).ok());
    f.vault.clock().set(QDateTime(QDate(2026, 12, 11), QTime(1, 0), Qt::UTC));
    REQUIRE(CaseStore::take(*desk, *id, QStringLiteral("notify"), notice()).ok());
    auto detail = CaseReader::detail(*desk, *id);
    REQUIRE(detail.ok());
    auto directory = LedgerDirectory::load(*desk);
    REQUIRE(directory.ok());
    auto deskData = RequestDesk::current(*desk);
    REQUIRE(deskData.ok());
    const CaseKind& kind = *CaseKinds::find(QStringLiteral("request.suspension"));
    const QList<CaseDocumentChoice> documents = caseDocuments(kind, detail.value());
    REQUIRE(documents.size() == 2);
    CHECK(documents[0].number == QStringLiteral("様式13"));
    CHECK(documents[1].number == QStringLiteral("様式14-1"));
    for (const CaseDocumentChoice& document : documents)
        checkGolden({caseLetter(kind, detail.value(), document, deskData->settings, directory.value())},
                    QStringLiteral("erasure-") + document.number);
    // No longer needed (法35条5項): answered under 同条7項 as well as the regulation's 第37条3項.
    const Letter notice = caseLetter(kind, detail.value(), documents[1], deskData->settings, directory.value());
    CHECK(notice.lead.contains(QStringLiteral("個人情報の保護に関する法律第35条第7項")));
}

TEST_CASE("The blank 様式11 and 様式13 print with what they ask beyond 様式8", "[cases][print]")
{
    const DeskSettings desk = DeskSettings::regulationDefaults();
    checkGolden({blankRequestForm(desk, CaseKinds::find(QStringLiteral("request.correction"))),
                 blankRequestForm(desk, CaseKinds::find(QStringLiteral("request.suspension")))},
                QStringLiteral("blank-様式11-様式13"));
}

TEST_CASE("The blank request form and power of attorney print for the counter", "[cases][print]")
{
    const DeskSettings desk = DeskSettings::regulationDefaults();
    checkGolden({blankRequestForm(desk), blankPowerOfAttorney(desk)}, QStringLiteral("blank-様式8-様式9"));
}

TEST_CASE("The records of provision about a person print for the disclosure of 法33条5項", "[cases][print]")
{
    CaseFixture f;
    auto plain = LedgerStore::add(f.vault.chief(), QStringLiteral("form3"), registerValues(f.vault.chief(), false));
    REQUIRE(plain.ok());
    FieldValues provision =
        importableEntryValues(f.vault.chief(), QStringLiteral("form6-2"), f.registerEntry, plain.value());
    provision.insert(QStringLiteral("individual"), QStringLiteral("𠮷田 花子（昭和55年2月29日生）"));
    REQUIRE(LedgerStore::add(f.vault.chief(), QStringLiteral("form6-2"), provision).ok());
    const PersonQuery query{QStringLiteral("𠮷田 花子"), QString(), std::nullopt};
    auto found = PersonSearch::find(f.vault.chief(), query);
    REQUIRE(found.ok());
    REQUIRE(found->transfers.size() == 1);
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("person.pdf"));
    REQUIRE(
        printToPdf(pdf, personRecordsSheet(query, found.value(), QStringLiteral("公益財団法人青森県総合健診センター"),
                                           QDate(2026, 12, 7)))
            .ok());
    const QString text = withoutSpaces(pdfText(pdf, PdfTextOrder::AsDrawn));
    CHECK(text.contains(QStringLiteral("第三者提供記録の開示")));
    CHECK(text.contains(QStringLiteral("様式6-2No.1")));
    CHECK(text.contains(QStringLiteral("𠮷田花子（昭和55年2月29日生）")));
    CHECK(text.contains(QStringLiteral("令和8年12月7日")));
}
