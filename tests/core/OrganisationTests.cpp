// Issue 11 §15: retiring and reordering departments and sections, in core: audited, checked by
// verify, refused while people still work there, never to be forged with SQL.

#include "audit/AuditVerifier.h"
#include "audit/internal/TrailVerification.h"
#include "auth/Organisation.h"
#include "ledger/LedgerDirectory.h"
#include "ledger/LedgerStore.h"
#include "support/LedgerFixtures.h"
#include "support/TestVault.h"

#include <catch2/catch.hpp>

using namespace daicho;
using namespace daicho::test;

namespace {

const DepartmentEntry& named(const QList<DepartmentEntry>& all, const QString& name)
{
    for (const DepartmentEntry& d : all)
        if (d.name == name)
            return d;
    FAIL("no department " << name.toStdString());
    return all.first();
}

QStringList sectionsOf(Session& session, const QString& department)
{
    auto all = Organisation::departments(session);
    REQUIRE(all.ok());
    const DepartmentId parent = named(all.value(), department).id;
    QStringList names;
    for (const DepartmentEntry& d : all.value())
        if (d.parentId == parent)
            names << d.name;
    return names;
}

} // namespace

TEST_CASE("a section nobody works in is retired: kept for history, no longer offered, and put back on request",
          "[core][organisation]")
{
    TestVault vault;
    vault.addPeople();
    Session& chief = vault.chief();
    auto all = Organisation::departments(chief);
    REQUIRE(all.ok());
    const DepartmentId dock = named(all.value(), QStringLiteral("人間ドック健診課")).id;
    REQUIRE(Organisation::setDepartmentRetired(chief, dock, true).ok());
    all = Organisation::departments(chief);
    CHECK(named(all.value(), QStringLiteral("人間ドック健診課")).retiredOn == QDate(2026, 4, 1));
    auto directory = LedgerDirectory::load(chief);
    REQUIRE(directory.ok());
    CHECK(directory->hasDepartment(dock)); // its entries still name it
    CHECK_FALSE(directory->isDepartmentInUse(dock));
    bool offered = false;
    for (const auto& [id, name] : directory->departmentsInUse())
        offered = offered || id == dock;
    CHECK_FALSE(offered);
    requireVerified(chief);

    REQUIRE(Organisation::setDepartmentRetired(chief, dock, false).ok());
    CHECK_FALSE(named(Organisation::departments(chief).value(), QStringLiteral("人間ドック健診課")).retired());
    CHECK(count(chief, QStringLiteral("SELECT count(*) FROM audit_log WHERE action IN ('department.retire', "
                                      "'department.reinstate')"))
          == 2);
    requireVerified(chief);
}

TEST_CASE("a department is not retired while people or sections are still in it", "[core][organisation]")
{
    TestVault vault;
    vault.addPeople();
    Session& chief = vault.chief();
    const auto all = Organisation::departments(chief).value();
    // 健診 担当 works in 健診管理課.
    const Status withPeople =
        Organisation::setDepartmentRetired(chief, named(all, QStringLiteral("健診管理課")).id, true);
    REQUIRE_FALSE(withPeople.ok());
    CHECK(withPeople.error().message.contains(QStringLiteral("1 people still belong to 健診管理課")));
    // 事務部 has 健診課 in use.
    const Status withSections =
        Organisation::setDepartmentRetired(chief, named(all, QStringLiteral("事務部")).id, true);
    REQUIRE_FALSE(withSections.ok());
    CHECK(withSections.error().message.contains(QStringLiteral("sections in use")));
    // Its section first, then the department; the section comes back only after it.
    REQUIRE(Organisation::setDepartmentRetired(chief, named(all, QStringLiteral("健診課")).id, true).ok());
    REQUIRE(Organisation::setDepartmentRetired(chief, named(all, QStringLiteral("事務部")).id, true).ok());
    const Status sectionFirst =
        Organisation::setDepartmentRetired(chief, named(all, QStringLiteral("健診課")).id, false);
    REQUIRE_FALSE(sectionFirst.ok());
    CHECK(sectionFirst.error().message.contains(QStringLiteral("retired department")));
    CHECK(count(chief, QStringLiteral("SELECT count(*) FROM department_retirements")) == 2);
    requireVerified(chief);
}

