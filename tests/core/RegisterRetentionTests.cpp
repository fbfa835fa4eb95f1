// Issue 13 §9: each register entry's own period (第11条⑨) gives when the data of its database
// goes; from January the department that handles it sees the deletion due on its start page,
// and its 様式1④ record of that database in the fiscal year closes the reminder.
#include "dashboard/DueWork.h"
#include "ledger/LedgerStore.h"
#include "retention/RegisterRetention.h"
#include "support/LedgerFixtures.h"
#include "support/TestVault.h"

#include <catch2/catch.hpp>

using namespace daicho;
using namespace daicho::test;

TEST_CASE("the years a register's retention period names", "[core][retention][register]")
{
    CHECK(RegisterRetention::yearsIn(QStringLiteral("5年")) == 5);
    // From another event: no date Daicho could know (regulation reading of issue 13).
    CHECK_FALSE(RegisterRetention::yearsIn(QStringLiteral("サービス終了後５年")).has_value());
    CHECK_FALSE(RegisterRetention::yearsIn(QStringLiteral("平成30年以降5年")).has_value());
    CHECK_FALSE(RegisterRetention::yearsIn(QStringLiteral("契約満了後3年")).has_value());
    CHECK(RegisterRetention::yearsIn(QStringLiteral("受診日から10年間")) == 10);
    CHECK(RegisterRetention::yearsIn(QStringLiteral("3ヶ年")) == 3);
    CHECK_FALSE(RegisterRetention::yearsIn(QStringLiteral("永年")).has_value());
    CHECK_FALSE(RegisterRetention::yearsIn(QStringLiteral("契約終了まで")).has_value());
}

namespace {

bool registerDue(const Session& session)
{
    auto due = DueWork::forPerson(session);
    REQUIRE(due.ok());
    for (const DueItem& item : due.value())
        if (item.kind == DueKind::RegisterDisposal)
            return true;
    return false;
}

} // namespace

TEST_CASE("from January the handling department sees its database's deletion due until its 様式1④ is recorded",
          "[core][retention][register]")
{
    TestVault vault;
    vault.addPeople();
    Session& chief = vault.chief();
    vault.clock().set(QDateTime(QDate(2026, 6, 1), QTime(1, 0), Qt::UTC));
    auto reg = LedgerStore::add(chief, QStringLiteral("form3"), registerValues(chief)); // 健診管理課, 5年
    REQUIRE(reg.ok());
    auto staff = vault.signIn(QStringLiteral("staff"));
    auto head = vault.signIn(QStringLiteral("head"));
    auto auditor = vault.signIn(QStringLiteral("auditor"));
    CHECK_FALSE(registerDue(*staff)); // June: not the season

    vault.clock().set(QDateTime(QDate(2027, 1, 12), QTime(1, 0), Qt::UTC));
    auto keeping = RegisterRetention::ofRegister(*staff, reg.value(), 2026);
    REQUIRE(keeping.ok());
    REQUIRE(keeping->has_value());
    CHECK(keeping->value().years == 5);
    CHECK(keeping->value().disposalDay == QDate(2027, 3, 31));
    CHECK(keeping->value().madeOnOrBefore == QDate(2022, 3, 30));
    CHECK(RegisterRetention::summaryJa(keeping->value()).contains(QStringLiteral("令和4年3月30日以前")));
    CHECK(registerDue(*staff));
    CHECK(registerDue(*head)); // 事業部 above 健診管理課
    CHECK_FALSE(registerDue(*auditor));
    CHECK_FALSE(registerDue(chief)); // not the chief's own department

    // The staff record the deletion (done outside Daicho) in 様式1④: the reminder closes.
    auto due = DueWork::forPerson(*staff);
    REQUIRE(due.ok());
    FieldValues v;
    for (const DueItem& item : due.value())
        if (item.kind == DueKind::RegisterDisposal)
            v = item.fill;
    v[QStringLiteral("date")] = QDate(2027, 1, 12);
    v[QStringLiteral("method")] = QStringLiteral("erasure");
    v[QStringLiteral("disposed_by")] = QStringLiteral("contractor");
    v[QStringLiteral("certificate")] = QStringLiteral("データ消去証明書 第2027-001号");
    v[QStringLiteral("verifier")] = userId(chief, QStringLiteral("head"));
    v[QStringLiteral("staff")] = userId(chief, QStringLiteral("staff"));
    auto record = LedgerStore::add(*staff, QStringLiteral("form1"), v);
    INFO((record.ok() ? QString() : record.error().message).toStdString());
    REQUIRE(record.ok());
    CHECK_FALSE(registerDue(*staff));
    requireVerified(chief);
}
