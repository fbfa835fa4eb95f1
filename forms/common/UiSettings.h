#pragma once

#include <QString>

namespace daicho {

// UI preferences kept in QSettings: each key is declared here once, with its type and
// default. Nothing about the ledgers and nothing secret or personal belongs here.
class UiSettings
{
public:
    // The database opened last, offered on the next start without a path argument.
    static QString lastDatabase();
    static void setLastDatabase(const QString& path);
};

} // namespace daicho
