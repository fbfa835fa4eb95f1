#include "crypto/SecureBytes.h"

#include <botan/mem_ops.h>

#include <QString>

namespace daicho {

void secureWipe(void* data, std::size_t size)
{
    if (data && size)
        Botan::secure_scrub_memory(data, size);
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
    if (!password.isEmpty()) {
        password.detach();
        secureWipe(password.data(), static_cast<std::size_t>(password.size()) * sizeof(QChar));
    }
    password.clear();
    return result;
}

} // namespace daicho
