#include "auth/Role.h"

#include <QCoreApplication>

namespace daicho {

QList<Role> allRoles()
{
    return {Role::Chief, Role::ActingChief, Role::DepartmentHead, Role::Staff, Role::Auditor};
}

QString roleKey(Role role)
{
    switch (role) {
    case Role::Chief:
        return QStringLiteral("chief");
    case Role::ActingChief:
        return QStringLiteral("acting_chief");
    case Role::DepartmentHead:
        return QStringLiteral("head");
    case Role::Staff:
        return QStringLiteral("staff");
    case Role::Auditor:
        return QStringLiteral("auditor");
    }
    return {};
}

std::optional<Role> roleFromKey(const QString& key)
{
    for (Role role : allRoles())
        if (roleKey(role) == key)
            return role;
    return std::nullopt;
}

QString roleDisplayName(Role role)
{
    switch (role) {
    case Role::Chief:
        return QCoreApplication::translate("daicho::Role", "Chief officer");
    case Role::ActingChief:
        return QCoreApplication::translate("daicho::Role", "Acting chief officer");
    case Role::DepartmentHead:
        return QCoreApplication::translate("daicho::Role", "Department head");
    case Role::Staff:
        return QCoreApplication::translate("daicho::Role", "Staff");
    case Role::Auditor:
        return QCoreApplication::translate("daicho::Role", "Auditor");
    }
    return {};
}

bool isRegistrar(Role role)
{
    return role == Role::Chief || role == Role::ActingChief;
}

} // namespace daicho
