#include "exchange/Cp932.h"

#include <QStringDecoder>
#include <QStringEncoder>

#include <vector>

namespace daicho {

namespace {

constexpr const char* kCodecName = "windows-31j";

bool isLeadByte(quint8 b)
{
    return (b >= 0x81 && b <= 0x9F) || (b >= 0xE0 && b <= 0xFC);
}

// Everything above ASCII in both directions. A code is a single byte (0xA1..0xDF,
// half-width katakana) or lead << 8 | trail (from 0x8140); 0 means "none" in both tables,
// as no character above ASCII maps to 0x00 or comes from it.
struct Tables {
    std::vector<quint16> fromUnicode = std::vector<quint16>(0x10000, 0); // BMP unit → code
    std::vector<char16_t> toUnicode = std::vector<char16_t>(0x10000, 0); // code → BMP unit
};

void learn(Tables& tables, quint16 code, const QByteArray& bytes)
{
    QStringDecoder decoder(kCodecName, QStringConverter::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    if (decoder.hasError() || text.size() != 1 || text.at(0).isSurrogate() || text.at(0).unicode() < 0x80)
        return;
    const char16_t unit = text.at(0).unicode();
    tables.toUnicode[code] = unit;
    if (tables.fromUnicode[unit] != 0)
        return;
    // Several codes can decode to one character (the NEC and IBM copies of ￢ ∵ ⅰ); the
    // encoder knows which one Windows writes.
    QStringEncoder encoder(kCodecName, QStringConverter::Flag::Stateless);
    const QByteArray written = encoder.encode(text);
    if (encoder.hasError() || written.isEmpty() || written.size() > 2)
        return;
    const auto first = static_cast<quint8>(written.at(0));
    tables.fromUnicode[unit] =
        written.size() == 1 ? first : static_cast<quint16>((first << 8) | static_cast<quint8>(written.at(1)));
}

Tables buildTables()
{
    Tables tables;
    if (!QStringDecoder(kCodecName).isValid())
        return tables;
    for (int b = 0xA1; b <= 0xDF; ++b)
        learn(tables, static_cast<quint16>(b), QByteArray(1, static_cast<char>(b)));
    for (int lead = 0x81; lead <= 0xFC; ++lead) {
        if (!isLeadByte(static_cast<quint8>(lead)))
            continue;
        for (int trail = 0x40; trail <= 0xFC; ++trail) {
            if (trail == 0x7F)
                continue;
            const char pair[2] = {static_cast<char>(lead), static_cast<char>(trail)};
            learn(tables, static_cast<quint16>((lead << 8) | trail), QByteArray(pair, 2));
        }
    }
    return tables;
}

// Built on first use (about 25 ms), then shared read-only.
const Tables& tables()
{
    static const Tables built = buildTables();
    return built;
}

} // namespace

bool isInCp932(char32_t codePoint)
{
    if (codePoint < 0x80)
        return true;
    if (codePoint > 0xFFFF || QChar::isSurrogate(codePoint))
        return false;
    return tables().fromUnicode[codePoint] != 0;
}

QByteArray toCp932(QStringView text)
{
    const Tables& t = tables();
    QByteArray out;
    out.reserve(text.size() * 2);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c < 0x80) {
            out.append(static_cast<char>(c));
            continue;
        }
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i; // one '?' for the whole character
        const quint16 code = QChar::isSurrogate(c) ? 0 : t.fromUnicode[c];
        if (code == 0) {
            out.append('?');
        } else if (code < 0x100) {
            out.append(static_cast<char>(code));
        } else {
            out.append(static_cast<char>(code >> 8));
            out.append(static_cast<char>(code & 0xFF));
        }
    }
    return out;
}

bool isCp932(QByteArrayView bytes)
{
    const Tables& t = tables();
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto b = static_cast<quint8>(bytes.at(i));
        if (b < 0x80)
            continue;
        quint16 code = b;
        if (isLeadByte(b)) {
            if (i + 1 == bytes.size())
                return false;
            code = static_cast<quint16>((b << 8) | static_cast<quint8>(bytes.at(++i)));
        }
        if (t.toUnicode[code] == 0)
            return false;
    }
    return true;
}

std::optional<QString> fromCp932(QByteArrayView bytes)
{
    const Tables& t = tables();
    QString out;
    out.reserve(bytes.size());
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto b = static_cast<quint8>(bytes.at(i));
        if (b < 0x80) {
            out.append(QChar(static_cast<char16_t>(b)));
            continue;
        }
        quint16 code = b;
        if (isLeadByte(b)) {
            if (i + 1 == bytes.size())
                return std::nullopt;
            code = static_cast<quint16>((b << 8) | static_cast<quint8>(bytes.at(++i)));
        }
        const char16_t unit = t.toUnicode[code];
        if (unit == 0)
            return std::nullopt;
        out.append(QChar(unit));
    }
    return out;
}

} // namespace daicho
