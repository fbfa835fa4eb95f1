#pragma once

#include <QList>
#include <QString>

namespace daicho {

// Free-text search over Japanese entries, with an index kept in ordinary tables (see
// SearchIndex): both the stored text and the query go through normaliseForSearch, the text
// is indexed by its bigrams, and a query's bigrams select the candidates that the caller
// then checks with QString::contains on the normalised text.

// Folds away the differences people do not mean when they type or copy text, so that
// "ヤマダ　タロウ", "やまだたろう" and "ﾔﾏﾀﾞ ﾀﾛｳ" are the same text:
//  - NFKC: full-width ASCII becomes ASCII (ＡＢＣ１ → ABC1), half-width katakana becomes
//    full-width and composes with its sound marks (ｶﾞ → ガ), ① → 1. The spacing sound marks
//    ゛ ゜ are first made combining, so "ウ゛" composes to ヴ like "ｳﾞ" does.
//  - case folding (Abc → abc);
//  - katakana → hiragana (ァ..ヶ → ぁ..ゖ, ヴ → ゔ, ヽヾ → ゝゞ); ヷ..ヺ have no hiragana and stay;
//  - removed: whitespace (U+3000 too), control and format characters (so no normalised
//    text contains U+001F, which callers use to separate fields), variation selectors
//    (an IVS on 葛 or 辻 is a glyph choice, not a different name), and the punctuation people
//    type or omit at will: ・ · 、 。 , .
//  - dashes: ー, -, ‐, −, －, –, —, ― and ｰ are one thing typed many ways. After kana (or
//    another kept ー) they are the long vowel mark ー, which is meaningful (こーひー is not
//    こひ) and is kept; anywhere else (between digits, after Latin letters or kanji, at the
//    start) they are separators and are removed, so "090ー1234ー5678" typed through the IME
//    matches "09012345678" and "1-2-3" matches "1－2－3".
// Small kana (ゃ, っ, ヶ) are not folded to their large forms: きょう and きよう differ.
// Idempotent: normalising a normalised text changes nothing.
QString normaliseForSearch(const QString& text);

// The grams of a normalised text, sorted and distinct: each pair of adjacent UTF-16 code
// units packed as (first << 16) | second. Code units, not code points: an emoji or a
// 𠮷 is a surrogate pair and gives grams with its halves, the same in the text and in a
// query, so matching stays exact and nothing needs decoding (lone surrogates are fine too).
// A text of a single code unit c gives the one gram (c << 16), second unit 0 (normalised
// text never holds U+0000), so that every non-empty text has a row in the index and a
// rebuild can tell an indexed entry from a missing one; queries never ask for it.
QList<quint32> searchGrams(const QString& normalised);

// The grams a normalised query needs: all its bigrams, sorted and distinct. Empty when the
// query is shorter than two code units: the index cannot answer a single character (a
// one-kanji surname such as 林 is a common query), so the caller must then scan the
// normalised texts with contains() instead, and an empty query matches everything.
QList<quint32> queryGrams(const QString& normalisedQuery);

} // namespace daicho
