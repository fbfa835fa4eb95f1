// Ledger benchmark (issue #3 §9): import, paging, filters, search, PDF and memory of one
// ledger at several sizes, each as a ratio against the raw engine measured in the same run
// on the same data (SQLCipher C API on a keyed connection, a bare QPainter loop).
//
//   daicho_bench_ledger [--sizes 10000,100000,1000000] [--pdf-rows 10000] [--quiet]
//   daicho_bench_ledger --csv-mb 50      (peak memory of a CSV import of that size, alone)
#include "BenchSupport.h"
#include "audit/AuditLog.h"
#include "crypto/Crypto.h"
#include "crypto/Kdf.h"
#include "exchange/LedgerImport.h"
#include "ledger/EntryCodec.h"
#include "ledger/FormRegistry.h"
#include "ledger/LedgerDirectory.h"
#include "ledger/LedgerProjection.h"
#include "ledger/LedgerQuery.h"
#include "ledger/LedgerRowCache.h"
#include "ledger/SearchText.h"
#include "ledger/internal/LedgerBulkWriter.h"
#include "ledger/internal/LedgerQueryRows.h"
#include "ledger/internal/SearchIndex.h"
#include "ledger/rules/EntryRules.h"
#include "print/LedgerPrint.h"
#include "print/PrintFont.h"
#include "store/Sqlite.h"
#include "vault/VaultCreator.h"

#include <QElapsedTimer>

#include <QFile>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTimeZone>
#include <malloc.h>

#include <algorithm>
#include <cstdio>
#include <cstring>

using namespace daicho;
using namespace daicho::bench;

namespace {

bool quiet = false;
constexpr int kRowsOnScreen = 30; // rows a ledger table shows at once on a 1280×800 screen

void row(const QString& what, double engine, double raw, const char* rawWhat, const char* goal)
{
    if (!quiet)
        std::printf("| %-40s | %10.4f s | %10.4f s | %-30s | %7.2f× | %-10s |\n", qPrintable(what), engine, raw,
                    rawWhat, engine / raw, goal);
    std::fflush(stdout);
}

long residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    return 0;
}

// Entry/exit records (様式5): a visitor's name, company and purpose, in and out.
QList<FieldValues> makeRows(int count)
{
    QRandomGenerator random(42);
    const QStringList surnames{QStringLiteral("佐藤"), QStringLiteral("鈴木"), QStringLiteral("高橋"),
                               QStringLiteral("田中"), QStringLiteral("伊藤"), QStringLiteral("渡辺"),
                               QStringLiteral("山本"), QStringLiteral("中村"), QStringLiteral("小林"),
                               QStringLiteral("加藤"), QStringLiteral("吉田"), QStringLiteral("山田")};
    const QStringList given{QStringLiteral("太郎"), QStringLiteral("花子"), QStringLiteral("一郎"),
                            QStringLiteral("由美"), QStringLiteral("健"),   QStringLiteral("美咲"),
                            QStringLiteral("大輔"), QStringLiteral("陽子"), QStringLiteral("翔太")};
    const QStringList companies{QStringLiteral("株式会社あおもりシステム保守"), QStringLiteral("健診システム開発元"),
                                QStringLiteral("空調設備点検業者"), QStringLiteral("ムツ電工株式会社")};
    const QStringList purposes{QStringLiteral("サーバー定期保守"), QStringLiteral("障害対応"),
                               QStringLiteral("空調点検"), QStringLiteral("バックアップ媒体の交換")};
    QList<FieldValues> rows;
    rows.reserve(count);
    const QDate first(2020, 4, 1);
    for (int i = 0; i < count; ++i) {
        // Dates run forward over the years, a few hundred entries a day at 1M rows.
        const QDate day = first.addDays(static_cast<qint64>(i) * 2400 / std::max(count, 1));
        const QDateTime in(day, QTime(9 + i % 8, i % 60), QTimeZone(9 * 3600));
        const QString name =
            surnames[random.bounded(12)] + QLatin1Char(' ') + given[random.bounded(9)] + QString::number(i % 97);
        rows << FieldValues{{QStringLiteral("date"), day},
                            {QStringLiteral("name"), name},
                            {QStringLiteral("affiliation"), companies[random.bounded(4)]},
                            {QStringLiteral("purpose"), purposes[random.bounded(4)]},
                            {QStringLiteral("time_in"), in.toUTC()},
                            {QStringLiteral("time_out"), in.addSecs(3600).toUTC()}};
    }
    return rows;
}

