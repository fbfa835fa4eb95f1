#include "admin/UserAdminPage.h"

#include "admin/ResetPasswordDialog.h"
#include "admin/UserEditorDialog.h"
#include "auth/Organisation.h"
#include "auth/Permission.h"
#include "auth/UserAdmin.h"
#include "common/MessageBanner.h"
#include "common/MessageBox.h"
#include "ledger/LedgerText.h"
#include "shell/LockController.h"
#include "shell/SessionHolder.h"
#include "vault/VaultActions.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace daicho {

namespace {

enum Column { LoginColumn, NameColumn, RoleColumn, DepartmentColumn, StateColumn, LastSignInColumn, ColumnCount };

constexpr int kUserIdRole = Qt::UserRole + 1;

} // namespace

UserAdminPage::UserAdminPage(SessionHolder& holder, QWidget* parent)
    : Page(holder, parent)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_message(new MessageBanner(this))
    , m_add(new QPushButton(tr("&Add…"), this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_reset(new QPushButton(tr("&Reset password…"), this))
    , m_unlock(new QPushButton(tr("&Unlock"), this))
    , m_remove(new QPushButton(tr("Re&move…"), this))
{
    setObjectName(QStringLiteral("userAdminPage"));
    m_table->setObjectName(QStringLiteral("userTable"));
    m_message->setObjectName(QStringLiteral("userAdminMessage"));
    m_add->setObjectName(QStringLiteral("addUserButton"));
    m_edit->setObjectName(QStringLiteral("editUserButton"));
    m_reset->setObjectName(QStringLiteral("resetPasswordButton"));
    m_unlock->setObjectName(QStringLiteral("unlockUserButton"));
    m_remove->setObjectName(QStringLiteral("removeUserButton"));

    m_table->setHorizontalHeaderLabels(
        {tr("Sign-in ID"), tr("Name"), tr("Role"), tr("Department"), tr("State"), tr("Last sign-in")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setTabKeyNavigation(false);

    auto* heading = new QLabel(title(), this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.25);
    headingFont.setBold(true);
    heading->setFont(headingFont);

    auto* buttons = new QHBoxLayout;
    for (QPushButton* button : {m_add, m_edit, m_reset, m_unlock, m_remove})
        buttons->addWidget(button);
    buttons->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);

    connect(m_add, &QPushButton::clicked, this, &UserAdminPage::addUser);
    connect(m_edit, &QPushButton::clicked, this, &UserAdminPage::editUser);
    connect(m_reset, &QPushButton::clicked, this, &UserAdminPage::resetPassword);
    connect(m_unlock, &QPushButton::clicked, this, &UserAdminPage::unlockUser);
    connect(m_remove, &QPushButton::clicked, this, &UserAdminPage::removeUser);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &UserAdminPage::updateButtons);
    connect(m_table, &QTableWidget::itemActivated, this, [this] {
        if (m_edit->isEnabled())
            editUser();
    });
    updateButtons();
}

UserAdminPage::~UserAdminPage() = default;

QString UserAdminPage::title() const
{
    return tr("User administration");
}

void UserAdminPage::reload()
{
    Session* s = session();
    if (!s)
        return;
    const std::optional<UserEntry> selected = selectedUser();
    const Result<QList<UserEntry>> users = UserAdmin::listUsers(*s);
    const Result<QList<DepartmentEntry>> departments = Organisation::departments(*s);
    const Result<QHash<UserId, QDateTime>> lastSignIns = UserAdmin::lastSignIns(*s);
    clearViews();
    if (!users) {
        m_message->showError(users.error().message);
        return;
    }
    m_users = users.value();
    m_departments = departments ? departments.value() : QList<DepartmentEntry>();

    m_table->setRowCount(static_cast<int>(m_users.size()));
    for (int row = 0; row < m_users.size(); ++row) {
        const UserEntry& user = m_users.at(row);
        QString state = tr("Active");
        if (user.locked)
            state = tr("Locked (too many failed sign-ins)");
        else if (user.mustChangePassword)
            state = tr("Has not changed the initial password");
        const QDateTime last = lastSignIns ? lastSignIns->value(user.id) : QDateTime();
        const QStringList cells{user.login,
                                user.displayName,
                                roleDisplayName(user.role),
                                user.departmentId ? Organisation::fullName(m_departments, *user.departmentId)
                                                  : QString(),
                                state,
                                last.isValid() ? formatWarekiDateTime(last) : tr("Never")};
        for (int column = 0; column < ColumnCount; ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            item->setData(kUserIdRole, QVariant::fromValue(user.id));
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();
    if (selected)
        selectUser(selected->id);
    updateButtons();
}

void UserAdminPage::clearViews()
{
    m_table->clearContents();
    m_table->setRowCount(0);
    m_users.clear();
    m_departments.clear();
    m_message->clearMessage();
    updateButtons();
}

std::optional<UserEntry> UserAdminPage::selectedUser() const
{
    const QList<QTableWidgetItem*> items = m_table->selectedItems();
    if (items.isEmpty())
        return std::nullopt;
    const UserId id = items.first()->data(kUserIdRole).value<UserId>();
    for (const UserEntry& user : m_users) {
        if (user.id == id)
            return user;
    }
    return std::nullopt;
}

void UserAdminPage::selectUser(UserId id)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, 0)->data(kUserIdRole).value<UserId>() == id) {
            m_table->selectRow(row);
            return;
        }
    }
}

