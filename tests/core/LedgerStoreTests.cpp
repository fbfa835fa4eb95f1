#include "audit/AuditVerifier.h"
#include "audit/internal/TrailVerification.h"
#include "auth/SignIn.h"
#include "ledger/EntryExitLog.h"
#include "ledger/LedgerReader.h"
#include "ledger/LedgerStore.h"
#include "ledger/monitoring/CheckItems.h"
#include "store/Schema.h"
#include "support/LedgerFixtures.h"
#include "support/OlderSchema.h"
#include "support/TestVault.h"

#include <catch2/catch.hpp>

#include <QDir>

using namespace daicho;
using namespace daicho::test;

namespace {

EntryId addRegister(Session& chief, bool sensitive = true)
{
    auto id = LedgerStore::add(chief, QStringLiteral("form3"), registerValues(chief, sensitive));
    INFO((id.ok() ? QString() : id.error().message + QStringLiteral(" / ") + id.error().detail).toStdString());
    REQUIRE(id.ok());
    return id.value();
}

EntryId addOk(Session& session, const QString& form, const FieldValues& values)
{
    auto id = LedgerStore::add(session, form, values);
    INFO((id.ok() ? QString() : id.error().message + QStringLiteral(" / ") + id.error().detail).toStdString());
    REQUIRE(id.ok());
    return id.value();
}

} // namespace

TEST_CASE("an entry round-trips through the store with its values, state and history", "[core][ledger][store]")
{
    TestVault vault;
    vault.addPeople();
    const EntryId reg = addRegister(vault.chief());
    auto staff = vault.signIn(QStringLiteral("staff"));
    const FieldValues values = useEventValues(*staff, reg);
    auto id = LedgerStore::add(*staff, QStringLiteral("form1"), values);
    INFO((id.ok() ? QString() : id.error().message).toStdString());
    REQUIRE(id.ok());

    auto entry = LedgerReader::entry(*staff, id.value());
    REQUIRE(entry.ok());
    CHECK(entry->formId == QStringLiteral("form1"));
    CHECK(entry->values == values);
    CHECK(entry->date == QDate(2026, 5, 10));
    CHECK(entry->registerId == reg);
    CHECK(entry->state == EntryState::AwaitingReview);
    CHECK(entry->departmentId == departmentId(*staff, QStringLiteral("健診管理課")));
    requireVerified(*staff);
}

TEST_CASE("a correction is a new revision with who, when and why; the old one stays", "[core][ledger][store]")
{
    TestVault vault;
    vault.addPeople();
    const EntryId reg = addRegister(vault.chief());
    auto staff = vault.signIn(QStringLiteral("staff"));
    FieldValues values = useEventValues(*staff, reg);
    const EntryId id = LedgerStore::add(*staff, QStringLiteral("form1"), values).value();

    values[QStringLiteral("quantity")] = qint64(25);
    SECTION("without a reason it is refused and nothing changes")
    {
        auto revised = LedgerStore::revise(*staff, id, values, QStringLiteral("  "));
        REQUIRE_FALSE(revised.ok());
        CHECK(revised.error().code == ErrorCode::InvalidInput);
        CHECK(count(*staff, QStringLiteral("SELECT count(*) FROM ledger_revisions WHERE entry_id = %1").arg(id)) == 1);
    }
    SECTION("with the same values it is refused")
    {
        auto revised = LedgerStore::revise(*staff, id, useEventValues(*staff, reg), QStringLiteral("再確認"));
        REQUIRE_FALSE(revised.ok());
        CHECK(revised.error().code == ErrorCode::InvalidInput);
    }
    SECTION("with a reason it keeps both revisions")
    {
        vault.clock().advanceSeconds(300);
        auto revised = LedgerStore::revise(*staff, id, values, QStringLiteral("枚数の誤り"));
        REQUIRE(revised.ok());
        auto history = LedgerReader::revisions(*staff, id);
        REQUIRE(history.ok());
        REQUIRE(history->size() == 2);
        CHECK(history->at(0).values.value(QStringLiteral("quantity")).toLongLong() == 20);
        CHECK(history->at(1).values.value(QStringLiteral("quantity")).toLongLong() == 25);
        CHECK(history->at(1).reason == QStringLiteral("枚数の誤り"));
        CHECK(history->at(1).authorId == staff->user().id);
        CHECK(history->at(1).atUtc > history->at(0).atUtc);
        CHECK(LedgerReader::entry(*staff, id)->revisionCount == 2);
        requireVerified(*staff);
    }
}

