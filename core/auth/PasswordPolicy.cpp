#include "auth/PasswordPolicy.h"

#include "crypto/SecureBytes.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace daicho {

QString PasswordPolicy::normalise(const QString& password)
{
    return password.normalized(QString::NormalizationForm_KC);
}

SecureBytes PasswordPolicy::secretOf(QString& typed)
{
    QString normal = normalise(typed);
    wipeString(typed);
    return passwordBytes(normal); // wipes the normalised copy too
}

Status PasswordPolicy::check(const QString& password, const QString& login)
{
    QString normal = normalise(password);
    // Count characters, not UTF-16 units: an emoji or a rare kanji is one character. Counted
    // in place, and the normalised copy wiped, so no stray copy of the password is left.
    qsizetype length = 0;
    for (qsizetype i = 0; i < normal.size(); ++i)
        if (!normal.at(i).isLowSurrogate())
            ++length;
    const QString id = normaliseLogin(login);
    const bool containsId = !id.isEmpty() && normal.contains(id, Qt::CaseInsensitive);
    wipeString(normal);
    if (length < kMinimumLength)
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("daicho::PasswordPolicy",
                                                     "The password is too short: it has %1 characters and needs at "
                                                     "least %2. A short sentence is easy to remember.")
                             .arg(length)
                             .arg(kMinimumLength));
    if (containsId)
        return makeError(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("daicho::PasswordPolicy", "The password must not contain your sign-in ID."));
    return {};
}

QString normaliseLogin(const QString& login)
{
    return login.trimmed().normalized(QString::NormalizationForm_KC).toCaseFolded();
}

Status checkLogin(const QString& login)
{
    static const QRegularExpression allowed(QStringLiteral("^[a-z0-9._-]{1,32}$"));
    if (!allowed.match(normaliseLogin(login)).hasMatch())
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("daicho::PasswordPolicy",
                                                     "A sign-in ID has 1 to 32 letters (A–Z), digits, dots, "
                                                     "underscores or hyphens."));
    return {};
}

} // namespace daicho
