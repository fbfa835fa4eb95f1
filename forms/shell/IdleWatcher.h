#pragma once

#include "common/Clock.h"

#include <QObject>
#include <QTimer>

#include <chrono>

namespace daicho {

// Watches the whole application for keyboard, mouse and touch input and says when none
// came for the timeout. Wall-clock time is compared, not a monotonic one, so that a PC
// that slept with the application open locks as soon as it wakes.
class IdleWatcher : public QObject
{
    Q_OBJECT

public:
    explicit IdleWatcher(const Clock& clock, QObject* parent = nullptr);
    ~IdleWatcher() override;

    void setTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds timeout() const { return m_timeout; }

    // Starts watching from now; stop() while nobody is signed in.
    void start();
    void stop();
    bool isActive() const { return m_active; }

signals:
    void idleTimedOut();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void check();
    qint64 nowMs() const;
    void schedule();

    const Clock& m_clock;
    QTimer m_timer;
    std::chrono::milliseconds m_timeout{std::chrono::minutes(5)};
    qint64 m_lastActivityMs = 0;
    bool m_active = false;
};

} // namespace daicho
