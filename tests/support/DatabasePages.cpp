#include "support/DatabasePages.h"

#include <QFile>

#include <botan/cipher_mode.h>

namespace daicho::test {

namespace {

constexpr int kPageSize = 4096;
constexpr int kReserve = 48; // IV 16 + HMAC-SHA1 20, rounded up to the AES block
constexpr int kSaltSize = 16;
constexpr int kWalHeader = 32;
constexpr int kFrameHeader = 24;

quint32 bigEndian32(const char* p)
{
    const auto* u = reinterpret_cast<const unsigned char*>(p);
    return (quint32(u[0]) << 24) | (quint32(u[1]) << 16) | (quint32(u[2]) << 8) | quint32(u[3]);
}

QByteArray readAll(const QString& path, bool* exists)
{
    QFile file(path);
    *exists = file.open(QIODevice::ReadOnly);
    return *exists ? file.readAll() : QByteArray();
}

// One page as stored: the IV sits at the start of the reserve; what comes before it (after
// the salt on page 1) is the ciphertext.
QByteArray decryptPage(const char* stored, bool firstPage, const SecureBytes& key)
{
    const int begin = firstPage ? kSaltSize : 0;
    const int end = kPageSize - kReserve;
    auto cipher = Botan::Cipher_Mode::create_or_throw("AES-256/CBC/NoPadding", Botan::DECRYPTION);
    cipher->set_key(key.data(), key.size());
    cipher->start(reinterpret_cast<const std::uint8_t*>(stored + end), 16);
    Botan::secure_vector<std::uint8_t> data(stored + begin, stored + end);
    cipher->finish(data);
    QByteArray page(stored, kPageSize);
    std::copy(data.begin(), data.end(), page.begin() + begin);
    return page;
}

bool isBtreePage(const QByteArray& page, bool firstPage)
{
    const auto type = static_cast<unsigned char>(page.at(firstPage ? 100 : 0));
    return type == 2 || type == 5 || type == 10 || type == 13;
}

} // namespace

DecryptedFiles decryptDatabaseFiles(const QString& databasePath, const SecureBytes& key)
{
    DecryptedFiles out;
    bool exists = false;
    const QByteArray file = readAll(databasePath, &exists);
    if (file.size() % kPageSize != 0)
        out.problem += QStringLiteral("the file is %1 bytes, no whole number of pages; ").arg(file.size());
    for (qsizetype offset = 0; offset + kPageSize <= file.size(); offset += kPageSize) {
        const int number = static_cast<int>(offset / kPageSize) + 1;
        QByteArray page = decryptPage(file.constData() + offset, number == 1, key);
        if (number == 1) {
            // Page size (big-endian 4096), write and read versions, reserve, payload fractions.
            const auto at = [&](int i) { return static_cast<unsigned char>(page.at(i)); };
            out.headerReadable = at(16) == 0x10 && at(17) == 0x00 && at(18) >= 1 && at(18) <= 2 && at(19) >= 1
                                 && at(19) <= 2 && at(20) == kReserve && at(21) == 64 && at(22) == 32 && at(23) == 32;
        }
        if (isBtreePage(page, number == 1))
            ++out.btreePages;
        out.pages << DecryptedPage{QStringLiteral("file page %1").arg(number), page};
        ++out.filePages;
    }

    const QByteArray wal = readAll(databasePath + QStringLiteral("-wal"), &exists);
    if (!exists)
        return out;
    out.walBytes = wal.size();
    if (wal.isEmpty())
        return out;
    if (wal.size() < kWalHeader || bigEndian32(wal.constData() + 8) != kPageSize) {
        out.problem += QStringLiteral("the WAL has no header for 4096-byte pages; ");
        return out;
    }
    const qsizetype frameSize = kFrameHeader + kPageSize;
    if ((wal.size() - kWalHeader) % frameSize != 0)
        out.problem += QStringLiteral("the WAL is %1 bytes, no whole number of frames; ").arg(wal.size());
    for (qsizetype offset = kWalHeader; offset + frameSize <= wal.size(); offset += frameSize) {
        const quint32 number = bigEndian32(wal.constData() + offset);
        QByteArray page = decryptPage(wal.constData() + offset + kFrameHeader, number == 1, key);
        if (isBtreePage(page, number == 1))
            ++out.btreePages;
        ++out.walFrames;
        out.pages << DecryptedPage{QStringLiteral("WAL frame %1 (page %2)").arg(out.walFrames).arg(number), page};
    }
    return out;
}

QStringList placesOf(const DecryptedFiles& files, const QString& text)
{
    const QByteArray needle = text.toUtf8();
    QStringList places;
    for (const DecryptedPage& page : files.pages)
        if (page.bytes.contains(needle))
            places << page.where;
    return places;
}

} // namespace daicho::test
