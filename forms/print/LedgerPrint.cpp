#include "print/LedgerPrint.h"

#include "exchange/PrintRecord.h"

#include "audit/AuditLog.h"
#include "audit/Checkpoint.h"
#include "auth/Organisation.h"
#include "common/JapaneseCalendar.h"
#include "ledger/FormRegistry.h"
#include "ledger/LedgerAccess.h"
#include "ledger/LedgerReader.h"
#include "ledger/monitoring/Checklist.h"
#include "print/PrintFont.h"
#include "print/PrintSheet.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>
#include <QPrintPreviewDialog>
#include <QPrinter>

#include <algorithm>
#include <functional>

namespace daicho {

namespace {

constexpr int kMaxLinesPerCell = 4;
constexpr int kRowsPerFetch = 500;

struct Column {
    QString title;
    const FieldDefinition* field = nullptr; // null: 番号 or 状態
    bool isState = false;
    qreal weight = 1;
    qreal x = 0;
    qreal width = 0;
};

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

// The narrowest a date column may be: its longest date on one line (with 「西暦を併記」 the
// year goes to a second line, so it never breaks inside 令和8年12月31日).
qreal minimumWidth(const FieldDefinition* f, const QFontMetricsF& metrics, qreal padding)
{
    if (!f || (f->type != FieldType::Date && f->type != FieldType::DateTime))
        return 0;
    const QString longest =
        f->type == FieldType::Date ? QStringLiteral("令和88年12月31日") : QStringLiteral("令和88年12月31日 00:00");
    return metrics.horizontalAdvance(longest) + 2 * padding + 1;
}

QList<Column> columnsFor(const FormDefinition& form, qreal width, const QFontMetricsF& metrics, qreal padding)
{
    QList<Column> columns;
    columns << Column{QStringLiteral("番号"), nullptr, false, 0.6};
    for (const FieldDefinition& f : form.fields)
        if (f.listed)
            columns << Column{f.labelJa, &f, false, weightOf(f)};
    if (form.approval != ApprovalKind::None)
        columns << Column{QStringLiteral("状態"), nullptr, true, 0.9};
    // Widths by weight; a date column too narrow for its date gets what it needs, taken from
    // the others in proportion.
    qreal fixedWidth = 0;
    qreal freeWeight = 0;
    qreal total = 0;
    for (const Column& c : columns)
        total += c.weight;
    for (Column& c : columns) {
        const qreal needed = minimumWidth(c.field, metrics, padding);
        if (needed > width * c.weight / total) {
            c.width = needed;
            fixedWidth += needed;
        } else {
            freeWeight += c.weight;
        }
    }
    qreal x = 0;
    for (Column& c : columns) {
        c.x = x;
        if (c.width == 0)
            c.width = std::max<qreal>(0, width - fixedWidth) * c.weight / (freeWeight > 0 ? freeWeight : 1);
        x += c.width;
    }
    return columns;
}

QString cellText(const Column& column, const LedgerRow& row, const LedgerPrintJob& job)
{
    if (!column.field && !column.isState)
        return QString::number(row.number);
    if (column.isState)
        return entryStatePrintedName(row.state);
    QString text = formatFieldValue(
        *column.field, row.values.value(column.field->key), *job.directory, LabelLanguage::Japanese,
        job.options.seirekiInBrackets ? DateStyle::WarekiWithSeireki : DateStyle::Wareki, QStringLiteral("\n"));
    // 「令和8年4月1日」 then 「（2026年）」 on its own line: a date never breaks inside its year.
    if (job.options.seirekiInBrackets
        && (column.field->type == FieldType::Date || column.field->type == FieldType::DateTime))
        text.replace(QStringLiteral("（"), QStringLiteral("\n（"));
    return text;
}

void paintStamps(QPainter& painter, const QRectF& area, const QStringList& labels, qreal mm)
{
    painter.setFont(printFont(false, 7));
    qreal right = area.right();
    const qreal boxWidth = 18 * mm;
    for (auto it = labels.crbegin(); it != labels.crend(); ++it) {
        const QRectF label(right - boxWidth, area.top(), boxWidth, 4.5 * mm);
        const QRectF box(label.left(), label.bottom(), boxWidth, 15 * mm);
        painter.drawRect(label);
        painter.drawRect(box);
        painter.drawText(label, Qt::AlignCenter, *it);
        right -= boxWidth;
    }
}

// Everything above the table; returns where the table starts.
qreal paintPageHeader(QPainter& painter, const QRectF& page, const LedgerPrintJob& job, qreal mm)
{
    const bool stamps = job.options.stampBoxes && !job.form->stampBoxes.isEmpty();
    const qreal stampsWidth = stamps ? 18 * mm * job.form->stampBoxes.size() : 0;
    const QRectF text(page.left(), page.top(), page.width() - stampsWidth - 4 * mm, 20 * mm);
    painter.setFont(printFont(false, 8.5));
    painter.drawText(QRectF(text.left(), text.top(), text.width(), 5 * mm), Qt::AlignLeft | Qt::AlignVCenter,
                     job.organisation);
    const QString printed =
        QStringLiteral("印刷日：")
        + formatWareki(job.printedOn, job.options.seirekiInBrackets ? SeirekiInBrackets::Yes : SeirekiInBrackets::No);
    painter.drawText(QRectF(text.left(), text.top(), text.width(), 5 * mm), Qt::AlignRight | Qt::AlignVCenter, printed);
    painter.setFont(printFont(false, 14));
    painter.drawText(QRectF(text.left(), text.top() + 5 * mm, text.width(), 9 * mm), Qt::AlignCenter,
                     job.form->number + QStringLiteral("　") + job.form->title);
    painter.setFont(printFont(false, 8.5));
    if (!job.period.isEmpty())
        painter.drawText(QRectF(text.left(), text.top() + 14 * mm, text.width(), 5 * mm), Qt::AlignCenter,
                         QStringLiteral("期間：") + job.period);
    if (stamps)
        paintStamps(painter, QRectF(page.right() - stampsWidth, page.top(), stampsWidth, 20 * mm), job.form->stampBoxes,
                    mm);
    return page.top() + 22 * mm;
}

qreal tableHeaderHeight(const QList<Column>& columns, const QPaintDevice& device, qreal mm)
{
    const QFontMetricsF metrics(printFont(false, 7.5), &device);
    qreal height = 0;
    for (const Column& c : columns)
        height = std::max(
            height,
            metrics.boundingRect(QRectF(0, 0, c.width - 2 * mm, 100 * mm), Qt::TextWordWrap | Qt::AlignCenter, c.title)
                .height());
    return height + 2 * mm;
}

qreal paintTableHeader(QPainter& painter, const QList<Column>& columns, qreal left, qreal y, qreal mm)
{
    painter.setFont(printFont(false, 7.5));
    const qreal height = tableHeaderHeight(columns, *painter.device(), mm);
    for (const Column& c : columns) {
        const QRectF cell(left + c.x, y, c.width, height);
        painter.fillRect(cell, QColor(0xee, 0xee, 0xee));
        painter.drawRect(cell);
        painter.drawText(cell.adjusted(mm, 0, -mm, 0), Qt::TextWordWrap | Qt::AlignCenter, c.title);
    }
    return y + height;
}

// The lines of a monitoring sheet (様式4) as on the paper form: grouped by area, each with
// its article, result, the evidence seen and the comment.
PrintTable checklistTable(const ChecklistLines& lines)
{
    PrintTable table;
    table.headers = {QStringLiteral("No."), QStringLiteral("チェック項目"), QStringLiteral("結果"),
                     QStringLiteral("確認した資料等"), QStringLiteral("コメント")};
    table.widths = {8, 70, 14, 45, 53};
    QString area;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const ChecklistLine& line = lines[i];
        if (line.area != area) {
            area = line.area;
            const CheckArea* known = findCheckArea(area);
            table.lines << PrintTable::Line{
                {known ? known->labelJa + QStringLiteral("（") + known->articles + QStringLiteral("）") : area},
                true,
                false};
        }
        const QString item =
            line.article.isEmpty() ? line.text : line.text + QStringLiteral("（") + line.article + QStringLiteral("）");
        table.lines << PrintTable::Line{
            {QString::number(i + 1), item, checkResultPrintedName(line.result), line.evidence, line.comment},
            false,
            line.result == CheckResult::DoesNotConform};
    }
    return table;
}

Error cannotPrint(const QString& path)
{
    return makeError(ErrorCode::Io,
                     QCoreApplication::translate("daicho::LedgerPrint", "Cannot write the PDF file %1. Check that the "
                                                                        "folder exists and is writable.")
                         .arg(path));
}

} // namespace

