#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <cstdint>
#include <optional>
#include <type_traits>

struct sqlite3;
struct sqlite3_stmt;

namespace daicho {

// A prepared statement (RAII). Binding is by 1-based index, like SQLite. step() returns
// true while a row is available. Errors carry SQLite's message in `detail` only.
class Statement
{
public:
    Statement(sqlite3* db, sqlite3_stmt* stmt)
        : m_db(db)
        , m_stmt(stmt)
    { }
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    ~Statement();

    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement& bind(int index, const QString& value);
    Statement& bind(int index, const QByteArray& blob);
    Statement& bindNull(int index);
    template <typename T>
    Statement& bind(int index, const std::optional<T>& value)
    {
        return value ? bind(index, *value) : bindNull(index);
    }
    // Binds `values` to the parameters 1, 2, … in order.
    template <typename... Values>
    Statement& bindAll(const Values&... values)
    {
        int index = 0;
        (bind(++index, values), ...);
        return *this;
    }

    [[nodiscard]] Result<bool> step();
    // Whether running it changes nothing in the database (sqlite3_stmt_readonly).
    bool readOnly() const;
    // Steps through every row, calling `visit` with the statement on it (read the columns
    // there). `visit` returns nothing; or a bool, false to stop early (the caller keeps what
    // it found); or a Status, whose failure stops the loop and is returned. SQLite's errors
    // stop it too.
    template <typename Visit>
    [[nodiscard]] Status forEach(Visit&& visit)
    {
        using Returned = std::invoke_result_t<Visit&, Statement&>;
        while (true) {
            auto row = step();
            if (!row)
                return row.error();
            if (!row.value())
                return {};
            if constexpr (std::is_void_v<Returned>) {
                visit(*this);
            } else if constexpr (std::is_same_v<Returned, bool>) {
                if (!visit(*this))
                    return {};
            } else {
                Status visited = visit(*this);
                if (!visited.ok())
                    return visited;
            }
        }
    }
    // Steps to completion; for INSERT/UPDATE/DELETE.
    [[nodiscard]] Status run();
    // Ready to run again, every parameter unbound (NULL).
    void reset();
    // Ready to run again with the parameters as they are: a bulk insert binds what every row
    // shares once and only the rest for each row.
    void rewind();

    int columnCount() const;
    QString columnName(int column) const;
    bool isNull(int column) const;
    // The storage class of a value. The numbers are SQLite's and are part of the row digest
    // (docs/audit-trail.md), so they never change.
    enum class ColumnType : std::uint8_t { Integer = 1, Float = 2, Text = 3, Blob = 4, Null = 5 };
    ColumnType columnType(int column) const;
    std::int64_t integer(int column) const;
    std::optional<std::int64_t> optionalInteger(int column) const; // nothing for NULL
    double real(int column) const;
    QString text(int column) const;
    // The text's UTF-8 bytes as SQLite holds them, valid until the next step or reset: for
    // comparing a column with the previous row's without decoding it (a list's few kinds).
    QByteArrayView utf8(int column) const;
    QByteArray blob(int column) const;

private:
    // Keeps a failed bind's code for step() to report.
    Statement& noteBind(int rc);

    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
    int m_bindError = 0;
};

// Maps an SQLite result code to an Error with a translated message saying what to do.
Error sqliteError(sqlite3* db, int code, const QString& context);

} // namespace daicho
