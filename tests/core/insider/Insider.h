#pragma once

#include "audit/AuditVerifier.h"
#include "common/Error.h"
#include "crypto/SecureBytes.h"
#include "store/VaultPaths.h"
#include "support/TestVault.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <optional>

struct sqlite3;

namespace daicho::test {

// A person with a real account who turns against the trail, as docs/threat-model.md
// describes them: they unwrap the database key and their own signing seed from their own key
// slot following docs/key-slot-format.md, open the encrypted file with SQLCipher's C API as
// the sqlcipher shell does (none of Daicho's connection settings: triggers on, foreign keys
// off, no checks), run SQL, and append audit entries that chain onto the head and are signed
// with their own key, following docs/audit-trail.md. Every attack of the insider suite is
// done this way, on a real encrypted file, with no Daicho session open on it.
class Insider
{
public:
    Insider(const VaultPaths& paths, const QString& login, const QString& password);
    ~Insider();
    Insider(const Insider&) = delete;
    Insider& operator=(const Insider&) = delete;

    // Runs SQL (REQUIREs that it succeeds).
    void sql(const QString& statements);
    // The first column of the first row, as text (empty when there is none).
    QString value(const QString& query);
    std::int64_t number(const QString& query) { return value(query).toLongLong(); }

    std::int64_t myId() const { return m_userId; }
    std::int64_t myKeyId() const { return m_keyId; }
    std::int64_t idOf(const QString& login);

    // The digest Daicho records for a row (docs/audit-trail.md: every column in order, typed).
    QByteArray digestOf(const QString& table, const QString& id);
    // Appends an entry on the head of the chain, signed with the insider's own key; its row
    // digest is the row's present one unless given.
    std::int64_t sign(const QString& action, const QString& table = {}, const QString& id = {},
                      const QString& detail = {}, const std::optional<QByteArray>& digest = std::nullopt);

    // Records an approval of an entry's current revision in `approver`'s name, marks the entry
    // approved in its list row, and signs the covering entry with the insider's own key.
    std::int64_t forgeApproval(std::int64_t entryId, std::int64_t approver);

    const SecureBytes& databaseKey() const { return m_databaseKey; }
    const SecureBytes& seed() const { return m_seed; }

private:
    sqlite3* m_db = nullptr;
    SecureBytes m_databaseKey;
    SecureBytes m_seed;
    std::int64_t m_userId = 0;
    std::int64_t m_keyId = 0;
    QByteArray m_databaseId;
};

// What the attacks are judged by. A sign-in as `login` (the chief's password for the chief,
// TestVault::kPassword for others), REQUIRED to be refused.
Error refusedSignIn(TestVault& vault, const QString& login);
// What `daicho-cli verify` reports when `login` runs it (opened only to verify).
VerifyReport verificationBy(TestVault& vault, const QString& login = QStringLiteral("auditor"));
// Its problem, CHECKing that there is one.
QString verificationProblem(TestVault& vault, const QString& login = QStringLiteral("auditor"));

QByteArray readAll(const QString& path);
void writeAll(const QString& path, const QByteArray& bytes);

} // namespace daicho::test
