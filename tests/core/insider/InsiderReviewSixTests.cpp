// Insider review six (issue 10's logs and register): the head's approval of a carry-out
// (様式2, the centre's rule under 第7条2項③・第8条2項), the centre's policy on purposes of
// sensitive data (Settings, chief only), disposals (様式1 ④, 第10条⑤・第20条1項), the
// definitions' digests (ledger_definitions, DefinitionRefresh), the check items' upgrade
// (schema 6) and the change of purpose (様式3, 第25条2項・第26条1項・第28条3項).
//
// Each attack is done by a staff member, a head, the acting chief or the auditor with their
// own key (Insider). The tests marked "found by insider review six" failed on the code as
// reviewed and pass since the fixes; the others were refused already and must stay refused.
// The weaknesses left open are hidden ([.]) and say why.

#include "Insider.h"

#include "audit/AuditLog.h"
#include "audit/AuditVerifier.h"
#include "auth/Settings.h"
#include "auth/SignIn.h"
#include "auth/UserAdmin.h"
#include "exchange/LedgerImport.h"
#include "ledger/EntryCodec.h"
#include "ledger/FormRegistry.h"
#include "ledger/LedgerReader.h"
#include "ledger/LedgerStore.h"
#include "ledger/monitoring/CheckItems.h"
#include "store/Schema.h"
#include "support/LedgerFixtures.h"
#include "support/OlderSchema.h"
#include "support/TestVault.h"

#include <catch2/catch.hpp>

using namespace daicho;
using namespace daicho::test;

namespace {

struct Centre {
    TestVault vault;
    EntryId reg = 0; // 特定健診受診者データベース, holding 要配慮個人情報, of 健診管理課

    Centre()
    {
        vault.addPeople();
        reg = LedgerStore::add(vault.chief(), QStringLiteral("form3"), registerValues(vault.chief(), true)).value();
    }

    Insider insider(const QString& login)
    {
        return Insider(vault.paths(), login,
                       login == TestVault::kChiefLogin ? TestVault::kChiefPassword : TestVault::kPassword);
    }

    // A head of 総務部, which is not above 健診管理課, with their initial password changed.
    void addOtherHead()
    {
        const QString initial = QStringLiteral("initial-password-0000");
        REQUIRE(UserAdmin::addUser(vault.chief(),
                                   {QStringLiteral("head2"), QStringLiteral("総務 部長"), Role::DepartmentHead,
                                    departmentId(vault.chief(), QStringLiteral("総務部"))},
                                   initial)
                    .ok());
        auto session = SignIn::signIn(vault.paths(), QStringLiteral("head2"), initial, vault.clock());
        REQUIRE(session.ok());
        REQUIRE(UserAdmin::changeOwnPassword(*session.value(), initial, TestVault::kPassword).ok());
    }
};

template <typename T>
QString describe(const Result<T>& result)
{
    return result.ok() ? QStringLiteral("accepted") : result.error().message;
}

// A disposal (様式1 ④) of the register's data in a database, deleted by the centre.
FieldValues disposalValues(const Session& session, EntryId reg)
{
    return {{QStringLiteral("date"), QDate(2026, 6, 1)},
            {QStringLiteral("kind"), QStringLiteral("disposal")},
            {QStringLiteral("register"), qint64(reg)},
            {QStringLiteral("target"), QStringLiteral("database")},
            {QStringLiteral("disposed"), QStringLiteral("特定健診受診者データベース（令和2年度分）")},
            {QStringLiteral("method"), QStringLiteral("deletion")},
            {QStringLiteral("disposed_by"), QStringLiteral("centre")},
            {QStringLiteral("verifier"), userId(session, QStringLiteral("head"))},
            {QStringLiteral("department"), departmentId(session, QStringLiteral("健診管理課"))},
            {QStringLiteral("staff"), userId(session, QStringLiteral("staff"))}};
}

// The register entry with 「保健指導」 added as a purpose, its change recorded as 第25条2項 and
// 第28条3項 ask, but without the individuals' consent.
FieldValues purposeAdded(const Session& session)
{
    FieldValues v = registerValues(session, true);
    v[QStringLiteral("purposes")] =
        QStringList{QStringLiteral("健診結果の通知"), QStringLiteral("統計の作成"), QStringLiteral("保健指導")};
    v[QStringLiteral("purpose_changed_on")] = QDate(2026, 6, 1);
    v[QStringLiteral("purpose_change_scope")] = QStringLiteral("related");
    v[QStringLiteral("purpose_change_notice")] = QStringList{QStringLiteral("published")};
    return v;
}

const QString kPolicy = QStringLiteral("sensitive_purpose_consent");

QString hexOf(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes.toHex());
}

} // namespace

// ---------------------------------------------------------------------------------------
// 様式2: the head's approval of a carry-out (the centre's rule, 第7条2項③・第8条2項)
// ---------------------------------------------------------------------------------------

