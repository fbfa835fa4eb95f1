#include "vault/CreateDatabaseDialog.h"

#include "auth/PasswordPolicy.h"
#include "auth/Role.h"
#include "common/BusyCursor.h"
#include "common/FileDialog.h"
#include "common/JapaneseCalendar.h"
#include "common/MessageBanner.h"
#include "common/NewPasswordFields.h"
#include "vault/RecoveryKeyDialog.h"
#include "vault/VaultCreator.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace daicho {

namespace {

const QString kExtension = QStringLiteral(".daicho");

} // namespace

CreateDatabaseDialog::CreateDatabaseDialog(const Clock& clock, QWidget* parent)
    : QDialog(parent)
    , m_clock(clock)
    , m_path(new QLineEdit(this))
    , m_organisation(new QLineEdit(this))
    , m_chiefLogin(new QLineEdit(this))
    , m_chiefName(new QLineEdit(this))
    , m_message(new MessageBanner(this))
{
    setObjectName(QStringLiteral("createDatabaseDialog"));
    setWindowTitle(tr("Create a new database"));

    m_path->setObjectName(QStringLiteral("databasePathEdit"));
    m_organisation->setObjectName(QStringLiteral("organisationNameEdit"));
    m_chiefLogin->setObjectName(QStringLiteral("chiefLoginEdit"));
    m_chiefName->setObjectName(QStringLiteral("chiefNameEdit"));
    m_message->setObjectName(QStringLiteral("createDatabaseMessage"));
    m_chiefLogin->setMaxLength(32);

    auto* explanation = new QLabel(
        tr("The database is one encrypted file; a key file beside it holds each person's key slot. Keep the two "
           "together and back them up together. The first user is the %1, who adds the others.")
            .arg(roleDisplayName(Role::Chief)),
        this);
    explanation->setWordWrap(true);

    auto* choose = new QPushButton(tr("C&hoose…"), this);
    choose->setObjectName(QStringLiteral("chooseDatabasePathButton"));
    choose->setAutoDefault(false);
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(choose);

    auto* form = new QFormLayout;
    auto addRow = [&](const QString& text, QWidget* field, QLayout* layout = nullptr) {
        auto* label = new QLabel(text, this);
        label->setBuddy(field);
        if (layout)
            form->addRow(label, layout);
        else
            form->addRow(label, field);
    };
    addRow(tr("Database &file:"), m_path, pathRow);
    addRow(tr("&Organisation:"), m_organisation);
    addRow(tr("Chief's sign-in &ID:"), m_chiefLogin);
    addRow(tr("Chief's &name:"), m_chiefName);
    m_password = new NewPasswordFields(this, form, tr("Chief's &password:"));
    connect(m_chiefLogin, &QLineEdit::textChanged, m_password, &NewPasswordFields::setLogin);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("createButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &CreateDatabaseDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(choose, &QPushButton::clicked, this, &CreateDatabaseDialog::chooseFile);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setMinimumWidth(560);
}

CreateDatabaseDialog::~CreateDatabaseDialog() = default;

void CreateDatabaseDialog::setDatabasePath(const QString& path)
{
    m_path->setText(QDir::toNativeSeparators(path));
}

VaultPaths CreateDatabaseDialog::paths() const
{
    QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
    if (!path.isEmpty() && !path.endsWith(kExtension))
        path += kExtension;
    return VaultPaths{QFileInfo(path).absoluteFilePath()};
}

std::unique_ptr<Session> CreateDatabaseDialog::takeSession()
{
    return std::move(m_session);
}

void CreateDatabaseDialog::chooseFile()
{
    const QString path =
        FileDialog::getSaveFileName(this, tr("Where to create the database"), QDir::homePath(),
                                    FileDialog::nameFilter(tr("Daicho database"), QStringLiteral("*.daicho")));
    if (!path.isEmpty())
        setDatabasePath(path);
}

void CreateDatabaseDialog::accept()
{
    const auto fail = [this](const QString& text, QWidget* field) {
        m_message->showError(text);
        field->setFocus();
    };
    if (m_path->text().trimmed().isEmpty())
        return fail(tr("Choose where to create the database file."), m_path);
    const VaultPaths target = paths();
    if (QFileInfo::exists(target.database) || QFileInfo::exists(target.keys()))
        return fail(tr("%1 already exists. Choose another name; an existing database is never overwritten.")
                        .arg(QDir::toNativeSeparators(target.database)),
                    m_path);
    if (m_organisation->text().trimmed().isEmpty())
        return fail(tr("Enter the organisation's name; it is printed on every form."), m_organisation);
    const QString login = m_chiefLogin->text().trimmed();
    if (const Status loginOk = checkLogin(login); !loginOk)
        return fail(loginOk.error().message, m_chiefLogin);
    if (m_chiefName->text().trimmed().isEmpty())
        return fail(tr("Enter the chief's name."), m_chiefName);
    m_password->setLogin(login);
    if (const Status passwordOk = m_password->check(); !passwordOk)
        return fail(passwordOk.error().message, m_password->passwordEdit());

    VaultOptions options;
    options.organisationName = m_organisation->text().trimmed();
    options.chiefLogin = login;
    options.chiefDisplayName = m_chiefName->text().trimmed();
    m_message->showInfo(tr("Creating the database. Measuring this PC to set the strength of the password keys "
                           "takes a few seconds…"));
    Result<CreatedVault> created = [&] {
        BusyCursor busy;
        return VaultCreator::create(target, options, m_password->password(), m_clock);
    }();
    m_password->clear();
    if (!created) {
        m_message->showError(created.error().message);
        return;
    }
    m_message->clearMessage();

    CreatedVault vault = std::move(created).value();
    RecoveryKeyDialog keyDialog(vault.recoveryKey, options.organisationName, target.database,
                                japanDate(m_clock.nowUtc()), this);
    vault.recoveryKey.fill(u'0');
    keyDialog.exec();
    m_session = std::move(vault.session);
    QDialog::accept();
}

} // namespace daicho
