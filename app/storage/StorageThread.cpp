#include "StorageThread.h"

namespace tidings {

StorageThread::StorageThread(QString databasePath, QObject *parent, Database::Mode mode)
    : QObject(parent)
    , m_path(std::move(databasePath))
    , m_mode(mode)
    , m_worker(new QObject)
{
    m_thread.setObjectName(u"tidings-storage"_qs);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

StorageThread::~StorageThread()
{
    // The store's connection must close on the thread that opened it; queued writes run first.
    QMetaObject::invokeMethod(
            m_worker,
            [this] {
                m_store.reset();
                m_thread.quit();
            },
            Qt::QueuedConnection);
    m_thread.wait();
}

QFuture<QString> StorageThread::open()
{
    auto promise = std::make_shared<QPromise<QString>>();
    QFuture<QString> future = promise->future();
    promise->start();
    QMetaObject::invokeMethod(
            m_worker,
            [this, promise] {
                m_store = std::make_unique<Store>();
                const bool opened = m_store->open(m_path, m_mode);
                m_damaged = !opened && m_store->isDamaged();
                promise->addResult(opened ? QString() : m_store->error());
                promise->finish();
            },
            Qt::QueuedConnection);
    return future;
}

} // namespace tidings
