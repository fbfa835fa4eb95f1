#include "print/PdfTextLayer.h"

#include <QFont>
#include <QFontDatabase>
#include <QHash>
#include <QLineF>
#include <QMap>
#include <QPainterPath>
#include <QSet>
#include <QTransform>
#include <QtEndian>

#include <zlib.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <vector>

// How it works, in file order:
//   1. zlib helpers (Qt writes the content, font files and lengths Flate-compressed);
//   2. a small PDF reader: tokens, values, the classic xref table Qt writes, and a writer
//      that copies every object byte for byte except the replaced ones and rebuilds the
//      xref with the new offsets;
//   3. the ToUnicode CMap: which codes already have text, and appending bfchar entries;
//   4. the embedded TrueType subset: glyph outlines as Qt generated them;
//   5. the source fonts: their non-BMP glyphs, and the outline match that says which
//      subset glyph is which character;
//   6. one font of the PDF: its unmapped glyphs identified, its ToUnicode completed;
//   7. the public functions.

namespace daicho {
namespace {

// ============================================================== 1. zlib

// FlateDecode is the zlib format (RFC 1950), the one Qt's writeCompressed() produces.
// Streams here are fonts and CMaps: anything above 256 MB is not one of Qt's.
std::optional<QByteArray> inflateZlib(QByteArrayView compressed)
{
    z_stream zs{};
    if (inflateInit(&zs) != Z_OK)
        return std::nullopt;
    zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(compressed.data()));
    zs.avail_in = static_cast<uInt>(compressed.size());
    QByteArray out;
    int status = Z_OK;
    while (status == Z_OK && out.size() < 256 * 1024 * 1024) {
        const qsizetype done = out.size();
        out.resize(done + qMax<qsizetype>(4 * compressed.size(), 16384));
        zs.next_out = reinterpret_cast<Bytef*>(out.data() + done);
        zs.avail_out = static_cast<uInt>(out.size() - done);
        status = inflate(&zs, Z_NO_FLUSH);
        out.resize(out.size() - zs.avail_out);
    }
    inflateEnd(&zs);
    if (status != Z_STREAM_END)
        return std::nullopt;
    return out;
}

QByteArray deflateZlib(QByteArrayView data)
{
    uLongf size = compressBound(static_cast<uLong>(data.size()));
    QByteArray out(static_cast<qsizetype>(size), Qt::Uninitialized);
    if (compress2(reinterpret_cast<Bytef*>(out.data()), &size, reinterpret_cast<const Bytef*>(data.data()),
                  static_cast<uLong>(data.size()), Z_BEST_COMPRESSION)
        != Z_OK)
        return {};
    out.resize(static_cast<qsizetype>(size));
    return out;
}

// ============================================================== 2. PDF reading and writing

bool isPdfWhitespace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\0';
}

