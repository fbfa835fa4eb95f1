#include "ledger/list/LedgerCounter.h"

#include "store/Database.h"

#include <QThread>

#include <mutex>

namespace daicho {

// What a worker hands back. Written by the worker before its thread finishes and read on
// the GUI thread after QThread::finished, so it needs no lock.
struct LedgerCounter::Job {
    quint64 generation = 0;
    SecureBytes key; // until the worker's connection is keyed
    bool ok = false;
    qint64 count = 0;
    QString error;
    // The worker's open connection, for stopAll() to interrupt from the GUI thread.
    std::mutex guard;
    const Database* open = nullptr;
    bool stopped = false;
};

LedgerCounter::LedgerCounter(QObject* parent)
    : QObject(parent)
{ }

LedgerCounter::~LedgerCounter()
{
    for (const Running& running : std::as_const(m_running)) {
        running.thread->wait();
        delete running.thread;
    }
}

void LedgerCounter::start(const QString& database, const SecureBytes& key, const LedgerFilter& filter)
{
    auto job = std::make_shared<Job>();
    job->generation = ++m_generation;
    job->key = key;
    m_pending = true;
    QThread* thread = QThread::create([job, database, filter] {
        auto db = Database::open(database, job->key, Database::Mode::OpenExisting);
        // The worker's copy of the key goes as soon as the connection is keyed.
        job->key = SecureBytes();
        if (!db) {
            job->error = db.error().message;
            return;
        }
        {
            const std::lock_guard<std::mutex> held(job->guard);
            if (job->stopped)
                return;
            job->open = db.value().get();
        }
        const Result<std::int64_t> count = LedgerQuery::count(*db.value(), filter);
        {
            const std::lock_guard<std::mutex> held(job->guard);
            job->open = nullptr;
        }
        if (!count) {
            job->error = count.error().message;
            return;
        }
        job->ok = true;
        job->count = count.value();
    });
    thread->setObjectName(QStringLiteral("ledgerCounter"));
    m_running.append({thread, job});
    connect(thread, &QThread::finished, this, [this, thread, job] { finished(thread, job); });
    thread->start(QThread::LowPriority);
}

void LedgerCounter::cancel()
{
    ++m_generation;
    m_pending = false;
}

void LedgerCounter::stopAll()
{
    cancel();
    for (const Running& running : std::as_const(m_running)) {
        {
            const std::lock_guard<std::mutex> held(running.job->guard);
            running.job->stopped = true;
            if (running.job->open)
                running.job->open->interrupt();
        }
        running.thread->wait();
    }
}

void LedgerCounter::finished(QThread* thread, const std::shared_ptr<Job>& job)
{
    for (qsizetype i = 0; i < m_running.size(); ++i) {
        if (m_running.at(i).thread == thread) {
            m_running.removeAt(i);
            break;
        }
    }
    thread->deleteLater();
    if (job->generation != m_generation)
        return;
    m_pending = false;
    if (job->ok)
        emit counted(job->count);
    else
        emit failed(job->error);
}

} // namespace daicho
