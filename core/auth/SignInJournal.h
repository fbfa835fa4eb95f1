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
// personal data: IDs are kept only as a hash bound to the database, times in UTC.
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

    QString idHash(const QString& login) const;
    IdState state(const QString& login) const;

    [[nodiscard]] Status recordFailure(const QString& login, const QDateTime& atUtc) const;
    [[nodiscard]] Status recordReset(const QString& login, const QDateTime& atUtc) const;

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