struct Vault {
    QTemporaryDir dir;
    std::unique_ptr<Session> session;
};

std::unique_ptr<Vault> newVault(const Clock& clock)
{
    auto v = std::make_unique<Vault>();
    auto created = VaultCreator::create(
        VaultPaths{v->dir.filePath(QStringLiteral("bench.daicho"))},
        {QStringLiteral("ベンチマーク"), QStringLiteral("chief"), QStringLiteral("部長"), kdfLimits().minimum},
        QStringLiteral("benchmark-password-1"), clock);
    if (!created)
        die(created.error());
    v->session = std::move(created->session);
    return v;
}

// The engine's import path: every row validated like the editor, then written with its
// derived row, search index and one audit entry, in one transaction.
double engineImport(Session& session, const FormDefinition& form, const QList<FieldValues>& rows)
{
    QElapsedTimer t;
    t.start();
    const LedgerDirectory directory = check(LedgerDirectory::load(session));
    const ValidationContext context = directory.validationContext();
    const RuleContext rules;
    auto tx = check(Transaction::begin(session.db()));
    auto writer = check(LedgerBulkWriter::start(session, form));
    for (const FieldValues& v : rows) {
        if (!validateEntry(form, v, context).isEmpty() || !checkEntryRules(form, v, rules).isEmpty())
            die(makeError(ErrorCode::Internal, QStringLiteral("a benchmark row is invalid")));
        check(writer->add(v, session.user().departmentId));
    }
    check(writer->finish(QStringLiteral("bench")));
    if (!tx->commit().ok())
        die(makeError(ErrorCode::Internal, QStringLiteral("commit")));
    return seconds(t);
}

// Raw: the same two rows per entry (the revision with its encoded values, the list row with
// its four indexes) inserted through the C API in one transaction on a keyed connection with
// the application's pragmas. No validation, no search index, no audit.
double rawImport(const QString& path, const FormDefinition& form, const QList<FieldValues>& rows)
{
    sqlite3* db = nullptr;
    sqlite3_open(path.toUtf8().constData(), &db);
    const SecureBytes spec = rawKeySpec(crypto::randomSecret(32));
    sqlite3_key(db, spec.data(), static_cast<int>(spec.size()));
    sqlite3_exec(db,
                 "PRAGMA cipher_page_size=4096; PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; "
                 "PRAGMA secure_delete=ON;"
                 "CREATE TABLE r (id INTEGER PRIMARY KEY, entry_id, number, form, author_id, at_utc, department_id, "
                 "reason, keeps_approval, data BLOB);"
                 "CREATE TABLE e (id INTEGER PRIMARY KEY, form, entry_date, department_id, register_id, state, "
                 "revision_id, revision_count, author_id, search_text);"
                 "CREATE INDEX e1 ON e(form, entry_date, id); CREATE INDEX e2 ON e(form, department_id, entry_date, "
                 "id); CREATE INDEX e3 ON e(form, register_id, entry_date, id); CREATE INDEX e4 ON e(form, state, "
                 "entry_date, id);",
                 nullptr, nullptr, nullptr);
    // The encoded values and texts are prepared beforehand: the raw engine is given them.
    QList<QByteArray> blobs;
    QList<QByteArray> dates;
    for (const FieldValues& v : rows) {
        blobs << encodeEntryValues(form, v);
        dates << v.value(QStringLiteral("date")).toDate().toString(Qt::ISODate).toUtf8();
    }
    sqlite3_stmt* insertR = nullptr;
    sqlite3_stmt* insertE = nullptr;
    sqlite3_prepare_v2(db, "INSERT INTO r VALUES (?, ?, 1, 'form5', 1, '2026-01-01T00:00:00.000Z', 1, '', 0, ?)", -1,
                       &insertR, nullptr);
    sqlite3_prepare_v2(db, "INSERT INTO e VALUES (?, 'form5', ?, 1, NULL, 'awaiting_review', ?, 1, 1, '')", -1,
                       &insertE, nullptr);
    QElapsedTimer t;
    t.start();
    sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
    for (qsizetype i = 0; i < rows.size(); ++i) {
        sqlite3_bind_int64(insertR, 1, i + 1);
        sqlite3_bind_int64(insertR, 2, i + 1);
        sqlite3_bind_blob(insertR, 3, blobs[i].constData(), static_cast<int>(blobs[i].size()), SQLITE_STATIC);
        sqlite3_step(insertR);
        sqlite3_reset(insertR);
        sqlite3_bind_int64(insertE, 1, i + 1);
        sqlite3_bind_text(insertE, 2, dates[i].constData(), static_cast<int>(dates[i].size()), SQLITE_STATIC);
        sqlite3_bind_int64(insertE, 3, i + 1);
        sqlite3_step(insertE);
        sqlite3_reset(insertE);
    }
    sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    const double elapsed = seconds(t);
    sqlite3_finalize(insertR);
    sqlite3_finalize(insertE);
    sqlite3_close(db);
    return elapsed;
}

