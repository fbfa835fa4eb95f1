// The real daicho-cli, as a separate process with the production Argon2id (about a second
// per sign-in, plus calibration at init): few tests, each covering what in-process runs
// cannot show — passwords through a real standard input, the exit status, one-line errors.
#include "cli/ExitCodes.h"

#include <catch2/catch.hpp>

#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <cerrno>
#include <csignal>
#include <poll.h>
#include <pty.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace daicho;

namespace {

struct Finished {
    int exitCode = -1;
    QString out;
    QString err;
    QStringList errLines() const { return err.split(u'\n', Qt::SkipEmptyParts); }
};

Finished runBinary(const QStringList& args, const QByteArray& input)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"DAICHO_LANG"_s, u"en"_s);
    env.remove(u"DAICHO_CLI_DEBUG"_s);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(DAICHO_CLI_PATH), args);
    REQUIRE(process.waitForStarted(10000));
    process.write(input);
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(180000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

// Creates a database with the real binary; REQUIREs success.
void initWithBinary(const QString& db, const QByteArray& password)
{
    const Finished init =
        runBinary({u"init"_s, u"--db"_s, db, u"--org"_s, u"テスト"_s, u"--user"_s, u"boss"_s, u"--name"_s, u"部長"_s},
                  password + '\n' + password + '\n');
    INFO(init.err.toStdString());
    REQUIRE(init.exitCode == 0);
}

// Reads what the terminal shows until `until` appears, the program ends, or 60 s pass.
QByteArray readTerminal(int master, const QByteArray& until)
{
    QByteArray seen;
    for (int waited = 0; waited < 600 && (until.isEmpty() || !seen.contains(until));) {
        pollfd pfd{master, POLLIN, 0};
        const int ready = poll(&pfd, 1, 100);
        if (ready == 0) {
            ++waited;
            continue;
        }
        char buffer[512];
        const ssize_t n = read(master, buffer, sizeof buffer);
        if (n <= 0 && errno == EINTR)
            continue;
        if (n <= 0) // EIO: the program closed the terminal
            break;
        seen.append(buffer, n);
    }
    return seen;
}

} // namespace

TEST_CASE("the real daicho-cli prompts on a terminal and does not echo the password", "[cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"tty.daicho"_s);
    const QByteArray pw = "the-chiefs-password-1";
    initWithBinary(db, pw);

    // Everything the child needs is prepared before fork(): after it, only exec.
    const QByteArray program = QByteArrayLiteral(DAICHO_CLI_PATH);
    const QByteArray dbPath = db.toLocal8Bit();
    int master = -1;
    const pid_t pid = forkpty(&master, nullptr, nullptr, nullptr);
    REQUIRE(pid >= 0);
    if (pid == 0) {
        setenv("DAICHO_LANG", "en", 1);
        execl(program.constData(), "daicho-cli", "verify", "--db", dbPath.constData(), "--user", "boss",
              static_cast<char*>(nullptr));
        _exit(127);
    }
    const QByteArray prompt = readTerminal(master, "Password for boss:");
    CHECK(prompt.contains("Password for boss:"));
    REQUIRE(write(master, pw.constData(), pw.size()) == pw.size());
    REQUIRE(write(master, "\n", 1) == 1);
    const QByteArray rest = readTerminal(master, {});
    int status = 0;
    // The terminal closes as the program exits; give it a moment to be reaped. One still
    // waiting for input after all this is a failure, never a hung suite.
    bool exited = false;
    for (int i = 0; i < 100 && !exited; ++i) {
        exited = waitpid(pid, &status, WNOHANG) == pid;
        if (!exited)
            usleep(100 * 1000);
    }
    if (!exited) {
        kill(pid, SIGKILL);
        waitpid(pid, &status, 0);
    }
    close(master);

    INFO(rest.toStdString());
    CHECK(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 0);
    CHECK(rest.contains("OK: "));
    CHECK_FALSE(prompt.contains(pw));
    CHECK_FALSE(rest.contains(pw));
}

TEST_CASE("the real daicho-cli reads passwords from standard input and reports a wrong one in one line", "[cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"real.daicho"_s);
    const QByteArray pw = "the-chiefs-password-1";

    const Finished init =
        runBinary({u"init"_s, u"--db"_s, db, u"--org"_s, u"テスト"_s, u"--user"_s, u"boss"_s, u"--name"_s, u"部長"_s},
                  pw + '\n' + pw + '\n');
    INFO(init.err.toStdString());
    REQUIRE(init.exitCode == 0);
    CHECK(init.err.isEmpty()); // no prompts when standard input is not a terminal
    CHECK(init.out.contains(u"RECOVERY KEY"_s));
    CHECK_FALSE(init.out.contains(QString::fromLatin1(pw)));

    const Finished verify = runBinary({u"verify"_s, u"--db"_s, db, u"--user"_s, u"boss"_s}, pw + '\n');
    INFO(verify.err.toStdString());
    CHECK(verify.exitCode == 0);
    CHECK(verify.out.startsWith(u"OK: "_s));

    const Finished wrong = runBinary({u"verify"_s, u"--db"_s, db, u"--user"_s, u"boss"_s}, "not-the-password-0\n");
    CHECK(wrong.exitCode == toInt(ExitCode::AuthFailed));
    CHECK(wrong.errLines().size() == 1);
    CHECK(wrong.out.isEmpty());

    // Input that ends before the password is a usage error, not a hang or a crash.
    const Finished empty = runBinary({u"verify"_s, u"--db"_s, db, u"--user"_s, u"boss"_s}, QByteArray());
    CHECK(empty.exitCode == toInt(ExitCode::Usage));
    CHECK(empty.errLines().size() == 1);
}

TEST_CASE("the real daicho-cli refuses bad command lines with one line and a stable exit code", "[cli]")
{
    QTemporaryDir dir;
    const struct {
        QStringList args;
        ExitCode expected;
    } cases[] = {
        {{}, ExitCode::Usage},
        {{u"frobnicate"_s}, ExitCode::Usage},
        {{u"verify"_s, u"--password"_s, u"secret-password-1"_s}, ExitCode::Usage},
        {{u"verify"_s, u"--db"_s, dir.filePath(u"missing.daicho"_s), u"--user"_s, u"boss"_s}, ExitCode::NotFound},
    };
    for (const auto& c : cases) {
        INFO(c.args.join(u' ').toStdString());
        const Finished run = runBinary(c.args, "some-password-123\n");
        CHECK(run.exitCode == toInt(c.expected));
        CHECK(run.errLines().size() == 1);
        CHECK(run.err.startsWith(u"daicho-cli: "_s));
        CHECK(run.out.isEmpty());
    }
    const Finished help = runBinary({u"--help"_s}, {});
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(u"daicho-cli"_s));
}
