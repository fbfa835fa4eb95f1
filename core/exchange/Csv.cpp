#include "exchange/Csv.h"

#include "exchange/Cp932.h"

#include <QCoreApplication>
#include <QSet>
#include <QStringDecoder>

#include <optional>
#include <utility>

namespace daicho {

namespace {

constexpr char kUtf8Bom[] = "\xEF\xBB\xBF";

// --- Formula injection -------------------------------------------------------------------

bool startsFormula(QChar c)
{
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

qsizetype leadingApostrophes(const QString& field)
{
    qsizetype count = 0;
    while (count < field.size() && field.at(count) == u'\'')
        ++count;
    return count;
}

// An optional sign, digits with thousands commas, at most one decimal point.
bool isPlainNumber(const QString& field)
{
    qsizetype i = (field.startsWith(u'+') || field.startsWith(u'-')) ? 1 : 0;
    bool digits = false;
    bool point = false;
    for (; i < field.size(); ++i) {
        const QChar c = field.at(i);
        if (c >= u'0' && c <= u'9')
            digits = true;
        else if (c == u',' && digits && !point)
            continue;
        else if (c == u'.' && !point)
            point = true;
        else
            return false;
    }
    return digits;
}

bool needsFormulaEscape(const QString& field)
{
    const qsizetype apostrophes = leadingApostrophes(field);
    if (apostrophes == field.size() || !startsFormula(field.at(apostrophes)))
        return false;
    if (apostrophes > 0)
        return true; // one more, for parseCsv to take off again
    return field.size() > 1 && !isPlainNumber(field);
}

QString unescapeFormula(QString field)
{
    const qsizetype apostrophes = leadingApostrophes(field);
    if (apostrophes > 0 && apostrophes < field.size() && startsFormula(field.at(apostrophes)))
        field.remove(0, 1);
    return field;
}

// --- Writing -----------------------------------------------------------------------------

bool needsQuotes(const QString& field)
{
    if (field.isEmpty())
        return false;
    if (field.front().isSpace() || field.back().isSpace())
        return true;
    for (const QChar c : field)
        if (c == u',' || c == u'"' || c == u'\r' || c == u'\n')
            return true;
    return false;
}

void appendField(QString& out, const QString& value)
{
    QString field = value;
    if (needsFormulaEscape(field))
        field.prepend(u'\'');
    if (!needsQuotes(field)) {
        out.append(field);
        return;
    }
    field.replace(u'"', QStringLiteral("\"\""));
    out.append(u'"');
    out.append(field);
    out.append(u'"');
}

// --- Reading -----------------------------------------------------------------------------

// RFC 3629 UTF-8 (no overlong forms, no surrogates, nothing above U+10FFFF), checked without
// building the text.
bool isUtf8(QByteArrayView bytes)
{
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
    const qsizetype n = bytes.size();
    for (qsizetype i = 0; i < n;) {
        const unsigned char b = p[i];
        if (b < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        unsigned char low = 0x80;
        unsigned char high = 0xBF;
        if (b >= 0xC2 && b <= 0xDF) {
            length = 2;
        } else if (b >= 0xE0 && b <= 0xEF) {
            length = 3;
            low = b == 0xE0 ? 0xA0 : 0x80; // no overlong form
            high = b == 0xED ? 0x9F : 0xBF; // no surrogate
        } else if (b >= 0xF0 && b <= 0xF4) {
            length = 4;
            low = b == 0xF0 ? 0x90 : 0x80;
            high = b == 0xF4 ? 0x8F : 0xBF; // nothing above U+10FFFF
        } else {
            return false;
        }
        if (i + length > n || p[i + 1] < low || p[i + 1] > high)
            return false;
        for (int k = 2; k < length; ++k)
            if (p[i + k] < 0x80 || p[i + k] > 0xBF)
                return false;
        i += length;
    }
    return true;
}

Error unclosedQuote(int line)
{
    return makeError(ErrorCode::InvalidInput,
                     QCoreApplication::translate("daicho::Csv",
                                                 "Line %1: the double quote (\") that starts a field there is "
                                                 "never closed. Add the closing quote; a quote inside a field is "
                                                 "written twice (\"\").")
                         .arg(line),
                     QStringLiteral("unterminated quoted field"));
}

} // namespace

QByteArray csvDocument(const QList<QStringList>& rows, CsvEncoding encoding)
{
    QString text;
    for (const QStringList& row : rows) {
        for (qsizetype column = 0; column < row.size(); ++column) {
            if (column > 0)
                text.append(u',');
            appendField(text, row.at(column));
        }
        text.append(QStringLiteral("\r\n"));
    }
    if (encoding == CsvEncoding::Cp932)
        return toCp932(text);
    return QByteArray(kUtf8Bom) + text.toUtf8();
}

QList<UnencodableCharacter> charactersNotInCp932(const QList<QStringList>& rows)
{
    QList<UnencodableCharacter> found;
    QSet<char32_t> seen;
    for (qsizetype row = 0; row < rows.size(); ++row) {
        for (qsizetype column = 0; column < rows.at(row).size(); ++column) {
            const QString& field = rows.at(row).at(column);
            for (qsizetype i = 0; i < field.size();) {
                const bool pair =
                    field.at(i).isHighSurrogate() && i + 1 < field.size() && field.at(i + 1).isLowSurrogate();
                const qsizetype width = pair ? 2 : 1;
                const char32_t codePoint =
                    pair ? QChar::surrogateToUcs4(field.at(i), field.at(i + 1)) : field.at(i).unicode();
                if (!isInCp932(codePoint) && !seen.contains(codePoint)) {
                    seen.insert(codePoint);
                    found.append({field.mid(i, width), static_cast<int>(row), static_cast<int>(column)});
                }
                i += width;
            }
        }
    }
    return found;
}

Result<CsvReader> CsvReader::open(const QByteArray& bytes)
{
    const QByteArrayView bom(kUtf8Bom, 3);
    if (bytes.startsWith(bom) && isUtf8(QByteArrayView(bytes).sliced(bom.size())))
        return CsvReader(bytes, bom.size(), CsvEncoding::Utf8Bom);
    if (!bytes.startsWith(bom) && isUtf8(bytes))
        return CsvReader(bytes, 0, CsvEncoding::Utf8Bom);
    if (!bytes.startsWith(bom) && isCp932(bytes))
        return CsvReader(bytes, 0, CsvEncoding::Cp932);
    return makeError(ErrorCode::InvalidInput,
                     QCoreApplication::translate("daicho::Csv",
                                                 "This file is neither UTF-8 nor Shift_JIS (CP932) text, so it "
                                                 "cannot be read. Open it in Excel, save it with \"Save As\" and "
                                                 "the file type \"CSV UTF-8 (Comma delimited)\", then import "
                                                 "the saved file."),
                     QStringLiteral("encoding not detected"));
}

CsvReader::CsvReader(const QByteArray& bytes, qsizetype start, CsvEncoding encoding)
    : m_bytes(bytes)
    , m_pos(start)
    , m_encoding(encoding)
{ }

QString CsvReader::decoded(QByteArrayView field) const
{
    if (m_encoding == CsvEncoding::Cp932)
        return fromCp932(field).value_or(QString()); // open() checked the whole file
    // Stateless: the field is whole. ConvertInitialBom: a BOM inside the file is a character
    // (only the one at its start, which open() took off, means "UTF-8").
    QStringDecoder decoder(QStringConverter::Utf8,
                           QStringConverter::Flag::Stateless | QStringConverter::Flag::ConvertInitialBom);
    return decoder.decode(field);
}

// RFC 4180 with Excel's leniency; see parseCsv.
Result<std::optional<CsvReader::Row>> CsvReader::next(bool decodeFields)
{
    const qsizetype n = m_bytes.size();
    if (m_pos >= n)
        return std::optional<Row>();
    Row row;
    row.line = m_line;
    bool fieldStarted = false; // a quote opens a quoted field only as its first character
    bool inQuotes = false;
    int quoteLine = m_line;
    qsizetype plainStart = m_pos; // an unquoted stretch of the field not yet copied
    m_field.clear();
    const auto endField = [&] {
        if (decodeFields) {
            m_field.append(m_bytes.sliced(plainStart, m_pos - plainStart));
            row.fields.append(unescapeFormula(decoded(m_field)));
        }
        m_field.clear();
        fieldStarted = false;
    };
    for (; m_pos < n; ++m_pos) {
        const char c = m_bytes.at(m_pos);
        const bool lineBreak = c == '\r' || c == '\n';
        const bool crlf = c == '\r' && m_pos + 1 < n && m_bytes.at(m_pos + 1) == '\n';
        if (inQuotes) {
            if (c == '"' && m_pos + 1 < n && m_bytes.at(m_pos + 1) == '"') {
                if (decodeFields)
                    m_field.append('"');
                ++m_pos;
            } else if (c == '"') {
                inQuotes = false;
                plainStart = m_pos + 1;
            } else {
                if (decodeFields)
                    m_field.append(c);
                if (crlf) {
                    ++m_pos;
                    if (decodeFields)
                        m_field.append('\n');
                }
                if (lineBreak)
                    ++m_line;
            }
            continue;
        }
        if (c == ',') {
            endField();
            plainStart = m_pos + 1;
        } else if (lineBreak) {
            endField();
            ++m_line;
            m_pos += crlf ? 2 : 1;
            return std::optional<Row>(std::move(row));
        } else if (c == '"' && !fieldStarted) {
            if (decodeFields)
                m_field.append(m_bytes.sliced(plainStart, m_pos - plainStart));
            inQuotes = true;
            fieldStarted = true;
            quoteLine = m_line;
        } else {
            fieldStarted = true;
        }
    }
    if (inQuotes)
        return unclosedQuote(quoteLine);
    endField();
    return std::optional<Row>(std::move(row));
}

Result<CsvTable> parseCsv(const QByteArray& bytes)
{
    auto reader = CsvReader::open(bytes);
    if (!reader)
        return reader.error();
    CsvTable table;
    table.encoding = reader->encoding();
    while (true) {
        auto row = reader->next();
        if (!row)
            return row.error();
        if (!row.value())
            return table;
        table.rows.append(std::move(row.value()->fields));
        table.lineNumbers.append(row.value()->line);
    }
}

} // namespace daicho