// Refused already: staff, the auditor and a head of another department may not approve a
// carry-out, nor may a head approve one they wrote; the right head may.
TEST_CASE("insider: staff, the auditor, another department's head or the writer cannot approve a carry-out",
          "[core][insider][ledger][carryout]")
{
    Centre c;
    c.addOtherHead();
    auto staff = c.vault.signIn(QStringLiteral("staff"));
    auto head = c.vault.signIn(QStringLiteral("head"));
    auto head2 = c.vault.signIn(QStringLiteral("head2"));
    auto auditor = c.vault.signIn(QStringLiteral("auditor"));
    const EntryId byStaff = LedgerStore::add(*staff, QStringLiteral("form2"), carryOutValues(*staff, c.reg)).value();
    FieldValues own = carryOutValues(*head, c.reg);
    own[QStringLiteral("carrier")] = userId(*head, QStringLiteral("head"));
    const EntryId byHead = LedgerStore::add(*head, QStringLiteral("form2"), own).value();

    for (Session* who : {staff.get(), head2.get(), auditor.get()}) {
        INFO(who->user().login.toStdString());
        auto decided = LedgerStore::decide(*who, byStaff, Decision::Approve, {});
        REQUIRE_FALSE(decided.ok());
        CHECK(decided.error().code == ErrorCode::PermissionDenied);
    }
    auto ownApproval = LedgerStore::decide(*head, byHead, Decision::Approve, {});
    REQUIRE_FALSE(ownApproval.ok());
    CHECK(ownApproval.error().code == ErrorCode::PermissionDenied);
    CHECK(count(*head, QStringLiteral("SELECT count(*) FROM ledger_approvals")) == 0);

    CHECK(LedgerStore::decide(*head, byStaff, Decision::Approve, {}).ok());
    CHECK(LedgerStore::decide(c.vault.chief(), byHead, Decision::Approve, {}).ok());
    requireVerified(c.vault.chief());
}

// Refused already: an approval written with SQL in the staff member's own name and signed with
// their own key (the forgeries in another's name, of one's own writing and by another
// department's head are InsiderAttackTests').
TEST_CASE("insider: a carry-out approval a staff member forges in their own name is named by verify",
          "[core][insider][ledger][carryout]")
{
    Centre c;
    auto head = c.vault.signIn(QStringLiteral("head"));
    FieldValues v = carryOutValues(*head, c.reg);
    v[QStringLiteral("carrier")] = userId(*head, QStringLiteral("head"));
    const EntryId carryOut = LedgerStore::add(*head, QStringLiteral("form2"), v).value();
    head.reset();
    c.vault.closeChief();
    {
        Insider staff = c.insider(QStringLiteral("staff"));
        staff.forgeApproval(carryOut, staff.myId());
    }
    CHECK(verificationProblem(c.vault).contains(QStringLiteral("may not approve or review")));
}

// Found by insider review six, fixed: the store kept only the writer of the revision from
// deciding on it. A carry-out a staff member records for their head — the head named as the
// one who carries the data out (持出者) — was approved by that head: the head approved their
// own carry-out. Likewise when the head wrote it and a staff member corrected a detail.
TEST_CASE("insider: a head named as the one carrying the data out cannot approve that carry-out",
          "[core][insider][ledger][carryout]")
{
    Centre c;
    auto staff = c.vault.signIn(QStringLiteral("staff"));
    auto head = c.vault.signIn(QStringLiteral("head"));
    const qint64 headId = userId(*head, QStringLiteral("head"));
    FieldValues v = carryOutValues(*staff, c.reg);
    v[QStringLiteral("carrier")] = headId;

    SECTION("written by staff for the head")
    {
        const EntryId carryOut = LedgerStore::add(*staff, QStringLiteral("form2"), v).value();
        auto approved = LedgerStore::decide(*head, carryOut, Decision::Approve, {});
        INFO(describe(approved).toStdString());
        CHECK_FALSE(approved.ok());
        CHECK(LedgerStore::decide(c.vault.chief(), carryOut, Decision::Approve, {}).ok());
    }
    SECTION("written by the head, a detail corrected by staff")
    {
        const EntryId carryOut = LedgerStore::add(*head, QStringLiteral("form2"), v).value();
        FieldValues corrected = v;
        corrected[QStringLiteral("count")] = qint64(121);
        REQUIRE(LedgerStore::revise(*staff, carryOut, corrected, QStringLiteral("件数の訂正")).ok());
        auto approved = LedgerStore::decide(*head, carryOut, Decision::Approve, {});
        INFO(describe(approved).toStdString());
        CHECK_FALSE(approved.ok());
    }
    requireVerified(c.vault.chief());
}

// WEAKNESS left open: the same approval written with SQL by the head and signed with their own
// key passes verify. The verifier checks the approver's role, department and authorship of
// the revision (LedgerAuthority), not who the entry names as its carrier: approvals of that
// kind made honestly by versions before review six would then be reported as made outside
// Daicho. Hidden until the trail can tell which rule was in force for a decision.
TEST_CASE("insider: a carrier's own approval forged with SQL is named by verify",
          "[.][core][insider][ledger][carryout][weakness]")
{
    Centre c;
    auto staff = c.vault.signIn(QStringLiteral("staff"));
    FieldValues v = carryOutValues(*staff, c.reg);
    v[QStringLiteral("carrier")] = userId(*staff, QStringLiteral("head"));
    const EntryId carryOut = LedgerStore::add(*staff, QStringLiteral("form2"), v).value();
    staff.reset();
    c.vault.closeChief();
    {
        Insider head = c.insider(QStringLiteral("head"));
        head.forgeApproval(carryOut, head.myId());
    }
    verificationProblem(c.vault);
}

