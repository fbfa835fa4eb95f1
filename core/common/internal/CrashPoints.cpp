#include "common/internal/CrashPoints.h"

#include <atomic>

namespace daicho {

namespace {

std::atomic<CrashPointHandler> handler{nullptr};

} // namespace

void setCrashPointHandler(CrashPointHandler h)
{
    handler.store(h);
}

void crashPoint(const char* point)
{
    if (CrashPointHandler h = handler.load())
        h(point);
}

} // namespace daicho
