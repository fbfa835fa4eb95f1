// Issue 13 §1–3 for the requests from individuals (様式8–14): each kind is kept for a period the
// chief sets (the regulation gives none), from the day the case was closed, by the version in
// force when it was received; an open case is kept until it is closed.
#include "cases/CaseKinds.h"
#include "cases/CaseReader.h"
#include "cases/CaseStore.h"
#include "retention/CaseRetention.h"
#include "retention/DisposalSchedule.h"
#include "retention/RetentionSettings.h"
#include "support/CaseFixtures.h"
#include "support/LedgerFixtures.h"
#include "support/TestVault.h"

#include <catch2/catch.hpp>

using namespace daicho;
using namespace daicho::test;

namespace {

const CaseKind& disclosureKind()
{
    const CaseKind* kind = CaseKinds::find(kDisclosure);
    REQUIRE(kind);
    return *kind;
}

} // namespace

TEST_CASE("a closed case is kept 5 years from its closing day by default, counted as the 民法 counts",
          "[core][retention][cases]")
{
    const CaseKind& kind = disclosureKind();
    struct Row {
        QDate closedOn;
        QDate keepUntil;
        QDate disposalDue;
    };
    // 「完結した日から5年間」: the day itself not counted (民法第140条), the period ends the day
    // before the corresponding day (第143条2項), the month's end when there is none.
    const Row rows[] = {
        {QDate(2026, 12, 11), QDate(2031, 12, 11), QDate(2032, 3, 31)},
        {QDate(2027, 3, 30), QDate(2032, 3, 30), QDate(2032, 3, 31)},
        // keep-until 31 March itself passes on 1 April: it goes a year later (docs/retention.md).
        {QDate(2027, 3, 31), QDate(2032, 3, 31), QDate(2033, 3, 31)},
        {QDate(2028, 2, 29), QDate(2033, 2, 28), QDate(2033, 3, 31)}, // no 29 February in 2033
        {QDate(2019, 4, 30), QDate(2024, 4, 30), QDate(2025, 3, 31)}, // 平成31年4月30日, the era's last day
    };
    for (const Row& r : rows) {
        INFO(r.closedOn.toString(Qt::ISODate).toStdString());
        const EntryKeeping k = caseKeeping(kind, true, r.closedOn, QStringLiteral("1"));
        CHECK(k.status == EntryKeeping::Status::Dated);
        CHECK(k.period.centreChoice);
        CHECK(k.period.rule.count == kCaseDefaultRetentionYears);
        CHECK(k.keepUntil == r.keepUntil);
        CHECK(k.disposalDue == r.disposalDue);
    }
    const EntryKeeping open = caseKeeping(kind, false, {}, QStringLiteral("1"));
    CHECK(open.status == EntryKeeping::Status::UntilClosed);
    CHECK_FALSE(open.keepUntil.isValid());
    CHECK(keepingSummaryJa(open).contains(QStringLiteral("完結するまで保存")));
}

TEST_CASE("the chief sets a kind's period; a case keeps the version in force at its receipt and shows its dates",
          "[core][retention][cases]")
{
    CaseFixture f;
    auto desk = f.vault.signIn(QStringLiteral("desk"));
    auto first = CaseStore::receive(*desk, kDisclosure, f.receipt(*desk));
    REQUIRE(first.ok());

    // Everyone reading the periods sees the kinds of request beside the ledgers.
    auto periods = RetentionSettings::current(*desk);
    REQUIRE(periods.ok());
    bool listed = false;
    for (const LedgerPeriod& p : periods.value())
        if (p.formId == kDisclosure)
            listed = p.caseKind && p.centreChoice && p.years == 5 && p.name.contains(QStringLiteral("開示請求"))
                     && p.rule.contains(QStringLiteral("完結した日から5年間"));
    CHECK(listed);

    Session& chief = f.vault.chief();
    f.vault.clock().set(QDateTime(QDate(2026, 12, 7), QTime(3, 0), Qt::UTC));
    CHECK(RetentionSettings::save(chief, {{kDisclosure, 31}}, QStringLiteral("x")).error().code
          == ErrorCode::InvalidInput);
    CHECK(RetentionSettings::save(*desk, {{kDisclosure, 7}}, QStringLiteral("x")).error().code
          == ErrorCode::PermissionDenied);
    auto version = RetentionSettings::save(chief, {{kDisclosure, 7}}, QStringLiteral("訴訟に備え7年とする"));
    REQUIRE(version.ok());
    requireVerified(chief);
    auto history = RetentionSettings::history(chief);
    REQUIRE(history.ok());
    CHECK(history->first().years.at(kDisclosure) == 7);
    CHECK(history->last().years.at(kDisclosure) == 5); // Daicho's defaults
    CHECK(RetentionSettings::periodName(kDisclosure).contains(QStringLiteral("様式8")));

    f.vault.clock().set(QDateTime(QDate(2026, 12, 8), QTime(1, 0), Qt::UTC));
    auto second = CaseStore::receive(*desk, kDisclosure, f.receipt(*desk));
    REQUIRE(second.ok());

    // Open: kept until it is closed, under the version of its receipt.
    auto openDetail = CaseReader::detail(*desk, first.value());
    REQUIRE(openDetail.ok());
    auto open = DisposalSchedules::keepingOfCase(*desk, openDetail.value());
    REQUIRE(open.ok());
    CHECK(open->status == EntryKeeping::Status::UntilClosed);
    CHECK(open->period.rule.count == 5);

    // Closed through the steps: from the 完了日 it records.
    for (CaseId id : {first.value(), second.value()}) {
        REQUIRE(CaseStore::take(*desk, id, QStringLiteral("route"), f.route(QStringLiteral("健診管理課"))).ok());
        auto head = f.vault.signIn(QStringLiteral("head"));
        f.vault.clock().set(QDateTime(QDate(2026, 12, 10), QTime(1, 0), Qt::UTC));
        REQUIRE(CaseStore::take(*head, id, QStringLiteral("decide"), decision(QStringLiteral("whole"))).ok());
        f.vault.clock().set(QDateTime(QDate(2026, 12, 11), QTime(1, 0), Qt::UTC));
        REQUIRE(CaseStore::take(*desk, id, QStringLiteral("notify"), notice()).ok());
        REQUIRE(
            CaseStore::take(*desk, id, QStringLiteral("close"), {{QStringLiteral("closed_on"), QDate(2026, 12, 11)}})
                .ok());
    }
    requireVerified(chief);
    auto firstClosed = CaseReader::detail(*desk, first.value());
    auto secondClosed = CaseReader::detail(*desk, second.value());
    REQUIRE(firstClosed.ok());
    REQUIRE(secondClosed.ok());
    auto kept5 = DisposalSchedules::keepingOfCase(*desk, firstClosed.value());
    auto kept7 = DisposalSchedules::keepingOfCase(*desk, secondClosed.value());
    REQUIRE(kept5.ok());
    REQUIRE(kept7.ok());
    CHECK(kept5->ruleVersion == QLatin1String("1"));
    CHECK(kept5->keepUntil == QDate(2031, 12, 11));
    CHECK(kept5->disposalDue == QDate(2032, 3, 31));
    CHECK(kept7->ruleVersion == QLatin1String("2"));
    CHECK(kept7->keepUntil == QDate(2033, 12, 11));
    CHECK(kept7->disposalDue == QDate(2034, 3, 31));
    CHECK(keepingSummaryJa(kept7.value()).contains(QStringLiteral("令和15年12月11日まで保存")));
}
