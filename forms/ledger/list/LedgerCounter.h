#pragma once

#include "auth/Session.h"
#include "ledger/LedgerQuery.h"

#include <QObject>

#include <memory>

namespace daicho {

// Counts a list's entries on the session's worker connection (core's, see WorkerConnection),
// so that a count over a large ledger never stalls the screen. Only the newest count is
// reported: a count started for a filter that has changed since is dropped.
class LedgerCounter : public QObject
{
    Q_OBJECT

public:
    explicit LedgerCounter(QObject* parent = nullptr);
    ~LedgerCounter() override;

    // Counts the entries of `filter` in the background.
    void start(Session& session, const LedgerFilter& filter);
    // Drops the count under way, if any.
    void cancel();
    // On lock and sign-out: drops every count; the session's end closes the worker's
    // connection, so that no thread keeps the database open.
    void stopAll() { cancel(); }
    bool isCounting() const { return m_pending; }

signals:
    void counted(qint64 count);
    void failed(const QString& message);

private:
    struct Relay; // reaches this object from the worker's thread while it lives
    void deliver(quint64 generation, const Result<std::int64_t>& count);

    std::shared_ptr<Relay> m_relay;
    quint64 m_generation = 0;
    bool m_pending = false;
};

} // namespace daicho
