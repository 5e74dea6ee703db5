#include "AccountSync.h"

#include "storage/Store.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QMap>

Q_LOGGING_CATEGORY(lcAccountSync, "tidings.accounts.sync", QtWarningMsg)

namespace tidings::accounts {
namespace {

qint64 nowSeconds()
{
    return QDateTime::currentSecsSinceEpoch();
}

} // namespace

QString AccountSyncResult::message() const
{
    if (!storeError.isEmpty())
        return AccountSync::tr("the database failed: %1").arg(storeError);
    if (skipped) {
        return AccountSync::tr("waiting until %1 before asking the service again")
                .arg(QDateTime::fromSecsSinceEpoch(retryAt, Qt::UTC).toString(Qt::ISODate));
    }
    if (!error.ok())
        return error.message;
    QString line = AccountSync::tr("%1 new, %2 updated").arg(articles.added).arg(articles.updated) + u"; "_qs
            + AccountSync::tr("%n flag(s) set as the service has them", nullptr, int(flags.total())) + u", "_qs
            + AccountSync::tr("%n change(s) made here sent", nullptr, int(sent));
    if (feeds.added || feeds.removed || feeds.renamed || feeds.moved) {
        line += u"; "_qs
                + AccountSync::tr("feeds: %1 added, %2 removed, %3 renamed, %4 moved")
                          .arg(feeds.added)
                          .arg(feeds.removed)
                          .arg(feeds.renamed)
                          .arg(feeds.moved);
    }
    if (feedEditsSent > 0)
        line += u"; "_qs + AccountSync::tr("%n feed change(s) made here sent", nullptr, feedEditsSent);
    for (const QString &note : notes)
        line += u"; "_qs + note;
    return line;
}

AccountSync::AccountSync(StoreRunner runOnStore, FeedService &service, qint64 accountId, Options options)
    : m_runOnStore(std::move(runOnStore))
    , m_service(service)
    , m_accountId(accountId)
    , m_options(options)
{ }

bool AccountSync::onStore(const std::function<bool(AccountStore &)> &work, AccountSyncResult &result)
{
    bool ok = false;
    m_runOnStore([&](Store &store) {
        AccountStore accounts(store);
        ok = work(accounts);
        if (!ok)
            result.storeError = accounts.error().isEmpty() ? tr("unknown error") : accounts.error();
    });
    return ok;
}

AccountSyncResult AccountSync::fail(AccountSyncResult result)
{
    // The service's trouble is recorded on the account; local articles and marks stay as they are.
    const ServiceError &e = result.error;
    QString state = u"failed"_qs;
    qint64 retryAt = 0;
    const qint64 now = nowSeconds();
    if (e.kind == ServiceError::Kind::RateLimited || e.kind == ServiceError::Kind::ServerError) {
        state = u"backing_off"_qs;
        qint64 wait = e.retryAfterSeconds > 0 ? e.retryAfterSeconds : 0;
        if (wait <= 0) {
            const int doublings = qBound(0, m_account.errorCount, 10);
            wait = qMin<qint64>(m_options.baseBackoffSeconds << doublings, 86400);
        }
        retryAt = now + wait;
        result.retryAt = retryAt;
    } else if (e.kind == ServiceError::Kind::WrongPassword) {
        state = u"needs_password"_qs;
    }
    const QString message = result.storeError.isEmpty() ? e.message : result.message();
    AccountSyncResult ignored;
    (void)onStore(
            [&](AccountStore &accounts) { return accounts.recordFailure(m_accountId, state, message, retryAt, now); },
            ignored);
    qCInfo(lcAccountSync) << "account" << m_accountId << "sync stopped:" << message;
    return result;
}

bool AccountSync::loadAccount(AccountSyncResult &result)
{
    std::optional<AccountRow> account;
    if (!onStore(
                [&](AccountStore &accounts) {
                    account = accounts.account(m_accountId);
                    return account.has_value();
                },
                result)) {
        if (result.storeError.isEmpty() || !account)
            result.storeError = tr("no account %1").arg(m_accountId);
        return false;
    }
    m_account = *account;
    return true;
}

AccountSyncResult AccountSync::run()
{
    AccountSyncResult result;
    if (!loadAccount(result))
        return result;
    if (!m_options.ignoreBackoff && m_account.retryAt > nowSeconds()) {
        result.skipped = true;
        result.retryAt = m_account.retryAt;
        return result;
    }

    QElapsedTimer phase; // what each step took, for tidings.accounts.sync.info=true
    phase.start();
    // 0. Feed edits made here go up before the feed list comes down, so that list already holds them.
    if (!pushFeedEdits(result))
        return fail(result);
    // 1. Folders and feeds. The first call logs in: a wrong password stops here, nothing changed.
    const ServiceResult<QList<RemoteFolder>> folders = m_service.folders();
    if (!folders.ok()) {
        result.error = folders.error;
        return fail(result);
    }
    const ServiceResult<QList<RemoteFeed>> feeds = m_service.feeds();
    if (!feeds.ok()) {
        result.error = feeds.error;
        return fail(result);
    }
    if (!onStore([&](AccountStore &a) { return a.applyFeeds(m_account, folders.value, feeds.value, result.feeds); },
                 result))
        return fail(result);

    qCInfo(lcAccountSync) << "feeds" << phase.restart() << "ms";
    // 2. New articles, a page at a time, each page stored with the cursor that follows it.
    QString cursor = m_account.cursor;
    qint64 storing = 0; // of the articles step, the part spent storing
    for (int page = 0; page < m_options.maxPages; ++page) {
        const ServiceResult<ArticleBatch> batch = m_service.articlesAfter(cursor);
        if (!batch.ok()) {
            result.error = batch.error;
            return fail(result);
        }
        // A service that names no cursor keeps the one it was given (empty would start over); a null
        // one would tell storeArticles to keep the stored cursor.
        const QString next = !batch.value.nextCursor.isEmpty() ? batch.value.nextCursor
                : cursor.isNull()                              ? u""_qs
                                                               : cursor;
        QElapsedTimer store;
        store.start();
        if (!onStore(
                    [&](AccountStore &a) {
                        return a.storeArticles(m_account, batch.value.articles, next, result.articles);
                    },
                    result))
            return fail(result);
        storing += store.elapsed();
        cursor = next;
        if (!batch.value.more)
            break;
    }

    qCInfo(lcAccountSync) << "articles" << phase.restart() << "ms, storing them" << storing << "ms";
    // 3. The service's flags: fetch what its lists name that is not stored, then follow them.
    ReconcileScope scope;
    QStringList unread;
    QStringList starred;
    if (!readServiceFlags(result, scope, unread, starred))
        return fail(result);
    qCInfo(lcAccountSync) << "id lists" << phase.restart() << "ms";
    QStringList absent;
    if (!onStore(
                [&](AccountStore &a) {
                    if (!a.loadServiceFlags(unread, starred))
                        return false;
                    absent = a.missing(m_accountId);
                    return a.error().isEmpty();
                },
                result))
        return fail(result);
    qCInfo(lcAccountSync) << "missing" << phase.restart() << "ms";
    absent = absent.mid(0, m_options.maxFetchByIds);
    if (!absent.isEmpty()) {
        const ServiceResult<QList<RemoteArticle>> fetched = m_service.articles(absent);
        if (!fetched.ok()) {
            result.error = fetched.error;
            return fail(result);
        }
        result.fetchedByIds = int(fetched.value.size());
        if (!onStore([&](AccountStore &a) { return a.storeArticles(m_account, fetched.value, {}, result.articles); },
                     result))
            return fail(result);
    }
    if (!onStore([&](AccountStore &a) { return a.reconcile(m_accountId, result.flags, scope); }, result))
        return fail(result);

    qCInfo(lcAccountSync) << "fetch by id and reconcile" << phase.restart() << "ms";
    // 4. What changed here goes up.
    if (!pushJournal(result))
        return fail(result);
    qCInfo(lcAccountSync) << "push" << phase.restart() << "ms";
    (void)onStore([&](AccountStore &a) { return a.recordSuccess(m_accountId, nowSeconds()); }, result);
    return result;
}

bool AccountSync::fullReconcileDue() const
{
    const qint64 period = m_options.fullReconcileSeconds;
    if (period <= 0)
        return true;
    if (m_account.lastSyncAt <= 0)
        return false;
    return nowSeconds() / period != m_account.lastSyncAt / period;
}

bool AccountSync::readServiceFlags(AccountSyncResult &result, ReconcileScope &scope, QStringList &unread,
                                   QStringList &starred)
{
    const ServiceResult<FlagCounts> counts = m_service.flagCounts();
    if (!counts.ok()) {
        result.error = counts.error;
        return false;
    }
    std::optional<LocalFlagCounts> local;
    if (counts.value.counted && !fullReconcileDue()) {
        if (!onStore(
                    [&](AccountStore &a) {
                        local = a.flagCounts(m_accountId);
                        return local.has_value();
                    },
                    result))
            return false;
    }
    // What a call costs next to a row, in rows (tt-rss: about 50 ms a call, 1-2 ms an id).
    constexpr qint64 rowsPerCall = 25;
    const auto read = [&](Flag flag, bool &all, QStringList &feeds, QStringList &ids) {
        const auto count = [flag](const FeedFlagCounts &c) {
            return flag == Flag::Unread ? c.unread : c.starred;
        };
        if (local) {
            const QSet<QString> &journalled = flag == Flag::Unread ? local->journalledUnread : local->journalledStarred;
            qint64 rows = 0;
            qint64 wholeRows = 0;
            for (auto it = counts.value.feeds.cbegin(); it != counts.value.feeds.cend(); ++it)
                wholeRows += count(it.value());
            for (auto it = local->feeds.cbegin(); it != local->feeds.cend(); ++it) {
                const qint64 there = count(counts.value.feeds.value(it.key()));
                if (there != count(it.value()) || journalled.contains(it.key())) {
                    feeds.append(it.key());
                    rows += there;
                }
            }
            // Only the feeds that differ, unless one pass over the whole list costs less (a tie goes to
            // the feeds: fewer flags to set).
            if (feeds.isEmpty() || rowsPerCall * feeds.size() + rows <= rowsPerCall + wholeRows) {
                all = false;
                qCInfo(lcAccountSync) << (flag == Flag::Unread ? "unread" : "starred") << "ids of" << feeds.size()
                                      << "of" << local->feeds.size() << "feeds";
                if (feeds.isEmpty())
                    return ServiceError{};
                ServiceResult<QStringList> listed = m_service.flaggedIds(flag, feeds);
                ids = std::move(listed.value);
                return listed.error;
            }
            feeds.clear();
        }
        all = true;
        ServiceResult<QStringList> listed = flag == Flag::Unread ? m_service.unreadIds() : m_service.starredIds();
        ids = std::move(listed.value);
        return listed.error;
    };
    result.error = read(Flag::Unread, scope.allUnread, scope.unreadFeeds, unread);
    if (result.error.ok())
        result.error = read(Flag::Starred, scope.allStarred, scope.starredFeeds, starred);
    return result.error.ok();
}

AccountSyncResult AccountSync::push()
{
    AccountSyncResult result;
    if (!loadAccount(result))
        return result;
    if (!pushFeedEdits(result) || !pushJournal(result))
        return fail(result);
    return result;
}

bool AccountSync::pushJournal(AccountSyncResult &result)
{
    QList<JournalEntry> entries;
    if (!onStore(
                [&](AccountStore &a) {
                    entries = a.journal(m_accountId);
                    return a.error().isEmpty();
                },
                result))
        return false;
    result.pending = int(entries.size());
    // One call per flag and value (in batches): read, unread, starred, unstarred.
    QMap<std::pair<int, bool>, QList<const JournalEntry *>> groups;
    for (const JournalEntry &e : std::as_const(entries))
        groups[{int(e.flag), e.value}].append(&e);
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        const QList<const JournalEntry *> &group = it.value();
        for (qsizetype from = 0; from < group.size(); from += m_options.pushBatch) {
            QStringList ids;
            QList<qint64> rows;
            for (qsizetype i = from; i < qMin(group.size(), from + m_options.pushBatch); ++i) {
                ids.append(group[i]->remoteId);
                rows.append(group[i]->id);
            }
            const ServiceError e = m_service.setFlag(Flag(it.key().first), it.key().second, ids);
            if (!e.ok()) {
                result.error = e;
                return false;
            }
            // Only now: a kill before this line sends the batch again, which changes nothing there.
            if (!onStore([&](AccountStore &a) { return a.forget(rows); }, result))
                return false;
            result.sent += int(rows.size());
            result.pending -= int(rows.size());
        }
    }
    return true;
}