// Raw indexed range query: the same page of the same date range, straight through the C API.
double rawRange(sqlite3* db, const QString& from, const QString& to)
{
    sqlite3_stmt* stmt = nullptr;
    sqlite3_prepare_v2(db,
                       "SELECT e.id, e.entry_date, e.state, e.revision_count, e.department_id, r.data FROM "
                       "ledger_entries e JOIN ledger_revisions r ON r.id = e.revision_id WHERE e.form = 'form5' AND "
                       "e.entry_date >= ? AND e.entry_date <= ? ORDER BY e.entry_date, e.id LIMIT 100",
                       -1, &stmt, nullptr);
    const QByteArray a = from.toUtf8();
    const QByteArray b = to.toUtf8();
    int rows = 0;
    const double t = fastest(20, [&] {
        sqlite3_reset(stmt);
        sqlite3_bind_text(stmt, 1, a.constData(), -1, SQLITE_STATIC);
        sqlite3_bind_text(stmt, 2, b.constData(), -1, SQLITE_STATIC);
        rows = 0;
        // Every column read, as the engine reads them (no decoding of the values).
        while (sqlite3_step(stmt) == SQLITE_ROW) {
            (void)sqlite3_column_int64(stmt, 0);
            (void)sqlite3_column_text(stmt, 1);
            (void)sqlite3_column_text(stmt, 2);
            (void)sqlite3_column_int64(stmt, 3);
            (void)sqlite3_column_int64(stmt, 4);
            (void)sqlite3_column_blob(stmt, 5);
            ++rows;
        }
    });
    if (rows == 0)
        die(makeError(ErrorCode::Internal, QStringLiteral("the raw range query read no rows")));
    sqlite3_finalize(stmt);
    return t;
}

double rawLikeScan(sqlite3* db, const QString& text)
{
    sqlite3_stmt* stmt = nullptr;
    sqlite3_prepare_v2(db, "SELECT count(*) FROM ledger_entries WHERE form = 'form5' AND search_text LIKE ?", -1, &stmt,
                       nullptr);
    const QByteArray pattern = (QStringLiteral("%") + text + QStringLiteral("%")).toUtf8();
    const double t = fastest(3, [&] {
        sqlite3_reset(stmt);
        sqlite3_bind_text(stmt, 1, pattern.constData(), -1, SQLITE_STATIC);
        sqlite3_step(stmt);
    });
    sqlite3_finalize(stmt);
    return t;
}

// The bare loop: the same cell texts drawn into a fixed grid on A4 pages, nothing measured.
double barePdf(const QString& path, const QList<QStringList>& cells)
{
    QElapsedTimer t;
    t.start();
    QPdfWriter writer(path);
    writer.setResolution(300);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(10, 10, 10, 10),
                                     QPageLayout::Millimeter));
    QPainter painter(&writer);
    painter.setFont(printFont(false, 7.5));
    const qreal mm = writer.logicalDpiX() / 25.4;
    const QRectF page = writer.pageLayout().paintRectPixels(writer.logicalDpiX());
    const qreal rowHeight = 5 * mm;
    const qreal top = 30 * mm;
    qreal y = top;
    for (const QStringList& r : cells) {
        if (y + rowHeight > page.height() - 6 * mm) {
            writer.newPage();
            y = top;
        }
        const qreal width = page.width() / r.size();
        for (qsizetype c = 0; c < r.size(); ++c) {
            const QRectF cell(c * width, y, width, rowHeight);
            painter.drawRect(cell);
            painter.drawText(cell, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, r[c]);
        }
        y += rowHeight;
    }
    painter.end();
    return seconds(t);
}

