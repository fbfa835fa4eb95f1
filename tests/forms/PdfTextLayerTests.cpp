// Tests of daicho::completeToUnicode against real QPdfWriter output, checked with the
// poppler tools (pdftotext, pdfinfo, pdftoppm) the way a user's viewer would read it.

#include <catch2/catch.hpp>

#include "print/PdfTextLayer.h"

#include <QBuffer>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

#include <vector>

using namespace daicho;

namespace {

const QString kGothic = QStringLiteral("BIZ UDGothic");
const QString kMincho = QStringLiteral("BIZ UDMincho");
const QString kRareKanji = QStringLiteral("IPAmjMincho"); // has 𠮷, which BIZ UD lacks

// As Daicho's printFont(): the BIZ UD face first, IPAmj明朝 for the glyphs it lacks.
QFont printFont(const QString& family, bool bold = false)
{
    QFont font;
    font.setFamilies({family, kRareKanji});
    font.setPointSizeF(14);
    font.setBold(bold);
    return font;
}

QFont italic(QFont font)
{
    font.setItalic(true);
    return font;
}

struct Line {
    QFont font;
    QString text;
};
using Page = std::vector<Line>;

// Prints like the app: QPdfWriter, 300 dpi, A4, 10 mm margins.
QByteArray printPdf(const std::vector<Page>& pages,
                    QPagedPaintDevice::PdfVersion version = QPagedPaintDevice::PdfVersion_1_4)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(300);
        writer.setPdfVersion(version);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(10, 10, 10, 10),
                                         QPageLayout::Millimeter));
        QPainter painter(&writer);
        for (std::size_t p = 0; p < pages.size(); ++p) {
            if (p > 0)
                writer.newPage();
            int y = 200;
            for (const Line& line : pages[p]) {
                painter.setFont(line.font);
                painter.drawText(100, y, line.text);
                y += 150;
            }
        }
        painter.end();
    }
    return buffer.data();
}

QList<QRawFont> sourceFonts()
{
    QFont all;
    all.setFamilies({kGothic, kMincho, kRareKanji});
    return pdfSourceFonts(all);
}

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run run(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    process.waitForFinished(60000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
            process.readAllStandardError()};
}

QString writeTemp(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return path;
}

// pdftotext of one page (or all with page 0), UTF-8.
QString pdfText(const QByteArray& pdf, int page = 0)
{
    QTemporaryDir dir;
    const QString path = writeTemp(dir, QStringLiteral("t.pdf"), pdf);
    QStringList arguments{QStringLiteral("-enc"), QStringLiteral("UTF-8")};
    if (page > 0)
        arguments << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l") << QString::number(page);
    const Run result = run(QStringLiteral("pdftotext"), arguments << path << QStringLiteral("-"));
    REQUIRE(result.exitCode == 0);
    return QString::fromUtf8(result.out);
}

void checkXrefOffsets(const QByteArray& pdf);

// pdfinfo must read the file with no complaint at all: a wrong xref offset makes poppler
// print "Syntax Error" / "Syntax Warning" and reconstruct the table.
QString pdfInfo(const QByteArray& pdf)
{
    QTemporaryDir dir;
    const Run result = run(QStringLiteral("pdfinfo"), {writeTemp(dir, QStringLiteral("i.pdf"), pdf)});
    CHECK(result.exitCode == 0);
    CHECK(QString::fromUtf8(result.err) == QString());
    checkXrefOffsets(pdf);
    return QString::fromUtf8(result.out);
}

// Independently of poppler: startxref points at the table, and every object in use is
// exactly where its xref entry says ("N G obj").
void checkXrefOffsets(const QByteArray& pdf)
{
    const qsizetype startxref = pdf.lastIndexOf("startxref\n") + 10;
    const qsizetype xref = pdf.mid(startxref, pdf.indexOf('\n', startxref) - startxref).toLongLong();
    REQUIRE(pdf.mid(xref, 5) == "xref\n");
    const QList<QByteArray> header = pdf.mid(xref + 5, pdf.indexOf('\n', xref + 5) - xref - 5).split(' ');
    REQUIRE(header.size() == 2);
    const int count = header[1].toInt();
    qsizetype at = pdf.indexOf('\n', xref + 5) + 1;
    int inUse = 0;
    for (int number = 0; number < count; ++number, at += 20) {
        const QByteArray entry = pdf.mid(at, 20);
        REQUIRE(entry.size() == 20); // fixed-width entries, as the format requires
        if (entry.mid(17, 1) != "n")
            continue;
        const qsizetype offset = entry.left(10).toLongLong();
        const QByteArray expected =
            QByteArray::number(number) + ' ' + QByteArray::number(entry.mid(11, 5).toInt()) + " obj";
        INFO("object " << number);
        CHECK(pdf.mid(offset, expected.size()) == expected);
        ++inUse;
    }
    CHECK(inUse > 0);
    CHECK(pdf.mid(at, 8) == "trailer\n");
}

