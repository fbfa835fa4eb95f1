// Attacks on the end of the trail and on the key file: the newest work cut off, a slot
// planted for the next key rotation, a malformed slot before a recovery, a symbolic link at
// a file's name, files readable by other accounts.

#include "Insider.h"
#include "audit/internal/AuditRecords.h"

#include "audit/AuditLog.h"
#include "audit/PersonalActivity.h"
#include "auth/SignIn.h"
#include "auth/UserAdmin.h"
#include "auth/internal/SessionInternals.h"
#include "crypto/Crypto.h"
#include "exchange/LedgerExport.h"
#include "ledger/LedgerStore.h"
#include "store/KeySlotFile.h"
#include "store/NoFollowOpen.h"
#include "store/PrivateFile.h"
#include "store/Sqlite.h"
#include "support/LedgerFixtures.h"
#include "support/TestVault.h"
#include "vault/Backup.h"
#include "vault/DatabaseVerification.h"
#include "vault/KeyRotation.h"
#include "vault/Recovery.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <sys/stat.h>
#include <unistd.h>

using namespace daicho;
using namespace daicho::test;

namespace {

mode_t modeOf(const QString& path)
{
    struct stat info {
    };
    REQUIRE(::stat(QFile::encodeName(path).constData(), &info) == 0);
    return info.st_mode & 0777;
}

} // namespace

TEST_CASE("insider: the newest work cut off the trail is refused at the next sign-in and named by verify",
          "[core][insider][anchor]")
{
    TestVault vault;
    vault.addPeople();
    const EntryId reg = LedgerStore::add(vault.chief(), QStringLiteral("form3"), registerValues(vault.chief())).value();
    vault.closeChief();
    std::int64_t before = 0;
    {
        auto staff = vault.signIn(QStringLiteral("staff"));
        before = AuditLog::headSeq(staff->db()).value();
        // The staff member's latest work: a carry-out, then the session ends (sign-out).
        REQUIRE(LedgerStore::add(*staff, QStringLiteral("form2"), carryOutValues(*staff, reg)).ok());
    }
    {
        // Someone else cuts it off: the entries and the rows they cover, nothing left over.
        Insider head(vault.paths(), QStringLiteral("head"), TestVault::kPassword);
        head.sql(QStringLiteral("DELETE FROM ledger_entries WHERE form = 'form2'; DELETE FROM ledger_revisions WHERE "
                                "form = 'form2'; DELETE FROM audit_log WHERE seq > %1")
                     .arg(before));
    }
    for (const QString& login : {QStringLiteral("staff"), QStringLiteral("head"), QStringLiteral("auditor")}) {
        const Error refused = refusedSignIn(vault, login);
        CHECK(refused.code == ErrorCode::Tampered);
        CHECK(refused.message.contains(QStringLiteral("does not contain entry")));
        CHECK(refused.message.contains(QStringLiteral("staff")));
    }
    CHECK(verificationProblem(vault, QStringLiteral("head")).contains(QStringLiteral("does not contain entry")));
}

TEST_CASE("insider: a cut trail with an older key file put back shows on the person's own start page",
          "[core][insider][anchor]")
{
    // Documented as what anchors cannot see (docs/threat-model.md): both files rolled back.
    TestVault vault;
    vault.addPeople();
    vault.closeChief();
    const QString firstSignIn = vault.clock().nowUtc().toString(Qt::ISODateWithMs);
    vault.signIn(QStringLiteral("staff")).reset();
    const QByteArray olderKeys = readAll(vault.paths().keys());
    vault.clock().advanceSeconds(24 * 3600);
    std::int64_t cut = 0;
    {
        auto staff = vault.signIn(QStringLiteral("staff")); // a day later: this is what vanishes
        cut = AuditLog::headSeq(staff->db()).value();
        vault.clock().advanceSeconds(3600);
    }
    vault.clock().advanceSeconds(3600);
    {
        Insider head(vault.paths(), QStringLiteral("head"), TestVault::kPassword);
        head.sql(QStringLiteral("DELETE FROM audit_log WHERE seq >= %1").arg(cut));
    }
    writeAll(vault.paths().keys(), olderKeys);
    auto staff = vault.signIn(QStringLiteral("staff"));
    auto activity = personalActivity(*staff);
    REQUIRE(activity.ok());
    REQUIRE(activity->previousSignIn);
    // The person signed in two hours ago; their start page says a day before that.
    CHECK(activity->previousSignIn->atUtc == firstSignIn);
}

