#include "crypto/Crypto.h"
#include "crypto/Kdf.h"
#include "store/KeySlot.h"

#include <catch2/catch.hpp>

using namespace daicho;

TEST_CASE("the cryptographic self-test passes on this machine", "[core][crypto]")
{
    const Status status = crypto::selfTest();
    INFO((status.ok() ? std::string() : status.error().detail.toStdString()));
    CHECK(status.ok());
}

TEST_CASE("sealed data opens only with the same key, nonce and associated data", "[core][crypto]")
{
    const SecureBytes key = crypto::randomSecret(32);
    const QByteArray nonce = crypto::randomBytes(12);
    const SecureBytes secret = toSecure(QByteArrayLiteral("database key"));
    const QByteArray sealed = crypto::seal(key, nonce, secret, QByteArrayLiteral("header"));
    auto opened = crypto::open(key, nonce, sealed, QByteArrayLiteral("header"));
    REQUIRE(opened.ok());
    CHECK(opened.value() == secret);
    CHECK_FALSE(crypto::open(crypto::randomSecret(32), nonce, sealed, QByteArrayLiteral("header")).ok());
    CHECK_FALSE(crypto::open(key, nonce, sealed, QByteArrayLiteral("other header")).ok());
    QByteArray flipped = sealed;
    flipped[0] = static_cast<char>(flipped[0] ^ 1);
    CHECK_FALSE(crypto::open(key, nonce, flipped, QByteArrayLiteral("header")).ok());
}

TEST_CASE("Argon2id parameters outside the bounds are refused before the KDF runs", "[core][crypto]")
{
    const SecureBytes password = toSecure(QByteArrayLiteral("password"));
    const QByteArray salt(16, 'x');
    const KdfLimits& limits = kdfLimits();
    CHECK(deriveKey(password, salt, limits.minimum).ok());
    KdfParams tooCheap = limits.minimum;
    tooCheap.memoryKiB -= 1;
    CHECK(deriveKey(password, salt, tooCheap).error().code == ErrorCode::Tampered);
    KdfParams tooMuch = limits.maximum;
    tooMuch.memoryKiB += 1;
    CHECK(deriveKey(password, salt, tooMuch).error().code == ErrorCode::Tampered);
    KdfParams tooManyPasses = limits.minimum;
    tooManyPasses.passes = limits.maximum.passes + 1;
    CHECK(deriveKey(password, salt, tooManyPasses).error().code == ErrorCode::Tampered);
}

TEST_CASE("Argon2id is deterministic for the same password, salt and parameters", "[core][crypto]")
{
    const SecureBytes password = toSecure(QByteArrayLiteral("パスワード"));
    const QByteArray salt(16, 's');
    auto a = deriveKey(password, salt, kdfLimits().minimum);
    auto b = deriveKey(password, salt, kdfLimits().minimum);
    auto c = deriveKey(toSecure(QByteArrayLiteral("other")), salt, kdfLimits().minimum);
    REQUIRE(a.ok());
    REQUIRE(b.ok());
    REQUIRE(c.ok());
    CHECK(a.value() == b.value());
    CHECK(a.value() != c.value());
}

TEST_CASE("a key slot opens with its password and yields the database key", "[core][crypto][keys]")
{
    const SecureBytes dbKey = crypto::randomSecret(32);
    const QByteArray header = QByteArrayLiteral("file header");
    const SecureBytes password = toSecure(QByteArrayLiteral("a long enough password"));
    NewSlot made = makeSlot(KeySlot::Kind::User, QStringLiteral("taro"), password, kdfLimits().minimum, dbKey, header);
    auto unlocked = unlockSlot(made.slot, password, header);
    REQUIRE(unlocked.ok());
    auto key = openEnvelope(made.slot, unlocked->agreementKey, header);
    REQUIRE(key.ok());
    CHECK(key.value() == dbKey);

    SECTION("a wrong password fails as an authentication failure")
    {
        CHECK(unlockSlot(made.slot, toSecure(QByteArrayLiteral("wrong")), header).error().code
              == ErrorCode::AuthFailed);
    }
    SECTION("a slot moved to another file (other header) does not open")
    {
        CHECK_FALSE(unlockSlot(made.slot, password, QByteArrayLiteral("other file")).ok());
    }
    SECTION("a changed ID in the slot header breaks it")
    {
        KeySlot renamed = made.slot;
        renamed.id = QStringLiteral("jiro");
        CHECK_FALSE(unlockSlot(renamed, password, header).ok());
    }
    SECTION("re-wrapping the envelope for a new key needs no password")
    {
        const SecureBytes newKey = crypto::randomSecret(32);
        const KeySlot rewrapped = rewrapEnvelope(made.slot, newKey, header).value();
        auto again = openEnvelope(rewrapped, unlocked->agreementKey, header);
        REQUIRE(again.ok());
        CHECK(again.value() == newKey);
        CHECK(rewrapped.fingerprint() != made.slot.fingerprint());
    }
}
