#include "AccountSyncWorker.h"

#include "net/Fetcher.h"
#include "storage/StorageThread.h"
#include "sync/accounts/AccountSync.h"
#include "sync/accounts/Keychain.h"

#include <QDateTime>
#include <QNetworkAccessManager>

namespace tidings::accounts {

AccountSyncWorker::AccountSyncWorker(StorageThread &storage, PasswordLookup passwords, QObject *parent)
    : QObject(parent)
    , m_storage(storage)
    , m_passwords(std::move(passwords))
{
    qRegisterMetaType<AddedAccount>();
    m_thread.setObjectName(u"account sync"_qs);
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.start();
}

AccountSyncWorker::~AccountSyncWorker()
{
    for (QThread *thread : std::as_const(m_asideThreads)) {
        thread->wait();
        delete thread;
    }
    m_thread.quit();
    m_thread.wait();
}

void AccountSyncWorker::syncAll()
{
    runOnWorker({}, Selection::All);
}

void AccountSyncWorker::sync(qint64 accountId)
{
    runOnWorker({accountId}, Selection::Listed);
}

void AccountSyncWorker::syncDue(qint64 intervalSeconds)
{
    if (isBusy())
        return;
    runOnWorker({}, Selection::Due, intervalSeconds);
}

AccountSync::StoreRunner AccountSyncWorker::onStorage() const
{
    // Each step's job runs on the storage thread; the calling thread waits for it (never the GUI's).
    return [&storage = m_storage](const AccountSync::StoreJob &job) {
        storage.run([job](Store &store) { job(store); }).waitForFinished();
    };
}

AccountSync::StoreRunner AccountSyncWorker::storeRunner()
{
    if (!m_network)
        m_network = Fetcher::makeNetworkAccessManager(m_context);
    return onStorage();
}

std::unique_ptr<FeedService> AccountSyncWorker::serviceFor(const AccountRow &account, QString &error)
{
    const PasswordAnswer password = m_passwords(account);
    error = password.error;
    if (!password.ok())
        return nullptr;
    return AccountServices::make(account.kind, m_network, account.baseUrl, account.user, password.password, &error);
}

void AccountSyncWorker::runOnWorker(const QList<qint64> &accountIds, Selection selection, qint64 intervalSeconds)
{
    ++m_queued;
    QMetaObject::invokeMethod(
            m_context,
            [this, accountIds, selection, intervalSeconds] {
                const AccountSync::StoreRunner onStore = storeRunner();
                const qint64 now = QDateTime::currentSecsSinceEpoch();
                QList<AccountRow> accounts;
                onStore([&](Store &store) {
                    AccountStore rows(store);
                    for (const AccountRow &a : rows.accounts()) {
                        const bool chosen = selection == Selection::All
                                || (selection == Selection::Listed && accountIds.contains(a.id))
                                || (selection == Selection::Due && a.lastAttemptAt + intervalSeconds <= now);
                        if (chosen)
                            accounts.append(a);
                    }
                });
                int failed = 0;
                for (const AccountRow &account : std::as_const(accounts)) {
                    emit syncStarted(account.id, account.name);
                    QString error;
                    const std::unique_ptr<FeedService> service = serviceFor(account, error);
                    if (!service) {
                        ++failed;
                        // Said on the account too, so Preferences ▸ Accounts shows why it does not sync.
                        onStore([&](Store &store) {
                            (void)AccountStore(store).recordFailure(account.id, u"needs_password"_qs, error, 0, now);
                        });
                        emit accountSynced(account.id, account.name, false, error);
                        continue;
                    }
                    AccountSync sync(onStore, *service, account.id);
                    const AccountSyncResult result = sync.run();
                    if (!result.ok())
                        ++failed;
                    if (result.error.kind == ServiceError::Kind::WrongPassword
                        && account.password.kind == PasswordSource::Kind::Keychain)
                        emit passwordRejected(account.id, Passwords::keychainKey(account.baseUrl, account.user));
                    emit accountSynced(account.id, account.name, result.ok(), result.message());
                }
                --m_queued;
                emit finished(failed);
            },
            Qt::QueuedConnection);
}

void AccountSyncWorker::pushChanges()
{
    ++m_queued;
    QMetaObject::invokeMethod(
            m_context,
            [this] {
                const AccountSync::StoreRunner onStore = storeRunner();
                // Only accounts with something to send: a push must not log in to every service.
                QList<AccountRow> waiting;
                onStore([&](Store &store) {
                    AccountStore rows(store);
                    for (const AccountRow &a : rows.accounts()) {
                        if (rows.hasChangesToSend(a.id))
                            waiting.append(a);
                    }
                });
                int sent = 0;
                QStringList errors;
                for (const AccountRow &account : std::as_const(waiting)) {
                    QString error;
                    const std::unique_ptr<FeedService> service = serviceFor(account, error);
                    if (!service) {
                        errors.append(tr("%1: %2").arg(account.name, error));
                        continue;
                    }
                    AccountSync sync(onStore, *service, account.id);
                    const AccountSyncResult result = sync.push();
                    sent += result.sent;
                    if (!result.ok())
                        errors.append(tr("%1: %2").arg(account.name, result.message()));
                }
                --m_queued;
                emit changesPushed(sent, errors.join(u'\n'));
            },
            Qt::QueuedConnection);
}

void AccountSyncWorker::subscribe(qint64 accountId, const QUrl &feedUrl, const QString &folderId)
{
    ++m_queued;
    QMetaObject::invokeMethod(
            m_context,
            [this, accountId, feedUrl, folderId] {
                const AccountSync::StoreRunner onStore = storeRunner();
                std::optional<AccountRow> account;
                onStore([&](Store &store) { account = AccountStore(store).account(accountId); });
                QString error;
                std::unique_ptr<FeedService> service;
                if (account)
                    service = serviceFor(*account, error);
                else
                    error = tr("The account is gone.");
                if (!service) {
                    --m_queued;
                    emit subscribed(accountId, feedUrl, error);
                    return;
                }
                emit syncStarted(account->id, account->name);
                AccountSync sync(onStore, *service, account->id);
                const AccountSyncResult result = sync.subscribe(feedUrl, folderId);
                --m_queued;
                emit subscribed(accountId, feedUrl, result.subscribeError);
                if (result.subscribeError.isEmpty())
                    emit accountSynced(account->id, account->name, result.ok(), result.message());
                emit finished(result.ok() ? 0 : 1);
            },
            Qt::QueuedConnection);
}

void AccountSyncWorker::runAside(const QString &name, std::function<void(QNetworkAccessManager *)> work)
{
    // Not behind the syncs queued on m_thread: the user waits for this answer, and a first sync of a
    // large account takes minutes. The thread makes its own network manager.
    QThread *thread = QThread::create([work = std::move(work)] {
        const std::unique_ptr<QNetworkAccessManager> network(Fetcher::makeNetworkAccessManager(nullptr));
        work(network.get());
    });
    thread->setObjectName(name);
    m_asideThreads.append(thread);
    connect(thread, &QThread::finished, this, [this, thread] {
        m_asideThreads.removeOne(thread);
        thread->deleteLater();
    });
    thread->start();
}

void AccountSyncWorker::addAccount(const NewAccount &request)
{
    runAside(u"account check"_qs, [this, request](QNetworkAccessManager *network) {
        emit accountAdded(AccountSetup::add(request, network, onStorage(), Keychain()));
    });
}

void AccountSyncWorker::changePassword(const AccountRow &account, const QString &password, SessionPasswords *session)
{
    runAside(u"password check"_qs, [this, account, password, session](QNetworkAccessManager *network) {
        emit passwordChanged(AccountSetup::changePassword(account, password, network, Keychain(), session));
    });
}

} // namespace tidings::accounts