QString printedPeriod(const LedgerFilter& filter, bool seirekiInBrackets)
{
    const auto style = seirekiInBrackets ? SeirekiInBrackets::Yes : SeirekiInBrackets::No;
    if (!filter.from && !filter.to)
        return {};
    return (filter.from ? formatWareki(*filter.from, style) : QString()) + QStringLiteral("～")
           + (filter.to ? formatWareki(*filter.to, style) : QString());
}

Result<std::int64_t> paintLedger(QPagedPaintDevice& device, QPainter& painter, const LedgerPrintJob& job)
{
    const qreal mm = device.logicalDpiX() / 25.4;
    const QRectF paint = device.pageLayout().paintRectPixels(device.logicalDpiX());
    const QRectF page(0, 0, paint.width(), paint.height());
    const qreal footer = 6 * mm;
    const QFont cellFont = printFont(false, 7.5);
    const QFontMetricsF metrics(cellFont, &device);
    const qreal lineHeight = metrics.lineSpacing();
    const qreal padding = 0.8 * mm;
    const QList<Column> columns = columnsFor(*job.form, page.width(), metrics, padding);
    const qreal tableTop = page.top() + 22 * mm + tableHeaderHeight(columns, device, mm);

    // Each row's texts and height, as both passes lay it out.
    QStringList texts;
    const auto layOut = [&](const LedgerRow& row) {
        texts.clear();
        int lines = 1;
        for (const Column& c : columns) {
            texts << cellText(c, row, job);
            const qreal inner = c.width - 2 * padding;
            // Most cells fit one line: measure the wrapped height only when they do not.
            if (texts.last().contains(QLatin1Char('\n')) || metrics.horizontalAdvance(texts.last()) > inner) {
                const QRectF needed = metrics.boundingRect(QRectF(0, 0, inner, lineHeight * 50),
                                                           Qt::TextWordWrap | Qt::TextWrapAnywhere, texts.last());
                lines = std::max(lines, std::min(kMaxLinesPerCell, int(std::ceil(needed.height() / lineHeight))));
            }
        }
        return lines * lineHeight + 2 * padding;
    };
    // Walks every row; `atRow` is given each row's height and whether it starts a new page.
    const auto walk = [&](const std::function<Status(const LedgerRow&, qreal, bool)>& atRow) -> Status {
        qreal y = tableTop;
        std::optional<PageKey> after;
        while (true) {
            auto batch = job.rows(after);
            if (!batch)
                return batch.error();
            for (const LedgerRow& row : batch.value()) {
                const qreal height = layOut(row);
                const bool turn = y + height > page.bottom() - footer && y > tableTop;
                if (turn)
                    y = tableTop;
                DAICHO_TRY(atRow(row, height, turn));
                y += height;
            }
            if (batch->size() < kRowsPerFetch)
                return {};
            after = batch->last().key();
        }
    };

    // First the pages are counted, so that each can say 「1 / 3 頁」.
    int pages = 1;
    DAICHO_TRY(walk([&](const LedgerRow&, qreal, bool turn) {
        pages += turn ? 1 : 0;
        return Status{};
    }));

    painter.setPen(QPen(Qt::black, 0.2 * mm));
    int pageNumber = 1;
    auto startPage = [&]() {
        qreal top = paintPageHeader(painter, page, job, mm);
        top = paintTableHeader(painter, columns, page.left(), top, mm);
        painter.setFont(printFont(false, 8));
        const QRectF footerRect(page.left(), page.bottom() - footer, page.width(), footer);
        painter.drawText(footerRect, Qt::AlignCenter, pageNumberText(pageNumber, pages));
        painter.setFont(printFont(false, 6.5));
        painter.drawText(footerRect, Qt::AlignRight | Qt::AlignVCenter, job.trailCode);
        painter.setFont(cellFont);
        return top;
    };
    qreal y = startPage();
    std::int64_t printed = 0;
    DAICHO_TRY(walk([&](const LedgerRow&, qreal height, bool turn) -> Status {
        if (turn) {
            if (!device.newPage())
                return makeError(ErrorCode::Io, QCoreApplication::translate("daicho::LedgerPrint",
                                                                            "A new page could not be started."));
            ++pageNumber;
            y = startPage();
        }
        for (qsizetype i = 0; i < columns.size(); ++i) {
            const Column& c = columns[i];
            const QRectF cell(page.left() + c.x, y, c.width, height);
            painter.drawRect(cell);
            painter.drawText(cell.adjusted(padding, padding, -padding, -padding),
                             Qt::TextWordWrap | Qt::TextWrapAnywhere | Qt::AlignLeft | Qt::AlignTop, texts[i]);
        }
        y += height;
        ++printed;
        return Status{};
    }));
    return printed;
}

