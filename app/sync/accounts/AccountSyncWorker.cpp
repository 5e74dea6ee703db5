#include "AccountSyncWorker.h"

#include "net/Fetcher.h"
#include "storage/StorageThread.h"
#include "sync/accounts/AccountSync.h"

#include <QNetworkAccessManager>

namespace tidings::accounts {

AccountSyncWorker::AccountSyncWorker(StorageThread &storage, PasswordLookup passwords, QObject *parent)
    : QObject(parent)
    , m_storage(storage)
    , m_passwords(std::move(passwords))
{
    m_thread.setObjectName(u"account sync"_qs);
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.start();
}

AccountSyncWorker::~AccountSyncWorker()
{
    m_thread.quit();
    m_thread.wait();
}

void AccountSyncWorker::syncAll()
{
    runOnWorker({}, true);
}

void AccountSyncWorker::sync(qint64 accountId)
{
    runOnWorker({accountId}, false);
}

void AccountSyncWorker::runOnWorker(const QList<qint64> &accountIds, bool all)
{
    QMetaObject::invokeMethod(
            m_context,
            [this, accountIds, all] {
                if (!m_network)
                    m_network = Fetcher::makeNetworkAccessManager(m_context);
                // Each step's job runs on the storage thread; this thread waits for it (never the GUI).
                const AccountSync::StoreRunner onStore = [this](const AccountSync::StoreJob &job) {
                    m_storage.run([job](Store &store) { job(store); }).waitForFinished();
                };
                QList<AccountRow> accounts;
                onStore([&](Store &store) {
                    AccountStore rows(store);
                    for (const AccountRow &a : rows.accounts()) {
                        if (all || accountIds.contains(a.id))
                            accounts.append(a);
                    }
                });
                int failed = 0;
                for (const AccountRow &account : std::as_const(accounts)) {
                    const PasswordAnswer password = m_passwords(account);
                    QString error = password.error;
                    std::unique_ptr<FeedService> service;
                    if (password.ok()) {
                        service = AccountServices::make(account.kind, m_network, account.baseUrl, account.user,
                                                        password.password, &error);
                    }
                    if (!service) {
                        ++failed;
                        emit accountSynced(account.id, account.name, false, error);
                        continue;
                    }
                    AccountSync sync(onStore, *service, account.id);
                    const AccountSyncResult result = sync.run();
                    if (!result.ok())
                        ++failed;
                    emit accountSynced(account.id, account.name, result.ok(), result.message());
                }
                emit finished(failed);
            },
            Qt::QueuedConnection);
}

} // namespace tidings::accounts
