#include "support/TestVault.h"

#include "auth/Organisation.h"
#include "auth/SignIn.h"
#include "auth/UserAdmin.h"
#include "vault/VaultCreator.h"

#include <catch2/catch.hpp>

namespace daicho::test {

TestVault::TestVault()
{
    REQUIRE(m_dir.isValid());
    m_paths.database = m_dir.filePath(QStringLiteral("test.daicho"));
    VaultOptions options;
    options.organisationName = QStringLiteral("公益財団法人テスト健診センター");
    options.chiefLogin = kChiefLogin;
    options.chiefDisplayName = QStringLiteral("総務 部長");
    options.kdf = KdfParams{1024, 1, 1};
    auto created = VaultCreator::create(m_paths, options, kChiefPassword, m_clock);
    if (!created)
        FAIL("creating the test vault failed: " << created.error().message.toStdString() << " / "
                                                << created.error().detail.toStdString());
    m_chief = std::move(created->session);
    m_recoveryKey = created->recoveryKey;
}

TestVault::~TestVault() = default;

void TestVault::addPerson(const QString& login, const QString& name, Role role, const QString& departmentName)
{
    std::optional<DepartmentId> department;
    if (!departmentName.isEmpty()) {
        auto departments = Organisation::departments(*m_chief);
        REQUIRE(departments.ok());
        for (const auto& d : departments.value())
            if (d.name == departmentName)
                department = d.id;
        REQUIRE(department);
    }
    const QString initial = QStringLiteral("initial-password-0000");
    auto id = UserAdmin::addUser(*m_chief, {login, name, role, department}, initial);
    if (!id)
        FAIL("adding " << login.toStdString() << ": " << id.error().message.toStdString());
    auto session = SignIn::signIn(m_paths, login, initial, m_clock);
    REQUIRE(session.ok());
    auto changed = UserAdmin::changeOwnPassword(*session.value(), initial, kPassword);
    if (!changed.ok())
        FAIL("changing password of " << login.toStdString() << ": " << changed.error().message.toStdString());
}

void TestVault::addPeople()
{
    auto departments = Organisation::departments(*m_chief);
    REQUIRE(departments.ok());
    auto idOf = [&](const QString& name) -> std::optional<DepartmentId> {
        for (const auto& d : departments.value())
            if (d.name == name)
                return d.id;
        return std::nullopt;
    };
    struct Person {
        QString login;
        QString name;
        Role role;
        std::optional<DepartmentId> department;
    };
    const QList<Person> people = {
        {QStringLiteral("acting"), QStringLiteral("総務 課長"), Role::ActingChief, idOf(QStringLiteral("総務課"))},
        {QStringLiteral("head"), QStringLiteral("事業 部長"), Role::DepartmentHead, idOf(QStringLiteral("事業部"))},
        {QStringLiteral("staff"), QStringLiteral("健診 担当"), Role::Staff, idOf(QStringLiteral("健診管理課"))},
        {QStringLiteral("auditor"), QStringLiteral("事務局 次長"), Role::Auditor, std::nullopt},
    };
    const QString initial = QStringLiteral("initial-password-0000");
    for (const Person& p : people) {
        auto id = UserAdmin::addUser(*m_chief, {p.login, p.name, p.role, p.department}, initial);
        if (!id)
            FAIL("adding " << p.login.toStdString() << ": " << id.error().message.toStdString());
        auto session = SignIn::signIn(m_paths, p.login, initial, m_clock);
        REQUIRE(session.ok());
        auto changed = UserAdmin::changeOwnPassword(*session.value(), initial, kPassword);
        if (!changed.ok())
            FAIL("changing password of " << p.login.toStdString() << ": " << changed.error().message.toStdString());
    }
}

std::unique_ptr<Session> TestVault::signIn(const QString& login)
{
    auto session = SignIn::signIn(m_paths, login, login == kChiefLogin ? kChiefPassword : kPassword, m_clock);
    if (!session)
        FAIL("sign-in of " << login.toStdString() << " failed: " << session.error().message.toStdString() << " / "
                           << session.error().detail.toStdString());
    return std::move(session.value());
}

} // namespace daicho::test
