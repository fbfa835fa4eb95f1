#include "shell/IdleWatcher.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEvent>

#include <algorithm>

namespace daicho {

namespace {

// The timer wakes at least this often so that a clock jump (sleep, resume) is noticed
// soon, without a wake-up per input event.
constexpr qint64 kMaxCheckIntervalMs = 10'000;

bool isActivity(QEvent::Type type)
{
    switch (type) {
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::InputMethod:
    case QEvent::Shortcut:
        return true;
    default:
        return false;
    }
}

} // namespace

IdleWatcher::IdleWatcher(const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_clock(clock)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &IdleWatcher::check);
    if (QCoreApplication::instance())
        QCoreApplication::instance()->installEventFilter(this);
}

IdleWatcher::~IdleWatcher()
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

void IdleWatcher::setTimeout(std::chrono::milliseconds timeout)
{
    m_timeout = timeout;
    if (m_active)
        schedule();
}

void IdleWatcher::start()
{
    m_active = true;
    m_lastActivityMs = nowMs();
    schedule();
}

void IdleWatcher::stop()
{
    m_active = false;
    m_timer.stop();
}

bool IdleWatcher::eventFilter(QObject* watched, QEvent* event)
{
    // Only the time is noted here: this runs for every event of the application.
    if (m_active && isActivity(event->type()))
        m_lastActivityMs = nowMs();
    return QObject::eventFilter(watched, event);
}

void IdleWatcher::check()
{
    if (!m_active)
        return;
    const qint64 idleMs = nowMs() - m_lastActivityMs;
    if (idleMs >= m_timeout.count() || idleMs < 0) {
        stop();
        emit idleTimedOut();
        return;
    }
    schedule();
}

void IdleWatcher::schedule()
{
    const qint64 remaining = m_timeout.count() - (nowMs() - m_lastActivityMs);
    m_timer.start(static_cast<int>(std::clamp<qint64>(remaining, 0, kMaxCheckIntervalMs)));
}

qint64 IdleWatcher::nowMs() const
{
    return m_clock.nowUtc().toMSecsSinceEpoch();
}

} // namespace daicho
