#pragma once

#include <catch2/catch.hpp>

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QString>

namespace daicho::test {

// How pdftotext lays out the text: as on the page (-layout), or in the order it was drawn
// (-raw: the lines of one wrapped cell follow each other, whatever is beside them).
enum class PdfTextOrder { AsOnPage, AsDrawn };

// The text of a PDF, through pdftotext (poppler-utils). A machine without it fails here,
// loudly: a skipped check would pass for a PDF nobody read.
inline QString pdfText(const QString& path, PdfTextOrder order = PdfTextOrder::AsOnPage)
{
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    INFO("pdftotext was not found on PATH: install poppler-utils (apt-get install poppler-utils) to check PDFs");
    REQUIRE_FALSE(pdftotext.isEmpty());
    QProcess process;
    process.start(pdftotext, {order == PdfTextOrder::AsOnPage ? QStringLiteral("-layout") : QStringLiteral("-raw"),
                              QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    REQUIRE(process.waitForFinished(30000));
    INFO("pdftotext: " << process.readAllStandardError().toStdString());
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

// `text` without any white space: what a wrapped cell still holds whole.
inline QString withoutSpaces(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("\\s")));
    return text;
}

} // namespace daicho::test
