#include "print/PrintSheet.h"

#include "common/JapaneseCalendar.h"
#include "print/PrintFont.h"

#include <QCoreApplication>
#include <QFontDatabase>
#include <QPainter>
#include <QPrintPreviewDialog>
#include <QPrinter>

#include <algorithm>

namespace daicho {

namespace {

QString printedDate(const QDate& date)
{
    return formatWareki(date) + QStringLiteral("（") + date.toString(QStringLiteral("yyyy/MM/dd"))
           + QStringLiteral("）");
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
        painter.drawText(label, Qt::AlignCenter, *it);
        right -= boxWidth;
    }
}

} // namespace

void paintSheet(QPainter& painter, const QRectF& page, const PrintSheet& sheet)
{
    // Layout in millimetres of an A4 page scaled to whatever resolution the device has.
    const qreal unit = page.width() / 190.0;
    painter.save();
    painter.setPen(QPen(Qt::black, 0.3 * unit));
    qreal y = page.top();

    painter.setFont(printFont(false, 10));
    const QRectF orgRect(page.left(), y, page.width(), 8 * unit);
    painter.drawText(orgRect, Qt::AlignLeft | Qt::AlignVCenter, sheet.organisation);
    painter.drawText(orgRect, Qt::AlignRight | Qt::AlignVCenter, printedDate(sheet.date));
    y += 14 * unit;

    painter.setFont(printFont(false, 18));
    const QRectF titleRect(page.left(), y, page.width(), 14 * unit);
    painter.drawText(titleRect, Qt::AlignCenter, sheet.title);
    y += 22 * unit;

    const qreal labelWidth = 55 * unit;
    for (const PrintSheet::Row& row : sheet.rows) {
        const QFont valueFont = printFont(row.code, row.code ? 16 : 11);
        painter.setFont(valueFont);
        const QRectF valueBounds = painter.boundingRect(
            QRectF(page.left() + labelWidth + 3 * unit, y, page.width() - labelWidth - 6 * unit, 1000 * unit),
            Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, row.value);
        const qreal height = std::max(12 * unit, valueBounds.height() + 6 * unit);
        const QRectF labelCell(page.left(), y, labelWidth, height);
        const QRectF valueCell(labelCell.right(), y, page.width() - labelWidth, height);
        painter.fillRect(labelCell, QColor(0xf0, 0xf0, 0xf0));
        painter.drawRect(labelCell);
        painter.drawRect(valueCell);
        painter.setFont(printFont(false, 10));
        painter.drawText(labelCell.adjusted(3 * unit, 0, -2 * unit, 0), Qt::AlignVCenter | Qt::TextWordWrap, row.label);
        painter.setFont(valueFont);
        painter.drawText(valueCell.adjusted(3 * unit, 3 * unit, -3 * unit, -3 * unit),
                         Qt::AlignVCenter | Qt::TextWordWrap, row.value);
        y += height;
    }
    y += 8 * unit;

    if (!sheet.note.isEmpty()) {
        painter.setFont(printFont(false, 10));
        const QRectF noteRect(page.left(), y, page.width(), 60 * unit);
        const QRectF used = painter.boundingRect(noteRect, Qt::TextWordWrap, sheet.note);
        painter.drawText(noteRect, Qt::TextWordWrap, sheet.note);
        y += used.height() + 8 * unit;
    }

    if (!sheet.stampBoxes.isEmpty())
        paintStampBoxes(painter, QRectF(page.left(), y, page.width(), 30 * unit), sheet.stampBoxes, unit);
    painter.restore();
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
            painter,
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
    paintSheet(painter, page.translated(-page.topLeft()), sheet);
    painter.end();
    return {};
}

} // namespace daicho
