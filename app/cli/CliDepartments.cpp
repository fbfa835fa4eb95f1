#include "CliDepartments.h"

#include "auth/Organisation.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace daicho {

namespace {

// Spaces of any width collapse to one ASCII space, so "事業部　健診管理課" typed with a
// Japanese IME matches "事業部 健診管理課".
QString simplified(const QString& text)
{
    static const QRegularExpression spaces(u"[\\s\\x{3000}]+"_s);
    return QString(text).replace(spaces, u" "_s).trimmed();
}

} // namespace

Result<DepartmentId> findDepartment(const QList<DepartmentEntry>& all, const QString& spec)
{
    const QString wanted = simplified(spec);
    bool isNumber = false;
    const qint64 number = wanted.toLongLong(&isNumber);
    QList<DepartmentId> matches;
    for (const DepartmentEntry& department : all) {
        if ((isNumber && department.id == number) || simplified(Organisation::fullName(all, department.id)) == wanted)
            return department.id;
        if (simplified(department.name) == wanted)
            matches << department.id;
    }
    if (matches.size() == 1)
        return matches.first();

    QStringList names;
    for (const DepartmentEntry& department : all)
        names << Organisation::fullName(all, department.id);
    const QString message =
        matches.isEmpty()
            ? QCoreApplication::translate("daicho::Cli", "There is no department \"%1\". Choose one of: %2.")
            : QCoreApplication::translate("daicho::Cli", "\"%1\" names more than one department. Choose one of: %2.");
    return makeError(ErrorCode::InvalidInput, message.arg(spec, names.join(u", "_s)));
}

} // namespace daicho
