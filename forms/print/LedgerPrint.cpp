#include "print/LedgerPrint.h"

#include "exchange/PrintRecord.h"

#include "audit/AuditLog.h"
#include "audit/Checkpoint.h"
#include "auth/Organisation.h"
#include "common/JapaneseCalendar.h"
#include "ledger/FormRegistry.h"
#include "ledger/Labels.h"
#include "ledger/LedgerAccess.h"
#include "ledger/LedgerReader.h"
#include "ledger/monitoring/Checklist.h"
#include "print/LedgerRecordLayout.h"
#include "print/PdfFinish.h"
#include "print/PrintFont.h"
#include "print/PrintSheet.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QHash>
#include <QPainter>
#include <QPdfWriter>
#include <QPrintPreviewDialog>
#include <QPrinter>

#include <algorithm>
#include <functional>
#include <memory>

namespace daicho {

namespace {

constexpr int kRowsPerFetch = 500;

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
        drawFitted(painter, label, *it, 7);
        right -= boxWidth;
    }
}

// Everything above the table; returns where the table starts.
qreal paintPageHeader(QPainter& painter, const QRectF& page, const LedgerPrintJob& job, qreal mm)
{
    // An overview (the list's columns) is not the ledger: no stamp boxes, and said in its title.
    const bool overview = job.options.items == PrintedItems::ListedColumns;
    const bool stamps = job.options.stampBoxes && !overview && !job.form->stampBoxes.isEmpty();
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
                     job.form->number + QStringLiteral("　") + job.form->title
                         + (overview ? QStringLiteral("（一覧・記録事項の一部）") : QString()));
    painter.setFont(printFont(false, 8.5));
    QStringList under;
    if (!job.department.isEmpty())
        under << QStringLiteral("部署：") + job.department; // 第7条3項: whose head signs
    if (!job.period.isEmpty())
        under << QStringLiteral("期間：") + job.period;
    if (!under.isEmpty())
        painter.drawText(QRectF(text.left(), text.top() + 14 * mm, text.width(), 5 * mm), Qt::AlignCenter,
                         under.join(QStringLiteral("　")));
    if (stamps)
        paintStamps(painter, QRectF(page.right() - stampsWidth, page.top(), stampsWidth, 20 * mm), job.form->stampBoxes,
                    mm);
    return page.top() + 22 * mm;
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

