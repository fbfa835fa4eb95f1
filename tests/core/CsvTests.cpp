#include "exchange/Cp932.h"
#include "exchange/Csv.h"

#include <catch2/catch.hpp>

#include <string>
#include <utility>

using namespace daicho;

namespace Catch {
template <>
struct StringMaker<QString> {
    static std::string convert(const QString& s) { return s.toStdString(); }
};
} // namespace Catch

namespace {

// Bytes compared as hex text, so that a failure shows both sides.
std::string hex(const QByteArray& bytes)
{
    return bytes.toHex(' ').toStdString();
}

template <typename Bytes>
constexpr bool csvOpens = requires(Bytes&& bytes)
{
    CsvReader::open(std::forward<Bytes>(bytes));
};

QByteArray bytesOf(std::initializer_list<unsigned char> list)
{
    QByteArray bytes;
    for (unsigned char b : list)
        bytes.append(static_cast<char>(b));
    return bytes;
}

const QByteArray kBom = bytesOf({0xEF, 0xBB, 0xBF});

// The single field as csvDocument writes it (UTF-8, without BOM and CRLF).
QString written(const QString& value)
{
    const QByteArray document = csvDocument({{value}}, CsvEncoding::Utf8Bom);
    REQUIRE(document.startsWith(kBom));
    REQUIRE(document.endsWith("\r\n"));
    return QString::fromUtf8(document.mid(3, document.size() - 5));
}

CsvTable parsed(const QByteArray& bytes)
{
    const Result<CsvTable> table = parseCsv(bytes);
    INFO((table.ok() ? std::string() : table.error().message.toStdString()));
    REQUIRE(table.ok());
    REQUIRE(table->rows.size() == table->lineNumbers.size());
    return table.value();
}

// Everything a ledger export can hold that CP932 can write too.
QList<QStringList> sampleRows()
{
    return {
        {QStringLiteral("氏名"), QStringLiteral("フリガナ"), QStringLiteral("住所"), QStringLiteral("備考")},
        {QStringLiteral("髙橋 ①郎"), QStringLiteral("ﾀｶﾊｼ ｲﾁﾛｳ"), QStringLiteral("青森市新町1-2-3, ＡＢＣビル"),
         QStringLiteral("彼は\"大丈夫\"と言った")},
        {QStringLiteral("=HYPERLINK(\"http://x\")"), QStringLiteral("-5"), QStringLiteral("+81-3-1234-5678"),
         QStringLiteral("@SUM(A1)")},
        {QStringLiteral("1行目\n2行目"), QStringLiteral("改行\r\nCRLF"), QStringLiteral("CRだけ\rここ"),
         QStringLiteral(" 前後に空白　")},
        {QString(), QStringLiteral("'=既に'付き"), QStringLiteral("'普通の'"), QStringLiteral("～―∥－￢㈱№ⅰ")},
        {QStringLiteral("\t=タブ"), QStringLiteral("-"), QStringLiteral("1,234.5"), QStringLiteral("\\~")},
        {QString()},
        {QStringLiteral("最後の行"), QString(), QString(), QString()},
    };
}

} // namespace

TEST_CASE("a UTF-8 export is byte for byte what Excel expects", "[core][csv]")
{
    const QList<QStringList> rows{
        {QStringLiteral("a"), QStringLiteral("b,c")},
        {QStringLiteral("say \"hi\""), QStringLiteral("=SUM(A1)")},
        {QStringLiteral("line1\nline2"), QStringLiteral(" padded"), QString()},
    };
    const QByteArray expected = kBom
                                + QByteArray("a,\"b,c\"\r\n"
                                             "\"say \"\"hi\"\"\",'=SUM(A1)\r\n"
                                             "\"line1\nline2\",\" padded\",\r\n");
    CHECK(hex(csvDocument(rows, CsvEncoding::Utf8Bom)) == hex(expected));

    const QByteArray japanese = csvDocument({{QStringLiteral("氏名")}}, CsvEncoding::Utf8Bom);
    CHECK(hex(japanese) == hex(bytesOf({0xEF, 0xBB, 0xBF, 0xE6, 0xB0, 0x8F, 0xE5, 0x90, 0x8D, 0x0D, 0x0A})));
    CHECK(hex(csvDocument({}, CsvEncoding::Utf8Bom)) == hex(kBom));
}

