#pragma once

#include "audit/AuditEntry.h"
#include "common/ByteCodec.h"
#include "common/Clock.h"
#include "common/Result.h"
#include "crypto/Crypto.h"
#include "crypto/SecureBytes.h"
#include "store/Database.h"

#include <QList>
#include <QStringList>

#include <functional>

namespace daicho {

class Session;

// Who signs an entry: a registered Ed25519 key (signing_keys.id) and its seed.
struct AuditSigner {
    std::optional<std::int64_t> userId;
    std::int64_t keyId = 0;
    const SecureBytes& seed;
};

// The append-only, hash-chained, signed log (第10条⑥). Entries are appended inside the
// caller's open transaction, so an entry exists exactly when the change it records does.
// Appending and reading are for core (audit/internal/AuditRecords.h), behind each service's
// permission check: an entry of the caller's choosing, signed with the person's key, would
// vouch for whatever it says. The GUI reads the trail through AuditTrailView, which checks
// who may.
namespace AuditLog {

// The first hash of a chain, derived from the database ID.
QByteArray genesisHash(const QByteArray& databaseId);

} // namespace AuditLog

// One row's digest: every column in declared order with its SQLite type and value.
class RowDigestBuilder
{
public:
    RowDigestBuilder(const QString& table, const QString& id);
    RowDigestBuilder& integer(const QString& column, std::int64_t value);
    RowDigestBuilder& text(const QString& column, const QString& value);
    RowDigestBuilder& blob(const QString& column, const QByteArray& value);
    RowDigestBuilder& null(const QString& column);
    QByteArray finish() const;

private:
    ByteWriter m_bytes;
};

// One row's digest, from a statement positioned on a `SELECT *` row of `table`.
QByteArray digestOfRow(const Statement& row, const QString& table, const QString& id);
// The same with one integer column taken as `value`: the digest the row had before a change
// of that column alone (a person's own must-change-password flag, see PeopleRecord).
QByteArray digestOfRowWith(const Statement& row, const QString& table, const QString& id, const QString& column,
                           std::int64_t value);

// An import covers a range of ids of an append-only table with one entry: its target id is
// "first-last" and its digest the hash of the rows' digests in id order.
struct IdRange {
    std::int64_t first = 0;
    std::int64_t last = 0;
};
std::optional<IdRange> parseIdRange(const QString& targetId);
QString idRangeText(std::int64_t first, std::int64_t last);

class RangeDigest
{
public:
    RangeDigest();
    void add(const QByteArray& rowDigest);
    QByteArray finish();

private:
    crypto::Sha256Stream m_hash;
};

// key=value;key=value, values percent-encoded. Small helpers for the detail field.
QString auditDetail(std::initializer_list<std::pair<QString, QString>> fields);
QString auditDetailValue(const QString& detail, const QString& key);
// A number in a detail or a target id ("user=12", the id of a users row), or nothing.
std::optional<std::int64_t> auditIdOf(const QString& text);

} // namespace daicho
