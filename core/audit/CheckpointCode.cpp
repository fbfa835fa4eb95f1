#include "audit/CheckpointCode.h"

#include "crypto/Crypto.h"

#include <QRegularExpression>

namespace daicho {

namespace {

// Crockford-style base 32 without I, L, O, U: easy to read aloud and to type back.
const char kAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

constexpr int kLongGroups = 5; // 5 × 5 characters, 125 bits
constexpr int kLongGroupSize = 5;
constexpr int kShortGroups = 4; // 4 × 4 characters, 80 bits (before version 4)
constexpr int kShortGroupSize = 4;

QString codeOf(const QByteArray& entryHash, int groups, int groupSize)
{
    const QByteArray digest = crypto::sha256(QByteArrayLiteral("daicho-checkpoint-code-v1") + entryHash);
    QString code;
    std::uint64_t bits = 0;
    int available = 0;
    int index = 0;
    for (int i = 0; i < groups * groupSize; ++i) {
        if (available < 5) {
            bits = (bits << 8) | static_cast<std::uint8_t>(digest[index++]);
            available += 8;
        }
        available -= 5;
        if (i > 0 && i % groupSize == 0)
            code += QLatin1Char('-');
        code += QLatin1Char(kAlphabet[(bits >> available) & 0x1f]);
    }
    return code;
}

} // namespace

QString checkpointCodeForHash(const QByteArray& entryHash)
{
    return codeOf(entryHash, kLongGroups, kLongGroupSize);
}

QString CheckpointCode::toString() const
{
    return QString::number(seq) + QLatin1Char(':') + code;
}

std::optional<CheckpointCode> CheckpointCode::parse(const QString& text)
{
    static const QRegularExpression form(QStringLiteral("^\\s*(\\d+)\\s*:\\s*([0-9A-Za-z\\- ]+?)\\s*$"));
    const auto m = form.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    QString characters = m.captured(2).toUpper();
    characters.remove(QLatin1Char('-')).remove(QLatin1Char(' '));
    // Read-aloud mistakes: O for 0, I and L for 1.
    characters.replace(QLatin1Char('O'), QLatin1Char('0')).replace(QLatin1Char('I'), QLatin1Char('1'));
    characters.replace(QLatin1Char('L'), QLatin1Char('1'));
    int groupSize = 0;
    if (characters.size() == kLongGroups * kLongGroupSize)
        groupSize = kLongGroupSize;
    else if (characters.size() == kShortGroups * kShortGroupSize)
        groupSize = kShortGroupSize;
    else
        return std::nullopt;
    for (QChar c : characters)
        if (!QByteArray(kAlphabet).contains(static_cast<char>(c.toLatin1())))
            return std::nullopt;
    CheckpointCode c;
    bool ok = false;
    c.seq = m.captured(1).toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    for (qsizetype i = 0; i < characters.size(); i += groupSize)
        c.code += (i ? QStringLiteral("-") : QString()) + characters.mid(i, groupSize);
    return c;
}

bool CheckpointCode::matches(const QByteArray& entryHash) const
{
    const qsizetype characters = QString(code).remove(QLatin1Char('-')).size();
    if (characters == kShortGroups * kShortGroupSize)
        return codeOf(entryHash, kShortGroups, kShortGroupSize) == code;
    return codeOf(entryHash, kLongGroups, kLongGroupSize) == code;
}

} // namespace daicho