// ---------------------------------------------------------------------------------------
// The centre's policy on purposes of sensitive data (Settings, chief only)
// ---------------------------------------------------------------------------------------

// Refused already: nobody but the chief — not the acting chief — switches the policy through
// core; the chief's switch is audited in the same transaction (its entry records the row as
// it stands, and the trail verifies).
TEST_CASE("insider: only the chief switches the policy on purposes of sensitive data, audited with the change",
          "[core][insider][settings]")
{
    Centre c;
    const QString changes = QStringLiteral(
        "SELECT count(*) FROM audit_log WHERE action = 'setting.change' AND target_id = 'sensitive_purpose_consent'");
    for (const char* login : {"acting", "head", "staff", "auditor"}) {
        INFO(login);
        auto other = c.vault.signIn(QString::fromLatin1(login));
        const Status refused = Settings::setSensitivePurposeConsent(*other, false);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == ErrorCode::PermissionDenied);
        CHECK(Settings::sensitivePurposeConsent(*other).value());
    }
    CHECK(count(c.vault.chief(), changes) == 0);
    REQUIRE(Settings::setSensitivePurposeConsent(c.vault.chief(), false).ok());
    CHECK(count(c.vault.chief(), changes) == 1);
    // The entry is the last one written and holds the row as it now is.
    CHECK(count(c.vault.chief(), QStringLiteral("SELECT max(seq) FROM audit_log"))
          == count(c.vault.chief(), QStringLiteral("SELECT max(seq) FROM audit_log WHERE target_id = "
                                                   "'sensitive_purpose_consent'")));
    requireVerified(c.vault.chief());
}

// Found by insider review six, fixed: the store read the policy from the settings row as it
// was. A head (who keeps the register) switched it off with SQL, unsigned, then added a
// purpose to a register entry of sensitive data without the individuals' consent; the store
// accepted it. Verify named the row, but only after the entry was in. The store now follows
// a policy switched off only as the chief's signed entry recorded it.
TEST_CASE("insider: the policy switched off with SQL is not followed by the store, and verify names it",
          "[core][insider][settings]")
{
    Centre c;
    c.vault.closeChief();
    {
        Insider head = c.insider(QStringLiteral("head"));
        head.sql(
            QStringLiteral("INSERT OR REPLACE INTO settings (key, value) VALUES ('sensitive_purpose_consent', '0')"));
    }
    {
        auto head = c.vault.signIn(QStringLiteral("head"));
        REQUIRE(head);
        CHECK(Settings::sensitivePurposeConsent(*head).value());
        auto revised = LedgerStore::revise(*head, c.reg, purposeAdded(*head), QStringLiteral("目的の追加"));
        INFO(describe(revised).toStdString());
        CHECK_FALSE(revised.ok());
    }
    CHECK(verificationProblem(c.vault).contains(QStringLiteral("settings")));
}

// Found by insider review six, fixed: the acting chief may change shared settings, so their
// own signature on a change of the policy made with SQL passed verify, and the store followed
// it — though the policy is the chief's alone (Settings refuses the acting chief). Verify now
// names an entry about the policy not signed by a chief, and the store does not follow it.
// A staff member's signature on such a change was named already (not a registrar).
TEST_CASE("insider: the acting chief's or staff's signed SQL change of the policy is named by verify and not followed",
          "[core][insider][settings]")
{
    Centre c;
    const QString login = GENERATE(QStringLiteral("acting"), QStringLiteral("staff"));
    INFO(login.toStdString());
    c.vault.closeChief();
    {
        Insider insider = c.insider(login);
        insider.sql(
            QStringLiteral("INSERT OR REPLACE INTO settings (key, value) VALUES ('sensitive_purpose_consent', '0')"));
        insider.sign(QStringLiteral("setting.change"), QStringLiteral("settings"), kPolicy, QStringLiteral("value=0"));
    }
    verificationProblem(c.vault);
    auto chief = SignIn::signIn(c.vault.paths(), TestVault::kChiefLogin, TestVault::kChiefPassword, c.vault.clock());
    if (chief.ok()) { // the staff member's entry stops no sign-in; it is verify's to name
        CHECK(Settings::sensitivePurposeConsent(*chief.value()).value());
        auto revised =
            LedgerStore::revise(*chief.value(), c.reg, purposeAdded(*chief.value()), QStringLiteral("目的の追加"));
        INFO(describe(revised).toStdString());
        CHECK_FALSE(revised.ok());
    }
}

// ---------------------------------------------------------------------------------------
// 様式1 ④: disposals (第10条⑤, 第20条1項(1)〜(3))
// ---------------------------------------------------------------------------------------

