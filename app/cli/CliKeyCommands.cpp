#include "CliCommands.h"

#include "auth/PasswordPolicy.h"
#include "auth/SignIn.h"
#include "vault/KeyRotation.h"
#include "vault/Recovery.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace daicho {

void reportSlotsLeftOut(CliContext& cli, const QStringList& leftOut)
{
    if (leftOut.isEmpty())
        return;
    cli.err() << QCoreApplication::translate("daicho::Cli",
                                             "These key slots were in the key file but are not slots of active "
                                             "people, so they did not receive the new key: %1. Someone put them there "
                                             "outside Daicho; tell the auditor.")
                     .arg(leftOut.join(QStringLiteral(", ")))
              << Qt::endl;
}

ExitCode runRekey(CliContext& cli)
{
    if (!cli.expectArguments(1, 0, 0, u"rekey --db PATH --user ID"_s))
        return ExitCode::Usage;
    Result<std::unique_ptr<Session>> session = cli.signIn();
    if (!session)
        return cli.fail(session.error());
    QStringList leftOut;
    if (Status rotated = KeyRotation::rotate(*session.value(), &leftOut); !rotated)
        return cli.fail(rotated.error());
    cli.out() << QCoreApplication::translate("daicho::Cli",
                                             "The database key was rotated; every password and the recovery key "
                                             "still work. Older backups keep the old key.")
              << Qt::endl;
    reportSlotsLeftOut(cli, leftOut);
    return ExitCode::Ok;
}

ExitCode runAnchor(CliContext& cli)
{
    const QString synopsis = u"anchor dismiss --db PATH --user ID"_s;
    if (cli.argument(1, 0) != u"dismiss"_s)
        return cli.usageError(QCoreApplication::translate("daicho::Cli", "usage: daicho-cli %1").arg(synopsis));
    if (!cli.expectArguments(2, 0, 0, synopsis))
        return ExitCode::Usage;
    Result<VaultPaths> paths = cli.existingDatabase();
    if (!paths)
        return cli.fail(paths.error());
    if (cli.args().user.isEmpty())
        return cli.usageError(QCoreApplication::translate("daicho::Cli", "Name the person signing in with --user ID."));
    Result<QString> password =
        cli.passwords().read(QCoreApplication::translate("daicho::Cli", "Password for %1:").arg(cli.args().user));
    if (!password)
        return cli.fail(password.error());
    Result<std::unique_ptr<Session>> session =
        SignIn::signInSettingAsideClaims(paths.value(), cli.args().user, std::move(password).value(), cli.clock());
    if (!session)
        return cli.fail(session.error());
    // The session's notices say which claims were set aside (anchor.dismiss in the trail).
    for (const QString& notice : session.value()->notices())
        cli.out() << notice << Qt::endl;
    return ExitCode::Ok;
}

ExitCode runRecover(CliContext& cli)
{
    if (!cli.expectArguments(1, 0, 0, u"recover --db PATH --user ID"_s))
        return ExitCode::Usage;
    Result<VaultPaths> paths = cli.existingDatabase();
    if (!paths)
        return cli.fail(paths.error());
    if (cli.args().user.isEmpty())
        return cli.usageError(QCoreApplication::translate(
            "daicho::Cli", "Name the chief or acting chief who gets a new password with --user ID."));

    Result<QString> recoveryKey = cli.passwords().read(QCoreApplication::translate("daicho::Cli", "Recovery key:"));
    if (!recoveryKey)
        return cli.fail(recoveryKey.error());
    Result<QString> password = cli.passwords().readNew(
        QCoreApplication::translate("daicho::Cli", "New password for %1 (at least %2 characters):")
            .arg(cli.args().user)
            .arg(PasswordPolicy::kMinimumLength));
    if (!password)
        return cli.fail(password.error());
    if (Status strong = PasswordPolicy::check(password.value(), cli.args().user); !strong)
        return cli.fail(strong.error());

    Result<RecoveredVault> recovered = Recovery::recover(paths.value(), recoveryKey.value(), cli.args().user,
                                                         std::move(password).value(), cli.clock());
    if (!recovered)
        return cli.fail(recovered.error());
    cli.out() << QCoreApplication::translate("daicho::Cli",
                                             "%1 has a new password and the database key was rotated. The old "
                                             "recovery key no longer works; this is the new one.")
                     .arg(cli.args().user)
              << "\n\n";
    printRecoveryKey(cli, recovered->newRecoveryKey);
    if (!recovered->rotationProblem.isEmpty()) {
        // The recovery stands; only the rotation must be done again.
        cli.err() << QCoreApplication::translate("daicho::Cli",
                                                 "daicho-cli: the database key could not be rotated yet: %1 Run "
                                                 "\"daicho-cli rekey\" as soon as possible.")
                         .arg(recovered->rotationProblem)
                  << Qt::endl;
    }
    return ExitCode::Ok;
}

} // namespace daicho
