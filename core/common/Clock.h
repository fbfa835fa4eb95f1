#pragma once

#include <QDateTime>

namespace daicho {

// The injectable "now": services take a Clock& so that tests control time
// (lockout delays, deadlines) without sleeping.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;
};

class SystemClock final : public Clock
{
public:
    QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }
};

} // namespace daicho
