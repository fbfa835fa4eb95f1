#pragma once

#include "ledger/FormDefinition.h"
#include "ledger/LedgerDirectory.h"
#include "ledger/LedgerQuery.h"

#include <QDateTime>
#include <QFont>
#include <QFontMetricsF>
#include <QList>
#include <QString>

#include <functional>
#include <memory>

class QPaintDevice;
class QPainter;

namespace daicho {

// Which items of each entry a printed ledger shows.
enum class PrintedItems {
    AllRecorded, // every item the form records (the statutory ledger, FORMS.md)
    ListedColumns // only the list's columns (a short overview)
};

// What the layouts need to know of the print.
struct RecordLayoutContext {
    const FormDefinition* form = nullptr;
    const LedgerDirectory* directory = nullptr;
    bool seirekiInBrackets = false;
    qreal width = 0; // of the printable area, device pixels
    qreal mm = 1; // device pixels per millimetre
    const QPaintDevice* device = nullptr;
    // Who approved or reviewed an entry and when (「事業部長 令和8年5月11日 承認」), for the
    // forms a head decides on: one box per page cannot say who approved which entry.
    std::function<QString(EntryId)> decisions;
    QDateTime nowUtc; // for 「返却遅れ」; null: not shown
};

// How the entries of a printed ledger are laid out below the page header: as a table (one
// line per entry, its header repeated on each page) or as one block per entry (a form with
// more items than fit across the page). Each entry is measured first, then painted, so the
// printer can start a new page before an entry that does not fit.
class RecordLayout
{
public:
    virtual ~RecordLayout() = default;
    // The part repeated at the top of each page below the page header (0 when none).
    virtual qreal headerHeight() const = 0;
    virtual void paintHeader(QPainter& painter, qreal left, qreal top) const = 0;
    // Lays out `row`; returns its height. `paintRow` paints the row measured last.
    virtual qreal measure(const LedgerRow& row) = 0;
    virtual void paintRow(QPainter& painter, qreal left, qreal top) const = 0;
    // The tallest a row may be: a row is cut there rather than run off the page.
    virtual void setMaximumHeight(qreal height) = 0;
};

// The layout for `items` of the context's form: a table when every item fits across the page
// at a readable width, blocks otherwise. The listed columns always fit as a table.
std::unique_ptr<RecordLayout> recordLayoutFor(const RecordLayoutContext& context, PrintedItems items);

// Whether every item of `form` fits across `widthMm` as table columns (else: blocks).
bool allItemsFitAsTable(const FormDefinition& form, qreal widthMm, const QFontMetricsF& metrics, qreal mm);

} // namespace daicho
