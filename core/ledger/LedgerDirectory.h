#pragma once

#include "auth/Session.h"
#include "common/JapaneseCalendar.h"
#include "ledger/FormDefinition.h"
#include "ledger/Labels.h"
#include "ledger/LedgerReader.h"

#include <QHash>
#include <QMap>
#include <QVariant>

namespace daicho {

// The names behind the ids an entry holds (people, departments, register entries), loaded
// once for a list, a print or an export instead of once per cell.
// An entry another entry may refer to (the earlier record of a provision or receipt), as
// people name it: 「様式6-1 No.5」.
struct EntryReference {
    EntryId id = 0;
    QString formId;
    std::int64_t number = 0;
    QDate date;
    QString text; // 「様式6-1 No.5」
};

class LedgerDirectory
{
public:
    static Result<LedgerDirectory> load(const Session& session);

    QString personName(std::int64_t id) const;
    QString departmentName(std::int64_t id) const; // "事業部 健診管理課"
    QString registerName(EntryId id) const;
    const QList<RegisterChoice>& registers() const { return m_registers; }
    // The records of provision and receipt the person may read, by id: what an earlier-record
    // item offers and how it is shown.
    const QList<EntryReference>& entryReferences() const { return m_references; }
    QString entryReferenceText(EntryId id) const; // 「様式6-1 No.5」; 「ID 5」 when not found
    // The id named by 「様式6-1 No.5」 (also 「6-1 No.5」, 「6-1-5」, full-width); nullopt if none.
    std::optional<EntryId> entryReferenceByText(const QString& text) const;
    // For pickers: active people and every department, in display order.
    const QList<std::pair<std::int64_t, QString>>& activePeople() const { return m_activePeople; }
    // Every department and section, retired ones too (filters, history); and those in use,
    // which are offered for new entries (issue 11 §15).
    const QList<std::pair<std::int64_t, QString>>& departmentList() const { return m_departmentList; }
    const QList<std::pair<std::int64_t, QString>>& departmentsInUse() const { return m_departmentsInUse; }
    bool isDepartmentInUse(std::int64_t id) const;

    // The session's today in Japan (from its Clock), for pickers that start on today.
    QDate today() const { return m_today; }
    void setToday(QDate today) { m_today = today; }

    bool hasDepartment(std::int64_t id) const { return m_departments.contains(id); }
    bool isActivePerson(std::int64_t id) const;
    // What the validator needs, answered from this directory instead of one query per value.
    ValidationContext validationContext() const;

    // For tests and tools that have no session.
    void addPerson(std::int64_t id, const QString& name, bool active = true);
    void addDepartment(std::int64_t id, const QString& name, bool inUse = true);
    void addRegister(const RegisterChoice& choice) { m_registers << choice; }
    void addEntryReference(EntryId id, const QString& formId, std::int64_t number, QDate date);

private:
    QMap<std::int64_t, QString> m_people;
    QMap<std::int64_t, QString> m_departments;
    QList<std::pair<std::int64_t, QString>> m_activePeople;
    QList<std::pair<std::int64_t, QString>> m_departmentsInUse;
    QList<std::pair<std::int64_t, QString>> m_departmentList;
    QList<RegisterChoice> m_registers;
    QList<EntryReference> m_references;
    QHash<EntryId, qsizetype> m_referenceById; // a list cell names its record without a scan
    QDate m_today;
};

// How a date is written.
enum class DateStyle {
    Wareki, // 令和8年4月1日 — screens and print
    WarekiWithSeireki, // 令和8年4月1日（2026年）
    Seireki, // 2026/04/01 — CSV, which Excel reads as a date
};

// One value as people read it: dates in the chosen style (date-times in Japan time), choice
// labels, names for ids, はい/いいえ, lists joined with `listSeparator`.
QString formatFieldValue(const FieldDefinition& field, const QVariant& value, const LedgerDirectory& directory,
                         LabelLanguage language, DateStyle dates, const QString& listSeparator = QStringLiteral("、"));

} // namespace daicho
