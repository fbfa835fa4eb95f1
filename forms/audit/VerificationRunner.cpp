#include "audit/VerificationRunner.h"

#include "vault/DatabaseVerification.h"

#include <QMetaObject>

#include <mutex>

namespace daicho {

// The worker's callbacks run in its thread: they post to this object through the relay, under
// the relay's lock, so that they never touch an object being destroyed.
struct VerificationRunner::Relay {
    std::mutex guard;
    VerificationRunner* target = nullptr;

    template <typename Call>
    void post(Call call)
    {
        const std::lock_guard<std::mutex> held(guard);
        if (VerificationRunner* runner = target)
            QMetaObject::invokeMethod(
                runner, [runner, call] { call(runner); }, Qt::QueuedConnection);
    }
};

VerificationRunner::VerificationRunner(QObject* parent)
    : QObject(parent)
    , m_relay(std::make_shared<Relay>())
{
    m_relay->target = this;
}

VerificationRunner::~VerificationRunner()
{
    abandon();
    const std::lock_guard<std::mutex> held(m_relay->guard);
    m_relay->target = nullptr;
}

void VerificationRunner::start(Session& session, const QList<CheckpointCode>& printedCodes, Finished finished)
{
    abandon();
    const quint64 generation = ++m_generation;
    m_running = true;
    m_finished = std::move(finished);
    auto stopFlag = std::make_shared<std::atomic<bool>>(false);
    m_stop = stopFlag;
    std::shared_ptr<Relay> relay = m_relay;
    const Status started = verifyDatabaseInBackground(
        session, printedCodes,
        [relay, generation, stopFlag](std::int64_t done, std::int64_t total) {
            relay->post([generation, done, total](VerificationRunner* runner) {
                runner->deliverProgress(generation, done, total);
            });
            return !stopFlag->load();
        },
        [relay, generation](const Result<VerifyReport>& result) {
            relay->post(
                [generation, result](VerificationRunner* runner) { runner->deliverResult(generation, result); });
        });
    if (!started.ok())
        deliverResult(generation, Result<VerifyReport>(started.error()));
}

void VerificationRunner::stop()
{
    if (m_stop)
        m_stop->store(true);
}

void VerificationRunner::abandon()
{
    stop();
    ++m_generation;
    m_running = false;
    m_finished = nullptr;
}

void VerificationRunner::deliverProgress(quint64 generation, qint64 done, qint64 total)
{
    if (generation == m_generation && m_running)
        emit progressed(done, total);
}

void VerificationRunner::deliverResult(quint64 generation, const Result<VerifyReport>& result)
{
    if (generation != m_generation || !m_running)
        return;
    m_running = false;
    if (Finished finished = std::exchange(m_finished, nullptr))
        finished(result);
}

} // namespace daicho
