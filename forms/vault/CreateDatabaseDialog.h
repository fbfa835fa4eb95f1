#pragma once

#include "auth/Session.h"
#include "common/Clock.h"
#include "store/VaultPaths.h"

#include <QDialog>

#include <memory>

class QLineEdit;

namespace daicho {

class MessageBanner;
class NewPasswordFields;

// 新しいデータベースを作成: the file, the organisation's name and the chief who manages
// users. On success the chief is signed in and the recovery key has been shown once.
class CreateDatabaseDialog : public QDialog
{
    Q_OBJECT

public:
    CreateDatabaseDialog(const Clock& clock, QWidget* parent = nullptr);
    ~CreateDatabaseDialog() override;

    void setDatabasePath(const QString& path);
    VaultPaths paths() const;
    std::unique_ptr<Session> takeSession();

    void accept() override;

private:
    void chooseFile();

    const Clock& m_clock;
    QLineEdit* m_path;
    QLineEdit* m_organisation;
    QLineEdit* m_chiefLogin;
    QLineEdit* m_chiefName;
    NewPasswordFields* m_password = nullptr;
    MessageBanner* m_message;
    std::unique_ptr<Session> m_session;
};

} // namespace daicho
