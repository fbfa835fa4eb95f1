#include "auth/Role.h"

#include "common/EnumNames.h"

namespace daicho {

namespace {

struct RoleName {
    Role value;
    const char* key;
    const char* name;
};

constexpr RoleName kRoles[] = {
    {Role::Chief, "chief", QT_TRANSLATE_NOOP("daicho::Role", "Chief officer")},
    {Role::ActingChief, "acting_chief", QT_TRANSLATE_NOOP("daicho::Role", "Acting chief officer")},
    {Role::DepartmentHead, "head", QT_TRANSLATE_NOOP("daicho::Role", "Department head")},
    {Role::Staff, "staff", QT_TRANSLATE_NOOP("daicho::Role", "Staff")},
    {Role::Auditor, "auditor", QT_TRANSLATE_NOOP("daicho::Role", "Auditor")},
};

} // namespace

using namespace enumNames;

QList<Role> allRoles()
{
    return valuesOf(kRoles);
}

QString roleKey(Role role)
{
    return keyOf(kRoles, role);
}

std::optional<Role> roleFromKey(const QString& key)
{
    return valueOfKey(kRoles, key);
}

QString roleDisplayName(Role role)
{
    return displayNameOf(kRoles, role, "daicho::Role");
}

bool isRegistrar(Role role)
{
    return role == Role::Chief || role == Role::ActingChief;
}

} // namespace daicho
