#include "print/LedgerRecordLayout.h"

#include "common/JapaneseCalendar.h"
#include "ledger/CarryOutLog.h"
#include "ledger/EntryCodec.h"
#include "ledger/EntryValidator.h"
#include "ledger/Labels.h"
#include "ledger/LedgerTypes.h"
#include "print/PrintFont.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace daicho {

namespace {

// The list's columns are an overview: a long text shows its start. Every item of the form is
// the statutory record: its texts are cut only past what a line of a ledger ever holds.
constexpr int kListedLinesPerCell = 4;
constexpr int kRecordedLinesPerCell = 12;
constexpr qreal kCellPoints = 7.5;

QFont cellFont()
{
    return printFont(false, kCellPoints);
}

const QString& longestDate(FieldType type)
{
    static const QString date = QStringLiteral("令和88年12月31日");
    static const QString dateTime = QStringLiteral("令和88年12月31日 00:00");
    return type == FieldType::Date ? date : dateTime;
}

bool isDate(const FieldDefinition* f)
{
    return f && (f->type == FieldType::Date || f->type == FieldType::DateTime);
}

// A column's share of the width (the list's columns).
qreal weightOf(const FieldDefinition& f)
{
    switch (f.type) {
    case FieldType::Integer:
    case FieldType::Boolean:
        return 0.7;
    case FieldType::Date:
        return 1.3;
    case FieldType::DateTime:
        return 1.7;
    case FieldType::LongText:
    case FieldType::TextList:
    case FieldType::Checklist:
        return 2.6;
    case FieldType::Text:
    case FieldType::RegisterEntry:
        return 2;
    case FieldType::Department:
        return 1.6;
    case FieldType::Choice:
    case FieldType::MultiChoice:
    case FieldType::Purpose:
    case FieldType::Person:
        break;
    }
    return 1.3;
}

// The narrowest width (mm) at which a column of this item still reads as a ledger line: a
// name on one or two lines, a purpose or a note on three or four.
qreal readableWidthMm(const FieldDefinition& f)
{
    switch (f.type) {
    case FieldType::Integer:
    case FieldType::Boolean:
        return 12;
    case FieldType::Choice:
    case FieldType::Person:
        return 20;
    case FieldType::Department:
        return 22;
    case FieldType::Purpose:
    case FieldType::MultiChoice:
        return 28;
    case FieldType::Text:
    case FieldType::RegisterEntry:
        return 30;
    case FieldType::LongText:
    case FieldType::TextList:
    case FieldType::Checklist:
        return 40;
    case FieldType::Date:
    case FieldType::DateTime:
        break; // measured
    }
    return 20;
}

QString formatted(const FieldDefinition& field, const LedgerRow& row, const RecordLayoutContext& context)
{
    QString text = formatFieldValue(field, row.values.value(field.key), *context.directory, LabelLanguage::Japanese,
                                    context.seirekiInBrackets ? DateStyle::WarekiWithSeireki : DateStyle::Wareki,
                                    QStringLiteral("\n"));
    // An unticked confirmation is a recorded 「いいえ」, not a blank the reader must interpret.
    if (field.type == FieldType::Boolean && text.isEmpty())
        text = QStringLiteral("いいえ");
    // A monitoring sheet's lines (43 of them) are its own pages: the ledger gives the counts.
    if (field.type == FieldType::Checklist)
        text += QStringLiteral("\n（項目ごとの結果・確認した資料・コメントは、このシートの単票印刷にあります）");
    return text;
}

// The state as the list shows it, 「承認済み・返却遅れ」 for a carry-out past its return (第19条).
QString printedState(const LedgerRow& row, const RecordLayoutContext& context)
{
    QString state = entryStatePrintedName(row.state);
    if (context.nowUtc.isValid() && carry_out::isCarryOutLog(*context.form)
        && carry_out::isOverdue(*context.form, row.values, context.nowUtc))
        state += QStringLiteral("・返却遅れ");
    return state;
}

// Lines `text` takes in `width` (device pixels), at most `cap`.
int linesFor(const QString& text, qreal width, const QFontMetricsF& metrics, int cap)
{
    if (!text.contains(QLatin1Char('\n')) && metrics.horizontalAdvance(text) <= width)
        return 1;
    const QRectF needed = metrics.boundingRect(QRectF(0, 0, width, metrics.lineSpacing() * 200),
                                               Qt::TextWordWrap | Qt::TextWrapAnywhere, text);
    return std::clamp(int(std::ceil(needed.height() / metrics.lineSpacing())), 1, cap);
}

constexpr int kWrapFlags = Qt::TextWordWrap | Qt::TextWrapAnywhere | Qt::AlignLeft | Qt::AlignTop;

// A text longer than a line of the ledger or a page is never cut without saying so: the entry
// printed alone (記録の印刷) holds every word.
void paintCutNote(QPainter& painter, const QRectF& area, qreal mm)
{
    const QString note = QStringLiteral("（一部省略：全文はこの記録の単票印刷で確認できます）");
    painter.save();
    painter.setFont(printFont(false, 6.5));
    const QRectF line(area.left(), area.bottom() - 3.5 * mm, area.width(), 3.5 * mm);
    painter.fillRect(line, Qt::white);
    painter.drawText(line.adjusted(mm, 0, -mm, 0), Qt::AlignRight | Qt::AlignVCenter, note);
    painter.restore();
}

// ---- One line per entry -------------------------------------------------------------------

class TableLayout : public RecordLayout
{
public:
    TableLayout(const RecordLayoutContext& context, PrintedItems items)
        : m_context(context)
        , m_metrics(cellFont(), context.device)
        , m_padding(0.8 * context.mm)
        , m_cap(items == PrintedItems::AllRecorded ? kRecordedLinesPerCell : kListedLinesPerCell)
    {
        m_columns << Column{QStringLiteral("番号"), nullptr, false, 0.6};
        for (const FieldDefinition& f : context.form->fields)
            if (items == PrintedItems::AllRecorded || f.listed)
                m_columns << Column{f.labelJa, &f, false, weightOf(f)};
        if (context.form->approval != ApprovalKind::None)
            m_columns << Column{QStringLiteral("状態"), nullptr, true, 0.9};
        if (items == PrintedItems::AllRecorded && context.form->approval != ApprovalKind::None && context.decisions)
            m_columns << Column{QStringLiteral("承認・確認"), nullptr, false, 1.6, 0, 0, true};
        placeColumns();
        const QFontMetricsF headerMetrics(cellFont(), context.device);
        for (const Column& c : m_columns)
            m_headerHeight =
                std::max(m_headerHeight, headerMetrics
                                             .boundingRect(QRectF(0, 0, c.width - 2 * context.mm, 100 * context.mm),
                                                           Qt::TextWordWrap | Qt::AlignCenter, c.title)
                                             .height());
        m_headerHeight += 2 * context.mm;
    }

