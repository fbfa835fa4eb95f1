#include "ledger/SearchText.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace daicho;

namespace {

QString n(const char16_t* text)
{
    return normaliseForSearch(QString::fromUtf16(text));
}

QString s(const char16_t* text)
{
    return QString::fromUtf16(text);
}

QString fromCodePoints(const QList<uint>& codePoints, qsizetype from, qsizetype length)
{
    QString text;
    for (qsizetype i = from; i < from + length; ++i)
        text.append(QStringView(QChar::fromUcs4(codePoints.at(i))));
    return text;
}

bool isHalfWidthSoundMark(uint c)
{
    return c == 0xFF9E || c == 0xFF9F;
}

bool containsAll(const QList<quint32>& grams, const QList<quint32>& needed)
{
    return std::includes(grams.begin(), grams.end(), needed.begin(), needed.end());
}

// What a caller does: the index narrows to texts holding every gram, contains() decides.
bool indexFinds(const QString& text, const QString& query)
{
    const QString t = normaliseForSearch(text);
    const QString q = normaliseForSearch(query);
    const QList<quint32> needed = queryGrams(q);
    if (!needed.isEmpty() && !containsAll(searchGrams(t), needed))
        return false;
    return t.contains(q);
}

} // namespace

TEST_CASE("katakana and hiragana are the same text", "[core][search]")
{
    CHECK(n(u"ヤマダ タロウ") == s(u"やまだたろう"));
    CHECK(n(u"やまだ　たろう") == s(u"やまだたろう"));
    CHECK(n(u"ァィゥェォッャュョヮヵヶ") == s(u"ぁぃぅぇぉっゃゅょゎゕゖ"));
    CHECK(n(u"ヽヾ") == s(u"ゝゞ"));
    // No hiragana exists for ヷ..ヺ: they stay katakana, and so stay searchable.
    CHECK(n(u"ヷヸヹヺ") == s(u"ヷヸヹヺ"));
    CHECK(indexFinds(QStringLiteral("サトウ ハナコ"), QStringLiteral("さとう")));
    CHECK(indexFinds(QStringLiteral("さとう はなこ"), QStringLiteral("ハナコ")));
}

TEST_CASE("full-width and half-width forms are the same text", "[core][search]")
{
    CHECK(n(u"ＡＢＣ") == n(u"abc"));
    CHECK(n(u"ＡＢＣ") == s(u"abc"));
    CHECK(n(u"１２３") == s(u"123"));
    CHECK(n(u"ｶﾞ") == n(u"ガ"));
    CHECK(n(u"ｶﾞ") == s(u"が"));
    CHECK(n(u"ﾔﾏﾀﾞ ﾀﾛｳ") == s(u"やまだたろう"));
    CHECK(n(u"ﾊﾟﾋﾟﾌﾟﾍﾟﾎﾟ") == s(u"ぱぴぷぺぽ"));
    CHECK(n(u"①②") == s(u"12"));
    CHECK(indexFinds(QStringLiteral("ｻﾄｳ ﾊﾅｺ"), QStringLiteral("サトウ")));
}

TEST_CASE("ヴ is folded to ゔ whichever way its sound mark was typed", "[core][search]")
{
    CHECK(n(u"ヴァイオリン") == s(u"ゔぁいおりん"));
    CHECK(n(u"ｳﾞｧｲｵﾘﾝ") == s(u"ゔぁいおりん"));
    CHECK(n(u"ウ\u3099ァイオリン") == s(u"ゔぁいおりん")); // combining mark
    CHECK(n(u"ウ゛ァイオリン") == s(u"ゔぁいおりん")); // spacing mark U+309B
    CHECK(n(u"ハ゜ン") == s(u"ぱん")); // spacing U+309C
}

TEST_CASE("spaces of every width, line breaks and invisible characters are ignored", "[core][search]")
{
    const QString expected = QStringLiteral("山田太郎");
    CHECK(n(u"山田　太郎") == expected); // U+3000
    CHECK(n(u"山田 太郎") == expected);
    CHECK(n(u" 山田\t太郎\r\n") == expected);
    CHECK(n(u"山田\u00A0太郎") == expected);
    CHECK(n(u"山田\u200B太郎") == expected); // zero-width space (a format character)
    CHECK(n(u"\uFEFF山田太郎") == expected);
    const QString controls = QStringLiteral("山\u001F田") + QChar(0) + QStringLiteral("太\u0007郎");
    CHECK(normaliseForSearch(controls) == expected);
    CHECK(indexFinds(QStringLiteral("山田 太郎"), QStringLiteral("田太")));
}