TEST_CASE("permissions of the ledgers are checked in core", "[core][ledger][store][permissions]")
{
    TestVault vault;
    vault.addPeople();
    const EntryId reg = addRegister(vault.chief());
    auto staff = vault.signIn(QStringLiteral("staff"));
    auto auditor = vault.signIn(QStringLiteral("auditor"));
    const std::int64_t before = count(*staff, QStringLiteral("SELECT count(*) FROM audit_log"));

    SECTION("the auditor writes nothing")
    {
        auto id = LedgerStore::add(*auditor, QStringLiteral("form1"), useEventValues(*auditor, reg));
        REQUIRE_FALSE(id.ok());
        CHECK(id.error().code == ErrorCode::PermissionDenied);
    }
    SECTION("staff do not keep the management register")
    {
        auto id = LedgerStore::add(*staff, QStringLiteral("form3"), registerValues(*staff));
        REQUIRE_FALSE(id.ok());
        CHECK(id.error().code == ErrorCode::PermissionDenied);
    }
    SECTION("staff write only for their own department")
    {
        FieldValues values = useEventValues(*staff, reg);
        values[QStringLiteral("department")] = departmentId(*staff, QStringLiteral("総務課"));
        auto id = LedgerStore::add(*staff, QStringLiteral("form1"), values);
        REQUIRE_FALSE(id.ok());
        CHECK(id.error().code == ErrorCode::PermissionDenied);
    }
    SECTION("staff do not approve")
    {
        const EntryId id = LedgerStore::add(*staff, QStringLiteral("form1"), useEventValues(*staff, reg)).value();
        auto staff2 = vault.signIn(QStringLiteral("staff"));
        auto decided = LedgerStore::decide(*staff2, id, Decision::Review, {});
        REQUIRE_FALSE(decided.ok());
        CHECK(decided.error().code == ErrorCode::PermissionDenied);
        return;
    }
    CHECK(count(*staff, QStringLiteral("SELECT count(*) FROM audit_log")) == before);
    CHECK(count(*staff, QStringLiteral("SELECT count(*) FROM ledger_revisions")) == 1);
}

TEST_CASE("a use must name a purpose registered for the database (第25条)", "[core][ledger][store][rules]")
{
    TestVault vault;
    vault.addPeople();
    const EntryId reg = addRegister(vault.chief());
    auto staff = vault.signIn(QStringLiteral("staff"));
    FieldValues values = useEventValues(*staff, reg);
    values[QStringLiteral("purpose")] = QStringLiteral("広告の送付");
    auto id = LedgerStore::add(*staff, QStringLiteral("form1"), values);
    REQUIRE_FALSE(id.ok());
    CHECK(id.error().code == ErrorCode::InvalidInput);
    CHECK(id.error().detail == QStringLiteral("purpose"));
    auto issues = LedgerStore::check(*staff, QStringLiteral("form1"), values);
    REQUIRE(issues.ok());
    REQUIRE(issues->size() == 1);
    CHECK(issues->first().field == QStringLiteral("purpose"));
}

