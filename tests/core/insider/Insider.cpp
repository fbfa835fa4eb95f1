#include "Insider.h"

#include "audit/AuditEntry.h"
#include "audit/AuditLog.h"
#include "auth/PasswordPolicy.h"
#include "auth/SignIn.h"
#include "crypto/Crypto.h"
#include "store/KeySlotFile.h"
#include "store/Statement.h"
#include "vault/DatabaseVerification.h"

#include <catch2/catch.hpp>

#include <QDateTime>
#include <QFile>

#include <sqlcipher/sqlite3.h>

namespace daicho::test {

Insider::Insider(const VaultPaths& paths, const QString& login, const QString& password)
{
    // The slot: Argon2id of the password opens the private part, whose X25519 key opens the
    // envelope with the database key; the signing seed is the private part's second half.
    auto file = KeySlotFile::load(paths.keys());
    REQUIRE(file.ok());
    const KeySlot* slot = file->find(normaliseLogin(login));
    REQUIRE(slot);
    QString typed = password;
    auto unlocked = unlockSlot(*slot, PasswordPolicy::secretOf(typed), file->headerBytes());
    REQUIRE(unlocked.ok());
    auto key = openEnvelope(*slot, unlocked->agreementKey, file->headerBytes());
    REQUIRE(key.ok());
    m_databaseKey = key.value();
    m_seed = unlocked->signingSeed;
    m_databaseId = file->databaseId();

    // What `sqlcipher NAME.daicho` then `PRAGMA key = "x'…'"; PRAGMA cipher_page_size = 4096;` does.
    REQUIRE(sqlite3_open_v2(QFile::encodeName(paths.database).constData(), &m_db, SQLITE_OPEN_READWRITE, nullptr)
            == SQLITE_OK);
    const QString hex = QString::fromLatin1(toByteArray(m_databaseKey).toHex());
    sql(QStringLiteral("PRAGMA key = \"x'%1'\"; PRAGMA cipher_page_size = 4096;").arg(hex));
    REQUIRE(value(QStringLiteral("SELECT count(*) FROM sqlite_master")).toInt() > 0);
    m_userId = idOf(login);
    const QString publicKey = QString::fromLatin1(crypto::signingPublicKey(m_seed).toHex());
    m_keyId = number(QStringLiteral("SELECT id FROM signing_keys WHERE hex(public_key) = upper('%1')").arg(publicKey));
    REQUIRE(m_keyId > 0);
}

Insider::~Insider()
{
    sqlite3_close_v2(m_db);
}

void Insider::sql(const QString& statements)
{
    char* message = nullptr;
    const int rc = sqlite3_exec(m_db, statements.toUtf8().constData(), nullptr, nullptr, &message);
    INFO("SQL: " << statements.toStdString() << " → " << (message ? message : ""));
    sqlite3_free(message);
    REQUIRE(rc == SQLITE_OK);
}

QString Insider::value(const QString& query)
{
    sqlite3_stmt* raw = nullptr;
    INFO("SQL: " << query.toStdString());
    REQUIRE(sqlite3_prepare_v2(m_db, query.toUtf8().constData(), -1, &raw, nullptr) == SQLITE_OK);
    Statement stmt(m_db, raw);
    auto row = stmt.step();
    REQUIRE(row.ok());
    return row.value() ? stmt.text(0) : QString();
}

std::int64_t Insider::idOf(const QString& login)
{
    return number(QStringLiteral("SELECT id FROM users WHERE login = '%1'").arg(normaliseLogin(login)));
}

QByteArray Insider::digestOf(const QString& table, const QString& id)
{
    const QString pk = table == QLatin1String("key_slots") ? QStringLiteral("slot_id")
                       : table == QLatin1String("meta") || table == QLatin1String("settings") ? QStringLiteral("key")
                       : table == QLatin1String("department_retirements") ? QStringLiteral("department_id")
                       : table == QLatin1String("retention_settings")     ? QStringLiteral("version")
                                                                          : QStringLiteral("id");
    sqlite3_stmt* raw = nullptr;
    REQUIRE(sqlite3_prepare_v2(m_db,
                               QStringLiteral("SELECT * FROM %1 WHERE %2 = ?").arg(table, pk).toUtf8().constData(), -1,
                               &raw, nullptr)
            == SQLITE_OK);
    Statement stmt(m_db, raw);
    stmt.bind(1, id);
    auto row = stmt.step();
    REQUIRE(row.ok());
    return row.value() ? digestOfRow(stmt, table, id) : QByteArray();
}

std::int64_t Insider::sign(const QString& action, const QString& table, const QString& id, const QString& detail,
                           const std::optional<QByteArray>& digest)
{
    AuditEntry e;
    e.seq = number(QStringLiteral("SELECT coalesce(max(seq), 0) FROM audit_log")) + 1;
    e.prevHash = QByteArray::fromHex(
        value(QStringLiteral("SELECT hex(entry_hash) FROM audit_log WHERE seq = %1").arg(e.seq - 1)).toLatin1());
    e.atUtc = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    e.userId = m_userId;
    e.keyId = m_keyId;
    e.action = action;
    e.targetTable = table;
    e.targetId = id;
    e.detail = detail;
    e.rowDigest = digest ? *digest : (table.isEmpty() ? QByteArray() : digestOf(table, id));
    e.entryHash = crypto::sha256(e.canonicalBytes());
    e.signature = crypto::sign(m_seed, e.entryHash);
    sqlite3_stmt* raw = nullptr;
    REQUIRE(sqlite3_prepare_v2(m_db,
                               "INSERT INTO audit_log (seq, at_utc, user_id, key_id, action, target_table, target_id, "
                               "row_digest, detail, prev_hash, entry_hash, signature) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                               -1, &raw, nullptr)
            == SQLITE_OK);
    Statement insert(m_db, raw);
    insert.bind(1, e.seq).bind(2, e.atUtc).bind(3, m_userId).bind(4, m_keyId).bind(5, action);
    insert.bind(6, table.isNull() ? QStringLiteral("") : table).bind(7, id.isNull() ? QStringLiteral("") : id);
    insert.bind(8, e.rowDigest).bind(9, detail.isNull() ? QStringLiteral("") : detail);
    insert.bind(10, e.prevHash).bind(11, e.entryHash).bind(12, e.signature);
    REQUIRE(insert.run().ok());
    return e.seq;
}

std::int64_t Insider::forgeApproval(std::int64_t entryId, std::int64_t approver)
{
    sql(QStringLiteral("INSERT INTO ledger_approvals (entry_id, revision_id, approver_id, at_utc, decision, row_key) "
                       "SELECT id, revision_id, %2, '2026-05-11T00:00:00.000Z', 'approve', randomblob(16) FROM "
                       "ledger_entries WHERE id = %1; "
                       "UPDATE ledger_entries SET state = 'approved' WHERE id = %1")
            .arg(entryId)
            .arg(approver));
    return sign(QStringLiteral("ledger.approve"), QStringLiteral("ledger_approvals"),
                value(QStringLiteral("SELECT max(id) FROM ledger_approvals")),
                QStringLiteral("form=form2;entry=%1").arg(entryId));
}

Error refusedSignIn(TestVault& vault, const QString& login)
{
    auto session = SignIn::signIn(vault.paths(), login,
                                  login == TestVault::kChiefLogin ? TestVault::kChiefPassword : TestVault::kPassword,
                                  vault.clock());
    REQUIRE_FALSE(session.ok());
    return session.error();
}

VerifyReport verificationBy(TestVault& vault, const QString& login)
{
    auto session = SignIn::openForVerification(
        vault.paths(), login, login == TestVault::kChiefLogin ? TestVault::kChiefPassword : TestVault::kPassword,
        vault.clock());
    REQUIRE(session.ok());
    auto report = verifyDatabase(*session.value());
    REQUIRE(report.ok());
    return report.value();
}

QString verificationProblem(TestVault& vault, const QString& login)
{
    const VerifyReport report = verificationBy(vault, login);
    INFO("verification: " << report.problem.toStdString());
    CHECK_FALSE(report.ok);
    return report.problem;
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

void writeAll(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(bytes) == bytes.size());
}

} // namespace daicho::test
