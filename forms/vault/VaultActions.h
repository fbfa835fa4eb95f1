#pragma once

#include <QCoreApplication>

class QWidget;

namespace daicho {

class SessionHolder;

// The chief's actions on the database as a whole, reached from the menu and, for the key
// rotation, offered again after a person is removed.
class VaultActions
{
    Q_DECLARE_TR_FUNCTIONS(daicho::VaultActions)

public:
    enum class Ask { First, No };

    // Replaces the database key (KeyRotation). Returns true when the key was replaced.
    static bool rotateKey(SessionHolder& holder, QWidget* parent, Ask ask = Ask::First);
    // Asks where, then writes the encrypted copy and its key file (Backup).
    static bool makeBackup(SessionHolder& holder, QWidget* parent);
};

} // namespace daicho