    qreal headerHeight() const override { return m_headerHeight; }

    void paintHeader(QPainter& painter, qreal left, qreal top) const override
    {
        painter.setFont(cellFont());
        for (const Column& c : m_columns) {
            const QRectF cell(left + c.x, top, c.width, m_headerHeight);
            painter.fillRect(cell, QColor(0xee, 0xee, 0xee));
            painter.drawRect(cell);
            painter.drawText(cell.adjusted(m_context.mm, 0, -m_context.mm, 0), Qt::TextWordWrap | Qt::AlignCenter,
                             c.title);
        }
    }

    qreal measure(const LedgerRow& row) override
    {
        m_texts.clear();
        int lines = 1;
        m_cut = false;
        for (const Column& c : m_columns) {
            m_texts << cellText(c, row);
            const int needed = linesFor(m_texts.last(), c.width - 2 * m_padding, m_metrics, 999);
            m_cut = m_cut || needed > m_cap;
            lines = std::max(lines, std::min(needed, m_cap));
        }
        const qreal needed = lines * m_metrics.lineSpacing() + 2 * m_padding;
        m_cut = m_cut || needed > m_maximum;
        m_height = std::min(needed, m_maximum);
        return m_height;
    }

    void paintRow(QPainter& painter, qreal left, qreal top) const override
    {
        painter.setFont(cellFont());
        for (qsizetype i = 0; i < m_columns.size(); ++i) {
            const Column& c = m_columns[i];
            const QRectF cell(left + c.x, top, c.width, m_height);
            painter.drawRect(cell);
            painter.drawText(cell.adjusted(m_padding, m_padding, -m_padding, -m_padding), kWrapFlags, m_texts[i]);
        }
        if (m_cut)
            paintCutNote(painter, QRectF(left, top, m_context.width, m_height), m_context.mm);
    }

    void setMaximumHeight(qreal height) override { m_maximum = height; }

private:
    struct Column {
        QString title;
        const FieldDefinition* field = nullptr; // null: 番号, 状態 or 承認・確認
        bool isState = false;
        qreal weight = 1;
        qreal x = 0;
        qreal width = 0;
        bool isDecisions = false;
    };

