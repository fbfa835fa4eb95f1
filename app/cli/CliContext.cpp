#include "CliContext.h"

#include "auth/SignIn.h"

#include <QCoreApplication>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace daicho {

namespace {

// Every error is one line: a translated message may wrap, a script reads one line.
QString oneLine(QString text)
{
    text.replace(u"\r\n"_s, u" "_s);
    text.replace(u'\n', u' ');
    text.replace(u'\r', u' ');
    return text.trimmed();
}

} // namespace

ExitCode CliContext::fail(const Error& error)
{
    QString message = error.message;
    if (message.isEmpty())
        message =
            QCoreApplication::translate("daicho::Cli", "Unexpected error (code %1).").arg(static_cast<int>(error.code));
    if (!qEnvironmentVariableIsEmpty("DAICHO_CLI_DEBUG") && !error.detail.isEmpty())
        message += u" ["_s + error.detail + u']';
    m_err << "daicho-cli: " << oneLine(message) << Qt::endl;
    return exitCodeFor(error.code);
}

ExitCode CliContext::usageError(const QString& message)
{
    return fail(makeError(ErrorCode::InvalidInput, message));
}

bool CliContext::expectArguments(int commandWords, int minCount, int maxCount, const QString& synopsis)
{
    const qsizetype count = m_args.positional.size() - commandWords;
    if (count >= minCount && count <= maxCount)
        return true;
    usageError(QCoreApplication::translate("daicho::Cli", "usage: daicho-cli %1").arg(synopsis));
    return false;
}

QString CliContext::argument(int commandWords, int index) const
{
    return m_args.positional.value(commandWords + index);
}

Result<VaultPaths> CliContext::existingDatabase() const
{
    if (m_args.database.isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("daicho::Cli", "Name the database with --db PATH."));
    const QFileInfo info(m_args.database);
    if (!info.exists())
        return makeError(
            ErrorCode::NotFound,
            QCoreApplication::translate("daicho::Cli", "There is no database at %1.").arg(m_args.database));
    if (!info.isFile())
        return makeError(ErrorCode::NotADatabase,
                         QCoreApplication::translate("daicho::Cli", "%1 is not a database file.").arg(m_args.database));
    return VaultPaths{m_args.database};
}

Result<VaultPaths> CliContext::newDatabase(const QString& path) const
{
    if (path.isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("daicho::Cli", "Name the new database with --db PATH."));
    const VaultPaths paths{path};
    // VaultCreator refuses too; saying it before any password is typed saves the typing.
    for (const QString& file : {paths.database, paths.keys()}) {
        if (QFileInfo::exists(file))
            return makeError(
                ErrorCode::InvalidInput,
                QCoreApplication::translate("daicho::Cli", "%1 already exists; choose another name or move it away.")
                    .arg(file));
    }
    return paths;
}

Result<std::unique_ptr<Session>> CliContext::signIn(const VaultPaths& paths, QString* typed, SignInFor purpose)
{
    if (m_args.user.isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("daicho::Cli", "Name the person signing in with --user ID."));
    Result<QString> password =
        m_passwords.read(QCoreApplication::translate("daicho::Cli", "Password for %1:").arg(m_args.user));
    if (!password)
        return password.error();
    if (typed)
        *typed = password.value();
    if (purpose == SignInFor::Verification)
        return SignIn::openForVerification(paths, m_args.user, std::move(password).value(), m_clock);
    return SignIn::signIn(paths, m_args.user, std::move(password).value(), m_clock);
}

Result<std::unique_ptr<Session>> CliContext::signIn(SignInFor purpose)
{
    Result<VaultPaths> paths = existingDatabase();
    if (!paths)
        return paths.error();
    return signIn(paths.value(), nullptr, purpose);
}

} // namespace daicho
