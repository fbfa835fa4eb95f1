#pragma once

#include "crypto/SecureBytes.h"
#include "store/Database.h"
#include "store/VaultPaths.h"
#include "support/FakeClock.h"

#include <QMap>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace daicho::test {

// What one run of the command-line tool gave back.
struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;

    // Lines of the error stream (without the empty last one).
    QStringList errLines() const;
};

// Runs runCli in-process with `input` as standard input.
CliRun runCliWith(const QStringList& args, const QString& input, const Clock& clock);

// A database created through "daicho-cli init" in a temporary folder (cheap KDF).
class CliVault
{
public:
    static inline const QString kChief = QStringLiteral("chief");
    static inline const QString kChiefPassword = QStringLiteral("head-office-secret-1");

    CliVault();

    QString folder() const { return m_dir.path(); }
    QString file(const QString& name) const { return m_dir.filePath(name); }
    const QString& db() const { return m_paths.database; }
    const VaultPaths& paths() const { return m_paths; }
    FakeClock& clock() { return m_clock; }
    const QString& recoveryKey() const { return m_recoveryKey; }

    // Runs the tool; "--db PATH" is added when `withDb` (the default).
    CliRun run(QStringList args, const QString& input, bool withDb = true);
    // Runs a command signed in as `login` with `password`, then `moreInput` lines.
    CliRun as(const QString& login, const QString& password, QStringList args, const QString& moreInput = {});

    // Adds `login` with `role` as the chief and lets them change the initial password to
    // `password`; REQUIREs success.
    void addPerson(const QString& login, const QString& role, const QString& password);

private:
    QTemporaryDir m_dir;
    VaultPaths m_paths;
    FakeClock m_clock;
    QString m_recoveryKey;
};

// The raw database key, obtained the way a key holder would: by signing in.
SecureBytes databaseKey(const VaultPaths& paths, const QString& login, const QString& password, const Clock& clock);
// Opens the file directly with the raw key, as someone holding the key could.
std::unique_ptr<Database> openRaw(const QString& path, const SecureBytes& key);
// Every row of every table, by table name: each row as its typed cells in rowid order.
QMap<QString, QList<QStringList>> dumpTables(const Database& db);
// Copies the database and its key file to `destination`.
bool copyVault(const VaultPaths& from, const VaultPaths& to);

} // namespace daicho::test