TEST_CASE("a carry-out is approved before the data leaves; the return keeps the approval",
          "[core][ledger][store][approval]")
{
    TestVault vault;
    vault.addPeople();
    const EntryId reg = addRegister(vault.chief());
    auto staff = vault.signIn(QStringLiteral("staff"));
    auto head = vault.signIn(QStringLiteral("head"));
    FieldValues values = carryOutValues(*staff, reg);
    const QDateTime back = values.value(QStringLiteral("taken_out")).toDateTime().addSecs(6 * 3600);

    SECTION("the return cannot be recorded before approval")
    {
        FieldValues early = values;
        early[QStringLiteral("returned")] = back;
        auto id = LedgerStore::add(*staff, QStringLiteral("form2"), early);
        REQUIRE_FALSE(id.ok());
        CHECK(id.error().detail == QStringLiteral("returned"));
    }
    SECTION("approve, then record the return, then a real change needs approval again")
    {
        const EntryId id = addOk(*staff, QStringLiteral("form2"), values);
        CHECK(LedgerReader::entry(*staff, id)->state == EntryState::AwaitingApproval);

        // The writer may not approve, and a review is not an approval.
        CHECK(LedgerStore::decide(*head, id, Decision::Review, {}).error().code == ErrorCode::InvalidInput);
        REQUIRE(LedgerStore::decide(*head, id, Decision::Approve, QStringLiteral("暗号化を確認")).ok());
        CHECK(LedgerReader::entry(*staff, id)->state == EntryState::Approved);
        CHECK(LedgerStore::decide(*head, id, Decision::Approve, {}).error().code == ErrorCode::InvalidInput);

        values[QStringLiteral("returned")] = back;
        values[QStringLiteral("return_confirmation")] = QStringLiteral("返却を確認");
        REQUIRE(LedgerStore::revise(*staff, id, values, QStringLiteral("返却の記録")).ok());
        CHECK(LedgerReader::entry(*staff, id)->state == EntryState::Approved);

        values[QStringLiteral("destination")] = QStringLiteral("別の委託先");
        REQUIRE(LedgerStore::revise(*staff, id, values, QStringLiteral("持出先の訂正")).ok());
        CHECK(LedgerReader::entry(*staff, id)->state == EntryState::AwaitingApproval);
        requireVerified(*staff);
    }
    SECTION("a return for correction needs a comment and goes back to the writer")
    {
        const EntryId id = addOk(*staff, QStringLiteral("form2"), values);
        CHECK(LedgerStore::decide(*head, id, Decision::Return, QStringLiteral(" ")).error().code
              == ErrorCode::InvalidInput);
        REQUIRE(LedgerStore::decide(*head, id, Decision::Return, QStringLiteral("件数を確認してください")).ok());
        CHECK(LedgerReader::entry(*staff, id)->state == EntryState::Returned);
        values[QStringLiteral("count")] = qint64(118);
        REQUIRE(LedgerStore::revise(*staff, id, values, QStringLiteral("件数の訂正")).ok());
        CHECK(LedgerReader::entry(*staff, id)->state == EntryState::AwaitingApproval);
        auto approvals = LedgerReader::approvals(*staff, id);
        REQUIRE(approvals.ok());
        REQUIRE(approvals->size() == 1);
        CHECK(approvals->first().comment == QStringLiteral("件数を確認してください"));
        requireVerified(*staff);
    }
    SECTION("nobody approves their own writing")
    {
        FieldValues own = values;
        own[QStringLiteral("carrier")] = userId(*head, QStringLiteral("head"));
        const EntryId id = addOk(*head, QStringLiteral("form2"), own);
        auto decided = LedgerStore::decide(*head, id, Decision::Approve, {});
        REQUIRE_FALSE(decided.ok());
        CHECK(decided.error().code == ErrorCode::PermissionDenied);
    }
}

TEST_CASE("opt-out provision of sensitive data is refused", "[core][ledger][store][rules]")
{
    TestVault vault;
    vault.addPeople();
    const EntryId sensitive = addRegister(vault.chief(), true);
    const EntryId plain = addRegister(vault.chief(), false);
    auto staff = vault.signIn(QStringLiteral("staff"));
    FieldValues values{{QStringLiteral("date"), QDate(2026, 6, 1)},
                       {QStringLiteral("recipient"), QStringLiteral("株式会社サンプル")},
                       {QStringLiteral("individual"), QStringLiteral("健診 太郎")},
                       {QStringLiteral("items"), QStringList{QStringLiteral("氏名")}},
                       {QStringLiteral("not_opt_out_sourced"), true},
                       {QStringLiteral("not_improperly_acquired"), true},
                       {QStringLiteral("not_restricted_abroad"), true},
                       {QStringLiteral("recorded"), QDate(2026, 6, 1)}};
    values[QStringLiteral("register")] = qint64(sensitive);
    auto refused = LedgerStore::add(*staff, QStringLiteral("form6-1"), values);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().detail == QStringLiteral("register"));
    values[QStringLiteral("register")] = qint64(plain);
    CHECK(LedgerStore::add(*staff, QStringLiteral("form6-1"), values).ok());
}

