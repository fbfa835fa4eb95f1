#pragma once

#include "common/Clock.h"

#include <QTimeZone>

namespace daicho::test {

// A clock the test moves by hand.
class FakeClock final : public Clock
{
public:
    explicit FakeClock(QDateTime start = QDateTime(QDate(2026, 4, 1), QTime(9, 0), Qt::UTC))
        : m_now(start)
    { }
    QDateTime nowUtc() const override { return m_now; }
    void advanceSeconds(qint64 seconds) { m_now = m_now.addSecs(seconds); }
    void set(const QDateTime& t) { m_now = t; }

private:
    QDateTime m_now;
};

} // namespace daicho::test
