#include "store/KeySlot.h"

#include "common/ByteCodec.h"
#include "crypto/Crypto.h"

#include <QCoreApplication>

namespace daicho {

namespace {

constexpr int kSaltBytes = 16;

QByteArray privateAad(const KeySlot& slot, const QByteArray& fileHeader)
{
    return QByteArrayLiteral("daicho-slot-private-v1") + fileHeader + slot.headerBytes();
}

QByteArray envelopeAad(const KeySlot& slot, const QByteArray& fileHeader, const QByteArray& ephemeral)
{
    return QByteArrayLiteral("daicho-slot-envelope-v1") + fileHeader + slot.headerBytes() + ephemeral;
}

SecureBytes envelopeKey(const SecureBytes& shared, const QByteArray& ephemeral, const QByteArray& recipient)
{
    return crypto::hkdfSha256(shared, ephemeral + recipient, QByteArrayLiteral("daicho envelope key"), 32);
}

// Fails (Tampered) when the slot's public key is not a usable X25519 key: a planted slot
// with an empty or low-order key is refused here, never thrown about.
Status sealEnvelope(KeySlot& slot, const SecureBytes& databaseKey, const QByteArray& fileHeader)
{
    const crypto::AgreementKeyPair ephemeral = crypto::generateAgreementKey();
    auto shared = crypto::agree(ephemeral.privateKey, slot.agreementPublicKey);
    if (!shared)
        return shared.error();
    const SecureBytes kek = envelopeKey(shared.value(), ephemeral.publicKey, slot.agreementPublicKey);
    slot.envelopeEphemeralKey = ephemeral.publicKey;
    slot.envelopeNonce = crypto::randomBytes(crypto::kNonceBytes);
    slot.envelopeSealed =
        crypto::seal(kek, slot.envelopeNonce, databaseKey, envelopeAad(slot, fileHeader, ephemeral.publicKey));
    return {};
}

void sealPrivate(KeySlot& slot, const UnlockedSlot& keys, const SecureBytes& secret, const QByteArray& fileHeader)
{
    auto kek = deriveKey(secret, slot.salt, slot.kdf);
    SecureBytes payload = keys.agreementKey;
    payload.insert(payload.end(), keys.signingSeed.begin(), keys.signingSeed.end());
    slot.privateNonce = crypto::randomBytes(crypto::kNonceBytes);
    slot.privateSealed = crypto::seal(kek.value(), slot.privateNonce, payload, privateAad(slot, fileHeader));
}

} // namespace

QByteArray KeySlot::headerBytes() const
{
    ByteWriter w;
    w.u8(static_cast<std::uint8_t>(kind));
    w.text(id);
    w.u32(kdf.memoryKiB);
    w.u32(kdf.passes);
    w.u32(kdf.lanes);
    w.lengthPrefixed(salt);
    w.lengthPrefixed(agreementPublicKey);
    w.lengthPrefixed(signingPublicKey);
    return w.bytes();
}

QByteArray KeySlot::serialize() const
{
    ByteWriter w;
    w.raw(headerBytes());
    w.lengthPrefixed(privateNonce);
    w.lengthPrefixed(privateSealed);
    w.lengthPrefixed(envelopeEphemeralKey);
    w.lengthPrefixed(envelopeNonce);
    w.lengthPrefixed(envelopeSealed);
    return w.bytes();
}

QByteArray KeySlot::fingerprint() const
{
    return crypto::sha256(QByteArrayLiteral("daicho-slot-fingerprint-v1") + serialize());
}

NewSlot makeSlot(KeySlot::Kind kind, const QString& id, const SecureBytes& secret, const KdfParams& kdf,
                 const SecureBytes& databaseKey, const QByteArray& fileHeader)
{
    NewSlot made;
    crypto::AgreementKeyPair agreement = crypto::generateAgreementKey();
    crypto::SigningKeyPair signing = crypto::generateSigningKey();
    made.slot.kind = kind;
    made.slot.id = id;
    made.slot.kdf = kdf;
    made.slot.salt = crypto::randomBytes(kSaltBytes);
    made.slot.agreementPublicKey = agreement.publicKey;
    made.slot.signingPublicKey = signing.publicKey;
    made.keys.agreementKey = std::move(agreement.privateKey);
    made.keys.signingSeed = std::move(signing.seed);
    sealPrivate(made.slot, made.keys, secret, fileHeader);
    // The slot's own freshly made public key is never low-order: this cannot fail.
    (void)sealEnvelope(made.slot, databaseKey, fileHeader);
    return made;
}

Result<UnlockedSlot> unlockSlot(const KeySlot& slot, const SecureBytes& secret, const QByteArray& fileHeader)
{
    auto kek = deriveKey(secret, slot.salt, slot.kdf);
    if (!kek)
        return kek.error();
    auto payload = crypto::open(kek.value(), slot.privateNonce, slot.privateSealed, privateAad(slot, fileHeader));
    if (!payload)
        return payload.error();
    if (payload->size() != 64)
        return makeError(ErrorCode::Tampered,
                         QCoreApplication::translate("daicho::KeySlot", "A key slot holds data of the wrong size."));
    UnlockedSlot keys;
    keys.agreementKey.assign(payload->begin(), payload->begin() + 32);
    keys.signingSeed.assign(payload->begin() + 32, payload->end());
    // The public keys in the header must belong to the private keys inside.
    if (crypto::agreementPublicKey(keys.agreementKey) != slot.agreementPublicKey
        || crypto::signingPublicKey(keys.signingSeed) != slot.signingPublicKey)
        return makeError(
            ErrorCode::Tampered,
            QCoreApplication::translate("daicho::KeySlot", "A key slot's public keys do not match its private keys."));
    return keys;
}

Result<SecureBytes> openEnvelope(const KeySlot& slot, const SecureBytes& agreementKey, const QByteArray& fileHeader)
{
    auto shared = crypto::agree(agreementKey, slot.envelopeEphemeralKey);
    if (!shared)
        return shared.error();
    const SecureBytes kek = envelopeKey(shared.value(), slot.envelopeEphemeralKey, slot.agreementPublicKey);
    auto key = crypto::open(kek, slot.envelopeNonce, slot.envelopeSealed,
                            envelopeAad(slot, fileHeader, slot.envelopeEphemeralKey));
    if (!key || key->size() != 32)
        return makeError(ErrorCode::Tampered,
                         QCoreApplication::translate("daicho::KeySlot",
                                                     "The key file has been altered: a slot's database key cannot "
                                                     "be opened. Restore the key file from a backup."));
    return key;
}

Result<KeySlot> rewrapEnvelope(const KeySlot& slot, const SecureBytes& newDatabaseKey, const QByteArray& fileHeader)
{
    KeySlot next = slot;
    DAICHO_TRY(sealEnvelope(next, newDatabaseKey, fileHeader));
    return next;
}

} // namespace daicho