    // Widths by weight; a date column too narrow for its date gets what it needs (with
    // 「西暦を併記」 the year goes to a second line, so it never breaks inside 令和8年12月31日),
    // taken from the others in proportion.
    void placeColumns()
    {
        qreal fixedWidth = 0;
        qreal freeWeight = 0;
        qreal total = 0;
        for (const Column& c : m_columns)
            total += c.weight;
        for (Column& c : m_columns) {
            const qreal needed =
                isDate(c.field) ? m_metrics.horizontalAdvance(longestDate(c.field->type)) + 2 * m_padding + 1 : 0;
            if (needed > m_context.width * c.weight / total) {
                c.width = needed;
                fixedWidth += needed;
            } else {
                freeWeight += c.weight;
            }
        }
        qreal x = 0;
        for (Column& c : m_columns) {
            c.x = x;
            if (c.width == 0)
                c.width =
                    std::max<qreal>(0, m_context.width - fixedWidth) * c.weight / (freeWeight > 0 ? freeWeight : 1);
            x += c.width;
        }
    }

    QString cellText(const Column& column, const LedgerRow& row) const
    {
        if (column.isDecisions)
            return m_context.decisions(row.id);
        if (!column.field && !column.isState)
            return QString::number(row.number);
        if (column.isState)
            return printedState(row, m_context);
        // An item that does not apply to this entry (a ④ 削除・廃棄 has no purpose) stays blank.
        if (!fieldApplies(*column.field, row.values))
            return {};
        QString text = formatted(*column.field, row, m_context);
        // 「令和8年4月1日」 then 「（2026年）」 on its own line: a date never breaks inside its year.
        if (m_context.seirekiInBrackets && isDate(column.field))
            text.replace(QStringLiteral("（"), QStringLiteral("\n（"));
        return text;
    }

    RecordLayoutContext m_context;
    QFontMetricsF m_metrics;
    qreal m_padding;
    int m_cap;
    QList<Column> m_columns;
    qreal m_headerHeight = 0;
    QStringList m_texts;
    qreal m_height = 0;
    qreal m_maximum = 1e9;
    bool m_cut = false;
};

// ---- One block per entry ------------------------------------------------------------------

// An entry as a block: a shaded line with its No. and state, then its items as label and
// value, two or three to a line; a long text takes a line of its own. Only the items that
// apply to the entry are printed.
class BlockLayout : public RecordLayout
{
public:
    explicit BlockLayout(const RecordLayoutContext& context)
        : m_context(context)
        , m_metrics(cellFont(), context.device)
        , m_padding(0.8 * context.mm)
        , m_pairsPerLine(context.width / context.mm >= 250 ? 3 : 2)
        , m_labelWidth(26 * context.mm)
        , m_valueWidth((context.width - m_pairsPerLine * m_labelWidth) / m_pairsPerLine)
        , m_barHeight(m_metrics.lineSpacing() + 2 * m_padding)
    { }

    qreal headerHeight() const override { return 0; }
    void paintHeader(QPainter&, qreal, qreal) const override { }

    qreal measure(const LedgerRow& row) override
    {
        m_bar = QStringLiteral("No.") + QString::number(row.number);
        m_state = m_context.form->approval != ApprovalKind::None
                      ? QStringLiteral("状態：") + printedState(row, m_context)
                      : QString();
        m_lines.clear();
        Line current;
        const auto closeLine = [&] {
            if (!current.cells.isEmpty())
                m_lines << current;
            current = Line{};
        };
        QList<Cell> cells;
        for (const FieldDefinition& field : m_context.form->fields)
            if (fieldApplies(field, row.values))
                cells << Cell{fieldLabel(field, row.values, LabelLanguage::Japanese), formatted(field, row, m_context),
                              1, isWide(field.type)};
        // Items an older version of the form had, as recorded (a contract standing in for the
        // record, 規程第31条5項・第32条8項): part of that entry's record.
        for (const FieldDefinition& retired : m_context.form->retiredFields) {
            const QVariant value = row.values.value(retired.key);
            if (!isEmptyFieldValue(value))
                cells << Cell{retired.labelJa + QStringLiteral("（旧記録事項）"), retiredText(value), 1, false};
        }
        if (m_context.form->approval != ApprovalKind::None && m_context.decisions)
            cells << Cell{QStringLiteral("承認・確認"), m_context.decisions(row.id), 1, true};
        for (Cell cell : cells) {
            const bool wide = cell.wide || linesFor(cell.text, m_valueWidth - 2 * m_padding, m_metrics, 99) > 3;
            if (wide) {
                closeLine();
                cell.span = m_pairsPerLine;
                current.cells << cell;
                closeLine();
                continue;
            }
            current.cells << cell;
            if (current.cells.size() == m_pairsPerLine)
                closeLine();
        }
        closeLine();
        m_height = m_barHeight;
        for (Line& line : m_lines) {
            int lines = 1;
            for (const Cell& cell : line.cells) {
                lines = std::max(lines, linesFor(cell.label, m_labelWidth - 2 * m_padding, m_metrics, 99));
                lines = std::max(lines, linesFor(cell.text, valueWidth(cell) - 2 * m_padding, m_metrics, 99));
            }
            line.height = lines * m_metrics.lineSpacing() + 2 * m_padding;
            m_height += line.height;
        }
        m_cut = m_height > m_maximum - gap();
        m_height = std::min(m_height, m_maximum - gap());
        return m_height + gap();
    }