TEST_CASE("the punctuation people type inconsistently is ignored", "[core][search]")
{
    CHECK(n(u"ヤマダ・タロウ") == s(u"やまだたろう"));
    CHECK(n(u"ﾔﾏﾀﾞ･ﾀﾛｳ") == s(u"やまだたろう"));
    CHECK(n(u"東京都、千代田区。") == s(u"東京都千代田区"));
    CHECK(n(u"青森市，新町．") == s(u"青森市新町"));
    CHECK(n(u"R8.4.1") == s(u"r841"));
    CHECK(n(u"Jean·Paul") == s(u"jeanpaul"));
    CHECK(indexFinds(QStringLiteral("ヤマダ・タロウ"), QStringLiteral("やまだ たろう")));
}

TEST_CASE("case is folded", "[core][search]")
{
    CHECK(n(u"Tanaka") == s(u"tanaka"));
    CHECK(n(u"TANAKA") == n(u"tanaka"));
    CHECK(n(u"ｔａｎａｋａ") == n(u"TANAKA"));
    CHECK(n(u"ΣΊΣΥΦΟΣ") == n(u"σίσυφοσ"));
    CHECK(n(u"℡") == s(u"tel")); // NFKC gives capitals, folding comes after it
}

TEST_CASE("the long vowel mark is kept after kana and dashes elsewhere are separators", "[core][search]")
{
    CHECK(n(u"コーヒー") == s(u"こーひー"));
    CHECK(n(u"ｺｰﾋｰ") == s(u"こーひー"));
    // A dash typed where a long vowel was meant is one.
    CHECK(n(u"コ－ヒ－") == s(u"こーひー"));
    CHECK(n(u"コ-ヒ-") == s(u"こーひー"));
    CHECK(n(u"コ―ヒ―") == s(u"こーひー"));
    CHECK(n(u"すごーーい") == s(u"すごーーい"));
    CHECK(n(u"ラ ー メ ン") == s(u"らーめん"));
    CHECK(n(u"コーヒー") != n(u"コヒ")); // the mark is meaningful
    // Between digits, Latin letters or kanji, or at the start, every dash is a separator,
    // the IME's ー included.
    const QString phone = QStringLiteral("09012345678");
    CHECK(n(u"090-1234-5678") == phone);
    CHECK(n(u"090ー1234ー5678") == phone);
    CHECK(n(u"０９０－１２３４－５６７８") == phone);
    CHECK(n(u"090‐1234−5678") == phone);
    CHECK(n(u"090–1234—5678") == phone);
    CHECK(n(u"1丁目2-3") == s(u"1丁目23"));
    CHECK(n(u"ー") == QString());
    CHECK(n(u"ーあ") == s(u"あ"));
    CHECK(n(u"abc-def") == s(u"abcdef"));
    CHECK(indexFinds(QStringLiteral("090-1234-5678"), QStringLiteral("1234ー5678")));
    CHECK(indexFinds(QStringLiteral("コーヒー牛乳"), QStringLiteral("こーひー")));
}

TEST_CASE("variation selectors are ignored so a name with an IVS is found by its base kanji", "[core][search]")
{
    CHECK(n(u"葛\U000E0100城") == s(u"葛城"));
    CHECK(n(u"辻\uFE00") == s(u"辻"));
    CHECK(indexFinds(QString::fromUtf16(u"葛\U000E0100城市"), QStringLiteral("葛城")));
}

TEST_CASE("empty and blank texts normalise to nothing and have no grams", "[core][search]")
{
    CHECK(normaliseForSearch(QString()).isEmpty());
    CHECK(n(u"　 \t\r\n").isEmpty());
    CHECK(n(u"・、。").isEmpty());
    CHECK(searchGrams(QString()).isEmpty());
    CHECK(queryGrams(QString()).isEmpty());
}

