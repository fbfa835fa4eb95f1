// The save rules of the records of provision and receipt (様式6-x・7-x), through the store on a
// real encrypted vault as staff: each refusal names its item and its article, and changes
// nothing (issue 10).
#include "audit/AuditLog.h"
#include "ledger/LedgerReader.h"
#include "ledger/LedgerStore.h"
#include "support/LedgerFixtures.h"
#include "support/TestVault.h"

#include <catch2/catch.hpp>

using namespace daicho;
using namespace daicho::test;

namespace {

struct Fixture {
    TestVault vault;
    EntryId sensitiveRegister = 0;
    EntryId plainRegister = 0;
    std::unique_ptr<Session> staff;

    Fixture()
    {
        vault.addPeople();
        sensitiveRegister =
            LedgerStore::add(vault.chief(), QStringLiteral("form3"), registerValues(vault.chief(), true)).value();
        plainRegister =
            LedgerStore::add(vault.chief(), QStringLiteral("form3"), registerValues(vault.chief(), false)).value();
        staff = vault.signIn(QStringLiteral("staff"));
    }

    FieldValues values(const char* formId) const
    {
        return importableEntryValues(*staff, QString::fromLatin1(formId), sensitiveRegister, plainRegister);
    }

    // The refusal's item and message; REQUIREs a refusal that stored nothing.
    Error refused(const char* formId, const FieldValues& v)
    {
        const auto before = count(*staff, QStringLiteral("SELECT count(*) FROM ledger_entries"));
        auto added = LedgerStore::add(*staff, QString::fromLatin1(formId), v);
        REQUIRE_FALSE(added.ok());
        CHECK(count(*staff, QStringLiteral("SELECT count(*) FROM ledger_entries")) == before);
        return added.error();
    }

    EntryId added(const char* formId, const FieldValues& v)
    {
        auto result = LedgerStore::add(*staff, QString::fromLatin1(formId), v);
        INFO((result.ok() ? QString() : result.error().detail + QStringLiteral(": ") + result.error().message)
                 .toStdString());
        REQUIRE(result.ok());
        return result.value();
    }
};

} // namespace

TEST_CASE("規程第32条4項(1)⑧（法27条4項）: a receipt by opt-out whose notice the Commission has not published is "
          "refused, saying why",
          "[core][ledger][store][rules][law]")
{
    Fixture f;
    FieldValues v = f.values("form7-1");
    v[QStringLiteral("ppc_published")] = false;
    const Error e = f.refused("form7-1", v);
    CHECK(e.detail == QStringLiteral("ppc_published"));
    CHECK(e.message.contains(QStringLiteral("公表")));
    CHECK(e.message.contains(QStringLiteral("法27条")));
    CHECK(e.message.contains(QStringLiteral("様式7-2")));
    v[QStringLiteral("ppc_published")] = true;
    f.added("form7-1", v);
    requireVerified(*f.staff);
}

TEST_CASE("法27条2項ただし書: opt-out records confirm the data was not itself received by opt-out nor acquired "
          "improperly",
          "[core][ledger][store][rules][law]")
{
    Fixture f;
    for (const char* formId : {"form6-1", "form7-1"}) {
        for (const char* key : {"not_opt_out_sourced", "not_improperly_acquired"}) {
            INFO(formId << " " << key);
            FieldValues v = f.values(formId);
            v[QString::fromLatin1(key)] = false;
            const Error e = f.refused(formId, v);
            CHECK(e.detail == QString::fromLatin1(key));
            CHECK(e.message.contains(QStringLiteral("法27条2項ただし書")));
            v.remove(QString::fromLatin1(key));
            CHECK(f.refused(formId, v).detail == QString::fromLatin1(key)); // unanswered: required
        }
    }
}

