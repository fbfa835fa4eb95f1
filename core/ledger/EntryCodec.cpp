#include "ledger/EntryCodec.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborStreamWriter>
#include <QCborValue>
#include <QCoreApplication>

namespace daicho {

bool isEmptyFieldValue(const QVariant& value)
{
    if (!value.isValid() || value.isNull())
        return true;
    if (value.typeId() == QMetaType::QString)
        return value.toString().trimmed().isEmpty();
    if (value.typeId() == QMetaType::QStringList) {
        for (const QString& s : value.toStringList())
            if (!s.trimmed().isEmpty())
                return false;
        return true;
    }
    return false;
}

namespace {

QCborValue encodeValue(const FieldDefinition* field, const QVariant& value)
{
    const FieldType type = field ? field->type : FieldType::Text;
    switch (type) {
    case FieldType::Date:
        return QCborValue(value.toDate().toString(Qt::ISODate));
    case FieldType::DateTime:
        return QCborValue(value.toDateTime().toUTC().toString(Qt::ISODate));
    case FieldType::Integer:
    case FieldType::RegisterEntry:
    case FieldType::Department:
    case FieldType::Person:
        return QCborValue(value.toLongLong());
    case FieldType::Boolean:
        return QCborValue(value.toBool());
    case FieldType::MultiChoice:
    case FieldType::TextList: {
        QCborArray array;
        for (const QString& s : value.toStringList())
            if (!s.trimmed().isEmpty())
                array.append(s);
        return array;
    }
    case FieldType::Text:
    case FieldType::LongText:
    case FieldType::Choice:
    case FieldType::Purpose:
        break;
    }
    return QCborValue(value.toString());
}

std::optional<QVariant> decodeValue(const FieldDefinition* field, const QCborValue& value)
{
    if (!field) // unknown key: keep what was stored
        return value.toVariant();
    switch (field->type) {
    case FieldType::Date: {
        const QDate date = QDate::fromString(value.toString(), Qt::ISODate);
        return date.isValid() ? std::optional<QVariant>(date) : std::nullopt;
    }
    case FieldType::DateTime: {
        QDateTime at = QDateTime::fromString(value.toString(), Qt::ISODate);
        return at.isValid() ? std::optional<QVariant>(at.toUTC()) : std::nullopt;
    }
    case FieldType::Integer:
    case FieldType::RegisterEntry:
    case FieldType::Department:
    case FieldType::Person:
        if (!value.isInteger())
            return std::nullopt;
        return QVariant::fromValue<qint64>(value.toInteger());
    case FieldType::Boolean:
        if (!value.isBool())
            return std::nullopt;
        return QVariant(value.toBool());
    case FieldType::MultiChoice:
    case FieldType::TextList: {
        if (!value.isArray())
            return std::nullopt;
        QStringList list;
        for (const QCborValue& item : value.toArray())
            list << item.toString();
        return QVariant(list);
    }
    case FieldType::Text:
    case FieldType::LongText:
    case FieldType::Choice:
    case FieldType::Purpose:
        break;
    }
    if (!value.isString())
        return std::nullopt;
    return QVariant(value.toString());
}

} // namespace

QByteArray encodeEntryValues(const FormDefinition& form, const FieldValues& values)
{
    // Written straight to the stream (an import encodes a million entries). FieldValues is a
    // QMap: keys come in sorted order, so the same values always give the same bytes.
    qsizetype count = 0;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        count += isEmptyFieldValue(it.value()) ? 0 : 1;
    QByteArray bytes;
    QCborStreamWriter writer(&bytes);
    writer.startMap(static_cast<quint64>(count));
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (isEmptyFieldValue(it.value()))
            continue;
        writer.append(it.key());
        encodeValue(form.field(it.key()), it.value()).toCbor(writer);
    }
    writer.endMap();
    return bytes;
}

Result<FieldValues> decodeEntryValues(const FormDefinition& form, const QByteArray& bytes)
{
    QCborParserError error;
    const QCborValue value = QCborValue::fromCbor(bytes, &error);
    auto damaged = [&]() {
        return makeError(ErrorCode::Corrupt,
                         QCoreApplication::translate("daicho::EntryCodec",
                                                     "A stored entry of %1 cannot be read: the database is damaged. "
                                                     "Restore it from a backup.")
                             .arg(form.number),
                         form.id);
    };
    if (error.error != QCborError::NoError || !value.isMap())
        return damaged();
    FieldValues values;
    const QCborMap map = value.toMap();
    for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
        const QString key = it.key().toString();
        auto decoded = decodeValue(form.field(key), it.value());
        if (!decoded)
            return damaged();
        values.insert(key, *decoded);
    }
    return values;
}

} // namespace daicho
