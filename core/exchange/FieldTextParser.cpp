#include "exchange/FieldTextParser.h"

#include "common/JapaneseCalendar.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTimeZone>

namespace daicho {

namespace {

QStringList lines(const QString& text)
{
    QStringList items;
    for (const QString& line : text.split(QRegularExpression(QStringLiteral("\\r\\n|\\n|\\r"))))
        if (!line.trimmed().isEmpty())
            items << line.trimmed();
    return items;
}

std::optional<QString> choiceKey(const FieldDefinition& field, const QString& text)
{
    for (const ChoiceOption& option : field.choices)
        if (text == option.key || text == option.labelJa || text.compare(option.labelEn, Qt::CaseInsensitive) == 0)
            return option.key;
    return std::nullopt;
}

// A name that must pick exactly one id.
std::variant<QVariant, QString> byName(const QList<std::pair<std::int64_t, QString>>& candidates, const QString& text,
                                       const QString& notFound, const QString& ambiguous)
{
    std::optional<std::int64_t> found;
    const QString wanted = text.simplified();
    for (const auto& [id, name] : candidates) {
        if (name.simplified() != wanted && name.section(QLatin1Char(' '), -1) != wanted)
            continue;
        if (found && *found != id)
            return ambiguous.arg(text);
        found = id;
    }
    if (!found)
        return notFound.arg(text);
    return QVariant::fromValue<qint64>(*found);
}

std::variant<QVariant, QString> parseDateTime(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^(.+?)\\s+(\\d{1,2})[:：](\\d{2})$"));
    const QString normalised = text.normalized(QString::NormalizationForm_KC).trimmed();
    const auto match = pattern.match(normalised);
    if (!match.hasMatch())
        return QCoreApplication::translate("daicho::FieldTextParser",
                                           "\"%1\" is not a date and time. Write it like 2026/04/01 09:30.")
            .arg(text);
    const auto date = parseJapaneseDate(match.captured(1));
    const QTime time(match.captured(2).toInt(), match.captured(3).toInt());
    if (!date || !time.isValid())
        return QCoreApplication::translate("daicho::FieldTextParser",
                                           "\"%1\" is not a date and time. Write it like 2026/04/01 09:30.")
            .arg(text);
    // Japan time (UTC+9, no daylight saving) to UTC.
    return QDateTime(*date, time, QTimeZone(9 * 3600)).toUTC();
}

} // namespace

std::variant<QVariant, QString> parseFieldText(const FieldDefinition& field, const QString& text,
                                               const LedgerDirectory& directory)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return QVariant();
    switch (field.type) {
    case FieldType::Text:
    case FieldType::Purpose:
        return QVariant(trimmed);
    case FieldType::LongText:
        return QVariant(text);
    case FieldType::Date: {
        const auto date = parseJapaneseDate(trimmed);
        if (!date)
            return QCoreApplication::translate("daicho::FieldTextParser",
                                               "\"%1\" is not a date. Write it like 2026/04/01 or 令和8年4月1日.")
                .arg(text);
        return QVariant(*date);
    }
    case FieldType::DateTime:
        return parseDateTime(trimmed);
    case FieldType::Integer: {
        if (field.entryReference) {
            if (const auto id = directory.entryReferenceByText(trimmed))
                return QVariant::fromValue<qint64>(*id);
            return QCoreApplication::translate("daicho::FieldTextParser",
                                               "There is no record \"%1\". Name the earlier record by its ledger and "
                                               "No. as the list shows it, like 様式6-1 No.5.")
                .arg(text);
        }
        // Commas only as Excel groups thousands ("1,250"): "1,2,5" is not 125.
        static const QRegularExpression grouped(QStringLiteral("^[0-9]{1,3}(,[0-9]{3})+$"));
        QString digits = trimmed.normalized(QString::NormalizationForm_KC);
        if (grouped.match(digits).hasMatch())
            digits.remove(QLatin1Char(','));
        bool ok = false;
        const qint64 n = digits.toLongLong(&ok);
        if (!ok)
            return QCoreApplication::translate("daicho::FieldTextParser", "\"%1\" is not a whole number.").arg(text);
        return QVariant::fromValue<qint64>(n);
    }
    case FieldType::Boolean: {
        const QString t = trimmed.normalized(QString::NormalizationForm_KC).toLower();
        static const QStringList yes{QStringLiteral("はい"), QStringLiteral("yes"), QStringLiteral("true"),
                                     QStringLiteral("1"),    QStringLiteral("○"),   QStringLiteral("有")};
        static const QStringList no{QStringLiteral("いいえ"), QStringLiteral("no"), QStringLiteral("false"),
                                    QStringLiteral("0"),      QStringLiteral("×"),  QStringLiteral("無")};
        if (yes.contains(t))
            return QVariant(true);
        if (no.contains(t))
            return QVariant(false);
        return QCoreApplication::translate("daicho::FieldTextParser", "\"%1\" is neither はい nor いいえ.").arg(text);
    }
    case FieldType::Choice: {
        const auto key = choiceKey(field, trimmed);
        if (!key)
            return QCoreApplication::translate("daicho::FieldTextParser",
                                               "\"%1\" is not one of the choices of this item.")
                .arg(text);
        return QVariant(*key);
    }
    case FieldType::MultiChoice: {
        QStringList keys;
        for (const QString& item : lines(trimmed.split(QStringLiteral("、")).join(QLatin1Char('\n')))) {
            const auto key = choiceKey(field, item);
            if (!key)
                return QCoreApplication::translate("daicho::FieldTextParser",
                                                   "\"%1\" is not one of the choices of this item.")
                    .arg(item);
            keys << *key;
        }
        return QVariant(keys);
    }
    case FieldType::TextList:
        return QVariant(lines(text));
    case FieldType::RegisterEntry: {
        QList<std::pair<std::int64_t, QString>> names;
        for (const RegisterChoice& r : directory.registers())
            names.append({r.id, r.name});
        return byName(
            names, trimmed,
            QCoreApplication::translate("daicho::FieldTextParser", "There is no register entry (様式3) called \"%1\"."),
            QCoreApplication::translate("daicho::FieldTextParser",
                                        "Several register entries are called \"%1\"; rename one of them first."));
    }
    case FieldType::Department:
        return byName(
            directory.departmentsInUse(), trimmed,
            QCoreApplication::translate("daicho::FieldTextParser",
                                        "There is no department in use called \"%1\" (a retired one takes no new "
                                        "entries)."),
            QCoreApplication::translate("daicho::FieldTextParser",
                                        "Several departments are called \"%1\"; write the department and section."));
    case FieldType::Person:
        return byName(directory.activePeople(), trimmed,
                      QCoreApplication::translate("daicho::FieldTextParser", "There is no user called \"%1\"."),
                      QCoreApplication::translate("daicho::FieldTextParser", "Several users are called \"%1\"."));
    case FieldType::Checklist: // a monitoring sheet is written in Daicho, never imported
        return QCoreApplication::translate("daicho::FieldTextParser",
                                           "A checklist cannot be imported from a CSV file; fill it in Daicho.");
    }
    return QVariant(trimmed);
}

} // namespace daicho
