#pragma once

#include "ledger/FormDefinition.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <optional>

namespace daicho {

// The values of one entry, by field key. Types by FieldType: Text/LongText/Choice/Purpose →
// QString; Date → QDate; DateTime → QDateTime (UTC); Integer → qint64; Boolean → bool;
// MultiChoice/TextList → QStringList; RegisterEntry/Department/Person → qint64 id.
using FieldValues = QMap<QString, QVariant>;

// One problem with an entry, as data: the field it concerns (to put the cursor there) and a
// translated message that says what is wrong and what to do.
struct Issue {
    QString field;
    QString message;
};

// What the validator needs to know beyond the entry itself; the store fills it from the
// database, tests with plain lambdas.
struct ValidationContext {
    // The registered purposes of a 様式3 entry, or nullopt when there is no such entry.
    std::function<std::optional<QStringList>(qint64)> registerPurposes;
    std::function<bool(qint64)> departmentExists;
    std::function<bool(qint64)> personExists;
};

// Whether a field applies to these values (its condition, if any, is met).
bool fieldApplies(const FieldDefinition& field, const FieldValues& values);

// Checks `values` against `form`: required fields (only those that apply), types, choices,
// lengths, references, and a purpose that is one of the register entry's purposes
// (第25条, 様式1②). A value given for a field that does not apply is an issue too: it would
// be stored but never shown. Returns no issues when the entry may be saved.
QList<Issue> validateEntry(const FormDefinition& form, const FieldValues& values, const ValidationContext& context);

} // namespace daicho