struct SizeResult {
    int rows = 0;
    double import = 0;
    double rawImport = 0;
    double first = 0;
    double last = 0;
    double filtered = 0;
    double rawFiltered = 0;
    double search = 0;
    double like = 0;
    double indexing = 0; // SearchIndex::catchUp after the import's commit
    double searchUnindexed = 0; // the same search before it
};

SizeResult runSize(int count, const Clock& clock, int pdfRows, double firstRowsOf1k)
{
    const FormDefinition& form = *FormRegistry::find(QStringLiteral("form5"));
    QList<FieldValues> data = makeRows(count);
    SizeResult r;
    r.rows = count;
    // The imports are timed a few times each, each in a new file, and the fastest run of each
    // engine kept: one run alone on this machine varies by a third (the other process, the
    // disk). The measurements after the import use the last file.
    const int rounds = count >= 1000000 ? 2 : 3;
    std::unique_ptr<Vault> vault;
    r.import = 1e9;
    r.rawImport = 1e9;
    for (int round = 0; round < rounds; ++round) {
        vault = newVault(clock);
        r.import = std::min(r.import, engineImport(*vault->session, form, data));
        if (round + 1 < rounds)
            r.rawImport = std::min(r.rawImport,
                                   rawImport(vault->dir.filePath(QStringLiteral("raw%1.db").arg(round)), form, data));
    }
    Session& session = *vault->session;
    LedgerFilter all;
    all.formId = form.id;
    LedgerFilter text = all;
    text.text = QStringLiteral("山田　花子42");
    const QString query = normaliseForSearch(text.text);
    // Before the index is written, a search reads the text of every row the import added.
    std::int64_t foundUnindexed = 0;
    r.searchUnindexed = fastest(3, [&] { foundUnindexed = check(LedgerQuery::count(session.db(), text)); });
    QElapsedTimer indexing;
    indexing.start();
    check(SearchIndex::catchUp(session.db()));
    r.indexing = seconds(indexing);
    r.rawImport = std::min(r.rawImport, rawImport(vault->dir.filePath(QStringLiteral("raw.db")), form, data));
    const QString n = QLocale(QLocale::English).toString(count);
    row(n + QStringLiteral(" rows: import"), r.import, r.rawImport, "two-row inserts, C API", "≤ 2.0×");
    row(n + QStringLiteral(" rows: import, then its index"), r.import + r.indexing, r.rawImport,
        "two-row inserts, C API", "");
    // What a list does for its first screen: read a page, decode the rows on screen.
    auto screen = [&](const LedgerFilter& filter, ListOrder order) {
        QList<LedgerRow> page = check(LedgerQuery::page(session, filter, order, std::nullopt, 100, Decoding::OnDemand));
        for (qsizetype i = 0; i < std::min<qsizetype>(page.size(), kRowsOnScreen); ++i)
            page[i].decode();
    };
    r.first = fastest(20, [&] { screen(all, ListOrder::OldestFirst); });
    r.last = fastest(20, [&] { screen(all, ListOrder::NewestFirst); });
    if (firstRowsOf1k > 0)
        row(n + QStringLiteral(" rows: first 100 rows"), r.first, firstRowsOf1k, "first rows of 1k ledger", "≤ 1.2×");
    row(n + QStringLiteral(" rows: jump to the end"), r.last, r.first, "first 100 rows", "≤ 2×");

    LedgerFilter month = all;
    month.from = QDate(2022, 6, 1);
    month.to = QDate(2022, 6, 30);
    // The list's first screen of the month, as for the whole ledger above.
    r.filtered = fastest(20, [&] { screen(month, ListOrder::OldestFirst); });
    r.rawFiltered = rawRange(session.db().handle(), QStringLiteral("2022-06-01"), QStringLiteral("2022-06-30"));
    row(n + QStringLiteral(" rows: one month, first page"), r.filtered, r.rawFiltered, "indexed range, C API",
        "≤ 1.5×");

    std::int64_t found = 0;
    r.search = fastest(3, [&] { found = check(LedgerQuery::count(session.db(), text)); });
    r.like = rawLikeScan(session.db().handle(), query);
    row(n + QStringLiteral(" rows: search (%1 found)").arg(found), r.search, r.like, "full LIKE scan, C API",
        "≤ 0.05×");
    row(n + QStringLiteral(" rows: search, not indexed (%1)").arg(foundUnindexed), r.searchUnindexed, r.like,
        "full LIKE scan, C API", "≤ 1×");

    if (pdfRows > 0 && count <= pdfRows) {
        const LedgerDirectory directory = check(LedgerDirectory::load(session));
        // The list's columns, as the bare loop below paints them: like against like. (Every item
        // with each entry's decisions, the default since issue 11 §7, reads the decisions of
        // each entry too; not measured here yet.)
        LedgerPrintOptions options;
        options.items = PrintedItems::ListedColumns;
        LedgerPrintJob job = check(ledgerPrintJob(session, all, directory, options));
        QList<QStringList> cells;
        std::optional<PageKey> after;
        while (true) {
            auto page = check(LedgerQuery::page(session, all, ListOrder::OldestFirst, after, 1000));
            for (const LedgerRow& lr : page) {
                QStringList texts{QString::number(lr.id)};
                for (const FieldDefinition& f : form.fields)
                    if (f.listed)
                        texts << formatFieldValue(f, lr.values.value(f.key), directory, LabelLanguage::Japanese,
                                                  DateStyle::Wareki);
                texts << entryStatePrintedName(lr.state);
                cells << texts;
            }
            if (page.size() < 1000)
                break;
            after = page.last().key();
        }
        QElapsedTimer t;
        t.start();
        {
            QPdfWriter writer(vault->dir.filePath(QStringLiteral("ledger.pdf")));
            writer.setResolution(300);
            writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape,
                                             QMarginsF(10, 10, 10, 10), QPageLayout::Millimeter));
            QPainter painter(&writer);
            check(paintLedger(writer, painter, job));
        }
        const double pdf = seconds(t);
        const double bare = barePdf(vault->dir.filePath(QStringLiteral("bare.pdf")), cells);
        row(n + QStringLiteral(" rows: PDF"), pdf, bare, "bare QPainter loop", "≤ 2×");
    }

    if (count >= 1000000 || (quiet && count >= 1000)) {
        // Scrolling end to end through the list's row cache; the resident size is compared
        // before and after. The benchmark's own rows are freed first, and the heap is trimmed
        // at both ends, so that memory the allocator returns late does not count either way.
        data = {};
        malloc_trim(0);
        const long before = residentKiB();
        LedgerRowCache cache([&](std::optional<PageKey> after, int limit) {
            return LedgerQuery::page(session, all, ListOrder::OldestFirst, after, limit, Decoding::OnDemand);
        });
        while (!cache.atEnd()) {
            check(cache.fetchMore());
            (void)cache.row(cache.count() - 1);
        }
        (void)cache.row(0);
        malloc_trim(0);
        const long after = residentKiB();
        if (!quiet)
            std::printf("| %-40s | %+9.1f MiB (goal ≤ 64 MiB) |\n",
                        qPrintable(n + QStringLiteral(" rows: scrolled end to end")), (after - before) / 1024.0);
    }
    return r;
}

} // namespace

