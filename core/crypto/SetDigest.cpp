#include "crypto/SetDigest.h"

#include "crypto/Crypto.h"

#include <QtEndian>

namespace daicho::crypto {

namespace {

constexpr std::uint64_t rotl(std::uint64_t x, int bits)
{
    return (x << bits) | (x >> (64 - bits));
}

struct SipState {
    std::uint64_t v0, v1, v2, v3;

    void round()
    {
        v0 += v1;
        v1 = rotl(v1, 13) ^ v0;
        v0 = rotl(v0, 32);
        v2 += v3;
        v3 = rotl(v3, 16) ^ v2;
        v0 += v3;
        v3 = rotl(v3, 21) ^ v0;
        v2 += v1;
        v1 = rotl(v1, 17) ^ v2;
        v2 = rotl(v2, 32);
    }
};

} // namespace

// Inline rather than through Botan's MAC object: the verifier hashes a few hundred pairs per
// ledger entry, and the object's buffering and key schedule per call would cost several times
// the hash itself. The tests compare it with the reference vectors.
std::uint64_t sipHash24(std::uint64_t k0, std::uint64_t k1, std::uint64_t first, std::uint64_t second)
{
    SipState s{k0 ^ 0x736f6d6570736575ULL, k1 ^ 0x646f72616e646f6dULL, k0 ^ 0x6c7967656e657261ULL,
               k1 ^ 0x7465646279746573ULL};
    // Two message words, then the last block: the length (16) in the top byte, no tail.
    for (const std::uint64_t m : {first, second, std::uint64_t{16} << 56}) {
        s.v3 ^= m;
        s.round();
        s.round();
        s.v0 ^= m;
    }
    s.v2 ^= 0xff;
    for (int i = 0; i < 4; ++i)
        s.round();
    return s.v0 ^ s.v1 ^ s.v2 ^ s.v3;
}

SetDigest::SetDigest()
{
    const QByteArray key = randomBytes(16);
    m_k0 = qFromLittleEndian<std::uint64_t>(key.constData());
    m_k1 = qFromLittleEndian<std::uint64_t>(key.constData() + 8);
}

SetDigest SetDigest::sameKey() const
{
    SetDigest other = *this;
    other.m_sum = 0;
    other.m_count = 0;
    return other;
}

void SetDigest::add(std::uint64_t first, std::uint64_t second)
{
    m_sum += sipHash24(m_k0, m_k1, first, second);
    ++m_count;
}

} // namespace daicho::crypto
