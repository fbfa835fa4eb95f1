#include "ledger/EntryCodec.h"

#include "common/IsoText.h"
#include "ledger/CborReader.h"
#include "ledger/monitoring/Checklist.h"

#include <QCoreApplication>
#include <QVarLengthArray>

#include <algorithm>

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
    if (value.typeId() == QMetaType::QVariantList)
        return value.toList().isEmpty();
    return false;
}

namespace {

// A minimal CBOR writer (RFC 8949) for what entries hold: unsigned and negative integers,
// text, arrays, maps, booleans. An import encodes a million entries, and QCborStreamWriter
// with its device costs several microseconds per entry; the bytes are the same.
class CborBytes
{
public:
    explicit CborBytes(QByteArray& out)
        : m_out(out)
    { }
    void head(quint8 major, quint64 value)
    {
        const auto type = static_cast<char>(major << 5);
        if (value < 24) {
            m_out.append(static_cast<char>(type | static_cast<char>(value)));
        } else if (value <= 0xFF) {
            m_out.append(static_cast<char>(type | 24));
            m_out.append(static_cast<char>(value));
        } else if (value <= 0xFFFF) {
            m_out.append(static_cast<char>(type | 25));
            bigEndian(value, 2);
        } else if (value <= 0xFFFFFFFFull) {
            m_out.append(static_cast<char>(type | 26));
            bigEndian(value, 4);
        } else {
            m_out.append(static_cast<char>(type | 27));
            bigEndian(value, 8);
        }
    }
    void integer(qint64 v)
    {
        if (v >= 0)
            head(0, static_cast<quint64>(v));
        else
            head(1, static_cast<quint64>(-1 - v));
    }
    void text(const QString& s)
    {
        // Keys, dates and codes are ASCII: their bytes are their characters, no conversion.
        const bool ascii = std::all_of(s.cbegin(), s.cend(), [](QChar c) { return c.unicode() < 0x80; });
        if (!ascii) {
            const QByteArray utf8 = s.toUtf8();
            head(3, static_cast<quint64>(utf8.size()));
            m_out.append(utf8);
            return;
        }
        head(3, static_cast<quint64>(s.size()));
        for (QChar c : s)
            m_out.append(static_cast<char>(c.unicode()));
    }
    void boolean(bool b) { m_out.append(static_cast<char>(b ? 0xF5 : 0xF4)); }

private:
    void bigEndian(quint64 value, int bytes)
    {
        for (int i = bytes - 1; i >= 0; --i)
            m_out.append(static_cast<char>((value >> (8 * i)) & 0xFF));
    }
    QByteArray& m_out;
};

void writeValue(CborBytes& out, const FieldDefinition* field, const QVariant& value)
{
    switch (field ? field->type : FieldType::Text) {
    case FieldType::Integer:
    case FieldType::RegisterEntry:
    case FieldType::Department:
    case FieldType::Person:
        out.integer(value.toLongLong());
        return;
    case FieldType::Boolean:
        out.boolean(value.toBool());
        return;
    case FieldType::Date:
        out.text(isoDate(value.toDate()));
        return;
    case FieldType::DateTime:
        out.text(isoUtc(value.toDateTime()));
        return;
    case FieldType::MultiChoice:
    case FieldType::TextList: {
        QStringList items;
        for (const QString& item : value.toStringList())
            if (!item.trimmed().isEmpty())
                items << item;
        out.head(4, static_cast<quint64>(items.size()));
        for (const QString& item : items)
            out.text(item);
        return;
    }
    case FieldType::Checklist: {
        // An array of maps; a QVariantMap iterates its keys sorted, so the bytes are stable.
        const QVariantList lines = value.toList();
        out.head(4, static_cast<quint64>(lines.size()));
        for (const QVariant& line : lines) {
            const QVariantMap map = line.toMap();
            out.head(5, static_cast<quint64>(map.size()));
            for (auto it = map.cbegin(); it != map.cend(); ++it) {
                out.text(it.key());
                if (it.value().typeId() == QMetaType::QString)
                    out.text(it.value().toString());
                else
                    out.integer(it.value().toLongLong());
            }
        }
        return;
    }
    case FieldType::Text:
    case FieldType::LongText:
    case FieldType::Choice:
    case FieldType::Purpose:
        break;
    }
    out.text(value.toString());
}

std::optional<QVariant> decodeChecklist(CborReader& in)
{
    // Only what checklistFromValue understands was ever written.
    auto lines = in.any();
    if (!lines || lines->typeId() != QMetaType::QVariantList || !checklistFromValue(*lines))
        return std::nullopt;
    return lines;
}

std::optional<QVariant> decodeValue(const FieldDefinition* field, CborReader& in)
{
    if (!field) // unknown key: keep what was stored
        return in.any();
    switch (field->type) {
    case FieldType::Date: {
        const auto text = in.text();
        const QDate date = text ? dateFromIso(*text) : QDate();
        return date.isValid() ? std::optional<QVariant>(date) : std::nullopt;
    }
    case FieldType::DateTime: {
        const auto text = in.text();
        const QDateTime at = text ? utcFromIso(*text) : QDateTime();
        return at.isValid() ? std::optional<QVariant>(at) : std::nullopt;
    }
    case FieldType::Integer:
    case FieldType::RegisterEntry:
    case FieldType::Department:
    case FieldType::Person:
        if (auto v = in.integer())
            return QVariant::fromValue<qint64>(*v);
        return std::nullopt;
    case FieldType::Boolean:
        if (auto v = in.boolean())
            return QVariant(*v);
        return std::nullopt;
    case FieldType::MultiChoice:
    case FieldType::TextList: {
        auto n = in.arrayLength();
        if (!n)
            return std::nullopt;
        QStringList list;
        list.reserve(static_cast<qsizetype>(*n));
        for (std::uint64_t i = 0; i < *n; ++i) {
            auto item = in.text();
            if (!item)
                return std::nullopt;
            list << *item;
        }
        return QVariant(list);
    }
    case FieldType::Checklist:
        return decodeChecklist(in);
    case FieldType::Text:
    case FieldType::LongText:
    case FieldType::Choice:
    case FieldType::Purpose:
        break;
    }
    if (auto v = in.text())
        return QVariant(*v);
    return std::nullopt;
}

} // namespace

