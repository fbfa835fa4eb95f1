#include "audit/AuditVerifier.h"

#include "audit/AuditLog.h"
#include "audit/LedgerRowsCheck.h"
#include "crypto/Crypto.h"
#include "store/Schema.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <map>
#include <set>

namespace daicho {

namespace {

// Crockford-style base 32 without I, L, O, U: easy to read aloud and to type back.
const char kAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

struct RegisteredKey {
    QByteArray publicKey;
    std::optional<std::int64_t> userId;
    bool registrar = false;
    bool revoked = false;
};

// Thrown away as soon as one entry fails: the report names the first failure only.
struct Failure {
    std::int64_t seq;
    QString problem;
};

std::optional<std::int64_t> optionalId(const QString& text)
{
    bool ok = false;
    const std::int64_t v = text.toLongLong(&ok);
    return ok ? std::optional<std::int64_t>(v) : std::nullopt;
}

} // namespace

QString checkpointCodeForHash(const QByteArray& entryHash)
{
    const QByteArray digest = crypto::sha256(QByteArrayLiteral("daicho-checkpoint-code-v1") + entryHash);
    // 80 bits: 16 characters of 5 bits each.
    QString code;
    std::uint64_t bits = 0;
    int available = 0;
    int index = 0;
    while (code.size() < 19) {
        if (available < 5) {
            bits = (bits << 8) | static_cast<std::uint8_t>(digest[index++]);
            available += 8;
        }
        available -= 5;
        code += QLatin1Char(kAlphabet[(bits >> available) & 0x1f]);
        if (code.size() == 4 || code.size() == 9 || code.size() == 14)
            code += QLatin1Char('-');
    }
    return code;
}

QString CheckpointCode::toString() const
{
    return QString::number(seq) + QLatin1Char(':') + code;
}

std::optional<CheckpointCode> CheckpointCode::parse(const QString& text)
{
    static const QRegularExpression form(QStringLiteral("^\\s*(\\d+)\\s*:\\s*([0-9A-Za-z]{4})-?([0-9A-Za-z]{4})-?"
                                                        "([0-9A-Za-z]{4})-?([0-9A-Za-z]{4})\\s*$"));
    const auto m = form.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    CheckpointCode c;
    c.seq = m.captured(1).toLongLong();
    c.code = (m.captured(2) + QLatin1Char('-') + m.captured(3) + QLatin1Char('-') + m.captured(4) + QLatin1Char('-')
              + m.captured(5))
                 .toUpper();
    // Read-aloud mistakes: O for 0, I and L for 1.
    c.code.replace(QLatin1Char('O'), QLatin1Char('0')).replace(QLatin1Char('I'), QLatin1Char('1'));
    c.code.replace(QLatin1Char('L'), QLatin1Char('1'));
    return c;
}

QString keyFingerprintText(const QByteArray& publicKey)
{
    const QString hex = QString::fromLatin1(crypto::sha256(publicKey).left(16).toHex()).toUpper();
    QStringList groups;
    for (int i = 0; i < hex.size(); i += 4)
        groups << hex.mid(i, 4);
    return groups.join(QLatin1Char(' '));
}

Result<VerifyReport> verifyAuditTrail(const Database& db, const QList<CheckpointCode>& checkpoints)
{
    VerifyReport report;
    auto databaseId = db.scalar(QStringLiteral("SELECT value FROM meta WHERE key = 'database_id'"));
    if (!databaseId)
        return databaseId.error();

    std::map<std::int64_t, RegisteredKey> keys;
    std::map<std::pair<QString, QString>, std::pair<QByteArray, std::int64_t>> latestDigest; // row -> digest, seq
    std::map<std::int64_t, QByteArray> checkpointHashes;
    std::map<QString, std::vector<RecordedRows>> appendOnlyRows; // ledger revisions and decisions
    std::map<QString, QString> chainRoles; // user id -> role, as registrars recorded it
    std::map<QString, QString> chainLogins; // user id -> sign-in ID (= key slot ID)
    std::set<QString> chainRemoved;
    QByteArray previousHash = AuditLog::genesisHash(QByteArray::fromHex(databaseId->toLatin1()));
    std::int64_t expectedSeq = 1;
    std::optional<Failure> failure;

    auto fail = [&](std::int64_t seq, const QString& problem) {
        failure = Failure{seq, problem};
        return makeError(ErrorCode::Tampered, problem);
    };

    const Status walked = AuditLog::forEachEntry(db, [&](const AuditEntry& e) -> Status {
        if (e.seq != expectedSeq)
            return fail(e.seq,
                        QCoreApplication::translate("daicho::AuditVerifier",
                                                    "Entry %1 is missing or out of order: the next entry found is %2.")
                            .arg(expectedSeq)
                            .arg(e.seq));
        if (e.prevHash != previousHash)
            return fail(e.seq, QCoreApplication::translate(
                                   "daicho::AuditVerifier",
                                   "Entry %1 does not follow entry %2: an entry was changed, removed or "
                                   "reordered.")
                                   .arg(e.seq)
                                   .arg(e.seq - 1));
        if (crypto::sha256(e.canonicalBytes()) != e.entryHash)
            return fail(e.seq, QCoreApplication::translate("daicho::AuditVerifier",
                                                           "Entry %1 has been altered after it was written.")
                                   .arg(e.seq));

        const bool registers = e.action == QLatin1String("key.register");
        if (e.seq == 1) {
            // The genesis entry registers the chief's key and is signed by that same key.
            if (!registers)
                return fail(1, QCoreApplication::translate("daicho::AuditVerifier",
                                                           "Entry 1 does not register the first signing key."));
            RegisteredKey genesis{
                QByteArray::fromHex(auditDetailValue(e.detail, QStringLiteral("public_key")).toLatin1()), e.userId,
                true, false};
            keys[e.keyId] = genesis;
        }
        auto signer = keys.find(e.keyId);
        if (signer == keys.end())
            return fail(e.seq,
                        QCoreApplication::translate("daicho::AuditVerifier",
                                                    "Entry %1 is signed with key %2, which was never registered.")
                            .arg(e.seq)
                            .arg(e.keyId));
        if (signer->second.revoked)
            return fail(e.seq, QCoreApplication::translate("daicho::AuditVerifier",
                                                           "Entry %1 is signed with key %2, which had been revoked.")
                                   .arg(e.seq)
                                   .arg(e.keyId));
        if (signer->second.userId != e.userId)
            return fail(e.seq, QCoreApplication::translate(
                                   "daicho::AuditVerifier",
                                   "Entry %1 names a different author than the owner of its signing key.")
                                   .arg(e.seq));
        if (!crypto::verifySignature(signer->second.publicKey, e.entryHash, e.signature))
            return fail(e.seq, QCoreApplication::translate(
                                   "daicho::AuditVerifier",
                                   "The signature of entry %1 is not valid: the entry was rewritten by someone "
                                   "without its author's key.")
                                   .arg(e.seq));

        const bool signerIsRegistrar = signer->second.registrar;
        const std::optional<std::int64_t> signerUser = signer->second.userId;
        const auto keyId = optionalId(auditDetailValue(e.detail, QStringLiteral("key")));
        auto refused = [&]() {
            return fail(e.seq, QCoreApplication::translate("daicho::AuditVerifier",
                                                           "Entry %1 changes something its author may not change.")
                                   .arg(e.seq));
        };
        if (registers && e.seq != 1) {
            if (!keyId || keys.count(*keyId))
                return fail(e.seq,
                            QCoreApplication::translate("daicho::AuditVerifier",
                                                        "Entry %1 registers a key number that is already in use.")
                                .arg(e.seq));
            const RegisteredKey registered{
                QByteArray::fromHex(auditDetailValue(e.detail, QStringLiteral("public_key")).toLatin1()),
                optionalId(auditDetailValue(e.detail, QStringLiteral("user"))),
                auditDetailValue(e.detail, QStringLiteral("registrar")) == QLatin1String("1"), false};
            // A registrar registers anyone's key; a person only a new key of their own, with
            // no more rights than the key that signs (a password change).
            const bool ownNewKey =
                signerUser && registered.userId == signerUser && (!registered.registrar || signerIsRegistrar);
            if (!signerIsRegistrar && !ownNewKey)
                return refused();
            keys[*keyId] = registered;
        } else if (e.action == QLatin1String("key.revoke") || e.action == QLatin1String("key.registrar")) {
            if (!keyId || !keys.count(*keyId))
                return fail(e.seq,
                            QCoreApplication::translate("daicho::AuditVerifier", "Entry %1 refers to an unknown key.")
                                .arg(e.seq));
            const bool ownKey = signerUser && keys[*keyId].userId == signerUser;
            if (e.action == QLatin1String("key.revoke")) {
                if (!signerIsRegistrar && !ownKey)
                    return refused();
                keys[*keyId].revoked = true;
            } else {
                if (!signerIsRegistrar)
                    return refused();
                keys[*keyId].registrar = auditDetailValue(e.detail, QStringLiteral("registrar")) == QLatin1String("1");
            }
        }
        // What people are, according to registrars only: compared with the users table at
        // the end, so a role raised outside Daicho shows even if its author signed for it.
        if (e.targetTable == QLatin1String("users") && signerIsRegistrar) {
            const QString role = auditDetailValue(e.detail, QStringLiteral("role"));
            if (!role.isEmpty())
                chainRoles[e.targetId] = role;
            if (e.action == QLatin1String("user.add"))
                chainLogins[e.targetId] = auditDetailValue(e.detail, QStringLiteral("login"));
            if (e.action == QLatin1String("user.remove"))
                chainRemoved.insert(e.targetId);
        }
        // A person who is not a registrar vouches only for their own rows: their own user
        // record, their own key slot, their own signing keys.
        if (!signerIsRegistrar && !e.targetTable.isEmpty()) {
            const QString me = signerUser ? QString::number(*signerUser) : QString();
            bool own = false;
            if (e.targetTable == QLatin1String("users"))
                own = e.targetId == me;
            else if (e.targetTable == QLatin1String("key_slots"))
                own = chainLogins.count(me) && chainLogins[me] == e.targetId;
            else if (e.targetTable == QLatin1String("signing_keys"))
                own = keys.count(e.targetId.toLongLong()) && keys[e.targetId.toLongLong()].userId == signerUser;
            else if (Schema::appendOnlyTables().contains(e.targetTable))
                own = true; // ledger writes: the permission is the store's; the row names its author
            if (!own)
                return refused();
        }
        if (e.action == QLatin1String("checkpoint"))
            checkpointHashes[e.seq] = e.entryHash;
        if (Schema::appendOnlyTables().contains(e.targetTable)) {
            const auto range = parseIdRange(e.targetId);
            const std::int64_t single = e.targetId.toLongLong();
            appendOnlyRows[e.targetTable].push_back(
                range ? RecordedRows{range->first, range->last, e.rowDigest, e.seq, true}
                      : RecordedRows{single, single, e.rowDigest, e.seq, false});
        } else if (!e.targetTable.isEmpty()) {
            latestDigest[{e.targetTable, e.targetId}] = {e.rowDigest, e.seq};
        }

        previousHash = e.entryHash;
        report.headSeq = e.seq;
        report.headHash = e.entryHash;
        ++report.entriesChecked;
        ++expectedSeq;
        return {};
    });
    if (!walked.ok() && !failure)
        return walked.error(); // the database could not be read

    auto finish = [&](std::int64_t seq, const QString& problem) {
        report.ok = false;
        report.firstBadSeq = seq;
        report.problem = problem;
        return report;
    };
    if (failure)
        return finish(failure->seq, failure->problem);
    if (report.entriesChecked == 0)
        return finish(
            0, QCoreApplication::translate("daicho::AuditVerifier", "The audit trail is empty: it has been erased."));

    for (const auto& [id, key] : keys)
        report.keyFingerprints << key.publicKey;

    // A missing checkpoint explains any row mismatch after it: report it first.
    for (const CheckpointCode& expected : checkpoints) {
        auto found = checkpointHashes.find(expected.seq);
        if (found == checkpointHashes.end())
            return finish(expected.seq, QCoreApplication::translate(
                                            "daicho::AuditVerifier",
                                            "Checkpoint %1 is not in the audit trail: the trail has been cut short "
                                            "or replaced by an older copy.")
                                            .arg(expected.seq));
        if (checkpointCodeForHash(found->second) != expected.code)
            return finish(expected.seq, QCoreApplication::translate(
                                            "daicho::AuditVerifier",
                                            "Checkpoint %1 does not match its printed code: the trail up to it has "
                                            "been rewritten.")
                                            .arg(expected.seq));
    }

    // Every audited row must be exactly what its latest entry recorded.
    for (const QString& table : Schema::auditedTables()) {
        std::set<QString> seen;
        auto pkName = Schema::primaryKeyColumn(db, table);
        if (!pkName)
            return pkName.error();
        auto rows = db.prepare(QStringLiteral("SELECT %1 FROM %2").arg(pkName.value(), table));
        if (!rows)
            return rows.error();
        while (true) {
            auto row = rows->step();
            if (!row)
                return row.error();
            if (!row.value())
                break;
            const QString id = rows->text(0);
            seen.insert(id);
            ++report.rowsChecked;
            auto latest = latestDigest.find({table, id});
            if (latest == latestDigest.end())
                return finish(0, QCoreApplication::translate(
                                     "daicho::AuditVerifier",
                                     "Row %1 of table %2 has no audit entry: it was added outside Daicho.")
                                     .arg(id, table));
            auto digest = rowDigest(db, table, id);
            if (!digest)
                return digest.error();
            if (digest.value() != latest->second.first)
                return finish(latest->second.second,
                              QCoreApplication::translate(
                                  "daicho::AuditVerifier",
                                  "Row %1 of table %2 differs from what entry %3 recorded: it was changed outside "
                                  "Daicho or put back from an older copy.")
                                  .arg(id, table)
                                  .arg(latest->second.second));
        }
        for (const auto& [row, recorded] : latestDigest) {
            if (row.first == table && !recorded.first.isNull() && !seen.count(row.second))
                return finish(recorded.second,
                              QCoreApplication::translate("daicho::AuditVerifier",
                                                          "Row %1 of table %2, recorded by entry %3, has been deleted "
                                                          "outside Daicho.")
                                  .arg(row.second, table)
                                  .arg(recorded.second));
        }
    }

    // The ledgers: every revision and decision as recorded, every list row as they give it.
    for (const QString& table : Schema::appendOnlyTables()) {
        auto found = checkAppendOnlyRows(db, table, appendOnlyRows[table], report.rowsChecked);
        if (!found)
            return found.error();
        if (found.value())
            return finish(found.value()->seq, found.value()->problem);
    }
    {
        auto found = checkLedgerProjection(db, report.rowsChecked);
        if (!found)
            return found.error();
        if (found.value())
            return finish(found.value()->seq, found.value()->problem);
    }

    // Roles and removals in the users table must be what registrars recorded.
    auto people = db.prepare(QStringLiteral("SELECT id, role, active FROM users"));
    if (!people)
        return people.error();
    while (true) {
        auto row = people->step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        const QString id = people->text(0);
        const bool active = people->integer(2) != 0;
        if (!chainRoles.count(id) || chainRoles[id] != people->text(1) || active == (chainRemoved.count(id) > 0))
            return finish(0, QCoreApplication::translate("daicho::AuditVerifier",
                                                         "The role or status of user %1 is not what the chief "
                                                         "officer recorded: it was changed outside Daicho.")
                                 .arg(id));
    }
    return report;
}

} // namespace daicho
