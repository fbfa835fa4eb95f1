#pragma once

#include "CliArguments.h"
#include "CliPasswordInput.h"
#include "ExitCodes.h"

#include "auth/Session.h"
#include "common/Clock.h"
#include "common/Result.h"
#include "store/VaultPaths.h"

#include <QTextStream>

#include <memory>

namespace daicho {

// What every command gets: its arguments, the three streams and the clock, and the few
// steps they all share (find the database, sign in, report an error on one line).
class CliContext
{
public:
    CliContext(CliArguments args, QTextStream& in, QTextStream& out, QTextStream& err, const Clock& clock)
        : m_args(std::move(args))
        , m_out(out)
        , m_err(err)
        , m_clock(clock)
        , m_passwords(in, err)
    { }

    const CliArguments& args() const { return m_args; }
    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }
    const Clock& clock() const { return m_clock; }
    CliPasswordInput& passwords() { return m_passwords; }

    // Writes "daicho-cli: MESSAGE" as one line on the error stream and returns the exit
    // code of the error's code. Error::detail stays out (it is for the developer log)
    // unless DAICHO_CLI_DEBUG is set.
    ExitCode fail(const Error& error);
    ExitCode usageError(const QString& message);

    // Checks that between `minCount` and `maxCount` positional arguments follow the
    // `commandWords` command words; otherwise writes "usage: SYNOPSIS" and returns false.
    bool expectArguments(int commandWords, int minCount, int maxCount, const QString& synopsis);
    // The positional argument `index` after the command words, or a null string.
    QString argument(int commandWords, int index) const;

    // --db, which must name an existing file; NotFound or usage error otherwise.
    [[nodiscard]] Result<VaultPaths> existingDatabase() const;
    // --db for a database about to be created; InvalidInput if the file exists.
    [[nodiscard]] Result<VaultPaths> newDatabase(const QString& path) const;

    // To work, or only to verify (SignIn::openForVerification: nothing is written).
    enum class SignInFor { Work, Verification };

    // Signs --user in on `paths`, reading the password from standard input. `typed`, when
    // given, receives the password (changing one's own password needs it twice).
    [[nodiscard]] Result<std::unique_ptr<Session>> signIn(const VaultPaths& paths, QString* typed = nullptr,
                                                          SignInFor purpose = SignInFor::Work);
    // The same on --db.
    [[nodiscard]] Result<std::unique_ptr<Session>> signIn(SignInFor purpose = SignInFor::Work);

private:
    CliArguments m_args;
    QTextStream& m_out;
    QTextStream& m_err;
    const Clock& m_clock;
    CliPasswordInput m_passwords;
};

} // namespace daicho
