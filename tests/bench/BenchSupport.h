#pragma once

// What every benchmark harness needs: stopping on an error with its message, and timing the
// fastest of several runs.
#include "common/Result.h"

#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <utility>

namespace daicho::bench {

inline double seconds(const QElapsedTimer& t)
{
    return static_cast<double>(t.nsecsElapsed()) / 1e9;
}

[[noreturn]] inline void die(const Error& e)
{
    std::fprintf(stderr, "bench: %s (%s)\n", qPrintable(e.message), qPrintable(e.detail));
    std::exit(1);
}

template <typename T>
T check(Result<T> r)
{
    if (!r)
        die(r.error());
    return std::move(r.value());
}

inline void check(const Status& s)
{
    if (!s.ok())
        die(s.error());
}

// The fastest of `times` runs: small operations are timed repeatedly to see past noise.
template <typename F>
double fastest(int times, F&& f)
{
    double best = 1e9;
    for (int i = 0; i < times; ++i) {
        QElapsedTimer t;
        t.start();
        f();
        best = std::min(best, seconds(t));
    }
    return best;
}

} // namespace daicho::bench
