#pragma once

#include "auth/Session.h"
#include "common/Clock.h"
#include "store/VaultPaths.h"

#include <QDialog>

#include <memory>

namespace daicho {

// Shown when the application starts without a database path: open an existing database
// (the last one is offered first) or create a new one.
class WelcomeDialog : public QDialog
{
    Q_OBJECT

public:
    WelcomeDialog(const Clock& clock, QWidget* parent = nullptr);
    ~WelcomeDialog() override;

    // After Accepted: the database to sign in to, and, when it was just created, the
    // chief's session.
    const VaultPaths& paths() const { return m_paths; }
    std::unique_ptr<Session> takeCreatedSession();

private:
    void openExisting(const QString& path);
    void chooseExisting();
    void createNew();

    const Clock& m_clock;
    VaultPaths m_paths;
    std::unique_ptr<Session> m_created;
};

} // namespace daicho
