#include "ledger/FormRegistry.h"

#include <QSet>

#include <algorithm>

namespace daicho {

const FieldDefinition* FormDefinition::field(const QString& key) const
{
    for (const FieldDefinition& f : fields)
        if (f.key == key)
            return &f;
    return nullptr;
}

const FieldDefinition* FormDefinition::firstOfType(FieldType type) const
{
    for (const FieldDefinition& f : fields)
        if (f.type == type)
            return &f;
    return nullptr;
}

namespace {

// Unless a definition says otherwise, whoever writes or approves a form reads it, and so
// does the auditor (第15条).
FormDefinition withDefaultReaders(FormDefinition form)
{
    if (!form.readers.isEmpty())
        return form;
    for (const QList<Role>& roles : {form.writers, form.approvers, QList<Role>{Role::Auditor}})
        for (Role role : roles)
            if (!form.readers.contains(role))
                form.readers << role;
    return form;
}

const QList<FormDefinition>& applicationForms()
{
    static const QList<FormDefinition> forms = [] {
        QList<FormDefinition> list;
        for (FormDefinition form :
             {form1OperationsLog(), form2CarryOutLog(), form3ManagementRegister(), form4MonitoringSheet(),
              form5EntryExitLog(), form6_1ProvisionOptOut(), form6_2ProvisionConsent(), form6_3RelatedInfoProvision(),
              form7_1ReceiptOptOut(), form7_2ReceiptConsent(), form7_3ReceiptNonBusiness()})
            list << withDefaultReaders(std::move(form));
        return list;
    }();
    return forms;
}

// The definitions in use: the application's, or a test's replacement.
const QList<FormDefinition>*& activeForms()
{
    static const QList<FormDefinition>* active = nullptr;
    return active;
}

// The fields a trait names exist and have the type the code reading them expects.
// The items of a record of provision or receipt the rules read (TransferFields): each names
// an item of the right kind; what may be left out as "identical to an earlier record" is an
// omissible item; a refusal is given in both languages for a yes that must be given.
Status checkTransferTraits(const FormDefinition& form)
{
    auto bad = [&](const QString& what) {
        return makeError(ErrorCode::Internal, QStringLiteral("Form definition %1: %2").arg(form.id, what));
    };
    auto ofType = [&](const QString& key, FieldType type) {
        const FieldDefinition* f = form.field(key);
        return f && f->type == type;
    };
    for (const FieldDefinition& f : form.fields)
        if (f.refusalJa.isEmpty() != f.refusalEn.isEmpty() || (!f.refusalJa.isEmpty() && !f.mustBeYes))
            return bad(
                QStringLiteral("field %1: a refusal is for a yes that must be given, in both languages").arg(f.key));
    const TransferFields& t = form.transferFields;
    if (!form.transfer)
        return (t.omittedItems.isEmpty() && t.earlierRecord.isEmpty() && t.sensitiveBasis.isEmpty()
                && t.partyName.isEmpty())
                       && t.confirmationMethods.isEmpty()
                   ? Status{}
                   : bad(QStringLiteral("transfer items on a form that keeps no transfer"));
    if (!t.omittedItems.isEmpty()) {
        if (!ofType(t.omittedItems, FieldType::MultiChoice) || !ofType(t.earlierRecord, FieldType::Integer))
            return bad(QStringLiteral("the omitted items must be a multiple choice and the earlier record a number"));
        for (const ChoiceOption& o : form.field(t.omittedItems)->choices)
            if (!form.field(o.key) || !form.field(o.key)->omissible)
                return bad(QStringLiteral("%1 may be left out but is no omissible item").arg(o.key));
    }
    for (const QString& key : t.confirmationMethods)
        if (!ofType(key, FieldType::Choice) || !ofType(t.earlierRecord, FieldType::Integer))
            return bad(QStringLiteral("confirmation method %1 must be a choice, with an earlier record").arg(key));
    if (!t.partyName.isEmpty() && !ofType(t.partyName, FieldType::Text))
        return bad(QStringLiteral("the other party's name must be a text"));
    if (!t.sensitiveBasis.isEmpty() && !ofType(t.sensitiveBasis, FieldType::Choice))
        return bad(QStringLiteral("the basis of a sensitive acquisition must be a choice"));
    return {};
}

Status checkTraits(const FormDefinition& form)
{
    DAICHO_TRY(checkTransferTraits(form));
    auto bad = [&](const QString& what) {
        return makeError(ErrorCode::Internal, QStringLiteral("Form definition %1: %2").arg(form.id, what));
    };
    auto hasField = [&](const QString& key, std::initializer_list<FieldType> types) {
        const FieldDefinition* f = form.field(key);
        return f && std::find(types.begin(), types.end(), f->type) != types.end();
    };
    for (const FieldDefinition& f : form.fields) {
        if (f.namesWriter && f.type != FieldType::Person)
            return bad(QStringLiteral("field %1 names the writer but is not a person").arg(f.key));
        if (f.fiscalYear && f.type != FieldType::Integer)
            return bad(QStringLiteral("field %1 is a fiscal year but not an integer").arg(f.key));
        if (f.notBefore.isEmpty())
            continue;
        const FieldDefinition* earlier = form.field(f.notBefore);
        const bool dates = earlier && earlier->type == FieldType::Date && f.type == FieldType::Date;
        const bool times = earlier && earlier->type == FieldType::DateTime && f.type == FieldType::DateTime;
        if (!dates && !times)
            return bad(
                QStringLiteral("field %1 must not precede a field that is missing or of another type").arg(f.key));
    }
    if (const auto& r = form.registerFields;
        r
        && (!hasField(r->name, {FieldType::Text}) || !hasField(r->purposes, {FieldType::TextList})
            || !hasField(r->sensitive, {FieldType::Boolean})
            || !hasField(r->purposeChangeConsent, {FieldType::Boolean})))
        return bad(QStringLiteral("the register's name, purposes, sensitive and consent fields"));
    if (const auto& p = form.presence;
        p
        && (!hasField(p->name, {FieldType::Text}) || !hasField(p->timeIn, {FieldType::DateTime})
            || !hasField(p->timeOut, {FieldType::DateTime}) || !hasField(p->escort, {FieldType::Person})))
        return bad(QStringLiteral("the entry/exit log's name, time in, time out and escort fields"));
    if (const auto& m = form.monitoring; m
                                         && (!hasField(m->fiscalYear, {FieldType::Integer})
                                             || !hasField(m->requests, {FieldType::LongText, FieldType::Text})
                                             || !form.firstOfType(FieldType::Checklist)))
        return bad(QStringLiteral("the monitoring sheet's year, requests and checklist fields"));
    return {};
}

} // namespace

const QList<FormDefinition>& FormRegistry::all()
{
    const QList<FormDefinition>* active = activeForms();
    return active ? *active : applicationForms();
}

FormRegistry::Replacement::Replacement(QList<FormDefinition> forms)
    : m_previous(activeForms())
{
    for (FormDefinition& form : forms)
        m_forms << withDefaultReaders(std::move(form));
    activeForms() = &m_forms;
}

FormRegistry::Replacement::~Replacement()
{
    activeForms() = m_previous;
}

const FormDefinition* FormRegistry::find(const QString& id)
{
    for (const FormDefinition& form : all())
        if (form.id == id)
            return &form;
    return nullptr;
}

const FormDefinition* FormRegistry::managementRegister()
{
    for (const FormDefinition& form : all())
        if (form.registerFields)
            return &form;
    return nullptr;
}

const FormDefinition* FormRegistry::monitoringSheet()
{
    for (const FormDefinition& form : all())
        if (form.monitoring)
            return &form;
    return nullptr;
}

const FormDefinition* FormRegistry::transferRecord(TransferRecordKind kind)
{
    for (const FormDefinition& form : all())
        if (form.transfer == kind)
            return &form;
    return nullptr;
}

Status FormRegistry::check(const FormDefinition& form)
{
    // Messages for developers: a broken definition is a bug, never a user's input.
    auto bad = [&](const QString& what) {
        return makeError(ErrorCode::Internal, QStringLiteral("Form definition %1: %2").arg(form.id, what));
    };
    if (form.id.isEmpty() || form.number.isEmpty() || form.title.isEmpty())
        return bad(QStringLiteral("id, number and title are required"));
    if (form.writers.isEmpty())
        return bad(QStringLiteral("nobody may write it"));
    if (form.approval != ApprovalKind::None && form.approvers.isEmpty())
        return bad(QStringLiteral("it needs approval but names no approver"));
    QSet<QString> keys;
    for (const FieldDefinition& f : form.fields) {
        if (f.key.isEmpty() || f.labelJa.isEmpty() || f.labelEn.isEmpty())
            return bad(QStringLiteral("a field lacks its key or labels"));
        if (keys.contains(f.key))
            return bad(QStringLiteral("field %1 appears twice").arg(f.key));
        keys.insert(f.key);
        const bool hasChoices = f.type == FieldType::Choice || f.type == FieldType::MultiChoice;
        if (hasChoices != !f.choices.isEmpty())
            return bad(QStringLiteral("field %1: choices only and always for choice fields").arg(f.key));
        QSet<QString> optionKeys;
        for (const ChoiceOption& o : f.choices) {
            if (o.onlyWhen && !form.field(o.onlyWhen->field))
                return bad(QStringLiteral("field %1: option %2 depends on a missing field").arg(f.key, o.key));
            if (o.key.isEmpty() || o.labelJa.isEmpty() || optionKeys.contains(o.key))
                return bad(QStringLiteral("field %1: an option lacks a key or label, or repeats").arg(f.key));
            optionKeys.insert(o.key);
        }
    }
    for (const FieldDefinition& f : form.fields) {
        if (!f.onlyWhen)
            continue;
        const FieldDefinition* on = form.field(f.onlyWhen->field);
        if (!on || on == &f)
            return bad(QStringLiteral("field %1 depends on a missing field").arg(f.key));
        for (const QString& value : f.onlyWhen->values) {
            const bool known = on->type == FieldType::Boolean
                                   ? (value == QLatin1String("true") || value == QLatin1String("false"))
                                   : std::any_of(on->choices.begin(), on->choices.end(),
                                                 [&](const ChoiceOption& o) { return o.key == value; });
            if (!known)
                return bad(QStringLiteral("field %1 depends on an unknown value %2").arg(f.key, value));
        }
    }
    if (!form.completionField.isEmpty()) {
        const FieldDefinition* done = form.field(form.completionField);
        if (!done || done->type != FieldType::Boolean || form.approval == ApprovalKind::None)
            return bad(QStringLiteral("the completion field must be a yes/no item of a form that is reviewed"));
    }
    DAICHO_TRY(checkTraits(form));
    const FieldDefinition* date = form.field(form.dateField);
    if (!date || (date->type != FieldType::Date && date->type != FieldType::DateTime) || !date->required)
        return bad(QStringLiteral("the date field must be a required date"));
    return {};
}

} // namespace daicho
