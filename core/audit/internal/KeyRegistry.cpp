#include "audit/internal/KeyRegistry.h"

#include "audit/AuditLog.h"
#include "crypto/Crypto.h"

#include <QCoreApplication>

namespace daicho {

bool KeyRegistry::isKeyAction(const QString& action)
{
    return action == QLatin1String("key.register") || action == QLatin1String("key.revoke")
           || action == QLatin1String("key.registrar");
}

bool KeyRegistry::isCurrentRecoveryKey(std::int64_t id) const
{
    std::int64_t newest = 0;
    for (const auto& [keyId, record] : m_keys)
        if (!record.userId)
            newest = keyId;
    return id == newest;
}

bool SigningKeyRecord::signsAt(std::int64_t seq) const
{
    const bool registered = registeredAt < seq || (registeredAt == 1 && seq == 1);
    return registered && (revokedAt == 0 || seq <= revokedAt);
}

bool SigningKeyRecord::registrarAt(std::int64_t seq) const
{
    bool registrar = false;
    for (const auto& [from, value] : registrarFrom) {
        // A change made by entry s holds for the entries after s; the genesis key is a
        // registrar for the entry that registers it.
        if (from < seq || (from == 1 && seq == 1))
            registrar = value;
    }
    return registrar;
}

std::optional<QString> KeyRegistry::checkSignature(const AuditEntry& e) const
{
    const SigningKeyRecord* signer = key(e.keyId);
    if (!signer || !(signer->registeredAt < e.seq || (signer->registeredAt == 1 && e.seq == 1)))
        return QCoreApplication::translate("daicho::AuditVerifier",
                                           "Entry %1 is signed with key %2, which was never registered.")
            .arg(e.seq)
            .arg(e.keyId);
    if (!signer->signsAt(e.seq))
        return QCoreApplication::translate("daicho::AuditVerifier",
                                           "Entry %1 is signed with key %2, which had been revoked.")
            .arg(e.seq)
            .arg(e.keyId);
    if (signer->userId != e.userId)
        return QCoreApplication::translate("daicho::AuditVerifier",
                                           "Entry %1 names a different author than the owner of its signing key.")
            .arg(e.seq);
    if (!crypto::verifySignature(signer->publicKey, e.entryHash, e.signature))
        return QCoreApplication::translate(
                   "daicho::AuditVerifier",
                   "The signature of entry %1 is not valid: the entry was rewritten by someone without its "
                   "author's key.")
            .arg(e.seq);
    return std::nullopt;
}

std::optional<QString> KeyRegistry::admit(const AuditEntry& e, bool signerIsRegistrar)
{
    if (e.seq == 1 && e.action != QLatin1String("key.register"))
        return QCoreApplication::translate("daicho::AuditVerifier", "Entry 1 does not register the first signing key.");
    if (!isKeyAction(e.action))
        return std::nullopt;
    const auto keyId = auditIdOf(auditDetailValue(e.detail, QStringLiteral("key")));
    const bool registrarFlag = auditDetailValue(e.detail, QStringLiteral("registrar")) == QLatin1String("1");
    if (e.seq == 1) {
        // The genesis entry registers the chief's key and is signed by that same key.
        SigningKeyRecord genesis;
        genesis.id = e.keyId;
        genesis.publicKey = QByteArray::fromHex(auditDetailValue(e.detail, QStringLiteral("public_key")).toLatin1());
        genesis.userId = e.userId;
        genesis.registeredAt = 1;
        genesis.registrarFrom = {{1, true}};
        if (keyId != e.keyId)
            return QCoreApplication::translate("daicho::AuditVerifier",
                                               "Entry 1 does not register the first signing key.");
        m_keys[e.keyId] = genesis;
        return std::nullopt;
    }
    const SigningKeyRecord* signer = key(e.keyId);
    if (!signer)
        return QCoreApplication::translate("daicho::AuditVerifier",
                                           "Entry %1 is signed with key %2, which was never registered.")
            .arg(e.seq)
            .arg(e.keyId);
    const std::optional<std::int64_t> signerUser = signer->userId;
    const QString refused =
        QCoreApplication::translate("daicho::AuditVerifier", "Entry %1 changes something its author may not change.")
            .arg(e.seq);

    if (e.action == QLatin1String("key.register")) {
        if (!keyId || m_keys.count(*keyId))
            return QCoreApplication::translate("daicho::AuditVerifier",
                                               "Entry %1 registers a key number that is already in use.")
                .arg(e.seq);
        // Keys are numbered in the order they are registered: a number taken out of turn (a
        // huge one, say) would make the next honest registration collide or overflow.
        if (*keyId != highestId() + 1)
            return QCoreApplication::translate("daicho::AuditVerifier",
                                               "Entry %1 registers key number %2 out of turn (the next is %3).")
                .arg(e.seq)
                .arg(*keyId)
                .arg(highestId() + 1);
        SigningKeyRecord registered;
        registered.id = *keyId;
        registered.publicKey = QByteArray::fromHex(auditDetailValue(e.detail, QStringLiteral("public_key")).toLatin1());
        registered.userId = auditIdOf(auditDetailValue(e.detail, QStringLiteral("user")));
        registered.registeredAt = e.seq;
        registered.registrarFrom = {{e.seq, registrarFlag}};
        // A registrar registers anyone's key; a person only a new key of their own, with no
        // more rights than the key that signs (a password change).
        const bool ownNewKey = signerUser && registered.userId == signerUser && (!registrarFlag || signerIsRegistrar);
        if (!signerIsRegistrar && !ownNewKey)
            return refused;
        for (const auto& [id, other] : m_keys)
            if (other.publicKey == registered.publicKey)
                return QCoreApplication::translate("daicho::AuditVerifier",
                                                   "Entry %1 registers a key number that is already in use.")
                    .arg(e.seq);
        m_keys[*keyId] = registered;
        return std::nullopt;
    }
    if (!keyId || !m_keys.count(*keyId))
        return QCoreApplication::translate("daicho::AuditVerifier", "Entry %1 refers to an unknown key.").arg(e.seq);
    SigningKeyRecord& target = m_keys[*keyId];
    if (e.action == QLatin1String("key.revoke")) {
        const bool ownKey = signerUser && target.userId == signerUser;
        if (!signerIsRegistrar && !ownKey)
            return refused;
        if (target.revokedAt == 0)
            target.revokedAt = e.seq;
        return std::nullopt;
    }
    if (!signerIsRegistrar)
        return refused;
    target.registrarFrom.emplace_back(e.seq, registrarFlag);
    return std::nullopt;
}

const SigningKeyRecord* KeyRegistry::key(std::int64_t id) const
{
    auto found = m_keys.find(id);
    return found == m_keys.end() ? nullptr : &found->second;
}

const SigningKeyRecord* KeyRegistry::keyWithPublicKey(const QByteArray& publicKey) const
{
    for (const auto& [id, record] : m_keys)
        if (record.publicKey == publicKey)
            return &record;
    return nullptr;
}

bool KeyRegistry::keyMayRegister(const AuditEntry& entry) const
{
    const SigningKeyRecord* signer = key(entry.keyId);
    return signer && signer->registrarAt(entry.seq);
}

QList<std::int64_t> KeyRegistry::validKeysOf(std::int64_t userId) const
{
    QList<std::int64_t> ids;
    for (const auto& [id, record] : m_keys)
        if (record.userId == userId && record.revokedAt == 0)
            ids << id;
    return ids;
}

QList<QByteArray> KeyRegistry::publicKeys() const
{
    QList<QByteArray> keys;
    for (const auto& [id, record] : m_keys)
        keys << record.publicKey;
    return keys;
}

} // namespace daicho
