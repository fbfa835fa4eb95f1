#include "store/WorkerConnection.h"

namespace daicho {

WorkerConnection::WorkerConnection(QString database, const SecureBytes& key)
    : m_database(std::move(database))
    , m_key(key)
{ }

WorkerConnection::~WorkerConnection()
{
    stop();
}

void WorkerConnection::post(Job job, Failed failed, Dropped dropped)
{
    Dropped replaced;
    {
        const std::lock_guard<std::mutex> held(m_mutex);
        if (m_stopping) {
            replaced = std::move(dropped);
        } else {
            if (m_next)
                replaced = std::move(m_next->dropped);
            m_next = Posted{std::move(job), std::move(failed), std::move(dropped)};
            if (!m_thread.joinable())
                m_thread = std::thread([this] { run(); });
            m_wake.notify_one();
        }
    }
    if (replaced)
        replaced();
}

void WorkerConnection::stop()
{
    Dropped dropped;
    {
        const std::lock_guard<std::mutex> held(m_mutex);
        m_stopping = true;
        if (m_next)
            dropped = std::move(m_next->dropped);
        m_next.reset();
        if (m_db)
            m_db->interrupt(); // the one call SQLite allows from another thread
    }
    m_wake.notify_one();
    if (dropped)
        dropped();
    if (m_thread.joinable())
        m_thread.join();
    const std::lock_guard<std::mutex> held(m_mutex);
    m_db.reset();
    m_key = SecureBytes(); // wiped
}

bool WorkerConnection::isOpen() const
{
    const std::lock_guard<std::mutex> held(m_mutex);
    return m_db != nullptr;
}

void WorkerConnection::run()
{
    while (true) {
        Posted next;
        {
            std::unique_lock<std::mutex> held(m_mutex);
            m_wake.wait(held, [this] { return m_stopping || m_next.has_value(); });
            if (m_stopping)
                break;
            next = std::move(*m_next);
            m_next.reset();
        }
        if (!m_db) {
            auto opened = Database::open(m_database, m_key, Database::Mode::OpenExisting);
            if (!opened) {
                next.failed(opened.error());
                continue;
            }
            const std::lock_guard<std::mutex> held(m_mutex);
            m_db = std::move(opened).value();
        }
        next.job(*m_db);
    }
    // The connection is closed in the worker's own thread.
    const std::lock_guard<std::mutex> held(m_mutex);
    m_db.reset();
}

} // namespace daicho
