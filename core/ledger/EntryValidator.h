#pragma once

#include "ledger/FieldValues.h"
#include "ledger/FormDefinition.h"
#include "ledger/Issue.h"

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

// What the validator needs to know beyond the entry itself; the store fills it from the
// database, tests with plain lambdas.
struct ValidationContext {
    // The registered purposes of a 様式3 entry, or nullopt when there is no such entry.
    std::function<std::optional<QStringList>(qint64)> registerPurposes;
    std::function<bool(qint64)> departmentExists;
    std::function<bool(qint64)> personExists;
};

// Whether a condition holds for these values (an absent value meets one that says orAbsent).
bool conditionHolds(const FieldCondition& condition, const FieldValues& values);
// Whether a field applies to these values (its condition, if any, is met).
bool fieldApplies(const FieldDefinition& field, const FieldValues& values);

// Whether a required item may stay empty because the record points at an earlier one that
// holds it (規程第31条8項・第32条5項): an omissible item among the form's omitted items.
bool leftOutAsBefore(const FormDefinition& form, const FieldDefinition& field, const FieldValues& values);

// What an empty required item asks for: 「“X”を選択してください。」 for an item chosen from a
// list (choices, yes/no, register entries, purposes, departments, people), 「“X”を入力して
// ください。」 for one typed. `why` (may be empty) says when the item is needed.
QString missingItemMessage(const FieldDefinition& field, const QString& why = {});

// Checks `values` against `form`: required fields (only those that apply), types, choices,
// lengths, references, and a purpose that is one of the register entry's purposes
// (第25条, 様式1②). A value given for a field that does not apply is an issue too: it would
// be stored but never shown. Returns no issues when the entry may be saved.
QList<Issue> validateEntry(const FormDefinition& form, const FieldValues& values, const ValidationContext& context);

} // namespace daicho
