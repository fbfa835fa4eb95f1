#include "DemoAccounts.h"

#include "auth/SignIn.h"

using namespace Qt::StringLiterals;

namespace daicho {

// Names and titles are data, shown verbatim in any UI language. Passwords: at least 13
// characters and none contains its sign-in ID (PasswordPolicy).
QString demoOrganisationName()
{
    return u"公益財団法人青森県総合健診センター"_s;
}

QList<DemoAccount> demoAccounts()
{
    return {
        {u"chief"_s, u"総務部長"_s, Role::Chief, u"総務部"_s, u"demo-soumu-bucho-2026"_s},
        {u"acting"_s, u"総務課長"_s, Role::ActingChief, u"総務部 総務課"_s, u"demo-soumu-kacho-2026"_s},
        {u"head"_s, u"事業部長"_s, Role::DepartmentHead, u"事業部"_s, u"demo-jigyo-bucho-2026"_s},
        {u"staff"_s, u"健診管理課 担当者"_s, Role::Staff, u"事業部 健診管理課"_s, u"demo-kenshin-kanri-2026"_s},
        {u"auditor"_s, u"事務局次長"_s, Role::Auditor, QString(), u"demo-jimukyoku-jicho-2026"_s},
    };
}

QString demoInitialPassword()
{
    return u"demo-initial-password-2026"_s;
}

Result<std::unique_ptr<Session>> signInAsDemo(const VaultPaths& paths, const Clock& clock, const QString& login)
{
    for (const DemoAccount& account : demoAccounts())
        if (account.login == login)
            return SignIn::signIn(paths, login, account.password, clock);
    return makeError(ErrorCode::Internal, QStringLiteral("no demo account ") + login);
}

} // namespace daicho
