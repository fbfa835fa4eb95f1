#include "CliPasswordInput.h"

#include "crypto/SecureBytes.h"

#include <QCoreApplication>
#include <QFile>

#include <csignal>
#include <optional>
#include <termios.h>
#include <unistd.h>

namespace daicho {

namespace {

// The terminal state to put back if the person presses Ctrl-C while echo is off: without
// this the shell is left not showing what is typed.
struct termios g_savedTerminal;
volatile sig_atomic_t g_echoOffFd = -1;

extern "C" void restoreEchoAndReraise(int signal)
{
    if (g_echoOffFd >= 0)
        tcsetattr(g_echoOffFd, TCSANOW, &g_savedTerminal);
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}

// Turns echo off for its lifetime.
class EchoOff
{
public:
    explicit EchoOff(int fd)
        : m_fd(fd)
    {
        if (tcgetattr(fd, &g_savedTerminal) != 0)
            return;
        struct termios quiet = g_savedTerminal;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        quiet.c_lflag |= ECHONL; // the Enter key still moves to the next line
        g_echoOffFd = fd;
        m_oldInt = std::signal(SIGINT, restoreEchoAndReraise);
        m_oldTerm = std::signal(SIGTERM, restoreEchoAndReraise);
        m_oldHup = std::signal(SIGHUP, restoreEchoAndReraise);
        // TCSANOW, not TCSAFLUSH: flushing would throw away a line typed (or piped through
        // a terminal) before the prompt appeared.
        m_active = tcsetattr(fd, TCSANOW, &quiet) == 0;
    }
    ~EchoOff()
    {
        if (g_echoOffFd < 0)
            return;
        if (m_active)
            tcsetattr(m_fd, TCSANOW, &g_savedTerminal);
        g_echoOffFd = -1;
        std::signal(SIGINT, m_oldInt);
        std::signal(SIGTERM, m_oldTerm);
        std::signal(SIGHUP, m_oldHup);
    }
    EchoOff(const EchoOff&) = delete;
    EchoOff& operator=(const EchoOff&) = delete;

private:
    int m_fd;
    bool m_active = false;
    void (*m_oldInt)(int) = SIG_DFL;
    void (*m_oldTerm)(int) = SIG_DFL;
    void (*m_oldHup)(int) = SIG_DFL;
};

} // namespace

CliPasswordInput::CliPasswordInput(QTextStream& in, QTextStream& err)
    : m_in(in)
    , m_err(err)
{
    // main() reads from stdin through a QFile; the tests read from a string and never see
    // a terminal.
    if (const auto* file = qobject_cast<QFile*>(in.device())) {
        const int fd = file->handle();
        if (fd >= 0 && isatty(fd))
            m_terminalFd = fd;
    }
}

Result<QString> CliPasswordInput::read(const QString& prompt)
{
    std::optional<EchoOff> echoOff;
    if (interactive()) {
        // Echo goes off before the prompt appears, so nothing typed after it can show.
        echoOff.emplace(m_terminalFd);
        m_err << prompt << ' ';
        m_err.flush();
    }
    QString line;
    const bool gotLine = m_in.readLineInto(&line);
    echoOff.reset();
    if (!gotLine)
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("daicho::Cli",
                                                     "Standard input ended before a password was read (give one "
                                                     "per line)."));
    // readLine drops "\n" and "\r\n"; a lone "\r" can remain from a file saved on Windows.
    if (line.endsWith(u'\r'))
        line.chop(1);
    return line;
}

Result<QString> CliPasswordInput::readNew(const QString& prompt)
{
    Result<QString> first = read(prompt);
    if (!first)
        return first.error();
    Result<QString> second = read(QCoreApplication::translate("daicho::Cli", "The same password again:"));
    if (!second)
        return second.error();
    const bool same = first.value() == second.value();
    (void)passwordBytes(second.value()); // wipes the copy that is no longer needed
    if (!same)
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("daicho::Cli", "The two passwords differ; nothing was changed."));
    return std::move(first).value();
}

} // namespace daicho