bool AccountSync::pushFeedEdits(AccountSyncResult &result)
{
    QList<FeedEdit> edits;
    if (!onStore(
                [&](AccountStore &a) {
                    edits = a.feedEdits(m_accountId);
                    return a.error().isEmpty();
                },
                result))
        return false;
    for (const FeedEdit &edit : std::as_const(edits)) {
        ServiceError e;
        switch (edit.action) {
        case FeedEdit::Action::Unsubscribe:
            e = m_service.unsubscribe(edit.remoteId);
            break;
        case FeedEdit::Action::Rename:
            e = m_service.renameFeed(edit.remoteId, edit.title);
            break;
        case FeedEdit::Action::Move:
            e = m_service.moveFeed(edit.remoteId, edit.folderId);
            break;
        }
        const bool forGood = e.kind == ServiceError::Kind::Refused || e.kind == ServiceError::Kind::Unsupported;
        if (!e.ok() && !forGood) {
            // Offline, 429, 5xx, a password: the edit waits in the journal for the next sync.
            result.error = e;
            return false;
        }
        if (forGood) {
            // Asking again would get the same answer. The service's own state comes down in step 1 (an
            // unsubscribe it refused is of a feed it no longer has: that is done either way).
            const QString feed = edit.title.isEmpty() ? edit.feedUrl : edit.title;
            result.notes.append(edit.action == FeedEdit::Action::Unsubscribe
                                        ? tr("unsubscribing from %1: the service answered \"%2\"; taken as done")
                                                  .arg(feed, e.message)
                                        : edit.action == FeedEdit::Action::Rename
                                        ? tr("renaming a feed to %1: the service answered \"%2\"; the service's "
                                             "title stands")
                                                  .arg(feed, e.message)
                                        : tr("moving %1: the service answered \"%2\"; the service's folder stands")
                                                  .arg(feed, e.message));
            qCInfo(lcAccountSync) << "account" << m_accountId << "feed edit dropped:" << result.notes.last();
        }
        // Only now: a kill before this line sends the edit again, which the service takes as done.
        if (!onStore([&](AccountStore &a) { return a.forgetFeedEdit(edit.id); }, result))
            return false;
        if (e.ok())
            ++result.feedEditsSent;
    }
    return true;
}

AccountSyncResult AccountSync::subscribe(const QUrl &feedUrl, const QString &folderId)
{
    AccountSyncResult result;
    bool cancelled = false;
    if (!onStore([&](AccountStore &a) { return a.cancelUnsubscribe(m_accountId, feedUrl, cancelled); }, result))
        return result;
    if (!cancelled) {
        const ServiceResult<QString> added = m_service.subscribe(feedUrl, folderId);
        if (!added.ok()) {
            result.error = added.error;
            result.subscribeError = added.error.message;
            return result;
        }
    }
    AccountSyncResult synced = run();
    synced.keptSubscribed = cancelled;
    return synced;
}

} // namespace tidings::accounts
