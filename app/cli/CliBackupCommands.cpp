#include "CliCommands.h"

#include "vault/Backup.h"

#include <QCoreApplication>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace daicho {

ExitCode runBackup(CliContext& cli)
{
    if (!cli.expectArguments(1, 1, 1, u"backup DEST --db PATH --user ID"_s))
        return ExitCode::Usage;
    const VaultPaths destination{cli.argument(1, 0)};
    // Refused before the sign-in; core refuses too, without overwriting anything.
    for (const QString& file : {destination.database, destination.keys()}) {
        if (QFileInfo::exists(file))
            return cli.fail(
                makeError(ErrorCode::InvalidInput,
                          QCoreApplication::translate("daicho::Cli", "%1 already exists; a backup never overwrites a "
                                                                     "file.")
                              .arg(file)));
    }
    Result<std::unique_ptr<Session>> session = cli.signIn();
    if (!session)
        return cli.fail(session.error());
    if (Status written = Backup::backup(*session.value(), destination); !written)
        return cli.fail(written.error());
    cli.out() << QCoreApplication::translate("daicho::Cli",
                                             "Wrote the backup %1 and its key file %2. Keep both together: "
                                             "without the key file the backup cannot be opened.")
                     .arg(destination.database, destination.keys())
              << Qt::endl;
    return ExitCode::Ok;
}

ExitCode runRestore(CliContext& cli)
{
    if (!cli.expectArguments(1, 2, 2, u"restore BACKUP DEST --user ID"_s))
        return ExitCode::Usage;
    // The restored copy is only trusted once its trail verifies, which needs a sign-in:
    // ask for the ID before copying anything.
    if (cli.args().user.isEmpty())
        return cli.usageError(QCoreApplication::translate(
            "daicho::Cli", "Name the person who signs in to verify the restored copy with --user ID."));
    const VaultPaths backup{cli.argument(1, 0)};
    const VaultPaths destination{cli.argument(1, 1)};
    if (!QFileInfo::exists(backup.database))
        return cli.fail(
            makeError(ErrorCode::NotFound,
                      QCoreApplication::translate("daicho::Cli", "There is no backup at %1.").arg(backup.database)));
    if (Status restored = Backup::restore(backup, destination); !restored)
        return cli.fail(restored.error());
    cli.out() << QCoreApplication::translate("daicho::Cli", "Restored %1 to %2; verifying it now.")
                     .arg(backup.database, destination.database)
              << '\n';
    cli.out().flush();

    Result<std::unique_ptr<Session>> session = cli.signIn(destination);
    if (!session)
        return cli.fail(session.error());
    return verifyAndReport(cli, *session.value(), {});
}

} // namespace daicho