    void paintRow(QPainter& painter, qreal left, qreal top) const override
    {
        painter.save();
        painter.setClipRect(QRectF(left, top, m_context.width, m_height).adjusted(-1, -1, 1, 1));
        painter.setFont(cellFont());
        const QRectF bar(left, top, m_context.width, m_barHeight);
        painter.fillRect(bar, QColor(0xdd, 0xdd, 0xdd));
        painter.drawRect(bar);
        painter.drawText(bar.adjusted(m_padding, 0, -m_padding, 0), Qt::AlignLeft | Qt::AlignVCenter, m_bar);
        painter.drawText(bar.adjusted(m_padding, 0, -m_padding, 0), Qt::AlignRight | Qt::AlignVCenter, m_state);
        qreal y = top + m_barHeight;
        for (const Line& line : m_lines) {
            qreal x = left;
            for (const Cell& cell : line.cells) {
                const QRectF label(x, y, m_labelWidth, line.height);
                painter.fillRect(label, QColor(0xf2, 0xf2, 0xf2));
                painter.drawRect(label);
                painter.drawText(label.adjusted(m_padding, m_padding, -m_padding, -m_padding), kWrapFlags, cell.label);
                const QRectF value(label.right(), y, valueWidth(cell), line.height);
                painter.drawRect(value);
                painter.drawText(value.adjusted(m_padding, m_padding, -m_padding, -m_padding), kWrapFlags, cell.text);
                x = value.right();
            }
            // The rest of a short last line stays ruled, as on a paper form.
            if (x < left + m_context.width - 1)
                painter.drawRect(QRectF(x, y, left + m_context.width - x, line.height));
            y += line.height;
        }
        painter.restore();
        if (m_cut)
            paintCutNote(painter, QRectF(left, top, m_context.width, m_height), m_context.mm);
    }

    void setMaximumHeight(qreal height) override { m_maximum = height; }

private:
    struct Cell {
        QString label;
        QString text;
        int span = 1; // pairs of the line it takes
        bool wide = false; // a long text: a line of its own
    };

    static bool isWide(FieldType type)
    {
        return type == FieldType::LongText || type == FieldType::TextList || type == FieldType::Checklist;
    }

    static QString retiredText(const QVariant& value)
    {
        if (value.typeId() == QMetaType::Bool)
            return value.toBool() ? QStringLiteral("はい") : QStringLiteral("いいえ");
        if (value.typeId() == QMetaType::QDate)
            return formatWareki(value.toDate());
        return value.toString();
    }
    struct Line {
        QList<Cell> cells;
        qreal height = 0;
    };

    qreal valueWidth(const Cell& cell) const { return m_valueWidth + (cell.span - 1) * (m_labelWidth + m_valueWidth); }
    qreal gap() const { return 2 * m_context.mm; }

    RecordLayoutContext m_context;
    QFontMetricsF m_metrics;
    qreal m_padding;
    int m_pairsPerLine;
    qreal m_labelWidth;
    qreal m_valueWidth;
    qreal m_barHeight;
    QString m_bar;
    QString m_state;
    QList<Line> m_lines;
    qreal m_height = 0;
    qreal m_maximum = 1e9;
    bool m_cut = false;
};

} // namespace

bool allItemsFitAsTable(const FormDefinition& form, qreal widthMm, const QFontMetricsF& metrics, qreal mm)
{
    qreal needed = 10; // 番号
    if (form.approval != ApprovalKind::None)
        needed += 16; // 状態
    for (const FieldDefinition& f : form.fields)
        needed += isDate(&f) ? metrics.horizontalAdvance(longestDate(f.type)) / mm + 2.6 : readableWidthMm(f);
    return needed <= widthMm;
}

std::unique_ptr<RecordLayout> recordLayoutFor(const RecordLayoutContext& context, PrintedItems items)
{
    if (items == PrintedItems::AllRecorded
        && !allItemsFitAsTable(*context.form, context.width / context.mm, QFontMetricsF(cellFont(), context.device),
                               context.mm))
        return std::make_unique<BlockLayout>(context);
    return std::make_unique<TableLayout>(context, items);
}

} // namespace daicho
