#include "print/PrintSheet.h"

#include "common/JapaneseCalendar.h"
#include "print/PdfFinish.h"
#include "print/PrintFont.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>
#include <QPrintPreviewDialog>
#include <QPrinter>

#include <algorithm>

namespace daicho {

void drawFitted(QPainter& painter, const QRectF& box, const QString& text, qreal points)
{
    // A long title (「部門責任者（管理区域）」) gets a smaller font, never a cut one.
    qreal size = points;
    while (size > 4.5
           && QFontMetricsF(printFont(false, size), painter.device()).horizontalAdvance(text) > box.width() - 2)
        size -= 0.5;
    painter.save();
    painter.setFont(printFont(false, size));
    painter.drawText(box, Qt::AlignCenter, text);
    painter.restore();
}

namespace {

QString printedDate(const QDate& date, bool seireki)
{
    return formatWareki(date, seireki ? SeirekiInBrackets::Yes : SeirekiInBrackets::No);
}

void paintStampBoxes(QPainter& painter, const QRectF& area, const QStringList& labels, qreal unit)
{
    const qreal boxWidth = 26 * unit;
    const qreal labelHeight = 6 * unit;
    const qreal boxHeight = 22 * unit;
    qreal right = area.right();
    painter.setFont(printFont(false, 8));
    for (auto it = labels.crbegin(); it != labels.crend(); ++it) {
        const QRectF label(right - boxWidth, area.top(), boxWidth, labelHeight);
        const QRectF box(right - boxWidth, label.bottom(), boxWidth, boxHeight);
        painter.drawRect(label);
        painter.drawRect(box);
        drawFitted(painter, label, *it, 8);
        right -= boxWidth;
    }
}

// Lays the sheet out top to bottom in millimetres of an A4 page scaled to the device,
// turning the page when the next block does not fit (a block never splits).
class SheetPainter
{
public:
    // `totalPages`: how many pages the sheet takes, for 「1 / 2 頁」 (0 while counting them).
    SheetPainter(QPagedPaintDevice& device, QPainter& painter, const QRectF& page, const PrintSheet& sheet,
                 int totalPages)
        : m_device(device)
        , m_painter(painter)
        , m_page(page)
        , m_sheet(sheet)
        , m_totalPages(totalPages)
        , m_unit(page.width() / 190.0)
        , m_y(page.top())
    { }

    int paint()
    {
        m_painter.save();
        m_painter.setPen(QPen(Qt::black, 0.3 * m_unit));
        paintHeading();
        paintRows(m_sheet.rows);
        if (!m_sheet.table.lines.isEmpty()) {
            m_y += 5 * m_unit;
            paintTable();
        }
        if (!m_sheet.rowsAfterTable.isEmpty()) {
            m_y += 5 * m_unit;
            paintRows(m_sheet.rowsAfterTable);
        }
        m_y += 5 * m_unit;
        if (!m_sheet.note.isEmpty()) {
            m_painter.setFont(printFont(false, 9));
            const QRectF used = m_painter.boundingRect(QRectF(m_page.left(), 0, m_page.width(), 1000 * m_unit),
                                                       Qt::TextWordWrap, m_sheet.note);
            makeRoom(used.height());
            m_painter.setFont(printFont(false, 9));
            m_painter.drawText(QRectF(m_page.left(), m_y, m_page.width(), used.height()), Qt::TextWordWrap,
                               m_sheet.note);
            m_y += used.height() + 5 * m_unit;
        }
        if (!m_sheet.stampBoxes.isEmpty()) {
            makeRoom(30 * m_unit);
            paintStampBoxes(m_painter, QRectF(m_page.left(), m_y, m_page.width(), 30 * m_unit), m_sheet.stampBoxes,
                            m_unit);
        }
        m_painter.restore();
        // Each page gets its footer as it is left (newPage); the last one here.
        paintFooter();
        return m_pages;
    }

private:
    qreal bottom() const
    {
        return m_page.bottom() - 8 * m_unit; // the footer: page number and the trail's code
    }