Result<LedgerPrintJob> ledgerPrintJob(const Session& session, const LedgerFilter& filter,
                                      const LedgerDirectory& directory, LedgerPrintOptions options)
{
    DAICHO_TRY(PrintRecord::requireMayPrint(session, filter.formId)); // core decides
    const FormDefinition* form = FormRegistry::find(filter.formId);
    auto organisation = Organisation::organisationName(session);
    if (!organisation)
        return organisation.error();
    LedgerPrintJob job;
    job.form = form;
    job.organisation = organisation.value();
    job.period = printedPeriod(filter, options.seirekiInBrackets);
    job.printedOn = japanDate(session.clock().nowUtc());
    job.options = options;
    job.directory = &directory;
    auto head = Checkpoint::chainHead(session);
    if (!head)
        return head.error();
    job.trailCode = Checkpoint::printedText(head.value());
    job.rows = [&session, filter](std::optional<PageKey> after) {
        return LedgerQuery::page(session, filter, ListOrder::OldestFirst, after, kRowsPerFetch);
    };
    return job;
}

Result<std::int64_t> printLedgerToPdf(Session& session, const LedgerFilter& filter, LedgerPrintOptions options,
                                      const QString& path)
{
    auto directory = LedgerDirectory::load(session);
    if (!directory)
        return directory.error();
    auto job = ledgerPrintJob(session, filter, directory.value(), options);
    if (!job)
        return job.error();
    std::int64_t printed = 0;
    {
        QPdfWriter writer(path);
        writer.setResolution(300);
        writer.setTitle(job->form->number + QLatin1Char(' ') + job->form->title);
        writer.setCreator(QStringLiteral("Daicho — ") + job->trailCode);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4),
                                         job->form->landscape ? QPageLayout::Landscape : QPageLayout::Portrait,
                                         QMarginsF(10, 10, 10, 10), QPageLayout::Millimeter));
        QPainter painter;
        if (!painter.begin(&writer))
            return cannotPrint(path);
        auto done = paintLedger(writer, painter, job.value());
        painter.end();
        if (!done)
            return done.error();
        printed = done.value();
    }
    DAICHO_TRY(PrintRecord::recordListPrint(session, filter, printed, QStringLiteral("pdf")));
    return printed;
}