TEST_CASE("sections move up and down among their department's sections, audited", "[core][organisation]")
{
    TestVault vault;
    Session& chief = vault.chief();
    CHECK(sectionsOf(chief, QStringLiteral("事業部"))
          == QStringList{QStringLiteral("健診管理課"), QStringLiteral("センター健診課"),
                         QStringLiteral("人間ドック健診課")});
    const auto all = Organisation::departments(chief).value();
    REQUIRE(Organisation::moveDepartment(chief, named(all, QStringLiteral("人間ドック健診課")).id, -1).ok());
    CHECK(sectionsOf(chief, QStringLiteral("事業部"))
          == QStringList{QStringLiteral("健診管理課"), QStringLiteral("人間ドック健診課"),
                         QStringLiteral("センター健診課")});
    // The first stays first; nothing is recorded for a move that moves nothing.
    const auto before = count(chief, QStringLiteral("SELECT count(*) FROM audit_log"));
    REQUIRE(Organisation::moveDepartment(chief, named(all, QStringLiteral("健診管理課")).id, -1).ok());
    CHECK(count(chief, QStringLiteral("SELECT count(*) FROM audit_log")) == before);
    requireVerified(chief);
}

TEST_CASE("only the chief retires or moves departments, and a retirement written with SQL fails verify",
          "[core][organisation][insider]")
{
    TestVault vault;
    vault.addPeople();
    const auto all = Organisation::departments(vault.chief()).value();
    const DepartmentId dock = named(all, QStringLiteral("人間ドック健診課")).id;
    for (const char* login : {"head", "staff", "auditor"}) {
        auto someone = vault.signIn(QString::fromLatin1(login));
        INFO(login);
        CHECK(Organisation::setDepartmentRetired(*someone, dock, true).error().code == ErrorCode::PermissionDenied);
        CHECK(Organisation::moveDepartment(*someone, dock, -1).error().code == ErrorCode::PermissionDenied);
    }
    auto staff = vault.signIn(QStringLiteral("staff"));
    REQUIRE(staff->db()
                .exec(QStringLiteral("INSERT INTO department_retirements (department_id, retired_on) VALUES (%1, "
                                     "'2026-04-01')")
                          .arg(dock))
                .ok());
    auto report = verifyAuditTrail(staff->db());
    REQUIRE(report.ok());
    CHECK_FALSE(report->ok);
    CHECK(report->problem.contains(QStringLiteral("department_retirements")));
}

TEST_CASE("a section that handles a register entry (第11条⑦) or has entries waiting for its head is not retired",
          "[core][organisation]")
{
    TestVault vault;
    vault.addPeople();
    Session& chief = vault.chief();
    const auto all = Organisation::departments(chief).value();
    const DepartmentId dock = named(all, QStringLiteral("人間ドック健診課")).id;
    FieldValues register3 = registerValues(chief, false);
    register3.insert(QStringLiteral("department"), QVariant::fromValue<qint64>(dock));
    REQUIRE(LedgerStore::add(chief, QStringLiteral("form3"), register3).ok());
    const Status refused = Organisation::setDepartmentRetired(chief, dock, true);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("様式3 No.1")));
    CHECK(count(chief, QStringLiteral("SELECT count(*) FROM department_retirements")) == 0);
}

TEST_CASE("core refuses a retired section on a new entry, and keeps it on a correction of an older one",
          "[core][organisation]")
{
    TestVault vault;
    vault.addPeople();
    Session& chief = vault.chief();
    const auto all = Organisation::departments(chief).value();
    const DepartmentId dock = named(all, QStringLiteral("人間ドック健診課")).id;
    auto registerId = LedgerStore::add(chief, QStringLiteral("form3"), registerValues(chief, false));
    REQUIRE(registerId.ok());
    FieldValues use = useEventValues(chief, registerId.value());
    use.insert(QStringLiteral("department"), QVariant::fromValue<qint64>(dock));
    const auto older = LedgerStore::add(chief, QStringLiteral("form1"), use);
    REQUIRE(older.ok());
    auto head = vault.signIn(QStringLiteral("head")); // 事業部長 reviews it: nothing waits
    REQUIRE(LedgerStore::decide(*head, older.value(), Decision::Review, {}).ok());
    REQUIRE(Organisation::setDepartmentRetired(chief, dock, true).ok());

    const auto refused = LedgerStore::add(chief, QStringLiteral("form1"), use);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("retired")));
    FieldValues corrected = use;
    corrected.insert(QStringLiteral("note"), QStringLiteral("備考の訂正"));
    CHECK(LedgerStore::revise(chief, older.value(), corrected, QStringLiteral("備考の追記")).ok());
    requireVerified(chief);
}