// Refused already: a method that does not fit the target, and an outside firm's disposal
// without its certificate, through the store, a correction and the CSV import.
TEST_CASE("insider: a disposal with a method unfit for its target or without the firm's certificate is refused",
          "[core][insider][ledger][disposal]")
{
    Centre c;
    auto staff = c.vault.signIn(QStringLiteral("staff"));
    const FieldValues good = disposalValues(*staff, c.reg);
    struct Case {
        const char* why;
        QString target;
        QString method;
        QString by;
        QString certificate;
    };
    const QList<Case> cases{
        {"a database shredded", QStringLiteral("database"), QStringLiteral("shredding"), QStringLiteral("centre"), {}},
        {"documents erased by software",
         QStringLiteral("documents"),
         QStringLiteral("erasure"),
         QStringLiteral("centre"),
         {}},
        {"media 'deleted'", QStringLiteral("media"), QStringLiteral("deletion"), QStringLiteral("centre"), {}},
        {"documents destroyed as media",
         QStringLiteral("documents"),
         QStringLiteral("destruction"),
         QStringLiteral("centre"),
         {}},
        {"an outside firm without its certificate",
         QStringLiteral("database"),
         QStringLiteral("deletion"),
         QStringLiteral("contractor"),
         {}},
        {"an outside firm with a blank certificate", QStringLiteral("database"), QStringLiteral("deletion"),
         QStringLiteral("contractor"), QStringLiteral("　 ")},
    };
    const EntryId kept = LedgerStore::add(*staff, QStringLiteral("form1"), good).value();
    const auto before = count(*staff, QStringLiteral("SELECT count(*) FROM ledger_revisions"));
    for (const Case& k : cases) {
        INFO(k.why);
        FieldValues v = good;
        v[QStringLiteral("target")] = k.target;
        v[QStringLiteral("method")] = k.method;
        v[QStringLiteral("disposed_by")] = k.by;
        if (!k.certificate.isNull())
            v[QStringLiteral("certificate")] = k.certificate;
        CHECK_FALSE(LedgerStore::add(*staff, QStringLiteral("form1"), v).ok());
        CHECK_FALSE(LedgerStore::revise(*staff, kept, v, QStringLiteral("方法の訂正")).ok());

        const QString csv =
            QStringLiteral("date,kind,register,target,disposed,method,disposed_by,verifier,certificate,department,"
                           "staff\n2026/06/01,disposal,特定健診受診者データベース,%1,令和2年度分,%2,%3,事業 部長,%4,"
                           "健診管理課,健診 担当\n")
                .arg(k.target, k.method, k.by, k.certificate);
        auto report = LedgerImport::importCsv(*staff, QStringLiteral("form1"), csv.toUtf8());
        CHECK((!report.ok() || (report->imported == 0 && !report->problems.isEmpty())));
    }
    CHECK(count(*staff, QStringLiteral("SELECT count(*) FROM ledger_revisions")) == before);
    // The control: the good disposal imports, and an outside firm's with its certificate saves.
    auto control = LedgerImport::importCsv(
        *staff, QStringLiteral("form1"),
        QStringLiteral("date,kind,register,target,disposed,method,disposed_by,verifier,department,staff\n2026/06/01,"
                       "disposal,特定健診受診者データベース,database,令和2年度分,deletion,centre,事業 部長,健診管理課,"
                       "健診 担当\n")
            .toUtf8());
    REQUIRE(control.ok());
    INFO((control->problems.isEmpty() ? QString() : control->problems.first().message).toStdString());
    CHECK(control->imported == 1);
    FieldValues firm = good;
    firm[QStringLiteral("disposed_by")] = QStringLiteral("contractor");
    firm[QStringLiteral("certificate")] = QStringLiteral("データ消去証明書 第2026-118号");
    CHECK(LedgerStore::add(*staff, QStringLiteral("form1"), firm).ok());
    requireVerified(*staff);
}

// Refused already: a disposal's list row made to disagree with its signed entry (the
// certificate gone from the search text, another date, shown as reviewed), or its stored
// values replaced by a method unfit for the target, is named by verify.
TEST_CASE("insider: a disposal's list row or stored values changed with SQL are named by verify",
          "[core][insider][ledger][disposal]")
{
    Centre c;
    EntryId disposal = 0;
    {
        auto staff = c.vault.signIn(QStringLiteral("staff"));
        FieldValues v = disposalValues(*staff, c.reg);
        v[QStringLiteral("disposed_by")] = QStringLiteral("contractor");
        v[QStringLiteral("certificate")] = QStringLiteral("データ消去証明書 第2026-118号");
        disposal = LedgerStore::add(*staff, QStringLiteral("form1"), v).value();
    }
    FieldValues misfit = disposalValues(c.vault.chief(), c.reg);
    misfit[QStringLiteral("method")] = QStringLiteral("shredding");
    c.vault.closeChief();
    const QString change =
        GENERATE(QStringLiteral("search"), QStringLiteral("date"), QStringLiteral("state"), QStringLiteral("values"));
    INFO(change.toStdString());
    {
        Insider staff = c.insider(QStringLiteral("staff"));
        if (change == QLatin1String("search"))
            staff.sql(QStringLiteral("UPDATE ledger_entries SET search_text = replace(search_text, '118', '') "
                                     "WHERE id = %1")
                          .arg(disposal));
        else if (change == QLatin1String("date"))
            staff.sql(
                QStringLiteral("UPDATE ledger_entries SET entry_date = '2026-03-31' WHERE id = %1").arg(disposal));
        else if (change == QLatin1String("state"))
            staff.sql(QStringLiteral("UPDATE ledger_entries SET state = 'reviewed' WHERE id = %1").arg(disposal));
        else {
            const FormDefinition* form = FormRegistry::find(QStringLiteral("form1"));
            REQUIRE(form);
            staff.sql(QStringLiteral("UPDATE ledger_revisions SET data = x'%1' WHERE entry_id = %2")
                          .arg(hexOf(encodeEntryValues(*form, misfit)))
                          .arg(disposal));
        }
    }
    verificationProblem(c.vault);
}