TEST_CASE("法28条1項: an opt-out provision confirms the recipient is no third party abroad it may not go to",
          "[core][ledger][store][rules][law]")
{
    Fixture f;
    FieldValues v = f.values("form6-1");
    v[QStringLiteral("not_restricted_abroad")] = false;
    const Error e = f.refused("form6-1", v);
    CHECK(e.detail == QStringLiteral("not_restricted_abroad"));
    CHECK(e.message.contains(QStringLiteral("法28条1項")));
    CHECK(e.message.contains(QStringLiteral("様式6-2")));
}

TEST_CASE("規則19条2項・3項, 23条2項: 様式6-1 takes no bulk record and no contract, 様式7-1 no bulk record",
          "[core][ledger][store][rules][law]")
{
    Fixture f;
    FieldValues v = f.values("form6-1");
    v[QStringLiteral("bulk")] = true;
    CHECK(f.refused("form6-1", v).detail == QStringLiteral("bulk"));
    v = f.values("form6-1");
    v[QStringLiteral("contract")] = true;
    CHECK(f.refused("form6-1", v).detail == QStringLiteral("contract"));
    v = f.values("form7-1");
    v[QStringLiteral("bulk")] = true;
    CHECK(f.refused("form7-1", v).detail == QStringLiteral("bulk"));
    // A consent-based record may be kept in bulk.
    v = f.values("form6-2");
    v[QStringLiteral("bulk")] = true;
    f.added("form6-2", v);
}

TEST_CASE("第31条9項(2): a bulk record that has ended needs the date of its last transfer, not before its first",
          "[core][ledger][store][rules][law]")
{
    Fixture f;
    FieldValues v = f.values("form7-2");
    v[QStringLiteral("bulk")] = true;
    v[QStringLiteral("bulk_ended")] = true;
    CHECK(f.refused("form7-2", v).detail == QStringLiteral("period_end"));
    v[QStringLiteral("period_end")] = QDate(2026, 6, 1); // before the first receipt (6/5)
    CHECK(f.refused("form7-2", v).detail == QStringLiteral("period_end"));
    v[QStringLiteral("period_end")] = QDate(2026, 9, 30);
    f.added("form7-2", v);
    // Still going: no end date.
    v.remove(QStringLiteral("period_end"));
    v[QStringLiteral("bulk_ended")] = false;
    f.added("form7-2", v);
}

TEST_CASE("第31条9項(3)・第32条9項(3): the day the record was made is required apart from the transfer's",
          "[core][ledger][store][rules][law]")
{
    Fixture f;
    for (const char* formId : {"form6-1", "form6-2", "form6-3", "form7-1", "form7-2", "form7-3"}) {
        INFO(formId);
        FieldValues v = f.values(formId);
        v.remove(QStringLiteral("recorded"));
        CHECK(f.refused(formId, v).detail == QStringLiteral("recorded"));
    }
}

TEST_CASE("第32条4項: the representative is required for a corporation or a body with one, not for an individual",
          "[core][ledger][store][rules][law]")
{
    Fixture f;
    FieldValues v = f.values("form7-2");
    v[QStringLiteral("provider_kind")] = QStringLiteral("corporation");
    v.remove(QStringLiteral("representative"));
    CHECK(f.refused("form7-2", v).detail == QStringLiteral("representative"));
    v[QStringLiteral("provider_kind")] = QStringLiteral("individual");
    f.added("form7-2", v);
    // A representative given for an individual does not apply and is refused, not dropped.
    v[QStringLiteral("representative")] = QStringLiteral("代表 太郎");
    CHECK(f.refused("form7-2", v).detail == QStringLiteral("representative"));
}