TEST_CASE("a CP932 export has no BOM and Windows' bytes for Japanese", "[core][csv]")
{
    const QList<QStringList> rows{
        {QStringLiteral("氏名"), QStringLiteral("～①")},
        {QStringLiteral("髙橋"), QStringLiteral("山田, 太郎")},
    };
    const QByteArray expected =
        bytesOf({0x8E, 0x81, 0x96, 0xBC, ',',  0x81, 0x60, 0x87, 0x40, '\r', '\n', 0xFB, 0xFC, 0x8B, 0xB4,
                 ',',  '"',  0x8E, 0x52, 0x93, 0x63, ',',  ' ',  0x91, 0xBE, 0x98, 0x59, '"',  '\r', '\n'});
    CHECK(hex(csvDocument(rows, CsvEncoding::Cp932)) == hex(expected));
    CHECK(csvDocument({}, CsvEncoding::Cp932).isEmpty());
}

TEST_CASE("CP932 uses Microsoft's table, not JIS's", "[core][csv]")
{
    struct Case {
        const char16_t* text;
        std::initializer_list<unsigned char> bytes;
    };
    const Case cases[] = {
        {u"～", {0x81, 0x60}}, // FULLWIDTH TILDE, where JIS has WAVE DASH 〜
        {u"①", {0x87, 0x40}}, // NEC row 13
        {u"―", {0x81, 0x5C}}, // HORIZONTAL BAR, where JIS has EM DASH —
        {u"∥", {0x81, 0x61}},
        {u"－", {0x81, 0x7C}},
        {u"￢", {0x81, 0xCA}},
        {u"髙", {0xFB, 0xFC}}, // IBM extension, as Windows writes it (not the NEC-selected EE E0)
        {u"ⅰ", {0xFA, 0x40}},
        {u"㈱", {0x87, 0x8A}},
        {u"№", {0x87, 0x82}},
        {u"塚", {0x92, 0xCB}},
        {u"ｶﾞ", {0xB6, 0xDE}}, // half-width katakana stay single bytes
        {u"\\~", {0x5C, 0x7E}},
        // ICU's table swaps these three controls the IBM way; Windows keeps them ASCII.
        {u"\u001A\u001C\u007F", {0x1A, 0x1C, 0x7F}},
    };
    for (const Case& c : cases) {
        const QString text = QString::fromUtf16(c.text);
        INFO(text.toStdString());
        CHECK(hex(toCp932(text)) == hex(bytesOf(c.bytes)));
        const std::optional<QString> back = fromCp932(bytesOf(c.bytes));
        REQUIRE(back.has_value());
        CHECK(*back == text);
        for (const uint codePoint : text.toUcs4())
            CHECK(isInCp932(codePoint));
    }
    // The NEC-selected and IBM copies read as the same characters.
    CHECK(fromCp932(bytesOf({0xEE, 0xE0})) == std::optional<QString>(QStringLiteral("髙")));
    CHECK(fromCp932(bytesOf({0xEE, 0xF9})) == std::optional<QString>(QStringLiteral("￢")));
    CHECK(fromCp932(bytesOf({0xFA, 0x54})) == std::optional<QString>(QStringLiteral("￢")));
}

TEST_CASE("characters CP932 cannot hold are written as one question mark each", "[core][csv]")
{
    CHECK(hex(toCp932(QStringLiteral("a〜b"))) == hex("a?b")); // WAVE DASH U+301C
    CHECK(hex(toCp932(QStringLiteral("—"))) == hex("?")); // EM DASH U+2014
    CHECK(hex(toCp932(QStringLiteral("𠮷野"))) == hex(bytesOf({'?', 0x96, 0xEC})));
    CHECK(hex(toCp932(QStringLiteral("🙂🙂"))) == hex("??"));
    CHECK(hex(toCp932(QStringLiteral("㋿"))) == hex("?"));
    CHECK(hex(toCp932(QString(QChar(0xD800)))) == hex("?"));
    for (const char32_t c :
         {U'〜', U'—', U'‖', U'−', U'¥', U'¬', U'𠮷', U'🙂', U'㋿', static_cast<char32_t>(0xD800)})
        CHECK_FALSE(isInCp932(c));
}