// WEAKNESS left open: a revision written with SQL by its own author and signed with their own
// key (ledger.revise) is checked for who may write it, not for what it says. A disposal
// corrected this way to a method that does not fit the target (a database "shredded"), its
// list row moved on to it, passes verify. Checking
// every revision against the rules in verify would report older entries, saved under the
// rules of their time, as tampering; it needs the rules' version recorded with each
// revision. The record is the author's own signed statement, attributable to them.
TEST_CASE("insider: a disposal revision forged with SQL by its author is checked against the form's rules by verify",
          "[.][core][insider][ledger][disposal][weakness]")
{
    Centre c;
    EntryId disposal = 0;
    FieldValues misfit;
    {
        auto staff = c.vault.signIn(QStringLiteral("staff"));
        misfit = disposalValues(*staff, c.reg);
        disposal = LedgerStore::add(*staff, QStringLiteral("form1"), misfit).value();
    }
    c.vault.closeChief();
    misfit[QStringLiteral("method")] = QStringLiteral("shredding");
    const FormDefinition* form = FormRegistry::find(QStringLiteral("form1"));
    REQUIRE(form);
    {
        Insider staff = c.insider(QStringLiteral("staff"));
        staff.sql(
            QStringLiteral("INSERT INTO ledger_revisions (entry_id, number, form, author_id, at_utc, "
                           "department_id, reason, keeps_approval, data, row_key, rule_version) SELECT "
                           "entry_id, 2, form, author_id, '2026-06-02T00:00:00.000Z', department_id, '方法の訂正', "
                           "0, x'%2', randomblob(16), rule_version FROM ledger_revisions WHERE entry_id = %1")
                .arg(disposal)
                .arg(hexOf(encodeEntryValues(*form, misfit))));
        staff.sign(QStringLiteral("ledger.revise"), QStringLiteral("ledger_revisions"),
                   staff.value(QStringLiteral("SELECT max(id) FROM ledger_revisions")),
                   QStringLiteral("form=form1;entry=%1").arg(disposal));
        staff.sql(QStringLiteral("UPDATE ledger_entries SET revision_id = (SELECT max(id) FROM ledger_revisions), "
                                 "revision_count = 2 WHERE id = %1")
                      .arg(disposal));
    }
    REQUIRE(c.vault.signIn(QStringLiteral("head")));
    verificationProblem(c.vault);
}

// ---------------------------------------------------------------------------------------
// ledger_definitions and the derivation at sign-in (DefinitionRefresh)
// ---------------------------------------------------------------------------------------

// Refused already: digests planted for a form that does not exist, or changed to garbage,
// only make the next sign-in derive the rows of the known forms again from the signed
// history and say so in its entry; nothing of the history changes and the trail verifies.
TEST_CASE("insider: planted or garbled digests only make the next sign-in derive rows again and say so",
          "[core][insider][definitions]")
{
    Centre c;
    {
        auto staff = c.vault.signIn(QStringLiteral("staff"));
        LedgerStore::add(*staff, QStringLiteral("form2"), carryOutValues(*staff, c.reg)).value();
    }
    const auto revisions = count(c.vault.chief(), QStringLiteral("SELECT count(*) FROM ledger_revisions"));
    const auto forms = count(c.vault.chief(), QStringLiteral("SELECT count(*) FROM ledger_definitions"));
    c.vault.closeChief();
    {
        Insider staff = c.insider(QStringLiteral("staff"));
        staff.sql(QStringLiteral("INSERT INTO ledger_definitions (form, digest) VALUES ('form9-9', 'ffff'); "
                                 "UPDATE ledger_definitions SET digest = x'00ff' WHERE form = 'form2'"));
    }
    auto head = c.vault.signIn(QStringLiteral("head"));
    REQUIRE(head);
    CHECK(count(*head, QStringLiteral("SELECT count(*) FROM ledger_definitions")) == forms);
    CHECK(count(*head, QStringLiteral("SELECT count(*) FROM ledger_definitions WHERE form = 'form9-9'")) == 0);
    CHECK(count(*head, QStringLiteral("SELECT count(*) FROM ledger_revisions")) == revisions);
    auto detail = head->db().scalar(
        QStringLiteral("SELECT detail FROM audit_log WHERE action = 'ledger.definitions' ORDER BY seq DESC"));
    REQUIRE(detail.ok());
    const QStringList refreshed = auditDetailValue(detail.value(), QStringLiteral("forms")).split(QLatin1Char(','));
    CHECK(refreshed.contains(QStringLiteral("form2")));
    CHECK_FALSE(refreshed.contains(QStringLiteral("form9-9")));
    head.reset();
    const VerifyReport report = verificationBy(c.vault);
    INFO(report.problem.toStdString());
    CHECK(report.ok);
}

