#include "crypto/Crypto.h"

#include <botan/aead.h>
#include <botan/curve25519.h>
#include <botan/ed25519.h>
#include <botan/hash.h>
#include <botan/hex.h>
#include <botan/hkdf.h>
#include <botan/mac.h>
#include <botan/pubkey.h>
#include <botan/system_rng.h>

#include <QCoreApplication>

namespace daicho::crypto {

namespace {

const std::uint8_t* bytes(const QByteArray& data)
{
    return reinterpret_cast<const std::uint8_t*>(data.constData());
}

QByteArray fromBotan(const std::uint8_t* data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
}

template <typename Vector>
QByteArray fromBotan(const Vector& v)
{
    return fromBotan(v.data(), v.size());
}

Botan::RandomNumberGenerator& rng()
{
    return Botan::system_rng();
}

} // namespace

SecureBytes randomSecret(std::size_t size)
{
    SecureBytes out(size);
    rng().randomize(out.data(), out.size());
    return out;
}

QByteArray randomBytes(std::size_t size)
{
    QByteArray out(static_cast<qsizetype>(size), '\0');
    rng().randomize(reinterpret_cast<std::uint8_t*>(out.data()), size);
    return out;
}

QByteArray sha256(const QByteArray& data)
{
    // One object per thread, reset by final(): an import and the verifier hash a row at a
    // time, and looking the algorithm up by name each time cost more than hashing the row.
    thread_local const std::unique_ptr<Botan::HashFunction> hash = Botan::HashFunction::create_or_throw("SHA-256");
    hash->update(bytes(data), static_cast<std::size_t>(data.size()));
    QByteArray digest(static_cast<qsizetype>(hash->output_length()), Qt::Uninitialized);
    hash->final(reinterpret_cast<std::uint8_t*>(digest.data())); // a digest is no secret: no secure_vector
    return digest;
}

struct Sha256Stream::State {
    std::unique_ptr<Botan::HashFunction> hash = Botan::HashFunction::create_or_throw("SHA-256");
};

Sha256Stream::Sha256Stream()
    : m_state(std::make_unique<State>())
{ }
Sha256Stream::~Sha256Stream() = default;
Sha256Stream::Sha256Stream(Sha256Stream&&) noexcept = default;
Sha256Stream& Sha256Stream::operator=(Sha256Stream&&) noexcept = default;

void Sha256Stream::update(const QByteArray& data)
{
    m_state->hash->update(bytes(data), static_cast<std::size_t>(data.size()));
}

QByteArray Sha256Stream::finish()
{
    return fromBotan(m_state->hash->final());
}

QByteArray hmacSha256(const SecureBytes& key, const QByteArray& data)
{
    auto mac = Botan::MessageAuthenticationCode::create_or_throw("HMAC(SHA-256)");
    mac->set_key(key.data(), key.size());
    mac->update(bytes(data), static_cast<std::size_t>(data.size()));
    return fromBotan(mac->final());
}

SecureBytes hkdfSha256(const SecureBytes& secret, const QByteArray& salt, const QByteArray& info, std::size_t length)
{
    auto kdf = Botan::KDF::create_or_throw("HKDF(SHA-256)");
    Botan::secure_vector<std::uint8_t> out =
        kdf->derive_key(length, secret.data(), secret.size(), bytes(salt), static_cast<std::size_t>(salt.size()),
                        bytes(info), static_cast<std::size_t>(info.size()));
    return SecureBytes(out.begin(), out.end());
}

QByteArray seal(const SecureBytes& key, const QByteArray& nonce, const SecureBytes& plaintext,
                const QByteArray& associatedData)
{
    auto cipher = Botan::AEAD_Mode::create_or_throw("AES-256/GCM", Botan::ENCRYPTION);
    cipher->set_key(key.data(), key.size());
    cipher->set_associated_data(bytes(associatedData), static_cast<std::size_t>(associatedData.size()));
    cipher->start(bytes(nonce), static_cast<std::size_t>(nonce.size()));
    Botan::secure_vector<std::uint8_t> buffer(plaintext.begin(), plaintext.end());
    cipher->finish(buffer);
    return fromBotan(buffer);
}

Result<SecureBytes> open(const SecureBytes& key, const QByteArray& nonce, const QByteArray& ciphertext,
                         const QByteArray& associatedData)
{
    if (key.size() != kKeyBytes || nonce.size() != kNonceBytes || ciphertext.size() < kTagBytes)
        return makeError(ErrorCode::AuthFailed, QCoreApplication::translate("daicho::crypto", "Decryption failed."),
                         QStringLiteral("bad sizes"));
    auto cipher = Botan::AEAD_Mode::create_or_throw("AES-256/GCM", Botan::DECRYPTION);
    cipher->set_key(key.data(), key.size());
    cipher->set_associated_data(bytes(associatedData), static_cast<std::size_t>(associatedData.size()));
    cipher->start(bytes(nonce), static_cast<std::size_t>(nonce.size()));
    Botan::secure_vector<std::uint8_t> buffer(ciphertext.begin(), ciphertext.end());
    try {
        cipher->finish(buffer);
    } catch (const Botan::Invalid_Authentication_Tag&) {
        return makeError(ErrorCode::AuthFailed, QCoreApplication::translate("daicho::crypto", "Decryption failed."),
                         QStringLiteral("tag mismatch"));
    }
    return SecureBytes(buffer.begin(), buffer.end());
}

AgreementKeyPair generateAgreementKey()
{
    SecureBytes priv = randomSecret(32);
    QByteArray pub = agreementPublicKey(priv);
    return {std::move(priv), pub};
}

QByteArray agreementPublicKey(const SecureBytes& privateKey)
{
    Botan::Curve25519_PrivateKey key(Botan::secure_vector<std::uint8_t>(privateKey.begin(), privateKey.end()));
    return fromBotan(key.public_value());
}

Result<SecureBytes> agree(const SecureBytes& privateKey, const QByteArray& peerPublicKey)
{
    if (privateKey.size() != 32 || peerPublicKey.size() != kPublicKeyBytes)
        return makeError(ErrorCode::Tampered,
                         QCoreApplication::translate("daicho::crypto", "A key has the wrong size."));
    Botan::Curve25519_PrivateKey key(Botan::secure_vector<std::uint8_t>(privateKey.begin(), privateKey.end()));
    Botan::secure_vector<std::uint8_t> shared = key.agree(bytes(peerPublicKey), 32);
    // An all-zero result means a low-order point was planted as the peer key.
    bool allZero = true;
    for (auto b : shared)
        allZero = allZero && b == 0;
    if (allZero)
        return makeError(ErrorCode::Tampered,
                         QCoreApplication::translate("daicho::crypto", "A public key is invalid."));
    return SecureBytes(shared.begin(), shared.end());
}

SigningKeyPair generateSigningKey()
{
    SecureBytes seed = randomSecret(32);
    QByteArray pub = signingPublicKey(seed);
    return {std::move(seed), pub};
}

namespace {

Botan::Ed25519_PrivateKey ed25519FromSeed(const SecureBytes& seed)
{
    // A 32-byte secret is taken as the RFC 8032 seed.
    return Botan::Ed25519_PrivateKey(Botan::secure_vector<std::uint8_t>(seed.begin(), seed.end()));
}

} // namespace

QByteArray signingPublicKey(const SecureBytes& seed)
{
    return fromBotan(ed25519FromSeed(seed).get_public_key());
}

QByteArray sign(const SecureBytes& seed, const QByteArray& message)
{
    const Botan::Ed25519_PrivateKey key = ed25519FromSeed(seed);
    Botan::PK_Signer signer(key, rng(), "Pure");
    return fromBotan(signer.sign_message(bytes(message), static_cast<std::size_t>(message.size()), rng()));
}

bool verifySignature(const QByteArray& publicKey, const QByteArray& message, const QByteArray& signature)
{
    if (publicKey.size() != kPublicKeyBytes || signature.size() != kSignatureBytes)
        return false;
    const Botan::Ed25519_PublicKey key(bytes(publicKey), static_cast<std::size_t>(publicKey.size()));
    Botan::PK_Verifier verifier(key, "Pure");
    return verifier.verify_message(bytes(message), static_cast<std::size_t>(message.size()), bytes(signature),
                                   static_cast<std::size_t>(signature.size()));
}

namespace {

QByteArray hex(const char* text)
{
    return QByteArray::fromHex(QByteArray(text));
}

Status failed(const char* what)
{
    return makeError(ErrorCode::Internal,
                     QCoreApplication::translate("daicho::crypto",
                                                 "The cryptographic self-test failed. Daicho cannot run safely on "
                                                 "this machine; reinstall the libbotan-2 package."),
                     QString::fromLatin1(what));
}

} // namespace

Status selfTest()
{
    try {
        if (sha256(QByteArrayLiteral("abc")) != hex("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"))
            return failed("sha256");
        // RFC 8032 section 7.1, test 1.
        SecureBytes seed = toSecure(hex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60"));
        const QByteArray pub = hex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a");
        const QByteArray sig =
            hex("e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e3970"
                "1cf9b46bd25bf5f0595bbe24655141438e7a100b");
        if (signingPublicKey(seed) != pub || sign(seed, {}) != sig || !verifySignature(pub, {}, sig)
            || verifySignature(pub, QByteArrayLiteral("x"), sig))
            return failed("ed25519");
        // RFC 7748 section 6.1.
        SecureBytes alice = toSecure(hex("77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a"));
        const QByteArray bobPub = hex("de9edb7d7b7dc1b4d35b61c2ece435373f8343c85b78674dadfc7e146f882b4f");
        auto shared = agree(alice, bobPub);
        if (agreementPublicKey(alice) != hex("8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a")
            || !shared
            || toByteArray(shared.value()) != hex("4a5d9d5ba4ce2de1728e3bf480350f25e07e21c947d19e3376f09b3c1e161742"))
            return failed("x25519");
        // NIST GCM test case 13: zero key, zero IV, empty plaintext.
        SecureBytes zeroKey(32, 0);
        const QByteArray zeroNonce(12, '\0');
        if (seal(zeroKey, zeroNonce, {}, {}) != hex("530f8afbc74536b9a963b4f1c4cb738b"))
            return failed("aes-gcm");
        SecureBytes secret = toSecure(QByteArrayLiteral("daicho"));
        QByteArray boxed = seal(zeroKey, zeroNonce, secret, QByteArrayLiteral("ad"));
        if (!open(zeroKey, zeroNonce, boxed, QByteArrayLiteral("ad"))
            || open(zeroKey, zeroNonce, boxed, QByteArrayLiteral("other")))
            return failed("aes-gcm-open");
    } catch (const std::exception& e) {
        return failed(e.what());
    }
    return {};
}

} // namespace daicho::crypto