TEST_CASE("the characters an export to CP932 would lose are listed where they first appear", "[core][csv]")
{
    const QList<QStringList> rows{
        {QStringLiteral("吉田"), QStringLiteral("𠮷野")},
        {QStringLiteral("🙂"), QStringLiteral("〜と𠮷")},
        {QStringLiteral("㋿元年"), QStringLiteral("ok 🙂")},
        {QStringLiteral("か\u309A")},
    };
    const QList<UnencodableCharacter> found = charactersNotInCp932(rows);
    REQUIRE(found.size() == 5);
    CHECK(found.at(0).character == QStringLiteral("𠮷"));
    CHECK(found.at(0).character.size() == 2); // the surrogate pair stays whole
    CHECK((found.at(0).row == 0 && found.at(0).column == 1));
    CHECK(found.at(1).character == QStringLiteral("🙂"));
    CHECK((found.at(1).row == 1 && found.at(1).column == 0));
    CHECK(found.at(2).character == QStringLiteral("〜"));
    CHECK((found.at(2).row == 1 && found.at(2).column == 1));
    CHECK(found.at(3).character == QStringLiteral("㋿"));
    CHECK((found.at(3).row == 2 && found.at(3).column == 0));
    CHECK(found.at(4).character == QString(QChar(0x309A)));
    CHECK((found.at(4).row == 3 && found.at(4).column == 0));

    CHECK(charactersNotInCp932(sampleRows()).isEmpty());
    CHECK(charactersNotInCp932({}).isEmpty());
}

TEST_CASE("fields that Excel would run as formulas get an apostrophe", "[core][csv]")
{
    struct Case {
        QString value;
        QString field;
    };
    const Case cases[] = {
        {QStringLiteral("=1+1"), QStringLiteral("'=1+1")},
        {QStringLiteral("=HYPERLINK(\"http://x\")"), QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\")\"")},
        {QStringLiteral("@SUM(A1)"), QStringLiteral("'@SUM(A1)")},
        {QStringLiteral("+81-3-1234-5678"), QStringLiteral("'+81-3-1234-5678")},
        {QStringLiteral("-2+3+cmd|' /C calc'!A0"), QStringLiteral("'-2+3+cmd|' /C calc'!A0")},
        {QStringLiteral("--5"), QStringLiteral("'--5")},
        {QStringLiteral("-5e3"), QStringLiteral("'-5e3")},
        {QStringLiteral("\t=1"), QStringLiteral("'\t=1")}, // the apostrophe is what leads now: no quotes
        {QStringLiteral("\r=1"), QStringLiteral("\"'\r=1\"")},
        // Plain numbers and lone signs cannot be formulas.
        {QStringLiteral("-5"), QStringLiteral("-5")},
        {QStringLiteral("+5"), QStringLiteral("+5")},
        {QStringLiteral("-0.25"), QStringLiteral("-0.25")},
        {QStringLiteral("-.5"), QStringLiteral("-.5")},
        {QStringLiteral("-1,234.5"), QStringLiteral("\"-1,234.5\"")},
        {QStringLiteral("-"), QStringLiteral("-")},
        {QStringLiteral("="), QStringLiteral("=")},
        // Ordinary text.
        {QStringLiteral("a=b"), QStringLiteral("a=b")},
        {QStringLiteral("１＝１"), QStringLiteral("１＝１")},
        {QStringLiteral("'abc"), QStringLiteral("'abc")},
        {QStringLiteral("'"), QStringLiteral("'")},
        // Leading apostrophes before a formula character get one more, for the round trip.
        {QStringLiteral("'=1"), QStringLiteral("''=1")},
        {QStringLiteral("'-5"), QStringLiteral("''-5")},
        {QStringLiteral("''-"), QStringLiteral("'''-")},
    };
    for (const Case& c : cases) {
        INFO(c.value.toStdString());
        CHECK(written(c.value) == c.field);
        CHECK(parsed(csvDocument({{c.value}}, CsvEncoding::Utf8Bom)).rows == QList<QStringList>{{c.value}});
    }
}

TEST_CASE("fields are quoted only when they must be", "[core][csv]")
{
    CHECK(written(QStringLiteral("plain")) == QStringLiteral("plain"));
    CHECK(written(QStringLiteral("山田太郎")) == QStringLiteral("山田太郎"));
    CHECK(written(QString()) == QString());
    CHECK(written(QStringLiteral("a,b")) == QStringLiteral("\"a,b\""));
    CHECK(written(QStringLiteral("a\"b")) == QStringLiteral("\"a\"\"b\""));
    CHECK(written(QStringLiteral("\"")) == QStringLiteral("\"\"\"\""));
    CHECK(written(QStringLiteral("a\nb")) == QStringLiteral("\"a\nb\""));
    CHECK(written(QStringLiteral("a\rb")) == QStringLiteral("\"a\rb\""));
    CHECK(written(QStringLiteral(" a")) == QStringLiteral("\" a\""));
    CHECK(written(QStringLiteral("a ")) == QStringLiteral("\"a \""));
    CHECK(written(QStringLiteral("　全角")) == QStringLiteral("\"　全角\""));
    CHECK(written(QStringLiteral("a b")) == QStringLiteral("a b"));
}

