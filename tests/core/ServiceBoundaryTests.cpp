// The service boundary holds for a Session as well (issue 9 §1): what forms/ and app/ hold is
// the person who signed in, and nothing of the session lets them read its keys, act as
// someone else, swap its connection, post their own query to its worker or append their own
// audit entry. Core reaches those through auth/internal/SessionInternals.h. The compiler's
// answers are checked here; how core itself keeps the session right, below.
#include "audit/AuditLog.h"
#include "auth/Session.h"
#include "auth/UserAdmin.h"
#include "auth/internal/SessionInternals.h"
#include "support/TestVault.h"
#include "vault/KeyRotation.h"

#include <catch2/catch.hpp>

#include <type_traits>
#include <utility>

using namespace daicho;
using test::TestVault;

namespace {

template <typename S>
constexpr bool canSetUser = requires(S& s, UserEntry u)
{
    s.setUser(u);
};
template <typename S>
constexpr bool canReadSecrets = requires(const S& s)
{
    s.secrets();
};
template <typename S>
constexpr bool canReplaceSecrets = requires(S& s, typename S::Secrets secrets)
{
    s.replaceSecrets(std::move(secrets));
};
template <typename S>
constexpr bool canTakeDatabase = requires(S& s)
{
    s.takeDatabase();
};
template <typename S>
constexpr bool canSetDatabase = requires(S& s, std::unique_ptr<Database> db)
{
    s.setDatabase(std::move(db));
};
template <typename S>
constexpr bool canReachWorker = requires(S& s)
{
    s.worker();
};
template <typename S>
constexpr bool canSetSlotKdf = requires(S& s, KdfParams kdf)
{
    s.setSlotKdf(kdf);
};
template <typename S>
constexpr bool canAttachLock = requires(S& s, std::unique_ptr<FileLock> lock)
{
    s.attachLock(std::move(lock));
};
template <typename S>
constexpr bool canReadUser = requires(const S& s)
{
    s.user();
};

} // namespace

TEST_CASE("a session offers forms and app no key, no mutator, no connection swap, no worker", "[core][layering]")
{
    CHECK(canReadUser<Session>); // the test itself can see what is public
    CHECK(!canReadSecrets<Session>);
    CHECK(!canSetUser<Session>);
    CHECK(!canReplaceSecrets<Session>);
    CHECK(!canTakeDatabase<Session>);
    CHECK(!canSetDatabase<Session>);
    CHECK(!canReachWorker<Session>);
    CHECK(!canSetSlotKdf<Session>);
    CHECK(!canAttachLock<Session>);
    // The public audit header declares no append at all (ctest "layering: the public audit
    // header offers no append").
}

TEST_CASE("editing oneself refreshes the session's own record in core", "[core][users]")
{
    TestVault vault;
    vault.addPeople();
    Session& chief = vault.chief();
    UserEntry me = UserAdmin::user(chief, chief.user().id).value();
    me.displayName = QStringLiteral("管理 花子");
    REQUIRE(UserAdmin::updateUser(chief, me).ok());
    CHECK(chief.user().displayName == QStringLiteral("管理 花子"));
    CHECK(chief.user().role == Role::Chief);

    // Someone else's record is theirs: the session stays the chief's.
    UserEntry staff;
    const QList<UserEntry> users = UserAdmin::listUsers(chief).value();
    for (const UserEntry& u : users)
        if (u.login == QStringLiteral("staff"))
            staff = u;
    REQUIRE(staff.id != 0);
    staff.displayName = QStringLiteral("健診 次郎");
    REQUIRE(UserAdmin::updateUser(chief, staff).ok());
    CHECK(chief.user().displayName == QStringLiteral("管理 花子"));
    CHECK(chief.user().login == TestVault::kChiefLogin);
}

TEST_CASE("a key rotation waits for work that holds the session in use", "[core][rotation]")
{
    TestVault vault;
    vault.addPeople();
    Session& chief = vault.chief();
    const SecureBytes before = SessionInternals::secrets(chief).databaseKey;
    {
        const Session::InUse hold(chief); // an import showing its progress
        const Status refused = KeyRotation::rotate(chief);
        REQUIRE(!refused.ok());
        CHECK(refused.error().code == ErrorCode::Busy);
        CHECK(SessionInternals::secrets(chief).databaseKey == before);
        CHECK(
            chief.db().scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'database.rekey'")).value()
            == QStringLiteral("0"));
    }
    REQUIRE(KeyRotation::rotate(chief).ok());
    CHECK(SessionInternals::secrets(chief).databaseKey != before);
}