    void paintHeading()
    {
        m_painter.setFont(printFont(false, 10));
        const QRectF orgRect(m_page.left(), m_y, m_page.width(), 8 * m_unit);
        m_painter.drawText(orgRect, Qt::AlignLeft | Qt::AlignVCenter, m_sheet.organisation);
        m_painter.drawText(orgRect, Qt::AlignRight | Qt::AlignVCenter, printedDate(m_sheet.date, m_sheet.seireki));
        m_y += 11 * m_unit;
        m_painter.setFont(printFont(false, 16));
        m_painter.drawText(QRectF(m_page.left(), m_y, m_page.width(), 12 * m_unit), Qt::AlignCenter, m_sheet.title);
        m_y += 17 * m_unit;
    }

    void paintRows(const QList<PrintSheet::Row>& rows)
    {
        // Rows as compact as a paper form's, so that an entry of 様式2 (its items, decisions and
        // stamp boxes) stays on one A4 page.
        const qreal labelWidth = 55 * m_unit;
        for (const PrintSheet::Row& row : rows) {
            const QFont valueFont = printFont(row.code, row.code ? 16 : 10);
            m_painter.setFont(valueFont);
            const QRectF valueBounds =
                m_painter.boundingRect(QRectF(0, 0, m_page.width() - labelWidth - 6 * m_unit, 1000 * m_unit),
                                       Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, row.value);
            const qreal height = std::max(8.5 * m_unit, valueBounds.height() + 3.5 * m_unit);
            makeRoom(height);
            const QRectF labelCell(m_page.left(), m_y, labelWidth, height);
            const QRectF valueCell(labelCell.right(), m_y, m_page.width() - labelWidth, height);
            m_painter.fillRect(labelCell, QColor(0xf0, 0xf0, 0xf0));
            m_painter.drawRect(labelCell);
            m_painter.drawRect(valueCell);
            m_painter.setFont(printFont(false, 9));
            m_painter.drawText(labelCell.adjusted(3 * m_unit, 0, -2 * m_unit, 0), Qt::AlignVCenter | Qt::TextWordWrap,
                               row.label);
            m_painter.setFont(valueFont);
            m_painter.drawText(valueCell.adjusted(3 * m_unit, 1.75 * m_unit, -3 * m_unit, -1.75 * m_unit),
                               Qt::AlignVCenter | Qt::TextWordWrap, row.value);
            m_y += height;
        }
    }

    QList<qreal> columnWidths() const
    {
        const PrintTable& table = m_sheet.table;
        qreal total = 0;
        for (qreal w : table.widths)
            total += w;
        QList<qreal> widths;
        for (qreal w : table.widths)
            widths << m_page.width() * w / (total > 0 ? total : 1);
        return widths;
    }

    qreal lineHeight(const QStringList& cells, const QList<qreal>& widths, bool group)
    {
        m_painter.setFont(printFont(false, 8.5));
        qreal height = 0;
        if (group)
            return 7 * m_unit;
        for (int c = 0; c < widths.size() && c < cells.size(); ++c)
            height = std::max(height, m_painter
                                          .boundingRect(QRectF(0, 0, widths[c] - 3 * m_unit, 1000 * m_unit),
                                                        Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, cells[c])
                                          .height());
        return height + 3 * m_unit;
    }

    void paintTableHeader(const QList<qreal>& widths)
    {
        const qreal height = 7 * m_unit;
        qreal x = m_page.left();
        m_painter.setFont(printFont(false, 8.5));
        for (int c = 0; c < widths.size(); ++c) {
            const QRectF cell(x, m_y, widths[c], height);
            m_painter.fillRect(cell, QColor(0xe4, 0xe4, 0xe4));
            m_painter.drawRect(cell);
            m_painter.drawText(cell, Qt::AlignCenter, m_sheet.table.headers.value(c));
            x += widths[c];
        }
        m_y += height;
    }

