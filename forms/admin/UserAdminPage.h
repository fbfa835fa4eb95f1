#pragma once

#include "auth/UserEntry.h"
#include "shell/Page.h"

#include <QList>

#include <optional>

class QPushButton;
class QTableWidget;

namespace daicho {

class MessageBanner;

// ユーザー管理 (第7条2項⑤): the people who may sign in, their role and department; the
// chief adds, edits, resets, unlocks and removes them. After a removal the database key
// rotation is offered, so the removed person's old copy of the key stops mattering.
class UserAdminPage : public Page
{
    Q_OBJECT

public:
    explicit UserAdminPage(SessionHolder& holder, QWidget* parent = nullptr);
    ~UserAdminPage() override;

    QString title() const override;
    QTableWidget* table() const { return m_table; }

    // The actions, public so that keyboard shortcuts and tests reach them directly.
    void addUser();
    void editUser();
    void resetPassword();
    void unlockUser();
    void removeUser();

protected:
    void reload() override;
    void clearViews() override;

private:
    std::optional<UserEntry> selectedUser() const;
    void selectUser(UserId id);
    void updateButtons();

    QTableWidget* m_table;
    MessageBanner* m_message;
    QPushButton* m_add;
    QPushButton* m_edit;
    QPushButton* m_reset;
    QPushButton* m_unlock;
    QPushButton* m_remove;
    QList<UserEntry> m_users;
    QList<DepartmentEntry> m_departments;
};

} // namespace daicho
