#pragma once

#include "common/Result.h"

#include <QObject>

class QFormLayout;
class QLabel;
class QLineEdit;
class QWidget;

namespace daicho {

// A new password typed twice, with the rule under it (13+ characters, full-width counts,
// must not contain the sign-in ID), added as rows of the caller's form so the labels line
// up with the form's other fields. Used wherever a password is set.
class NewPasswordFields : public QObject
{
    Q_OBJECT

public:
    NewPasswordFields(QWidget* parent, QFormLayout* form, const QString& passwordLabel = {});

    // The sign-in ID the password must not contain (empty when not known yet).
    void setLogin(const QString& login);
    // The rule check of PasswordPolicy plus "both entries match".
    [[nodiscard]] Status check() const;
    // The typed password; the caller hands it to core, which wipes its copy.
    QString password() const;
    void clear();
    void setFocus();

    QLineEdit* passwordEdit() const { return m_password; }
    QLineEdit* repeatEdit() const { return m_repeat; }

signals:
    void changed();

private:
    void updateHint();

    QLineEdit* m_password;
    QLineEdit* m_repeat;
    QLabel* m_hint;
    QLabel* m_count;
    QString m_login;
};

} // namespace daicho
