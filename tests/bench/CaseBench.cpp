// Dashboard benchmark (issue 12 §11): what is due, read from indexed derived rows, with
// 100,000 closed and 1,000 open requests — against the raw indexed query on the same data,
// in the same run (SQLCipher C API on the session's own keyed connection).
//
//   daicho_bench_cases [--closed 100000] [--open 1000] [--quiet]
//
// The derived rows (cases, case_clocks) are written straight with SQL, as the store would
// derive them: what is measured is the read, and 101,000 cases written through the audited
// store would take the benchmark minutes of signing for nothing it measures.
#include "BenchSupport.h"
#include "cases/CaseReader.h"
#include "cases/DeskSettings.h"
#include "crypto/Kdf.h"
#include "dashboard/DueWork.h"
#include "store/Sqlite.h"
#include "vault/VaultCreator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace daicho;
using namespace daicho::bench;

namespace {

bool quiet = false;

void row(const char* what, double engine, double raw, const char* goal)
{
    if (!quiet)
        std::printf("| %-44s | %9.5f s | %9.5f s | %6.2f× | %-8s |\n", what, engine, raw, engine / raw, goal);
}

// `closed` cases whose clocks are met and `open` ones still running, over five years, all
// of one desk; half the open ones routed to a section.
void fill(Session& session, int closed, int open, std::int64_t section)
{
    Database& db = session.db();
    check(db.exec(QStringLiteral("BEGIN IMMEDIATE")));
    auto insertCase = check(db.prepare(QStringLiteral(
        "INSERT INTO cases (id, kind, number, fiscal_year, state, closed, received_on, desk_id, section_id, title, "
        "event_count, last_event_id, search_text) VALUES (?, 'request.disclosure', ?, ?, ?, ?, ?, NULL, ?, ?, 5, ?, "
        "'')")));
    auto insertClock = check(db.prepare(QStringLiteral("INSERT INTO case_clocks (case_id, clock, running, start_on, "
                                                       "due_on, met_on, flags) VALUES (?, ?, ?, ?, ?, ?, 0)")));
    const QDate first(2021, 4, 1);
    const int total = closed + open;
    for (int i = 1; i <= total; ++i) {
        const bool isOpen = i > closed;
        const QDate received = isOpen ? QDate(2026, 11, 20).addDays(i % 20) : first.addDays((i * 1826LL) / total);
        insertCase.bindAll(std::int64_t(i), i, received.year(),
                           isOpen ? QStringLiteral("routed") : QStringLiteral("closed"), isOpen ? 0 : 1,
                           received.toString(Qt::ISODate), std::int64_t(0), QStringLiteral("請求者 %1").arg(i),
                           std::int64_t(i));
        // Half the open ones routed to a section; the others not yet.
        if (!(isOpen && i % 2))
            insertCase.bindNull(7);
        else
            insertCase.bind(7, section);
        check(insertCase.run());
        insertCase.reset();
        for (const auto& [clock, weeks] :
             {std::pair{QStringLiteral("decision"), 1}, std::pair{QStringLiteral("notice"), 2}}) {
            insertClock.bindAll(std::int64_t(i), clock, isOpen ? 1 : 0, received.toString(Qt::ISODate),
                                received.addDays(7 * weeks).toString(Qt::ISODate),
                                received.addDays(3).toString(Qt::ISODate));
            if (isOpen)
                insertClock.bindNull(6);
            check(insertClock.run());
            insertClock.reset();
        }
    }
    check(db.exec(QStringLiteral("COMMIT")));
}

// The raw indexed query of the same rows: the running clocks by due date with their cases.
double rawDue(sqlite3* db, int& rows)
{
    sqlite3_stmt* stmt = nullptr;
    sqlite3_prepare_v2(db,
                       "SELECT k.case_id, c.kind, c.number, c.fiscal_year, k.clock, k.due_on, k.flags, c.desk_id, "
                       "c.section_id, c.title FROM case_clocks k JOIN cases c ON c.id = k.case_id WHERE k.running = 1 "
                       "ORDER BY k.due_on, k.case_id",
                       -1, &stmt, nullptr);
    const double t = fastest(5, [&] {
        rows = 0;
        while (sqlite3_step(stmt) == SQLITE_ROW) {
            // Read every column, as the engine does.
            for (int c = 0; c < 10; ++c)
                sqlite3_column_text(stmt, c);
            ++rows;
        }
        sqlite3_reset(stmt);
    });
    sqlite3_finalize(stmt);
    return t;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    int closed = 100000;
    int open = 1000;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--closed") && i + 1 < args.size())
            closed = args[++i].toInt();
        else if (args[i] == QLatin1String("--open") && i + 1 < args.size())
            open = args[++i].toInt();
        else if (args[i] == QLatin1String("--quiet"))
            quiet = true;
    }
    SystemClock clock;
    QTemporaryDir dir;
    auto created = check(VaultCreator::create(
        VaultPaths{dir.filePath(QStringLiteral("bench.daicho"))},
        {QStringLiteral("ベンチマーク"), QStringLiteral("chief"), QStringLiteral("部長"), kdfLimits().minimum},
        QStringLiteral("benchmark-password-1"), clock));
    Session& chief = *created.session;
    auto section = check(chief.db().scalar(QStringLiteral("SELECT min(id) FROM departments")));
    fill(chief, closed, open, section.toLongLong());

    int rawRows = 0;
    const double raw = rawDue(chief.db().handle(), rawRows);
    int clocks = 0;
    const double engine = fastest(5, [&] { clocks = static_cast<int>(check(CaseReader::dueClocks(chief)).size()); });
    int items = 0;
    const double dashboard = fastest(5, [&] { items = static_cast<int>(check(DueWork::forPerson(chief)).size()); });
    if (clocks != rawRows || clocks != 2 * open)
        die(makeError(ErrorCode::Internal,
                      QStringLiteral("the engine read %1 clocks, the raw query %2").arg(clocks).arg(rawRows)));
    if (!quiet) {
        std::printf("%d closed and %d open requests (%d running clocks)\n\n", closed, open, rawRows);
        std::printf("| %-44s | %11s | %11s | %7s | %-8s |\n", "operation", "Daicho", "raw", "ratio", "goal");
        std::printf(
            "|----------------------------------------------|-------------|-------------|---------|----------|\n");
    }
    row("due clocks of the requests (CaseReader)", engine, raw, "≤ 1.2×");
    row("what is due, whole dashboard (DueWork)", dashboard, raw, "—");
    Q_UNUSED(items);
    return 0;
}
