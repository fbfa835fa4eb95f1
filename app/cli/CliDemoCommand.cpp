#include "CliCommands.h"

#include "CliDepartments.h"
#include "DemoAccounts.h"
#include "DemoCases.h"
#include "DemoLedgers.h"
#include "DemoMonitoring.h"
#include "DemoRetention.h"

#include "auth/Organisation.h"
#include "auth/SignIn.h"
#include "auth/UserAdmin.h"
#include "crypto/Kdf.h"
#include "vault/CheckpointSigning.h"
#include "vault/VaultCreator.h"

#include <QCoreApplication>
#include <QFile>

using namespace Qt::StringLiterals;

namespace daicho {

namespace {

// Adds one demo person as the chief, then signs them in once to replace the initial
// password, exactly as a new colleague would at first sign-in (and audited the same way).
Status addDemoPerson(Session& chief, const VaultPaths& paths, const QList<DepartmentEntry>& departments,
                     const DemoAccount& account, const Clock& clock)
{
    NewUser person;
    person.login = account.login;
    person.displayName = account.displayName;
    person.role = account.role;
    if (!account.department.isEmpty()) {
        Result<DepartmentId> department = findDepartment(departments, account.department);
        if (!department)
            return department.error();
        person.departmentId = department.value();
    }
    DAICHO_TRY(UserAdmin::addUser(chief, person, demoInitialPassword()));
    Result<std::unique_ptr<Session>> session = SignIn::signIn(paths, account.login, demoInitialPassword(), clock);
    if (!session)
        return session.error();
    return UserAdmin::changeOwnPassword(*session.value(), demoInitialPassword(), account.password);
}

// The chief is created by VaultCreator without a department; the demo places them in 総務部.
Status placeChief(Session& chief, const QList<DepartmentEntry>& departments, const DemoAccount& account)
{
    Result<DepartmentId> department = findDepartment(departments, account.department);
    if (!department)
        return department.error();
    UserEntry user = chief.user();
    user.departmentId = department.value();
    return UserAdmin::updateUser(chief, user);
}

Status createDemo(const VaultPaths& paths, const Clock& clock, QString& recoveryKey)
{
    const QList<DemoAccount> accounts = demoAccounts();
    const DemoAccount& chiefAccount = accounts.first();
    VaultOptions options;
    options.organisationName = demoOrganisationName();
    options.chiefLogin = chiefAccount.login;
    options.chiefDisplayName = chiefAccount.displayName;
    // The demo is for trying only: Argon2id at the floor (64 MiB × 3) instead of a
    // calibration keeps the first start and each demo sign-in short. Real databases made
    // with `init` or the GUI are calibrated.
    options.kdf = kdfLimits().minimum;
    Result<CreatedVault> created = VaultCreator::create(paths, options, chiefAccount.password, clock);
    if (!created)
        return created.error();
    recoveryKey = created->recoveryKey;
    Session& chief = *created->session;

    Result<QList<DepartmentEntry>> departments = Organisation::departments(chief);
    if (!departments)
        return departments.error();
    DAICHO_TRY(placeChief(chief, departments.value(), chiefAccount));
    for (qsizetype i = 1; i < accounts.size(); ++i)
        DAICHO_TRY(addDemoPerson(chief, paths, departments.value(), accounts.at(i), clock));
    DAICHO_TRY(addDemoLedgers(paths, clock));
    DAICHO_TRY(addDemoMonitoringSheets(paths, clock));
    DAICHO_TRY(addDemoCases(paths, clock));
    DAICHO_TRY(addDemoRetention(paths, clock));
    // The auditor (第15条) anchors the trail once the demo is written.
    auto auditor = signInAsDemo(paths, clock, u"auditor"_s);
    if (!auditor)
        return auditor.error();
    auto code = signVerifiedCheckpoint(*auditor.value());
    if (!code)
        return code.error();
    return {};
}

} // namespace

ExitCode runDemo(CliContext& cli)
{
    // "demo PATH" is what ./daicho.sh runs; "demo --db PATH" works as well.
    if (!cli.expectArguments(1, cli.args().database.isEmpty() ? 1 : 0, cli.args().database.isEmpty() ? 1 : 0,
                             u"demo PATH"_s))
        return ExitCode::Usage;
    const QString path = cli.args().database.isEmpty() ? cli.argument(1, 0) : cli.args().database;
    Result<VaultPaths> paths = cli.newDatabase(path);
    if (!paths)
        return cli.fail(paths.error());

    QString recoveryKey;
    if (Status created = createDemo(paths.value(), cli.clock(), recoveryKey); !created) {
        // Half a demo is no use: remove what was written so that the next run starts over.
        QFile::remove(paths->database);
        QFile::remove(paths->keys());
        QFile::remove(paths->signInJournal());
        QFile::remove(paths->database + u"-wal"_s);
        QFile::remove(paths->database + u"-shm"_s);
        return cli.fail(created.error());
    }

    QTextStream& out = cli.out();
    out << QCoreApplication::translate("daicho::Cli",
                                       "Created the demo database %1. It is for trying only: its passwords are "
                                       "public, so never keep real personal data in it.")
               .arg(paths->database)
        << "\n\n";
    for (const DemoAccount& account : demoAccounts()) {
        out << "  " << account.login.leftJustified(8) << "  " << account.password.leftJustified(27) << "  "
            << roleDisplayName(account.role) << u" ("_s << account.displayName << u')' << '\n';
    }
    out << '\n';
    printRecoveryKey(cli, recoveryKey);
    return ExitCode::Ok;
}

} // namespace daicho
