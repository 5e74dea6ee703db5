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
// An account's state (AccountRow::state, a code in the database) in words.
[[nodiscard]] QString stateText(const QString &state);

// A flag change made in Tidings, waiting to go up.
struct JournalEntry
{
    qint64 id = -1;
    QString remoteId;
    Flag flag = Flag::Unread;
    bool value = false;
    qint64 changedAt = 0;
};

// An account's feed as Tidings holds it: what the window's menus and the command line need to name
// it, edit it and say which account it belongs to.
struct AccountFeed
{
    qint64 feedId = -1; // the local feeds row
    qint64 accountId = -1;
    QString accountName;
    ServiceKind kind = ServiceKind::GoogleReader;
    QString remoteId; // the service's id of the feed
    QString title;
    QString url;
    QString folderId; // account_folders.remote_id; empty: in no folder
};

// An edit of an account's feed made in Tidings (schema 9), waiting to go up.
struct FeedEdit
{
    enum class Action { Unsubscribe, Rename, Move };
    qint64 id = -1;
    QString remoteId;
    Action action = Action::Rename;
    QString title; // Rename: the new title; otherwise the feed's title when it was edited
    QString folderId; // Move: the folder's remote id; empty: out of every folder
    QString feedUrl;
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

// What an account holds here: for `tidings account list` and Preferences ▸ Accounts.
struct AccountHoldings
{
    qint64 feeds = 0;
    qint64 articles = 0;
    qint64 waiting = 0; // changes made here not yet accepted by the service: marks and feed edits
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
    [[nodiscard]] AccountHoldings holdings(qint64 accountId);
    // Whether a mark or a feed edit waits to go up: one seek each, for a push that must not log in
    // to a service with nothing to send.
    [[nodiscard]] bool hasChangesToSend(qint64 accountId);
    // Rows the service accepted. A row replaced by a newer change since it was read has a new id and stays.
    [[nodiscard]] bool forget(const QList<qint64> &journalIds);

    // Feed edits made in Tidings (the window's and the command line's, on the store's thread). Each is
    // applied here at once and journalled in the same transaction for the next sync to send, so it is
    // done when the call returns true; false says why in words (error()): the feed is not an account's,
    // the title is empty, no such folder, or the service's API cannot do it (Tiny Tiny RSS cannot rename
    // or move a feed, and nothing that can never go up is journalled). A later edit of the same kind
    // replaces a waiting one; an unsubscribe replaces the feed's waiting rename and move.
    //
    // Unsubscribes: the local feed goes with its articles; the journal keeps the service's feed id.
    [[nodiscard]] bool unsubscribeFeed(qint64 feedId);
    // Renames the local feed (trimmed title). The same title again changes and journals nothing.
    [[nodiscard]] bool renameFeed(qint64 feedId, const QString &title);
    // Moves the feed to one of its account's folders (its remote id, as folders() gives it), or out of
    // every folder when folderRemoteId is empty. The same folder again changes and journals nothing.
    [[nodiscard]] bool moveFeed(qint64 feedId, const QString &folderRemoteId);

    // Whether the service's API can rename and move feeds (Tiny Tiny RSS's cannot), for menus.
    [[nodiscard]] static bool canRenameOrMove(ServiceKind kind);
    // The account feed behind a local feed; nullopt with error() empty when the feed is not an account's.
    [[nodiscard]] std::optional<AccountFeed> accountFeed(qint64 feedId);
    // Every account's feeds (accountId < 0), or one account's, by title.
    [[nodiscard]] QList<AccountFeed> accountFeeds(qint64 accountId = -1);
    // The account's folders as the last sync saw them, by title (for a "Move to folder" menu).
    [[nodiscard]] QList<RemoteFolder> folders(qint64 accountId);

    // Waiting feed edits, oldest first.
    [[nodiscard]] QList<FeedEdit> feedEdits(qint64 accountId);
    // An edit the service accepted (or refused for good). One replaced since it was read stays.
    [[nodiscard]] bool forgetFeedEdit(qint64 editId);
    // A new subscription to a feed whose unsubscribe has not gone up yet: the unsubscribe is dropped
    // (the service still has the feed; the next sync brings it back here); cancelled says whether there
    // was one.
    [[nodiscard]] bool cancelUnsubscribe(qint64 accountId, const QUrl &feedUrl, bool &cancelled);

    [[nodiscard]] bool recordSuccess(qint64 accountId, qint64 now);
    [[nodiscard]] bool recordFailure(qint64 accountId, const QString &state, const QString &error, qint64 retryAt,
                                     qint64 now);

    [[nodiscard]] const QString &error() const { return m_error; }

private:
    bool exec(const QString &sql, const QVariantList &values, int *changed = nullptr);
    bool fillIds(const QString &table, const QStringList &ids);
    bool inTransaction(const std::function<bool()> &work);
    // The account feed behind feedId, or false with error() in words.
    bool editableFeed(qint64 feedId, AccountFeed &feed);
    bool journalFeedEdit(const AccountFeed &feed, FeedEdit::Action action, const QVariant &title,
                         const QVariant &folderId);

    Store &m_store;
    QString m_error;
};

} // namespace tidings::accounts