bool isPdfDelimiter(char c)
{
    return c == '(' || c == ')' || c == '<' || c == '>' || c == '[' || c == ']' || c == '{' || c == '}' || c == '/'
           || c == '%';
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

struct Token {
    enum class Kind { End, Number, Name, String, Keyword, DictOpen, DictClose, ArrayOpen, ArrayClose, Error };
    Kind kind = Kind::End;
    QByteArray text; // number or keyword as written; name without '/'; decoded string bytes

    bool isKeyword(QByteArrayView word) const { return kind == Kind::Keyword && text == word; }
};

// Splits PDF syntax (objects, and the PostScript-like CMap text) into tokens.
class Lexer
{
public:
    explicit Lexer(QByteArrayView data, qsizetype pos = 0)
        : m_data(data)
        , m_pos(pos)
    { }

    qsizetype pos() const { return m_pos; }
    void seek(qsizetype pos) { m_pos = pos; }
    Token next();

private:
    bool atEnd() const { return m_pos >= m_data.size(); }
    char peek(qsizetype ahead = 0) const { return m_pos + ahead < m_data.size() ? m_data[m_pos + ahead] : '\0'; }
    void skipWhitespaceAndComments();
    Token literalString();
    Token hexString();
    Token name();
    Token regular();

    QByteArrayView m_data;
    qsizetype m_pos;
};

void Lexer::skipWhitespaceAndComments()
{
    while (!atEnd()) {
        if (peek() == '%') {
            while (!atEnd() && peek() != '\n' && peek() != '\r')
                ++m_pos;
        } else if (isPdfWhitespace(peek())) {
            ++m_pos;
        } else {
            return;
        }
    }
}

Token Lexer::next()
{
    skipWhitespaceAndComments();
    if (atEnd())
        return {};
    const char c = peek();
    if (c == '<' && peek(1) == '<') {
        m_pos += 2;
        return {Token::Kind::DictOpen, {}};
    }
    if (c == '>' && peek(1) == '>') {
        m_pos += 2;
        return {Token::Kind::DictClose, {}};
    }
    if (c == '[' || c == ']') {
        ++m_pos;
        return {c == '[' ? Token::Kind::ArrayOpen : Token::Kind::ArrayClose, {}};
    }
    if (c == '(')
        return literalString();
    if (c == '<')
        return hexString();
    if (c == '/')
        return name();
    if (isPdfDelimiter(c)) { // a stray ')', '>', '{' or '}'
        ++m_pos;
        return {Token::Kind::Error, {}};
    }
    return regular();
}

Token Lexer::literalString()
{
    ++m_pos; // '('
    QByteArray out;
    int depth = 0;
    while (!atEnd()) {
        const char c = m_data[m_pos++];
        if (c == '(') {
            ++depth;
        } else if (c == ')') {
            if (depth-- == 0)
                return {Token::Kind::String, out};
        } else if (c == '\\' && !atEnd()) {
            const char e = m_data[m_pos++];
            switch (e) {
            case 'n':
                out += '\n';
                continue;
            case 'r':
                out += '\r';
                continue;
            case 't':
                out += '\t';
                continue;
            case 'b':
                out += '\b';
                continue;
            case 'f':
                out += '\f';
                continue;
            case '\r': // a line continuation
                if (peek() == '\n')
                    ++m_pos;
                continue;
            case '\n':
                continue;
            default:
                break;
            }
            if (e >= '0' && e <= '7') {
                int value = e - '0';
                for (int digits = 1; digits < 3 && peek() >= '0' && peek() <= '7'; ++digits)
                    value = value * 8 + (m_data[m_pos++] - '0');
                out += char(value & 0xff);
            } else {
                out += e;
            }
            continue;
        }
        out += c;
    }
    return {Token::Kind::Error, {}};
}

Token Lexer::hexString()
{
    ++m_pos; // '<'
    QByteArray out;
    int high = -1;
    while (!atEnd() && peek() != '>') {
        const char c = m_data[m_pos++];
        const int value = hexValue(c);
        if (value < 0) {
            if (isPdfWhitespace(c))
                continue;
            return {Token::Kind::Error, {}};
        }
        if (high < 0) {
            high = value;
        } else {
            out += char(high * 16 + value);
            high = -1;
        }
    }
    if (atEnd())
        return {Token::Kind::Error, {}};
    ++m_pos; // '>'
    if (high >= 0) // an odd digit count means a trailing 0
        out += char(high * 16);
    return {Token::Kind::String, out};
}

Token Lexer::name()
{
    ++m_pos; // '/'
    QByteArray out;
    while (!atEnd() && !isPdfWhitespace(peek()) && !isPdfDelimiter(peek())) {
        const char c = m_data[m_pos++];
        if (c == '#' && hexValue(peek()) >= 0 && hexValue(peek(1)) >= 0) {
            out += char(hexValue(peek()) * 16 + hexValue(peek(1)));
            m_pos += 2;
        } else {
            out += c;
        }
    }
    return {Token::Kind::Name, out};
}

Token Lexer::regular()
{
    const qsizetype start = m_pos;
    while (!atEnd() && !isPdfWhitespace(peek()) && !isPdfDelimiter(peek()))
        ++m_pos;
    const QByteArray text = m_data.sliced(start, m_pos - start).toByteArray();
    bool isNumber = false;
    text.toDouble(&isNumber);
    return {isNumber ? Token::Kind::Number : Token::Kind::Keyword, text};
}

// A PDF value. Dictionaries keep their entries as key, value, key, value… in `items`,
// which is all the lookups here need.
struct PdfValue {
    enum class Kind { Null, Number, Name, String, Keyword, Ref, Array, Dict };
    Kind kind = Kind::Null;
    QByteArray text; // Number, Name, String, Keyword
    int ref = -1; // Ref: the object number
    std::vector<PdfValue> items;

    bool isName(QByteArrayView name) const { return kind == Kind::Name && text == name; }

    const PdfValue* get(QByteArrayView key) const
    {
        if (kind != Kind::Dict)
            return nullptr;
        for (std::size_t i = 0; i + 1 < items.size(); i += 2) {
            if (items[i].text == key)
                return &items[i + 1];
        }
        return nullptr;
    }

    std::optional<qint64> integer() const
    {
        bool ok = false;
        const qint64 value = text.toLongLong(&ok);
        return kind == Kind::Number && ok ? std::optional<qint64>(value) : std::nullopt;
    }
};

class ValueParser
{
public:
    explicit ValueParser(Lexer& lexer)
        : m_lexer(lexer)
    { }
    std::optional<PdfValue> parse() { return parse(m_lexer.next(), 0); }

private:
    std::optional<PdfValue> parse(const Token& token, int depth);
    PdfValue numberOrRef(const Token& number);
    std::optional<PdfValue> container(PdfValue::Kind kind, Token::Kind close, int depth);

    Lexer& m_lexer;
};

std::optional<PdfValue> ValueParser::parse(const Token& token, int depth)
{
    if (depth > 64) // Qt nests three levels; this only guards against hostile input
        return std::nullopt;
    switch (token.kind) {
    case Token::Kind::Number:
        return numberOrRef(token);
    case Token::Kind::Name:
        return PdfValue{PdfValue::Kind::Name, token.text, -1, {}};
    case Token::Kind::String:
        return PdfValue{PdfValue::Kind::String, token.text, -1, {}};
    case Token::Kind::Keyword:
        if (token.text == "null")
            return PdfValue{};
        return PdfValue{PdfValue::Kind::Keyword, token.text, -1, {}};
    case Token::Kind::DictOpen:
        return container(PdfValue::Kind::Dict, Token::Kind::DictClose, depth);
    case Token::Kind::ArrayOpen:
        return container(PdfValue::Kind::Array, Token::Kind::ArrayClose, depth);
    default:
        return std::nullopt;
    }
}

// "12 0 R" is a reference; anything else after a number is left for the next read.
PdfValue ValueParser::numberOrRef(const Token& number)
{
    const qsizetype after = m_lexer.pos();
    const Token generation = m_lexer.next();
    if (generation.kind == Token::Kind::Number && m_lexer.next().isKeyword("R")) {
        bool ok = false;
        const int object = number.text.toInt(&ok);
        if (ok)
            return PdfValue{PdfValue::Kind::Ref, number.text, object, {}};
    }
    m_lexer.seek(after);
    return PdfValue{PdfValue::Kind::Number, number.text, -1, {}};
}

std::optional<PdfValue> ValueParser::container(PdfValue::Kind kind, Token::Kind close, int depth)
{
    PdfValue result{kind, {}, -1, {}};
    for (Token token = m_lexer.next(); token.kind != close; token = m_lexer.next()) {
        auto item = parse(token, depth + 1);
        if (!item)
            return std::nullopt;
        const bool keyExpected = kind == PdfValue::Kind::Dict && result.items.size() % 2 == 0;
        if (keyExpected && item->kind != PdfValue::Kind::Name)
            return std::nullopt;
        result.items.push_back(std::move(*item));
    }
    if (kind == PdfValue::Kind::Dict && result.items.size() % 2 != 0)
        return std::nullopt;
    return result;
}

struct IndirectObject {
    PdfValue value;
    qsizetype streamStart = -1; // where the stream data begins, for a stream object
};

struct XrefEntry {
    qsizetype offset = 0; // in use: the object's offset; free: the next free object
    int generation = 0;
    bool inUse = false;
};

// A PDF as QPdfWriter writes it: one classic xref table covering objects 0..Size-1, one
// trailer, no incremental updates. Anything else is refused rather than half-understood.
class PdfFile
{
public:
    static std::optional<PdfFile> open(const QByteArray& bytes);

    QList<int> objectNumbers() const;
    int generation(int number) const { return m_entries.at(number).generation; }
    std::optional<IndirectObject> object(int number) const;
    const PdfValue* resolve(const PdfValue* value, PdfValue& storage) const;
    std::optional<QByteArray> streamData(int number) const;
    QByteArray rewritten(const QHash<int, QByteArray>& replacements) const;

private:
    bool readXref();
    bool objectsAreWhereTheXrefSays() const;
    qsizetype objectEnd(int number) const;

    QByteArray m_bytes;
    std::vector<XrefEntry> m_entries;
    QMap<qsizetype, int> m_objectAtOffset; // objects in use, in file order
    qsizetype m_xrefOffset = 0;
    QByteArray m_trailer; // the trailer dictionary as written
};

std::optional<PdfFile> PdfFile::open(const QByteArray& bytes)
{
    PdfFile file;
    file.m_bytes = bytes;
    if (!bytes.startsWith("%PDF-"))
        return std::nullopt;
    const qsizetype startxref = bytes.lastIndexOf("startxref");
    if (startxref < 0)
        return std::nullopt;
    Lexer lexer(bytes, startxref + 9);
    bool ok = false;
    file.m_xrefOffset = lexer.next().text.toLongLong(&ok);
    if (!ok || file.m_xrefOffset <= 0 || file.m_xrefOffset >= startxref)
        return std::nullopt;
    if (!file.readXref() || !file.objectsAreWhereTheXrefSays())
        return std::nullopt;
    return file;
}

bool PdfFile::readXref()
{
    Lexer lexer(m_bytes, m_xrefOffset);
    if (!lexer.next().isKeyword("xref"))
        return false;
    std::map<int, XrefEntry> entries;
    for (Token first = lexer.next(); !first.isKeyword("trailer"); first = lexer.next()) {
        const int start = first.text.toInt();
        const int count = lexer.next().text.toInt();
        if (first.kind != Token::Kind::Number || start < 0 || count <= 0 || count > 8'000'000)
            return false;
        for (int i = 0; i < count; ++i) {
            const Token offset = lexer.next();
            const Token generation = lexer.next();
            const Token type = lexer.next();
            if (offset.kind != Token::Kind::Number || generation.kind != Token::Kind::Number
                || !(type.isKeyword("n") || type.isKeyword("f")))
                return false;
            entries[start + i] = {offset.text.toLongLong(), generation.text.toInt(), type.isKeyword("n")};
        }
    }
    const qsizetype trailerStart = lexer.pos();
    ValueParser parser(lexer);
    const auto trailer = parser.parse();
    if (!trailer || trailer->kind != PdfValue::Kind::Dict || trailer->get("Prev") || trailer->get("XRefStm"))
        return false;
    m_trailer = m_bytes.mid(trailerStart, lexer.pos() - trailerStart).trimmed();
    const PdfValue* size = trailer->get("Size");
    const auto objectCount = size ? size->integer() : std::nullopt;
    // One table must describe every object, or offsets we do not know would go stale.
    if (!objectCount || *objectCount != qint64(entries.size()) || entries.begin()->first != 0
        || entries.rbegin()->first != *objectCount - 1)
        return false;
    for (const auto& [number, entry] : entries) {
        m_entries.push_back(entry);
        // Qt lists an object it numbered but never wrote with offset 0; it stays as is.
        if (entry.inUse && entry.offset != 0)
            m_objectAtOffset.insert(entry.offset, number);
    }
    return true;
}

// The rewrite copies each object as the bytes from its offset to the next object's, so
// every offset must really start "N G obj", inside the body, and be used only once.
bool PdfFile::objectsAreWhereTheXrefSays() const
{
    qsizetype written = 0;
    for (const XrefEntry& entry : m_entries)
        written += entry.inUse && entry.offset != 0 ? 1 : 0;
    if (written == 0 || m_objectAtOffset.size() != written)
        return false;
    for (auto it = m_objectAtOffset.cbegin(); it != m_objectAtOffset.cend(); ++it) {
        if (it.key() <= 0 || it.key() >= m_xrefOffset)
            return false;
        Lexer lexer(m_bytes, it.key());
        const Token number = lexer.next();
        const Token generation = lexer.next();
        if (number.text.toInt() != it.value() || generation.text.toInt() != m_entries[it.value()].generation
            || !lexer.next().isKeyword("obj"))
            return false;
    }
    return true;
}

QList<int> PdfFile::objectNumbers() const
{
    return m_objectAtOffset.values();
}

qsizetype PdfFile::objectEnd(int number) const
{
    auto it = m_objectAtOffset.find(m_entries.at(number).offset);
    ++it;
    return it == m_objectAtOffset.end() ? m_xrefOffset : it.key();
}

std::optional<IndirectObject> PdfFile::object(int number) const
{
    if (number < 0 || number >= int(m_entries.size()) || !m_entries[number].inUse || m_entries[number].offset == 0)
        return std::nullopt;
    Lexer lexer(m_bytes, m_entries[number].offset);
    lexer.next(); // number, generation and "obj" were checked by open()
    lexer.next();
    lexer.next();
    ValueParser parser(lexer);
    auto value = parser.parse();
    if (!value)
        return std::nullopt;
    IndirectObject result{std::move(*value), -1};
    if (result.value.kind == PdfValue::Kind::Dict && lexer.next().isKeyword("stream")) {
        qsizetype start = lexer.pos(); // "stream" is followed by CR LF or LF
        if (start < m_bytes.size() && m_bytes[start] == '\r')
            ++start;
        if (start < m_bytes.size() && m_bytes[start] == '\n')
            ++start;
        result.streamStart = start;
    }
    return result;
}

// Follows a reference (Qt writes stream lengths as "/Length 18 0 R").
const PdfValue* PdfFile::resolve(const PdfValue* value, PdfValue& storage) const
{
    if (!value || value->kind != PdfValue::Kind::Ref)
        return value;
    auto target = object(value->ref);
    if (!target)
        return nullptr;
    storage = std::move(target->value);
    return &storage;
}

std::optional<QByteArray> PdfFile::streamData(int number) const
{
    const auto stream = object(number);
    if (!stream || stream->streamStart < 0)
        return std::nullopt;
    PdfValue storage;
    const PdfValue* lengthValue = resolve(stream->value.get("Length"), storage);
    const auto length = lengthValue ? lengthValue->integer() : std::nullopt;
    if (!length || *length < 0 || stream->streamStart + *length > objectEnd(number))
        return std::nullopt;
    const QByteArray raw = m_bytes.mid(stream->streamStart, *length);
    const PdfValue* filter = stream->value.get("Filter");
    if (!filter)
        return raw;
    const bool flate = filter->isName("FlateDecode")
                       || (filter->kind == PdfValue::Kind::Array && filter->items.size() == 1
                           && filter->items[0].isName("FlateDecode"));
    if (!flate || stream->value.get("DecodeParms")) // predictors etc.: Qt uses none
        return std::nullopt;
    return inflateZlib(raw);
}

// Every object keeps its bytes (the span up to the next object) unless replaced; the xref
// is then written afresh from the new offsets, with the same object numbers and trailer.
QByteArray PdfFile::rewritten(const QHash<int, QByteArray>& replacements) const
{
    QByteArray out = m_bytes.left(m_objectAtOffset.firstKey());
    std::vector<qsizetype> newOffsets(m_entries.size(), 0); // 0 for objects never written
    for (auto it = m_objectAtOffset.cbegin(); it != m_objectAtOffset.cend(); ++it) {
        const int number = it.value();
        newOffsets[number] = out.size();
        if (replacements.contains(number))
            out += replacements.value(number);
        else
            out += QByteArrayView(m_bytes).sliced(it.key(), objectEnd(number) - it.key());
    }
    const qsizetype xrefOffset = out.size();
    out += "xref\n0 " + QByteArray::number(qsizetype(m_entries.size())) + '\n';
    for (std::size_t number = 0; number < m_entries.size(); ++number) {
        const XrefEntry& entry = m_entries[number];
        const qsizetype offset = entry.inUse ? newOffsets[number] : entry.offset;
        out += QByteArray::number(offset).rightJustified(10, '0') + ' '
               + QByteArray::number(entry.generation).rightJustified(5, '0') + (entry.inUse ? " n \n" : " f \n");
    }
    out += "trailer\n" + m_trailer + "\nstartxref\n" + QByteArray::number(xrefOffset) + "\n%%EOF\n";
    return out;
}

QByteArray streamObject(int number, int generation, const QByteArray& data, bool compress)
{
    const QByteArray body = compress ? deflateZlib(data) : data;
    QByteArray object = QByteArray::number(number) + ' ' + QByteArray::number(generation) + " obj\n<< /Length "
                        + QByteArray::number(body.size());
    if (compress)
        object += " /Filter /FlateDecode";
    return object + " >>\nstream\n" + body + "\nendstream\nendobj\n";
}

// ============================================================== 3. ToUnicode CMap

int codeOf(const QByteArray& bytes)
{
    int code = 0;
    for (char byte : bytes)
        code = code * 256 + static_cast<unsigned char>(byte);
    return code;
}

// The character codes (for Qt: subset glyph ids) the CMap already gives text to.
QSet<int> mappedCodes(QByteArrayView cmap)
{
    QSet<int> codes;
    Lexer lexer(cmap);
    for (Token token = lexer.next(); token.kind != Token::Kind::End; token = lexer.next()) {
        if (token.isKeyword("beginbfchar")) {
            for (Token source = lexer.next(); source.kind == Token::Kind::String; source = lexer.next()) {
                codes.insert(codeOf(source.text));
                lexer.next(); // the text
            }
        } else if (token.isKeyword("beginbfrange")) {
            for (Token low = lexer.next(); low.kind == Token::Kind::String; low = lexer.next()) {
                const int high = codeOf(lexer.next().text);
                if (lexer.next().kind == Token::Kind::ArrayOpen) { // [<text> <text> ...]
                    while (lexer.next().kind == Token::Kind::String) { }
                }
                for (int code = codeOf(low.text); code <= high && code <= 0xffff; ++code)
                    codes.insert(code);
            }
        }
    }
    return codes;
}

QByteArray utf16Hex(char32_t codePoint)
{
    const QString text = QString::fromUcs4(&codePoint, 1);
    QByteArray hex;
    for (QChar unit : text)
        hex += QByteArray::number(unit.unicode(), 16).toUpper().rightJustified(4, '0');
    return hex;
}

// Adds `<code> <UTF-16BE text>` entries, in blocks of at most 100 as the CMap format asks,
// just before "endcmap". A surrogate pair is how a non-BMP character is written there.
std::optional<QByteArray> withEntries(QByteArray cmap, const std::map<int, char32_t>& additions)
{
    const qsizetype endcmap = cmap.lastIndexOf("endcmap");
    if (endcmap < 0 || additions.empty())
        return std::nullopt;
    QByteArray blocks;
    auto it = additions.begin();
    while (it != additions.end()) {
        QByteArray entries;
        int count = 0;
        for (; it != additions.end() && count < 100; ++it, ++count) {
            entries += '<' + QByteArray::number(it->first, 16).toUpper().rightJustified(4, '0') + "> <"
                       + utf16Hex(it->second) + ">\n";
        }
        blocks += QByteArray::number(count) + " beginbfchar\n" + entries + "endbfchar\n";
    }
    cmap.insert(endcmap, blocks);
    return cmap;
}

// ============================================================== 4. TrueType tables

quint16 readU16(QByteArrayView data, qsizetype at)
{
    return at >= 0 && at + 2 <= data.size() ? qFromBigEndian<quint16>(data.data() + at) : 0;
}

qint16 readS16(QByteArrayView data, qsizetype at)
{
    return qint16(readU16(data, at));
}

quint32 readU32(QByteArrayView data, qsizetype at)
{
    return at >= 0 && at + 4 <= data.size() ? qFromBigEndian<quint32>(data.data() + at) : 0;
}

constexpr quint32 tag(const char (&name)[5])
{
    return quint32(quint8(name[0])) << 24 | quint32(quint8(name[1])) << 16 | quint32(quint8(name[2])) << 8
           | quint32(quint8(name[3]));
}

struct GlyphPoint {
    QPointF position;
    bool onCurve = false;
};

QPointF midpoint(QPointF a, QPointF b)
{
    return (a + b) / 2;
}

// One closed TrueType contour: quadratic splines where two off-curve points in a row
// imply the on-curve point halfway between them.
void addContour(QPainterPath& path, std::vector<GlyphPoint> points)
{
    if (points.size() < 2)
        return;
    const auto firstOn = std::find_if(points.begin(), points.end(), [](const GlyphPoint& p) { return p.onCurve; });
    if (firstOn == points.end())
        points.insert(points.begin(), {midpoint(points.back().position, points.front().position), true});
    else
        std::rotate(points.begin(), firstOn, points.end());

    path.moveTo(points.front().position);
    std::optional<QPointF> control;
    auto segmentTo = [&](const GlyphPoint& point) {
        if (point.onCurve) {
            if (control)
                path.quadTo(*control, point.position);
            else
                path.lineTo(point.position);
            control.reset();
        } else {
            if (control)
                path.quadTo(*control, midpoint(*control, point.position));
            control = point.position;
        }
    };
    for (std::size_t i = 1; i < points.size(); ++i)
        segmentTo(points[i]);
    segmentTo(points.front());
    path.closeSubpath();
}

// The TrueType file Qt embeds (QFontSubset::toTruetype): simple glyphs only, in glyph
// order of first use, rebuilt from the source outlines at 2048 units per em.
class TrueTypeFile
{
public:
    static std::optional<TrueTypeFile> parse(const QByteArray& data);

    int glyphCount() const { return m_glyphCount; }
    qreal unitsPerEm() const { return m_unitsPerEm; }
    qreal advance(int glyph) const;
    QRectF controlBox(int glyph) const; // from the glyf header; y down, like Qt paths
    QPainterPath outline(int glyph) const; // y down, like QRawFont::pathForGlyph

private:
    QByteArrayView table(quint32 tableTag) const;
    QByteArrayView glyphData(int glyph) const;
    std::vector<GlyphPoint> points(QByteArrayView glyph, int pointCount, qsizetype at) const;

    QByteArray m_data;
    QHash<quint32, std::pair<qsizetype, qsizetype>> m_tables; // tag → offset, length
    int m_glyphCount = 0;
    int m_unitsPerEm = 0;
    int m_horizontalMetrics = 0;
    bool m_longLoca = false;
};

std::optional<TrueTypeFile> TrueTypeFile::parse(const QByteArray& data)
{
    TrueTypeFile file;
    file.m_data = data;
    const int tableCount = readU16(data, 4);
    for (int i = 0; i < tableCount; ++i) {
        const qsizetype record = 12 + 16 * i;
        const qsizetype offset = readU32(data, record + 8);
        const qsizetype length = readU32(data, record + 12);
        if (record + 16 > data.size() || offset + length > data.size())
            return std::nullopt;
        file.m_tables.insert(readU32(data, record), {offset, length});
    }
    const QByteArrayView head = file.table(tag("head"));
    file.m_unitsPerEm = readU16(head, 18);
    file.m_longLoca = readS16(head, 50) == 1;
    file.m_glyphCount = readU16(file.table(tag("maxp")), 4);
    file.m_horizontalMetrics = readU16(file.table(tag("hhea")), 34);
    if (file.m_unitsPerEm == 0 || file.m_glyphCount == 0 || file.m_horizontalMetrics == 0
        || file.table(tag("glyf")).isEmpty() || file.table(tag("loca")).isEmpty())
        return std::nullopt;
    return file;
}

QByteArrayView TrueTypeFile::table(quint32 tableTag) const
{
    const auto place = m_tables.value(tableTag, {0, 0});
    return QByteArrayView(m_data).sliced(place.first, place.second);
}

qreal TrueTypeFile::advance(int glyph) const
{
    return readU16(table(tag("hmtx")), 4 * qMin(glyph, m_horizontalMetrics - 1));
}

QByteArrayView TrueTypeFile::glyphData(int glyph) const
{
    const QByteArrayView loca = table(tag("loca"));
    const QByteArrayView glyf = table(tag("glyf"));
    const qsizetype begin = m_longLoca ? readU32(loca, 4 * glyph) : 2 * qsizetype(readU16(loca, 2 * glyph));
    const qsizetype end = m_longLoca ? readU32(loca, 4 * (glyph + 1)) : 2 * qsizetype(readU16(loca, 2 * (glyph + 1)));
    if (glyph < 0 || glyph >= m_glyphCount || end <= begin || end > glyf.size())
        return {};
    return glyf.sliced(begin, end - begin);
}

QRectF TrueTypeFile::controlBox(int glyph) const
{
    const QByteArrayView data = glyphData(glyph);
    const qreal xMin = readS16(data, 2), yMin = readS16(data, 4), xMax = readS16(data, 6), yMax = readS16(data, 8);
    return QRectF(QPointF(xMin, -yMax), QPointF(xMax, -yMin));
}

// Decodes the flags and delta-encoded coordinates of a simple glyph.
std::vector<GlyphPoint> TrueTypeFile::points(QByteArrayView glyph, int pointCount, qsizetype at) const
{
    enum : quint8 { OnCurve = 1, XShort = 2, YShort = 4, Repeat = 8, XSameOrPositive = 16, YSameOrPositive = 32 };
    std::vector<quint8> flags;
    while (int(flags.size()) < pointCount && at < glyph.size()) {
        const quint8 flag = quint8(glyph[at++]);
        flags.push_back(flag);
        for (int repeat = (flag & Repeat) && at < glyph.size() ? quint8(glyph[at++]) : 0; repeat > 0; --repeat)
            flags.push_back(flag);
    }
    if (int(flags.size()) < pointCount)
        return {};
    auto coordinates = [&](quint8 shortBit, quint8 sameBit) {
        std::vector<int> values;
        int value = 0;
        for (int i = 0; i < pointCount; ++i) {
            if (flags[i] & shortBit) {
                const int delta = at < glyph.size() ? quint8(glyph[at]) : 0;
                value += (flags[i] & sameBit) ? delta : -delta;
                at += 1;
            } else if (!(flags[i] & sameBit)) {
                value += readS16(glyph, at);
                at += 2;
            }
            values.push_back(value);
        }
        return values;
    };
    const std::vector<int> xs = coordinates(XShort, XSameOrPositive);
    const std::vector<int> ys = coordinates(YShort, YSameOrPositive);
    if (at > glyph.size())
        return {};
    std::vector<GlyphPoint> result;
    for (int i = 0; i < pointCount; ++i)
        result.push_back({QPointF(xs[i], -ys[i]), bool(flags[i] & OnCurve)});
    return result;
}

QPainterPath TrueTypeFile::outline(int glyph) const
{
    QPainterPath path;
    path.setFillRule(Qt::WindingFill);
    const QByteArrayView data = glyphData(glyph);
    const int contourCount = readS16(data, 0);
    if (contourCount <= 0) // empty, or composite: Qt writes no composites
        return path;
    std::vector<int> contourEnds;
    for (int i = 0; i < contourCount; ++i)
        contourEnds.push_back(readU16(data, 10 + 2 * i));
    const qsizetype instructionLength = readU16(data, 10 + 2 * contourCount);
    const std::vector<GlyphPoint> all = points(data, contourEnds.back() + 1, 12 + 2 * contourCount + instructionLength);
    int start = 0;
    for (int end : contourEnds) {
        if (end < start || end >= int(all.size()))
            return QPainterPath();
        addContour(path, std::vector<GlyphPoint>(all.begin() + start, all.begin() + end + 1));
        start = end + 1;
    }
    return path;
}

// The PostScript name (name ID 6) — Qt's BaseFont is that name with ' ' made '_'.
QByteArray postscriptNameOf(QByteArrayView nameTable)
{
    const int count = readU16(nameTable, 2);
    const qsizetype storage = readU16(nameTable, 4);
    QByteArray fallback;
    for (int i = 0; i < count; ++i) {
        const qsizetype record = 6 + 12 * i;
        const int platform = readU16(nameTable, record);
        const qsizetype length = readU16(nameTable, record + 8);
        const qsizetype offset = storage + readU16(nameTable, record + 10);
        if (readU16(nameTable, record + 6) != 6 || offset + length > nameTable.size())
            continue;
        const QByteArrayView bytes = nameTable.sliced(offset, length);
        if (platform == 1) { // Macintosh: single bytes
            fallback = bytes.toByteArray();
            continue;
        }
        QString name; // Unicode and Windows platforms: UTF-16BE
        for (qsizetype at = 0; at + 1 < bytes.size(); at += 2)
            name += QChar(readU16(bytes, at));
        return name.toLatin1();
    }
    return fallback;
}

// ============================================================== 5. source fonts and matching

struct NonBmpGlyph {
    quint32 glyph = 0;
    char32_t codePoint = 0; // the lowest code point that reaches the glyph
    QRectF controlBox; // font units, y down
    qreal advance = 0;
};

// A face the PDF may have been painted with, at one pixel per font unit, so that its
// outlines are in the same units Qt used (QFontEngine::getUnscaledGlyph).
class SourceFont
{
public:
    explicit SourceFont(QRawFont font)
        : m_font(std::move(font))
    {
        m_font.setPixelSize(m_font.unitsPerEm());
        m_postscriptName = postscriptNameOf(m_font.fontTable("name")).replace(' ', '_');
    }

    const QByteArray& postscriptName() const { return m_postscriptName; }
    qreal unitsPerEm() const { return m_font.unitsPerEm(); }
    QPainterPath outline(quint32 glyph) const { return m_font.pathForGlyph(glyph); }
    const std::vector<NonBmpGlyph>& nonBmpGlyphs();

private:
    QSet<quint32> bmpGlyphs() const;

    QRawFont m_font;
    QByteArray m_postscriptName;
    std::optional<std::vector<NonBmpGlyph>> m_nonBmpGlyphs;
};

// Glyphs Qt already mapped: it asks the font for every BMP code point.
QSet<quint32> SourceFont::bmpGlyphs() const
{
    QString characters;
    for (char32_t c = 1; c <= 0xffff; ++c) {
        if ((c < 0xd800 || c > 0xdfff) && m_font.supportsCharacter(c))
            characters += QChar(char16_t(c));
    }
    const QList<quint32> glyphs = m_font.glyphIndexesForString(characters);
    return QSet<quint32>(glyphs.begin(), glyphs.end());
}

// Glyphs reached only from outside the BMP — the ones Qt leaves without text. Built on
// first use: about 0.1 s for IPAmj明朝 (28,000 such glyphs), nothing for unused faces.
const std::vector<NonBmpGlyph>& SourceFont::nonBmpGlyphs()
{
    if (m_nonBmpGlyphs)
        return *m_nonBmpGlyphs;
    std::vector<char32_t> codePoints;
    for (char32_t codePoint = 0x10000; codePoint <= 0x10ffff; ++codePoint) {
        if (m_font.supportsCharacter(codePoint))
            codePoints.push_back(codePoint);
    }
    const QList<quint32> glyphs =
        m_font.glyphIndexesForString(QString::fromUcs4(codePoints.data(), qsizetype(codePoints.size())));
    const QList<QPointF> advances = m_font.advancesForGlyphIndexes(glyphs);
    m_nonBmpGlyphs.emplace();
    if (glyphs.size() != qsizetype(codePoints.size()) || advances.size() != glyphs.size())
        return *m_nonBmpGlyphs;
    QSet<quint32> seen = bmpGlyphs();
    for (qsizetype i = 0; i < glyphs.size(); ++i) {
        if (glyphs[i] == 0 || seen.contains(glyphs[i]))
            continue;
        seen.insert(glyphs[i]);
        m_nonBmpGlyphs->push_back(
            {glyphs[i], codePoints[std::size_t(i)], m_font.boundingRect(glyphs[i]), advances[i].x()});
    }
    return *m_nonBmpGlyphs;
}

// An embedded glyph that has no text yet, in the subset's units (2048 per em).
struct SubsetGlyph {
    int code = 0;
    QPainterPath outline;
    QRectF controlBox;
    qreal advance = 0;
};

// Qt rebuilds each outline from the source glyph (cubic → quadratic within 3 units, then
// whole units), so a genuine match stays within a few units of the source outline
// everywhere, while a different kanji — or a variant one stroke or dot apart — is far off
// somewhere. Measured with probe/probe3.cpp on BIZ UDGothic's 313 non-BMP glyphs and two
// samples (1,434 and 2,207) of IPAmj明朝's 28,680: true matches ≤ 9.5 units, nearest wrong
// candidate ≥ 64 units. The tolerance sits between the two; at it, all 28,680 IPAmj and
// all 313 BIZ UD glyphs (Gothic, Gothic Bold, Mincho) come back as themselves, except one
// pair IPAmj draws identically (see duplicatesOf).
constexpr qreal kOutlineTolerance = 20; // subset units (2048 per em), 1 % of the em
constexpr qreal kMetricsTolerance = 8; // control boxes of true matches differ by ≤ 1 unit

bool metricsClose(const SubsetGlyph& glyph, const NonBmpGlyph& candidate, qreal scale)
{
    const QRectF box = QTransform::fromScale(scale, scale).mapRect(candidate.controlBox);
    return std::abs(candidate.advance * scale - glyph.advance) <= 2
           && std::abs(box.left() - glyph.controlBox.left()) <= kMetricsTolerance
           && std::abs(box.right() - glyph.controlBox.right()) <= kMetricsTolerance
           && std::abs(box.top() - glyph.controlBox.top()) <= kMetricsTolerance
           && std::abs(box.bottom() - glyph.controlBox.bottom()) <= kMetricsTolerance;
}

qreal distanceToSegment(QPointF p, const QLineF& segment)
{
    const QPointF ab = segment.p2() - segment.p1();
    const qreal lengthSquared = QPointF::dotProduct(ab, ab);
    const qreal t =
        lengthSquared > 0 ? std::clamp(QPointF::dotProduct(p - segment.p1(), ab) / lengthSquared, 0.0, 1.0) : 0.0;
    const QPointF offset = p - (segment.p1() + t * ab);
    return std::hypot(offset.x(), offset.y());
}

// The outline's edges cut to pieces no longer than `step`: their end points then sample
// the middle of long straight strokes too.
std::vector<QLineF> shortEdges(const QPainterPath& path, qreal step)
{
    std::vector<QLineF> edges;
    for (const QPolygonF& polygon : path.toSubpathPolygons()) {
        for (qsizetype i = 0; i + 1 < polygon.size(); ++i) {
            const QLineF edge(polygon[i], polygon[i + 1]);
            const int pieces = qMax(1, int(std::ceil(edge.length() / step)));
            for (int k = 0; k < pieces; ++k)
                edges.emplace_back(edge.pointAt(qreal(k) / pieces), edge.pointAt(qreal(k + 1) / pieces));
        }
    }
    return edges;
}

// Answers "is this point within `tolerance` of the outline?" quickly. The short edges are
// bucketed by a grid of cells twice the tolerance wide: a point that near an edge is at
// most one cell away from the cell of the edge's start, so a query looks at 3 × 3 cells.
class OutlineIndex
{
public:
    OutlineIndex(const std::vector<QLineF>& edges, qreal tolerance)
        : m_tolerance(tolerance)
    {
        for (const QLineF& edge : edges)
            m_cells[cellOf(edge.p1())].push_back(edge);
    }

    bool isNear(QPointF point) const
    {
        const quint64 cell = cellOf(point);
        for (qint64 dx = -1; dx <= 1; ++dx) {
            for (qint64 dy = -1; dy <= 1; ++dy) {
                const auto edges = m_cells.constFind(cell + quint64(dx << 32) + quint64(dy));
                if (edges == m_cells.cend())
                    continue;
                for (const QLineF& edge : *edges) {
                    if (distanceToSegment(point, edge) <= m_tolerance)
                        return true;
                }
            }
        }
        return false;
    }

private:
    // Column in the high half, row in the low half, both offset to stay positive.
    quint64 cellOf(QPointF p) const
    {
        const qreal size = 2 * m_tolerance;
        const auto column = quint64(qint64(std::floor(p.x() / size)) + (1 << 20));
        const auto row = quint64(qint64(std::floor(p.y() / size)) + (1 << 20));
        return column << 32 | row;
    }

    qreal m_tolerance;
    QHash<quint64, std::vector<QLineF>> m_cells;
};

// The on-curve points stored in the path itself, before any flattening: the cheap first
// test that rejects most wrong candidates.
bool cornersLieOn(const QPainterPath& path, const OutlineIndex& outline)
{
    for (int i = 0; i < path.elementCount(); ++i) {
        const QPainterPath::Element element = path.elementAt(i);
        if ((element.isMoveTo() || element.isLineTo()) && !outline.isNear(element))
            return false;
    }
    return true;
}

bool liesOn(const std::vector<QLineF>& edges, const OutlineIndex& outline)
{
    return std::all_of(edges.begin(), edges.end(), [&](const QLineF& edge) { return outline.isNear(edge.p1()); });
}

struct Identification {
    char32_t codePoint = 0;
    std::vector<char32_t> sameOutline; // other code points drawn with an identical outline
};

// Source glyphs drawn exactly like `match` under other code points: fonts sometimes carry
// one design twice (IPAmj明朝: U+29F3B and U+2E4D6). The PDF cannot tell which was printed.
std::vector<char32_t> duplicatesOf(const NonBmpGlyph& match, SourceFont& font)
{
    std::vector<char32_t> duplicates;
    const QPainterPath outline = font.outline(match.glyph);
    for (const NonBmpGlyph& other : font.nonBmpGlyphs()) {
        if (other.glyph != match.glyph && other.controlBox == match.controlBox && other.advance == match.advance
            && font.outline(other.glyph) == outline)
            duplicates.push_back(other.codePoint);
    }
    return duplicates;
}

// Which character of `font` the subset glyph is, if any: the candidate whose outline lies
// within the tolerance of the glyph's, and the glyph's within the candidate's (both ways,
// so an extra dot on either side fails). The candidates come in code point order, so of
// duplicates the lowest code point wins, as it does in Qt's own BMP map.
std::optional<Identification> identify(const SubsetGlyph& glyph, qreal subsetUnitsPerEm, SourceFont& font,
                                       qreal tolerance = kOutlineTolerance)
{
    const qreal scale = subsetUnitsPerEm / font.unitsPerEm();
    const std::vector<QLineF> glyphEdges = shortEdges(glyph.outline, tolerance);
    const OutlineIndex glyphOutline(glyphEdges, tolerance);
    for (const NonBmpGlyph& candidate : font.nonBmpGlyphs()) {
        if (!metricsClose(glyph, candidate, scale))
            continue;
        const QPainterPath outline = QTransform::fromScale(scale, scale).map(font.outline(candidate.glyph));
        if (!cornersLieOn(outline, glyphOutline))
            continue;
        const std::vector<QLineF> candidateEdges = shortEdges(outline, tolerance);
        if (liesOn(candidateEdges, glyphOutline) && liesOn(glyphEdges, OutlineIndex(candidateEdges, tolerance)))
            return Identification{candidate.codePoint, duplicatesOf(candidate, font)};
    }
    return std::nullopt;
}

// ============================================================== 6. one font of the PDF

// What Qt writes for each font (QPdfEnginePrivate::embedFont): a Type0 font with
// Identity-H encoding and a ToUnicode stream, whose CIDFontType2 descendant maps CIDs to
// glyphs of the embedded FontFile2 one to one (CIDToGIDMap /Identity).
struct EmbeddedFont {
    QByteArray baseFont;
    int toUnicode = -1;
    int fontFile = -1;
};

const PdfValue* dictEntry(const PdfFile& pdf, const PdfValue* dict, QByteArrayView key, PdfValue& storage)
{
    const PdfValue* resolved = pdf.resolve(dict, storage);
    if (!resolved || resolved->kind != PdfValue::Kind::Dict)
        return nullptr;
    return resolved->get(key);
}

std::optional<EmbeddedFont> embeddedFont(const PdfFile& pdf, const PdfValue& font)
{
    const PdfValue* toUnicode = font.get("ToUnicode");
    const PdfValue* encoding = font.get("Encoding");
    const PdfValue* descendants = font.get("DescendantFonts");
    if (!font.get("Subtype") || !font.get("Subtype")->isName("Type0") || !toUnicode
        || toUnicode->kind != PdfValue::Kind::Ref || !encoding || !encoding->isName("Identity-H") || !descendants
        || descendants->kind != PdfValue::Kind::Array || descendants->items.size() != 1)
        return std::nullopt;
    PdfValue cidStorage, descriptorStorage;
    const PdfValue* cidFont = pdf.resolve(&descendants->items[0], cidStorage);
    if (!cidFont || cidFont->kind != PdfValue::Kind::Dict || !cidFont->get("CIDToGIDMap")
        || !cidFont->get("CIDToGIDMap")->isName("Identity"))
        return std::nullopt;
    const PdfValue* fontFile = dictEntry(pdf, cidFont->get("FontDescriptor"), "FontFile2", descriptorStorage);
    if (!fontFile || fontFile->kind != PdfValue::Kind::Ref)
        return std::nullopt;
    const PdfValue* baseFont = font.get("BaseFont");
    return EmbeddedFont{baseFont ? baseFont->text : QByteArray(), toUnicode->ref, fontFile->ref};
}

std::vector<EmbeddedFont> embeddedFonts(const PdfFile& pdf)
{
    std::vector<EmbeddedFont> fonts;
    for (int number : pdf.objectNumbers()) {
        const auto object = pdf.object(number);
        if (!object || object->streamStart >= 0 || object->value.kind != PdfValue::Kind::Dict)
            continue;
        const PdfValue* type = object->value.get("Type");
        if (type && type->isName("Font")) {
            if (auto font = embeddedFont(pdf, object->value))
                fonts.push_back(*font);
        }
    }
    return fonts;
}

// The faces to try for a font: the one whose PostScript name is the BaseFont, or every
// face when none is (the outline comparison decides either way).
std::vector<SourceFont*> facesFor(const QByteArray& baseFont, std::vector<SourceFont>& sources)
{
    std::vector<SourceFont*> named, all;
    for (SourceFont& source : sources) {
        all.push_back(&source);
        if (source.postscriptName() == baseFont)
            named.push_back(&source);
    }
    return named.empty() ? all : named;
}

QString codePointText(char32_t codePoint)
{
    return QStringLiteral("U+") + QString::number(uint(codePoint), 16).toUpper();
}

QByteArray codeText(int code)
{
    return '<' + QByteArray::number(code, 16).toUpper().rightJustified(4, '0') + '>';
}

std::optional<Identification> identifyInFaces(const SubsetGlyph& glyph, qreal subsetUnitsPerEm,
                                              const std::vector<SourceFont*>& faces)
{
    for (SourceFont* face : faces) {
        if (auto identification = identify(glyph, subsetUnitsPerEm, *face))
            return identification;
    }
    return std::nullopt;
}

void noteAmbiguity(ToUnicodeReport& report, const QString& glyph, const Identification& identification)
{
    if (identification.sameOutline.empty())
        return;
    QStringList others;
    for (char32_t other : identification.sameOutline)
        others << codePointText(other);
    report.ambiguous << glyph + QLatin1Char(' ') + codePointText(identification.codePoint)
                            + QStringLiteral(" (same outline: ") + others.join(QStringLiteral(", ")) + QLatin1Char(')');
}

// Text for each visible glyph of the subset that the CMap leaves without any.
std::map<int, char32_t> missingText(const TrueTypeFile& subset, const QSet<int>& mapped, const EmbeddedFont& font,
                                    std::vector<SourceFont>& sources, ToUnicodeReport& report)
{
    std::map<int, char32_t> additions;
    const std::vector<SourceFont*> faces = facesFor(font.baseFont, sources);
    for (int code = 1; code < subset.glyphCount(); ++code) {
        if (mapped.contains(code))
            continue;
        const SubsetGlyph glyph{code, subset.outline(code), subset.controlBox(code), subset.advance(code)};
        if (glyph.outline.isEmpty())
            continue; // nothing visible, nothing to read
        const QString what = QString::fromLatin1(font.baseFont + ' ' + codeText(code));
        const auto identification = identifyInFaces(glyph, subset.unitsPerEm(), faces);
        if (!identification) {
            report.unresolved << what;
            continue;
        }
        additions[code] = identification->codePoint;
        report.added << what + QLatin1Char(' ') + codePointText(identification->codePoint);
        noteAmbiguity(report, what, *identification);
    }
    return additions;
}

// The new ToUnicode object for one font, or nullopt when it already has all its text (or
// is not what Qt writes). Qt's ToUnicode dictionary holds only /Length, so a fresh one
// (with /Filter if the old stream was compressed) replaces it.
std::optional<QByteArray> completedToUnicode(const PdfFile& pdf, const EmbeddedFont& font,
                                             std::vector<SourceFont>& sources, ToUnicodeReport& report)
{
    const auto cmap = pdf.streamData(font.toUnicode);
    const auto fontData = pdf.streamData(font.fontFile);
    const auto subset = fontData ? TrueTypeFile::parse(*fontData) : std::nullopt;
    if (!cmap || !subset)
        return std::nullopt;
    const std::map<int, char32_t> additions = missingText(*subset, mappedCodes(*cmap), font, sources, report);
    const auto completed = withEntries(*cmap, additions);
    if (!completed)
        return std::nullopt;
    report.glyphsAdded += int(additions.size());
    const auto original = pdf.object(font.toUnicode);
    const bool compressed = original && original->value.get("Filter");
    return streamObject(font.toUnicode, pdf.generation(font.toUnicode), *completed, compressed);
}

} // namespace

