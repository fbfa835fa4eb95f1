// Child process of the crash tests (tests/core/CrashTests.cpp). It signs in to an existing
// test database and changes it in a loop, printing one line after each change is durable,
// until the parent kills it with SIGKILL at a random moment.
//
//   daicho_crash_helper writes DB     audited inserts; prints "committed N"
//   daicho_crash_helper rotate DB     key rotations; prints "rotated N"
//   daicho_crash_helper passwd DB     password changes A->B->A...; prints "password N"
//   daicho_crash_helper cases DB      requests taken from receipt to closed, step by step;
//                                     prints "case ID STEP" after each step
//   daicho_crash_helper dispose DB POINT AT
//                                     prints "running", runs the confirmed disposal with the
//                                     clock at AT (ISO 8601, UTC) and ends itself with SIGKILL
//                                     at the crash point POINT (common/internal/CrashPoints.h)
//                                     after printing "at POINT"; prints "done" if it never got
//                                     there (POINT "none": to the end, unless the parent
//                                     kills it first)
#include "auth/Organisation.h"
#include "auth/SignIn.h"
#include "auth/UserAdmin.h"
#include "cases/CaseStore.h"
#include "common/JapaneseCalendar.h"
#include "common/internal/CrashPoints.h"
#include "retention/DisposalRuns.h"
#include "support/FakeClock.h"
#include "support/TestVault.h"
#include "vault/KeyRotation.h"

#include <QCoreApplication>

#include <csignal>
#include <cstdio>
#include <cstring>

using namespace daicho;

namespace {

const QString kOtherPassword = QStringLiteral("other-kanri-password-456");

int fail(const Error& e)
{
    std::fprintf(stderr, "crash helper: %s (%s)\n", qPrintable(e.message), qPrintable(e.detail));
    return 2;
}

const char* stopAt = nullptr;

// Ends the process the way a kill from outside would: no destructor, rollback or close runs.
void stopHere(const char* point)
{
    if (std::strcmp(point, stopAt) != 0)
        return;
    std::printf("at %s\n", point);
    std::fflush(stdout);
    std::raise(SIGKILL);
}

// The one confirmed disposal run, run until the crash point stops it.
int dispose(Session& chief)
{
    auto runs = DisposalRuns::list(chief);
    if (!runs)
        return fail(runs.error());
    for (const DisposalRun& run : runs.value()) {
        if (run.state != DisposalState::Confirmed)
            continue;
        setCrashPointHandler(stopHere);
        std::printf("running\n");
        std::fflush(stdout);
        auto outcome = DisposalRuns::run(chief, run.id);
        if (!outcome)
            return fail(outcome.error());
        std::printf("done\n");
        return 0;
    }
    std::fprintf(stderr, "crash helper: no confirmed disposal run\n");
    return 2;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 3)
        return 1;
    const QString mode = QString::fromLocal8Bit(argv[1]);
    const VaultPaths paths{QString::fromLocal8Bit(argv[2])};
    const bool disposing = mode == QLatin1String("dispose");
    if (argc != (disposing ? 5 : 3))
        return 1;
    SystemClock systemClock;
    test::FakeClock fixedClock;
    if (disposing) {
        stopAt = argv[3];
        fixedClock.set(QDateTime::fromString(QString::fromLatin1(argv[4]), Qt::ISODate));
    }
    const Clock& clock = disposing ? static_cast<const Clock&>(fixedClock) : systemClock;
    QString password = test::TestVault::kChiefPassword;
    auto session = SignIn::signIn(paths, test::TestVault::kChiefLogin, password, clock);
    if (!session && mode == QLatin1String("passwd")) {
        password = kOtherPassword;
        session = SignIn::signIn(paths, test::TestVault::kChiefLogin, password, clock);
    }
    if (!session)
        return fail(session.error());
    if (disposing)
        return dispose(*session.value());
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
        } else if (mode == QLatin1String("cases")) {
            // One request, every step of it, as the chief (who may take each one).
            Session& chief = *session.value();
            const QDate today = japanDate(chief.clock().nowUtc());
            auto departments = Organisation::departments(chief);
            if (!departments)
                return fail(departments.error());
            auto id = CaseStore::receive(chief, QStringLiteral("request.purpose"),
                                         {{QStringLiteral("received_on"), today},
                                          {QStringLiteral("requester"), QStringLiteral("self")},
                                          {QStringLiteral("subject_name"), QStringLiteral("試験 %1").arg(n)},
                                          {QStringLiteral("subject_address"), QStringLiteral("青森市")},
                                          {QStringLiteral("identity_method"), QStringLiteral("licence")},
                                          {QStringLiteral("identity_checker"), qint64(chief.user().id)},
                                          {QStringLiteral("request"), QStringLiteral("利用目的")},
                                          {QStringLiteral("fee_state"), QStringLiteral("none")}});
            if (!id)
                return fail(id.error());
            std::printf("case %lld receive\n", static_cast<long long>(id.value()));
            std::fflush(stdout);
            const QList<std::pair<QString, FieldValues>> steps{
                {QStringLiteral("route"),
                 {{QStringLiteral("routed_on"), today},
                  {QStringLiteral("section"), qint64(departments->first().id)},
                  {QStringLiteral("route_reason"), QStringLiteral("試験")}}},
                {QStringLiteral("decide"),
                 {{QStringLiteral("decided_on"), today},
                  {QStringLiteral("outcome"), QStringLiteral("whole")},
                  {QStringLiteral("purposes_notified"), QStringLiteral("健診結果の通知")}}},
                {QStringLiteral("notify"),
                 {{QStringLiteral("sent_on"), today}, {QStringLiteral("sent_by"), QStringLiteral("post")}}},
                {QStringLiteral("close"), {{QStringLiteral("closed_on"), today}}}};
            for (const auto& [step, values] : steps) {
                auto taken = CaseStore::take(chief, id.value(), step, values);
                if (!taken)
                    return fail(taken.error());
                std::printf("case %lld %s\n", static_cast<long long>(id.value()), qPrintable(step));
                std::fflush(stdout);
            }
            continue;
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
