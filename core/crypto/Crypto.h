#pragma once

#include "common/Result.h"
#include "crypto/SecureBytes.h"

#include <QByteArray>

#include <memory>

namespace daicho::crypto {

// The narrow door to Botan: nothing outside core/crypto includes a Botan header.

constexpr int kKeyBytes = 32;
constexpr int kNonceBytes = 12;
constexpr int kTagBytes = 16;
constexpr int kSignatureBytes = 64;
constexpr int kPublicKeyBytes = 32;

SecureBytes randomSecret(std::size_t size);
QByteArray randomBytes(std::size_t size); // salts, nonces, identifiers

QByteArray sha256(const QByteArray& data);

// SHA-256 over data given in pieces (a range of a million row digests need not be held).
class Sha256Stream
{
public:
    Sha256Stream();
    ~Sha256Stream();
    Sha256Stream(Sha256Stream&&) noexcept;
    Sha256Stream& operator=(Sha256Stream&&) noexcept;
    void update(const QByteArray& data);
    QByteArray finish(); // the stream starts over afterwards

private:
    struct State;
    std::unique_ptr<State> m_state;
};
QByteArray hmacSha256(const SecureBytes& key, const QByteArray& data);
SecureBytes hkdfSha256(const SecureBytes& secret, const QByteArray& salt, const QByteArray& info, std::size_t length);

// AES-256-GCM with a 96-bit nonce and 128-bit tag appended to the ciphertext.
QByteArray seal(const SecureBytes& key, const QByteArray& nonce, const SecureBytes& plaintext,
                const QByteArray& associatedData);
// Fails (without saying why) when the key, nonce, data or tag do not match.
Result<SecureBytes> open(const SecureBytes& key, const QByteArray& nonce, const QByteArray& ciphertext,
                         const QByteArray& associatedData);

// X25519 key agreement: lets the database key be re-wrapped to every slot's public key
// during a key rotation without knowing anyone's password.
struct AgreementKeyPair {
    SecureBytes privateKey; // 32 bytes
    QByteArray publicKey; // 32 bytes
};
AgreementKeyPair generateAgreementKey();
QByteArray agreementPublicKey(const SecureBytes& privateKey);
Result<SecureBytes> agree(const SecureBytes& privateKey, const QByteArray& peerPublicKey);

// Ed25519: the private key is its 32-byte seed.
struct SigningKeyPair {
    SecureBytes seed;
    QByteArray publicKey;
};
SigningKeyPair generateSigningKey();
QByteArray signingPublicKey(const SecureBytes& seed);
QByteArray sign(const SecureBytes& seed, const QByteArray& message);
bool verifySignature(const QByteArray& publicKey, const QByteArray& message, const QByteArray& signature);

// Known-answer tests of every primitive; the application refuses to start when it fails.
Status selfTest();

} // namespace daicho::crypto
