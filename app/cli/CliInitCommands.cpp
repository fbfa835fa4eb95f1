#include "CliCommands.h"

#include "auth/PasswordPolicy.h"
#include "vault/VaultCreator.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace daicho {

void printRecoveryKey(CliContext& cli, const QString& recoveryKey)
{
    // The key is never stored in clear and cannot be shown again: say so before and after,
    // so that nobody scrolls past it thinking it can be looked up later.
    QTextStream& out = cli.out();
    out << QCoreApplication::translate("daicho::Cli",
                                       "RECOVERY KEY - shown only this once. Write it down or print it now and keep "
                                       "it locked away from this PC:")
        << '\n'
        << '\n'
        << "    " << recoveryKey << '\n'
        << '\n'
        << QCoreApplication::translate("daicho::Cli",
                                       "Anyone who has it can give the chief a new password and open the database; "
                                       "without it, a forgotten chief's password cannot be recovered.")
        << Qt::endl;
}

ExitCode runInit(CliContext& cli)
{
    if (!cli.expectArguments(1, 0, 0, u"init --db PATH --org NAME --user ID --name NAME"_s))
        return ExitCode::Usage;
    const CliArguments& args = cli.args();
    if (args.organisation.trimmed().isEmpty())
        return cli.usageError(
            QCoreApplication::translate("daicho::Cli", "Give the organisation's name with --org NAME."));
    if (args.user.isEmpty())
        return cli.usageError(
            QCoreApplication::translate("daicho::Cli", "Give the chief's sign-in ID with --user ID."));
    if (Status login = checkLogin(args.user); !login)
        return cli.fail(login.error());
    if (args.name.trimmed().isEmpty())
        return cli.usageError(QCoreApplication::translate("daicho::Cli", "Give the chief's name with --name NAME."));
    Result<VaultPaths> paths = cli.newDatabase(args.database);
    if (!paths)
        return cli.fail(paths.error());

    Result<QString> password = cli.passwords().readNew(
        QCoreApplication::translate("daicho::Cli", "New password for %1 (at least %2 characters):")
            .arg(args.user)
            .arg(PasswordPolicy::kMinimumLength));
    if (!password)
        return cli.fail(password.error());
    // Checked here as well as in core so that a weak password is refused before the
    // seconds of KDF calibration, not after.
    if (Status strong = PasswordPolicy::check(password.value(), args.user); !strong)
        return cli.fail(strong.error());

    VaultOptions options;
    options.organisationName = args.organisation.trimmed();
    options.chiefLogin = args.user;
    options.chiefDisplayName = args.name.trimmed();
    Result<CreatedVault> created =
        VaultCreator::create(paths.value(), options, std::move(password).value(), cli.clock());
    if (!created)
        return cli.fail(created.error());

    cli.out() << QCoreApplication::translate("daicho::Cli", "Created %1 and its key file %2; chief: %3.")
                     .arg(paths->database, paths->keys(), args.user)
              << '\n';
    printRecoveryKey(cli, created->recoveryKey);
    return ExitCode::Ok;
}

} // namespace daicho
