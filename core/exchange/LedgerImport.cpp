#include "exchange/LedgerImport.h"

#include "cases/internal/ProvisionStops.h"

#include "exchange/internal/ImportDuplicates.h"

#include "audit/internal/AuditRecords.h"
#include "crypto/Crypto.h"
#include "exchange/FieldTextParser.h"
#include "exchange/LedgerExport.h"
#include "ledger/FormRegistry.h"
#include "ledger/LedgerAccess.h"
#include "ledger/LedgerDirectory.h"
#include "ledger/LedgerStore.h"
#include "ledger/internal/LedgerBulkWriter.h"
#include "ledger/internal/LedgerRecords.h"
#include "ledger/internal/SearchIndex.h"
#include "ledger/rules/EntryRules.h"

#include <QCoreApplication>
#include <QSet>

namespace daicho {

namespace {

// Maps each column of the header to a field (or to nothing, for 番号・状態・版).
struct ColumnMap {
    QList<const FieldDefinition*> fields;
    QList<ImportProblem> problems;
};

ColumnMap mapColumns(const FormDefinition& form, const QStringList& header, int line)
{
    static const QStringList ignored{QStringLiteral("番号"), QStringLiteral("状態"),  QStringLiteral("版"),
                                     QStringLiteral("No."),  QStringLiteral("State"), QStringLiteral("Revision")};
    ColumnMap map;
    QSet<QString> seen;
    for (const QString& raw : header) {
        const QString name = raw.trimmed();
        const FieldDefinition* match = nullptr;
        for (const FieldDefinition& field : form.fields)
            if (field.labelJa == name || field.labelEn.compare(name, Qt::CaseInsensitive) == 0 || field.key == name)
                match = &field;
        if (!match && !ignored.contains(name))
            map.problems << ImportProblem{line, name,
                                          QCoreApplication::translate("daicho::LedgerImport",
                                                                      "This column is not an item of %1. Use the "
                                                                      "header of an export of this ledger.")
                                              .arg(form.number)};
        if (match && seen.contains(match->key))
            map.problems << ImportProblem{
                line, name, QCoreApplication::translate("daicho::LedgerImport", "This column appears twice.")};
        if (match)
            seen.insert(match->key);
        map.fields << match;
    }
    return map;
}

// An empty line, or the audit trail's code an export ends with ("監査証跡,1234:…"): not an
// entry, whichever file it came from.
bool isBlankOrTrailCode(const QStringList& cells)
{
    bool blank = true;
    for (const QString& cell : cells)
        blank = blank && cell.trimmed().isEmpty();
    const QString marker = LedgerExport::trailCodeRow(QStringLiteral("監査証跡 x")).first();
    return blank || (cells.size() <= 2 && cells.value(0).trimmed() == marker);
}

} // namespace

bool LedgerImport::formAcceptsImport(const QString& formId)
{
    // The definition says (the register and the monitoring sheet are kept by hand).
    const FormDefinition* form = FormRegistry::find(formId);
    return form && form->importable;
}

namespace {

constexpr int kProgressEvery = 1000; // rows between two calls of the progress callback

// Reads one data row into values; says what is wrong through `problem` and returns nothing
// when a cell cannot be read.
std::optional<FieldValues> readRow(const QStringList& cells, int line, const ColumnMap& columns,
                                   const LedgerDirectory& directory,
                                   const std::function<void(int, const QString&, const QString&)>& problem)
{
    FieldValues values;
    bool readable = true;
    for (qsizetype c = 0; c < cells.size(); ++c) {
        const FieldDefinition* field = c < columns.fields.size() ? columns.fields[c] : nullptr;
        if (!field) {
            if (c >= columns.fields.size() && !cells[c].trimmed().isEmpty()) {
                problem(
                    line, {},
                    QCoreApplication::translate("daicho::LedgerImport", "This row has more columns than the header."));
                readable = false;
            }
            continue;
        }
        auto parsed = parseFieldText(*field, cells[c], directory);
        if (auto* message = std::get_if<QString>(&parsed)) {
            problem(line, fieldLabel(*field, interfaceLabelLanguage()), *message);
            readable = false;
        } else if (const QVariant& value = std::get<QVariant>(parsed); value.isValid()) {
            values.insert(field->key, value);
        }
    }
    if (!readable)
        return std::nullopt;
    return values;
}

Error cancelled()
{
    return makeError(ErrorCode::Cancelled,
                     QCoreApplication::translate("daicho::LedgerImport", "The import was cancelled. Nothing was "
                                                                         "imported."));
}

// Reads the data rows after the header to the end, the same way in both passes: every row
// counts for the progress of `stage` (`goOn`, which may cancel), blank lines and an export's
// trail code are skipped, and each other row goes to `visit` with its line; an error stops.
Status forEachEntryRow(CsvReader reader, ImportStage stage, const std::function<bool(ImportStage, std::int64_t)>& goOn,
                       const std::function<Status(const QStringList& cells, int line)>& visit)
{
    for (std::int64_t r = 1;; ++r) {
        auto row = reader.next();
        if (!row)
            return row.error();
        if (!row.value())
            return {};
        if (!goOn(stage, r))
            return cancelled();
        if (!isBlankOrTrailCode(row.value()->fields))
            DAICHO_TRY(visit(row.value()->fields, row.value()->line));
    }
}

} // namespace

Result<ImportReport> LedgerImport::importCsv(Session& session, const QString& formId, const QByteArray& file,
                                             bool dryRun, const ImportProgress& progress, RepeatedRows repeated)
{
    const FormDefinition* form = FormRegistry::find(formId);
    if (!form || !formAcceptsImport(formId))
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("daicho::LedgerImport", "Entries of %1 cannot be imported.")
                             .arg(form ? form->number : formId));
    DAICHO_TRY(requirePermission(session, Operation::ImportLedgers));
    DAICHO_TRY(LedgerAccess::requireWrite(session, *form, std::nullopt));
    auto opened = CsvReader::open(file);
    if (!opened)
        return opened.error();
    ImportReport report;
    report.encoding = opened->encoding();
    // The rows are counted first (for the progress bar), then checked, then read a third time
    // to be written: a table of every cell, or the checked values of every row, would take
    // several times the file's size in memory.
    std::int64_t dataRows = -1; // the header is not one
    for (CsvReader counter = opened.value();;) {
        auto row = counter.next(false);
        if (!row)
            return row.error();
        if (!row.value())
            break;
        ++dataRows;
    }
    if (dataRows < 0)
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("daicho::LedgerImport",
                                                     "The file is empty. It needs a header row and one row per "
                                                     "entry."));
    // What the rows are checked against, to know below whether it changed before the write.
    const auto checkedHead = AuditLog::headSeq(session.db());
    if (!checkedHead)
        return checkedHead.error();
    const UserEntry checkedAs = session.user();
    auto directory = LedgerDirectory::load(session);
    if (!directory)
        return directory.error();
    CsvReader checking = opened.value();
    const auto header = checking.next();
    if (!header)
        return header.error();
    const int headerLine = header.value()->line;
    const ColumnMap columns = mapColumns(*form, header.value()->fields, headerLine);
    report.problems = columns.problems;
    ValidationContext validation = directory->validationContext();
    RuleContext rules;
    rules.registerEntry = [&directory](EntryId id) -> std::optional<RegisterChoice> {
        for (const RegisterChoice& r : directory->registers())
            if (r.id == id)
                return r;
        return std::nullopt;
    };
    rules.earlierRecord = [&session](EntryId id) { return LedgerReader::loadEarlierRecord(session.db(), id); };
    auto addProblem = [&](int line, const QString& column, const QString& message) {
        if (report.problems.size() < kMaxProblems)
            report.problems << ImportProblem{line, column, message};
        else
            report.moreProblems = true;
    };
    auto labelOf = [form](const QString& key) {
        const FieldDefinition* f = form->field(key);
        return f ? fieldLabel(*f, interfaceLabelLanguage()) : key;
    };
    auto goOn = [&](ImportStage stage, std::int64_t r) {
        return !progress || (r % kProgressEvery != 0 && r != dataRows) || progress(stage, r, dataRows);
    };
    auto loadedStops = ProvisionStops::load(session.db());
    if (!loadedStops)
        return loadedStops.error();
    const ProvisionStops stops = std::move(loadedStops.value());
    auto checkRow = [&](const FieldValues& values, int line) {
        QList<Issue> issues = validateEntry(*form, values, validation);
        issues << checkEntryRules(*form, values, rules);
        issues << stops.issuesFor(*form, values); // 第37条2項
        for (const Issue& issue : issues)
            addProblem(line, labelOf(issue.field), issue.message);
        if (issues.isEmpty()) {
            const auto department = entryDepartment(session, *form, values);
            if (Status allowed = LedgerAccess::requireWrite(session, *form, department); !allowed.ok())
                addProblem(line, {}, allowed.error().message);
        }
    };
    // Rows that repeat kept entries: listed for the person, who chooses to leave them out.
    auto kept = ImportDuplicates::load(session.db(), *form);
    if (!kept)
        return kept.error();
    QSet<int> repeatLines;
    auto noteRepeat = [&](const FieldValues& values, int line) -> Status {
        auto number = kept->repeatedEntry(values);
        if (!number)
            return number.error();
        if (!number.value())
            return {};
        repeatLines.insert(line);
        ++report.repeatCount;
        if (report.repeats.size() < kMaxProblems)
            report.repeats << ImportRepeat{line, *number.value()};
        return {};
    };

    DAICHO_TRY(
        forEachEntryRow(checking, ImportStage::Checking, goOn, [&](const QStringList& cells, int line) -> Status {
            ++report.rows;
            if (const std::optional<FieldValues> values =
                    readRow(cells, line, columns, directory.value(), addProblem)) {
                checkRow(*values, line);
                if (Status noted = noteRepeat(*values, line); !noted.ok())
                    return noted;
            }
            return {};
        }));
    if (report.rows == 0)
        addProblem(headerLine, {},
                   QCoreApplication::translate("daicho::LedgerImport", "The file has a header but no entries."));
    if (!report.problems.isEmpty() || dryRun)
        return report;
    if (repeated == RepeatedRows::Skip && repeatLines.size() == report.rows) {
        // Every row is kept already: nothing to write or record — unless something was
        // recorded since the check (a kept entry corrected meanwhile), when the rows are asked
        // again under the write lock below.
        const auto now = AuditLog::headSeq(session.db());
        if (!now)
            return now.error();
        if (now.value() == checkedHead.value()) {
            report.skipped = report.rows;
            return report;
        }
    }

    auto tx = Transaction::begin(session.db());
    if (!tx)
        return tx.error();
    // Under the write lock nothing changes any more; before it, while the progress bar let the
    // event loop run, anything may have. The permission is asked again. If anything was
    // recorded meanwhile (every change of a person, a department or a register entry is
    // audited) or the session acts otherwise now, every row is checked again as it is read to
    // be written, against the records as they are now; a row that fails stops the import with
    // the problems, and nothing is imported.
    DAICHO_TRY(requirePermission(session, Operation::ImportLedgers));
    DAICHO_TRY(LedgerAccess::requireWrite(session, *form, std::nullopt));
    const auto head = AuditLog::headSeq(session.db());
    if (!head)
        return head.error();
    const bool recheck = head.value() != checkedHead.value() || session.role() != checkedAs.role
                         || session.user().departmentId != checkedAs.departmentId;
    if (recheck) {
        directory = LedgerDirectory::load(session);
        if (!directory)
            return directory.error();
        validation = directory->validationContext();
        // A kept entry corrected meanwhile no longer repeats the row it matched: each row is
        // asked again, so that no row is left out for an entry that is no longer the same.
        kept = ImportDuplicates::load(session.db(), *form);
        if (!kept)
            return kept.error();
    }
    auto writer = LedgerBulkWriter::start(session, *form);
    if (!writer)
        return writer.error();
    // A row that read a moment ago cannot fail now unless the records changed (then it is a
    // problem of the report); its message may quote what was typed (a name), which never goes
    // to a log: the error below names only the line.
    using ProblemSink = std::function<void(int, const QString&, const QString&)>;
    const ProblemSink onReread =
        recheck ? ProblemSink(addProblem) : ProblemSink([](int, const QString&, const QString&) {});
    CsvReader writing = opened.value();
    if (auto skipped = writing.next(false); !skipped)
        return skipped.error(); // the header
    // A cancel or an error here returns before the commit: the transaction rolls back.
    DAICHO_TRY(forEachEntryRow(writing, ImportStage::Writing, goOn, [&](const QStringList& cells, int line) -> Status {
        const std::optional<FieldValues> values = readRow(cells, line, columns, directory.value(), onReread);
        if (!values && !recheck)
            return makeError(ErrorCode::Internal, QStringLiteral("line %1 read differently the second time").arg(line));
        if (values && recheck)
            checkRow(*values, line);
        if (!values || !report.problems.isEmpty())
            return {}; // once a row fails, the rest are only checked
        if (repeated == RepeatedRows::Skip) {
            bool repeat = repeatLines.contains(line);
            if (recheck) {
                auto number = kept->repeatedEntry(*values);
                if (!number)
                    return number.error();
                repeat = number->has_value();
            }
            if (repeat) {
                ++report.skipped;
                return {};
            }
        }
        auto id = writer.value()->add(*values, entryDepartment(session, *form, *values));
        if (!id)
            return id.error();
        return {};
    }));
    if (!report.problems.isEmpty())
        return report; // the transaction rolls back: nothing imported
    if (writer.value()->count() == 0) {
        // Every row repeated a kept entry once asked again under the write lock: nothing to write
        // or record (the transaction rolls back).
        return report;
    }
    auto seq = writer.value()->finish(QString::fromLatin1(crypto::sha256(file).toHex()), report.skipped);
    if (!seq)
        return seq.error();
    DAICHO_TRY(tx.value()->commit());
    report.imported = writer.value()->count();
    // The rows are in; an index left unfinished (an error, a stop) is completed at the next
    // sign-in and searches read the text of the entries it lacks, so neither fails the import.
    (void)SearchIndex::catchUp(session.db(), [&](std::int64_t done, std::int64_t total) {
        return !progress || progress(ImportStage::Indexing, done, total);
    });
    return report;
}

} // namespace daicho
