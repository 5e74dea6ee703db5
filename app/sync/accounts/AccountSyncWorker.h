#pragma once

#include "sync/accounts/AccountServices.h"
#include "sync/accounts/AccountSetup.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <functional>

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
    // Syncs the accounts not tried for intervalSeconds, unless a sync is queued or under way already
    // (what the window's periodic check calls: it must not pile syncs up behind a slow service).
    void syncDue(qint64 intervalSeconds);
    // Sends the read and starred changes waiting in the accounts' journals, without the rest of a
    // sync: what the window calls shortly after the user marks articles. After the sync under way,
    // if there is one (it may have read the journal before the newest marks).
    void pushChanges();
    // Subscribes the account to a feed on the service (AccountSync::subscribe), then syncs it.
    void subscribe(qint64 accountId, const QUrl &feedUrl, const QString &folderId);
    // Checks the credentials with the service and stores the account (AccountSetup::add).
    void addAccount(const tidings::accounts::NewAccount &request);
    // Checks a keychain account's new password and keeps it (AccountSetup::changePassword).
    void changePassword(const tidings::accounts::AccountRow &account, const QString &password,
                        tidings::accounts::SessionPasswords *session);

    // Whether a sync or a push is queued or under way.
    [[nodiscard]] bool isBusy() const { return m_queued.load() > 0; }

signals:
    // A sync of one account begins.
    void syncStarted(qint64 accountId, const QString &name);
    // One account synced (ok) or stopped (message says why, in words).
    void accountSynced(qint64 accountId, const QString &name, bool ok, const QString &message);
    // A syncAll(), sync() or syncDue() is done; failed accounts among those it synced.
    void finished(int failed);
    // The service refused the password of a keychain account: one remembered for the session, or the
    // keychain's, is wrong (a password file or command is the user's to change, not the window's).
    void passwordRejected(qint64 accountId, const QString &keychainKey);
    // Changes were sent by pushChanges() (sent), or could not be (error, in words).
    void changesPushed(int sent, const QString &error);
    // subscribe() is done: error says why the service (or the password) refused, empty when subscribed.
    void subscribed(qint64 accountId, const QUrl &feedUrl, const QString &error);
    // addAccount() is done: the account as stored, or error says why nothing was.
    void accountAdded(const tidings::accounts::AddedAccount &added);
    // changePassword() is done: error says why the password was not kept.
    void passwordChanged(const tidings::accounts::AddedAccount &changed);

private:
    enum class Selection { Listed, All, Due };
    void runOnWorker(const QList<qint64> &accountIds, Selection selection, qint64 intervalSeconds = 0);
    // Runs a job on the storage thread and waits for it, from any thread but the GUI's.
    [[nodiscard]] AccountSync::StoreRunner onStorage() const;
    // On the worker thread: onStorage(), once the network manager is made there.
    [[nodiscard]] AccountSync::StoreRunner storeRunner();
    [[nodiscard]] std::unique_ptr<FeedService> serviceFor(const AccountRow &account, QString &error);
    // Runs work on a thread of its own (a check the user waits for, not queued behind syncs).
    void runAside(const QString &name, std::function<void(QNetworkAccessManager *)> work);

    StorageThread &m_storage;
    PasswordLookup m_passwords;
    QThread m_thread;
    QObject *m_context = nullptr; // lives on m_thread; parent of the network manager
    QNetworkAccessManager *m_network = nullptr; // made on m_thread, used only there
    QList<QThread *> m_asideThreads; // runAside() work under way
    std::atomic<int> m_queued{0}; // jobs handed to m_thread and not yet done
};

} // namespace tidings::accounts
