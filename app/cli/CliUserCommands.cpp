#include "CliCommands.h"
#include "CliDepartments.h"

#include "auth/Organisation.h"
#include "auth/PasswordPolicy.h"
#include "auth/UserAdmin.h"
#include "vault/KeyRotation.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace daicho {

namespace {

Result<UserEntry> findUser(const Session& session, const QString& login)
{
    Result<QList<UserEntry>> users = UserAdmin::listUsers(session, true);
    if (!users)
        return users.error();
    const QString wanted = normaliseLogin(login);
    for (const UserEntry& user : users.value())
        if (normaliseLogin(user.login) == wanted)
            return user;
    return makeError(ErrorCode::NotFound,
                     QCoreApplication::translate("daicho::Cli", "There is no user %1.").arg(login));
}

QString newPasswordPrompt(const QString& login)
{
    return QCoreApplication::translate("daicho::Cli", "New password for %1 (at least %2 characters):")
        .arg(login)
        .arg(PasswordPolicy::kMinimumLength);
}

// Reads a new password twice and checks the policy before any slot is touched.
Result<QString> readNewPassword(CliContext& cli, const QString& login)
{
    Result<QString> password = cli.passwords().readNew(newPasswordPrompt(login));
    if (!password)
        return password.error();
    if (Status strong = PasswordPolicy::check(password.value(), login); !strong)
        return strong.error();
    return password;
}

ExitCode userAdd(CliContext& cli)
{
    const QString synopsis = u"user add ID --name NAME --role ROLE [--department DEPT]"_s;
    if (!cli.expectArguments(2, 1, 1, synopsis))
        return ExitCode::Usage;
    const QString login = cli.argument(2, 0);
    const CliArguments& args = cli.args();
    // Everything that can be checked without the database is checked before the sign-in,
    // which costs a second of key derivation.
    if (Status valid = checkLogin(login); !valid)
        return cli.fail(valid.error());
    if (args.name.trimmed().isEmpty())
        return cli.usageError(QCoreApplication::translate("daicho::Cli", "Give the person's name with --name NAME."));
    const std::optional<Role> role = roleFromKey(args.role);
    if (!role) {
        QStringList keys;
        for (Role r : allRoles())
            keys << roleKey(r);
        return cli.usageError(QCoreApplication::translate("daicho::Cli", "Give the role with --role, one of: %1.")
                                  .arg(keys.join(u", "_s)));
    }

    Result<std::unique_ptr<Session>> session = cli.signIn();
    if (!session)
        return cli.fail(session.error());
    NewUser person;
    person.login = login;
    person.displayName = args.name.trimmed();
    person.role = *role;
    if (!args.department.isEmpty()) {
        Result<QList<DepartmentEntry>> departments = Organisation::departments(*session.value());
        if (!departments)
            return cli.fail(departments.error());
        Result<DepartmentId> department = findDepartment(departments.value(), args.department);
        if (!department)
            return cli.fail(department.error());
        person.departmentId = department.value();
    }
    Result<QString> initial = readNewPassword(cli, login);
    if (!initial)
        return cli.fail(initial.error());
    Result<UserId> added = UserAdmin::addUser(*session.value(), person, std::move(initial).value());
    if (!added)
        return cli.fail(added.error());
    cli.out() << QCoreApplication::translate("daicho::Cli",
                                             "Added %1 (%2). They must change this password at first sign-in.")
                     .arg(login, roleDisplayName(*role))
              << Qt::endl;
    return ExitCode::Ok;
}

ExitCode userPasswd(CliContext& cli)
{
    if (!cli.expectArguments(2, 0, 1, u"user passwd [ID]"_s))
        return ExitCode::Usage;
    const QString target = cli.argument(2, 0);
    const bool own = target.isEmpty() || normaliseLogin(target) == normaliseLogin(cli.args().user);
    Result<VaultPaths> paths = cli.existingDatabase();
    if (!paths)
        return cli.fail(paths.error());

    if (own) {
        QString current;
        Result<std::unique_ptr<Session>> session = cli.signIn(paths.value(), &current);
        if (!session)
            return cli.fail(session.error());
        Result<QString> fresh = readNewPassword(cli, session.value()->user().login);
        if (!fresh)
            return cli.fail(fresh.error());
        if (Status changed =
                UserAdmin::changeOwnPassword(*session.value(), std::move(current), std::move(fresh).value());
            !changed)
            return cli.fail(changed.error());
        cli.out() << QCoreApplication::translate("daicho::Cli", "Your password was changed.") << Qt::endl;
        return ExitCode::Ok;
    }

    // The chief resets someone else's password: the person gets new keys and must choose
    // their own password at next sign-in.
    Result<std::unique_ptr<Session>> session = cli.signIn(paths.value());
    if (!session)
        return cli.fail(session.error());
    Result<UserEntry> user = findUser(*session.value(), target);
    if (!user)
        return cli.fail(user.error());
    Result<QString> initial = readNewPassword(cli, user->login);
    if (!initial)
        return cli.fail(initial.error());
    if (Status reset = UserAdmin::resetPassword(*session.value(), user->id, std::move(initial).value()); !reset)
        return cli.fail(reset.error());
    cli.out() << QCoreApplication::translate("daicho::Cli",
                                             "The password of %1 was reset; they must change it at next sign-in.")
                     .arg(user->login)
              << Qt::endl;
    return ExitCode::Ok;
}

ExitCode userRemove(CliContext& cli)
{
    if (!cli.expectArguments(2, 1, 1, u"user remove ID [--rekey]"_s))
        return ExitCode::Usage;
    Result<std::unique_ptr<Session>> session = cli.signIn();
    if (!session)
        return cli.fail(session.error());
    Result<UserEntry> user = findUser(*session.value(), cli.argument(2, 0));
    if (!user)
        return cli.fail(user.error());
    if (Status removed = UserAdmin::removeUser(*session.value(), user->id); !removed)
        return cli.fail(removed.error());
    cli.out() << QCoreApplication::translate("daicho::Cli", "Removed %1.").arg(user->login) << Qt::endl;
    if (cli.args().rekey) {
        QStringList leftOut;
        if (Status rotated = KeyRotation::rotate(*session.value(), &leftOut); !rotated)
            return cli.fail(rotated.error());
        cli.out() << QCoreApplication::translate("daicho::Cli", "The database key was rotated.") << Qt::endl;
        reportSlotsLeftOut(cli, leftOut);
    } else {
        // Their slot is gone, but they could have copied the database key while they had
        // it: only a rotation makes that copy useless.
        cli.out() << QCoreApplication::translate("daicho::Cli",
                                                 "They may still know the current database key: run \"daicho-cli "
                                                 "rekey\" (or remove with --rekey) to rotate it.")
                  << Qt::endl;
    }
    return ExitCode::Ok;
}

ExitCode userUnlock(CliContext& cli)
{
    if (!cli.expectArguments(2, 1, 1, u"user unlock ID"_s))
        return ExitCode::Usage;
    Result<std::unique_ptr<Session>> session = cli.signIn();
    if (!session)
        return cli.fail(session.error());
    Result<UserEntry> user = findUser(*session.value(), cli.argument(2, 0));
    if (!user)
        return cli.fail(user.error());
    if (Status unlocked = UserAdmin::unlockUser(*session.value(), user->id); !unlocked)
        return cli.fail(unlocked.error());
    cli.out() << QCoreApplication::translate("daicho::Cli", "Unlocked %1.").arg(user->login) << Qt::endl;
    return ExitCode::Ok;
}

QString userState(const UserEntry& user)
{
    QStringList state;
    if (!user.active)
        state << QCoreApplication::translate("daicho::Cli", "removed");
    if (user.locked)
        state << QCoreApplication::translate("daicho::Cli", "locked");
    if (user.active && user.mustChangePassword)
        state << QCoreApplication::translate("daicho::Cli", "must change password");
    if (state.isEmpty())
        state << QCoreApplication::translate("daicho::Cli", "active");
    return state.join(u", "_s);
}

// Tab-separated with a header line: readable in a terminal and easy for a script (column
// alignment by spaces breaks with double-width Japanese names anyway).
ExitCode userList(CliContext& cli)
{
    if (!cli.expectArguments(2, 0, 0, u"user list [--all]"_s))
        return ExitCode::Usage;
    Result<std::unique_ptr<Session>> session = cli.signIn();
    if (!session)
        return cli.fail(session.error());
    Result<QList<UserEntry>> users = UserAdmin::listUsers(*session.value(), cli.args().all);
    if (!users)
        return cli.fail(users.error());
    Result<QList<DepartmentEntry>> departments = Organisation::departments(*session.value());
    if (!departments)
        return cli.fail(departments.error());

    QTextStream& out = cli.out();
    const QStringList header = {
        QCoreApplication::translate("daicho::Cli", "ID"),    QCoreApplication::translate("daicho::Cli", "Name"),
        QCoreApplication::translate("daicho::Cli", "Role"),  QCoreApplication::translate("daicho::Cli", "Department"),
        QCoreApplication::translate("daicho::Cli", "State"),
    };
    out << header.join(u'\t') << '\n';
    for (const UserEntry& user : users.value()) {
        const QString department =
            user.departmentId ? Organisation::fullName(departments.value(), *user.departmentId) : QString();
        out << user.login << '\t' << user.displayName << '\t' << roleDisplayName(user.role) << '\t' << department
            << '\t' << userState(user) << '\n';
    }
    out.flush();
    return ExitCode::Ok;
}

} // namespace

ExitCode runUser(CliContext& cli)
{
    const QString sub = cli.args().positional.value(1);
    if (sub == u"add"_s)
        return userAdd(cli);
    if (sub == u"passwd"_s)
        return userPasswd(cli);
    if (sub == u"remove"_s)
        return userRemove(cli);
    if (sub == u"unlock"_s)
        return userUnlock(cli);
    if (sub == u"list"_s)
        return userList(cli);
    return cli.usageError(
        QCoreApplication::translate("daicho::Cli", "usage: daicho-cli user add|passwd|remove|unlock|list ..."));
}

} // namespace daicho
