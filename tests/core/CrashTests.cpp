#include "audit/AuditVerifier.h"
#include "audit/internal/TrailVerification.h"
#include "auth/SignIn.h"
#include "support/TestVault.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QProcess>
#include <QThread>

#include <csignal>
#include <random>

using namespace daicho;
using test::TestVault;

namespace {

const QString kOtherPassword = QStringLiteral("other-kanri-password-456");

// Starts the helper, lets it make at least one change, kills it with SIGKILL after a random
// delay, and returns the last line it reported (what it knew to be committed).
QString runAndKill(const QString& mode, const QString& database, std::mt19937& random)
{
    QProcess child;
    child.start(QStringLiteral(DAICHO_CRASH_HELPER), {mode, database});
    REQUIRE(child.waitForStarted(10000));
    REQUIRE(child.waitForReadyRead(20000));
    std::uniform_int_distribution<int> delay(0, 40);
    QThread::msleep(static_cast<unsigned long>(delay(random)));
    ::kill(static_cast<pid_t>(child.processId()), SIGKILL);
    REQUIRE(child.waitForFinished(10000));
    const QStringList lines =
        QString::fromLatin1(child.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    INFO("helper stderr: " << child.readAllStandardError().toStdString());
    REQUIRE_FALSE(lines.isEmpty());
    return lines.last();
}

std::unique_ptr<Session> signInAfterCrash(TestVault& vault, bool eitherPassword)
{
    auto session = SignIn::signIn(vault.paths(), TestVault::kChiefLogin, TestVault::kChiefPassword, vault.clock());
    if (!session && eitherPassword)
        session = SignIn::signIn(vault.paths(), TestVault::kChiefLogin, kOtherPassword, vault.clock());
    if (!session)
        FAIL("sign-in after the crash failed: " << session.error().message.toStdString() << " / "
                                                << session.error().detail.toStdString());
    return std::move(session.value());
}

void checkIntact(const Session& session)
{
    auto integrity = session.db().integrityCheck();
    REQUIRE(integrity.ok());
    CHECK(integrity.value().isEmpty());
    auto report = verifyAuditTrail(session.db());
    REQUIRE(report.ok());
    INFO(report->problem.toStdString());
    CHECK(report->ok);
}

std::mt19937 seededRandom()
{
    const auto seed = std::random_device{}();
    UNSCOPED_INFO("random seed " << seed);
    return std::mt19937(seed);
}

} // namespace

TEST_CASE("fifty kills during audited writes lose no committed change and leave a verifiable database", "[core][crash]")
{
    TestVault vault;
    vault.closeChief();
    auto random = seededRandom();
    for (int round = 0; round < 50; ++round) {
        const QString last = runAndKill(QStringLiteral("writes"), vault.paths().database, random);
        INFO("round " << round << ", last reported: " << last.toStdString());
        REQUIRE(last.startsWith(QLatin1String("committed ")));
        const QString name = QStringLiteral("課") + last.mid(10);
        auto session = signInAfterCrash(vault, false);
        checkIntact(*session);
        auto stmt = session->db().prepare(QStringLiteral("SELECT count(*) FROM departments WHERE name = ?"));
        stmt->bind(1, name);
        REQUIRE(stmt->step().value());
        CHECK(stmt->integer(0) >= 1);
    }
}

TEST_CASE("kills during the steps of requests lose no committed step and leave a verifiable database",
          "[core][crash][cases]")
{
    TestVault vault;
    vault.closeChief();
    auto random = seededRandom();
    for (int round = 0; round < 30; ++round) {
        const QString last = runAndKill(QStringLiteral("cases"), vault.paths().database, random);
        INFO("round " << round << ", last reported: " << last.toStdString());
        const QStringList parts = last.split(QLatin1Char(' '));
        REQUIRE(parts.size() == 3);
        REQUIRE(parts[0] == QLatin1String("case"));
        auto session = signInAfterCrash(vault, false);
        checkIntact(*session); // verify derives every case and clock again
        auto stmt =
            session->db().prepare(QStringLiteral("SELECT count(*) FROM case_events WHERE case_id = ? AND step = ?"));
        stmt->bind(1, static_cast<std::int64_t>(parts[1].toLongLong()));
        stmt->bind(2, parts[2]);
        REQUIRE(stmt->step().value());
        CHECK(stmt->integer(0) == 1);
    }
}

TEST_CASE("kills during key rotation leave a database that opens with the same passwords and verifies", "[core][crash]")
{
    TestVault vault;
    vault.closeChief();
    auto random = seededRandom();
    for (int round = 0; round < 20; ++round) {
        const QString last = runAndKill(QStringLiteral("rotate"), vault.paths().database, random);
        INFO("round " << round << ", last reported: " << last.toStdString());
        auto session = signInAfterCrash(vault, false);
        checkIntact(*session);
        CHECK_FALSE(QFile::exists(vault.paths().rotatingDatabase()));
        CHECK_FALSE(QFile::exists(vault.paths().rotatingKeys()));
    }
}

TEST_CASE("kills during key-file replacement leave one of the two passwords working", "[core][crash]")
{
    TestVault vault;
    vault.closeChief();
    auto random = seededRandom();
    for (int round = 0; round < 20; ++round) {
        const QString last = runAndKill(QStringLiteral("passwd"), vault.paths().database, random);
        INFO("round " << round << ", last reported: " << last.toStdString());
        auto session = signInAfterCrash(vault, true);
        checkIntact(*session);
    }
}
