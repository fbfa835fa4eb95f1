#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace daicho {

// Failed sign-ins happen before any key is known, so they cannot go into the encrypted
// database at once. They are appended to this small journal beside it (NAME.daicho-signin)
// and moved into the audit trail at the next successful sign-in. The journal holds no
// personal data, times are in UTC, and IDs are kept only as hashes bound to the database:
// the full hash for an ID that has a slot (such IDs are readable in the key file anyway),
// and only 16 bits of it for any other text, which might be a password typed into the ID
// field by mistake — too few bits to confirm a guess, enough to slow down the guessing.
//
// Lines: "F <utc> <idhash>" failure not yet in the audit trail, "f ..." one already moved,
// "R <utc> <idhash>" success or unlock (resets the count).
class SignInJournal
{
public:
    struct Failure {
        QDateTime atUtc;
        QString idHash;
    };
    struct IdState {
        int consecutiveFailures = 0;
        QDateTime lastFailureUtc;
    };

    SignInJournal(QString path, QByteArray databaseId)
        : m_path(std::move(path))
        , m_databaseId(std::move(databaseId))
    { }

    // `known`: the ID has a slot in the key file.
    QString idHash(const QString& login, bool known = true) const;
    IdState state(const QString& login, bool known = true) const;

    [[nodiscard]] Status recordFailure(const QString& login, const QDateTime& atUtc, bool known = true) const;
    [[nodiscard]] Status recordReset(const QString& login, const QDateTime& atUtc) const;

    // After `slowDownAfter` consecutive failures each try waits: 30 s, doubling with each
    // further failure, at most 15 minutes. Returns the seconds still to wait at `now`.
    static int secondsToWait(const IdState& state, const QDateTime& now, int slowDownAfter);

    // Failures not yet moved into the audit trail.
    QList<Failure> pendingFailures() const;
    // Marks every pending failure as moved (rewrites the journal atomically).
    [[nodiscard]] Status markImported() const;

private:
    QStringList readLines() const;
    Status append(const QString& line) const;

    QString m_path;
    QByteArray m_databaseId;
};

} // namespace daicho
