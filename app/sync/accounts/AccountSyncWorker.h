#pragma once

#include "sync/accounts/AccountServices.h"

#include <QObject>
#include <QThread>

class QNetworkAccessManager;

namespace tidings {
class StorageThread;
} // namespace tidings

namespace tidings::accounts {

// Runs account syncs on a thread of its own, for the window: the clients block while they wait for
// the service, and the GUI thread must not. The store is reached through the storage thread (each
// step waits on the worker thread for its job there); the worker has its own network manager.
// Syncs queue up and run one at a time; results come back as signals on the owner's thread.
class AccountSyncWorker : public QObject
{
    Q_OBJECT

public:
    AccountSyncWorker(StorageThread &storage, PasswordLookup passwords, QObject *parent = nullptr);
    // Waits for the sync under way (a page in flight is given up; its page is not stored, so the next
    // sync fetches it again) and stops the thread.
    ~AccountSyncWorker() override;
    AccountSyncWorker(const AccountSyncWorker &) = delete;
    AccountSyncWorker &operator=(const AccountSyncWorker &) = delete;

    // Queues a sync of every account, or of one.
    void syncAll();
    void sync(qint64 accountId);

signals:
    // One account synced (ok) or stopped (message says why, in words).
    void accountSynced(qint64 accountId, const QString &name, bool ok, const QString &message);
    // A syncAll() or sync() is done; failed accounts among those it synced.
    void finished(int failed);

private:
    void runOnWorker(const QList<qint64> &accountIds, bool all);

    StorageThread &m_storage;
    PasswordLookup m_passwords;
    QThread m_thread;
    QObject *m_context = nullptr; // lives on m_thread; parent of the network manager
    QNetworkAccessManager *m_network = nullptr; // made on m_thread, used only there
};

} // namespace tidings::accounts
