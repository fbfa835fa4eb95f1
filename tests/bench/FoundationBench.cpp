// Foundation benchmark: what the audit trail, the key slots and the key rotation cost, as
// ratios against the raw engine (SQLCipher C API, the bare signature check, the bare
// Argon2id, a bare sqlcipher_export) measured in the same run on the same machine.
//
//   daicho_bench_foundation [--entries N] [--quiet]
//   daicho_bench_foundation --database PATH --user ID   (password on standard input)
//
// The second form measures verification and sign-in on a copy of an existing database (the
// demo: people, ledgers with approvals, monitoring sheets, anchors in its key file).
#include "audit/AuditLog.h"
#include "audit/AuditVerifier.h"
#include "audit/internal/AuditRecords.h"
#include "audit/internal/TrailVerification.h"
#include "auth/Organisation.h"
#include "auth/SignIn.h"
#include "auth/internal/SessionInternals.h"
#include "crypto/Crypto.h"
#include "crypto/Kdf.h"
#include "store/KeySlotFile.h"
#include "store/Sqlite.h"
#include "vault/KeyRotation.h"
#include "vault/VaultCreator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

using namespace daicho;

namespace {

double seconds(const QElapsedTimer& t)
{
    return static_cast<double>(t.nsecsElapsed()) / 1e9;
}

bool quiet = false;

// The fastest of a few alternating runs of each side: this machine's speed drifts by a fifth
// within seconds, and the ratio is what is compared.
constexpr int kRounds = 5;

template <typename Engine, typename Raw>
std::pair<double, double> bestOf(Engine engine, Raw raw)
{
    double bestEngine = 1e9;
    double bestRaw = 1e9;
    for (int i = 0; i < kRounds; ++i) {
        QElapsedTimer timer;
        timer.start();
        engine();
        bestEngine = std::min(bestEngine, seconds(timer));
        timer.restart();
        raw();
        bestRaw = std::min(bestRaw, seconds(timer));
    }
    return {bestEngine, bestRaw};
}

void row(const char* what, double engine, double raw, const char* rawWhat)
{
    if (!quiet)
        std::printf("| %-44s | %10.4f s | %10.4f s | %-34s | %6.2f× |\n", what, engine, raw, rawWhat, engine / raw);
}

[[noreturn]] void die(const Error& e)
{
    std::fprintf(stderr, "bench: %s (%s)\n", qPrintable(e.message), qPrintable(e.detail));
    std::exit(1);
}

// Raw baseline: the same number of one-row transactions on a keyed SQLCipher connection,
// with the same pragmas, inserting a row as wide as an audit entry.
double rawTransactions(const QString& path, int count)
{
    sqlite3* db = nullptr;
    sqlite3_open(path.toUtf8().constData(), &db);
    const SecureBytes key = crypto::randomSecret(32);
    const SecureBytes spec = rawKeySpec(key);
    sqlite3_key(db, spec.data(), static_cast<int>(spec.size()));
    sqlite3_exec(db,
                 "PRAGMA cipher_page_size=4096; PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; "
                 "PRAGMA secure_delete=ON; CREATE TABLE t (a INTEGER PRIMARY KEY, b TEXT, c BLOB, d BLOB, e BLOB)",
                 nullptr, nullptr, nullptr);
    sqlite3_stmt* stmt = nullptr;
    sqlite3_prepare_v2(db, "INSERT INTO t (b, c, d, e) VALUES (?, ?, ?, ?)", -1, &stmt, nullptr);
    const QByteArray blob32(32, 'x');
    const QByteArray blob64(64, 'y');
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < count; ++i) {
        sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
        sqlite3_bind_text(stmt, 1, "department.add", -1, SQLITE_STATIC);
        sqlite3_bind_blob(stmt, 2, blob32.constData(), 32, SQLITE_STATIC);
        sqlite3_bind_blob(stmt, 3, blob32.constData(), 32, SQLITE_STATIC);
        sqlite3_bind_blob(stmt, 4, blob64.constData(), 64, SQLITE_STATIC);
        sqlite3_step(stmt);
        sqlite3_reset(stmt);
        sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    }
    const double elapsed = seconds(timer);
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return elapsed;
}

