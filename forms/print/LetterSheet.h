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

// A document mailed to a person or handed over at the desk (様式8–14, 第38条): an A4 letter in
// the Japanese official layout — the form number, the date in 和暦 at the right, the
// addressee with 様, the sender, the title, the lead sentence, 「記」 and numbered items,
// 「以上」, and the desk's address, phone and hours in a box at the foot (第33条2項). Items
// left empty print as boxes to write in: the same layout is the blank form of the counter.
struct Letter {
    struct Item {
        QString label;
        QString value; // several lines with \n; empty: a box to write in
        int blankLines = 1; // the box's height in lines when the value is empty
    };
    QString formNumber; // 様式10-1, printed at the top left
    QDate date; // invalid: 「令和　　年　　月　　日」 to fill in
    QString addressee; // printed with 様; empty: none (a form the person fills in)
    QStringList sender; // lines at the right under the date: organisation, desk
    QString title;
    QString lead; // the sentence before 「記」
    QList<Item> items;
    QString afterItems; // a sentence after the items (the right to ask again, …)
    QList<Item> officeUse; // センター記入欄 (the desk's receipt box of a request form)
    QStringList contact; // the desk: address lines, phone, hours
};

// Paints the letters into `page` (device coordinates of the printable area), each starting on
// a new page and running over more pages when its items need them. Returns the pages painted.
int paintLetters(QPagedPaintDevice& device, QPainter& painter, const QRectF& page, const QList<Letter>& letters);
// Opens the print preview on A4 portrait; true when printed.
bool previewAndPrintLetters(QWidget* parent, const QList<Letter>& letters);
// Writes the letters as one A4 PDF (kept with the case, or mailed as an electronic record).
[[nodiscard]] Status lettersToPdf(const QString& fileName, const QList<Letter>& letters);

} // namespace daicho
