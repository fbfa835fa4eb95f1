#include "ledger/LedgerDirectory.h"

#include "auth/Organisation.h"
#include "auth/internal/UserQueries.h"
#include "common/IsoText.h"
#include "ledger/EntryCodec.h"
#include "ledger/FormRegistry.h"
#include "ledger/LedgerAccess.h"
#include "ledger/monitoring/Checklist.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

namespace daicho {

Result<LedgerDirectory> LedgerDirectory::load(const Session& session)
{
    DAICHO_TRY(requirePermission(session, Operation::ReadLedgers));
    LedgerDirectory d;
    d.setToday(japanDate(session.clock().nowUtc()));
    auto users = UserQueries::all(session.db(), true);
    if (!users)
        return users.error();
    for (const UserEntry& u : users.value())
        d.addPerson(u.id, u.displayName, u.active);
    auto departments = Organisation::departments(session);
    if (!departments)
        return departments.error();
    for (const DepartmentEntry& dep : departments.value())
        d.addDepartment(dep.id, Organisation::fullName(departments.value(), dep.id), !dep.retired());
    auto registers = LedgerReader::registerChoices(session);
    if (!registers)
        return registers.error();
    d.m_registers = registers.value();
    // The records an earlier-record item may name: those of the forms that have one and that
    // this person may read (a few per provision; read once per list or editor).
    for (const FormDefinition& form : FormRegistry::all()) {
        if (!form.transfer || form.transferFields.earlierRecord.isEmpty() || !LedgerAccess::requireRead(session, form))
            continue;
        auto rows = session.db().prepare(
            QStringLiteral("SELECT id, entry_date FROM ledger_entries WHERE form = ? ORDER BY id"), form.id);
        if (!rows)
            return rows.error();
        // Numbered as the verifier derives it (the n-th of the form by id), never as the stored
        // column says: a number changed with SQL for a moment must not choose what 「様式6-1
        // No.5」 names in an import or the editor, with no trace once it is put back.
        std::int64_t number = 0;
        DAICHO_TRY(rows->forEach([&](const Statement& row) {
            d.addEntryReference(row.integer(0), form.id, ++number, dateFromIso(row.text(1)));
        }));
    }
    return d;
}

void LedgerDirectory::addEntryReference(EntryId id, const QString& formId, std::int64_t number, QDate date)
{
    const FormDefinition* form = FormRegistry::find(formId);
    const QString name = form ? form->number : formId;
    m_referenceById.insert(id, m_references.size());
    m_references << EntryReference{id, formId, number, date, name + QStringLiteral(" No.") + QString::number(number)};
}

QString LedgerDirectory::entryReferenceText(EntryId id) const
{
    const auto found = m_referenceById.constFind(id);
    return found != m_referenceById.constEnd() ? m_references.at(found.value()).text : QStringLiteral("ID %1").arg(id);
}

std::optional<EntryId> LedgerDirectory::entryReferenceByText(const QString& text) const
{
    // 「様式6-1 No.5」, 「6-1 No.5」, 「６－１　Ｎｏ．５」, 「6-1-5」: width and spaces do not matter.
    QString plain = text.normalized(QString::NormalizationForm_KC).simplified().remove(QLatin1Char(' '));
    plain.replace(QChar(0x2212), QLatin1Char('-')).replace(QChar(0x30FC), QLatin1Char('-'));
    static const QRegularExpression pattern(QStringLiteral("^(?:様式)?(\\d+(?:-\\d+)?)(?:No\\.?|-|#)(\\d+)$"),
                                            QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(plain);
    if (!match.hasMatch())
        return std::nullopt;
    const QString formNumber = QStringLiteral("様式") + match.captured(1);
    const std::int64_t number = match.captured(2).toLongLong();
    for (const EntryReference& r : m_references) {
        const FormDefinition* form = FormRegistry::find(r.formId);
        if (form && form->number == formNumber && r.number == number)
            return r.id;
    }
    return std::nullopt;
}

void LedgerDirectory::addPerson(std::int64_t id, const QString& name, bool active)
{
    m_people.insert(id, name);
    if (active)
        m_activePeople.append({id, name});
}

void LedgerDirectory::addDepartment(std::int64_t id, const QString& name, bool inUse)
{
    m_departments.insert(id, name);
    m_departmentList.append({id, name});
    if (inUse)
        m_departmentsInUse.append({id, name});
}

bool LedgerDirectory::isDepartmentInUse(std::int64_t id) const
{
    for (const auto& [departmentId, name] : m_departmentsInUse)
        if (departmentId == id)
            return true;
    return false;
}

bool LedgerDirectory::isActivePerson(std::int64_t id) const
{
    for (const auto& [personId, name] : m_activePeople)
        if (personId == id)
            return true;
    return false;
}

ValidationContext LedgerDirectory::validationContext() const
{
    ValidationContext context;
    context.registerPurposes = [this](qint64 id) -> std::optional<QStringList> {
        for (const RegisterChoice& r : m_registers)
            if (r.id == id)
                return r.purposes;
        return std::nullopt;
    };
    context.departmentExists = [this](qint64 id) { return hasDepartment(id); };
    context.personExists = [this](qint64 id) { return isActivePerson(id); };
    return context;
}

QString LedgerDirectory::personName(std::int64_t id) const
{
    return m_people.value(id, QStringLiteral("#%1").arg(id));
}

QString LedgerDirectory::departmentName(std::int64_t id) const
{
    return m_departments.value(id, QStringLiteral("#%1").arg(id));
}

QString LedgerDirectory::registerName(EntryId id) const
{
    for (const RegisterChoice& r : m_registers)
        if (r.id == id)
            return r.name;
    return QStringLiteral("#%1").arg(id);
}

namespace {

QString formatDate(const QDate& date, DateStyle style)
{
    switch (style) {
    case DateStyle::Wareki:
        return formatWareki(date);
    case DateStyle::WarekiWithSeireki:
        return formatWareki(date, SeirekiInBrackets::Yes);
    case DateStyle::Seireki:
        break;
    }
    return date.toString(QStringLiteral("yyyy/MM/dd"));
}

} // namespace

QString formatFieldValue(const FieldDefinition& field, const QVariant& value, const LedgerDirectory& directory,
                         LabelLanguage language, DateStyle dates, const QString& listSeparator)
{
    if (isEmptyFieldValue(value))
        return {};
    switch (field.type) {
    case FieldType::Date:
        return formatDate(value.toDate(), dates);
    case FieldType::DateTime: {
        const QDateTime japan = toJapanTime(value.toDateTime());
        return formatDate(japan.date(), dates) + QLatin1Char(' ') + japan.time().toString(QStringLiteral("HH:mm"));
    }
    case FieldType::Integer:
        if (field.entryReference)
            return directory.entryReferenceText(value.toLongLong());
        if (field.fiscalYear && dates != DateStyle::Seireki) {
            const int year = static_cast<int>(value.toLongLong());
            return dates == DateStyle::WarekiWithSeireki
                       ? formatFiscalYear(year) + QStringLiteral("（%1年度）").arg(year)
                       : formatFiscalYear(year);
        }
        return QString::number(value.toLongLong());
    case FieldType::Boolean:
        if (language == LabelLanguage::Japanese)
            return value.toBool() ? QStringLiteral("はい") : QStringLiteral("いいえ");
        return value.toBool() ? QStringLiteral("Yes") : QStringLiteral("No");
    case FieldType::Choice:
        return choiceLabel(field, value.toString(), language);
    case FieldType::MultiChoice: {
        QStringList labels;
        for (const QString& key : value.toStringList())
            labels << choiceLabel(field, key, language);
        return labels.join(listSeparator);
    }
    case FieldType::TextList:
        return value.toStringList().join(listSeparator);
    case FieldType::RegisterEntry:
        return directory.registerName(value.toLongLong());
    case FieldType::Department:
        return directory.departmentName(value.toLongLong());
    case FieldType::Person:
        return directory.personName(value.toLongLong());
    case FieldType::Checklist: // a list or an export shows the counts; print shows the lines
        return checklistSummary(checklistFromValue(value).value_or(ChecklistLines{}));
    case FieldType::Text:
    case FieldType::LongText:
    case FieldType::Purpose:
        break;
    }
    return value.toString();
}

} // namespace daicho