// Refused already: a carry-out shown as approved in its list row (so that it looks approved
// before anyone did) and the digests deleted so that the next sign-in derives the row again
// and erases the sign of it. The row comes back from the signed history, the history is
// untouched, and the sign-in's entry names the entry it put right.
TEST_CASE("insider: a list row put right by the refresh is named in the sign-in's entry, and no evidence is lost",
          "[core][insider][definitions]")
{
    Centre c;
    EntryId carryOut = 0;
    {
        auto staff = c.vault.signIn(QStringLiteral("staff"));
        carryOut = LedgerStore::add(*staff, QStringLiteral("form2"), carryOutValues(*staff, c.reg)).value();
    }
    const auto revisions = count(c.vault.chief(), QStringLiteral("SELECT count(*) FROM ledger_revisions"));
    c.vault.closeChief();
    {
        Insider staff = c.insider(QStringLiteral("staff"));
        staff.sql(QStringLiteral("UPDATE ledger_entries SET state = 'approved' WHERE id = %1; DELETE FROM "
                                 "ledger_definitions")
                      .arg(carryOut));
    }
    auto head = c.vault.signIn(QStringLiteral("head"));
    REQUIRE(head);
    auto entry = LedgerReader::entry(*head, carryOut);
    REQUIRE(entry.ok());
    CHECK(entry->state == EntryState::AwaitingApproval);
    CHECK(count(*head, QStringLiteral("SELECT count(*) FROM ledger_revisions")) == revisions);
    CHECK(count(*head, QStringLiteral("SELECT count(*) FROM ledger_approvals")) == 0);
    auto detail = head->db().scalar(
        QStringLiteral("SELECT detail FROM audit_log WHERE action = 'ledger.definitions' ORDER BY seq DESC"));
    REQUIRE(detail.ok());
    INFO(detail->toStdString());
    CHECK(auditDetailValue(detail.value(), QStringLiteral("entries")) == QString::number(carryOut));
    // Approving it now is the head's own act, recorded as such.
    CHECK(LedgerStore::decide(*head, carryOut, Decision::Approve, {}).ok());
    head.reset();
    const VerifyReport report = verificationBy(c.vault);
    INFO(report.problem.toStdString());
    CHECK(report.ok);
}

// Refused already: the digests' table dropped, or given another shape, stops every sign-in
// as tampering, naming the part of the schema. That is a lock-out, as deleting the file is:
// the key holder can always destroy, never hide; the file is restored from a backup.
TEST_CASE("insider: the digests' table dropped or reshaped is refused as tampering, naming it",
          "[core][insider][definitions]")
{
    Centre c;
    c.vault.closeChief();
    const QString damage = GENERATE(QStringLiteral("DROP TABLE ledger_definitions"),
                                    QStringLiteral("DROP TABLE ledger_definitions; CREATE TABLE ledger_definitions "
                                                   "(form TEXT PRIMARY KEY, digest TEXT)"));
    INFO(damage.toStdString());
    {
        Insider staff = c.insider(QStringLiteral("staff"));
        staff.sql(damage);
    }
    for (const char* login : {"chief", "head", "auditor"}) {
        const Error refused = refusedSignIn(c.vault, QString::fromLatin1(login));
        CHECK(refused.code == ErrorCode::Tampered);
        CHECK(refused.message.contains(QStringLiteral("ledger_definitions")));
    }
}

// ---------------------------------------------------------------------------------------
// The check items' upgrade (schema 6) and the monitoring sheet (様式4)
// ---------------------------------------------------------------------------------------

