#include "store/Statement.h"

#include "store/Sqlite.h"

#include <QCoreApplication>

#include <utility>

namespace daicho {

Statement::Statement(Statement&& other) noexcept
    : m_db(other.m_db)
    , m_stmt(std::exchange(other.m_stmt, nullptr))
    , m_bindError(other.m_bindError)
{ }

Statement& Statement::operator=(Statement&& other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_db = other.m_db;
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_bindError = other.m_bindError;
    }
    return *this;
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Statement& Statement::noteBind(int rc)
{
    if (rc != SQLITE_OK)
        m_bindError = rc;
    return *this;
}

Statement& Statement::bind(int index, std::int64_t value)
{
    return noteBind(sqlite3_bind_int64(m_stmt, index, value));
}

Statement& Statement::bind(int index, const QString& value)
{
    if (value.isNull())
        return bindNull(index);
    const QByteArray utf8 = value.toUtf8();
    return noteBind(
        sqlite3_bind_text(m_stmt, index, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT));
}

Statement& Statement::bind(int index, const QByteArray& blob)
{
    if (blob.isNull())
        return bindNull(index);
    return noteBind(
        sqlite3_bind_blob(m_stmt, index, blob.constData(), static_cast<int>(blob.size()), SQLITE_TRANSIENT));
}

Statement& Statement::bindNull(int index)
{
    return noteBind(sqlite3_bind_null(m_stmt, index));
}

bool Statement::readOnly() const
{
    return sqlite3_stmt_readonly(m_stmt) != 0;
}

Result<bool> Statement::step()
{
    if (m_bindError != SQLITE_OK)
        return sqliteError(m_db, m_bindError, QStringLiteral("bind"));
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    return sqliteError(m_db, rc, QString::fromUtf8(sqlite3_sql(m_stmt)));
}

Status Statement::run()
{
    return forEach([](Statement&) {});
}

void Statement::reset()
{
    rewind();
    sqlite3_clear_bindings(m_stmt);
    m_bindError = SQLITE_OK;
}

void Statement::rewind()
{
    sqlite3_reset(m_stmt); // a failed bind is kept with the bindings: the next run reports it
}

int Statement::columnCount() const
{
    return sqlite3_column_count(m_stmt);
}

QString Statement::columnName(int column) const
{
    return QString::fromUtf8(sqlite3_column_name(m_stmt, column));
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

Statement::ColumnType Statement::columnType(int column) const
{
    static_assert(
        static_cast<int>(ColumnType::Integer) == SQLITE_INTEGER && static_cast<int>(ColumnType::Float) == SQLITE_FLOAT
        && static_cast<int>(ColumnType::Text) == SQLITE_TEXT && static_cast<int>(ColumnType::Blob) == SQLITE_BLOB
        && static_cast<int>(ColumnType::Null) == SQLITE_NULL);
    return static_cast<ColumnType>(sqlite3_column_type(m_stmt, column));
}

std::int64_t Statement::integer(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

std::optional<std::int64_t> Statement::optionalInteger(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return integer(column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QString Statement::text(int column) const
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    if (!data)
        return {};
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

QByteArrayView Statement::utf8(int column) const
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    return data ? QByteArrayView(data, sqlite3_column_bytes(m_stmt, column)) : QByteArrayView();
}

QByteArray Statement::blob(int column) const
{
    const void* data = sqlite3_column_blob(m_stmt, column);
    const int size = sqlite3_column_bytes(m_stmt, column);
    if (!data)
        return sqlite3_column_type(m_stmt, column) == SQLITE_NULL ? QByteArray() : QByteArray("");
    return QByteArray(static_cast<const char*>(data), size);
}

Error sqliteError(sqlite3* db, int code, const QString& context)
{
    const int primary = code & 0xff;
    const QString detail = QStringLiteral("sqlite %1 (%2): %3")
                               .arg(code)
                               .arg(db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString(), context.left(200));
    switch (primary) {
    case SQLITE_NOTADB:
        return makeError(ErrorCode::NotADatabase,
                         QCoreApplication::translate("daicho::Database",
                                                     "The file is not a Daicho database, or the key does not "
                                                     "open it. Check that you chose the right file."),
                         detail);
    case SQLITE_CORRUPT:
        return makeError(ErrorCode::Corrupt,
                         QCoreApplication::translate("daicho::Database",
                                                     "The database file is damaged (truncated or altered). "
                                                     "Restore it from a backup."),
                         detail);
    case SQLITE_FULL:
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("daicho::Database",
                                                     "The disk is full. Free some space and try again; nothing "
                                                     "was changed."),
                         detail);
    case SQLITE_READONLY:
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("daicho::Database",
                                                     "The database file or its folder cannot be written. Check "
                                                     "that the folder is writable and try again."),
                         detail);
    case SQLITE_IOERR:
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("daicho::Database",
                                                     "Reading or writing the database file failed (disk error or "
                                                     "disk full). Nothing was changed."),
                         detail);
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return makeError(ErrorCode::Busy,
                         QCoreApplication::translate("daicho::Database",
                                                     "The database is in use by another Daicho window. Close it "
                                                     "and try again."),
                         detail);
    case SQLITE_CONSTRAINT:
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("daicho::Database",
                                                     "The change conflicts with existing data (a duplicate or a "
                                                     "missing reference)."),
                         detail);
    default:
        return makeError(ErrorCode::Internal,
                         QCoreApplication::translate("daicho::Database", "An unexpected database error occurred."),
                         detail);
    }
}

} // namespace daicho
