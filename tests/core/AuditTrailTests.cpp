#include "audit/AuditLog.h"
#include "audit/AuditVerifier.h"
#include "audit/Checkpoint.h"
#include "audit/internal/AuditRecords.h"
#include "audit/internal/TrailVerification.h"
#include "auth/Organisation.h"
#include "auth/Settings.h"
#include "auth/internal/SessionInternals.h"
#include "crypto/Crypto.h"
#include "support/TestVault.h"
#include "vault/CheckpointSigning.h"

#include <catch2/catch.hpp>

#include <QFile>

using namespace daicho;
using test::TestVault;

namespace {

// What someone who holds the database key can do: open the file directly with the raw key
// and change it with plain SQL, bypassing every service.
std::unique_ptr<Database> openRaw(TestVault& vault)
{
    auto db = Database::open(vault.paths().database, SessionInternals::secrets(vault.chief()).databaseKey,
                             Database::Mode::OpenExisting);
    REQUIRE(db.ok());
    return std::move(db.value());
}

VerifyReport verify(const Database& db, const QList<CheckpointCode>& checkpoints = {})
{
    auto report = verifyAuditTrail(db, checkpoints);
    REQUIRE(report.ok());
    return report.value();
}

void populate(TestVault& vault)
{
    vault.addPeople();
    REQUIRE(Settings::setIdleLockMinutes(vault.chief(), 10).ok());
    REQUIRE(Organisation::addDepartment(vault.chief(), QStringLiteral("情報システム課"), std::nullopt).ok());
}

} // namespace

TEST_CASE("a fresh database verifies, with every entry and row checked", "[core][audit]")
{
    TestVault vault;
    populate(vault);
    const VerifyReport report = verify(vault.chief().db());
    INFO(report.problem.toStdString());
    CHECK(report.ok);
    CHECK(report.entriesChecked > 20);
    CHECK(report.rowsChecked > 10);
    CHECK(report.headSeq == report.entriesChecked);
    CHECK(report.keyFingerprints.size() >= 6);
}

TEST_CASE("every change is audited in the same transaction as the change", "[core][audit]")
{
    TestVault vault;
    auto before = AuditLog::headSeq(vault.chief().db());
    REQUIRE(Settings::setIdleLockMinutes(vault.chief(), 7).ok());
    auto entries = AuditLog::newest(vault.chief().db(), 0, 1);
    REQUIRE(entries.ok());
    CHECK(entries->first().seq == before.value() + 1);
    CHECK(entries->first().action == QLatin1String("setting.change"));
    CHECK(entries->first().targetId == QLatin1String("idle_lock_minutes"));
    CHECK(entries->first().userId == vault.chief().user().id);

    // A refused change writes neither the change nor an entry.
    CHECK_FALSE(Settings::setIdleLockMinutes(vault.chief(), 0).ok());
    CHECK(AuditLog::headSeq(vault.chief().db()).value() == before.value() + 1);
}