// ============================================================== 7. public functions

QList<QRawFont> pdfSourceFonts(const QFont& font)
{
    QStringList families = font.families();
    if (families.isEmpty())
        families << font.family();
    QList<QRawFont> faces;
    QSet<QByteArray> seen;
    for (const QString& family : families) {
        for (const QString& style : QFontDatabase::styles(family)) {
            QFont face = QFontDatabase::font(family, style, 12);
            face.setHintingPreference(QFont::PreferNoHinting); // outlines as designed
            const QRawFont raw = QRawFont::fromFont(face);
            const QByteArray name = postscriptNameOf(raw.fontTable("name"));
            if (raw.isValid() && !seen.contains(name)) {
                seen.insert(name);
                faces << raw;
            }
        }
    }
    return faces;
}

std::optional<QByteArray> completeToUnicode(const QByteArray& pdfWrittenByQt, const QList<QRawFont>& sourceFonts,
                                            ToUnicodeReport* report)
{
    const auto pdf = PdfFile::open(pdfWrittenByQt);
    if (!pdf)
        return std::nullopt;
    std::vector<SourceFont> sources;
    for (const QRawFont& font : sourceFonts) {
        if (font.isValid())
            sources.emplace_back(font);
    }
    ToUnicodeReport localReport;
    ToUnicodeReport& out = report ? *report : localReport;
    QHash<int, QByteArray> replacements;
    for (const EmbeddedFont& font : embeddedFonts(*pdf)) {
        if (auto object = completedToUnicode(*pdf, font, sources, out))
            replacements.insert(font.toUnicode, *object);
    }
    if (replacements.isEmpty())
        return pdfWrittenByQt;
    return pdf->rewritten(replacements);
}

} // namespace daicho