TEST_CASE("what is written is read back exactly, in both encodings", "[core][csv]")
{
    const QList<QStringList> rows = sampleRows();
    for (const CsvEncoding encoding : {CsvEncoding::Utf8Bom, CsvEncoding::Cp932}) {
        const CsvTable table = parsed(csvDocument(rows, encoding));
        CHECK(table.encoding == encoding);
        CHECK(table.rows == rows);
        // Rows start after the line breaks inside the fields before them.
        CHECK(table.lineNumbers == QList<int>{1, 2, 3, 4, 8, 9, 10, 11});
    }
}

TEST_CASE("the encoding is detected from the bytes", "[core][csv]")
{
    const QString text = QStringLiteral("氏名,年齢\r\n山田,30\r\n");
    const QList<QStringList> rows{{QStringLiteral("氏名"), QStringLiteral("年齢")},
                                  {QStringLiteral("山田"), QStringLiteral("30")}};

    CsvTable table = parsed(kBom + text.toUtf8());
    CHECK(table.encoding == CsvEncoding::Utf8Bom);
    CHECK(table.rows == rows);

    table = parsed(text.toUtf8()); // UTF-8 without BOM
    CHECK(table.encoding == CsvEncoding::Utf8Bom);
    CHECK(table.rows == rows);

    // What Excel writes as "CSV (Comma delimited)" on Japanese Windows.
    table = parsed(bytesOf({0x8E, 0x81, 0x96, 0xBC, ',',  0x94, 0x4E, 0x97, 0xEE, '\r',
                            '\n', 0x8E, 0x52, 0x93, 0x63, ',',  '3',  '0',  '\r', '\n'}));
    CHECK(table.encoding == CsvEncoding::Cp932);
    CHECK(table.rows == rows);

    table = parsed(QByteArray("a,b\r\n"));
    CHECK(table.encoding == CsvEncoding::Utf8Bom);
    CHECK(table.rows == QList<QStringList>{{QStringLiteral("a"), QStringLiteral("b")}});

    // Only the first BOM is the encoding's; a second one is text.
    table = parsed(kBom + kBom + QByteArray("a"));
    CHECK(table.rows == QList<QStringList>{{QString(QChar(0xFEFF)) + QLatin1String("a")}});

    CHECK(parsed(QByteArray()).rows.isEmpty());
    CHECK(parsed(kBom).rows.isEmpty());
}

TEST_CASE("a file that is neither UTF-8 nor CP932 is refused with advice", "[core][csv]")
{
    const QByteArray notText[] = {
        bytesOf({0xFF, 0xFE, 'a', 0x00, ',', 0x00, 'b', 0x00}), // UTF-16 ("Unicode text")
        bytesOf({0xA4, 0xA2, 0xA4, 0xA4, 0xFD}), // EUC-JP あい, then a byte neither has
        bytesOf({'a', 0x81, 0x20}), // a lead byte without its second byte
        bytesOf({'a', 0x82}), // cut off in the middle of a character
        bytesOf({0x80}),
        kBom + bytesOf({0x82, 0xA0}), // a BOM, then CP932
    };
    for (const QByteArray& bytes : notText) {
        INFO(hex(bytes));
        const Result<CsvTable> table = parseCsv(bytes);
        REQUIRE_FALSE(table.ok());
        CHECK(table.error().code == ErrorCode::InvalidInput);
        CHECK(table.error().message.contains(QLatin1String("CSV UTF-8")));
    }
}

TEST_CASE("quoted fields hold commas, quotes and line breaks", "[core][csv]")
{
    CsvTable table = parsed(QByteArray("\"a,\"\"b\"\"\",c\r\n\"\",\"x\r\ny\"\r\n"));
    CHECK(
        table.rows
        == QList<QStringList>{{QStringLiteral("a,\"b\""), QStringLiteral("c")}, {QString(), QStringLiteral("x\r\ny")}});
    CHECK(table.lineNumbers == QList<int>{1, 2});

    table = parsed(QByteArray("a,\r\n,\r\n,,"));
    CHECK(table.rows
          == QList<QStringList>{
              {QStringLiteral("a"), QString()}, {QString(), QString()}, {QString(), QString(), QString()}});

    // Like Excel: a quote inside an unquoted field, and text after a closing quote, are text.
    table = parsed(QByteArray("ab\"c,\"ab\"c, \"d\""));
    CHECK(table.rows == QList<QStringList>{{QStringLiteral("ab\"c"), QStringLiteral("abc"), QStringLiteral(" \"d\"")}});
}