TEST_CASE("the verifier names the first entry that was changed, deleted, reordered or forged", "[core][audit][tamper]")
{
    TestVault vault;
    populate(vault);
    auto raw = openRaw(vault);

    SECTION("a changed detail breaks the entry's hash")
    {
        REQUIRE(raw->exec(QStringLiteral("UPDATE audit_log SET detail = 'role=chief' WHERE seq = 12")).ok());
        const VerifyReport r = verify(*raw);
        CHECK_FALSE(r.ok);
        CHECK(r.firstBadSeq == 12);
    }
    SECTION("an entry rewritten with a recomputed hash still fails its signature")
    {
        auto entry = AuditLog::newest(*raw, 13, 1).value().first();
        entry.detail = QStringLiteral("role=chief");
        const QByteArray newHash = crypto::sha256(entry.canonicalBytes());
        auto stmt = raw->prepare(QStringLiteral("UPDATE audit_log SET detail = ?, entry_hash = ? WHERE seq = 12"));
        stmt->bind(1, entry.detail).bind(2, newHash);
        REQUIRE(stmt->run().ok());
        const VerifyReport r = verify(*raw);
        CHECK_FALSE(r.ok);
        // The next entry's prev_hash no longer matches, or the signature fails: either
        // way the report names entry 12 or 13.
        CHECK((r.firstBadSeq == 12 || r.firstBadSeq == 13));
    }
    SECTION("a deleted entry is reported as missing")
    {
        REQUIRE(raw->exec(QStringLiteral("DELETE FROM audit_log WHERE seq = 20")).ok());
        const VerifyReport r = verify(*raw);
        CHECK_FALSE(r.ok);
        CHECK(r.firstBadSeq == 21);
        CHECK(r.problem.contains(QStringLiteral("20")));
    }
    SECTION("two swapped entries are reported")
    {
        REQUIRE(raw->exec(QStringLiteral("UPDATE audit_log SET seq = -1 WHERE seq = 15; "
                                         "UPDATE audit_log SET seq = 15 WHERE seq = 16; "
                                         "UPDATE audit_log SET seq = 16 WHERE seq = -1"))
                    .ok());
        const VerifyReport r = verify(*raw);
        CHECK_FALSE(r.ok);
        CHECK(r.firstBadSeq == 15);
    }
    SECTION("an entry signed with a key that was never registered is refused")
    {
        // A key holder appends an entry signed with a key of their own.
        const crypto::SigningKeyPair forged = crypto::generateSigningKey();
        REQUIRE(raw->exec(QStringLiteral("BEGIN")).ok());
        REQUIRE(raw->exec(QStringLiteral("INSERT INTO signing_keys (id, user_id, public_key) VALUES (99, 1, X'%1')")
                              .arg(QString::fromLatin1(forged.publicKey.toHex())))
                    .ok());
        const AuditSigner signer{1, 99, forged.seed};
        REQUIRE(AuditLog::append(*raw, vault.clock(), signer, {QStringLiteral("user.update"), {}, {}, {}}).ok());
        REQUIRE(raw->exec(QStringLiteral("COMMIT")).ok());
        const VerifyReport r = verify(*raw);
        CHECK_FALSE(r.ok);
        CHECK(r.firstBadSeq == r.headSeq + 1);
        CHECK(r.problem.contains(QStringLiteral("never registered")));
    }
    SECTION("a swapped public key of a registered signer is caught")
    {
        const crypto::SigningKeyPair forged = crypto::generateSigningKey();
        auto stmt = raw->prepare(QStringLiteral("UPDATE signing_keys SET public_key = ? WHERE id = (SELECT max(id) "
                                                "FROM signing_keys WHERE user_id = (SELECT id FROM users WHERE "
                                                "login = 'staff'))"));
        stmt->bind(1, forged.publicKey);
        REQUIRE(stmt->run().ok());
        const VerifyReport r = verify(*raw);
        CHECK_FALSE(r.ok);
        CHECK(r.problem.contains(QStringLiteral("signing_keys")));
    }
    SECTION("an empty audit trail is reported as erased")
    {
        REQUIRE(raw->exec(QStringLiteral("DELETE FROM audit_log")).ok());
        CHECK_FALSE(verify(*raw).ok);
    }
}

TEST_CASE("a row changed, added or deleted outside Daicho is caught by its digest", "[core][audit][tamper]")
{
    TestVault vault;
    populate(vault);
    auto raw = openRaw(vault);

    SECTION("changed")
    {
        REQUIRE(raw->exec(QStringLiteral("UPDATE users SET role = 'chief' WHERE login = 'staff'")).ok());
        const VerifyReport r = verify(*raw);
        CHECK_FALSE(r.ok);
        CHECK(r.problem.contains(QStringLiteral("users")));
        CHECK(r.firstBadSeq > 0);
    }
    SECTION("added")
    {
        REQUIRE(raw->exec(QStringLiteral("INSERT INTO departments (name) VALUES ('裏口')")).ok());
        const VerifyReport r = verify(*raw);
        CHECK_FALSE(r.ok);
        CHECK(r.problem.contains(QStringLiteral("departments")));
    }
    SECTION("deleted")
    {
        REQUIRE(raw->exec(QStringLiteral("DELETE FROM settings WHERE key = 'idle_lock_minutes'")).ok());
        const VerifyReport r = verify(*raw);
        CHECK_FALSE(r.ok);
        CHECK(r.problem.contains(QStringLiteral("settings")));
    }
}

TEST_CASE("a row put back from an older copy of the file is detected", "[core][audit][tamper]")
{
    TestVault vault;
    vault.addPeople();
    vault.closeChief();
    const QString older = vault.folder() + QStringLiteral("/older.daicho");
    REQUIRE(QFile::copy(vault.paths().database, older));
    vault.reopenChief();
    REQUIRE(Settings::setIdleLockMinutes(vault.chief(), 15).ok());

    // Copy the old settings row back over the new one, leaving the audit trail as it is.
    auto raw = openRaw(vault);
    REQUIRE(raw->exec(QStringLiteral("ATTACH DATABASE '%1' AS old").arg(older)).ok());
    REQUIRE(raw->exec(QStringLiteral("UPDATE settings SET value = (SELECT value FROM old.settings WHERE key = "
                                     "'idle_lock_minutes') WHERE key = 'idle_lock_minutes'"))
                .ok());
    REQUIRE(raw->exec(QStringLiteral("DETACH DATABASE old")).ok());
    const VerifyReport r = verify(*raw);
    CHECK_FALSE(r.ok);
    CHECK(r.problem.contains(QStringLiteral("older copy")));
}

