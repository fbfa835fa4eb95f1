// Issue 13 §1: the centre's own periods are versioned data the chief officer sets with a reason;
// an entry stays kept by the version in force when it was written.
#include "audit/internal/TrailVerification.h"
#include "ledger/LedgerStore.h"
#include "retention/DisposalSchedule.h"
#include "retention/RetentionSettings.h"
#include "support/LedgerFixtures.h"
#include "support/TestVault.h"

#include <catch2/catch.hpp>

using namespace daicho;
using namespace daicho::test;

TEST_CASE("the chief sets the centre's periods as a new version; entries keep the version they were written under",
          "[core][retention][settings]")
{
    TestVault vault;
    vault.addPeople();
    Session& chief = vault.chief();
    vault.clock().set(QDateTime(QDate(2026, 6, 1), QTime(1, 0), Qt::UTC));
    auto reg = LedgerStore::add(chief, QStringLiteral("form3"), registerValues(chief));
    REQUIRE(reg.ok());
    auto staff = vault.signIn(QStringLiteral("staff"));
    auto before = LedgerStore::add(*staff, QStringLiteral("form1"), useEventValues(*staff, reg.value()));
    REQUIRE(before.ok());

    auto periods = RetentionSettings::current(*staff);
    REQUIRE(periods.ok());
    bool centre1 = false;
    bool regulation6 = false;
    for (const LedgerPeriod& p : periods.value()) {
        if (p.formId == QLatin1String("form1"))
            centre1 = p.centreChoice && p.years == 3;
        if (p.formId.startsWith(QLatin1String("form6")))
            regulation6 = !p.centreChoice && p.rule.contains(QStringLiteral("起算して1年"));
    }
    CHECK(centre1);
    CHECK(regulation6);

    const std::map<QString, int> five{{QStringLiteral("form1"), 5}};
    CHECK(RetentionSettings::save(chief, five, QString()).error().code == ErrorCode::InvalidInput); // a reason
    CHECK(RetentionSettings::save(chief, {{QStringLiteral("form1"), 0}}, QStringLiteral("x")).error().code
          == ErrorCode::InvalidInput);
    CHECK(RetentionSettings::save(chief, {{QStringLiteral("form6-1"), 5}}, QStringLiteral("x")).error().code
          == ErrorCode::InvalidInput); // the regulation's
    auto acting = vault.signIn(QStringLiteral("acting"));
    CHECK(RetentionSettings::save(*acting, five, QStringLiteral("x")).error().code == ErrorCode::PermissionDenied);
    CHECK(RetentionSettings::save(*staff, five, QStringLiteral("x")).error().code == ErrorCode::PermissionDenied);
    auto version = RetentionSettings::save(chief, five, QStringLiteral("監査法人の指摘により5年に延長"));
    REQUIRE(version.ok());
    CHECK(version.value() == 2);
    CHECK_FALSE(RetentionSettings::save(chief, five, QStringLiteral("同じ")).ok()); // nothing changed

    auto after = LedgerStore::add(*staff, QStringLiteral("form1"), useEventValues(*staff, reg.value()));
    REQUIRE(after.ok());
    auto kept = DisposalSchedules::keepingOf(*staff, before.value());
    auto longer = DisposalSchedules::keepingOf(*staff, after.value());
    REQUIRE(kept.ok());
    REQUIRE(longer.ok());
    CHECK(kept->keepUntil == QDate(2029, 5, 10)); // version 1: 3 years
    CHECK(longer->keepUntil == QDate(2031, 5, 10)); // version 2: 5 years
    CHECK(longer->ruleVersion == QStringLiteral("2"));

    auto history = RetentionSettings::history(chief);
    REQUIRE(history.ok());
    REQUIRE(history->size() == 2);
    CHECK(history->first().reason == QStringLiteral("監査法人の指摘により5年に延長"));
    requireVerified(chief);
}
