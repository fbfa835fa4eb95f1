#pragma once

#include "auth/UserAdmin.h"
#include "auth/UserEntry.h"
#include "common/Result.h"

#include <QDialog>
#include <QList>

#include <functional>

class QComboBox;
class QLineEdit;

namespace daicho {

class MessageBanner;
class NewPasswordFields;

// Adds a person (ID, name, role, department, initial password) or edits one (the ID
// never changes). The page's `submit` runs the core call when OK is pressed; if core
// refuses, the dialog stays open with the reason and the input.
class UserEditorDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { Add, Edit };
    using Submit = std::function<Status(const UserEditorDialog&)>;

    UserEditorDialog(Mode mode, QList<DepartmentEntry> departments, Submit submit, QWidget* parent = nullptr);
    ~UserEditorDialog() override;

    // Edit mode: the person as stored.
    void setUser(const UserEntry& user);

    Mode mode() const { return m_mode; }
    NewUser newUser() const;
    UserEntry editedUser() const;
    QString initialPassword() const;

    void accept() override;

private:
    Mode m_mode;
    QList<DepartmentEntry> m_departments;
    Submit m_submit;
    UserEntry m_original;
    QLineEdit* m_login;
    QLineEdit* m_displayName;
    QComboBox* m_role;
    QComboBox* m_department;
    NewPasswordFields* m_password = nullptr;
    MessageBanner* m_message;
};

} // namespace daicho
