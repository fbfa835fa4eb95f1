#include "vault/VaultActions.h"

#include "common/BusyCursor.h"
#include "common/FileDialog.h"
#include "common/JapaneseCalendar.h"
#include "common/MessageBox.h"
#include "shell/SessionHolder.h"
#include "vault/Backup.h"
#include "vault/KeyRotation.h"

#include <QDate>
#include <QDir>
#include <QFileInfo>

namespace daicho {

bool VaultActions::rotateKey(SessionHolder& holder, QWidget* parent, Ask ask)
{
    if (!holder.session())
        return false;
    if (ask == Ask::First
        && MessageBox::question(parent, tr("Replace the database key"),
                                tr("The database is copied under a new key and every person's key slot is "
                                   "updated. Passwords stay the same. This takes a little while; nobody else "
                                   "can use the database meanwhile.\n\nReplace the key now?"),
                                MessageBox::Buttons(MessageBox::Button::Yes | MessageBox::Button::No),
                                MessageBox::Button::Yes)
               != MessageBox::Button::Yes)
        return false;
    // Asked again: the session can have ended while the question was open (auto-lock).
    Session* session = holder.session();
    if (!session)
        return false;
    QStringList leftOut;
    const Status rotated = [&] {
        BusyCursor busy;
        return KeyRotation::rotate(*session, &leftOut);
    }();
    if (!rotated) {
        MessageBox::critical(parent, tr("Replace the database key"), rotated.error().message);
        return false;
    }
    QString text = tr("The database key was replaced. Backups made before now still open with the old key files; "
                      "keep them locked away or destroy them.");
    if (!leftOut.isEmpty())
        text += QStringLiteral("\n\n")
                + tr("These key slots were in the key file but the database does not know them as slots of active "
                     "people, so they did not receive the new key and were left out: %1. Someone put them there "
                     "outside Daicho; tell the auditor.")
                      .arg(leftOut.join(QStringLiteral("、")));
    MessageBox::information(parent, tr("Replace the database key"), text);
    return true;
}

bool VaultActions::makeBackup(SessionHolder& holder, QWidget* parent)
{
    if (!holder.session())
        return false;
    const QFileInfo current(holder.paths().database);
    const QString suggested = current.absoluteDir().filePath(
        current.completeBaseName() + QStringLiteral("-")
        + japanDate(holder.clock().nowUtc()).toString(QStringLiteral("yyyyMMdd")) + QStringLiteral(".daicho"));
    QString path =
        FileDialog::getSaveFileName(parent, tr("Make a backup"), suggested,
                                    FileDialog::nameFilter(tr("Daicho database"), QStringLiteral("*.daicho")));
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QStringLiteral(".daicho")))
        path += QStringLiteral(".daicho");
    Session* session = holder.session();
    if (!session)
        return false;
    const VaultPaths destination{path};
    const Status made = [&] {
        BusyCursor busy;
        return Backup::backup(*session, destination);
    }();
    if (!made) {
        MessageBox::critical(parent, tr("Make a backup"), made.error().message);
        return false;
    }
    MessageBox::information(
        parent, tr("Make a backup"),
        tr("The backup was written:\n%1\n%2\n\nKeep both files together; the database cannot "
           "be opened without its key file.")
            .arg(QDir::toNativeSeparators(destination.database), QDir::toNativeSeparators(destination.keys())));
    return true;
}

} // namespace daicho
