#pragma once

#include "Store.h"

#include <QFuture>
#include <QObject>
#include <QPromise>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>
#include <type_traits>

namespace tidings {

// The single owner of writes in the app: a Store living on its own thread with its own connection.
// Work is queued to it and results come back as QFutures; nothing here blocks the caller, except
// the destructor, which waits for queued writes so none is lost at exit.
class StorageThread : public QObject
{
    Q_OBJECT

public:
    // A ReadOnly thread serves the views: SQLite in WAL mode lets it read while the writer imports.
    explicit StorageThread(QString databasePath, QObject *parent = nullptr,
                           Database::Mode mode = Database::Mode::ReadWrite);
    ~StorageThread() override;

    // Opens the store on the storage thread. The future holds an error message, empty on success.
    QFuture<QString> open();

    // Runs job(store) on the storage thread.
    template<typename Job>
    auto run(Job job) -> QFuture<std::invoke_result_t<Job, Store &>>
    {
        using Result = std::invoke_result_t<Job, Store &>;
        auto promise = std::make_shared<QPromise<Result>>();
        QFuture<Result> future = promise->future();
        promise->start();
        QMetaObject::invokeMethod(
                m_worker,
                [this, promise, job = std::move(job)]() mutable {
                    // A job that arrives before open() succeeded has no store to run on: it yields an
                    // empty result rather than touching a store that is not there.
                    const bool open = m_store && m_store->isOpen();
                    if constexpr (std::is_void_v<Result>) {
                        if (open)
                            job(*m_store);
                    } else {
                        promise->addResult(open ? job(*m_store) : Result{});
                    }
                    promise->finish();
                },
                Qt::QueuedConnection);
        return future;
    }

    // Runs job() on the storage thread whether or not the store is open: for what is done to the file
    // itself when it cannot be opened (StoreRecovery), which must not happen on the GUI thread either.
    template<typename Job>
    auto runOnFile(Job job) -> QFuture<std::invoke_result_t<Job>>
    {
        using Result = std::invoke_result_t<Job>;
        auto promise = std::make_shared<QPromise<Result>>();
        QFuture<Result> future = promise->future();
        promise->start();
        QMetaObject::invokeMethod(
                m_worker,
                [promise, job = std::move(job)]() mutable {
                    promise->addResult(job());
                    promise->finish();
                },
                Qt::QueuedConnection);
        return future;
    }

    // Whether the last open() failed because the file is damaged; read once its future is ready.
    [[nodiscard]] bool isDamaged() const { return m_damaged; }
    [[nodiscard]] const QString &databasePath() const { return m_path; }
    [[nodiscard]] Database::Mode mode() const { return m_mode; }

private:
    QString m_path;
    Database::Mode m_mode;
    QThread m_thread;
    QObject *m_worker = nullptr; // lives on m_thread; the context jobs run in
    std::unique_ptr<Store> m_store; // created and destroyed on m_thread
    std::atomic_bool m_damaged = false;
};

} // namespace tidings