TEST_CASE("規程第27条2項（法20条2項）: 要配慮個人情報 received from a non-business states its basis (様式7-3)",
          "[core][ledger][store][rules][law]")
{
    Fixture f;
    FieldValues v = f.values("form7-3");
    v[QStringLiteral("register")] = qint64(f.sensitiveRegister);
    const Error e = f.refused("form7-3", v);
    CHECK(e.detail == QStringLiteral("sensitive_basis"));
    CHECK(e.message.contains(QStringLiteral("規程第27条2項（法20条2項）")));
    v[QStringLiteral("sensitive_basis")] = QStringLiteral("consent");
    f.added("form7-3", v);
    // Data without 要配慮個人情報 needs no basis stated.
    f.added("form7-3", f.values("form7-3"));
}

TEST_CASE("第31条8項・第32条3項・5項: items identical to an earlier record are left out by pointing at it; a "
          "confirmation 'as before' names it",
          "[core][ledger][store][rules][law]")
{
    Fixture f;
    const EntryId first = f.added("form7-2", f.values("form7-2"));
    const EntryId provision = f.added("form6-2", f.values("form6-2"));

    FieldValues v = f.values("form7-2");
    v[QStringLiteral("date")] = QDate(2026, 7, 1);
    v[QStringLiteral("recorded")] = QDate(2026, 7, 1);
    for (const char* key : {"provider_address", "representative", "acquisition"})
        v.remove(QString::fromLatin1(key));
    v[QStringLiteral("omitted_items")] = QStringList{QStringLiteral("provider_address"),
                                                     QStringLiteral("representative"), QStringLiteral("acquisition")};
    // Without the earlier record's No.
    CHECK(f.refused("form7-2", v).detail == QStringLiteral("earlier_record"));
    // A record of the other direction is no earlier receipt.
    v[QStringLiteral("earlier_record")] = qint64(provision);
    CHECK(f.refused("form7-2", v).detail == QStringLiteral("earlier_record"));
    v[QStringLiteral("earlier_record")] = qint64(999999);
    CHECK(f.refused("form7-2", v).detail == QStringLiteral("earlier_record"));
    v[QStringLiteral("earlier_record")] = qint64(first);
    const EntryId second = f.added("form7-2", v);

    // Left out and filled in at once is contradictory.
    FieldValues both = v;
    both[QStringLiteral("acquisition")] = QStringLiteral("名簿");
    CHECK(f.refused("form7-2", both).detail == QStringLiteral("acquisition"));

    // Only what the earlier record holds may be left out: the second left the address out.
    FieldValues chained = v;
    chained[QStringLiteral("earlier_record")] = qint64(second);
    CHECK(f.refused("form7-2", chained).detail == QStringLiteral("omitted_items"));

    // 第32条3項: "the same as a confirmation on record" needs that record.
    FieldValues again = f.values("form7-2");
    again[QStringLiteral("history_method")] = QStringLiteral("same_as_earlier");
    CHECK(f.refused("form7-2", again).detail == QStringLiteral("earlier_record"));
    again[QStringLiteral("earlier_record")] = qint64(first);
    f.added("form7-2", again);

    // An earlier record made after this one is not earlier.
    FieldValues before = f.values("form7-2");
    before[QStringLiteral("date")] = QDate(2026, 6, 1);
    before[QStringLiteral("history_method")] = QStringLiteral("same_as_earlier");
    before[QStringLiteral("earlier_record")] = qint64(second);
    CHECK(f.refused("form7-2", before).detail == QStringLiteral("earlier_record"));
    requireVerified(*f.staff);
}

TEST_CASE("法28条: a provision abroad names its country and the ground on which it may go there (様式6-2)",
          "[core][ledger][store][rules][law]")
{
    Fixture f;
    FieldValues v = f.values("form6-2");
    v[QStringLiteral("abroad")] = true;
    CHECK(f.refused("form6-2", v).detail == QStringLiteral("country"));
    v[QStringLiteral("country")] = QStringLiteral("シンガポール");
    CHECK(f.refused("form6-2", v).detail == QStringLiteral("abroad_basis"));
    v[QStringLiteral("abroad_basis")] = QStringLiteral("consent_informed");
    f.added("form6-2", v);
}

