// Everything recorded about one person (issue 12 §10): the records of provision and receipt
// naming them and their requests, found by name or kana as typed, whatever the width, kana or
// spacing.

#include "cases/CaseStore.h"
#include "cases/PersonRecords.h"
#include "ledger/LedgerStore.h"
#include "support/CaseFixtures.h"
#include "support/LedgerFixtures.h"

#include <catch2/catch.hpp>

using namespace daicho;
using namespace daicho::test;

TEST_CASE("A person's provisions and requests are found by name or kana, as typed", "[cases][person]")
{
    CaseFixture f;
    auto plain = LedgerStore::add(f.vault.chief(), QStringLiteral("form3"), registerValues(f.vault.chief(), false));
    REQUIRE(plain.ok());
    FieldValues provision =
        importableEntryValues(f.vault.chief(), QStringLiteral("form6-2"), f.registerEntry, plain.value());
    provision.insert(QStringLiteral("individual"), QStringLiteral("ﾔﾏﾀﾞ ﾊﾅｺ（昭和55年2月29日生）"));
    REQUIRE(LedgerStore::add(f.vault.chief(), QStringLiteral("form6-2"), provision).ok());
    FieldValues another = provision;
    another.insert(QStringLiteral("individual"), QStringLiteral("健診 太郎"));
    REQUIRE(LedgerStore::add(f.vault.chief(), QStringLiteral("form6-2"), another).ok());
    auto desk = f.vault.signIn(QStringLiteral("desk"));
    REQUIRE(CaseStore::receive(*desk, kDisclosure, f.receipt(*desk)).ok());

    // The kana typed in hiragana with a full-width space finds the half-width katakana record.
    auto byKana = PersonSearch::find(f.vault.chief(), {QString(), QStringLiteral("やまだ　はなこ"), std::nullopt});
    REQUIRE(byKana.ok());
    CHECK(byKana->transfers.size() == 1);
    CHECK(byKana->cases.size() == 1);
    // The name in kanji without its space finds the request (and not the record written in kana).
    auto byName = PersonSearch::find(f.vault.chief(), {QStringLiteral("山田花子"), QString(), std::nullopt});
    REQUIRE(byName.ok());
    CHECK(byName->transfers.isEmpty());
    CHECK(byName->cases.size() == 1);
    // Another date of birth than the request's leaves the request out.
    auto otherBirth = PersonSearch::find(f.vault.chief(), {QStringLiteral("山田花子"), QString(), QDate(1981, 1, 1)});
    REQUIRE(otherBirth.ok());
    CHECK(otherBirth->cases.isEmpty());
    // One character is refused with a message saying why.
    auto tooShort = PersonSearch::find(f.vault.chief(), {QStringLiteral("山"), QString(), std::nullopt});
    REQUIRE_FALSE(tooShort.ok());
    CHECK(tooShort.error().code == ErrorCode::InvalidInput);
    // Staff of another section read neither the request nor records they may not read.
    auto other = f.vault.signIn(QStringLiteral("other"));
    auto hidden =
        PersonSearch::find(*other, {QStringLiteral("山田花子"), QStringLiteral("やまだはなこ"), std::nullopt});
    REQUIRE(hidden.ok());
    CHECK(hidden->cases.isEmpty());
}