TEST_CASE("lines end with CRLF, LF or CR and rows know their line", "[core][csv]")
{
    const QList<QStringList> rows{
        {QStringLiteral("a")}, {QStringLiteral("b\nc"), QStringLiteral("d")}, {QStringLiteral("e")}};
    CsvTable table = parsed(QByteArray("a\r\n\"b\nc\",d\re\n"));
    CHECK(table.rows == rows);
    CHECK(table.lineNumbers == QList<int>{1, 2, 4});

    table = parsed(QByteArray("a\n\"b\nc\",d\ne"));
    CHECK(table.rows == rows);
    CHECK(table.lineNumbers == QList<int>{1, 2, 4});

    table = parsed(QByteArray("x\r\"1\r2\r\n3\",y\r\rz\r"));
    CHECK(table.rows
          == QList<QStringList>{{QStringLiteral("x")},
                                {QStringLiteral("1\r2\r\n3"), QStringLiteral("y")},
                                {QString()},
                                {QStringLiteral("z")}});
    CHECK(table.lineNumbers == QList<int>{1, 2, 5, 6});
}

TEST_CASE("the line break at the end of a file does not start a row; empty lines elsewhere do", "[core][csv]")
{
    CHECK(parsed(QByteArray("a\r\n")).rows == QList<QStringList>{{QStringLiteral("a")}});
    CHECK(parsed(QByteArray("a")).rows == QList<QStringList>{{QStringLiteral("a")}});
    CHECK(parsed(QByteArray("a\n")).rows == QList<QStringList>{{QStringLiteral("a")}});
    const CsvTable table = parsed(QByteArray("a\r\n\r\nb\r\n\r\n"));
    CHECK(table.rows == QList<QStringList>{{QStringLiteral("a")}, {QString()}, {QStringLiteral("b")}, {QString()}});
    CHECK(table.lineNumbers == QList<int>{1, 2, 3, 4});
    CHECK(parsed(QByteArray("\r\n")).rows == QList<QStringList>{{QString()}});
}

TEST_CASE("an unclosed quote is an error naming the line where the field starts", "[core][csv]")
{
    QByteArray bytes;
    for (int i = 1; i <= 11; ++i)
        bytes += "row,ok\r\n";
    bytes += "row,\"never closed\r\nmore\r\n";
    const Result<CsvTable> table = parseCsv(bytes);
    REQUIRE_FALSE(table.ok());
    CHECK(table.error().code == ErrorCode::InvalidInput);
    CHECK(table.error().message.contains(QLatin1String("12")));

    const Result<CsvTable> single = parseCsv(QByteArray("\""));
    REQUIRE_FALSE(single.ok());
    CHECK(single.error().message.contains(QLatin1String("1")));
    CHECK_FALSE(parseCsv(QByteArray("\"abc\"\"")).ok()); // the last quote is a doubled one
}

TEST_CASE("imports take values literally except our own formula apostrophe", "[core][csv]")
{
    const CsvTable table = parsed(QByteArray("'=1,''=1,'abc,'-5,-5,'@x,\"'\t1\", padded ,'\r\n"));
    CHECK(table.rows
          == QList<QStringList>{{QStringLiteral("=1"), QStringLiteral("'=1"), QStringLiteral("'abc"),
                                 QStringLiteral("-5"), QStringLiteral("-5"), QStringLiteral("@x"),
                                 QStringLiteral("\t1"), QStringLiteral(" padded "), QStringLiteral("'")}});
}

// The reader keeps a view of the bytes it was opened on: the compiler refuses a temporary.
TEST_CASE("a CSV reader is refused bytes that would be gone before it reads them", "[core][csv]")
{
    CHECK(csvOpens<const QByteArray&>);
    CHECK(csvOpens<QByteArray&>);
    CHECK(!csvOpens<QByteArray>);
    CHECK(!csvOpens<const QByteArray>);
    const QByteArray bytes = "a,b\r\n1,2\r\n";
    auto reader = CsvReader::open(bytes);
    REQUIRE(reader.ok());
    auto row = reader->next();
    REQUIRE(row.ok());
    REQUIRE(row->has_value());
    CHECK(row.value()->fields == QStringList{QStringLiteral("a"), QStringLiteral("b")});
}