// pdftoppm PNG of one page, 150 dpi.
QByteArray renderPng(const QByteArray& pdf, int page)
{
    QTemporaryDir dir;
    const QString path = writeTemp(dir, QStringLiteral("r.pdf"), pdf);
    const QString prefix = dir.filePath(QStringLiteral("page"));
    const Run result =
        run(QStringLiteral("pdftoppm"),
            {QStringLiteral("-r"), QStringLiteral("150"), QStringLiteral("-png"), QStringLiteral("-singlefile"),
             QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"), QString::number(page), path, prefix});
    REQUIRE(result.exitCode == 0);
    CHECK(QString::fromUtf8(result.err) == QString());
    QFile png(prefix + QStringLiteral(".png"));
    REQUIRE(png.open(QIODevice::ReadOnly));
    return png.readAll();
}

int pageCount(const QString& info)
{
    const auto match = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

// Same pixels on every page, before and after — the repair only adds text.
void checkRendersTheSame(const QByteArray& before, const QByteArray& after, int pages)
{
    for (int page = 1; page <= pages; ++page) {
        INFO("page " << page);
        const QByteArray pngBefore = renderPng(before, page);
        const QByteArray pngAfter = renderPng(after, page);
        const QImage imageBefore = QImage::fromData(pngBefore);
        const QImage imageAfter = QImage::fromData(pngAfter);
        REQUIRE_FALSE(imageBefore.isNull());
        CHECK(imageBefore.size() == QSize(1240, 1755)); // A4 (595 x 842 pt) at 150 dpi
        CHECK(imageBefore == imageAfter);
        CHECK(pngBefore == pngAfter);
        // And the page is not blank: the text really was drawn.
        CHECK(imageBefore != QImage(imageBefore.size(), imageBefore.format()));
    }
}

QByteArray repaired(const QByteArray& pdf, ToUnicodeReport* report = nullptr)
{
    const auto fixed = completeToUnicode(pdf, sourceFonts(), report);
    REQUIRE(fixed.has_value());
    return *fixed;
}

void requireFonts()
{
    const QStringList families = QFontDatabase::families();
    for (const QString& family : {kGothic, kMincho, kRareKanji}) {
        INFO("font family " << family.toStdString() << " (fonts-morisawa-bizud-gothic / -mincho, fonts-ipamj-mincho)");
        REQUIRE(families.contains(family));
    }
}

// Test-only: rewrites Qt's PDF with each ToUnicode stream Flate-compressed (as another Qt
// version or a PDF optimiser could write it), shifting the xref offsets to match.
QByteArray withCompressedToUnicode(QByteArray pdf)
{
    const QRegularExpression toUnicodeRef(QStringLiteral("/ToUnicode (\\d+) 0 R"));
    auto refs = toUnicodeRef.globalMatch(QString::fromLatin1(pdf));
    while (refs.hasNext()) {
        const QByteArray number = refs.next().captured(1).toLatin1();
        const QByteArray head = '\n' + number + " 0 obj\n<< /Length ";
        const qsizetype start = pdf.indexOf(head) + 1;
        const qsizetype dataStart = pdf.indexOf("stream\n", start) + 7;
        const qsizetype end = pdf.indexOf("endobj\n", start) + 7;
        REQUIRE(start > 0);
        const QByteArray cmap = pdf.mid(dataStart, pdf.indexOf("\nendstream", dataStart) - dataStart);
        const QByteArray zlib = qCompress(cmap).mid(4); // qCompress = 4-byte size + zlib stream
        const QByteArray object = number + " 0 obj\n<< /Length " + QByteArray::number(zlib.size())
                                  + " /Filter /FlateDecode >>\nstream\n" + zlib + "\nendstream\nendobj\n";
        pdf.replace(start, end - start, object);
        const qsizetype shift = object.size() - (end - start);
        // Shift every xref offset behind the replaced object, and startxref.
        const qsizetype xref = pdf.lastIndexOf("\nxref\n") + 1;
        const QRegularExpression entry(QStringLiteral("(\\d{10}) 00000 n \\n"));
        auto entries = entry.globalMatch(QString::fromLatin1(pdf), xref);
        while (entries.hasNext()) {
            const auto match = entries.next();
            const qsizetype offset = match.captured(1).toLongLong();
            if (offset > start)
                pdf.replace(match.capturedStart(1), 10, QByteArray::number(offset + shift).rightJustified(10, '0'));
        }
        const qsizetype startxref = pdf.lastIndexOf("startxref\n") + 10;
        pdf.replace(startxref, pdf.indexOf('\n', startxref) - startxref, QByteArray::number(xref));
    }
    return pdf;
}

} // namespace

TEST_CASE("𠮷 and 𠮟 drawn by QPdfWriter copy out of the PDF after completeToUnicode", "[forms][print][pdf]")
{
    requireFonts();
    const QString sample = QStringLiteral("吉田 𠮷野家 𠮟る 山田太郎");
    const QByteArray original = printPdf({{{printFont(kGothic), sample}}});

    // The bug being fixed: Qt 6.4 gives the non-BMP glyphs no text.
    const QString before = pdfText(original);
    CHECK_FALSE(before.contains(QStringLiteral("𠮷")));
    CHECK_FALSE(before.contains(QStringLiteral("𠮟")));

    ToUnicodeReport report;
    const QByteArray fixed = repaired(original, &report);
    const QString after = pdfText(fixed);
    INFO("pdftotext: " << after.toStdString());
    CHECK(after.contains(QStringLiteral("𠮷野家")));
    CHECK(after.contains(QStringLiteral("𠮟る")));
    CHECK(after.contains(QStringLiteral("吉田")));
    CHECK(after.contains(QStringLiteral("山田太郎")));

    // 𠮟 is BIZ UDGothic's own glyph; 𠮷 came from the fallback face IPAmj明朝.
    INFO("added: " << report.added.join(QStringLiteral(", ")).toStdString());
    CHECK(report.glyphsAdded == 2);
    CHECK(report.unresolved.isEmpty());
    CHECK(
        report.added.filter(QRegularExpression(QStringLiteral("^BIZUDGothic-Regular <[0-9A-F]{4}> U\\+20B9F$"))).size()
        == 1);
    CHECK(report.added.filter(QRegularExpression(QStringLiteral("^IPAmjMincho <[0-9A-F]{4}> U\\+20BB7$"))).size() == 1);

    CHECK(pageCount(pdfInfo(fixed)) == 1);
    checkRendersTheSame(original, fixed, 1);
}

TEST_CASE("several pages and two fonts (plus fallback and bold) all get their text", "[forms][print][pdf]")
{
    requireFonts();
    const std::vector<Page> pages{
        {{printFont(kGothic), QStringLiteral("𠮷野家 吉田")}, {printFont(kGothic), QStringLiteral("𩸽の塩焼き")}},
        {{printFont(kMincho), QStringLiteral("𠮟る 𠀋 𡈽 山田太郎")},
         {printFont(kMincho), QStringLiteral("𠮷川 花子")}},
        {{printFont(kGothic, true), QStringLiteral("𠮟責 𪚲")},
         {printFont(kMincho), QStringLiteral("領収書 No.123")},
         {italic(printFont(kMincho)), QStringLiteral("斜体 𠮟 𠮷")}}, // synthetic oblique: same outlines
    };
    const QByteArray original = printPdf(pages);
    ToUnicodeReport report;
    const QByteArray fixed = repaired(original, &report);
    INFO("added: " << report.added.join(QStringLiteral(", ")).toStdString());
    CHECK(report.unresolved.isEmpty());

    for (std::size_t p = 0; p < pages.size(); ++p) {
        const QString text = pdfText(fixed, int(p) + 1);
        INFO("page " << p + 1 << ": " << text.toStdString());
        for (const Line& line : pages[p]) {
            for (const QString& word : line.text.split(QLatin1Char(' ')))
                CHECK(text.contains(word));
        }
    }
    // Fonts seen: BIZ UDGothic Regular and Bold, BIZ UDMincho, IPAmj明朝.
    for (const char* font : {"BIZUDGothic-Regular", "BIZUDGothic-Bold", "BIZUDMincho-Regular", "IPAmjMincho"})
        CHECK(report.added.filter(QString::fromLatin1(font) + QLatin1Char(' ')).size() >= 1);

    CHECK(pageCount(pdfInfo(fixed)) == 3);
    checkRendersTheSame(original, fixed, 3);
}

// The code points above U+FFFF whose glyph no BMP code point reaches — exactly the glyphs
// Qt leaves without text — every `stride`-th of them. One per glyph: two code points on
// one glyph id are one glyph in the PDF, which can only read back as one of them.
std::vector<char32_t> nonBmpOnlyCharacters(const QString& family, int stride)
{
    const QRawFont font = QRawFont::fromFont(QFont(family));
    QString bmp;
    for (char32_t c = 0x20; c <= 0xffff; ++c) {
        if ((c < 0xd800 || c > 0xdfff) && font.supportsCharacter(c))
            bmp += QChar(char16_t(c));
    }
    const QList<quint32> bmpGlyphs = font.glyphIndexesForString(bmp);
    QSet<quint32> reached(bmpGlyphs.begin(), bmpGlyphs.end());
    std::vector<char32_t> result;
    int index = 0;
    for (char32_t c = 0x10000; c <= 0x10ffff; ++c) {
        if (!font.supportsCharacter(c))
            continue;
        const quint32 glyph = font.glyphIndexesForString(QString::fromUcs4(&c, 1)).value(0);
        if (reached.contains(glyph))
            continue;
        reached.insert(glyph);
        if (index++ % stride == 0)
            result.push_back(c);
    }
    return result;
}

// Draws the characters 30 to a line, 20 lines to a page; returns what pdftotext read back
// from the repaired PDF, and the text drawn, both without white space.
std::pair<QString, QString> roundTrip(const QString& family, const std::vector<char32_t>& characters,
                                      ToUnicodeReport& report)
{
    std::vector<Page> pages;
    QString drawn;
    for (std::size_t i = 0; i < characters.size(); i += 30) {
        const auto count = qsizetype(qMin<std::size_t>(30, characters.size() - i));
        const QString line = QString::fromUcs4(characters.data() + i, count);
        if (pages.empty() || pages.back().size() == 20)
            pages.emplace_back();
        QFont font(family);
        font.setPointSizeF(10);
        pages.back().push_back({font, line});
        drawn += line;
    }
    const QString read = pdfText(repaired(printPdf(pages), &report));
    return {QString(read).remove(QRegularExpression(QStringLiteral("\\s"))), drawn};
}

// Where the text read differs from the text drawn, the font must have drawn both code
// points with one identical outline — and the report must say so.
void checkSameTextOrReportedTwins(const QString& read, const QString& drawn, const ToUnicodeReport& report)
{
    const QList<uint> got = read.toUcs4();
    const QList<uint> expected = drawn.toUcs4();
    REQUIRE(got.size() == expected.size());
    for (qsizetype i = 0; i < got.size(); ++i) {
        if (got[i] == expected[i])
            continue;
        const QString pair =
            QStringLiteral("U+%1 (same outline: U+%2)")
                .arg(QString::number(got[i], 16).toUpper(), QString::number(expected[i], 16).toUpper());
        INFO("character " << i << " read as " << pair.toStdString());
        CHECK(report.ambiguous.filter(pair).size() >= 1);
    }
}

TEST_CASE("every non-BMP-only glyph of BIZ UDGothic, and a sample of IPAmj明朝, reads back as itself",
          "[forms][print][pdf]")
{
    requireFonts();
    SECTION("BIZ UDGothic, all of them")
    {
        const std::vector<char32_t> characters = nonBmpOnlyCharacters(kGothic, 1);
        CHECK(characters.size() == 313);
        ToUnicodeReport report;
        const auto [read, drawn] = roundTrip(kGothic, characters, report);
        CHECK(report.glyphsAdded == 313);
        CHECK(report.unresolved.isEmpty());
        CHECK(report.ambiguous.isEmpty());
        CHECK(read == drawn);
    }
    SECTION("IPAmj明朝, every 50th of 28,680")
    {
        const std::vector<char32_t> characters = nonBmpOnlyCharacters(kRareKanji, 50);
        CHECK(characters.size() == 574);
        ToUnicodeReport report;
        const auto [read, drawn] = roundTrip(kRareKanji, characters, report);
        CHECK(report.unresolved.isEmpty());
        checkSameTextOrReportedTwins(read, drawn, report);
    }
}

TEST_CASE("IPAmj明朝 draws U+29F3B and U+2E4D6 identically: the lower one is used, and reported", "[forms][print][pdf]")
{
    requireFonts();
    ToUnicodeReport report;
    const auto [read, drawn] = roundTrip(kRareKanji, {0x29F3B, 0x2E4D6}, report);
    CHECK(read == QString::fromUcs4(U"\U00029F3B\U00029F3B"));
    CHECK(report.ambiguous.size() == 2);
    checkSameTextOrReportedTwins(read, drawn, report);
}

TEST_CASE("PDF/A-1b output is repaired the same way", "[forms][print][pdf]")
{
    requireFonts();
    const QByteArray original =
        printPdf({{{printFont(kGothic), QStringLiteral("𠮷野家 𠮟る")}}}, QPagedPaintDevice::PdfVersion_A1b);
    const QByteArray fixed = repaired(original);
    const QString text = pdfText(fixed);
    CHECK(text.contains(QStringLiteral("𠮷野家")));
    CHECK(text.contains(QStringLiteral("𠮟る")));
    const QString info = pdfInfo(fixed);
    CHECK(info.contains(QRegularExpression(QStringLiteral("Metadata Stream:\\s+yes")))); // the XMP of PDF/A
    CHECK(info.contains(QRegularExpression(QStringLiteral("PDF version:\\s+1.4"))));
    checkRendersTheSame(original, fixed, 1);
}

TEST_CASE("a Flate-compressed ToUnicode stream is read and written back compressed", "[forms][print][pdf]")
{
    requireFonts();
    const QByteArray compressed =
        withCompressedToUnicode(printPdf({{{printFont(kGothic), QStringLiteral("𠮷野家 𠮟る")}}}));
    pdfInfo(compressed); // the test's own rewrite is valid
    const QByteArray fixed = repaired(compressed);
    CHECK(fixed.count("/Filter /FlateDecode >>") == 2); // both ToUnicode streams, still compressed
    const QString text = pdfText(fixed);
    CHECK(text.contains(QStringLiteral("𠮷野家")));
    CHECK(text.contains(QStringLiteral("𠮟る")));
    pdfInfo(fixed);
}

TEST_CASE("nothing to add: the same bytes come back, and a second run changes nothing", "[forms][print][pdf]")
{
    requireFonts();
    const QByteArray bmpOnly = printPdf({{{printFont(kGothic), QStringLiteral("吉田 山田太郎 No.1")}}});
    ToUnicodeReport report;
    CHECK(repaired(bmpOnly, &report) == bmpOnly);
    CHECK(report.glyphsAdded == 0);

    const QByteArray once = repaired(printPdf({{{printFont(kGothic), QStringLiteral("𠮷野家 𠮟る")}}}));
    CHECK(repaired(once) == once);
}

TEST_CASE("what Qt does not write is refused, not mangled", "[forms][print][pdf]")
{
    CHECK_FALSE(completeToUnicode(QByteArray("not a pdf"), {}).has_value());
    const QByteArray pdf = printPdf({{{printFont(kGothic), QStringLiteral("𠮷")}}});
    CHECK_FALSE(completeToUnicode(pdf.left(pdf.size() / 2), sourceFonts()).has_value()); // truncated
    QByteArray wrongOffset = pdf;
    const qsizetype startxref = wrongOffset.lastIndexOf("startxref\n") + 10;
    const qsizetype digits = wrongOffset.indexOf('\n', startxref) - startxref;
    const qint64 xref = wrongOffset.mid(startxref, digits).trimmed().toLongLong();
    wrongOffset.replace(startxref, digits, QByteArray::number(xref + 2)); // "ef" is not "xref"
    CHECK_FALSE(completeToUnicode(wrongOffset, sourceFonts()).has_value());
    // Without the source fonts nothing can be identified: the PDF is returned as it was.
    ToUnicodeReport report;
    CHECK(completeToUnicode(pdf, {}, &report) == pdf);
    CHECK(report.unresolved.size() == 1);
}
