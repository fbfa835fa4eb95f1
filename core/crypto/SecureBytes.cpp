#include "crypto/SecureBytes.h"

#include <botan/mem_ops.h>

#include <QString>

namespace daicho {

void secureWipe(void* data, std::size_t size)
{
    if (data && size)
        Botan::secure_scrub_memory(data, size);
}

void* allocateSecret(std::size_t bytes)
{
    return Botan::allocate_memory(bytes, 1);
}

void freeSecret(void* data, std::size_t bytes) noexcept
{
    if (data)
        Botan::deallocate_memory(data, bytes, 1); // zeroes it first
}

void wipeString(QString& text)
{
    // A shared buffer is another string's too: wiping it would change that one. Only the
    // last holder wipes (data_ptr().needsDetach() tells whether it is shared).
    if (!text.isEmpty() && !text.data_ptr().needsDetach())
        secureWipe(text.data_ptr().data(), static_cast<std::size_t>(text.size()) * sizeof(QChar));
    text.clear();
}

SecureBytes toSecure(const QByteArray& bytes)
{
    return SecureBytes(bytes.begin(), bytes.end());
}

QByteArray toByteArray(const SecureBytes& bytes)
{
    return QByteArray(reinterpret_cast<const char*>(bytes.data()), static_cast<qsizetype>(bytes.size()));
}

SecureBytes passwordBytes(QString& password)
{
    QByteArray utf8 = password.toUtf8();
    SecureBytes result(utf8.begin(), utf8.end());
    secureWipe(utf8.data(), static_cast<std::size_t>(utf8.size()));
    wipeString(password);
    return result;
}

} // namespace daicho
