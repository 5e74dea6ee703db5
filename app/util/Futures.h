#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>

#include <utility>

namespace tidings {

// Calls done(result) on context's thread once future has a result, unless context is gone by then
// or the future was cancelled (its StorageThread went away). QFuture::then(context, ...) in Qt 6.4
// asserts when the context dies first (a window closed while a read was on its way); a watcher
// owned by the context simply goes with it.
template<typename T, typename Done>
void whenReady(const QFuture<T> &future, QObject *context, Done done)
{
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, done = std::move(done)]() mutable {
        watcher->deleteLater();
        const QFuture<T> f = watcher->future();
        if (f.isCanceled() || f.resultCount() == 0)
            return;
        done(f.result());
    });
    watcher->setFuture(future);
}

} // namespace tidings