TEST_CASE("法31条: a provision of personally related information records that the recipient's consent was "
          "confirmed (様式6-3)",
          "[core][ledger][store][rules][law]")
{
    Fixture f;
    FieldValues v = f.values("form6-3");
    v[QStringLiteral("consent_confirmed")] = false;
    CHECK(f.refused("form6-3", v).detail == QStringLiteral("consent_confirmed"));
    v[QStringLiteral("consent_confirmed")] = true;
    v[QStringLiteral("abroad")] = true;
    v[QStringLiteral("country")] = QStringLiteral("アメリカ合衆国");
    CHECK(f.refused("form6-3", v).detail == QStringLiteral("abroad_basis"));
    // 法31条1項2号: the information about the country is owed where 法28条1項 applies.
    v[QStringLiteral("abroad_basis")] = QStringLiteral("consent_informed");
    v[QStringLiteral("abroad_information")] = false;
    CHECK(f.refused("form6-3", v).detail == QStringLiteral("abroad_information"));
    v[QStringLiteral("abroad_information")] = true;
    f.added("form6-3", v);
    // Not to a recipient with an equivalent system (法31条2項 → 法28条3項 instead).
    v[QStringLiteral("abroad_basis")] = QStringLiteral("equivalent_system");
    CHECK(f.refused("form6-3", v).detail == QStringLiteral("abroad_information"));
    v.remove(QStringLiteral("abroad_information"));
    f.added("form6-3", v);
    requireVerified(*f.staff);
}

TEST_CASE("an earlier record stands only for the same party, a record of the same kind, and never for itself",
          "[core][ledger][store][rules][law]")
{
    Fixture f;
    const EntryId first = f.added("form7-2", f.values("form7-2"));
    // Another provider's record cannot stand for this one's address and history.
    FieldValues other = f.values("form7-2");
    other[QStringLiteral("provider")] = QStringLiteral("株式会社名簿販売センター");
    other[QStringLiteral("date")] = QDate(2026, 7, 1);
    for (const char* key : {"provider_address", "acquisition"})
        other.remove(QString::fromLatin1(key));
    other[QStringLiteral("omitted_items")] =
        QStringList{QStringLiteral("provider_address"), QStringLiteral("acquisition")};
    other[QStringLiteral("earlier_record")] = qint64(first);
    CHECK(f.refused("form7-2", other).detail == QStringLiteral("earlier_record"));
    // Nor a confirmation of it "as before" (規則22条3項).
    FieldValues confirm = f.values("form7-2");
    confirm[QStringLiteral("provider")] = QStringLiteral("株式会社名簿販売センター");
    confirm[QStringLiteral("history_method")] = QStringLiteral("same_as_earlier");
    confirm[QStringLiteral("earlier_record")] = qint64(first);
    CHECK(f.refused("form7-2", confirm).detail == QStringLiteral("earlier_record"));

    // A 様式6-3 confirmation is no earlier record of personal data provided.
    const EntryId related = f.added("form6-3", f.values("form6-3"));
    FieldValues provision = f.values("form6-2");
    provision.remove(QStringLiteral("items"));
    provision[QStringLiteral("omitted_items")] = QStringList{QStringLiteral("items")};
    provision[QStringLiteral("earlier_record")] = qint64(related);
    CHECK(f.refused("form6-2", provision).detail == QStringLiteral("earlier_record"));

    // A correction cannot point at the entry itself.
    FieldValues self = f.values("form7-2");
    self.remove(QStringLiteral("acquisition"));
    self[QStringLiteral("omitted_items")] = QStringList{QStringLiteral("acquisition")};
    self[QStringLiteral("earlier_record")] = qint64(first);
    auto revised = LedgerStore::revise(*f.staff, first, self, QStringLiteral("省略"));
    REQUIRE_FALSE(revised.ok());
    CHECK(revised.error().detail == QStringLiteral("earlier_record"));
}