void UserAdminPage::updateButtons()
{
    Session* s = session();
    const bool manage = s && isAllowed(s->role(), Operation::ManageUsers);
    const bool unlock = s && isAllowed(s->role(), Operation::UnlockUser);
    const std::optional<UserEntry> user = selectedUser();
    const bool self = user && s && user->id == s->user().id;
    m_add->setVisible(manage);
    m_edit->setVisible(manage);
    m_reset->setVisible(manage);
    m_remove->setVisible(manage);
    m_unlock->setVisible(unlock);
    m_add->setEnabled(manage && s);
    m_edit->setEnabled(manage && user);
    m_reset->setEnabled(manage && user && !self);
    m_remove->setEnabled(manage && user && !self);
    m_unlock->setEnabled(unlock && user && user->locked);
}

void UserAdminPage::addUser()
{
    if (!session())
        return;
    auto* dialog = new UserEditorDialog(
        UserEditorDialog::Mode::Add, m_departments,
        [this](const UserEditorDialog& editor) -> Status {
            Session* s = session();
            if (!s)
                return makeError(ErrorCode::InvalidInput, tr("Nobody is signed in."));
            const Result<UserId> added = UserAdmin::addUser(*s, editor.newUser(), editor.initialPassword());
            if (!added)
                return added.error();
            reload();
            selectUser(added.value());
            m_message->showSuccess(tr("%1 was added. They must change the initial password at their first sign-in.")
                                       .arg(editor.newUser().login));
            return {};
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    LockController::keepUnsavedInput(dialog);
    dialog->open();
}

void UserAdminPage::editUser()
{
    const std::optional<UserEntry> user = selectedUser();
    if (!user || !session())
        return;
    auto* dialog = new UserEditorDialog(
        UserEditorDialog::Mode::Edit, m_departments,
        [this](const UserEditorDialog& editor) -> Status {
            Session* s = session();
            if (!s)
                return makeError(ErrorCode::InvalidInput, tr("Nobody is signed in."));
            const UserEntry edited = editor.editedUser();
            DAICHO_TRY(UserAdmin::updateUser(*s, edited));
            if (edited.id == s->user().id)
                holder().notifyUserChanged(); // updateUser refreshed the session's own record
            reload();
            m_message->showSuccess(tr("%1 was updated.").arg(edited.login));
            return {};
        },
        this);
    dialog->setUser(*user);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    LockController::keepUnsavedInput(dialog);
    dialog->open();
}

void UserAdminPage::resetPassword()
{
    const std::optional<UserEntry> user = selectedUser();
    if (!user || !session())
        return;
    const UserId id = user->id;
    ResetPasswordDialog dialog(
        user->login, user->displayName,
        [this, id](const QString& password) -> Status {
            Session* s = session();
            if (!s)
                return makeError(ErrorCode::InvalidInput, tr("Nobody is signed in."));
            return UserAdmin::resetPassword(*s, id, password);
        },
        this);
    if (dialog.exec() != QDialog::Accepted || !session())
        return;
    reload();
    m_message->showSuccess(
        tr("The password of %1 was reset. They must change it at their next sign-in.").arg(user->login));
}

void UserAdminPage::unlockUser()
{
    const std::optional<UserEntry> user = selectedUser();
    Session* s = session();
    if (!user || !s)
        return;
    if (const Status unlocked = UserAdmin::unlockUser(*s, user->id); !unlocked) {
        m_message->showError(unlocked.error().message);
        return;
    }
    reload();
    m_message->showSuccess(tr("%1 can sign in again.").arg(user->login));
}

void UserAdminPage::removeUser()
{
    const std::optional<UserEntry> user = selectedUser();
    if (!user || !session())
        return;
    if (MessageBox::question(this, tr("Remove a user"),
                             tr("Remove %1 (%2)? They can no longer sign in. What they recorded stays in the "
                                "ledgers and the audit trail under their name.")
                                 .arg(user->displayName, user->login))
        != MessageBox::Button::Yes)
        return;
    // The question may have been open when the session locked.
    Session* s = session();
    if (!s)
        return;
    if (const Status removed = UserAdmin::removeUser(*s, user->id); !removed) {
        m_message->showError(removed.error().message);
        return;
    }
    reload();
    m_message->showSuccess(tr("%1 was removed.").arg(user->login));

    if (!isAllowed(s->role(), Operation::RotateDatabaseKey))
        return;
    const auto answer = MessageBox::question(
        this, tr("Replace the database key"),
        tr("%1 no longer has a key slot, but could have kept a copy of the database key while they had access. "
           "Replacing the database key now makes such a copy useless.\n\nReplace the database key now? "
           "(Recommended)")
            .arg(user->login),
        MessageBox::Buttons(MessageBox::Button::Yes | MessageBox::Button::No), MessageBox::Button::Yes);
    if (answer == MessageBox::Button::Yes && VaultActions::rotateKey(holder(), this, VaultActions::Ask::No))
        m_message->showSuccess(tr("%1 was removed and the database key was replaced.").arg(user->login));
}

} // namespace daicho
