#include "ledger/internal/SearchNames.h"

#include "ledger/FormRegistry.h"
#include "ledger/SearchText.h"
#include "ledger/internal/LedgerRecords.h"

#include <QHash>

namespace daicho::SearchNames {

namespace {

bool refersTo(const FormDefinition& form, Kind kind)
{
    for (const FieldDefinition& field : form.fields)
        if (referenceKind(field.type) == kind)
            return true;
    return false;
}

// The departments' names as lists show them: a section under its department.
Result<QHash<qint64, QString>> departmentNames(const Database& db)
{
    QHash<qint64, QString> names;
    QHash<qint64, qint64> parents;
    auto select = db.prepare(QStringLiteral("SELECT id, parent_id, name FROM departments"));
    if (!select)
        return select.error();
    DAICHO_TRY(select->forEach([&](const Statement& row) {
        names.insert(row.integer(0), row.text(2));
        if (!row.isNull(1))
            parents.insert(row.integer(0), row.integer(1));
    }));
    QHash<qint64, QString> full;
    for (auto it = names.cbegin(); it != names.cend(); ++it) {
        const auto parent = parents.find(it.key());
        full.insert(it.key(),
                    parent == parents.end() ? it.value() : names.value(parent.value()) + QLatin1Char(' ') + it.value());
    }
    return full;
}

} // namespace

QString referenceToken(Kind kind, qint64 id)
{
    QString token = QString(QChar(0x1E)) + QChar(static_cast<char16_t>(kind));
    for (const QChar digit : QString::number(id))
        token += QChar(u'A' + (digit.unicode() - u'0'));
    return token + QChar(0x1E);
}

std::optional<Kind> referenceKind(FieldType type)
{
    switch (type) {
    case FieldType::Department:
        return Kind::Department;
    case FieldType::Person:
        return Kind::Person;
    case FieldType::RegisterEntry:
        return Kind::Register;
    default:
        return std::nullopt;
    }
}

Result<QStringList> tokensMatching(const Database& db, const FormDefinition& form, const QString& normalisedQuery)
{
    QStringList tokens;
    if (normalisedQuery.isEmpty())
        return tokens;
    const auto matches = [&](const QString& name) { return normaliseForSearch(name).contains(normalisedQuery); };
    if (refersTo(form, Kind::Department)) {
        auto names = departmentNames(db);
        if (!names)
            return names.error();
        for (auto it = names->cbegin(); it != names->cend(); ++it)
            if (matches(it.value()))
                tokens << referenceToken(Kind::Department, it.key());
    }
    if (refersTo(form, Kind::Person)) {
        auto select = db.prepare(QStringLiteral("SELECT id, display_name FROM users"));
        if (!select)
            return select.error();
        DAICHO_TRY(select->forEach([&](const Statement& row) {
            if (matches(row.text(1)))
                tokens << referenceToken(Kind::Person, row.integer(0));
        }));
    }
    const FormDefinition* registers = FormRegistry::managementRegister();
    if (registers && refersTo(form, Kind::Register)) {
        auto select = db.prepare(QStringLiteral("SELECT id FROM ledger_entries WHERE form = ?"), registers->id);
        if (!select)
            return select.error();
        DAICHO_TRY(select->forEach([&](const Statement& row) -> Status {
            auto choice = LedgerReader::loadRegisterChoice(db, row.integer(0));
            if (!choice)
                return choice.error();
            if (choice.value() && matches(choice.value()->name))
                tokens << referenceToken(Kind::Register, row.integer(0));
            return {};
        }));
    }
    return tokens;
}

} // namespace daicho::SearchNames
