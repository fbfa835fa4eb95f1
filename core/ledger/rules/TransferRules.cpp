#include "ledger/rules/TransferRules.h"

#include "ledger/EntryCodec.h"
#include "ledger/FormRegistry.h"
#include "ledger/Labels.h"

#include <QCoreApplication>

namespace daicho {

namespace {

QString labelOf(const FormDefinition& form, const QString& key)
{
    const FieldDefinition* f = form.field(key);
    return f ? fieldLabel(*f) : key;
}

bool saysSameAsBefore(const FormDefinition& form, const FieldValues& values)
{
    for (const QString& key : form.transferFields.confirmationMethods)
        if (values.value(key).toString() == QLatin1String("same_as_earlier"))
            return true;
    return false;
}

// The earlier record named, checked as a record of the same direction made no later than
// this one; nullopt (with an issue) when it cannot stand.
std::optional<EarlierRecord> earlierRecord(const FormDefinition& form, const FieldValues& values,
                                           const RuleContext& context, QList<Issue>& issues)
{
    const QString& key = form.transferFields.earlierRecord;
    const QVariant number = values.value(key);
    if (isEmptyFieldValue(number)) {
        issues << Issue{key, QCoreApplication::translate(
                                 "daicho::TransferRules",
                                 "Choose “%1”: the earlier record that holds what this record leaves out or relies on "
                                 "(規程第31条8項・第32条3項・5項).")
                                 .arg(labelOf(form, key))};
        return std::nullopt;
    }
    if (!context.earlierRecord)
        return std::nullopt; // nothing to look in (a test of the definition alone)
    if (context.entryId && *context.entryId == number.toLongLong()) {
        issues << Issue{key, QCoreApplication::translate("daicho::TransferRules",
                                                         "A record cannot refer to itself. Choose an earlier record.")};
        return std::nullopt;
    }
    const auto found = context.earlierRecord(number.toLongLong());
    const FormDefinition* earlierForm = found ? FormRegistry::find(found->formId) : nullptr;
    // Records of personal data refer to each other; a confirmation about personally related
    // information (様式6-3) only to another such confirmation: its items are of another kind.
    const auto related = [](const FormDefinition* f) { return f->transfer->basis == TransferBasis::RelatedInfo; };
    if (!earlierForm || !earlierForm->transfer || earlierForm->transfer->direction != form.transfer->direction
        || related(earlierForm) != related(&form)) {
        issues << Issue{
            key, QCoreApplication::translate("daicho::TransferRules",
                                             "%1 is not a kept record of %2. Choose a record of that ledger.")
                     // Named only when it is a record of provision or receipt, which everyone
                     // reads: not 「様式4 No.2」 to a member of staff who may not read 様式4.
                     .arg(earlierForm && earlierForm->transfer ? found->name
                                                               : QStringLiteral("ID %1").arg(number.toLongLong()))
                     .arg(form.transfer->direction == TransferDirection::Provision
                              ? QCoreApplication::translate("daicho::TransferRules", "provision (様式6)")
                              : QCoreApplication::translate("daicho::TransferRules", "receipt (様式7)"))};
        return std::nullopt;
    }
    if (context.entryId && number.toLongLong() > *context.entryId) {
        issues << Issue{key, QCoreApplication::translate("daicho::TransferRules",
                                                         "%1 was made after this record. Only an earlier record "
                                                         "can be referred to.")
                                 .arg(found->name)};
        return std::nullopt;
    }
    const QDate mine = values.value(form.dateField).toDate();
    const QDate theirs = found->values.value(earlierForm->dateField).toDate();
    if (mine.isValid() && theirs.isValid() && theirs > mine) {
        issues << Issue{key, QCoreApplication::translate(
                                 "daicho::TransferRules",
                                 "%1 was made after this record (%2). Only an earlier record can be referred to.")
                                 .arg(found->name)
                                 .arg(theirs.toString(Qt::ISODate))};
        return std::nullopt;
    }
    return found;
}

void checkOmissions(const FormDefinition& form, const FieldValues& values, const RuleContext& context,
                    QList<Issue>& issues)
{
    const QString& omittedKey = form.transferFields.omittedItems;
    if (omittedKey.isEmpty())
        return;
    const QStringList omitted = values.value(omittedKey).toStringList();
    for (const QString& key : omitted)
        if (!isEmptyFieldValue(values.value(key)))
            issues << Issue{key, QCoreApplication::translate(
                                     "daicho::TransferRules",
                                     "“%1” is marked as left out because the earlier record holds it, yet it is "
                                     "filled in. Either clear it or untick it in “%2”.")
                                     .arg(labelOf(form, key), labelOf(form, omittedKey))};
    const bool needed = !omitted.isEmpty() || saysSameAsBefore(form, values);
    if (!needed && isEmptyFieldValue(values.value(form.transferFields.earlierRecord)))
        return;
    const auto earlier = earlierRecord(form, values, context, issues);
    if (!earlier)
        return;
    // 規程第32条3項（規則22条3項）, 第31条8項・第32条5項: what an earlier record holds stands for
    // this one only when it concerns the same party.
    const QString& party = form.transferFields.partyName;
    const QString mine = values.value(party).toString().simplified();
    const QString theirs = earlier->values.value(party).toString().simplified();
    if (!party.isEmpty() && !omitted.contains(party) && mine != theirs)
        issues << Issue{form.transferFields.earlierRecord,
                        QCoreApplication::translate(
                            "daicho::TransferRules",
                            "The earlier record %1 concerns another party (“%2”). Only a record of the same party "
                            "can stand for what this one leaves out or confirms as before (規程第31条8項・第32条3項・"
                            "5項).")
                            .arg(earlier->name)
                            .arg(theirs)};
    // 規程第31条8項・第32条5項: only what the earlier record itself holds may be left out.
    for (const QString& key : omitted)
        if (isEmptyFieldValue(earlier->values.value(key)))
            issues << Issue{omittedKey, QCoreApplication::translate(
                                            "daicho::TransferRules",
                                            "The earlier record %1 does not hold “%2”, so it cannot be left out. "
                                            "Fill it in here.")
                                            .arg(earlier->name)
                                            .arg(labelOf(form, key))};
}

// A correction keeps what later records left out as identical to this one: they point here
// for it (規程第31条8項・第32条5項 — "記録されている事項" of a kept record).
void checkReliedOn(const FormDefinition& form, const FieldValues& values, const RuleContext& context,
                   QList<Issue>& issues)
{
    const QString& omittedKey = form.transferFields.omittedItems;
    if (omittedKey.isEmpty() || !context.entryId || !context.recordsRelyingOn)
        return;
    QStringList kept;
    for (const FieldValues& later : context.recordsRelyingOn(*context.entryId))
        for (const QString& key : later.value(omittedKey).toStringList())
            if (isEmptyFieldValue(values.value(key)) && !kept.contains(key))
                kept << key;
    for (const QString& key : kept)
        issues << Issue{key, QCoreApplication::translate("daicho::TransferRules",
                                                         "A later record leaves “%1” out as identical to this one, "
                                                         "so it must stay here. Keep it, or correct that record "
                                                         "first.")
                                 .arg(labelOf(form, key))};
}

void checkSensitiveBasis(const FormDefinition& form, const FieldValues& values, const RuleContext& context,
                         QList<Issue>& issues)
{
    const QString& key = form.transferFields.sensitiveBasis;
    const FieldDefinition* reg = form.firstOfType(FieldType::RegisterEntry);
    if (key.isEmpty() || !reg || !context.registerEntry || isEmptyFieldValue(values.value(reg->key))
        || !isEmptyFieldValue(values.value(key)))
        return;
    const auto chosen = context.registerEntry(values.value(reg->key).toLongLong());
    if (chosen && chosen->sensitive)
        issues << Issue{key, QCoreApplication::translate(
                                 "daicho::TransferRules",
                                 "The chosen database holds sensitive personal information (要配慮個人情報). "
                                 "Acquiring it needs the individual's consent unless an exception applies "
                                 "(規程第27条2項（法20条2項）): choose “%1”.")
                                 .arg(labelOf(form, key))};
}

} // namespace

void checkTransferRules(const FormDefinition& form, const FieldValues& values, const RuleContext& context,
                        QList<Issue>& issues)
{
    if (!form.transfer)
        return;
    checkOmissions(form, values, context, issues);
    checkReliedOn(form, values, context, issues);
    checkSensitiveBasis(form, values, context, issues);
}

} // namespace daicho
