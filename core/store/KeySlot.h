#pragma once

#include "common/Result.h"
#include "crypto/Kdf.h"
#include "crypto/SecureBytes.h"

#include <QByteArray>
#include <QString>

namespace daicho {

// One key slot (format: docs/key-slot-format.md).
//
// A slot has two sealed parts:
//  - the private part (X25519 agreement key + Ed25519 signing seed), sealed with AES-256-GCM
//    under a key derived by Argon2id from the person's password;
//  - the envelope: the database key, sealed under a key agreed between a throw-away X25519
//    key and the slot's public agreement key. The database key can therefore be re-wrapped
//    for every slot during a key rotation without anyone's password, while only the
//    password opens the private part.
// The associated data of both seals binds the file header (format version, database ID)
// and the slot's own header (kind, ID, KDF parameters, salt, public keys).
struct KeySlot {
    enum class Kind : quint8 { User = 1, Recovery = 2 };

    Kind kind = Kind::User;
    QString id; // the user's sign-in ID, or "#recovery"
    KdfParams kdf;
    QByteArray salt; // 16 bytes
    QByteArray agreementPublicKey;
    QByteArray signingPublicKey;
    QByteArray privateNonce;
    QByteArray privateSealed; // 64 bytes + tag
    QByteArray envelopeEphemeralKey;
    QByteArray envelopeNonce;
    QByteArray envelopeSealed; // 32 bytes + tag

    static QString recoveryId() { return QStringLiteral("#recovery"); }

    QByteArray headerBytes() const; // everything but the sealed parts
    QByteArray serialize() const;
    QByteArray fingerprint() const; // SHA-256 of serialize(); recorded in the database
};

struct UnlockedSlot {
    SecureBytes agreementKey;
    SecureBytes signingSeed;
};

// Creates a slot with fresh keys for `secret` (a password or the recovery key).
struct NewSlot {
    KeySlot slot;
    UnlockedSlot keys;
};
NewSlot makeSlot(KeySlot::Kind kind, const QString& id, const SecureBytes& secret, const KdfParams& kdf,
                 const SecureBytes& databaseKey, const QByteArray& fileHeader);

// Opens the private part. Fails with AuthFailed on a wrong secret, Tampered on bounds.
Result<UnlockedSlot> unlockSlot(const KeySlot& slot, const SecureBytes& secret, const QByteArray& fileHeader);
// Opens the envelope with the slot's agreement key.
Result<SecureBytes> openEnvelope(const KeySlot& slot, const SecureBytes& agreementKey, const QByteArray& fileHeader);

// The same slot with its envelope holding `newDatabaseKey` (key rotation). Fails when the
// slot's public key is unusable.
Result<KeySlot> rewrapEnvelope(const KeySlot& slot, const SecureBytes& newDatabaseKey, const QByteArray& fileHeader);

} // namespace daicho