long statusKiB(const char* field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith(field))
            return line.mid(static_cast<qsizetype>(std::strlen(field))).trimmed().split(' ').first().toLong();
    return 0;
}

// The whole CSV path of the GUI (parse, check every row, write) on a file of about `megabytes`
// of 様式5 rows, as an office would import a year of visits kept in Excel: the process's peak
// resident size against the goal of twice the file plus 100 MiB (issue 9 §14). The peak is
// reset (clear_refs) after the file is built, so that building it does not count.
int csvImportMemory(int megabytes, const Clock& clock)
{
    auto vault = newVault(clock);
    const FormDefinition& form = *FormRegistry::find(QStringLiteral("form5"));
    QByteArray file = "\xEF\xBB\xBF日付,氏名,所属,用件,入室時刻,退室時刻\r\n";
    const qsizetype target = static_cast<qsizetype>(megabytes) * 1024 * 1024;
    int rows = 0;
    while (file.size() < target) {
        const QList<FieldValues> chunk = makeRows(10000);
        for (const FieldValues& v : chunk) {
            const QDateTime in = v.value(QStringLiteral("time_in")).toDateTime().toOffsetFromUtc(9 * 3600);
            const QDate day = in.date().addDays(rows / 10000); // rows spread over the years
            file += (day.toString(QStringLiteral("yyyy/MM/dd")) + QLatin1Char(',')
                     + v.value(QStringLiteral("name")).toString() + QLatin1Char(',')
                     + v.value(QStringLiteral("affiliation")).toString() + QLatin1Char(',')
                     + v.value(QStringLiteral("purpose")).toString() + QLatin1Char(',')
                     + day.toString(QStringLiteral("yyyy/MM/dd")) + in.time().toString(QStringLiteral(" HH:mm"))
                     + QLatin1Char(',') + day.toString(QStringLiteral("yyyy/MM/dd"))
                     + in.addSecs(3600).time().toString(QStringLiteral(" HH:mm")) + QStringLiteral("\r\n"))
                        .toUtf8();
            ++rows;
        }
    }
    malloc_trim(0);
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    const bool reset = clear.open(QIODevice::WriteOnly) && clear.write("5") == 1;
    clear.close();
    const long before = statusKiB("VmRSS:");
    QElapsedTimer t;
    t.start();
    auto report = check(LedgerImport::importCsv(*vault->session, form.id, file));
    const double took = seconds(t);
    const long peak = statusKiB("VmHWM:");
    if (!report.problems.isEmpty())
        die(makeError(ErrorCode::Internal, report.problems.first().message));
    const double fileMiB = static_cast<double>(file.size()) / (1024.0 * 1024.0);
    std::printf("CSV import of %.1f MiB (%d rows of 様式5, UTF-8): %.2f s, %lld imported\n", fileMiB, rows, took,
                static_cast<long long>(report.imported));
    std::printf("  resident before the import %.1f MiB (the file, Qt, the database); peak during it %.1f MiB%s\n",
                static_cast<double>(before) / 1024.0, static_cast<double>(peak) / 1024.0,
                reset ? "" : " (peak not reset: includes building the file)");
    std::printf("  goal: peak < 2 × file + 100 MiB = %.1f MiB → %s\n", 2 * fileMiB + 100,
                static_cast<double>(peak) / 1024.0 < 2 * fileMiB + 100 ? "met" : "NOT met");
    return 0;
}

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QList<int> sizes{10000, 100000, 1000000};
    int pdfRows = 100000;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--sizes") && i + 1 < args.size()) {
            sizes.clear();
            for (const QString& s : args[++i].split(QLatin1Char(',')))
                sizes << s.toInt();
        } else if (args[i] == QLatin1String("--pdf-rows") && i + 1 < args.size()) {
            pdfRows = args[++i].toInt();
        } else if (args[i] == QLatin1String("--quiet")) {
            quiet = true;
        } else if (args[i] == QLatin1String("--csv-mb") && i + 1 < args.size()) {
            SystemClock clock;
            return csvImportMemory(args[++i].toInt(), clock);
        }
    }
    SystemClock clock;
    if (!quiet) {
        std::printf("| %-40s | %12s | %12s | %-30s | %8s | %-10s |\n", "operation", "Daicho", "raw", "raw baseline",
                    "ratio", "goal");
        std::printf("|------------------------------------------|--------------|--------------|------------------"
                    "--------------|----------|------------|\n");
    }
    // The first rows of a 1,000-row ledger: what a long ledger's first rows are compared with.
    double firstRowsOf1k = 0;
    {
        const bool wasQuiet = quiet;
        quiet = true;
        firstRowsOf1k = runSize(1000, clock, 0, 0).first;
        quiet = wasQuiet;
    }
    QList<SizeResult> results;
    for (int size : sizes)
        results << runSize(size, clock, pdfRows, firstRowsOf1k);
    if (!quiet) {
        std::printf("\nGrowth from one size to the next (time ratio for ×10 rows):\n");
        for (qsizetype i = 1; i < results.size(); ++i) {
            const SizeResult& a = results[i - 1];
            const SizeResult& b = results[i];
            std::printf("  %d → %d rows: import ×%.2f (goal ≤ 11), LIKE scan ×%.2f (≤ 11), search ×%.2f, "
                        "first rows ×%.2f, end ×%.2f, one month ×%.2f (flat)\n",
                        a.rows, b.rows, b.import / a.import, b.like / a.like, b.search / a.search, b.first / a.first,
                        b.last / a.last, b.filtered / a.filtered);
        }
    }
    return 0;
}
