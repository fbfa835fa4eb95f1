#pragma once

#include <cstdint>

namespace daicho::crypto {

// A digest of a collection of pairs of 64-bit numbers that does not depend on the order they
// come in: the SipHash-2-4 of each pair under a key drawn at random for one comparison, added
// up modulo 2^64 (a multiset hash). Two collections summed under the same fresh key agree
// only if they are equal, but for a chance of about 2^-64; and whoever writes to the file
// cannot choose pairs whose sums cancel out, because the key is never stored or shown. For
// checking large derived data (the search index) against what it is derived from, streaming
// both instead of holding either in memory.
class SetDigest
{
public:
    SetDigest(); // a fresh random key, sum zero
    // Another sum from zero under the same key: the other side of the comparison.
    SetDigest sameKey() const;

    void add(std::uint64_t first, std::uint64_t second);
    std::uint64_t count() const { return m_count; }
    bool operator==(const SetDigest& other) const { return m_sum == other.m_sum && m_count == other.m_count; }

private:
    std::uint64_t m_k0 = 0;
    std::uint64_t m_k1 = 0;
    std::uint64_t m_sum = 0;
    std::uint64_t m_count = 0;
};

// SipHash-2-4 of the 16 bytes `first`, `second` (each little-endian) under the key k0, k1 (the
// key's two halves, little-endian): as the reference and Botan's "SipHash(2,4)" compute it.
std::uint64_t sipHash24(std::uint64_t k0, std::uint64_t k1, std::uint64_t first, std::uint64_t second);

} // namespace daicho::crypto