namespace {

// The chief's database as a version before issue 10 left it (schema 5), upgraded at the
// chief's next sign-in as an update of Daicho does: the trail records `schema.upgrade`.
void upgradedFromSchemaFive(TestVault& vault)
{
    Database& db = vault.chief().db();
    REQUIRE(db.exec(schemaSevenSql()).ok());
    REQUIRE(db.exec(QStringLiteral("DROP TABLE ledger_definitions")).ok());
    REQUIRE(db.exec(QStringLiteral("PRAGMA user_version = 5")).ok());
    vault.closeChief();
    vault.reopenChief();
    REQUIRE(count(vault.chief(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'schema.upgrade'"))
            == 1);
}

CheckItem itemReading(const Session& session, const CheckItem& wanted)
{
    auto list = CheckItems::list(session, true);
    REQUIRE(list.ok());
    for (const CheckItem& item : list.value())
        if (item.area == wanted.area && item.text == wanted.text)
            return item;
    return {};
}

} // namespace

// Found by insider review six, fixed: the schema version is not audited. A staff member set it
// back to 5 and dropped the digests' table (derived data); the next sign-in — the chief's —
// ran the upgrade of schema 6 again, in the chief's name: an issue-10 check item the chief had
// reworded was added again in its first wording, the second `schema.upgrade` unremarked, and
// the trail verified. (A sheet already filled keeps its lines either way: they are copied.)
// Sign-in now refuses an upgrade from a version the trail already upgraded past, and verify
// names a version set back.
TEST_CASE("insider: a schema version set back does not replay the check items' upgrade",
          "[core][insider][monitoring][schema]")
{
    Centre c;
    upgradedFromSchemaFive(c.vault);
    const CheckItemsUpgrade upgrade = checkItemsUpgrade(6);
    REQUIRE_FALSE(upgrade.added.isEmpty());
    // The chief rewords one of issue 10's items in the centre's words.
    CheckItem own = itemReading(c.vault.chief(), upgrade.added.first());
    REQUIRE(own.id > 0);
    own.text = QStringLiteral("漏えい等の報告の手順がセンターの文言で定められている。");
    REQUIRE(CheckItems::update(c.vault.chief(), own).ok());
    const auto itemCount = count(c.vault.chief(), QStringLiteral("SELECT count(*) FROM check_items"));
    c.vault.closeChief();
    {
        Insider staff = c.insider(QStringLiteral("staff"));
        staff.sql(schemaSevenSql() + QStringLiteral("PRAGMA user_version = 5; DROP TABLE ledger_definitions"));
    }
    CHECK(verificationProblem(c.vault).contains(QStringLiteral("schema")));
    auto chief = SignIn::signIn(c.vault.paths(), TestVault::kChiefLogin, TestVault::kChiefPassword, c.vault.clock());
    INFO((chief.ok() ? QStringLiteral("signed in") : chief.error().message).toStdString());
    REQUIRE_FALSE(chief.ok());
    CHECK(chief.error().code == ErrorCode::Tampered);
    // Nothing was written: the catalogue is as the chief left it.
    {
        Insider auditor = c.insider(QStringLiteral("auditor"));
        CHECK(auditor.number(QStringLiteral("SELECT count(*) FROM check_items")) == itemCount);
        CHECK(auditor.number(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'schema.upgrade'")) == 1);
    }
}

// Found by insider review six, fixed (no attack: honest use): the upgrade of schema 6 changes
// check items, which only the chief and the acting chief keep, in the name of whoever signs in
// first after an update of Daicho. When that was a staff member, verify named their
// check_item.change entry as "a change its author may not change", for good. An upgrade that
// changes check items now waits for the chief or the acting chief; the staff member is told so.
TEST_CASE("an upgrade that changes check items waits for the chief, and the trail verifies",
          "[core][insider][monitoring][schema]")
{
    Centre c;
    const auto reworded = checkItemsUpgrade(6).reworded.first();
    CheckItem old = itemReading(c.vault.chief(), reworded.second);
    REQUIRE(old.id > 0);
    old.text = reworded.first.text; // as schema 5 read it
    old.article = reworded.first.article;
    REQUIRE(CheckItems::update(c.vault.chief(), old).ok());
    Database& db = c.vault.chief().db();
    REQUIRE(db.exec(schemaSevenSql()).ok());
    REQUIRE(db.exec(QStringLiteral("DROP TABLE ledger_definitions")).ok());
    REQUIRE(db.exec(QStringLiteral("PRAGMA user_version = 5")).ok());
    c.vault.closeChief();
    for (const char* login : {"staff", "head", "auditor"}) {
        INFO(login);
        auto refused =
            SignIn::signIn(c.vault.paths(), QString::fromLatin1(login), TestVault::kPassword, c.vault.clock());
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == ErrorCode::PermissionDenied);
    }
    c.vault.reopenChief();
    CHECK(itemReading(c.vault.chief(), reworded.second).id == old.id);
    auto staff = c.vault.signIn(QStringLiteral("staff"));
    REQUIRE(staff);
    CHECK(count(*staff, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'schema.upgrade'")) == 1);
    staff.reset();
    c.vault.closeChief();
    const VerifyReport report = verificationBy(c.vault);
    INFO(report.problem.toStdString());
    CHECK(report.ok);
}

// Refused already: a filled sheet keeps the items as they read when it was started, whatever
// the chief (or an upgrade in the chief's name) does to the catalogue later.
TEST_CASE("insider: a filled monitoring sheet keeps its lines when the check items change",
          "[core][insider][monitoring]")
{
    Centre c;
    auto auditor = c.vault.signIn(QStringLiteral("auditor"));
    auto items = CheckItems::list(*auditor, false);
    REQUIRE(items.ok());
    const QVariant lines = checklistToValue(checklistFromItems(items.value()));
    const EntryId sheet =
        LedgerStore::add(*auditor, QStringLiteral("form4"),
                         {{QStringLiteral("date"), QDate(2026, 5, 20)},
                          {QStringLiteral("fiscal_year"), QVariant::fromValue<qint64>(2025)},
                          {QStringLiteral("auditor"), QVariant::fromValue<qint64>(auditor->user().id)},
                          {QStringLiteral("checklist"), lines}})
            .value();
    CheckItem first = items->first();
    first.text = QStringLiteral("書き換えられた項目");
    REQUIRE(CheckItems::update(c.vault.chief(), first).ok());
    REQUIRE(CheckItems::setActive(c.vault.chief(), items->last().id, false).ok());
    auto entry = LedgerReader::entry(*auditor, sheet);
    REQUIRE(entry.ok());
    CHECK(checklistFromValue(entry->values.value(QStringLiteral("checklist"))) == checklistFromValue(lines));
    requireVerified(c.vault.chief());
}

// ---------------------------------------------------------------------------------------
// 様式3: a change of purpose (第25条2項, 第26条1項, 第28条3項, the centre's policy)
// ---------------------------------------------------------------------------------------

// Refused already: the register is not imported, and a correction that adds a purpose needs
// its record — for the head and the chief alike.
TEST_CASE("insider: a purpose added by import or by a correction without its record is refused",
          "[core][insider][ledger][purpose]")
{
    Centre c;
    auto head = c.vault.signIn(QStringLiteral("head"));
    CHECK_FALSE(LedgerImport::formAcceptsImport(QStringLiteral("form3")));
    auto imported = LedgerImport::importCsv(
        *head, QStringLiteral("form3"),
        QStringLiteral("registered,name,kind,items,purposes,medium,storage,responsible,department,access,retention,"
                       "disposal,sensitive\n2026/04/01,新データベース,electronic,氏名,目的外の利用,サーバー,"
                       "サーバー室,事業 部長,健診管理課,担当者,5年,消去,はい\n")
            .toUtf8());
    CHECK((!imported.ok() || imported->imported == 0));

    const FieldValues complete = purposeAdded(*head);
    struct Case {
        const char* why;
        QString key;
        QVariant value; // invalid: removed
    };
    const QList<Case> cases{
        {"no date of the change", QStringLiteral("purpose_changed_on"), {}},
        {"no relation to the earlier purposes", QStringLiteral("purpose_change_scope"), {}},
        {"no notice or publication", QStringLiteral("purpose_change_notice"), {}},
        {"beyond the earlier purposes without consent", QStringLiteral("purpose_change_scope"),
         QStringLiteral("beyond")},
        {"sensitive data without consent (the centre's policy)", QStringLiteral("purpose_change_consent"), false},
    };
    for (Session* who : {head.get(), &c.vault.chief()}) {
        for (const Case& k : cases) {
            INFO(who->user().login.toStdString() << ": " << k.why);
            FieldValues v = complete;
            if (k.value.isValid())
                v[k.key] = k.value;
            else
                v.remove(k.key);
            CHECK_FALSE(LedgerStore::revise(*who, c.reg, v, QStringLiteral("目的の追加")).ok());
        }
    }
    FieldValues consented = complete;
    consented[QStringLiteral("purpose_change_consent")] = true;
    REQUIRE(LedgerStore::revise(*head, c.reg, consented, QStringLiteral("目的の追加")).ok());
    // The next change cannot reuse the date of this one.
    FieldValues next = consented;
    next[QStringLiteral("purposes")] = next.value(QStringLiteral("purposes")).toStringList() << QStringLiteral("研究");
    CHECK_FALSE(LedgerStore::revise(*head, c.reg, next, QStringLiteral("目的の追加")).ok());
    requireVerified(*head);
}

// WEAKNESS left open (a question of the centre's policy): the policy applies when the entry
// holds 要配慮個人情報 before or after the correction. A head marks the entry as holding none,
// adds the purpose in a second correction (no consent asked), and marks it again in a third.
// Each step is in the history, but no step is refused. Asking consent for every purpose when
// an entry becomes "sensitive" would also ask it for purposes registered long before: the
// chief has to say what the policy means there.
TEST_CASE("insider: a purpose added while the entry is marked as holding no sensitive data needs consent all the same",
          "[.][core][insider][ledger][purpose][weakness]")
{
    Centre c;
    auto head = c.vault.signIn(QStringLiteral("head"));
    const QString reason = QStringLiteral("要配慮個人情報の有無の訂正");
    const auto unmarked = LedgerStore::revise(*head, c.reg, registerValues(*head, false), reason);
    FieldValues added = purposeAdded(*head);
    added[QStringLiteral("sensitive")] = false;
    const auto purpose = LedgerStore::revise(*head, c.reg, added, QStringLiteral("目的の追加"));
    added[QStringLiteral("sensitive")] = true;
    const auto marked = LedgerStore::revise(*head, c.reg, added, reason);
    INFO(describe(unmarked).toStdString()
         << " / " << describe(purpose).toStdString() << " / " << describe(marked).toStdString());
    CHECK((!unmarked.ok() || !purpose.ok() || !marked.ok()));
}

// WEAKNESS left open (a design question): the register may hold two entries of the same name.
// A head registers the database again with the extra purpose instead of correcting its entry,
// and no change of purpose is recorded (a new entry states its purposes). Refusing a second
// current entry of the same name changes how the register is kept (and its fixtures).
TEST_CASE("insider: registering the same database again does not escape the record of a change of purpose",
          "[.][core][insider][ledger][purpose][weakness]")
{
    Centre c;
    auto head = c.vault.signIn(QStringLiteral("head"));
    FieldValues again = registerValues(*head, true);
    again[QStringLiteral("purposes")] =
        QStringList{QStringLiteral("健診結果の通知"), QStringLiteral("統計の作成"), QStringLiteral("保健指導")};
    auto added = LedgerStore::add(*head, QStringLiteral("form3"), again);
    INFO(describe(added).toStdString());
    CHECK_FALSE(added.ok());
}
