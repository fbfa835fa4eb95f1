#include "CliTestSupport.h"

#include "cli/RunCli.h"

#include "auth/SignIn.h"
#include "auth/internal/SessionInternals.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace daicho::test {

QStringList CliRun::errLines() const
{
    return err.split(u'\n', Qt::SkipEmptyParts);
}

CliRun runCliWith(const QStringList& args, const QString& input, const Clock& clock)
{
    QString inText = input;
    CliRun result;
    QTextStream in(&inText, QIODevice::ReadOnly);
    QTextStream out(&result.out, QIODevice::WriteOnly);
    QTextStream err(&result.err, QIODevice::WriteOnly);
    result.exitCode = runCli(args, in, out, err, clock);
    out.flush();
    err.flush();
    return result;
}

CliVault::CliVault()
{
    REQUIRE(m_dir.isValid());
    m_paths.database = m_dir.filePath(u"test.daicho"_s);
    const CliRun init =
        run({u"init"_s, u"--org"_s, u"テスト健診センター"_s, u"--user"_s, kChief, u"--name"_s, u"総務部長"_s},
            kChiefPassword + u'\n' + kChiefPassword + u'\n');
    INFO(init.err.toStdString());
    REQUIRE(init.exitCode == 0);
    // The key is the indented line of the recovery-key block.
    for (const QString& line : init.out.split(u'\n'))
        if (line.startsWith(u"    "_s))
            m_recoveryKey = line.trimmed();
    REQUIRE_FALSE(m_recoveryKey.isEmpty());
}

CliRun CliVault::run(QStringList args, const QString& input, bool withDb)
{
    if (withDb)
        args << u"--db"_s << m_paths.database;
    return runCliWith(args, input, m_clock);
}

CliRun CliVault::as(const QString& login, const QString& password, QStringList args, const QString& moreInput)
{
    args << u"--user"_s << login;
    return run(args, password + u'\n' + moreInput);
}

void CliVault::addPerson(const QString& login, const QString& role, const QString& password)
{
    const QString initial = u"initial-password-42"_s;
    QStringList args = {u"user"_s, u"add"_s, login, u"--name"_s, login.toUpper(), u"--role"_s, role};
    // Heads and staff belong to a department (core refuses them without one).
    if (role == u"head"_s)
        args << u"--department"_s << u"事業部"_s;
    else if (role == u"staff"_s)
        args << u"--department"_s << u"事業部 健診管理課"_s;
    const CliRun add = as(kChief, kChiefPassword, args, initial + u'\n' + initial + u'\n');
    INFO(add.err.toStdString());
    REQUIRE(add.exitCode == 0);
    const CliRun change = as(login, initial, {u"user"_s, u"passwd"_s}, password + u'\n' + password + u'\n');
    INFO(change.err.toStdString());
    REQUIRE(change.exitCode == 0);
}

SecureBytes databaseKey(const VaultPaths& paths, const QString& login, const QString& password, const Clock& clock)
{
    auto session = SignIn::signIn(paths, login, password, clock);
    INFO((session ? QString() : session.error().message + u' ' + session.error().detail).toStdString());
    REQUIRE(session.ok());
    return SessionInternals::secrets(*session.value()).databaseKey;
}

std::unique_ptr<Database> openRaw(const QString& path, const SecureBytes& key)
{
    auto db = Database::open(path, key, Database::Mode::OpenExisting);
    INFO((db ? QString() : db.error().message + u' ' + db.error().detail).toStdString());
    REQUIRE(db.ok());
    return std::move(db).value();
}

namespace {

QString cell(const Statement& row, int column)
{
    // Type-tagged, so that 1 and '1' or NULL and '' are told apart.
    switch (row.columnType(column)) {
    case Statement::ColumnType::Integer:
        return u"i:"_s + QString::number(row.integer(column));
    case Statement::ColumnType::Float:
        return u"f:"_s + QString::number(row.real(column), 'g', 17);
    case Statement::ColumnType::Text:
        return u"t:"_s + row.text(column);
    case Statement::ColumnType::Blob:
        return u"b:"_s + QString::fromLatin1(row.blob(column).toHex());
    case Statement::ColumnType::Null:
        break;
    }
    return u"null"_s;
}

} // namespace

QMap<QString, QList<QStringList>> dumpTables(const Database& db)
{
    QMap<QString, QList<QStringList>> tables;
    auto names = db.prepare(u"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                            u"ORDER BY name"_s);
    REQUIRE(names.ok());
    QStringList tableNames;
    while (true) {
        auto more = names->step();
        REQUIRE(more.ok());
        if (!more.value())
            break;
        tableNames << names->text(0);
    }
    for (const QString& table : tableNames) {
        // ORDER BY the first columns, not rowid: ledger_grams is a WITHOUT ROWID table.
        auto rows = db.prepare(u"SELECT * FROM \""_s + table + u"\" ORDER BY 1, 2"_s);
        REQUIRE(rows.ok());
        QList<QStringList>& dump = tables[table];
        while (true) {
            auto more = rows->step();
            REQUIRE(more.ok());
            if (!more.value())
                break;
            QStringList cells;
            for (int c = 0; c < rows->columnCount(); ++c)
                cells << cell(rows.value(), c);
            dump << cells;
        }
    }
    return tables;
}

bool copyVault(const VaultPaths& from, const VaultPaths& to)
{
    bool ok = QFile::copy(from.database, to.database) && QFile::copy(from.keys(), to.keys());
    // A WAL left by a crashed writer holds committed pages too.
    if (QFile::exists(from.database + u"-wal"_s))
        ok = ok && QFile::copy(from.database + u"-wal"_s, to.database + u"-wal"_s);
    return ok;
}

} // namespace daicho::test
