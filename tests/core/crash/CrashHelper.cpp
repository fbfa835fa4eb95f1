// Child process of the crash tests (tests/core/CrashTests.cpp). It signs in to an existing
// test database and changes it in a loop, printing one line after each change is durable,
// until the parent kills it with SIGKILL at a random moment.
//
//   daicho_crash_helper writes DB     audited inserts; prints "committed N"
//   daicho_crash_helper rotate DB     key rotations; prints "rotated N"
//   daicho_crash_helper passwd DB     password changes A->B->A...; prints "password N"
#include "auth/Organisation.h"
#include "auth/SignIn.h"
#include "auth/UserAdmin.h"
#include "support/TestVault.h"
#include "vault/KeyRotation.h"

#include <QCoreApplication>

#include <cstdio>

using namespace daicho;

namespace {

const QString kOtherPassword = QStringLiteral("other-kanri-password-456");

int fail(const Error& e)
{
    std::fprintf(stderr, "crash helper: %s (%s)\n", qPrintable(e.message), qPrintable(e.detail));
    return 2;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 3)
        return 1;
    const QString mode = QString::fromLocal8Bit(argv[1]);
    const VaultPaths paths{QString::fromLocal8Bit(argv[2])};
    SystemClock clock;
    QString password = test::TestVault::kChiefPassword;
    auto session = SignIn::signIn(paths, test::TestVault::kChiefLogin, password, clock);
    if (!session && mode == QLatin1String("passwd")) {
        password = kOtherPassword;
        session = SignIn::signIn(paths, test::TestVault::kChiefLogin, password, clock);
    }
    if (!session)
        return fail(session.error());
    for (int n = 1;; ++n) {
        if (mode == QLatin1String("writes")) {
            auto id = Organisation::addDepartment(*session.value(), QStringLiteral("課%1").arg(n), std::nullopt);
            if (!id)
                return fail(id.error());
            std::printf("committed %d\n", n);
        } else if (mode == QLatin1String("rotate")) {
            Status rotated = KeyRotation::rotate(*session.value());
            if (!rotated.ok())
                return fail(rotated.error());
            std::printf("rotated %d\n", n);
        } else if (mode == QLatin1String("passwd")) {
            const QString next = password == kOtherPassword ? test::TestVault::kChiefPassword : kOtherPassword;
            Status changed = UserAdmin::changeOwnPassword(*session.value(), password, next);
            if (!changed.ok())
                return fail(changed.error());
            password = next;
            std::printf("password %d %s\n", n, password == kOtherPassword ? "other" : "original");
        } else {
            return 1;
        }
        std::fflush(stdout);
    }
}
