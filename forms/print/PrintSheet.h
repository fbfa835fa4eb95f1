#pragma once

#include "common/Result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

class QPagedPaintDevice;
class QPainter;
class QRectF;
class QWidget;

namespace daicho {

// A table inside a sheet (the lines of a monitoring sheet): its header repeats on each page.
struct PrintTable {
    struct Line {
        QStringList cells;
        bool group = false; // a heading across the table (an area of the sheet), shaded
        bool marked = false; // a line to notice (a nonconformity), lightly shaded
    };
    QStringList headers;
    QList<qreal> widths; // relative
    QList<Line> lines;
};

// An A4 record for paper: the organisation, a title, the date in 和暦, labelled values, an
// optional table, more labelled values, a note and stamp boxes (押印欄). The recovery key and
// the audit checkpoint are kept on paper outside the PC and print through this on one page;
// an entry of a ledger too, over as many pages as its table needs (numbered "1 / 3").
struct PrintSheet {
    struct Row {
        QString label;
        QString value;
        bool code = false; // fixed-pitch and larger: a code someone will type back
    };

    QString organisation;
    QString title;
    QDate date;
    QList<Row> rows;
    PrintTable table; // none when it has no lines
    QList<Row> rowsAfterTable;
    QString note;
    QStringList stampBoxes;
    // The audit trail's code when it was printed ("監査証跡 1234:…"), in each page's footer.
    QString trailCode;
    // The date of printing with its 西暦 in brackets too (the print option 「西暦を併記」).
    bool seireki = false;
};

// Paints the sheet into `page` (device coordinates of the printable area), starting new
// pages on `device` as needed, each numbered 「1 / 2 頁」 (the sheet is laid out once first to
// count them). Returns the number of pages.
int paintSheet(QPagedPaintDevice& device, QPainter& painter, const QRectF& page, const PrintSheet& sheet);

// `text` centred in `box` at `points`, smaller when it would not fit on one line.
void drawFitted(QPainter& painter, const QRectF& box, const QString& text, qreal points);

// 「1 / 2 頁」: how every printed page is numbered.
QString pageNumberText(int page, int pages);

// Opens the print preview with printing on A4 portrait; returns true when printed.
bool previewAndPrint(QWidget* parent, const PrintSheet& sheet);

// Writes the sheet as an A4 PDF (for tests and for keeping a copy on removable media).
[[nodiscard]] Status printToPdf(const QString& fileName, const PrintSheet& sheet);

} // namespace daicho
