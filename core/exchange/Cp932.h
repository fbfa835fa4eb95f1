#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>

#include <optional>

namespace daicho {

// CP932 (Windows-31J): what Japanese Windows and Excel call "Shift_JIS" — JIS X 0208 with
// the NEC and IBM extensions (① ㈱ ⅰ 髙 﨑) and Microsoft's mappings (～ is U+FF5E, ― U+2015,
// ∥ U+2225, － U+FF0D, ￢ U+FFE2), not the JIS standard ones (〜 U+301C and friends, which
// therefore cannot be written).
//
// The table comes from ICU through QStringDecoder/QStringEncoder("windows-31j"); in Qt 6.4
// "Shift_JIS", "CP932" and "windows-31j" all name ICU's ibm-943_P15A-2003, the Windows table.
// It is read once into lookup tables and applied here, because that ICU table also swaps
// the control codes 0x1A, 0x1C and 0x7F the IBM PC way, where Windows keeps them as ASCII:
// single bytes below 0x80 are always ASCII here. Without ICU (a Qt built without it),
// only ASCII is available and everything else counts as not encodable.

// Whether CP932 holds this code point (every ASCII character does).
bool isInCp932(char32_t codePoint);

// The text in CP932; each code point it cannot hold (an emoji, 𠮷, 〜) becomes '?', as
// Windows itself does. List them first with charactersNotInCp932 (Csv.h).
QByteArray toCp932(QStringView text);

// The text of CP932 bytes, or nullopt when some bytes are not CP932: a lead byte without a
// valid second byte, an unassigned code, or 0x80, 0xA0, 0xFD..0xFF.
std::optional<QString> fromCp932(QByteArrayView bytes);
// Whether fromCp932 would read these bytes, without building the text (a whole file).
bool isCp932(QByteArrayView bytes);

} // namespace daicho
