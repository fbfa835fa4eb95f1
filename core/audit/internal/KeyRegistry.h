#pragma once

#include "audit/AuditEntry.h"

#include <QByteArray>
#include <QList>

#include <cstdint>
#include <map>
#include <optional>
#include <utility>
#include <vector>

namespace daicho {

// One Ed25519 key as the audit trail registered it, with its history: who owns it, from
// which entry it signs, whether it may register others' keys (a registrar: the chief, the
// acting chief, the recovery key) at each point, and when it was revoked.
struct SigningKeyRecord {
    std::int64_t id = 0;
    QByteArray publicKey;
    std::optional<std::int64_t> userId; // none: the recovery key
    std::int64_t registeredAt = 0; // seq of its key.register entry
    std::int64_t revokedAt = 0; // seq of its key.revoke entry, 0 while valid
    std::vector<std::pair<std::int64_t, bool>> registrarFrom; // (seq, registrar) in seq order

    // Whether an entry at `seq` may be signed with it: after its registration (entry 1 is
    // signed by the key it registers) and up to the entry that revokes it (a password change
    // signs the revocation of its own old key).
    bool signsAt(std::int64_t seq) const;
    // Whether it was a registrar's key for an entry at `seq`.
    bool registrarAt(std::int64_t seq) const;
};

// The set of signing keys, rebuilt from the chain itself and never from the signing_keys
// table (which anyone who holds the database key can edit). Entries are admitted in seq
// order; a key.register, key.revoke or key.registrar entry counts only if its signer may
// do it (docs/audit-trail.md, "Whose keys count"). Whether the signer was a registrar is
// TrailAuthority's to say: a registrar's key whose owner the trail also records as chief or
// acting chief, not removed.
class KeyRegistry
{
public:
    // The problem with the entry's signature, or nothing when a key registered in the chain,
    // valid at the entry's seq and owned by the entry's author, signed it.
    std::optional<QString> checkSignature(const AuditEntry& entry) const;
    // Applies a key.* entry (whose signature was checked); other entries change nothing.
    // Returns the problem when its signer may not do what it does.
    std::optional<QString> admit(const AuditEntry& entry, bool signerIsRegistrar);

    const SigningKeyRecord* key(std::int64_t id) const;
    const SigningKeyRecord* keyWithPublicKey(const QByteArray& publicKey) const;
    // Whether the key that signed `entry` carried the registrar flag at that point.
    bool keyMayRegister(const AuditEntry& entry) const;
    QList<QByteArray> publicKeys() const; // in key id order, for the printed fingerprints
    // The highest key number registered; a new key takes the next one.
    std::int64_t highestId() const { return m_keys.empty() ? 0 : m_keys.rbegin()->first; }
    // The newest key registered for nobody (the recovery key in use).
    bool isCurrentRecoveryKey(std::int64_t id) const;
    static bool isKeyAction(const QString& action);
    // The keys of a person that the trail has not revoked.
    QList<std::int64_t> validKeysOf(std::int64_t userId) const;

private:
    std::map<std::int64_t, SigningKeyRecord> m_keys;
};

} // namespace daicho
