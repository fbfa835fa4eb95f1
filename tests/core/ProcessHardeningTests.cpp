#include "common/ProcessHardening.h"
#include "crypto/SecureBytes.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QRegularExpression>

#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace daicho;

TEST_CASE("the programs start hardened: private files, no core dump, no memory reading by the same account",
          "[core][process]")
{
    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        hardenProcess();
        rlimit core{};
        ::getrlimit(RLIMIT_CORE, &core);
        const mode_t mask = ::umask(0);
        const bool hardened =
            ::prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) == 0 && core.rlim_cur == 0 && core.rlim_max == 0 && mask == 077;
        ::_exit(hardened ? 0 : 1);
    }
    int status = 0;
    REQUIRE(::waitpid(child, &status, 0) == child);
    CHECK(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 0);
}

TEST_CASE("secrets live in locked memory that is wiped when freed", "[core][process]")
{
    SecureBytes secret(64, 0x5a);
    QFile status(QStringLiteral("/proc/self/status"));
    REQUIRE(status.open(QIODevice::ReadOnly));
    const auto match =
        QRegularExpression(QStringLiteral("VmLck:\\s+(\\d+) kB")).match(QString::fromLatin1(status.readAll()));
    REQUIRE(match.hasMatch());
    // Botan's pool of locked pages holds it (unless the system forbids locking any memory).
    rlimit memlock{};
    REQUIRE(::getrlimit(RLIMIT_MEMLOCK, &memlock) == 0);
    if (memlock.rlim_cur > 0)
        CHECK(match.captured(1).toLongLong() > 0);
}
