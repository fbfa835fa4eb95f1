#include "admin/UserEditorDialog.h"

#include "auth/Organisation.h"
#include "auth/PasswordPolicy.h"
#include "auth/Role.h"
#include "common/MessageBanner.h"
#include "common/NewPasswordFields.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace daicho {

UserEditorDialog::UserEditorDialog(Mode mode, QList<DepartmentEntry> departments, Submit submit, QWidget* parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_departments(std::move(departments))
    , m_submit(std::move(submit))
    , m_login(new QLineEdit(this))
    , m_displayName(new QLineEdit(this))
    , m_role(new QComboBox(this))
    , m_department(new QComboBox(this))
    , m_message(new MessageBanner(this))
{
    setObjectName(QStringLiteral("userEditorDialog"));
    setWindowTitle(mode == Mode::Add ? tr("Add a user") : tr("Edit a user"));

    m_login->setObjectName(QStringLiteral("loginEdit"));
    m_displayName->setObjectName(QStringLiteral("displayNameEdit"));
    m_role->setObjectName(QStringLiteral("roleCombo"));
    m_department->setObjectName(QStringLiteral("departmentCombo"));
    m_message->setObjectName(QStringLiteral("userEditorMessage"));
    m_login->setMaxLength(32);
    m_login->setInputMethodHints(Qt::ImhPreferLatin | Qt::ImhNoAutoUppercase);
    m_login->setReadOnly(mode == Mode::Edit);
    m_login->setToolTip(tr("Letters A–Z, digits and . _ - (up to 32). It cannot be changed later."));

    for (Role role : allRoles())
        m_role->addItem(roleDisplayName(role), roleKey(role));
    // Most people added are staff (事務取扱担当者); the chief's role is the rare choice.
    m_role->setCurrentIndex(std::max(0, m_role->findData(roleKey(Role::Staff))));
    m_department->addItem(tr("(none)"), QVariant());
    // Nobody joins a retired department; someone already in one keeps it shown (setUser).
    for (const DepartmentEntry& department : std::as_const(m_departments))
        if (!department.retired())
            m_department->addItem(Organisation::fullName(m_departments, department.id),
                                  QVariant::fromValue(department.id));

    auto* form = new QFormLayout;
    auto addRow = [&](const QString& text, QWidget* field) {
        auto* label = new QLabel(text, this);
        label->setBuddy(field);
        form->addRow(label, field);
    };
    addRow(tr("Sign-in &ID:"), m_login);
    addRow(tr("Full &name:"), m_displayName);
    addRow(tr("&Role:"), m_role);
    addRow(tr("&Department:"), m_department);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    if (mode == Mode::Add) {
        // In the dialog's own form, not a group box: wrapped text inside a nested widget
        // does not get the height it needs and would be squeezed.
        auto* heading = new QLabel(tr("Initial password"), this);
        QFont bold = heading->font();
        bold.setBold(true);
        heading->setFont(bold);
        auto* note =
            new QLabel(tr("Tell it to the person in private; they must change it at their first sign-in."), this);
        note->setWordWrap(true);
        form->addRow(heading);
        form->addRow(note);
        m_password = new NewPasswordFields(this, form, tr("Initial &password:"));
        connect(m_login, &QLineEdit::textChanged, m_password, &NewPasswordFields::setLogin);
    }
    layout->addWidget(m_message);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton* ok = buttons->button(QDialogButtonBox::Ok);
    ok->setText(mode == Mode::Add ? tr("&Add") : tr("&Save"));
    ok->setObjectName(QStringLiteral("saveUserButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &UserEditorDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(480);
    (mode == Mode::Add ? m_login : m_displayName)->setFocus();
}

UserEditorDialog::~UserEditorDialog() = default;

void UserEditorDialog::setUser(const UserEntry& user)
{
    m_original = user;
    m_login->setText(user.login);
    m_displayName->setText(user.displayName);
    m_role->setCurrentIndex(std::max(0, m_role->findData(roleKey(user.role))));
    if (user.departmentId && m_department->findData(QVariant::fromValue(*user.departmentId)) < 0)
        // Their department was retired: still theirs until someone chooses another.
        m_department->addItem(tr("%1 (retired)").arg(Organisation::fullName(m_departments, *user.departmentId)),
                              QVariant::fromValue(*user.departmentId));
    m_department->setCurrentIndex(
        user.departmentId ? std::max(0, m_department->findData(QVariant::fromValue(*user.departmentId))) : 0);
}

NewUser UserEditorDialog::newUser() const
{
    NewUser user;
    user.login = m_login->text().trimmed();
    user.displayName = m_displayName->text().trimmed();
    user.role = roleFromKey(m_role->currentData().toString()).value_or(Role::Staff);
    const QVariant department = m_department->currentData();
    if (department.isValid())
        user.departmentId = department.value<DepartmentId>();
    return user;
}

UserEntry UserEditorDialog::editedUser() const
{
    UserEntry user = m_original;
    const NewUser edited = newUser();
    user.displayName = edited.displayName;
    user.role = edited.role;
    user.departmentId = edited.departmentId;
    return user;
}

QString UserEditorDialog::initialPassword() const
{
    return m_password ? m_password->password() : QString();
}

void UserEditorDialog::accept()
{
    const NewUser user = newUser();
    if (m_mode == Mode::Add) {
        if (const Status ok = checkLogin(user.login); !ok) {
            m_message->showError(ok.error().message);
            m_login->setFocus();
            return;
        }
    }
    if (user.displayName.isEmpty()) {
        m_message->showError(tr("Enter the person's name."));
        m_displayName->setFocus();
        return;
    }
    if (m_password) {
        m_password->setLogin(user.login);
        if (const Status ok = m_password->check(); !ok) {
            m_message->showError(ok.error().message);
            m_password->setFocus();
            return;
        }
    }
    const Status submitted = m_submit ? m_submit(*this) : Status();
    if (!submitted) {
        m_message->showError(submitted.error().message);
        return;
    }
    if (m_password)
        m_password->clear();
    QDialog::accept();
}

} // namespace daicho
