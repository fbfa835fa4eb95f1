#include "cases/CaseAccess.h"

#include "cases/CaseKinds.h"

#include <QCoreApplication>

#include <algorithm>

namespace daicho {

namespace {

bool isChief(const CaseStanding& person)
{
    return person.role == Role::Chief || person.role == Role::ActingChief;
}

bool belongsTo(const CaseStanding& person, const std::optional<std::int64_t>& department,
               const DepartmentWithin& within)
{
    // The auditor answers for no department's data (第15条): never the desk or a section.
    if (!department || !person.departmentId || person.role == Role::Auditor)
        return false;
    return within(*person.departmentId, *department);
}

bool heads(const CaseStanding& person, const std::optional<std::int64_t>& section, const DepartmentWithin& within)
{
    // The head of the section or of the department above it (第7条3項).
    return person.role == Role::DepartmentHead && section && person.departmentId
           && within(*section, *person.departmentId);
}

} // namespace

bool actsAs(const QList<CaseActor>& actors, const CaseStanding& person, const CaseParties& parties,
            const DepartmentWithin& within)
{
    for (CaseActor actor : actors) {
        switch (actor) {
        case CaseActor::Chief:
            if (isChief(person))
                return true;
            break;
        case CaseActor::Desk:
            if (belongsTo(person, parties.desk, within))
                return true;
            break;
        case CaseActor::Section:
            if (belongsTo(person, parties.section, within) || heads(person, parties.section, within))
                return true;
            break;
        case CaseActor::SectionHead:
            if (heads(person, parties.section, within))
                return true;
            break;
        }
    }
    return false;
}

bool mayReadCase(const CaseKind& kind, const CaseStanding& person, const CaseParties& parties,
                 const DepartmentWithin& within)
{
    if (person.role && kind.alsoReaders.contains(*person.role))
        return true;
    return actsAs({CaseActor::Chief, CaseActor::Desk, CaseActor::Section}, person, parties, within);
}

bool readsEveryCase(const CaseStanding& person)
{
    if (isChief(person))
        return true;
    const QList<CaseKind>& kinds = CaseKinds::all();
    return person.role && std::all_of(kinds.begin(), kinds.end(), [&](const CaseKind& kind) {
               return kind.alsoReaders.contains(*person.role);
           });
}

QString actorsDisplayText(const QList<CaseActor>& actors)
{
    QStringList names;
    for (CaseActor actor : actors) {
        switch (actor) {
        case CaseActor::Desk:
            names << QCoreApplication::translate("daicho::CaseAccess", "the desk (相談窓口)");
            break;
        case CaseActor::Section:
            names << QCoreApplication::translate("daicho::CaseAccess", "the handling section");
            break;
        case CaseActor::SectionHead:
            names << QCoreApplication::translate("daicho::CaseAccess", "the head of the handling section");
            break;
        case CaseActor::Chief:
            names << QCoreApplication::translate("daicho::CaseAccess", "the chief officer or the acting chief");
            break;
        }
    }
    return names.join(QCoreApplication::translate("daicho::CaseAccess", ", "));
}

} // namespace daicho
