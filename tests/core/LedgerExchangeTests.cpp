#include "audit/AuditVerifier.h"
#include "audit/internal/TrailVerification.h"
#include "auth/internal/SessionInternals.h"
#include "exchange/Cp932.h"
#include "exchange/LedgerExport.h"
#include "exchange/LedgerImport.h"
#include "ledger/LedgerQuery.h"
#include "ledger/LedgerStore.h"
#include "support/LedgerFixtures.h"
#include "support/TestVault.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QRegularExpression>

using namespace daicho;
using namespace daicho::test;

namespace {

struct Fixture {
    TestVault vault;
    std::unique_ptr<Session> staff;
    EntryId reg = 0;

    Fixture()
    {
        vault.addPeople();
        reg = LedgerStore::add(vault.chief(), QStringLiteral("form3"), registerValues(vault.chief())).value();
        staff = vault.signIn(QStringLiteral("staff"));
        FieldValues a = useEventValues(*staff, reg);
        REQUIRE(LedgerStore::add(*staff, QStringLiteral("form1"), a).ok());
        FieldValues b = a;
        b[QStringLiteral("date")] = QDate(2026, 5, 12);
        b[QStringLiteral("quantity")] = qint64(3);
        b[QStringLiteral("note")] = QStringLiteral("=1+2, \"至急\"\n二行目");
        REQUIRE(LedgerStore::add(*staff, QStringLiteral("form1"), b).ok());
    }

    LedgerFilter form1() const
    {
        LedgerFilter f;
        f.formId = QStringLiteral("form1");
        return f;
    }

