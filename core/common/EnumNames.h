#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <cstddef>
#include <optional>

// Lookups in a table that names each value of an enum. A row holds `value` (the enumerator)
// and `key` (the stable Latin-1 text stored in the database and in files); `name` (the English
// name, marked with QT_TRANSLATE_NOOP) and `printed` (the Japanese of exports and print) when
// the table has them.
namespace daicho::enumNames {

template <typename Row, std::size_t N>
const Row* rowOf(const Row (&rows)[N], decltype(Row::value) value)
{
    for (const Row& row : rows)
        if (row.value == value)
            return &row;
    return nullptr;
}

// Every value the table names, in its order.
template <typename Row, std::size_t N>
QList<decltype(Row::value)> valuesOf(const Row (&rows)[N])
{
    QList<decltype(Row::value)> values;
    for (const Row& row : rows)
        values << row.value;
    return values;
}

// Empty for a value the table lacks.
template <typename Row, std::size_t N>
QString keyOf(const Row (&rows)[N], decltype(Row::value) value)
{
    const Row* row = rowOf(rows, value);
    return row ? QString::fromLatin1(row->key) : QString();
}

template <typename Row, std::size_t N>
std::optional<decltype(Row::value)> valueOfKey(const Row (&rows)[N], const QString& key)
{
    for (const Row& row : rows)
        if (key == QLatin1String(row.key))
            return row.value;
    return std::nullopt;
}

// `name` translated in `context`; empty for a value the table lacks.
template <typename Row, std::size_t N>
QString displayNameOf(const Row (&rows)[N], decltype(Row::value) value, const char* context)
{
    const Row* row = rowOf(rows, value);
    return row ? QCoreApplication::translate(context, row->name) : QString();
}

// Empty for a value the table lacks.
template <typename Row, std::size_t N>
QString printedNameOf(const Row (&rows)[N], decltype(Row::value) value)
{
    const Row* row = rowOf(rows, value);
    return row ? QString::fromUtf16(row->printed) : QString();
}

} // namespace daicho::enumNames
