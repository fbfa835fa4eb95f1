#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QVariant>

#include <cstdint>
#include <optional>

namespace daicho {

// Reads the CBOR that EntryCodec writes (RFC 8949, definite lengths only): unsigned and
// negative integers, text, arrays, maps, booleans. A list page decodes dozens of entries
// per screen; QCborValue builds a tree of its own first and costs several times more.
// Every read checks the bounds and returns nullopt on anything else (damaged data).
class CborReader
{
public:
    explicit CborReader(const QByteArray& bytes)
        : m_at(reinterpret_cast<const unsigned char*>(bytes.constData()))
        , m_end(m_at + bytes.size())
    { }

    bool atEnd() const { return m_at == m_end; }
    // The major type of the next item (0 unsigned, 1 negative, 3 text, 4 array, 5 map,
    // 7 simple), without reading it; nullopt at the end.
    std::optional<int> peekMajor() const;

    std::optional<std::uint64_t> arrayLength() { return length(4); }
    std::optional<std::uint64_t> mapLength() { return length(5); }
    std::optional<QString> text();
    // The UTF-8 bytes of a text item, without making a QString (a key to look up).
    std::optional<QByteArrayView> textBytes();
    std::optional<std::int64_t> integer();
    std::optional<bool> boolean();
    // Any item as a QVariant (integers as qint64, arrays as QVariantList, maps with text
    // keys as QVariantMap): a key a later version wrote is kept as it was stored.
    std::optional<QVariant> any(int depth = 0);

private:
    std::optional<std::uint64_t> head(int major);
    std::optional<std::uint64_t> length(int major);

    const unsigned char* m_at;
    const unsigned char* m_end;
};

} // namespace daicho
