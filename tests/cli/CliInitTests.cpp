#include "CliTestSupport.h"
#include "cli/DemoAccounts.h"
#include "cli/ExitCodes.h"

#include "auth/Organisation.h"
#include "auth/SignIn.h"
#include "calendar/ClosedDays.h"
#include "calendar/JapaneseHolidays.h"
#include "common/JapaneseCalendar.h"
#include "retention/DisposalRuns.h"

#include <catch2/catch.hpp>

#include <QFile>

using namespace Qt::StringLiterals;
using namespace daicho;
using namespace daicho::test;

TEST_CASE("a database made by init verifies at once", "[cli]")
{
    CliVault vault;
    const CliRun run = vault.as(CliVault::kChief, CliVault::kChiefPassword, {u"verify"_s});
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 0);
    CHECK(run.out.startsWith(u"OK: "_s));
    CHECK(run.err.isEmpty());
}

TEST_CASE("init prints the recovery key once with a warning and refuses an existing database", "[cli]")
{
    CliVault vault;
    CHECK(vault.recoveryKey().size() >= 32);

    const QString pw = CliVault::kChiefPassword;
    const CliRun again = vault.run({u"init"_s, u"--org"_s, u"X"_s, u"--user"_s, u"chief"_s, u"--name"_s, u"Y"_s},
                                   pw + u'\n' + pw + u'\n');
    CHECK(again.exitCode == toInt(ExitCode::Usage));
    CHECK(again.errLines().size() == 1);
    CHECK(again.err.contains(u"already exists"_s));
    CHECK_FALSE(again.out.contains(vault.recoveryKey()));
}

TEST_CASE("init refuses differing and weak passwords and leaves no file behind", "[cli]")
{
    QTemporaryDir dir;
    FakeClock clock;
    const QString db = dir.filePath(u"new.daicho"_s);
    const QStringList args = {u"init"_s,   u"--db"_s, db,          u"--org"_s, u"X"_s,
                              u"--user"_s, u"boss"_s, u"--name"_s, u"Y"_s};

    const CliRun differ = runCliWith(args, u"first-password-123\nsecond-password-123\n"_s, clock);
    CHECK(differ.exitCode == toInt(ExitCode::Usage));
    CHECK(differ.errLines().size() == 1);

    const CliRun shortOne = runCliWith(args, u"short\nshort\n"_s, clock);
    CHECK(shortOne.exitCode == toInt(ExitCode::Usage));
    CHECK(shortOne.err.contains(u"too short"_s));

    const CliRun withId = runCliWith(args, u"my-boss-password-1\nmy-boss-password-1\n"_s, clock);
    CHECK(withId.exitCode == toInt(ExitCode::Usage));

    const CliRun noInput = runCliWith(args, QString(), clock);
    CHECK(noInput.exitCode == toInt(ExitCode::Usage));
    CHECK(noInput.errLines().size() == 1);

    CHECK_FALSE(QFile::exists(db));
    CHECK_FALSE(QFile::exists(db + u"-keys"_s));
}

