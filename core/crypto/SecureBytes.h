#pragma once

#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <vector>

namespace daicho {

// Overwrites memory in a way the optimiser may not remove.
void secureWipe(void* data, std::size_t size);

// Memory for secrets: taken from Botan's locked pool (mlock, so it never reaches swap or a
// core dump's pages on disk while the pool lasts; plain memory beyond it) and wiped before
// it is freed, so keys, passwords and decrypted key material never linger in freed heap
// memory (vector growth wipes the old block too).
void* allocateSecret(std::size_t bytes);
void freeSecret(void* data, std::size_t bytes) noexcept;

template <typename T>
struct WipingAllocator {
    using value_type = T;
    WipingAllocator() noexcept = default;
    template <typename U>
    WipingAllocator(const WipingAllocator<U>&) noexcept
    { }
    T* allocate(std::size_t n) { return static_cast<T*>(allocateSecret(n * sizeof(T))); }
    void deallocate(T* p, std::size_t n) noexcept { freeSecret(p, n * sizeof(T)); }
    template <typename U>
    bool operator==(const WipingAllocator<U>&) const noexcept
    {
        return true;
    }
};

// Secret bytes: keys, passwords as UTF-8, unwrapped slot payloads.
using SecureBytes = std::vector<std::uint8_t, WipingAllocator<std::uint8_t>>;

SecureBytes toSecure(const QByteArray& bytes);
QByteArray toByteArray(const SecureBytes& bytes); // only for non-secret use (tests, public keys)

// Takes a password typed by a person and returns its UTF-8 bytes in wiped memory, after
// wiping the QString's own buffer (QString copies made before the call are the caller's).
SecureBytes passwordBytes(QString& password);
// Overwrites a QString's characters when it alone holds them, then empties it.
void wipeString(QString& text);

} // namespace daicho
