#include "ledger/CborReader.h"

#include <QVariantList>
#include <QVariantMap>

namespace daicho {

namespace {

// Reads the `count` elements of an array or a map one by one with `readOne`, which says
// whether it could; false as soon as one could not, or when there was no count.
template <typename ReadOne>
bool readElements(std::optional<std::uint64_t> count, ReadOne readOne)
{
    if (!count)
        return false;
    for (std::uint64_t i = 0; i < *count; ++i)
        if (!readOne())
            return false;
    return true;
}

} // namespace

std::optional<int> CborReader::peekMajor() const
{
    if (m_at == m_end)
        return std::nullopt;
    return *m_at >> 5;
}

std::optional<std::uint64_t> CborReader::head(int major)
{
    if (m_at == m_end || (*m_at >> 5) != major)
        return std::nullopt;
    const int info = *m_at & 0x1F;
    ++m_at;
    if (info < 24)
        return static_cast<std::uint64_t>(info);
    if (info > 27) // indefinite lengths and reserved values are never written
        return std::nullopt;
    const int bytes = 1 << (info - 24);
    if (m_end - m_at < bytes)
        return std::nullopt;
    std::uint64_t value = 0;
    for (int i = 0; i < bytes; ++i)
        value = (value << 8) | *m_at++;
    return value;
}

std::optional<std::uint64_t> CborReader::length(int major)
{
    auto n = head(major);
    // Each element takes at least one byte: a longer count is damage, not a huge allocation.
    if (!n || *n > static_cast<std::uint64_t>(m_end - m_at))
        return std::nullopt;
    return n;
}

std::optional<QByteArrayView> CborReader::textBytes()
{
    auto n = length(3);
    if (!n)
        return std::nullopt;
    const QByteArrayView bytes(reinterpret_cast<const char*>(m_at), static_cast<qsizetype>(*n));
    m_at += *n;
    return bytes;
}

std::optional<QString> CborReader::text()
{
    auto bytes = textBytes();
    if (!bytes)
        return std::nullopt;
    return QString::fromUtf8(*bytes);
}

std::optional<std::int64_t> CborReader::integer()
{
    const auto major = peekMajor();
    if (major != 0 && major != 1)
        return std::nullopt;
    auto v = head(*major);
    if (!v || *v > static_cast<std::uint64_t>(INT64_MAX))
        return std::nullopt;
    return *major == 0 ? static_cast<std::int64_t>(*v) : -1 - static_cast<std::int64_t>(*v);
}

std::optional<bool> CborReader::boolean()
{
    if (m_at == m_end || (*m_at != 0xF4 && *m_at != 0xF5))
        return std::nullopt;
    return *m_at++ == 0xF5;
}

std::optional<QVariant> CborReader::any(int depth)
{
    if (depth > 8)
        return std::nullopt;
    switch (peekMajor().value_or(-1)) {
    case 0:
    case 1:
        if (auto v = integer())
            return QVariant::fromValue<qint64>(*v);
        return std::nullopt;
    case 3:
        if (auto v = text())
            return QVariant(*v);
        return std::nullopt;
    case 4: {
        QVariantList list;
        const bool complete = readElements(arrayLength(), [&] {
            auto item = any(depth + 1);
            if (item)
                list << *item;
            return item.has_value();
        });
        return complete ? std::optional<QVariant>(list) : std::nullopt;
    }
    case 5: {
        QVariantMap map;
        const bool complete = readElements(mapLength(), [&] {
            auto key = text();
            auto value = key ? any(depth + 1) : std::nullopt;
            if (value)
                map.insert(*key, *value);
            return value.has_value();
        });
        return complete ? std::optional<QVariant>(map) : std::nullopt;
    }
    case 7:
        if (auto v = boolean())
            return QVariant(*v);
        return std::nullopt;
    default:
        return std::nullopt;
    }
}

} // namespace daicho