TEST_CASE("a checkpoint signed by the auditor catches a trail cut short after it", "[core][audit][checkpoint]")
{
    TestVault vault;
    populate(vault);
    auto auditor = vault.signIn(QStringLiteral("auditor"));
    auto code = Checkpoint::sign(*auditor);
    REQUIRE(code.ok());
    CHECK(code->code.size() == 29); // 25 characters of base 32 in groups of five: 125 bits
    auto parsed = CheckpointCode::parse(code->toString());
    REQUIRE(parsed);
    CHECK(parsed->code == code->code);

    CHECK(verify(auditor->db(), {*parsed}).ok);
    REQUIRE(Settings::setIdleLockMinutes(vault.chief(), 20).ok());
    CHECK(verify(auditor->db(), {*parsed}).ok);

    SECTION("the trail cut back to before the checkpoint fails")
    {
        auto raw = openRaw(vault);
        REQUIRE(raw->exec(QStringLiteral("DELETE FROM audit_log WHERE seq >= %1").arg(code->seq)).ok());
        const VerifyReport r = verify(*raw, {*parsed});
        CHECK_FALSE(r.ok);
        CHECK(r.firstBadSeq == code->seq);
    }
    SECTION("a wrong code fails")
    {
        CheckpointCode wrong = *parsed;
        wrong.code[0] = wrong.code[0] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
        CHECK_FALSE(verify(auditor->db(), {wrong}).ok);
    }
    SECTION("only the auditor may sign a checkpoint")
    {
        auto r = Checkpoint::sign(vault.chief());
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::PermissionDenied);
    }
}

// Issue 11 §12: a checkpoint vouches for the trail before it; over a trail that fails it would
// vouch for the tampering. Core refuses it, with the first failing entry, and adds nothing.
TEST_CASE("a checkpoint is refused over a trail that does not verify", "[core][audit][checkpoint]")
{
    TestVault vault;
    populate(vault);
    auto auditor = vault.signIn(QStringLiteral("auditor"));
    auto countCheckpoints = [&] {
        auto listed = Checkpoint::list(*auditor);
        REQUIRE(listed.ok());
        return listed->size();
    };
    SECTION("over an intact trail it is signed, with the report it was signed over")
    {
        auto signedOver = signVerifiedCheckpoint(*auditor);
        REQUIRE(signedOver.ok());
        CHECK(signedOver->report.ok);
        CHECK(countCheckpoints() == 1);
    }
    SECTION("over a trail changed with SQL it is refused and nothing is written")
    {
        auto raw = openRaw(vault);
        REQUIRE(raw->exec(QStringLiteral("UPDATE audit_log SET detail = 'changed' WHERE seq = 3")).ok());
        auto signedOver = signVerifiedCheckpoint(*auditor);
        REQUIRE_FALSE(signedOver.ok());
        CHECK(signedOver.error().code == ErrorCode::Tampered);
        CHECK(signedOver.error().message.contains(QStringLiteral("No. 3")));
        CHECK(countCheckpoints() == 0);
    }
    SECTION("who may not sign is refused before the trail is read")
    {
        auto refused = signVerifiedCheckpoint(vault.chief());
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == ErrorCode::PermissionDenied);
    }
}

// Issue 11 §12: the audit page shows how far a verification has come and can stop it.
TEST_CASE("verification reports its progress and stops when asked, concluding nothing", "[core][audit][verify]")
{
    TestVault vault;
    vault.addPeople();
    const Database& db = vault.chief().db();
    QList<std::pair<std::int64_t, std::int64_t>> calls;
    auto all = verifyAuditTrail(db, {}, [&](std::int64_t done, std::int64_t total) {
        calls.append({done, total});
        return true;
    });
    REQUIRE(all.ok());
    CHECK(all->ok);
    REQUIRE(calls.size() >= 2);
    CHECK(calls.first().first == 0);
    CHECK(calls.last().first == calls.last().second); // the end is reported
    for (qsizetype i = 1; i < calls.size(); ++i)
        CHECK(calls[i].first >= calls[i - 1].first);

    // At the start, and at the last step (a stop at the very end concludes nothing either).
    for (const std::int64_t stopAt : {std::int64_t{0}, calls.last().second}) {
        INFO("stopped at " << stopAt);
        auto stopped = verifyAuditTrail(db, {}, [&](std::int64_t done, std::int64_t) { return done < stopAt; });
        REQUIRE_FALSE(stopped.ok());
        CHECK(stopped.error().code == ErrorCode::Cancelled);
    }
}
