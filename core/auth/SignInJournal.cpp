#include "auth/SignInJournal.h"

#include "auth/PasswordPolicy.h"
#include "crypto/Crypto.h"
#include "store/PrivateFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>

#include <algorithm>

#include <unistd.h>

namespace daicho {

namespace {

constexpr qint64 kMaxJournalBytes = 4 * 1024 * 1024;

Error journalError(const QString& path)
{
    return makeError(ErrorCode::Io,
                     QCoreApplication::translate("daicho::SignInJournal",
                                                 "The sign-in record %1 cannot be written. Check that the folder "
                                                 "is writable and the disk is not full.")
                         .arg(path));
}

} // namespace

QString SignInJournal::idHash(const QString& login, bool known) const
{
    const QByteArray hash =
        crypto::sha256(QByteArrayLiteral("daicho-signin-id-v1") + m_databaseId + normaliseLogin(login).toUtf8());
    return known ? QString::fromLatin1(hash.left(12).toHex())
                 : QStringLiteral("u") + QString::fromLatin1(hash.left(2).toHex());
}

QStringList SignInJournal::readLines() const
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    // Only the tail matters for counting; a huge journal is cut, not trusted to be read whole.
    if (file.size() > kMaxJournalBytes)
        file.seek(file.size() - kMaxJournalBytes);
    return QString::fromLatin1(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

SignInJournal::IdState SignInJournal::state(const QString& login, bool known) const
{
    const QString hash = idHash(login, known);
    IdState state;
    for (const QString& line : readLines()) {
        const QStringList parts = line.split(QLatin1Char(' '));
        if (parts.size() != 3 || parts[2] != hash)
            continue;
        if (parts[0] == QLatin1String("R")) {
            state = {};
        } else if (parts[0] == QLatin1String("F") || parts[0] == QLatin1String("f")) {
            ++state.consecutiveFailures;
            state.lastFailureUtc = QDateTime::fromString(parts[1], Qt::ISODateWithMs);
        }
    }
    return state;
}

int SignInJournal::secondsToWait(const IdState& state, const QDateTime& now, int slowDownAfter)
{
    if (state.consecutiveFailures < slowDownAfter || !state.lastFailureUtc.isValid())
        return 0;
    const int exponent = std::min(state.consecutiveFailures - slowDownAfter, 5);
    const qint64 delay = std::min<qint64>(30LL << exponent, 900);
    const qint64 elapsed = state.lastFailureUtc.secsTo(now);
    return elapsed >= delay ? 0 : static_cast<int>(delay - elapsed);
}

Status SignInJournal::append(const QString& line) const
{
    // Owner-only, and never through a symbolic link planted at the journal's name.
    if (!appendToFile(m_path, line.toLatin1() + '\n').ok())
        return journalError(m_path);
    return {};
}

Status SignInJournal::recordFailure(const QString& login, const QDateTime& atUtc, bool known) const
{
    return append(QStringLiteral("F %1 %2").arg(atUtc.toUTC().toString(Qt::ISODateWithMs), idHash(login, known)));
}

Status SignInJournal::recordReset(const QString& login, const QDateTime& atUtc) const
{
    return append(QStringLiteral("R %1 %2").arg(atUtc.toUTC().toString(Qt::ISODateWithMs), idHash(login)));
}

QList<SignInJournal::Failure> SignInJournal::pendingFailures() const
{
    QList<Failure> failures;
    for (const QString& line : readLines()) {
        const QStringList parts = line.split(QLatin1Char(' '));
        if (parts.size() == 3 && parts[0] == QLatin1String("F"))
            failures << Failure{QDateTime::fromString(parts[1], Qt::ISODateWithMs), parts[2]};
    }
    return failures;
}

Status SignInJournal::markImported() const
{
    const QStringList lines = readLines();
    if (lines.isEmpty())
        return {};
    // Compaction: what came before an ID's last reset no longer counts for anything.
    QHash<QString, qsizetype> lastReset;
    for (qsizetype i = 0; i < lines.size(); ++i)
        if (lines[i].startsWith(QLatin1String("R ")))
            lastReset[lines[i].section(QLatin1Char(' '), 2)] = i;
    QStringList kept;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString hash = lines[i].section(QLatin1Char(' '), 2);
        if (lastReset.contains(hash) && i <= lastReset.value(hash))
            continue;
        QString line = lines[i];
        if (line.startsWith(QLatin1String("F ")))
            line[0] = QLatin1Char('f');
        kept << line;
    }
    return writeFileAtomically(m_path, kept.isEmpty() ? QByteArray() : kept.join(QLatin1Char('\n')).toLatin1() + '\n');
}

} // namespace daicho
