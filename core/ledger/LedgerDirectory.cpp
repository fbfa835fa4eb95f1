#include "ledger/LedgerDirectory.h"

#include "auth/Organisation.h"
#include "auth/internal/UserQueries.h"
#include "ledger/EntryCodec.h"
#include "ledger/LedgerAccess.h"
#include "ledger/monitoring/Checklist.h"

#include <QCoreApplication>
#include <QLocale>

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
        d.addDepartment(dep.id, Organisation::fullName(departments.value(), dep.id));
    auto registers = LedgerReader::registerChoices(session);
    if (!registers)
        return registers.error();
    d.m_registers = registers.value();
    return d;
}

void LedgerDirectory::addPerson(std::int64_t id, const QString& name, bool active)
{
    m_people.insert(id, name);
    if (active)
        m_activePeople.append({id, name});
}

void LedgerDirectory::addDepartment(std::int64_t id, const QString& name)
{
    m_departments.insert(id, name);
    m_departmentList.append({id, name});
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
