// Issue 11 §8: each ledger numbers its own entries (様式1 No.1, 2, 3 …; 様式3 No.1 …), shown
// in lists, prints, exports and the audit trail; the internal id stays internal.
#include "audit/AuditVerifier.h"
#include "audit/internal/TrailVerification.h"
#include "exchange/LedgerExport.h"
#include "exchange/LedgerImport.h"
#include "ledger/LedgerDirectory.h"
#include "ledger/LedgerQuery.h"
#include "ledger/LedgerReader.h"
#include "ledger/LedgerStore.h"
#include "store/Schema.h"
#include "support/LedgerFixtures.h"
#include "support/OlderSchema.h"
#include "support/TestVault.h"

#include <catch2/catch.hpp>

#include <QFile>

using namespace daicho;
using namespace daicho::test;

namespace {

EntryId added(Session& session, const QString& form, const FieldValues& values)
{
    auto id = LedgerStore::add(session, form, values);
    INFO((id.ok() ? QString() : id.error().message + QStringLiteral(" / ") + id.error().detail).toStdString());
    REQUIRE(id.ok());
    return id.value();
}

std::int64_t numberOf(const Session& session, EntryId id)
{
    auto number = LedgerReader::number(session, id);
    REQUIRE(number.ok());
    return number.value();
}

} // namespace

