#pragma once

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <optional>

namespace daicho {

// Big-endian writer for the documented binary formats (key-slot file, audit hashing).
class ByteWriter
{
public:
    void u8(std::uint8_t v) { m_out.append(static_cast<char>(v)); }
    void u16(std::uint16_t v);
    void u32(std::uint32_t v);
    void u64(std::uint64_t v);
    void raw(const QByteArray& bytes) { m_out.append(bytes); }
    // u32 length, then the bytes; a null array and an empty one are told apart by a flag.
    void lengthPrefixed(const QByteArray& bytes);
    // Text: a null and an empty string are the same (the database stores both as '').
    void text(const QString& s);
    const QByteArray& bytes() const { return m_out; }
    void reserve(qsizetype size) { m_out.reserve(size); }

private:
    QByteArray m_out;
};

// Reader that never reads past the end: every call returns nullopt once data runs out.
class ByteReader
{
public:
    explicit ByteReader(const QByteArray& data)
        : m_data(data)
    { }
    std::optional<std::uint8_t> u8();
    std::optional<std::uint16_t> u16();
    std::optional<std::uint32_t> u32();
    std::optional<std::uint64_t> u64();
    std::optional<QByteArray> raw(qsizetype size);
    std::optional<QByteArray> lengthPrefixed(qsizetype maxSize);
    // Moves past `size` bytes without copying them; false (and nothing moved) when fewer remain.
    bool skip(qsizetype size);
    qsizetype position() const { return m_pos; }
    qsizetype remaining() const { return m_data.size() - m_pos; }

private:
    const QByteArray& m_data;
    qsizetype m_pos = 0;
};

} // namespace daicho
