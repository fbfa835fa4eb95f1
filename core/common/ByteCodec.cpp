#include "common/ByteCodec.h"

#include <algorithm>

#include <cstddef>

namespace daicho {

namespace {

// Big-endian, appended in one go: digests of a million rows write these for every column.
template <int Bytes>
void appendBigEndian(QByteArray& out, std::uint64_t v)
{
    char bytes[Bytes];
    for (int i = Bytes - 1; i >= 0; --i) {
        bytes[i] = static_cast<char>(v & 0xff);
        v >>= 8;
    }
    out.append(bytes, Bytes);
}

} // namespace

void ByteWriter::u16(std::uint16_t v)
{
    appendBigEndian<2>(m_out, v);
}

void ByteWriter::u32(std::uint32_t v)
{
    appendBigEndian<4>(m_out, v);
}

void ByteWriter::u64(std::uint64_t v)
{
    appendBigEndian<8>(m_out, v);
}

namespace {

void appendHead(QByteArray& out, bool present, std::uint32_t size)
{
    const char head[5] = {static_cast<char>(present ? 1 : 0), static_cast<char>(size >> 24),
                          static_cast<char>(size >> 16), static_cast<char>(size >> 8), static_cast<char>(size)};
    out.append(head, 5);
}

} // namespace

void ByteWriter::lengthPrefixed(const QByteArray& bytes)
{
    appendHead(m_out, !bytes.isNull(), static_cast<std::uint32_t>(bytes.size()));
    m_out.append(bytes);
}

void ByteWriter::text(const QString& s)
{
    // Column names, ids and times are ASCII: written as they are, without a UTF-8 copy (an
    // import hashes ten of them for every row). The bytes are the same either way.
    if (std::all_of(s.cbegin(), s.cend(), [](QChar c) { return c.unicode() < 0x80; })) {
        appendHead(m_out, true, static_cast<std::uint32_t>(s.size()));
        for (QChar c : s)
            m_out.append(static_cast<char>(c.unicode()));
        return;
    }
    lengthPrefixed(s.toUtf8());
}

std::optional<std::uint8_t> ByteReader::u8()
{
    if (remaining() < 1)
        return std::nullopt;
    return static_cast<std::uint8_t>(m_data[m_pos++]);
}

namespace {

// Big-endian, as appendBigEndian writes it. Bytes are taken up to the first that is missing.
template <typename Value>
std::optional<Value> readBigEndian(ByteReader& reader)
{
    Value value = 0;
    for (std::size_t i = 0; i < sizeof(Value); ++i) {
        const auto byte = reader.u8();
        if (!byte)
            return std::nullopt;
        value = static_cast<Value>((value << 8) | *byte);
    }
    return value;
}

} // namespace

std::optional<std::uint16_t> ByteReader::u16()
{
    return readBigEndian<std::uint16_t>(*this);
}

std::optional<std::uint32_t> ByteReader::u32()
{
    return readBigEndian<std::uint32_t>(*this);
}

std::optional<std::uint64_t> ByteReader::u64()
{
    return readBigEndian<std::uint64_t>(*this);
}

std::optional<QByteArray> ByteReader::raw(qsizetype size)
{
    if (size < 0 || remaining() < size)
        return std::nullopt;
    QByteArray out = m_data.mid(m_pos, size);
    m_pos += size;
    return out;
}

bool ByteReader::skip(qsizetype size)
{
    if (size < 0 || remaining() < size)
        return false;
    m_pos += size;
    return true;
}

std::optional<QByteArray> ByteReader::lengthPrefixed(qsizetype maxSize)
{
    auto present = u8();
    auto size = u32();
    if (!present || !size || *present > 1 || static_cast<qsizetype>(*size) > maxSize)
        return std::nullopt;
    auto bytes = raw(static_cast<qsizetype>(*size));
    if (!bytes)
        return std::nullopt;
    if (*present == 0)
        return QByteArray();
    if (bytes->isNull())
        return QByteArray("");
    return bytes;
}

} // namespace daicho