TEST_CASE("insider: a slot planted in the key file does not receive the next database key", "[core][insider][keys]")
{
    TestVault vault;
    vault.addPeople();
    auto file = KeySlotFile::load(vault.paths().keys());
    REQUIRE(file.ok());
    // Anyone who can write the folder adds a slot of their own making under any ID...
    const SecureBytes mine = toSecure(QByteArrayLiteral("the intruder's own password"));
    NewSlot planted = makeSlot(KeySlot::Kind::User, QStringLiteral("intruder"), mine, kdfLimits().minimum,
                               crypto::randomSecret(32), file->headerBytes());
    file->put(planted.slot);
    // ...or a removed person puts their old slot back.
    auto staffSlot = *file->find(QStringLiteral("staff"));
    REQUIRE(file->save(vault.paths().keys(), SessionInternals::secrets(vault.chief()).databaseKey).ok());
    REQUIRE(UserAdmin::removeUser(vault.chief(), userId(vault.chief(), QStringLiteral("staff"))).ok());
    auto withStaff = KeySlotFile::load(vault.paths().keys());
    withStaff->put(staffSlot);
    REQUIRE(withStaff->save(vault.paths().keys(), SessionInternals::secrets(vault.chief()).databaseKey).ok());

    QStringList leftOut;
    REQUIRE(KeyRotation::rotate(vault.chief(), &leftOut).ok());
    CHECK(leftOut.contains(QStringLiteral("intruder")));
    CHECK(leftOut.contains(QStringLiteral("staff")));
    auto rotated = KeySlotFile::load(vault.paths().keys());
    REQUIRE(rotated.ok());
    CHECK_FALSE(rotated->find(QStringLiteral("intruder")));
    CHECK_FALSE(rotated->find(QStringLiteral("staff")));
    CHECK(count(vault.chief(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'keyslot.refused'")) == 2);
    // The planted slot opens only the old key, which no longer opens the database.
    auto opened = unlockSlot(planted.slot, mine, file->headerBytes());
    REQUIRE(opened.ok());
    CHECK(openEnvelope(planted.slot, opened->agreementKey, file->headerBytes()).value()
          != SessionInternals::secrets(vault.chief()).databaseKey);
    // Everyone else still signs in.
    CHECK(vault.signIn(QStringLiteral("head")));
}

TEST_CASE("insider: a malformed slot never ends a recovery halfway", "[core][insider][keys]")
{
    TestVault vault;
    vault.closeChief();
    QByteArray bytes = readAll(vault.paths().keys());
    auto file = KeySlotFile::parse(bytes);
    REQUIRE(file.ok());
    const QString recoveryKey = vault.recoveryKey();

    SECTION("a slot whose public key is too short: the whole file is refused, nothing is spent")
    {
        KeySlot broken = *file->find(QStringLiteral("chief"));
        broken.id = QStringLiteral("broken");
        broken.agreementPublicKey.chop(1);
        file->put(broken);
        // Written by hand, as an insider would: the parser, not the writer, must refuse it.
        writeAll(vault.paths().keys(), file->serialize(crypto::randomSecret(32)));
        auto refused = Recovery::recover(vault.paths(), recoveryKey, TestVault::kChiefLogin,
                                         QStringLiteral("a fresh password for recovery"), vault.clock());
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == ErrorCode::Tampered);
        writeAll(vault.paths().keys(), bytes);
        CHECK(Recovery::recover(vault.paths(), recoveryKey, TestVault::kChiefLogin,
                                QStringLiteral("a fresh password for recovery"), vault.clock())
                  .ok());
    }
    SECTION("a slot with a low-order public key: left out, the recovery and its new key stand")
    {
        KeySlot lowOrder = *file->find(QStringLiteral("chief"));
        lowOrder.id = QStringLiteral("low-order");
        lowOrder.agreementPublicKey = QByteArray(32, '\0');
        file->put(lowOrder);
        writeAll(vault.paths().keys(), file->serialize(crypto::randomSecret(32)));
        auto recovered = Recovery::recover(vault.paths(), recoveryKey, TestVault::kChiefLogin,
                                           QStringLiteral("a fresh password for recovery"), vault.clock());
        REQUIRE(recovered.ok());
        CHECK(recovered->rotationProblem.isEmpty());
        CHECK_FALSE(recovered->newRecoveryKey.isEmpty());
        CHECK_FALSE(KeySlotFile::load(vault.paths().keys())->find(QStringLiteral("low-order")));
    }
}

TEST_CASE("insider: a symbolic link at a file's name is never followed", "[core][insider][files]")
{
    TestVault vault;
    vault.addPeople();
    const QString victim = vault.folder() + QStringLiteral("/victim.txt");
    writeAll(victim, "precious");
    // The names used before version 4: a link planted there must change nothing.
    const QStringList oldNames{vault.paths().keys() + QStringLiteral(".tmp"),
                               vault.paths().signInJournal() + QStringLiteral(".tmp")};
    for (const QString& name : oldNames)
        REQUIRE(QFile::link(victim, name));
    auto staff = vault.signIn(QStringLiteral("staff"));
    REQUIRE(UserAdmin::changeOwnPassword(*staff, TestVault::kPassword, QStringLiteral("another long password")).ok());
    staff.reset();
    CHECK(readAll(victim) == "precious");

    // The journal itself replaced by a link: a failed sign-in is refused, not written through it.
    QFile::remove(vault.paths().signInJournal());
    REQUIRE(QFile::link(victim, vault.paths().signInJournal()));
    auto failed =
        SignIn::signIn(vault.paths(), QStringLiteral("head"), QStringLiteral("wrong password!!"), vault.clock());
    REQUIRE_FALSE(failed.ok());
    CHECK(failed.error().code == ErrorCode::Io);
    CHECK(readAll(victim) == "precious");
}

TEST_CASE("insider: a link planted after Daicho looked for one is not written through either", "[core][insider][files]")
{
    // The check before the open cannot see a link planted a moment later at the name of the
    // WAL, shared-memory or journal file: SQLite's own opens refuse to follow it.
    // Here the link, at the journal's name, points where the attacker wants a file made.
    QTemporaryDir folder;
    const QString target = folder.path() + QStringLiteral("/elsewhere");
    const QString database = folder.path() + QStringLiteral("/centre.daicho");
    REQUIRE(QFile::link(target, database + QStringLiteral("-journal")));
    refuseLinksInSqliteOpens();
    sqlite3* db = nullptr;
    const int rc = sqlite3_open_v2(QFile::encodeName(database).constData(), &db,
                                   SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    if (rc == SQLITE_OK)
        CHECK(sqlite3_exec(db, "CREATE TABLE t (x)", nullptr, nullptr, nullptr) != SQLITE_OK);
    sqlite3_close_v2(db);
    CHECK_FALSE(QFileInfo::exists(target));
}

TEST_CASE("every file of a database, its backups and exports is readable by its owner only", "[core][files]")
{
    const mode_t before = ::umask(022); // as a careless start-up leaves it: files must not depend on it
    TestVault vault;
    vault.addPeople();
    const EntryId reg = LedgerStore::add(vault.chief(), QStringLiteral("form3"), registerValues(vault.chief())).value();
    REQUIRE(reg > 0);
    (void)SignIn::signIn(vault.paths(), QStringLiteral("head"), QStringLiteral("wrong password!!"), vault.clock());
    const VaultPaths backup{vault.folder() + QStringLiteral("/backup/copy.daicho")};
    REQUIRE(QDir().mkpath(vault.folder() + QStringLiteral("/backup")));
    REQUIRE(Backup::backup(vault.chief(), backup).ok());
    LedgerFilter filter;
    filter.formId = QStringLiteral("form3");
    const QString exported = vault.folder() + QStringLiteral("/registers.csv");
    REQUIRE(LedgerExport::write(vault.chief(), filter, ExportFormat::CsvUtf8, exported).ok());
    const QString xlsx = vault.folder() + QStringLiteral("/registers.xlsx");
    REQUIRE(LedgerExport::write(vault.chief(), filter, ExportFormat::Xlsx, xlsx).ok());
    const QStringList files{vault.paths().database,
                            vault.paths().database + QStringLiteral("-wal"),
                            vault.paths().database + QStringLiteral("-shm"),
                            vault.paths().keys(),
                            vault.paths().signInJournal(),
                            vault.paths().lock(),
                            backup.database,
                            backup.keys(),
                            exported,
                            xlsx};
    for (const QString& path : files) {
        INFO(path.toStdString());
        CHECK(modeOf(path) == 0600);
    }
    ::umask(before);
}

TEST_CASE("in a folder shared by a group, files are the group's too, never others'", "[core][files]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString shared = dir.filePath(QStringLiteral("shared"));
    REQUIRE(QDir().mkpath(shared));
    REQUIRE(::chmod(QFile::encodeName(shared).constData(), 02770) == 0);
    CHECK(privateFileMode(shared) == 0660);
    CHECK(privateFileMode(dir.path()) == 0600);
    const QString keys = shared + QStringLiteral("/x.daicho-keys");
    REQUIRE(writeFileAtomically(keys, "bytes").ok());
    CHECK(modeOf(keys) == 0660);
    REQUIRE(appendToFile(shared + QStringLiteral("/x.daicho-signin"), "line\n").ok());
    CHECK(modeOf(shared + QStringLiteral("/x.daicho-signin")) == 0660);
}

TEST_CASE("insider: an older key file put back, or a slot taken out, is told to the next person who signs in",
          "[core][insider][anchor]")
{
    TestVault vault;
    vault.addPeople();
    vault.closeChief();
    vault.signIn(QStringLiteral("staff")).reset();
    const QByteArray older = readAll(vault.paths().keys());
    vault.signIn(QStringLiteral("staff")).reset(); // the staff member's slot now records a later entry

    SECTION("the older key file: the staff member's own slot is older than their last sign-in")
    {
        writeAll(vault.paths().keys(), older);
        auto staff = vault.signIn(QStringLiteral("staff"));
        REQUIRE_FALSE(staff->notices().isEmpty());
        CHECK(staff->notices().join(QLatin1Char(' ')).contains(QStringLiteral("older copy")));
    }
    SECTION("a slot taken out of the key file, its anchor with it")
    {
        auto file = KeySlotFile::load(vault.paths().keys());
        auto chief = vault.signIn(TestVault::kChiefLogin);
        file->remove(QStringLiteral("auditor"));
        REQUIRE(file->save(vault.paths().keys(), SessionInternals::secrets(*chief).databaseKey).ok());
        chief.reset();
        auto staff = vault.signIn(QStringLiteral("staff"));
        CHECK(staff->notices().join(QLatin1Char(' ')).contains(QStringLiteral("is missing from the key file")));
    }
}

// Signs, with `login`'s own key, a claim of having seen an entry that never existed (or entry
// 0), and seals the key file with the database key their slot yields.
void signFalseClaim(TestVault& vault, const QString& login, std::int64_t seq)
{
    Insider insider(vault.paths(), login, TestVault::kPassword);
    auto file = KeySlotFile::load(vault.paths().keys());
    REQUIRE(file.ok());
    ChainAnchor claim{login, seq, crypto::randomBytes(32), file->anchor(login)->atUtc, {}};
    if (claim.seq > 0)
        claim.seq += insider.number(QStringLiteral("SELECT max(seq) FROM audit_log"));
    claim.signature = crypto::sign(insider.seed(), claim.signedBytes(file->headerBytes()));
    file->setAnchor(claim);
    REQUIRE(file->save(vault.paths().keys(), insider.databaseKey()).ok());
}

TEST_CASE("insider: false claims signed into people's own slots name their authors, and the chief sets them aside "
          "in the open",
          "[core][insider][anchor]")
{
    TestVault vault;
    vault.addPeople();
    vault.closeChief();
    std::int64_t seq = 500;
    SECTION("an entry beyond the head") { }
    SECTION("no entry at all")
    {
        seq = 0;
    }
    signFalseClaim(vault, QStringLiteral("staff"), seq);
    const Error refused = refusedSignIn(vault, QStringLiteral("head"));
    CHECK(refused.code == ErrorCode::Tampered);
    CHECK(refused.message.contains(QStringLiteral("staff")));
    CHECK((refused.message.contains(QStringLiteral("written outside Daicho with staff's key"))
           || refused.message.contains(QStringLiteral("names no entry"))));
    // A second person does the same: both are set aside at once.
    signFalseClaim(vault, QStringLiteral("auditor"), 700);

    // Only a registrar sets them aside; the head is refused and nothing changes.
    auto byHead =
        SignIn::signInSettingAsideClaims(vault.paths(), QStringLiteral("head"), TestVault::kPassword, vault.clock());
    REQUIRE_FALSE(byHead.ok());
    CHECK(byHead.error().code == ErrorCode::PermissionDenied);
    auto chief = SignIn::signInSettingAsideClaims(vault.paths(), TestVault::kChiefLogin, TestVault::kChiefPassword,
                                                  vault.clock());
    REQUIRE(chief.ok());
    QStringList dismissedSlots;
    REQUIRE(AuditLog::forEachEntryWithAction(chief.value()->db(), {QStringLiteral("anchor.dismiss")},
                                             [&](const AuditEntry& e) {
                                                 dismissedSlots << auditDetailValue(e.detail, QStringLiteral("slot"));
                                                 return Status{};
                                             })
                .ok());
    dismissedSlots.sort();
    CHECK(dismissedSlots == QStringList{QStringLiteral("auditor"), QStringLiteral("staff")});
    CHECK(chief.value()->notices().join(QLatin1Char(' ')).contains(QStringLiteral("auditor")));
    chief.value().reset();
    CHECK(KeySlotFile::load(vault.paths().keys())->anchor(QStringLiteral("staff")) == nullptr);
    // Nothing more to set aside.
    auto nothing = SignIn::signInSettingAsideClaims(vault.paths(), TestVault::kChiefLogin, TestVault::kChiefPassword,
                                                    vault.clock());
    REQUIRE_FALSE(nothing.ok());
    CHECK(nothing.error().code == ErrorCode::InvalidInput);
    // Work goes on, and the trail verifies: the dismissals are in it for the auditor to read.
    for (const QString& login : {QStringLiteral("head"), QStringLiteral("staff")})
        CHECK(vault.signIn(login) != nullptr);
    const VerifyReport report = verificationBy(vault);
    INFO(report.problem.toStdString());
    CHECK(report.ok);
}