TEST_CASE("each ledger numbers its own entries from 1, in lists, imports and exports", "[core][ledger][store][number]")
{
    TestVault vault;
    vault.addPeople();
    Session& chief = vault.chief();
    const EntryId reg1 = added(chief, QStringLiteral("form3"), registerValues(chief));
    FieldValues other = registerValues(chief, false);
    other[QStringLiteral("name")] = QStringLiteral("職員研修受講者名簿");
    const EntryId reg2 = added(chief, QStringLiteral("form3"), other);
    auto staff = vault.signIn(QStringLiteral("staff"));
    const EntryId use1 = added(*staff, QStringLiteral("form1"), useEventValues(*staff, reg1));
    const EntryId carry = added(*staff, QStringLiteral("form2"), carryOutValues(*staff, reg1));
    const EntryId use2 = added(*staff, QStringLiteral("form1"), useEventValues(*staff, reg1));

    // The ids run across the ledgers; the numbers start at 1 in each.
    CHECK(use1 > reg2);
    CHECK(numberOf(chief, reg1) == 1);
    CHECK(numberOf(chief, reg2) == 2);
    CHECK(numberOf(*staff, use1) == 1);
    CHECK(numberOf(*staff, carry) == 1);
    CHECK(numberOf(*staff, use2) == 2);
    CHECK(LedgerReader::entry(*staff, use2)->number == 2);

    // A correction keeps the number.
    FieldValues changed = useEventValues(*staff, reg1);
    changed[QStringLiteral("quantity")] = qint64(99);
    REQUIRE(LedgerStore::revise(*staff, use2, changed, QStringLiteral("枚数の誤り")).ok());
    CHECK(numberOf(*staff, use2) == 2);

    // The list rows carry it.
    LedgerFilter form1;
    form1.formId = QStringLiteral("form1");
    auto rows = LedgerQuery::page(*staff, form1, ListOrder::OldestFirst, std::nullopt, 10);
    REQUIRE(rows.ok());
    REQUIRE(rows->size() == 2);
    CHECK(rows->at(0).number == 1);
    CHECK(rows->at(1).number == 2);

    // An import continues the ledger's numbering.
    const QByteArray file =
        "日付,区分,個人情報データベース等（管理台帳）,利用目的,出力の種類,部署,事務取扱担当者\r\n"
        "2026/06/01,②利用・出力,特定健診受診者データベース,統計の作成,印刷,健診管理課,健診 担当\r\n"
        "2026/06/02,②利用・出力,特定健診受診者データベース,統計の作成,印刷,健診管理課,健診 担当\r\n";
    auto report = LedgerImport::importCsv(*staff, QStringLiteral("form1"), file);
    REQUIRE(report.ok());
    REQUIRE(report->imported == 2);
    CHECK(count(*staff, QStringLiteral("SELECT group_concat(number, '') FROM (SELECT number FROM ledger_entries WHERE "
                                       "form = 'form1' ORDER BY id)"))
          == 1234);
    requireVerified(*staff);

    // The export's first column is the number people see, not the id.
    const QString path = vault.folder() + QStringLiteral("/form1.csv");
    REQUIRE(LedgerExport::write(*staff, form1, ExportFormat::CsvUtf8, path).ok());
    QFile exported(path);
    REQUIRE(exported.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = exported.readAll().split('\n');
    REQUIRE(lines.size() > 2);
    CHECK(lines.at(1).startsWith("1,"));
    CHECK(lines.at(2).startsWith("2,"));
}

TEST_CASE("a number changed outside Daicho is named by verify", "[core][ledger][number][tamper]")
{
    TestVault vault;
    vault.addPeople();
    Session& chief = vault.chief();
    const EntryId first = added(chief, QStringLiteral("form3"), registerValues(chief));
    const EntryId second = added(chief, QStringLiteral("form3"), registerValues(chief, false));
    requireVerified(chief);
    Database& db = chief.db();
    const auto expectNamed = [&](const QString& sql) {
        REQUIRE(db.exec(sql).ok());
        auto report = verifyAuditTrail(db);
        REQUIRE(report.ok());
        CHECK_FALSE(report->ok);
        CHECK(report->problem.contains(QStringLiteral("list row")));
    };
    SECTION("two entries swap their numbers")
    {
        expectNamed(QStringLiteral("UPDATE ledger_entries SET number = 3 - number WHERE id IN (%1, %2)")
                        .arg(first)
                        .arg(second));
    }
    SECTION("an entry takes a number of its own choosing")
    {
        expectNamed(QStringLiteral("UPDATE ledger_entries SET number = 15 WHERE id = %1").arg(second));
    }
}

TEST_CASE("entries kept before numbering are numbered in their own ledgers at the next sign-in",
          "[core][ledger][number][schema]")
{
    TestVault vault;
    vault.addPeople();
    const EntryId reg1 = added(vault.chief(), QStringLiteral("form3"), registerValues(vault.chief()));
    const EntryId reg2 = added(vault.chief(), QStringLiteral("form3"), registerValues(vault.chief(), false));
    const EntryId use = added(vault.chief(), QStringLiteral("form1"), useEventValues(vault.chief(), reg1));
    {
        Database& db = vault.chief().db();
        REQUIRE(db.exec(schemaSevenSql()).ok());
        REQUIRE(db.exec(QStringLiteral("UPDATE ledger_definitions SET digest = 'schema 7'")).ok());
        REQUIRE(db.exec(QStringLiteral("PRAGMA user_version = 7")).ok());
    }
    vault.closeChief();
    vault.reopenChief();
    Session& chief = vault.chief();
    CHECK(chief.db().scalar(QStringLiteral("PRAGMA user_version")).value()
          == QString::number(Schema::currentVersion()));
    CHECK(numberOf(chief, reg1) == 1);
    CHECK(numberOf(chief, reg2) == 2);
    CHECK(numberOf(chief, use) == 1);
    // The renumbering is in the trail with the entries it changed.
    CHECK(count(chief, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'ledger.definitions'")) == 1);
    const EntryId next = added(chief, QStringLiteral("form3"), registerValues(chief, false));
    CHECK(numberOf(chief, next) == 3);
    requireVerified(chief);
}

TEST_CASE("an earlier record is named by its ledger and No., never by its internal id",
          "[core][ledger][number][transfer]")
{
    TestVault vault;
    vault.addPeople();
    Session& chief = vault.chief();
    const EntryId reg = added(chief, QStringLiteral("form3"), registerValues(chief, false));
    const EntryId provision =
        added(chief, QStringLiteral("form6-2"), importableEntryValues(chief, QStringLiteral("form6-2"), reg, reg));
    auto directory = LedgerDirectory::load(chief);
    REQUIRE(directory.ok());
    CHECK(directory->entryReferenceText(provision) == QStringLiteral("様式6-2 No.1"));
    for (const QString& typed :
         {QStringLiteral("様式6-2 No.1"), QStringLiteral("6-2 No.1"), QStringLiteral("６－２　Ｎｏ．１"),
          QStringLiteral("様式6-2 no1"), QStringLiteral("6-2-1")}) {
        INFO(typed.toStdString());
        CHECK(directory->entryReferenceByText(typed) == std::optional<EntryId>(provision));
    }
    CHECK_FALSE(directory->entryReferenceByText(QString::number(provision)));
    CHECK_FALSE(directory->entryReferenceByText(QStringLiteral("様式6-1 No.1")));
    CHECK_FALSE(directory->entryReferenceByText(QStringLiteral("様式6-2 No.2")));
}