    std::int64_t count(const QString& sql) const { return staff->db().scalar(sql).value().toLongLong(); }
};

QByteArray readFile(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

} // namespace

TEST_CASE("a ledger exports to CSV that Excel opens: BOM, CRLF, escaped formulas, golden bytes",
          "[core][ledger][export]")
{
    Fixture fx;
    const QString path = fx.vault.folder() + QStringLiteral("/form1.csv");
    auto written = LedgerExport::write(*fx.staff, fx.form1(), ExportFormat::CsvUtf8, path);
    REQUIRE(written.ok());
    CHECK(written.value() == 2);
    const QByteArray file = readFile(path);
    // The file ends, after an empty line, with the code of the trail's head when it was made:
    // `daicho-cli verify --checkpoint` proves the trail up to there from this file alone.
    const qsizetype blank = file.lastIndexOf("\r\n\r\n");
    REQUIRE(blank > 0);
    const QByteArray bytes = file.left(blank + 2);
    const QString trail = QString::fromUtf8(file.mid(blank + 4)).trimmed();
    CHECK(trail.startsWith(QStringLiteral("監査証跡,")));
    const auto code = CheckpointCode::parse(trail.section(QLatin1Char(','), 1));
    REQUIRE(code);
    CHECK(verifyAuditTrail(fx.staff->db(), {*code})->ok);
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    CHECK(bytes.contains("\r\n"));
    CHECK(bytes.contains("\"'=1+2, \"\"至急\"\"\n二行目\""));
    const QString goldenPath = QStringLiteral(DAICHO_SOURCE_DIR "/tests/core/golden/form1-export.csv");
    if (qEnvironmentVariableIsSet("DAICHO_UPDATE_GOLDEN")) {
        QFile out(goldenPath);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write(bytes);
    }
    const QByteArray golden = readFile(goldenPath);
    CHECK(bytes == golden);
    CHECK(fx.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'ledger.export'")) == 1);
    CHECK(verifyAuditTrail(fx.staff->db())->ok);
}

TEST_CASE("CP932 export names what it cannot hold and writes nothing", "[core][ledger][export]")
{
    Fixture fx;
    const QString path = fx.vault.folder() + QStringLiteral("/form1-sjis.csv");
    SECTION("plain Japanese is written as CP932")
    {
        REQUIRE(LedgerExport::write(*fx.staff, fx.form1(), ExportFormat::CsvCp932, path).ok());
        const QByteArray bytes = readFile(path);
        CHECK_FALSE(bytes.startsWith("\xEF\xBB\xBF"));
        const auto text = fromCp932(bytes);
        REQUIRE(text.has_value());
        CHECK(text->contains(QStringLiteral("個人情報データベース等（管理台帳）")));
    }
    SECTION("a character outside CP932 is named")
    {
        FieldValues v = useEventValues(*fx.staff, fx.reg);
        v[QStringLiteral("note")] = QStringLiteral("𠮷野家で打合せ");
        REQUIRE(LedgerStore::add(*fx.staff, QStringLiteral("form1"), v).ok());
        auto refused = LedgerExport::write(*fx.staff, fx.form1(), ExportFormat::CsvCp932, path);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().message.contains(QStringLiteral("𠮷")));
        CHECK_FALSE(QFile::exists(path));
        CHECK(fx.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'ledger.export'")) == 0);
    }
}

TEST_CASE("a ledger exports to XLSX", "[core][ledger][export]")
{
    Fixture fx;
    const QString path = fx.vault.folder() + QStringLiteral("/form1.xlsx");
    REQUIRE(LedgerExport::write(*fx.staff, fx.form1(), ExportFormat::Xlsx, path).ok());
    const QByteArray bytes = readFile(path);
    CHECK(bytes.startsWith("PK"));
    CHECK_FALSE(QFile::exists(path + QStringLiteral(".daicho-part")));
    SECTION("an unwritable place is a clear error")
    {
        auto refused = LedgerExport::write(*fx.staff, fx.form1(), ExportFormat::Xlsx,
                                           fx.vault.folder() + QStringLiteral("/no/such/folder/x.xlsx"));
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == ErrorCode::Io);
    }
}

TEST_CASE("an export imports back as the same entries", "[core][ledger][import]")
{
    Fixture fx;
    const QString path = fx.vault.folder() + QStringLiteral("/form1.csv");
    REQUIRE(LedgerExport::write(*fx.staff, fx.form1(), ExportFormat::CsvCp932, path).ok());
    auto report = LedgerImport::importCsv(*fx.staff, QStringLiteral("form1"), readFile(path));
    REQUIRE(report.ok());
    INFO((report->problems.isEmpty() ? QString() : report->problems.first().message).toStdString());
    CHECK(report->problems.isEmpty());
    CHECK(report->imported == 2);
    CHECK(report->encoding == CsvEncoding::Cp932);
    // Each row is the same in every item as an entry kept: said (with its No.), not refused.
    CHECK(report->repeatCount == 2);
    REQUIRE(report->repeats.size() == 2);
    CHECK(report->repeats.at(0).line == 2);
    CHECK(report->repeats.at(0).number == 1);

    auto rows = LedgerQuery::page(*fx.staff, fx.form1(), ListOrder::OldestFirst, std::nullopt, 10);
    REQUIRE(rows.ok());
    REQUIRE(rows->size() == 4);
    // (date, id) order: the two originals of 10 May, then the two of 12 May.
    CHECK(rows->at(0).values == rows->at(1).values);
    CHECK(rows->at(2).values == rows->at(3).values);
    CHECK(fx.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'ledger.import'")) == 1);
    auto verified = verifyAuditTrail(fx.staff->db());
    REQUIRE(verified.ok());
    INFO(verified->problem.toStdString());
    CHECK(verified->ok);
}

TEST_CASE("an import reports its progress, and cancelled it imports nothing", "[core][ledger][import]")
{
    Fixture fx;
    const std::int64_t before = fx.count(QStringLiteral("SELECT count(*) FROM ledger_entries"));
    QByteArray file = "日付,区分,個人情報データベース等（管理台帳）,利用目的,出力の種類,部署,事務取扱担当者\r\n";
    for (int i = 0; i < 2500; ++i)
        file += "2026/06/01,②利用・出力,特定健診受診者データベース,統計の作成,印刷,健診管理課,健診 担当\r\n";
    QList<std::tuple<ImportStage, std::int64_t, std::int64_t>> calls;
    const auto record = [&](ImportStage stage, std::int64_t done, std::int64_t total) {
        calls << std::tuple{stage, done, total};
        return true;
    };
    SECTION("every thousand rows and at the end, checking and then writing; then the index")
    {
        auto report = LedgerImport::importCsv(*fx.staff, QStringLiteral("form1"), file, false, record);
        REQUIRE(report.ok());
        CHECK(report->imported == 2500);
        const QList<std::tuple<ImportStage, std::int64_t, std::int64_t>> expected{
            {ImportStage::Checking, 1000, 2500}, {ImportStage::Checking, 2000, 2500},
            {ImportStage::Checking, 2500, 2500}, {ImportStage::Writing, 1000, 2500},
            {ImportStage::Writing, 2000, 2500},  {ImportStage::Writing, 2500, 2500},
            {ImportStage::Indexing, 2500, 2500}};
        CHECK(calls == expected);
        requireVerified(*fx.staff);
    }
    for (const ImportStage stopAt : {ImportStage::Checking, ImportStage::Writing}) {
        DYNAMIC_SECTION("cancelled while " << (stopAt == ImportStage::Checking ? "checking" : "writing"))
        {
            const auto cancelAt2000 = [&](ImportStage stage, std::int64_t done, std::int64_t) {
                return !(stage == stopAt && done == 2000);
            };
            auto report = LedgerImport::importCsv(*fx.staff, QStringLiteral("form1"), file, false, cancelAt2000);
            REQUIRE_FALSE(report.ok());
            CHECK(report.error().code == ErrorCode::Cancelled);
            CHECK(report.error().message.contains(QStringLiteral("Nothing was imported")));
            CHECK(fx.count(QStringLiteral("SELECT count(*) FROM ledger_entries")) == before);
            CHECK(fx.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'ledger.import'")) == 0);
            requireVerified(*fx.staff);
        }
    }
}

// The rows are checked before the write lock is taken, while the progress bar lets the event
// loop (and other windows) run; what they were checked against may change before they are
// written, and is asked again under the lock.
TEST_CASE("an import checks again under the write lock what changed while it checked the rows",
          "[core][ledger][import]")
{
    Fixture fx;
    const std::int64_t before = fx.count(QStringLiteral("SELECT count(*) FROM ledger_entries"));
    QByteArray file = "日付,区分,個人情報データベース等（管理台帳）,利用目的,出力の種類,部署,事務取扱担当者\r\n";
    for (int i = 0; i < 2500; ++i)
        file += "2026/06/01,②利用・出力,特定健診受診者データベース,統計の作成,印刷,健診管理課,健診 担当\r\n";
    // As an export ends: an empty line and the trail's code, which are not entries. The last
    // call of the progress comes for that line, when every entry has been checked.
    file += "\r\n監査証跡,1:ABCDE\r\n";
    // Runs `change` when the last row has been checked, before the write begins.
    const auto afterChecking = [](std::function<void()> change) {
        return [change](ImportStage stage, std::int64_t done, std::int64_t total) {
            if (stage == ImportStage::Checking && done == total)
                change();
            return true;
        };
    };

    SECTION("the person may no longer import")
    {
        // Only core changes a session's person (UserAdmin refreshes one's own record); the test
        // stands in for it with the internal accessor.
        UserEntry auditor = fx.staff->user();
        auditor.role = Role::Auditor;
        auto report = LedgerImport::importCsv(*fx.staff, QStringLiteral("form1"), file, false,
                                              afterChecking([&] { SessionInternals::setUser(*fx.staff, auditor); }));
        REQUIRE(!report.ok());
        CHECK(report.error().code == ErrorCode::PermissionDenied);
    }
    SECTION("another window revised the register: the purpose is no longer one of it (第25条)")
    {
        FieldValues narrowed = registerValues(fx.vault.chief());
        narrowed[QStringLiteral("purposes")] = QStringList{QStringLiteral("健診結果の通知")};
        narrowed[QStringLiteral("purpose_change_consent")] = true;
        Status revised;
        auto report = LedgerImport::importCsv(*fx.staff, QStringLiteral("form1"), file, false, afterChecking([&] {
            auto revision = LedgerStore::revise(fx.vault.chief(), fx.reg, narrowed, QStringLiteral("目的の見直し"));
            revised = revision.ok() ? Status() : Status(revision.error());
        }));
        INFO((revised.ok() ? QString() : revised.error().message).toStdString());
        REQUIRE(revised.ok());
        REQUIRE(report.ok());
        CHECK(report->imported == 0);
        REQUIRE(!report->problems.isEmpty());
        CHECK(report->problems.first().line == 2);
        CHECK(report->problems.first().column == QStringLiteral("利用目的"));
        CHECK(report->moreProblems);
    }
    CHECK(fx.count(QStringLiteral("SELECT count(*) FROM ledger_entries")) == before);
    CHECK(fx.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'ledger.import'")) == 0);
    requireVerified(fx.vault.chief());
}

TEST_CASE("an import with any bad row imports nothing and names row and item", "[core][ledger][import]")
{
    Fixture fx;
    const std::int64_t before = fx.count(QStringLiteral("SELECT count(*) FROM ledger_entries"));
    const QByteArray header =
        "日付,区分,個人情報データベース等（管理台帳）,利用目的,出力の種類,部署,事務取扱担当者\r\n";
    const QByteArray good =
        "2026/06/01,②利用・出力,特定健診受診者データベース,統計の作成,印刷,健診管理課,健診 担当\r\n";

    SECTION("a date that is not a date")
    {
        const QByteArray bad =
            "2026/13/01,②利用・出力,特定健診受診者データベース,統計の作成,印刷,健診管理課,健診 担当\r\n";
        auto report = LedgerImport::importCsv(*fx.staff, QStringLiteral("form1"), header + good + bad);
        REQUIRE(report.ok());
        CHECK(report->imported == 0);
        REQUIRE(report->problems.size() == 1);
        CHECK(report->problems.first().line == 3);
        CHECK(report->problems.first().column == QStringLiteral("日付"));
    }
    SECTION("a purpose the register does not hold (第25条)")
    {
        const QByteArray bad = "2026/06/02,②利用・出力,特定健診受診者データベース,広告,印刷,健診管理課,健診 担当\r\n";
        auto report = LedgerImport::importCsv(*fx.staff, QStringLiteral("form1"), header + bad + good);
        REQUIRE(report.ok());
        REQUIRE(report->problems.size() == 1);
        CHECK(report->problems.first().line == 2);
        CHECK(report->problems.first().column == QStringLiteral("利用目的"));
    }
    SECTION("an unknown column")
    {
        auto report = LedgerImport::importCsv(*fx.staff, QStringLiteral("form1"), "日付,好きな色\r\n2026/06/01,青\r\n");
        REQUIRE(report.ok());
        CHECK_FALSE(report->problems.isEmpty());
        CHECK(report->problems.first().column == QStringLiteral("好きな色"));
    }
    SECTION("another department's rows")
    {
        const QByteArray other =
            "2026/06/01,②利用・出力,特定健診受診者データベース,統計の作成,印刷,総務課,健診 担当\r\n";
        auto report = LedgerImport::importCsv(*fx.staff, QStringLiteral("form1"), header + other);
        REQUIRE(report.ok());
        CHECK(report->problems.size() == 1);
    }
    SECTION("a file in neither UTF-8 nor CP932")
    {
        auto report = LedgerImport::importCsv(*fx.staff, QStringLiteral("form1"), QByteArray("\xFF\xFE\x41\x00", 4));
        REQUIRE_FALSE(report.ok());
    }
    SECTION("the register is not imported")
    {
        auto report = LedgerImport::importCsv(*fx.staff, QStringLiteral("form3"), header + good);
        REQUIRE_FALSE(report.ok());
    }
    SECTION("a good file imports")
    {
        auto report = LedgerImport::importCsv(*fx.staff, QStringLiteral("form1"), header + good + good);
        REQUIRE(report.ok());
        CHECK(report->problems.isEmpty());
        CHECK(report->imported == 2);
        CHECK(fx.count(QStringLiteral("SELECT count(*) FROM ledger_entries")) == before + 2);
        return;
    }
    CHECK(fx.count(QStringLiteral("SELECT count(*) FROM ledger_entries")) == before);
}

TEST_CASE("rows that repeat kept entries are left out when asked; a row differing in one item is not a repeat",
          "[core][ledger][import]")
{
    Fixture fx;
    const QString path = fx.vault.folder() + QStringLiteral("/form1.csv");
    REQUIRE(LedgerExport::write(*fx.staff, fx.form1(), ExportFormat::CsvUtf8, path).ok());
    QByteArray file = readFile(path);
    // The entry of 10 May now says 11 May in the file: another entry, not a repeat.
    const QString text = QString::fromUtf8(file);
    static const QRegularExpression tenth(QStringLiteral("2026(\\D)(0?)5(\\D)10"));
    REQUIRE(text.contains(tenth));
    file = QString(text).replace(tenth, QStringLiteral("2026\\1\\25\\311")).toUtf8();
    auto dry = LedgerImport::importCsv(*fx.staff, QStringLiteral("form1"), file, true);
    REQUIRE(dry.ok());
    INFO((dry->problems.isEmpty() ? QString() : dry->problems.first().message).toStdString());
    REQUIRE(dry->problems.isEmpty());
    CHECK(dry->repeatCount == 1);
    auto report = LedgerImport::importCsv(*fx.staff, QStringLiteral("form1"), file, false, {}, RepeatedRows::Skip);
    REQUIRE(report.ok());
    CHECK(report->skipped == 1);
    CHECK(report->imported == 1);
    CHECK(fx.count(QStringLiteral("SELECT count(*) FROM ledger_entries WHERE form = 'form1'")) == 3);
    requireVerified(*fx.staff);
}