QByteArray encodeEntryValues(const FormDefinition& form, const FieldValues& values)
{
    // FieldValues is a QMap: keys come in sorted order, so the same values always give the
    // same bytes (audit digests and "nothing changed" depend on it).
    QVarLengthArray<FieldValues::const_iterator, 32> kept;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        if (!isEmptyFieldValue(it.value()))
            kept.append(it);
    QByteArray bytes;
    bytes.reserve(256);
    CborBytes out(bytes);
    out.head(5, static_cast<quint64>(kept.size()));
    for (const auto& it : kept) {
        out.text(it.key());
        writeValue(out, form.field(it.key()), it.value());
    }
    return bytes;
}

Result<FieldValues> decodeEntryValues(const FormDefinition& form, const QByteArray& bytes)
{
    auto damaged = [&]() {
        return makeError(ErrorCode::Corrupt,
                         QCoreApplication::translate("daicho::EntryCodec",
                                                     "A stored entry of %1 cannot be read: the database is damaged. "
                                                     "Restore it from a backup.")
                             .arg(form.number),
                         form.id);
    };
    CborReader in(bytes);
    const auto count = in.mapLength();
    if (!count)
        return damaged();
    FieldValues values;
    for (std::uint64_t i = 0; i < *count; ++i) {
        const auto key = in.textBytes();
        if (!key)
            return damaged();
        // The definition's own key (ASCII) when it knows it: no new string per entry.
        const FieldDefinition* field = nullptr;
        for (const FieldDefinition& f : form.fields)
            if (f.key == QLatin1StringView(*key))
                field = &f;
        auto decoded = decodeValue(field, in);
        if (!decoded)
            return damaged();
        values.insert(field ? field->key : QString::fromUtf8(*key), *decoded);
    }
    if (!in.atEnd())
        return damaged();
    return values;
}

} // namespace daicho
