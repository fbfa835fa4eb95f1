#include "print/LetterSheet.h"

#include "common/JapaneseCalendar.h"
#include "print/PdfFinish.h"
#include "print/PrintFont.h"
#include "print/PrintSheet.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QTextOption>

namespace daicho {

namespace {

constexpr qreal kBodyPoints = 10.5;
constexpr qreal kLabelWidthMm = 58; // the longest labels of 様式8・11・13 on two lines, words unbroken

// 「令和　　年　　月　　日」: a date the person writes in.
QString blankDate()
{
    return QStringLiteral("令和　　年　　月　　日");
}

// Lays a letter out top to bottom in millimetres of an A4 page scaled to the device, turning
// the page when the next block does not fit (a block never splits).
class LetterPainter
{
public:
    LetterPainter(QPagedPaintDevice& device, QPainter& painter, const QRectF& page, bool newPageFirst)
        : m_device(device)
        , m_painter(painter)
        , m_page(page)
        , m_unit(page.width() / 190.0)
        , m_y(page.top())
        , m_newPageFirst(newPageFirst)
    { }

    int paint(const Letter& letter)
    {
        if (m_newPageFirst)
            m_device.newPage();
        m_painter.save();
        m_painter.setPen(QPen(Qt::black, 0.3 * m_unit));
        paintHead(letter);
        paintTitleAndLead(letter);
        if (!letter.items.isEmpty()) {
            paintCentred(QStringLiteral("記"), kBodyPoints + 1);
            m_y += 2 * m_unit;
            int number = 1;
            for (const Letter::Item& item : letter.items)
                paintItem(item, QString::number(number++) + QStringLiteral("　"));
            paintRight(QStringLiteral("以上"));
        }
        if (!letter.afterItems.isEmpty())
            paintParagraph(letter.afterItems, kBodyPoints);
        if (!letter.officeUse.isEmpty()) {
            m_y += 4 * m_unit;
            paintParagraph(QStringLiteral("【センター記入欄】"), kBodyPoints - 1);
            for (const Letter::Item& item : letter.officeUse)
                paintItem(item, {});
        }
        if (!letter.contact.isEmpty())
            paintContact(letter.contact);
        m_painter.restore();
        return m_pages;
    }

private:
    QFont font(qreal points) const { return printFont(false, points); }

    qreal textHeight(const QString& text, qreal points, qreal width) const
    {
        const QFontMetricsF metrics(font(points), m_painter.device());
        return metrics.boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, text).height();
    }

    void ensureRoom(qreal height)
    {
        if (m_y + height <= m_page.bottom())
            return;
        m_device.newPage();
        ++m_pages;
        m_y = m_page.top();
    }

    void paintHead(const Letter& letter)
    {
        m_painter.setFont(font(9));
        const qreal line = textHeight(QStringLiteral("様"), 9, m_page.width());
        m_painter.drawText(QRectF(m_page.left(), m_y, m_page.width(), line), Qt::AlignLeft, letter.formNumber);
        m_y += line + 2 * m_unit;
        m_painter.setFont(font(kBodyPoints));
        const QString date = letter.date.isValid() ? formatWareki(letter.date) : blankDate();
        const qreal body = textHeight(date, kBodyPoints, m_page.width());
        m_painter.drawText(QRectF(m_page.left(), m_y, m_page.width(), body), Qt::AlignRight, date);
        m_y += body + 4 * m_unit;
        if (!letter.addressee.isEmpty()) {
            const QString to = letter.addressee + QStringLiteral("　様");
            m_painter.setFont(font(kBodyPoints + 2));
            const qreal h = textHeight(to, kBodyPoints + 2, m_page.width() * 0.6);
            m_painter.drawText(QRectF(m_page.left(), m_y, m_page.width() * 0.6, h), Qt::TextWordWrap, to);
            m_y += h + 3 * m_unit;
        }
        m_painter.setFont(font(kBodyPoints));
        for (const QString& s : letter.sender) {
            const qreal h = textHeight(s, kBodyPoints, m_page.width() * 0.55);
            m_painter.drawText(QRectF(m_page.left() + m_page.width() * 0.45, m_y, m_page.width() * 0.55, h),
                               Qt::TextWordWrap, s);
            m_y += h;
        }
        m_y += 6 * m_unit;
    }

    void paintCentred(const QString& text, qreal points)
    {
        const qreal h = textHeight(text, points, m_page.width());
        ensureRoom(h);
        m_painter.setFont(font(points));
        m_painter.drawText(QRectF(m_page.left(), m_y, m_page.width(), h), Qt::AlignHCenter | Qt::TextWordWrap, text);
        m_y += h;
    }

    void paintRight(const QString& text)
    {
        const qreal h = textHeight(text, kBodyPoints, m_page.width());
        ensureRoom(h);
        m_painter.setFont(font(kBodyPoints));
        m_painter.drawText(QRectF(m_page.left(), m_y, m_page.width(), h), Qt::AlignRight, text);
        m_y += h + 2 * m_unit;
    }

