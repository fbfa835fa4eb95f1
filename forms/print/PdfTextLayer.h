#pragma once

#include <QByteArray>
#include <QList>
#include <QRawFont>
#include <QStringList>

#include <optional>

class QFont;

namespace daicho {

// Qt 6.4's PDF engine (QFontSubset::getReverseMap) builds the ToUnicode CMap of every
// embedded font subset by asking the font for each code point below U+10000 only. A glyph
// that is reached from outside the BMP — 𠮷 U+20BB7, 𠮟 U+20B9F, the rare kanji of names —
// prints correctly but gets no text: pdftotext drops it, copy and search miss it.
//
// completeToUnicode() repairs such a PDF after QPdfWriter has finished it. For every
// embedded subset glyph that has no ToUnicode entry it finds which source-font glyph it
// is, by comparing its outline (taken from the embedded FontFile2) with the outlines of
// the source font's non-BMP glyphs, and adds a `<cid> <D842DFB7>` entry to that font's
// ToUnicode CMap. The page content is not touched, so the page renders exactly as before.

struct ToUnicodeReport {
    int glyphsAdded = 0; // ToUnicode entries added, over all fonts
    QStringList added; // "BIZUDGothic-Regular <0005> U+20B9F", for logs and tests
    QStringList unresolved; // subset glyphs still without text (no face given matches)
    QStringList ambiguous; // the font draws several code points identically; the lowest
                           // was used ("IPAmjMincho <0007> U+29F3B (same outline: U+2E4D6)")
};

// The faces Qt may have drawn `font` with: every style of every family in
// font.families() (or font.family()). Pass these to completeToUnicode().
QList<QRawFont> pdfSourceFonts(const QFont& font);

// `pdfWrittenByQt`: the bytes of a finished QPdfWriter document (classic xref table, one
// revision — what Qt writes). `sourceFonts`: the faces the text was drawn with, see
// pdfSourceFonts(); a face whose subset needs no repair costs nothing.
//
// Returns the repaired PDF (the same bytes when nothing was missing), or nullopt when the
// file is not of the shape Qt writes — then keep the original, it is still a valid PDF.
// Needs a QGuiApplication (it uses QRawFont).
std::optional<QByteArray> completeToUnicode(const QByteArray& pdfWrittenByQt, const QList<QRawFont>& sourceFonts,
                                            ToUnicodeReport* report = nullptr);

} // namespace daicho
