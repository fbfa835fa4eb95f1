#pragma once

#include "auth/Session.h"
#include "common/Result.h"
#include "ledger/LedgerDirectory.h"
#include "ledger/LedgerQuery.h"
#include "print/LedgerRecordLayout.h"
#include "print/PrintSheet.h"

#include <functional>

class QPagedPaintDevice;
class QPainter;
class QPrinter;
class QWidget;

namespace daicho {

// What a printed ledger looks like beyond its definition: the options an office chooses.
struct LedgerPrintOptions {
    bool seirekiInBrackets = false; // 令和8年4月1日（2026年）
    bool stampBoxes = true; // 押印欄 at the top right of each page
    // A ledger prints every item its form records (第10条, 第11条, 第31条6・7項, 第32条4項);
    // the list's columns only when a short overview is asked for.
    PrintedItems items = PrintedItems::AllRecorded;
};

// The rows to print in the order to print them, fetched `limit` at a time so a long ledger
// never sits in memory whole (fewer than `limit`: the last of them).
using RowSource = std::function<Result<QList<LedgerRow>>(std::optional<PageKey> after, int limit)>;

// A ledger on A4 (landscape when the form is): organisation, form number and title, the
// period, the printing date in 和暦, stamp boxes; then each entry in the order of `rows`:
// every item of the form (or the list's columns) as a line of a table whose header repeats on
// each page, or as a block of its own when the items do not fit across the page; the page
// number below. Statutory names print in Japanese in any UI language.
struct LedgerPrintJob {
    const FormDefinition* form = nullptr;
    QString organisation;
    QString period; // e.g. "令和8年4月1日～令和9年3月31日", or empty for all
    QString department; // the department chosen in the filter (whose head stamps), or empty
    QDate printedOn;
    QDateTime nowUtc; // when printed: a carry-out past its return prints 「返却遅れ」
    LedgerPrintOptions options;
    const LedgerDirectory* directory = nullptr;
    RowSource rows;
    // Who approved or reviewed each entry, for the forms a head decides on (none: not printed).
    std::function<QString(EntryId)> decisions;
    QString trailCode; // "監査証跡 1234:…" at the head when printed, in every page's footer
};

// Paints every page; returns the number of entries printed.
Result<std::int64_t> paintLedger(QPagedPaintDevice& device, QPainter& painter, const LedgerPrintJob& job);

// A job for the ledger of a session as filtered (rows read through LedgerQuery).
Result<LedgerPrintJob> ledgerPrintJob(const Session& session, const LedgerFilter& filter,
                                      const LedgerDirectory& directory, LedgerPrintOptions options);

// Writes the PDF and records the print in the audit trail (form, entries; no file name).
// `rows`: the entries of `filter` in the order on screen; none: oldest first.
Result<std::int64_t> printLedgerToPdf(Session& session, const LedgerFilter& filter, LedgerPrintOptions options,
                                      const QString& path, RowSource rows = {});
// Opens the print preview (A4); printing is recorded in the audit trail. True when printed,
// false when the preview was closed without printing.
Result<bool> previewAndPrintLedger(QWidget* parent, Session& session, const LedgerFilter& filter,
                                   LedgerPrintOptions options, RowSource rows = {});

// One entry on one A4 sheet: every item that applies, 番号・状態・版, decisions, stamp boxes.
Result<PrintSheet> entrySheet(const Session& session, EntryId id, const LedgerDirectory& directory,
                              LedgerPrintOptions options);

// The period of a filter in 和暦, for the page header.
QString printedPeriod(const LedgerFilter& filter, bool seirekiInBrackets);

} // namespace daicho
