#include "ledger/SearchText.h"

#include <algorithm>

namespace daicho {

namespace {

constexpr char32_t kLongVowelMark = 0x30FC; // ー

// Characters that carry no meaning for a search: spacing, invisible characters and
// punctuation that one person types and the next leaves out.
bool isIgnorable(char32_t c)
{
    if (QChar::isSpace(c))
        return true;
    const QChar::Category category = QChar::category(c);
    if (category == QChar::Other_Control || category == QChar::Other_Format)
        return true;
    if ((c >= 0xFE00 && c <= 0xFE0F) || (c >= 0xE0100 && c <= 0xE01EF)) // variation selectors, IVS
        return true;
    switch (c) {
    case U'・':
    case U'·':
    case U'、':
    case U'。':
    case U',':
    case U'.':
        return true;
    default:
        return false;
    }
}

// Every way of typing a dash or a long vowel mark that survives NFKC (which already turns
// － ﹣ into -, ‑ into ‐ and ｰ into ー).
bool isDash(char32_t c)
{
    switch (c) {
    case U'-':
    case U'‐':
    case U'‒':
    case U'–':
    case U'—':
    case U'―':
    case U'−':
    case kLongVowelMark:
        return true;
    default:
        return false;
    }
}

// Hiragana, katakana left after folding (ヷ..ヺ, ー, ヿ) and the small katakana extensions.
bool isKana(char32_t c)
{
    return (c >= 0x3041 && c <= 0x3096) || (c >= 0x309D && c <= 0x309F) || (c >= 0x30A1 && c <= 0x30FA)
           || (c >= 0x30FC && c <= 0x30FF) || (c >= 0x31F0 && c <= 0x31FF);
}

// ァ..ヶ (including ヴ ヵ ヶ) and the iteration marks ヽヾ sit 0x60 above their hiragana.
char32_t toHiragana(char32_t c)
{
    if ((c >= 0x30A1 && c <= 0x30F6) || c == 0x30FD || c == 0x30FE)
        return c - 0x60;
    return c;
}

} // namespace

QString normaliseForSearch(const QString& text)
{
    QString prepared = text;
    // ゛ ゜ typed as separate characters: NFKC would make them a space and a combining mark
    // that then no longer composes with the kana before it.
    prepared.replace(QChar(0x309B), QChar(0x3099)).replace(QChar(0x309C), QChar(0x309A));
    const QString folded = prepared.normalized(QString::NormalizationForm_KC).toCaseFolded();

    QString out;
    out.reserve(folded.size());
    bool afterKana = false;
    for (qsizetype i = 0; i < folded.size();) {
        char32_t c = folded.at(i).unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < folded.size() && folded.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(folded.at(i), folded.at(i + 1));
            i += 2;
        } else {
            i += 1; // a BMP character, or a lone surrogate kept as it is
        }
        if (isIgnorable(c))
            continue;
        if (isDash(c)) {
            if (afterKana)
                out.append(QChar(kLongVowelMark));
            continue;
        }
        c = toHiragana(c);
        out.append(QStringView(QChar::fromUcs4(c)));
        afterKana = isKana(c);
    }
    // Removing an invisible character can leave a base and a combining mark side by side
    // that NFC composes; doing it here keeps the function idempotent.
    return out.normalized(QString::NormalizationForm_C);
}

QList<quint32> searchGrams(const QString& normalised)
{
    if (normalised.size() == 1)
        return {static_cast<quint32>(normalised.at(0).unicode()) << 16};
    return queryGrams(normalised);
}

QList<quint32> queryGrams(const QString& normalisedQuery)
{
    QList<quint32> grams;
    if (normalisedQuery.size() < 2)
        return grams;
    grams.reserve(normalisedQuery.size() - 1);
    for (qsizetype i = 1; i < normalisedQuery.size(); ++i)
        grams.append((static_cast<quint32>(normalisedQuery.at(i - 1).unicode()) << 16)
                     | normalisedQuery.at(i).unicode());
    std::sort(grams.begin(), grams.end());
    grams.erase(std::unique(grams.begin(), grams.end()), grams.end());
    return grams;
}

} // namespace daicho
