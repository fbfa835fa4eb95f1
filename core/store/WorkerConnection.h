#pragma once

#include "common/Result.h"
#include "crypto/SecureBytes.h"
#include "store/Database.h"

#include <QString>

#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

namespace daicho {

// One background thread with one connection of its own, for work that must not stall the
// screen (counting a long list; later the dashboard). Owned by the Session, so that the
// database key never passes through widgets' code; the connection is opened through
// Database::open on the first job and kept; stop() (lock, sign-out, a key rotation) interrupts
// the job under way, closes the connection and wipes the key's copy.
//
// Jobs run one at a time; a job posted while another waits replaces it (only the newest
// question matters). A job runs in the worker thread: it must not touch widgets.
class WorkerConnection
{
public:
    using Job = std::function<void(const Database&)>;
    using Failed = std::function<void(const Error&)>; // the connection could not be opened
    // The job will never run: a newer one replaced it, or the worker stopped first. Called in
    // whichever thread posted or stopped, never under the worker's lock.
    using Dropped = std::function<void()>;

    WorkerConnection(QString database, const SecureBytes& key);
    ~WorkerConnection();
    WorkerConnection(const WorkerConnection&) = delete;
    WorkerConnection& operator=(const WorkerConnection&) = delete;

    void post(Job job, Failed failed, Dropped dropped = {});
    void stop();
    // Whether the connection is open now (for tests of the lock).
    bool isOpen() const;

private:
    void run();

    QString m_database;
    SecureBytes m_key;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    struct Posted {
        Job job;
        Failed failed;
        Dropped dropped;
    };
    std::optional<Posted> m_next;
    bool m_stopping = false;
    std::unique_ptr<Database> m_db; // the worker's; interrupt() and isOpen() read it under the mutex
    std::thread m_thread;
};

} // namespace daicho