// Verify and sign-in on a copy of an existing database, against the bare Ed25519 checks of as
// many entries and one Argon2id with the person's own slot settings.
int measureExisting(const QString& database, const QString& user, const QString& password)
{
    QTemporaryDir dir;
    const VaultPaths paths{dir.filePath(QStringLiteral("copy.daicho"))};
    // The WAL too: without it the copy is the database as it was before its latest commits,
    // a trail cut short that sign-in rightly refuses.
    for (const QString& suffix : {QString(), QStringLiteral("-keys"), QStringLiteral("-wal")})
        if (QFile::exists(database + suffix) && !QFile::copy(database + suffix, paths.database + suffix))
            die(makeError(ErrorCode::Io, QStringLiteral("cannot copy %1").arg(database + suffix)));
    SystemClock clock;
    auto keys = KeySlotFile::load(paths.keys());
    if (!keys)
        die(keys.error());
    const KeySlot* slot = keys->find(user);
    if (!slot)
        die(makeError(ErrorCode::NotFound, QStringLiteral("no slot for %1").arg(user)));
    if (!quiet) {
        std::printf("%s, signed in as %s; Argon2id %u KiB × %u passes\n\n", qPrintable(database), qPrintable(user),
                    slot->kdf.memoryKiB, slot->kdf.passes);
        std::printf("| %-44s | %12s | %12s | %-34s | %7s |\n", "operation", "Daicho", "raw", "raw baseline", "ratio");
        std::printf("|%s|%s|%s|%s|%s|\n", "----------------------------------------------", "--------------",
                    "--------------", "------------------------------------", "---------");
    }
    QElapsedTimer timer;
    timer.start();
    auto session = SignIn::signIn(paths, user, password, clock);
    const double signIn = seconds(timer);
    if (!session)
        die(session.error());
    timer.restart();
    (void)deriveKey(toSecure(password.toUtf8()), QByteArray(16, 's'), slot->kdf);
    const double argon = seconds(timer);
    row("sign-in (all its checks of the trail)", signIn, argon, "one Argon2id derivation");

    auto head = AuditLog::headSeq(session.value()->db());
    const crypto::SigningKeyPair key = crypto::generateSigningKey();
    const QByteArray message = crypto::sha256(QByteArrayLiteral("entry"));
    const QByteArray signature = crypto::sign(key.seed, message);
    Result<VerifyReport> report = VerifyReport{};
    const auto [verify, bareSignatures] = bestOf(
        [&] {
            report = verifyAuditTrail(session.value()->db());
            if (!report || !report->ok)
                die(report ? makeError(ErrorCode::Tampered, report->problem) : report.error());
        },
        [&] {
            for (std::int64_t i = 0; i < head.value(); ++i)
                crypto::verifySignature(key.publicKey, message, signature);
        });
    row(qPrintable(QStringLiteral("verify %1 entries, %2 rows").arg(head.value()).arg(report->rowsChecked)), verify,
        bareSignatures, "Ed25519 checks alone");
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    int entries = 2000;
    QString database;
    QString user;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--entries") && i + 1 < args.size())
            entries = args[++i].toInt();
        else if (args[i] == QLatin1String("--database") && i + 1 < args.size())
            database = args[++i];
        else if (args[i] == QLatin1String("--user") && i + 1 < args.size())
            user = args[++i];
        else if (args[i] == QLatin1String("--quiet"))
            quiet = true;
    }
    if (!database.isEmpty()) {
        QTextStream in(stdin);
        return measureExisting(database, user, in.readLine());
    }
    if (entries < 10)
        entries = 10;
    QTemporaryDir dir;
    const VaultPaths paths{dir.filePath(QStringLiteral("bench.daicho"))};
    SystemClock clock;
    const QString password = QStringLiteral("benchmark-password-1");

    QElapsedTimer timer;
    timer.start();
    const KdfParams kdf = calibrateKdf();
    const double calibration = seconds(timer);
    auto created = VaultCreator::create(
        paths, {QStringLiteral("ベンチマーク"), QStringLiteral("chief"), QStringLiteral("部長"), kdf}, password, clock);
    if (!created)
        die(created.error());
    Session& session = *created->session;

    if (!quiet) {
        std::printf("Argon2id calibrated to %u KiB × %u passes in %.2f s\n\n", kdf.memoryKiB, kdf.passes, calibration);
        std::printf("| %-44s | %12s | %12s | %-34s | %7s |\n", "operation", "Daicho", "raw", "raw baseline", "ratio");
        std::printf("|%s|%s|%s|%s|%s|\n", "----------------------------------------------", "--------------",
                    "--------------", "------------------------------------", "---------");
    }

    // 1. An audited change (row + hash chain + signature + row digest, one transaction)
    //    against a bare one-row transaction.
    timer.restart();
    for (int i = 0; i < entries; ++i) {
        auto id = Organisation::addDepartment(session, QStringLiteral("課%1").arg(i), std::nullopt);
        if (!id)
            die(id.error());
    }
    const double audited = seconds(timer);
    const double raw = rawTransactions(dir.filePath(QStringLiteral("raw.db")), entries);
    row(qPrintable(QStringLiteral("%1 audited changes").arg(entries)), audited, raw, "one-row transactions, C API");

    // 2. Verifying the whole trail against checking the same number of signatures alone.
    auto head = AuditLog::headSeq(session.db());
    const crypto::SigningKeyPair key = crypto::generateSigningKey();
    const QByteArray message = crypto::sha256(QByteArrayLiteral("entry"));
    const QByteArray signature = crypto::sign(key.seed, message);
    const auto [verify, bareSignatures] = bestOf(
        [&] {
            auto report = verifyAuditTrail(session.db());
            if (!report || !report->ok)
                die(report ? makeError(ErrorCode::Tampered, report->problem) : report.error());
        },
        [&] {
            for (std::int64_t i = 0; i < head.value(); ++i)
                crypto::verifySignature(key.publicKey, message, signature);
        });
    row(qPrintable(QStringLiteral("verify %1 entries and their rows").arg(head.value())), verify, bareSignatures,
        "Ed25519 checks alone");

    // 3. Sign-in against one bare Argon2id derivation with the same parameters.
    SessionInternals::takeDatabase(session).reset();
    created->session.reset();
    timer.restart();
    auto signedIn = SignIn::signIn(paths, QStringLiteral("chief"), password, clock);
    const double signIn = seconds(timer);
    if (!signedIn)
        die(signedIn.error());
    timer.restart();
    (void)deriveKey(toSecure(QByteArrayLiteral("benchmark-password-1")), QByteArray(16, 's'), kdf);
    const double argon = seconds(timer);
    row("sign-in (slot, open, schema check, audit)", signIn, argon, "one Argon2id derivation");

    // 4. Key rotation against a bare sqlcipher_export of the same database.
    timer.restart();
    const Status rotated = KeyRotation::rotate(*signedIn.value());
    const double rotation = seconds(timer);
    if (!rotated.ok())
        die(rotated.error());
    timer.restart();
    const Status exported = signedIn.value()->db().exportTo(dir.filePath(QStringLiteral("export.daicho")));
    const double bareExport = seconds(timer);
    if (!exported.ok())
        die(exported.error());
    row("key rotation (export, re-wrap, renames)", rotation, bareExport, "sqlcipher_export alone");
    return 0;
}