    void paintTable()
    {
        const QList<qreal> widths = columnWidths();
        // Many lines: the sheet runs over pages, each with the table's header.
        makeRoom(7 * m_unit + lineHeight(m_sheet.table.lines.first().cells, widths, m_sheet.table.lines.first().group));
        paintTableHeader(widths);
        for (const PrintTable::Line& line : m_sheet.table.lines) {
            const qreal height = lineHeight(line.cells, widths, line.group);
            if (m_y + height > bottom()) {
                newPage();
                paintTableHeader(widths);
            }
            m_painter.setFont(printFont(false, 8.5));
            if (line.group) {
                const QRectF cell(m_page.left(), m_y, m_page.width(), height);
                m_painter.fillRect(cell, QColor(0xf2, 0xf2, 0xf2));
                m_painter.drawRect(cell);
                m_painter.drawText(cell.adjusted(2 * m_unit, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                                   line.cells.value(0));
            } else {
                qreal x = m_page.left();
                for (int c = 0; c < widths.size(); ++c) {
                    const QRectF cell(x, m_y, widths[c], height);
                    if (line.marked)
                        m_painter.fillRect(cell, QColor(0xf7, 0xe6, 0xe6));
                    m_painter.drawRect(cell);
                    m_painter.drawText(cell.adjusted(1.5 * m_unit, 1.5 * m_unit, -1.5 * m_unit, -1.5 * m_unit),
                                       Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, line.cells.value(c));
                    x += widths[c];
                }
            }
            m_y += height;
        }
    }

    void makeRoom(qreal height)
    {
        if (m_y + height > bottom() && m_y > m_page.top())
            newPage();
    }

    void newPage()
    {
        paintFooter();
        m_device.newPage();
        ++m_pages;
        m_y = m_page.top();
    }

    void paintFooter()
    {
        m_painter.save();
        m_painter.setFont(printFont(false, 8));
        const QRectF footer(m_page.left(), m_page.bottom() - 6 * m_unit, m_page.width(), 6 * m_unit);
        if (m_totalPages > 0)
            m_painter.drawText(footer, Qt::AlignCenter, pageNumberText(m_pages, m_totalPages));
        m_painter.setFont(printFont(false, 6.5));
        m_painter.drawText(footer, Qt::AlignRight | Qt::AlignVCenter, m_sheet.trailCode);
        m_painter.restore();
    }

    QPagedPaintDevice& m_device;
    QPainter& m_painter;
    QRectF m_page;
    const PrintSheet& m_sheet;
    int m_totalPages;
    qreal m_unit;
    qreal m_y;
    int m_pages = 1;
};

} // namespace

QString pageNumberText(int page, int pages)
{
    return QStringLiteral("%1 / %2 頁").arg(page).arg(pages);
}

int paintSheet(QPagedPaintDevice& device, QPainter& painter, const QRectF& page, const PrintSheet& sheet)
{
    // Laid out once on a throwaway PDF of the same page and resolution to count the pages.
    int pages = 1;
    {
        QBuffer discard;
        discard.open(QIODevice::WriteOnly);
        QPdfWriter counting(&discard);
        counting.setResolution(device.logicalDpiX());
        counting.setPageLayout(device.pageLayout());
        QPainter measuring(&counting);
        pages = SheetPainter(counting, measuring, page, sheet, 0).paint();
    }
    return SheetPainter(device, painter, page, sheet, pages).paint();
}

bool previewAndPrint(QWidget* parent, const PrintSheet& sheet)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageOrientation(QPageLayout::Portrait);
    printer.setPageMargins(QMarginsF(10, 12, 10, 12), QPageLayout::Millimeter);
    printer.setDocName(sheet.title);
    QPrintPreviewDialog preview(&printer, parent);
    preview.setObjectName(QStringLiteral("printPreview"));
    QObject::connect(&preview, &QPrintPreviewDialog::paintRequested, &preview, [&sheet](QPrinter* target) {
        QPainter painter(target);
        paintSheet(
            *target, painter,
            target->pageRect(QPrinter::DevicePixel).translated(-target->pageRect(QPrinter::DevicePixel).topLeft()),
            sheet);
    });
    return preview.exec() == QDialog::Accepted;
}

Status printToPdf(const QString& fileName, const PrintSheet& sheet)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(fileName);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageMargins(QMarginsF(10, 12, 10, 12), QPageLayout::Millimeter);
    printer.setDocName(sheet.title);
    QPainter painter;
    if (!painter.begin(&printer))
        return makeError(
            ErrorCode::Io,
            QCoreApplication::translate("daicho::PrintSheet", "Cannot write the PDF file %1.").arg(fileName));
    const QRectF page = printer.pageRect(QPrinter::DevicePixel);
    paintSheet(printer, painter, page.translated(-page.topLeft()), sheet);
    painter.end();
    return finishPdf(fileName); // 𠮷 copies and searches out of the file too
}

} // namespace daicho
