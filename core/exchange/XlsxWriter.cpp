#include "exchange/XlsxWriter.h"

#include <QCoreApplication>

#include <xlsxwriter.h>

namespace daicho {

namespace {

lxw_datetime excelTime(const QDate& date, const QTime& time = QTime(0, 0))
{
    return lxw_datetime{date.year(), date.month(), date.day(), time.hour(), time.minute(), 0.0};
}

Error writeFailed(const QString& path, lxw_error error)
{
    return makeError(ErrorCode::Io,
                     QCoreApplication::translate("daicho::XlsxWriter",
                                                 "The Excel file could not be written (%1). Check that the folder "
                                                 "exists, is writable, and the file is not open in Excel.")
                         .arg(path),
                     QString::fromLatin1(lxw_strerror(error)));
}

} // namespace

Status writeXlsx(const ExportTable& table, const QString& path)
{
    const QByteArray file = path.toUtf8();
    lxw_workbook* workbook = workbook_new(file.constData());
    if (!workbook)
        return writeFailed(path, LXW_ERROR_CREATING_TMPFILE);
    lxw_worksheet* sheet = workbook_add_worksheet(workbook, table.formNumber.toUtf8().constData());

    lxw_format* heading = workbook_add_format(workbook);
    format_set_bold(heading);
    format_set_text_wrap(heading);
    format_set_bg_color(heading, 0xE8EEF4);
    format_set_border(heading, LXW_BORDER_THIN);
    lxw_format* text = workbook_add_format(workbook);
    format_set_text_wrap(text);
    format_set_num_format(text, "@");
    format_set_align(text, LXW_ALIGN_VERTICAL_TOP);
    format_set_border(text, LXW_BORDER_THIN);
    lxw_format* date = workbook_add_format(workbook);
    format_set_num_format(date, "yyyy/mm/dd");
    format_set_align(date, LXW_ALIGN_VERTICAL_TOP);
    format_set_border(date, LXW_BORDER_THIN);
    lxw_format* dateTime = workbook_add_format(workbook);
    format_set_num_format(dateTime, "yyyy/mm/dd hh:mm");
    format_set_align(dateTime, LXW_ALIGN_VERTICAL_TOP);
    format_set_border(dateTime, LXW_BORDER_THIN);
    lxw_format* number = workbook_add_format(workbook);
    format_set_align(number, LXW_ALIGN_VERTICAL_TOP);
    format_set_border(number, LXW_BORDER_THIN);

    for (int c = 0; c < table.header.size(); ++c) {
        worksheet_write_string(sheet, 0, static_cast<lxw_col_t>(c), table.header[c].toUtf8().constData(), heading);
        worksheet_set_column(sheet, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c), c == 0 ? 6 : 16, nullptr);
    }
    for (int r = 0; r < table.rows.size(); ++r) {
        const auto row = static_cast<lxw_row_t>(r + 1);
        const QList<ExportCell>& cells = table.rows[r];
        for (int c = 0; c < cells.size(); ++c) {
            const ExportCell& cell = cells[c];
            const auto col = static_cast<lxw_col_t>(c);
            if (cell.date) {
                lxw_datetime value = excelTime(*cell.date);
                worksheet_write_datetime(sheet, row, col, &value, date);
            } else if (cell.japanTime) {
                lxw_datetime value = excelTime(cell.japanTime->date(), cell.japanTime->time());
                worksheet_write_datetime(sheet, row, col, &value, dateTime);
            } else if (cell.number) {
                worksheet_write_number(sheet, row, col, static_cast<double>(*cell.number), number);
            } else {
                worksheet_write_string(sheet, row, col, cell.text.toUtf8().constData(), text);
            }
        }
    }
    // Printing as the paper form: A4, header row on each page, fitted to the width.
    worksheet_freeze_panes(sheet, 1, 0);
    worksheet_set_paper(sheet, 9); // A4
    if (table.landscape)
        worksheet_set_landscape(sheet);
    worksheet_repeat_rows(sheet, 0, 0);
    worksheet_fit_to_pages(sheet, 1, 0);
    // In a page header '&' starts a code; a literal one is written twice.
    auto literal = [](QString s) { return s.replace(QLatin1Char('&'), QStringLiteral("&&")); };
    const QString headerText =
        QStringLiteral("&L") + literal(table.formNumber) + QStringLiteral("&C") + literal(table.formTitle);
    const QByteArray header = headerText.toUtf8();
    worksheet_set_header(sheet, header.constData());
    // The trail's code at the left of every printed page, and in the file's properties.
    const QByteArray footer = (QStringLiteral("&L") + literal(table.trailCode) + QStringLiteral("&C&P / &N")).toUtf8();
    worksheet_set_footer(sheet, footer.constData());
    QByteArray comments = table.trailCode.toUtf8();
    lxw_doc_properties properties{};
    properties.comments = comments.data(); // libxlsxwriter only reads it
    workbook_set_properties(workbook, &properties);

    const lxw_error closed = workbook_close(workbook);
    if (closed != LXW_NO_ERROR)
        return writeFailed(path, closed);
    return {};
}

} // namespace daicho
