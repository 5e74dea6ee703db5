#pragma once

#include "sync/accounts/AccountStore.h"
#include "sync/accounts/FeedService.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>

namespace tidings {
class Store;
} // namespace tidings

namespace tidings::accounts {

struct AccountSyncResult
{
    ServiceError error; // what stopped the sync; None when it went through
    QString storeError; // the local database failed (nothing the service did)
    bool skipped = false; // backing off: the service asked to wait until retryAt
    qint64 retryAt = 0;
    FeedChanges feeds;
    StoredArticles articles; // from articlesAfter and from articles(ids)
    int fetchedByIds = 0;
    FlagChanges flags; // local flags changed to follow the service
    int sent = 0; // journalled changes the service accepted
    int pending = 0; // journalled changes still waiting
    int feedEditsSent = 0; // unsubscribes, renames and moves made here that the service accepted
    QString subscribeError; // subscribe(): what the service said when it refused the feed
    bool keptSubscribed = false; // subscribe(): a waiting unsubscribe was dropped, nothing asked
    QStringList notes; // feed edits the service refused for good (dropped from the journal), in words
    [[nodiscard]] bool ok() const { return error.ok() && storeError.isEmpty() && !skipped; }
    // In words, for the command line and the window.
    [[nodiscard]] QString message() const;
};

// One sync of one account through its FeedService, service-neutral:
//  0. feed edits made here (unsubscribe, rename, move) go up first, one call each, so the feed list
//     that comes down next already holds them; each journal row is deleted once the service accepted
//     it, or refused it for good (a note says so); offline, 429 and 5xx keep it and stop the sync;
//  1. folders and feeds (new remote feeds become feeds of the account's site, vanished ones go);
//  2. articles after the stored cursor, page by page, each page stored with its cursor in one
//     transaction (a kill loses at most the page in flight and never stores one twice);
//  3. the service's unread and starred lists: articles they name that are not stored are fetched,
//     then local flags follow the lists, except where a change made in Tidings is journalled and not
//     yet sent. The rule is "the later change wins": neither service says when a flag changed, so
//     the order Tidings can see is used. A journalled change was made after the last sync that went
//     through (it would have been sent then), so it is later than the state the service had when
//     Tidings last saw it, and it wins; everything else follows the service, which holds every
//     other device's changes. Where the service counts (FeedService::flagCounts), only the lists of
//     the feeds whose counts differ from the local ones (or that have journalled changes) are read,
//     and only those feeds' flags follow them; equal counts can hide a swap (one article read and
//     another marked unread elsewhere), so the whole lists are read again at the first sync of every
//     period (Options::fullReconcileSeconds);
//  4. the journal goes up in batches, grouped by flag and value; rows are deleted only after the
//     service accepted them, so a kill in between sends them again (setting a flag is idempotent).
// Errors: a wrong password or API access switched off stop the sync with the service's message; 429
// and 5xx back off (the account records when to try again); an unreachable service leaves local
// reading untouched and the error in words on the account.
//
// The service blocks, so a sync runs on a worker thread (never the GUI thread). The store is reached
// through runOnStore, which runs a job on the store's thread and returns when it is done: in the
// command line and the tests that is a direct call; in the window it is the storage thread.
class AccountSync
{
    Q_DECLARE_TR_FUNCTIONS(AccountSync)

public:
    using StoreJob = std::function<void(Store &)>;
    using StoreRunner = std::function<void(const StoreJob &)>;

    struct Options
    {
        int maxPages = 10000; // articlesAfter calls per sync; a guard against a service that never ends
        int maxFetchByIds = 5000; // articles fetched by id per sync
        int pushBatch = 500; // ids per setFlag call
        bool ignoreBackoff = false; // sync now even when the account waits for a retry time
        qint64 baseBackoffSeconds = 60; // doubled per failure, capped at a day
        // Where the service counts: a sync whose last successful sync was in an earlier period of this
        // length (periods start at the Unix epoch) reads the whole id lists however the counts agree.
        // 0: always. The first sync of an account never does: its articles came with their flags.
        qint64 fullReconcileSeconds = 3600;
    };

    AccountSync(StoreRunner runOnStore, FeedService &service, qint64 accountId, Options options);
    AccountSync(StoreRunner runOnStore, FeedService &service, qint64 accountId)
        : AccountSync(std::move(runOnStore), service, accountId, Options{})
    { }

    [[nodiscard]] AccountSyncResult run();

    // The push alone (feed edits, then what a sync does last), for sending changes soon after they are made.
    [[nodiscard]] AccountSyncResult push();

    // Subscribes the account to a feed on the service, then syncs so the feed and its articles arrive.
    // An unsubscribe of that address still waiting in the journal is dropped instead (the service
    // still has the feed; the newer wish wins). folderId: one of the account's folders, or empty.
    // result.subscribeError says why the service refused; the sync's own result as run()'s.
    [[nodiscard]] AccountSyncResult subscribe(const QUrl &feedUrl, const QString &folderId);

private:
    // Runs work(AccountStore &) on the store's thread; false (result.storeError set) when it fails.
    bool onStore(const std::function<bool(AccountStore &)> &work, AccountSyncResult &result);
    // Reads the account into m_account; false (the reason in result) when it is gone.
    bool loadAccount(AccountSyncResult &result);
    bool pushJournal(AccountSyncResult &result);
    // Step 0: the feed edits journalled here, oldest first.
    bool pushFeedEdits(AccountSyncResult &result);
    // Step 3's reading: the service's id lists, whole or of the feeds whose counts differ.
    bool readServiceFlags(AccountSyncResult &result, ReconcileScope &scope, QStringList &unread, QStringList &starred);
    [[nodiscard]] bool fullReconcileDue() const;
    AccountSyncResult fail(AccountSyncResult result);

    StoreRunner m_runOnStore;
    FeedService &m_service;
    qint64 m_accountId;
    Options m_options;
    AccountRow m_account;
};

} // namespace tidings::accounts