Result<bool> previewAndPrintLedger(QWidget* parent, Session& session, const LedgerFilter& filter,
                                   LedgerPrintOptions options)
{
    auto directory = LedgerDirectory::load(session);
    if (!directory)
        return directory.error();
    auto job = ledgerPrintJob(session, filter, directory.value(), options);
    if (!job)
        return job.error();
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4),
                                      job->form->landscape ? QPageLayout::Landscape : QPageLayout::Portrait,
                                      QMarginsF(10, 10, 10, 10), QPageLayout::Millimeter));
    printer.setDocName(job->form->number + QLatin1Char(' ') + job->form->title);
    QPrintPreviewDialog preview(&printer, parent);
    preview.setObjectName(QStringLiteral("ledgerPrintPreview"));
    std::int64_t printed = 0;
    Status problem;
    QObject::connect(&preview, &QPrintPreviewDialog::paintRequested, &preview, [&](QPrinter* target) {
        QPainter painter(target);
        auto done = paintLedger(*target, painter, job.value());
        if (done)
            printed = done.value();
        else
            problem = done.error();
    });
    if (preview.exec() != QDialog::Accepted) {
        if (!problem)
            return problem.error();
        return false;
    }
    DAICHO_TRY(problem);
    DAICHO_TRY(PrintRecord::recordListPrint(session, filter, printed, QStringLiteral("printer")));
    return true;
}