TEST_CASE("emoji, rare kanji and lone surrogates are handled as code units", "[core][search]")
{
    const QString emoji = n(u"ok🙂");
    CHECK(emoji == s(u"ok🙂"));
    CHECK(emoji.size() == 4);
    const QList<quint32> grams = searchGrams(emoji);
    CHECK(grams == QList<quint32>{0x006B'D83Du, 0x006F'006Bu, 0xD83D'DE42u});
    // 𠮷 is outside the BMP: two code units, so even alone it has a bigram to look up.
    const QString yoshi = n(u"𠮷");
    CHECK(yoshi.size() == 2);
    CHECK(queryGrams(yoshi) == QList<quint32>{0xD842'DFB7u});
    CHECK(indexFinds(QStringLiteral("𠮷野家"), QStringLiteral("𠮷野")));
    CHECK(indexFinds(QStringLiteral("吉野家🙂"), QStringLiteral("家🙂")));
    CHECK_FALSE(indexFinds(QStringLiteral("𠮷野家"), QStringLiteral("吉野")));
    // Lone surrogates (broken input) do not crash and are kept.
    QString broken = QStringLiteral("a");
    broken.append(QChar(0xD800));
    broken.append(QStringLiteral("b"));
    broken.append(QChar(0xDC00));
    const QString normalisedBroken = normaliseForSearch(broken);
    CHECK(normalisedBroken.size() == 4);
    CHECK(searchGrams(normalisedBroken).size() == 3);
    CHECK(searchGrams(QString(QChar(0xDC00))) == QList<quint32>{0xDC00'0000u});
}

TEST_CASE("grams are packed bigrams, sorted and distinct, with a unigram for a single unit", "[core][search]")
{
    CHECK(searchGrams(QStringLiteral("ab")) == QList<quint32>{0x0061'0062u});
    CHECK(searchGrams(QStringLiteral("baba")) == QList<quint32>{0x0061'0062u, 0x0062'0061u});
    CHECK(searchGrams(QStringLiteral("あいあい")) == QList<quint32>{0x3042'3044u, 0x3044'3042u});
    CHECK(searchGrams(QStringLiteral("林")) == QList<quint32>{0x6797'0000u});
    // A one-character query cannot be answered by the index: the caller scans.
    CHECK(queryGrams(QStringLiteral("林")).isEmpty());
    CHECK(queryGrams(QStringLiteral("小林")) == QList<quint32>{0x5C0F'6797u});
    CHECK(queryGrams(QStringLiteral("ababab")) == searchGrams(QStringLiteral("ababab")));
    const QList<quint32> grams = searchGrams(n(u"公益財団法人青森県総合健診センター"));
    CHECK(std::is_sorted(grams.begin(), grams.end()));
    CHECK(std::adjacent_find(grams.begin(), grams.end()) == grams.end());
}

TEST_CASE("every query gram of a substring is among the text's grams", "[core][search]")
{
    const QStringList texts{
        QStringLiteral("公益財団法人青森県総合健診センター"),
        QStringLiteral("ヤマダ タロウ　山田太郎 090-1234-5678"),
        QStringLiteral("ｻﾄｳ ﾊﾅｺ／佐藤花子／Sato Hanako"),
        QStringLiteral("コーヒー🙂𠮷野家、ヴァイオリン教室。"),
        QStringLiteral("青森市新町１丁目２－３ ＡＢＣビル"),
        QStringLiteral("ｶﾞｽ料金 ﾊﾟｰﾄ ｳﾞｨﾗ"),
    };
    for (const QString& text : texts) {
        const QString t = normaliseForSearch(text);
        const QList<quint32> grams = searchGrams(t);
        // Substrings of the normalised text: the property the index relies on.
        for (qsizetype from = 0; from < t.size(); ++from)
            for (qsizetype length = 1; from + length <= t.size(); ++length) {
                const QString part = t.mid(from, length);
                INFO(part.toStdString());
                CHECK(containsAll(grams, queryGrams(part)));
            }
        // Substrings of what was typed, cut between characters: their normal forms are
        // found too (a dash cut off from its kana just drops out).
        const QList<uint> codePoints = text.toUcs4();
        for (qsizetype from = 0; from < codePoints.size(); ++from)
            for (qsizetype length = 1; from + length <= codePoints.size(); ++length) {
                // ｶﾞ cut between ｶ and ﾞ: neither piece is a character of the text.
                if (isHalfWidthSoundMark(codePoints.at(from))
                    || (from + length < codePoints.size() && isHalfWidthSoundMark(codePoints.at(from + length))))
                    continue;
                const QString part = fromCodePoints(codePoints, from, length);
                INFO(part.toStdString());
                CHECK(indexFinds(text, part));
            }
    }
}

TEST_CASE("a text the index rules out really does not contain the query", "[core][search]")
{
    const QString t = n(u"やまだたろう");
    CHECK_FALSE(containsAll(searchGrams(t), queryGrams(n(u"タナカ"))));
    // All bigrams present but not in one run: the caller's contains() decides.
    const QString spread = n(u"あいう いうえ");
    CHECK(containsAll(searchGrams(spread), queryGrams(n(u"あいうえ"))));
    CHECK_FALSE(spread.contains(n(u"あいうえ")));
}

TEST_CASE("normalising twice changes nothing", "[core][search]")
{
    const char16_t* samples[] = {
        u"ヤマダ タロウ", u"ｶﾞｷﾞｸﾞ",       u"ＡＢＣ①",        u"コ－ヒ－", u"090ー1234", u"℡ ㈱ ㍻",
        u"ウ゛",          u"葛\U000E0100", u"か\u200B\u3099", u"🙂𠮷", u"ΣΊΣΥΦΟΣ",   u"Straße ǅ ﬁ",
    };
    for (const char16_t* sample : samples) {
        const QString once = n(sample);
        INFO(once.toStdString());
        CHECK(normaliseForSearch(once) == once);
    }
}