// 「令和8年5月11日 10:00　事業部長　承認（コメント）」, one decision a line.
QStringList decisionLines(const QList<LedgerApproval>& approvals, const LedgerDirectory& directory)
{
    QStringList lines;
    for (const LedgerApproval& a : approvals)
        // In 和暦 like every date on the paper (令和8年5月11日 10:00).
        lines << formatWareki(japanDate(a.atUtc)) + QLatin1Char(' ')
                     + toJapanTime(a.atUtc).time().toString(QStringLiteral("HH:mm")) + QStringLiteral("　")
                     + directory.personName(a.approverId) + QStringLiteral("　") + decisionDisplayName(a.decision)
                     + (a.comment.isEmpty() ? QString() : QStringLiteral("（") + a.comment + QStringLiteral("）"));
    return lines;
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
    const qreal pageHeaderHeight = 22 * mm;
    const std::unique_ptr<RecordLayout> layout =
        recordLayoutFor(RecordLayoutContext{job.form, job.directory, job.options.seirekiInBrackets, page.width(), mm,
                                            &device, job.decisions, job.nowUtc},
                        job.options.items);
    const qreal tableTop = page.top() + pageHeaderHeight + layout->headerHeight();
    layout->setMaximumHeight(page.bottom() - footer - tableTop);

    // Walks every row; `atRow` is given each row's height and whether it starts a new page.
    const auto walk = [&](const std::function<Status(qreal, bool)>& atRow) -> Status {
        qreal y = tableTop;
        std::optional<PageKey> after;
        while (true) {
            auto batch = job.rows(after, kRowsPerFetch);
            if (!batch)
                return batch.error();
            for (const LedgerRow& row : batch.value()) {
                const qreal height = layout->measure(row);
                const bool turn = y + height > page.bottom() - footer && y > tableTop;
                if (turn)
                    y = tableTop;
                DAICHO_TRY(atRow(height, turn));
                y += height;
            }
            if (batch->size() < kRowsPerFetch)
                return {};
            after = batch->last().key();
        }
    };

    // First the pages are counted, so that each can say 「1 / 3 頁」.
    int pages = 1;
    DAICHO_TRY(walk([&](qreal, bool turn) {
        pages += turn ? 1 : 0;
        return Status{};
    }));

    painter.setPen(QPen(Qt::black, 0.2 * mm));
    int pageNumber = 1;
    auto startPage = [&]() {
        const qreal top = paintPageHeader(painter, page, job, mm);
        layout->paintHeader(painter, page.left(), top);
        painter.setFont(printFont(false, 8));
        const QRectF footerRect(page.left(), page.bottom() - footer, page.width(), footer);
        painter.drawText(footerRect, Qt::AlignCenter, pageNumberText(pageNumber, pages));
        painter.setFont(printFont(false, 6.5));
        painter.drawText(footerRect, Qt::AlignRight | Qt::AlignVCenter, job.trailCode);
        return top + layout->headerHeight();
    };
    qreal y = startPage();
    std::int64_t printed = 0;
    DAICHO_TRY(walk([&](qreal height, bool turn) -> Status {
        if (turn) {
            if (!device.newPage())
                return makeError(ErrorCode::Io, QCoreApplication::translate("daicho::LedgerPrint",
                                                                            "A new page could not be started."));
            ++pageNumber;
            y = startPage();
        }
        layout->paintRow(painter, page.left(), y);
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
    if (filter.departmentId)
        job.department = directory.departmentName(*filter.departmentId);
    if (form->approval != ApprovalKind::None)
        // Read as each entry is printed: the decisions of one entry, by its id (a few rows).
        // Kept by id: the rows are walked twice (pages counted, then painted), the reads once.
        job.decisions = [&session, &directory, read = std::make_shared<QHash<EntryId, QString>>()](EntryId id) {
            if (const auto known = read->constFind(id); known != read->cend())
                return known.value();
            const auto approvals = LedgerReader::approvals(session, id);
            const QString text =
                approvals ? decisionLines(approvals.value(), directory).join(QLatin1Char('\n')) : QString();
            read->insert(id, text);
            return text;
        };
    job.printedOn = japanDate(session.clock().nowUtc());
    job.nowUtc = session.clock().nowUtc();
    job.options = options;
    job.directory = &directory;
    auto head = Checkpoint::chainHead(session);
    if (!head)
        return head.error();
    job.trailCode = Checkpoint::printedText(head.value());
    job.rows = [&session, filter](std::optional<PageKey> after, int limit) {
        return LedgerQuery::page(session, filter, ListOrder::OldestFirst, after, limit);
    };
    return job;
}

Result<std::int64_t> printLedgerToPdf(Session& session, const LedgerFilter& filter, LedgerPrintOptions options,
                                      const QString& path, RowSource rows)
{
    auto directory = LedgerDirectory::load(session);
    if (!directory)
        return directory.error();
    auto job = ledgerPrintJob(session, filter, directory.value(), options);
    if (!job)
        return job.error();
    if (rows)
        job->rows = std::move(rows);
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
    DAICHO_TRY(finishPdf(path)); // 𠮷 copies and searches out of the file too
    DAICHO_TRY(PrintRecord::recordListPrint(session, filter, printed, QStringLiteral("pdf")));
    return printed;
}

Result<bool> previewAndPrintLedger(QWidget* parent, Session& session, const LedgerFilter& filter,
                                   LedgerPrintOptions options, RowSource rows)
{
    auto directory = LedgerDirectory::load(session);
    if (!directory)
        return directory.error();
    auto job = ledgerPrintJob(session, filter, directory.value(), options);
    if (!job)
        return job.error();
    if (rows)
        job->rows = std::move(rows);
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
        *rows << PrintSheet::Row{fieldLabel(field, entry->values, LabelLanguage::Japanese),
                                 formatFieldValue(field, value, directory, LabelLanguage::Japanese, dates), false};
    }
    if (form->approval != ApprovalKind::None)
        sheet.rows << PrintSheet::Row{QStringLiteral("状態"), entryStatePrintedName(entry->state), false};
    sheet.rows << PrintSheet::Row{QStringLiteral("版"), QString::number(entry->revisionCount), false};
    const QStringList decisions = decisionLines(approvals.value(), directory);
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
