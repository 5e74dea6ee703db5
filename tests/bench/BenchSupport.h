#pragma once

#include <QCoreApplication>
#include <QElapsedTimer>

#include <sys/resource.h>

// What the benchmarks share: the peak memory they report and a wait that keeps the event loop running.
namespace tidings::bench {

// The largest resident set this process has had, in MB.
inline double peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

// Runs the event loop until done() or the timeout; false on the timeout.
template<typename Done>
bool waitFor(Done done, int timeoutMs = 60000)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

} // namespace tidings::bench