TEST_CASE("purposes keep their history; a change is recorded as 第25条2項 and 第28条3項 ask; removing one needs "
          "nothing",
          "[core][ledger][store][rules]")
{
    TestVault vault;
    Session& chief = vault.chief();
    const EntryId plain = addRegister(chief, false);
    FieldValues values = registerValues(chief, false);
    values[QStringLiteral("purposes")] = QStringList{QStringLiteral("健診結果の通知"), QStringLiteral("保健指導")};
    auto refused = LedgerStore::revise(chief, plain, values, QStringLiteral("目的の変更"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().detail == QStringLiteral("purpose_changed_on"));
    values[QStringLiteral("purpose_changed_on")] = QDate(2026, 6, 1);
    values[QStringLiteral("purpose_change_scope")] = QStringLiteral("related");
    values[QStringLiteral("purpose_change_notice")] = QStringList{QStringLiteral("published")};
    REQUIRE(LedgerStore::revise(chief, plain, values, QStringLiteral("目的の変更")).ok());
    // Removing a purpose asks for nothing.
    values[QStringLiteral("purposes")] = QStringList{QStringLiteral("健診結果の通知")};
    REQUIRE(LedgerStore::revise(chief, plain, values, QStringLiteral("目的の削除")).ok());

    // Sensitive data: the centre's policy (on unless the chief turned it off) asks for consent
    // when a purpose is added or changed — never when one is removed.
    const EntryId reg = addRegister(chief, true);
    values = registerValues(chief, true);
    values[QStringLiteral("purposes")] =
        QStringList{QStringLiteral("健診結果の通知"), QStringLiteral("統計の作成"), QStringLiteral("保健指導")};
    values[QStringLiteral("purpose_changed_on")] = QDate(2026, 6, 1);
    values[QStringLiteral("purpose_change_scope")] = QStringLiteral("related");
    values[QStringLiteral("purpose_change_notice")] = QStringList{QStringLiteral("notified")};
    refused = LedgerStore::revise(chief, reg, values, QStringLiteral("目的の追加"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().detail == QStringLiteral("purpose_change_consent"));
    values[QStringLiteral("purpose_change_consent")] = true;
    REQUIRE(LedgerStore::revise(chief, reg, values, QStringLiteral("目的の追加（同意取得済み）")).ok());
    values[QStringLiteral("purposes")] = QStringList{QStringLiteral("健診結果の通知"), QStringLiteral("保健指導")};
    values.remove(QStringLiteral("purpose_change_consent"));
    REQUIRE(LedgerStore::revise(chief, reg, values, QStringLiteral("目的の削除")).ok());

    auto history = LedgerReader::revisions(chief, reg);
    REQUIRE(history->size() == 3);
    CHECK(history->at(0).values.value(QStringLiteral("purposes")).toStringList().size() == 2);
    CHECK(history->at(1).values.value(QStringLiteral("purposes")).toStringList().size() == 3);
    CHECK(history->at(2).values.value(QStringLiteral("purposes")).toStringList().size() == 2);
}

TEST_CASE("a receipt is refused until the provider and the history were confirmed (第32条1–3項)",
          "[core][ledger][store][rules]")
{
    TestVault vault;
    vault.addPeople();
    const EntryId reg = addRegister(vault.chief(), false);
    auto staff = vault.signIn(QStringLiteral("staff"));
    FieldValues v{{QStringLiteral("date"), QDate(2026, 7, 1)},
                  {QStringLiteral("consent"), true},
                  {QStringLiteral("provider"), QStringLiteral("株式会社サンプル")},
                  {QStringLiteral("provider_address"), QStringLiteral("宮城県仙台市青葉区1-1")},
                  {QStringLiteral("provider_kind"), QStringLiteral("individual")},
                  {QStringLiteral("acquisition"), QStringLiteral("従業員から本人同意を得て取得")},
                  {QStringLiteral("individual"), QStringLiteral("健診 花子")},
                  {QStringLiteral("items"), QStringList{QStringLiteral("氏名")}},
                  {QStringLiteral("identity_confirmed"), true},
                  {QStringLiteral("history_confirmed"), false},
                  {QStringLiteral("identity_method"), QStringLiteral("declaration")},
                  {QStringLiteral("history_method"), QStringLiteral("document")},
                  {QStringLiteral("recorded"), QDate(2026, 7, 1)},
                  {QStringLiteral("register"), qint64(reg)}};
    auto refused = LedgerStore::add(*staff, QStringLiteral("form7-2"), v);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().detail == QStringLiteral("history_confirmed"));
    v[QStringLiteral("history_confirmed")] = true;
    CHECK(LedgerStore::add(*staff, QStringLiteral("form7-2"), v).ok());
}

TEST_CASE("changes to the ledger tables outside Daicho are found by the verifier", "[core][ledger][audit]")
{
    TestVault vault;
    vault.addPeople();
    const EntryId reg = addRegister(vault.chief());
    auto staff = vault.signIn(QStringLiteral("staff"));
    const EntryId id = LedgerStore::add(*staff, QStringLiteral("form1"), useEventValues(*staff, reg)).value();
    requireVerified(*staff);
    Database& db = staff->db();

    auto expectTampered = [&](const QString& sql) {
        REQUIRE(db.exec(sql).ok());
        auto report = verifyAuditTrail(db);
        REQUIRE(report.ok());
        CHECK_FALSE(report->ok);
        CHECK_FALSE(report->problem.isEmpty());
    };
    SECTION("a list row marked as reviewed")
    {
        expectTampered(QStringLiteral("UPDATE ledger_entries SET state = 'reviewed' WHERE id = %1").arg(id));
    }
    SECTION("a list row's date moved")
    {
        expectTampered(QStringLiteral("UPDATE ledger_entries SET entry_date = '2025-01-01' WHERE id = %1").arg(id));
    }
    SECTION("a revision's values rewritten")
    {
        expectTampered(QStringLiteral("UPDATE ledger_revisions SET data = x'a0' WHERE entry_id = %1").arg(id));
    }
    SECTION("a revision deleted")
    {
        // Whoever holds the key can switch the foreign keys off first.
        REQUIRE(db.exec(QStringLiteral("PRAGMA foreign_keys = OFF")).ok());
        expectTampered(QStringLiteral("DELETE FROM ledger_revisions WHERE entry_id = %1").arg(id));
    }
    SECTION("an approval planted")
    {
        expectTampered(QStringLiteral("INSERT INTO ledger_approvals (entry_id, revision_id, approver_id, at_utc, "
                                      "decision) SELECT %1, revision_id, 1, '2026-01-01T00:00:00.000Z', 'review' "
                                      "FROM ledger_entries WHERE id = %1")
                           .arg(id));
    }
    SECTION("a whole entry removed")
    {
        expectTampered(QStringLiteral("DELETE FROM ledger_entries WHERE id = %1").arg(id));
    }
}

TEST_CASE("an older database is upgraded at sign-in, audited, given the check items, and verifies",
          "[core][ledger][schema]")
{
    // What version 1 wrote had no ledger tables; version 2 had no check items; version 3 had
    // no indexes of the trail by action and by user; version 4 no mark of how far the search
    // index reaches; versions 5 and 6 no digests of the definitions the derived rows follow;
    // version 7 no numbers of the entries in their own ledgers; version 8 no retired departments;
    // version 10 no disposal runs; version 11 no record of the compactions after them; version
    // 12 no keys of the cases' steps.
    const QStringList v5{QStringLiteral("TABLE ledger_definitions")};
    const QStringList v4 = QStringList{QStringLiteral("TABLE ledger_grams_progress")} + v5;
    const QStringList v3 =
        QStringList{QStringLiteral("INDEX audit_log_action"), QStringLiteral("INDEX audit_log_user")} + v4;
    const auto [version, objects] = GENERATE_COPY(
        std::pair<int, QStringList>{
            1, QStringList{QStringLiteral("TABLE ledger_grams"), QStringLiteral("TABLE ledger_entries"),
                           QStringLiteral("TABLE ledger_approvals"), QStringLiteral("TABLE ledger_revisions"),
                           QStringLiteral("TABLE check_items")}
                   + v3},
        std::pair<int, QStringList>{2, QStringList{QStringLiteral("TABLE check_items")} + v3},
        std::pair<int, QStringList>{3, v3}, std::pair<int, QStringList>{4, v4}, std::pair<int, QStringList>{5, v5},
        std::pair<int, QStringList>{6, v5}, std::pair<int, QStringList>{7, QStringList{}},
        std::pair<int, QStringList>{8, QStringList{}}, std::pair<int, QStringList>{9, QStringList{}},
        std::pair<int, QStringList>{10, QStringList{}}, std::pair<int, QStringList>{11, QStringList{}},
        std::pair<int, QStringList>{12, QStringList{}});
    INFO("from version " << version);
    TestVault vault;
    {
        Database& db = vault.chief().db();
        REQUIRE(db.exec(version <= 7    ? schemaSevenSql()
                        : version == 8  ? schemaEightSql()
                        : version == 9  ? schemaNineSql()
                        : version == 10 ? schemaTenSql()
                        : version == 11 ? schemaElevenSql()
                                        : schemaTwelveSql())
                    .ok());
        for (const QString& object : objects)
            REQUIRE(db.exec(QStringLiteral("DROP %1").arg(object)).ok());
        // What schemas 7 and 8 derived their rows under (7: no numbers yet; 8: no reference
        // tokens in the search text).
        if (version >= 7)
            REQUIRE(db.exec(QStringLiteral("UPDATE ledger_definitions SET digest = 'schema %1'").arg(version)).ok());
        // The audit entries of the dropped rows stay; a real older file has none, and the
        // upgrade's own entries record the rows as they are now.
        REQUIRE(db.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)).ok());
    }
    vault.closeChief();
    vault.reopenChief();
    Session& chief = vault.chief();
    CHECK(chief.db().scalar(QStringLiteral("PRAGMA user_version")).value()
          == QString::number(Schema::currentVersion()));
    CHECK(count(chief, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'schema.upgrade'")) == 1);
    // The derived rows are derived again once under the definitions in force.
    CHECK(count(chief, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'ledger.definitions'")) == 1);
    CHECK(count(chief, QStringLiteral("SELECT count(*) FROM check_items WHERE active = 1"))
          == defaultCheckItems().size());
    CHECK(addRegister(chief) > 0);
    requireVerified(chief);
}

TEST_CASE("an older schema that was altered is not upgraded", "[core][ledger][schema]")
{
    TestVault vault;
    {
        Database& db = vault.chief().db();
        for (const char* table : {"ledger_grams", "ledger_entries", "ledger_approvals", "ledger_revisions"})
            REQUIRE(db.exec(QStringLiteral("DROP TABLE %1").arg(QLatin1String(table))).ok());
        REQUIRE(db.exec(QStringLiteral("CREATE VIEW spy AS SELECT * FROM users")).ok());
        REQUIRE(db.exec(QStringLiteral("PRAGMA user_version = 1")).ok());
    }
    vault.closeChief();
    auto session = SignIn::signIn(vault.paths(), TestVault::kChiefLogin, TestVault::kChiefPassword, vault.clock());
    REQUIRE_FALSE(session.ok());
    CHECK(session.error().code == ErrorCode::Tampered);
}

TEST_CASE("recording the exit of a reviewed visit keeps the review; another change does not",
          "[core][ledger][store][approval]")
{
    TestVault vault;
    vault.addPeople();
    auto staff = vault.signIn(QStringLiteral("staff"));
    auto head = vault.signIn(QStringLiteral("head"));
    const QDateTime in(QDate(2026, 11, 20), QTime(1, 0), Qt::UTC);
    FieldValues v{{QStringLiteral("date"), QDate(2026, 11, 20)},
                  {QStringLiteral("name"), QStringLiteral("保守 太郎")},
                  {QStringLiteral("affiliation"), QStringLiteral("保守業者")},
                  {QStringLiteral("purpose"), QStringLiteral("サーバー保守")},
                  {QStringLiteral("time_in"), in}};
    const EntryId id = addOk(*staff, QStringLiteral("form5"), v);
    REQUIRE(LedgerStore::decide(*head, id, Decision::Review, {}).ok());
    v[QStringLiteral("time_out")] = in.addSecs(3600);
    REQUIRE(LedgerStore::revise(*staff, id, v, QStringLiteral("退室の記録")).ok());
    CHECK(LedgerReader::entry(*staff, id)->state == EntryState::Reviewed);
    v[QStringLiteral("purpose")] = QStringLiteral("障害対応");
    REQUIRE(LedgerStore::revise(*staff, id, v, QStringLiteral("用件の訂正")).ok());
    CHECK(LedgerReader::entry(*staff, id)->state == EntryState::AwaitingReview);
    requireVerified(*staff);
}

TEST_CASE("schema versions are the migration files, numbered from 001 without a gap", "[core][schema]")
{
    const QStringList names = QDir(QStringLiteral(":/daicho/migrations"))
                                  .entryList({QStringLiteral("Migration*.sql")}, QDir::Files, QDir::Name);
    REQUIRE(names.size() == Schema::currentVersion());
    for (qsizetype i = 0; i < names.size(); ++i) {
        INFO(names[i].toStdString());
        CHECK(names[i].startsWith(QStringLiteral("Migration%1").arg(i + 1, 3, 10, QLatin1Char('0'))));
    }
}

// 第17条(1): the door's log. Recording an exit is a core service, as the button's only job.
TEST_CASE("recording a visitor's exit sets the time out now, once, and only on the door's log", "[core][ledger][store]")
{
    TestVault vault;
    vault.addPeople();
    auto staff = vault.signIn(QStringLiteral("staff"));
    const QDateTime in(QDate(2026, 4, 1), QTime(0, 30), Qt::UTC);
    const EntryId id = addOk(*staff, QStringLiteral("form5"),
                             {{QStringLiteral("date"), QDate(2026, 4, 1)},
                              {QStringLiteral("name"), QStringLiteral("保守 太郎")},
                              {QStringLiteral("affiliation"), QStringLiteral("保守業者")},
                              {QStringLiteral("purpose"), QStringLiteral("サーバー保守")},
                              {QStringLiteral("time_in"), in}});
    vault.clock().set(QDateTime(QDate(2026, 4, 1), QTime(0, 59, 35), Qt::UTC)); // 09:59:35 in Japan
    auto recorded = entry_exit::recordExit(*staff, id);
    REQUIRE(recorded.ok());
    CHECK(recorded->timeOutUtc == QDateTime(QDate(2026, 4, 1), QTime(0, 59), Qt::UTC)); // to the minute
    auto entry = LedgerReader::entry(*staff, id);
    CHECK(entry->values.value(QStringLiteral("time_out")).toDateTime() == recorded->timeOutUtc);
    auto history = LedgerReader::revisions(*staff, id);
    REQUIRE(history.ok());
    CHECK(history->last().reason == QStringLiteral("退室の記録"));

    auto again = entry_exit::recordExit(*staff, id);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code == ErrorCode::InvalidInput);
    const EntryId reg = addOk(vault.chief(), QStringLiteral("form3"), registerValues(vault.chief()));
    auto notADoor = entry_exit::recordExit(vault.chief(), reg);
    REQUIRE_FALSE(notADoor.ok());
    CHECK(notADoor.error().code == ErrorCode::InvalidInput);
    requireVerified(*staff);
}
