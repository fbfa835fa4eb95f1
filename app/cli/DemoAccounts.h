#pragma once

#include "auth/Role.h"
#include "auth/Session.h"
#include "common/Clock.h"
#include "common/Result.h"
#include "store/VaultPaths.h"

#include <QList>
#include <QString>

#include <memory>

namespace daicho {

// The demo database: the centre itself, one person per role. The passwords are public
// (docs/cli.md, README): the demo is for trying only, never for real personal data.
struct DemoAccount {
    QString login;
    QString displayName;
    Role role = Role::Staff;
    QString department; // full name as Organisation::fullName prints it, or empty
    QString password;
};

QString demoOrganisationName();
// The chief first: the others are added by the chief.
QList<DemoAccount> demoAccounts();
// The password each added person is given first and changes at once, so that nobody
// meets the "change your initial password" screen while trying the demo.
QString demoInitialPassword();

// Signs in as the demo account `login` with its documented password.
Result<std::unique_ptr<Session>> signInAsDemo(const VaultPaths& paths, const Clock& clock, const QString& login);

} // namespace daicho
