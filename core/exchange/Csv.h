#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace daicho {

// CSV as Excel on Japanese Windows reads and writes it, for exports people open with a
// double-click and for imports of what they kept in Excel.

// Excel guesses the encoding of a double-clicked .csv: UTF-8 only with a byte-order mark,
// otherwise CP932. Older Excel and many other Japanese programs read only CP932.
enum class CsvEncoding {
    Utf8Bom, // UTF-8 starting with EF BB BF; as detected by parseCsv, UTF-8 with or without it
    Cp932, // Windows' Shift_JIS (see Cp932.h)
};

// A whole file: the encoding's preamble (the BOM), then every row ended by CRLF. A field is
// quoted when it holds a comma, a double quote (doubled inside), CR or LF, or starts or
// ends with white space (which other programs trim). No normalisation: NFC would replace
// compatibility kanji that CP932 holds and names use (塚 U+FA10 with 塚 U+585A).
//
// Formula injection (OWASP "CSV Injection"): Excel runs a field starting with = + - @, TAB
// or CR as a formula, so such a field gets a leading apostrophe, which Excel shows as
// text. Not escaped, because they cannot be formulas and people sort and sum them: plain
// numbers (an optional sign, digits with thousands commas, one decimal point: "-5",
// "+1,200.50") and a lone sign ("-" meaning "none"). "+81-3-1234-5678" is escaped, which
// also keeps Excel from computing it. A field whose leading apostrophes are followed by one
// of those characters gets one apostrophe more, so that parseCsv gives back exactly what was
// written.
//
// A row without fields is written as an empty line and read back as one empty field.
// In CP932, characters it cannot hold are written as '?': check charactersNotInCp932 first.
QByteArray csvDocument(const QList<QStringList>& rows, CsvEncoding encoding);

// A character CP932 cannot hold and where it first appears (0-based indexes into rows).
struct UnencodableCharacter {
    QString character; // one code point: a surrogate pair stays whole (𠮷, 🙂)
    int row = 0;
    int column = 0;
};

// The distinct characters of rows that a CP932 export would turn into '?', in order of
// first appearance, so that people can be told before they export (or export UTF-8).
// Checked per code point: a combining mark (か゚ is か + U+309A) is listed alone.
QList<UnencodableCharacter> charactersNotInCp932(const QList<QStringList>& rows);

struct CsvTable {
    QList<QStringList> rows;
    QList<int> lineNumbers; // the 1-based line of the file where each row starts
    CsvEncoding encoding = CsvEncoding::Utf8Bom;
};

// Reads a CSV file. Encoding: a UTF-8 BOM means UTF-8; otherwise valid UTF-8 is UTF-8 (plain
// ASCII included); otherwise valid CP932 is CP932; anything else (UTF-16 from Excel's
// "Unicode text", EUC-JP, a binary file) is refused with a message saying what to do.
//
// RFC 4180 and Excel's ways: fields separated by commas; a field starting with a double
// quote runs to the closing one, with "" for a quote and commas and line breaks (kept as
// they are) inside; lines end with CRLF, LF or CR; the line break that ends the file does
// not start an empty row, but an empty line elsewhere is a row with one empty field. Like
// Excel, a quote inside an unquoted field, and text after a closing quote, are taken as
// they are. A quoted field still open at the end of the file is an error naming the line
// where it starts.
//
// Values are taken literally (no trimming, no type guessing) except the apostrophe that
// csvDocument adds: a field whose leading apostrophes are followed by = + - @ TAB or CR loses
// one apostrophe.
[[nodiscard]] Result<CsvTable> parseCsv(const QByteArray& bytes);

// The same reading a row at a time, for files too large to hold as a table: the delimiters
// (, " CR LF) are ASCII and never part of a multi-byte character in UTF-8 or CP932, so the
// rows are cut from the bytes and only their fields are decoded. The bytes must outlive the
// reader. parseCsv is this reader run to the end.
class CsvReader
{
public:
    struct Row {
        QStringList fields;
        int line = 0; // the 1-based line of the file where the row starts
    };

    // Refuses (InvalidInput, the message of parseCsv) bytes that are neither UTF-8 nor CP932.
    [[nodiscard]] static Result<CsvReader> open(const QByteArray& bytes);
    // The reader keeps a view of `bytes`, not a copy: a temporary would be gone before the
    // first row is read, so the compiler refuses one (every rvalue, const or not, prefers
    // this overload to the one above).
    static Result<CsvReader> open(const QByteArray&& bytes) = delete;

    CsvEncoding encoding() const { return m_encoding; }
    // The next row, nothing at the end, or the error of a quote never closed. With
    // `decodeFields` false the row's fields stay empty (counting rows costs no decoding).
    [[nodiscard]] Result<std::optional<Row>> next(bool decodeFields = true);

private:
    CsvReader(const QByteArray& bytes, qsizetype start, CsvEncoding encoding);
    QString decoded(QByteArrayView field) const;

    QByteArrayView m_bytes;
    qsizetype m_pos = 0;
    int m_line = 1;
    CsvEncoding m_encoding = CsvEncoding::Utf8Bom;
    QByteArray m_field; // reused between fields
};

} // namespace daicho