Result<PrintSheet> entrySheet(const Session& session, EntryId id, const LedgerDirectory& directory,
                              LedgerPrintOptions options)
{
    auto entry = LedgerReader::entry(session, id);
    if (!entry)
        return entry.error();
    auto approvals = LedgerReader::approvals(session, id);
    if (!approvals)
        return approvals.error();
    const FormDefinition* form = FormRegistry::find(entry->formId);
    auto organisation = Organisation::organisationName(session);
    if (!organisation)
        return organisation.error();
    const DateStyle dates = options.seirekiInBrackets ? DateStyle::WarekiWithSeireki : DateStyle::Wareki;
    PrintSheet sheet;
    sheet.organisation = organisation.value();
    sheet.title = form->number + QStringLiteral("　") + form->title;
    sheet.date = japanDate(session.clock().nowUtc());
    sheet.seireki = options.seirekiInBrackets;
    sheet.rows << PrintSheet::Row{QStringLiteral("番号"), QString::number(entry->number), false};
    // The items after a checklist (findings, requests) follow its table.
    QList<PrintSheet::Row>* rows = &sheet.rows;
    for (const FieldDefinition& field : form->fields) {
        if (!fieldApplies(field, entry->values))
            continue;
        const QVariant value = entry->values.value(field.key);
        if (field.type == FieldType::Checklist) {
            sheet.table = checklistTable(checklistFromValue(value).value_or(ChecklistLines{}));
            rows = &sheet.rowsAfterTable;
        }
        *rows << PrintSheet::Row{field.labelJa,
                                 formatFieldValue(field, value, directory, LabelLanguage::Japanese, dates), false};
    }
    if (form->approval != ApprovalKind::None)
        sheet.rows << PrintSheet::Row{QStringLiteral("状態"), entryStatePrintedName(entry->state), false};
    sheet.rows << PrintSheet::Row{QStringLiteral("版"), QString::number(entry->revisionCount), false};
    QStringList decisions;
    for (const LedgerApproval& a : approvals.value())
        decisions << formatJapanDateTime(a.atUtc) + QStringLiteral("　") + directory.personName(a.approverId)
                         + QStringLiteral("　") + decisionDisplayName(a.decision)
                         + (a.comment.isEmpty() ? QString() : QStringLiteral("（") + a.comment + QStringLiteral("）"));
    if (!decisions.isEmpty())
        sheet.note = QStringLiteral("承認・確認の記録\n") + decisions.join(QLatin1Char('\n'));
    if (options.stampBoxes)
        sheet.stampBoxes = form->stampBoxes;
    auto head = Checkpoint::chainHead(session);
    if (!head)
        return head.error();
    sheet.trailCode = Checkpoint::printedText(head.value());
    return sheet;
}

} // namespace daicho
