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

std::optional<QString> fromUtf8(QByteArrayView bytes)
{
    // Stateless: a sequence cut off at the end is an error, not something to wait for.
    // ConvertInitialBom: our caller has taken off the one BOM that means "UTF-8".
    QStringDecoder decoder(QStringConverter::Utf8,
                           QStringConverter::Flag::Stateless | QStringConverter::Flag::ConvertInitialBom);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return text;
}

struct DecodedText {
    QString text;
    CsvEncoding encoding = CsvEncoding::Utf8Bom;
};

std::optional<DecodedText> decode(const QByteArray& bytes)
{
    const QByteArrayView bom(kUtf8Bom, 3);
    if (bytes.startsWith(bom)) {
        if (auto text = fromUtf8(QByteArrayView(bytes).sliced(bom.size())))
            return DecodedText{std::move(*text), CsvEncoding::Utf8Bom};
        return std::nullopt;
    }
    if (auto text = fromUtf8(bytes))
        return DecodedText{std::move(*text), CsvEncoding::Utf8Bom};
    if (auto text = fromCp932(bytes))
        return DecodedText{std::move(*text), CsvEncoding::Cp932};
    return std::nullopt;
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

// RFC 4180 with Excel's leniency; see parseCsv.
Result<CsvTable> parseText(const QString& text, CsvEncoding encoding)
{
    CsvTable table;
    table.encoding = encoding;
    QStringList fields;
    QString field;
    bool fieldStarted = false; // a quote opens a quoted field only as its first character
    bool rowStarted = false;
    bool inQuotes = false;
    int line = 1;
    int rowLine = 1;
    int quoteLine = 1;
    const auto endField = [&] {
        fields.append(unescapeFormula(field));
        field.clear();
        fieldStarted = false;
    };
    const auto endRow = [&] {
        endField();
        table.rows.append(fields);
        table.lineNumbers.append(rowLine);
        fields.clear();
        rowStarted = false;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const bool lineBreak = c == u'\r' || c == u'\n';
        const bool crlf = c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n';
        if (inQuotes) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field.append(c);
                ++i;
            } else if (c == u'"') {
                inQuotes = false;
            } else {
                field.append(c);
                if (crlf)
                    field.append(text.at(++i));
                if (lineBreak)
                    ++line;
            }
            continue;
        }
        if (!rowStarted) {
            rowStarted = true;
            rowLine = line;
        }
        if (c == u',') {
            endField();
        } else if (lineBreak) {
            endRow();
            ++line;
            if (crlf)
                ++i;
        } else if (c == u'"' && !fieldStarted) {
            inQuotes = true;
            fieldStarted = true;
            quoteLine = line;
        } else {
            field.append(c);
            fieldStarted = true;
        }
    }
    if (inQuotes)
        return unclosedQuote(quoteLine);
    if (rowStarted)
        endRow();
    return table;
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

Result<CsvTable> parseCsv(const QByteArray& bytes)
{
    const std::optional<DecodedText> decoded = decode(bytes);
    if (!decoded)
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("daicho::Csv",
                                                     "This file is neither UTF-8 nor Shift_JIS (CP932) text, so it "
                                                     "cannot be read. Open it in Excel, save it with \"Save As\" and "
                                                     "the file type \"CSV UTF-8 (Comma delimited)\", then import "
                                                     "the saved file."),
                         QStringLiteral("encoding not detected"));
    return parseText(decoded->text, decoded->encoding);
}

} // namespace daicho
