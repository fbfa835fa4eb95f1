#include "common/NewPasswordFields.h"

#include "auth/PasswordPolicy.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

namespace daicho {

NewPasswordFields::NewPasswordFields(QWidget* parent, QFormLayout* form, const QString& passwordLabel)
    : QObject(parent)
    , m_password(new QLineEdit(parent))
    , m_repeat(new QLineEdit(parent))
    , m_hint(new QLabel(parent))
    , m_count(new QLabel(parent))
{
    m_password->setObjectName(QStringLiteral("newPasswordEdit"));
    m_repeat->setObjectName(QStringLiteral("repeatPasswordEdit"));
    m_hint->setObjectName(QStringLiteral("passwordRuleLabel"));
    for (QLineEdit* edit : {m_password, m_repeat}) {
        edit->setEchoMode(QLineEdit::Password);
        // Japanese input must reach the field: full-width passwords are allowed and count.
        edit->setAttribute(Qt::WA_InputMethodEnabled, true);
        connect(edit, &QLineEdit::textChanged, this, [this] {
            updateHint();
            emit changed();
        });
    }
    m_hint->setWordWrap(true);
    QPalette muted = m_hint->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    m_hint->setPalette(muted);

    auto* label = new QLabel(passwordLabel.isEmpty() ? tr("New &password:") : passwordLabel, parent);
    label->setBuddy(m_password);
    auto* repeatLabel = new QLabel(tr("&Repeat it:"), parent);
    repeatLabel->setBuddy(m_repeat);
    m_count->setObjectName(QStringLiteral("passwordLengthLabel"));
    m_count->setMinimumWidth(m_count->fontMetrics().horizontalAdvance(tr("%n character(s)", nullptr, 88)) + 4);
    auto* passwordRow = new QHBoxLayout;
    passwordRow->addWidget(m_password, 1);
    passwordRow->addWidget(m_count);
    form->addRow(label, passwordRow);
    form->addRow(repeatLabel, m_repeat);
    form->addRow(QString(), m_hint);
    updateHint();
}

void NewPasswordFields::setLogin(const QString& login)
{
    m_login = login;
    updateHint();
}

Status NewPasswordFields::check() const
{
    DAICHO_TRY(PasswordPolicy::check(m_password->text(), m_login));
    if (m_password->text() != m_repeat->text())
        return makeError(ErrorCode::InvalidInput, tr("The two passwords are not the same."));
    return {};
}

QString NewPasswordFields::password() const
{
    return m_password->text();
}

void NewPasswordFields::clear()
{
    m_password->clear();
    m_repeat->clear();
}

void NewPasswordFields::setFocus()
{
    m_password->setFocus();
}

void NewPasswordFields::updateHint()
{
    const QString rule = tr("At least %1 characters (full-width characters count too). It must not contain the "
                            "sign-in ID.")
                             .arg(PasswordPolicy::kMinimumLength);
    m_hint->setText(rule);
    // The count sits beside the field, not in the wrapped rule: a label that grows a line
    // after the dialog is shown gets squeezed instead of the dialog growing.
    const int length = static_cast<int>(PasswordPolicy::normalise(m_password->text()).size());
    m_count->setText(m_password->text().isEmpty() ? QString() : tr("%n character(s)", nullptr, length));
}

} // namespace daicho
