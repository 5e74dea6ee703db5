#pragma once

#include "sync/accounts/FeedService.h"
#include "sync/accounts/Passwords.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QUrl>

#include <optional>

namespace tidings {
class Store;
} // namespace tidings

namespace tidings::accounts {

struct AccountRow
{
    qint64 id = -1;
    ServiceKind kind = ServiceKind::GoogleReader;
    QUrl baseUrl;
    QString user;
    // Where the password is found (Passwords), never the password itself: that is in none of Tidings'
    // files. Stored as password_source and password_ref.
    PasswordSource password;
    QString name; // also its site's name
    qint64 siteId = -1;
    QString state; // new | ok | failed | backing_off | needs_password
    qint64 lastSyncAt = 0;
    qint64 lastAttemptAt = 0;
    QString lastError;
    int errorCount = 0;
    qint64 retryAt = 0; // 0: whenever
    QString cursor;
    qint64 createdAt = 0;
};

// "ttrss" | "greader", as the command line and the database write them.
[[nodiscard]] QString serviceKindName(ServiceKind kind);
[[nodiscard]] std::optional<ServiceKind> serviceKindFromName(const QString &name);
[[nodiscard]] QString passwordSourceName(PasswordSource::Kind kind);

// A flag change made in Tidings, waiting to go up.
struct JournalEntry
{
    qint64 id = -1;
    QString remoteId;
    Flag flag = Flag::Unread;
    bool value = false;
    qint64 changedAt = 0;
};

struct FeedChanges
{
    int added = 0;
    int removed = 0;
    int renamed = 0;
    int moved = 0;
};

struct StoredArticles
{
    int added = 0;
    int updated = 0;
    int skipped = 0; // of a feed the account does not (or no longer) list
};

struct FlagChanges
{
    int read = 0; // marked read because the service holds them read
    int unread = 0;
    int starred = 0;
    int unstarred = 0;
    [[nodiscard]] int total() const { return read + unread + starred + unstarred; }
};

// What Tidings holds of an account's flags, per remote feed, to compare with the service's counts.
struct LocalFlagCounts
{
    QHash<QString, FeedFlagCounts> feeds; // every feed of the account, by remote id
    // Feeds with a journalled change of that flag: counts that include a change the service has not
    // seen say nothing about the service, so these feeds are read whole.
    QSet<QString> journalledUnread;
    QSet<QString> journalledStarred;
};

// Which feeds' flags reconcile() sets from the loaded lists: all (the lists are the service's whole
// lists) or only these remote feeds (the lists were read for them only).
struct ReconcileScope
{
    bool allUnread = true;
    QStringList unreadFeeds;
    bool allStarred = true;
    QStringList starredFeeds;
};

// The SQL side of accounts (schema 8): accounts, the mapping of their feeds and articles to local
// rows, the service's flags applied without journalling, and the journal of local changes. Works on
// the store of the calling thread; every write that belongs together is one transaction.
class AccountStore
{
    Q_DECLARE_TR_FUNCTIONS(AccountStore)

public:
    explicit AccountStore(Store &store)
        : m_store(store)
    { }

    [[nodiscard]] QList<AccountRow> accounts();
    [[nodiscard]] std::optional<AccountRow> account(qint64 id);
    // By its name, or its local id.
    [[nodiscard]] std::optional<AccountRow> find(const QString &nameOrId);

    // Stores the account and its site in one transaction; account.id and siteId are written back.
    // Refused (false, error() in words) when the name is taken by a site or an account, or the same
    // user on the same service is there already.
    [[nodiscard]] bool addAccount(AccountRow &account);
    // The account, its site, feeds, articles, marks and journal.
    [[nodiscard]] bool removeAccount(qint64 accountId);

    // Makes the account's folders and feeds what the service lists: new remote feeds become feeds of
    // the account's site, vanished ones are removed with their articles, renamed and moved ones change
    // in place. One transaction.
    [[nodiscard]] bool applyFeeds(const AccountRow &account, const QList<RemoteFolder> &folders,
                                  const QList<RemoteFeed> &feeds, FeedChanges &changes);

    // Stores articles from the service under their feeds and, when cursor is not null, the account's
    // new cursor, in one transaction: a page is stored whole with its cursor, or not at all. New
    // articles take the service's flags; stored ones keep theirs (reconcile() sets them).
    [[nodiscard]] bool storeArticles(const AccountRow &account, const QList<RemoteArticle> &articles,
                                     const QString &cursor, StoredArticles &counts);

    // Keeps the service's unread and starred id lists on this connection (temporary tables, one
    // transaction) for missing() and reconcile(), which then work as set operations in SQL.
    [[nodiscard]] bool loadServiceFlags(const QStringList &unreadIds, const QStringList &starredIds);
    // Of the ids the loaded lists name, those not stored for the account.
    [[nodiscard]] QStringList missing(qint64 accountId);

    // Local flags follow the loaded lists, except where a change made in Tidings waits in the journal
    // for that article and flag: that change is newer than the state the service had when Tidings
    // last saw it, and goes up next (the later change wins). One transaction.
    // With a scope, only the flags of the feeds it names follow (their lists were read whole); the
    // others stay as they are.
    [[nodiscard]] bool reconcile(qint64 accountId, FlagChanges &changes, const ReconcileScope &scope = {});

    // Per remote feed: how many of its stored articles are unread and starred here, and which feeds
    // have journalled changes. std::nullopt when the query fails (error()).
    [[nodiscard]] std::optional<LocalFlagCounts> flagCounts(qint64 accountId);

    [[nodiscard]] QList<JournalEntry> journal(qint64 accountId);
    // Rows the service accepted. A row replaced by a newer change since it was read has a new id and stays.
    [[nodiscard]] bool forget(const QList<qint64> &journalIds);

    [[nodiscard]] bool recordSuccess(qint64 accountId, qint64 now);
    [[nodiscard]] bool recordFailure(qint64 accountId, const QString &state, const QString &error, qint64 retryAt,
                                     qint64 now);

    [[nodiscard]] const QString &error() const { return m_error; }

private:
    bool exec(const QString &sql, const QVariantList &values, int *changed = nullptr);
    bool fillIds(const QString &table, const QStringList &ids);
    bool inTransaction(const std::function<bool()> &work);

    Store &m_store;
    QString m_error;
};

} // namespace tidings::accounts
