#include "ledger/list/LedgerCounter.h"

#include <QMetaObject>

#include <mutex>

namespace daicho {

// The worker's callback runs in its thread: it posts the result to this object through the
// relay, under the relay's lock, so that it never touches an object being destroyed (Qt drops
// events posted to an object once it is deleted).
struct LedgerCounter::Relay {
    std::mutex guard;
    LedgerCounter* target = nullptr;
};

LedgerCounter::LedgerCounter(QObject* parent)
    : QObject(parent)
    , m_relay(std::make_shared<Relay>())
{
    m_relay->target = this;
}

LedgerCounter::~LedgerCounter()
{
    const std::lock_guard<std::mutex> held(m_relay->guard);
    m_relay->target = nullptr;
}

void LedgerCounter::start(Session& session, const LedgerFilter& filter)
{
    const quint64 generation = ++m_generation;
    m_pending = true;
    std::shared_ptr<Relay> relay = m_relay;
    const Status started =
        LedgerQuery::countInBackground(session, filter, [relay, generation](const Result<std::int64_t>& count) {
            const std::lock_guard<std::mutex> held(relay->guard);
            if (LedgerCounter* target = relay->target)
                QMetaObject::invokeMethod(
                    target, [target, generation, count] { target->deliver(generation, count); }, Qt::QueuedConnection);
        });
    if (!started.ok())
        deliver(generation, Result<std::int64_t>(started.error()));
}

void LedgerCounter::cancel()
{
    ++m_generation;
    m_pending = false;
}

void LedgerCounter::deliver(quint64 generation, const Result<std::int64_t>& count)
{
    if (generation != m_generation)
        return;
    m_pending = false;
    if (count.ok())
        emit counted(count.value());
    else
        emit failed(count.error().message);
}

} // namespace daicho