    void paintParagraph(const QString& text, qreal points)
    {
        const qreal h = textHeight(text, points, m_page.width());
        ensureRoom(h);
        m_painter.setFont(font(points));
        m_painter.drawText(QRectF(m_page.left(), m_y, m_page.width(), h), Qt::TextWordWrap, text);
        m_y += h + 3 * m_unit;
    }

    void paintTitleAndLead(const Letter& letter)
    {
        paintCentred(letter.title, 15);
        m_y += 6 * m_unit;
        if (!letter.lead.isEmpty())
            paintParagraph(QStringLiteral("　") + letter.lead, kBodyPoints);
        m_y += 2 * m_unit;
    }

    // One item: its label in a shaded cell at the left, its value (or an empty box) at the
    // right, the row as tall as the longer of the two.
    void paintItem(const Letter::Item& item, const QString& prefix)
    {
        const qreal labelWidth = kLabelWidthMm * m_unit;
        const qreal valueWidth = m_page.width() - labelWidth;
        const qreal pad = 1.5 * m_unit;
        const QString label = prefix + item.label;
        const qreal lineHeight = textHeight(QStringLiteral("様"), kBodyPoints, valueWidth);
        const qreal valueHeight = item.value.isEmpty() ? lineHeight * std::max(1, item.blankLines) + 2 * pad
                                                       : textHeight(item.value, kBodyPoints, valueWidth - 2 * pad);
        const qreal height =
            std::max({textHeight(label, kBodyPoints - 0.5, labelWidth - 2 * pad), valueHeight, lineHeight}) + 2 * pad;
        ensureRoom(height);
        const QRectF labelBox(m_page.left(), m_y, labelWidth, height);
        const QRectF valueBox(labelBox.right(), m_y, valueWidth, height);
        m_painter.fillRect(labelBox, QColor(235, 235, 235));
        m_painter.drawRect(labelBox);
        m_painter.drawRect(valueBox);
        m_painter.setFont(font(kBodyPoints - 0.5));
        m_painter.drawText(labelBox.adjusted(pad, pad, -pad, -pad), Qt::TextWordWrap | Qt::AlignVCenter, label);
        m_painter.setFont(font(kBodyPoints));
        m_painter.drawText(valueBox.adjusted(pad, pad, -pad, -pad), Qt::TextWordWrap | Qt::AlignVCenter, item.value);
        m_y += height;
    }

    void paintContact(const QStringList& contact)
    {
        const QString text = QStringLiteral("【お問い合わせ先】\n") + contact.join(u'\n');
        const qreal pad = 2 * m_unit;
        const qreal width = m_page.width() * 0.7;
        const qreal h = textHeight(text, kBodyPoints - 1, width - 2 * pad) + 2 * pad;
        m_y += 6 * m_unit;
        ensureRoom(h);
        const QRectF box(m_page.right() - width, m_y, width, h);
        m_painter.drawRect(box);
        m_painter.setFont(font(kBodyPoints - 1));
        m_painter.drawText(box.adjusted(pad, pad, -pad, -pad), Qt::TextWordWrap, text);
        m_y += h;
    }

    QPagedPaintDevice& m_device;
    QPainter& m_painter;
    QRectF m_page;
    qreal m_unit;
    qreal m_y;
    bool m_newPageFirst;
    int m_pages = 1;
};

QPrinter* a4(QPrinter& printer, const QString& title)
{
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageOrientation(QPageLayout::Portrait);
    printer.setPageMargins(QMarginsF(20, 18, 20, 15), QPageLayout::Millimeter);
    printer.setDocName(title);
    return &printer;
}

} // namespace

int paintLetters(QPagedPaintDevice& device, QPainter& painter, const QRectF& page, const QList<Letter>& letters)
{
    int pages = 0;
    for (const Letter& letter : letters) {
        LetterPainter one(device, painter, page, pages > 0);
        pages += one.paint(letter);
    }
    return pages;
}

bool previewAndPrintLetters(QWidget* parent, const QList<Letter>& letters)
{
    QPrinter printer(QPrinter::HighResolution);
    a4(printer, letters.isEmpty() ? QString() : letters.first().title);
    QPrintPreviewDialog preview(&printer, parent);
    preview.setObjectName(QStringLiteral("printPreview"));
    QObject::connect(&preview, &QPrintPreviewDialog::paintRequested, &preview, [&letters](QPrinter* target) {
        QPainter painter(target);
        const QRectF page = target->pageRect(QPrinter::DevicePixel);
        paintLetters(*target, painter, page.translated(-page.topLeft()), letters);
    });
    return preview.exec() == QDialog::Accepted;
}

Status lettersToPdf(const QString& fileName, const QList<Letter>& letters)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(fileName);
    a4(printer, letters.isEmpty() ? QString() : letters.first().title);
    QPainter painter;
    if (!painter.begin(&printer))
        return makeError(
            ErrorCode::Io,
            QCoreApplication::translate("daicho::PrintSheet", "Cannot write the PDF file %1.").arg(fileName));
    const QRectF page = printer.pageRect(QPrinter::DevicePixel);
    paintLetters(printer, painter, page.translated(-page.topLeft()), letters);
    painter.end();
    return finishPdf(fileName); // 𠮷 copies and searches out of the file too
}

} // namespace daicho
