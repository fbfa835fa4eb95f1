#pragma once

#include "crypto/SecureBytes.h"
#include "ledger/LedgerQuery.h"

#include <QList>
#include <QObject>

#include <memory>

class QThread;

namespace daicho {

// Counts a list's entries in another thread, on a connection of its own, so that a count
// over a large ledger never stalls the screen. Only the newest count is reported: a count
// started for a filter that has changed since is dropped when it finishes.
class LedgerCounter : public QObject
{
    Q_OBJECT

public:
    explicit LedgerCounter(QObject* parent = nullptr);
    // Waits for counts still running (they hold the database open).
    ~LedgerCounter() override;

    // Opens `database` with `key` in a worker thread and counts the entries of `filter`.
    void start(const QString& database, const SecureBytes& key, const LedgerFilter& filter);
    // Drops the count under way, if any.
    void cancel();
    // Stops every count still running and waits until their keyed connections are closed: on
    // lock and sign-out no thread keeps the database open.
    void stopAll();
    bool isCounting() const { return m_pending; }

signals:
    void counted(qint64 count);
    void failed(const QString& message);

private:
    struct Job;
    struct Running {
        QThread* thread;
        std::shared_ptr<Job> job;
    };
    void finished(QThread* thread, const std::shared_ptr<Job>& job);

    quint64 m_generation = 0;
    bool m_pending = false;
    QList<Running> m_running;
};

} // namespace daicho
