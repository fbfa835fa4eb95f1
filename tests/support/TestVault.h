#pragma once

#include "auth/Session.h"
#include "store/VaultPaths.h"
#include "support/FakeClock.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace daicho::test {

// A fresh database in a temporary folder, created with cheap KDF settings, with the chief
// signed in. One user per role can be added with addPeople().
class TestVault
{
public:
    static inline const QString kChiefLogin = QStringLiteral("chief");
    static inline const QString kChiefPassword = QStringLiteral("kanri-password-123");
    static inline const QString kPassword = QStringLiteral("correct-horse-battery"); // for added people

    TestVault();
    ~TestVault();

    const VaultPaths& paths() const { return m_paths; }
    QString folder() const { return m_dir.path(); }
    FakeClock& clock() { return m_clock; }
    Session& chief() { return *m_chief; }
    const QString& recoveryKey() const { return m_recoveryKey; }

    // Adds acting chief, head (事業部), staff (健診管理課) and auditor; each has changed the
    // initial password to kPassword. Logins: acting, head, staff, auditor.
    void addPeople();
    // Adds one more person in the department called `departmentName` (none: no department),
    // who has changed the initial password to kPassword.
    void addPerson(const QString& login, const QString& name, Role role, const QString& departmentName = {});
    // Signs a person in with kPassword (or the chief's password for "chief").
    std::unique_ptr<Session> signIn(const QString& login);
    // Closes the chief's session (files stay).
    void closeChief() { m_chief.reset(); }
    void reopenChief() { m_chief = signIn(kChiefLogin); }

private:
    QTemporaryDir m_dir;
    VaultPaths m_paths;
    FakeClock m_clock;
    std::unique_ptr<Session> m_chief;
    QString m_recoveryKey;
};

} // namespace daicho::test