TEST_CASE("the demo database has one person per role who signs in with the documented password", "[cli]")
{
    QTemporaryDir dir;
    FakeClock clock;
    const VaultPaths paths{dir.filePath(u"demo.daicho"_s)};
    const CliRun demo = runCliWith({u"demo"_s, paths.database}, QString(), clock);
    INFO(demo.err.toStdString());
    REQUIRE(demo.exitCode == 0);
    CHECK(demo.out.contains(u"for trying only"_s));

    QList<Role> rolesSeen;
    for (const DemoAccount& account : demoAccounts()) {
        INFO(account.login.toStdString());
        CHECK(demo.out.contains(account.password));
        auto session = SignIn::signIn(paths, account.login, account.password, clock);
        REQUIRE(session.ok());
        const UserEntry& user = session.value()->user();
        CHECK(user.role == account.role);
        CHECK(user.displayName == account.displayName);
        CHECK_FALSE(user.mustChangePassword);
        rolesSeen << user.role;
        auto departments = Organisation::departments(*session.value());
        REQUIRE(departments.ok());
        if (account.department.isEmpty())
            CHECK_FALSE(user.departmentId.has_value());
        else
            CHECK(Organisation::fullName(departments.value(), user.departmentId.value_or(0)) == account.department);
        if (user.role == Role::Chief) {
            auto name = Organisation::organisationName(*session.value());
            REQUIRE(name.ok());
            CHECK(name.value() == demoOrganisationName());
        }
    }
    for (Role role : allRoles())
        CHECK(rolesSeen.contains(role));

    const DemoAccount auditor = demoAccounts().last();
    const CliRun verify = runCliWith({u"verify"_s, u"--db"_s, paths.database, u"--user"_s, auditor.login},
                                     auditor.password + u'\n', clock);
    INFO(verify.err.toStdString());
    CHECK(verify.exitCode == 0);

    // Monitoring sheets (様式4): two reviewed, one still being written.
    auto chief = SignIn::signIn(paths, demoAccounts().first().login, demoAccounts().first().password, clock);
    REQUIRE(chief.ok());
    auto states = chief.value()->db().scalar(
        u"SELECT group_concat(state, ',') FROM (SELECT state FROM ledger_entries WHERE form = 'form4' ORDER BY id)"_s);
    REQUIRE(states.ok());
    CHECK(states.value() == u"reviewed,reviewed,draft"_s);

    // Requests (第33–39条): every state, two fiscal years, one decision overdue, one due on the
    // next open day, none of them in the future.
    auto caseStates = chief.value()->db().scalar(
        u"SELECT group_concat(state, ',') FROM (SELECT DISTINCT state FROM cases ORDER BY state)"_s);
    REQUIRE(caseStates.ok());
    CHECK(caseStates.value() == u"closed,decided,received,routed,withdrawn"_s);
    auto years = chief.value()->db().scalar(u"SELECT count(DISTINCT fiscal_year) FROM cases"_s);
    REQUIRE(years.ok());
    CHECK(years.value().toInt() >= 2);
    const QString today = japanDate(clock.nowUtc()).toString(Qt::ISODate);
    auto overdue = chief.value()->db().scalar(
        u"SELECT count(*) FROM case_clocks WHERE running = 1 AND clock = 'decision' AND due_on < '%1'"_s.arg(today));
    REQUIRE(overdue.ok());
    CHECK(overdue.value() == u"1"_s);
    auto soon = chief.value()->db().scalar(
        u"SELECT min(due_on) FROM case_clocks WHERE running = 1 AND clock = 'decision' AND due_on > '%1'"_s.arg(today));
    REQUIRE(soon.ok());
    CHECK(QDate::fromString(soon.value(), Qt::ISODate)
          == ClosedDays{}.nextOpenDay(japanDate(clock.nowUtc()).addDays(1), JapaneseHolidays::shipped()));

    // The disposal of the fiscal year under way (issue 13): approved by the chief, an old closed
    // request among what goes and one entry held; the auditor confirms it as the start page asks.
    auto auditorSession = SignIn::signIn(paths, auditor.login, auditor.password, clock);
    REQUIRE(auditorSession.ok());
    auto runs = DisposalRuns::list(*auditorSession.value());
    REQUIRE(runs.ok());
    REQUIRE(runs->size() == 1);
    CHECK(runs->first().plannedCases.size() == 1);
    CHECK(runs->first().holds.size() == 1);
    const Status confirmed = DisposalRuns::confirm(*auditorSession.value(), runs->first().id);
    INFO((confirmed.ok() ? std::string() : confirmed.error().message.toStdString()));
    CHECK(confirmed.ok());

    const CliRun again = runCliWith({u"demo"_s, paths.database}, QString(), clock);
    CHECK(again.exitCode == toInt(ExitCode::Usage));
}
