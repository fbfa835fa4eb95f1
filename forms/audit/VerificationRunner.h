#pragma once

#include "audit/AuditVerifier.h"
#include "auth/Session.h"

#include <QObject>

#include <atomic>
#include <functional>
#include <memory>

namespace daicho {

// Runs the verification of the whole database on the session's worker connection (core's
// verifyDatabaseInBackground), so that the screen stays usable and can stop it (issue 11
// §12). Progress and the result come back in the thread of this object; a run stopped, or
// replaced by a newer one, reports nothing more.
class VerificationRunner : public QObject
{
    Q_OBJECT

public:
    explicit VerificationRunner(QObject* parent = nullptr);
    ~VerificationRunner() override;

    using Finished = std::function<void(const Result<VerifyReport>&)>;
    // Starts verifying; `finished` is called once, unless the run is stopped first.
    void start(Session& session, const QList<CheckpointCode>& printedCodes, Finished finished);
    // Asks the run under way to stop; its result then reports ErrorCode::Cancelled.
    void stop();
    // On lock and sign-out: drops the run under way without reporting it.
    void abandon();
    bool isRunning() const { return m_running; }

signals:
    void progressed(qint64 done, qint64 total);

private:
    struct Relay; // reaches this object from the worker's thread while it lives
    void deliverProgress(quint64 generation, qint64 done, qint64 total);
    void deliverResult(quint64 generation, const Result<VerifyReport>& result);

    std::shared_ptr<Relay> m_relay;
    std::shared_ptr<std::atomic<bool>> m_stop;
    quint64 m_generation = 0;
    bool m_running = false;
    Finished m_finished;
};

} // namespace daicho
