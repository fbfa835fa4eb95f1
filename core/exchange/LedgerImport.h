#pragma once

#include "auth/Session.h"
#include "exchange/Csv.h"
#include "ledger/FormDefinition.h"

#include <QList>
#include <QString>

#include <functional>

namespace daicho {

// One problem of an import: the line of the file, the column (item name) and what is wrong.
struct ImportProblem {
    int line = 0;
    QString column;
    QString message;
};

// A row of the file that repeats an entry the ledger keeps already (the file imported twice).
struct ImportRepeat {
    int line = 0;
    std::int64_t number = 0; // the kept entry's No.
};

// What an import does with the rows that repeat kept entries: the person chooses, after the
// check has listed them (ImportReport::repeats).
enum class RepeatedRows { Import, Skip };

struct ImportReport {
    int rows = 0; // data rows read
    std::int64_t imported = 0; // 0 unless every row was valid
    std::int64_t skipped = 0; // repeats left out (RepeatedRows::Skip)
    QList<ImportRepeat> repeats; // at most kMaxProblems listed; they do not stop an import
    int repeatCount = 0; // all of them
    CsvEncoding encoding = CsvEncoding::Utf8Bom;
    QList<ImportProblem> problems; // at most kMaxProblems; empty when imported
    bool moreProblems = false; // more than were listed
};

// CSV import into the logs (様式1, 2, 5, 6-x, 7-x): the header names the items (as an export
// writes them; 番号, 状態 and 版 are ignored), every row goes through the same checks as the
// editor (definition, rules, permission for its department), and nothing is imported unless
// every row is valid — an office fixes the file and imports it again, never half of it.
// The import is one transaction with one audit entry covering every new revision.
// What a long import is doing, for its progress bar: every row is checked first, then written;
// once the rows are committed, their search index is written (SearchIndex::catchUp).
enum class ImportStage { Checking, Writing, Indexing };
// Called every thousand rows and at the end with the rows done and the data rows of the file;
// returning false while checking or writing cancels the import, which then imports nothing
// (ErrorCode::Cancelled). While indexing the rows are in already: false only stops the
// indexing, which sign-in completes later (a search finds the rows meanwhile).
using ImportProgress = std::function<bool(ImportStage stage, std::int64_t done, std::int64_t total)>;

class LedgerImport
{
public:
    static constexpr int kMaxProblems = 200;

    static bool formAcceptsImport(const QString& formId);

    // `dryRun`: check only, write nothing (the dialog shows the report before importing).
    // `repeated`: whether rows that repeat kept entries are imported again or left out.
    static Result<ImportReport> importCsv(Session& session, const QString& formId, const QByteArray& file,
                                          bool dryRun = false, const ImportProgress& progress = {},
                                          RepeatedRows repeated = RepeatedRows::Import);
};

} // namespace daicho
