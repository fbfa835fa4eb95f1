#pragma once

#include "auth/Session.h"
#include "ledger/LedgerDirectory.h"
#include "ledger/LedgerQuery.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QStringList>

#include <optional>

namespace daicho {

// One cell of an exported ledger: its text, and the typed value where a spreadsheet should
// get a real date or number rather than text.
struct ExportCell {
    QString text;
    std::optional<QDate> date;
    std::optional<QDateTime> japanTime; // a date-time, already in Japan time
    std::optional<qint64> number;
};

// A whole ledger (as filtered) as a table: the statutory item names as header (Japanese in
// any interface language, as the forms are), then one row per entry in date order: 番号,
// every item of the form, 状態, 版. Lists are one item per line.
struct ExportTable {
    QString formId; // form1
    QString formNumber; // 様式1
    QString formTitle; // 個人データの運用状況記録票
    bool landscape = false;
    QStringList header;
    QList<QList<ExportCell>> rows;
    // The printed code of the audit trail's head when the file was made ("監査証跡 1234:…"):
    // a CSV ends with it on its own line, an Excel file carries it in its footer.
    QString trailCode;

    QList<QStringList> textRows(bool withHeader = true) const;
};

// Reads every matching entry (page by page) and formats it. Needs ExportLedgers.
Result<ExportTable> buildExportTable(const Session& session, const LedgerFilter& filter);

// The header of a form's import/export file: 番号, the items, 状態, 版.
QStringList exportHeader(const FormDefinition& form);

} // namespace daicho
