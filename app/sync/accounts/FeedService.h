#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

// What Tidings needs from a feed service (Tiny Tiny RSS, the Google Reader API of FreshRSS, Miniflux
// and others) to keep a reader's devices in step. Each service has a client behind this interface; the
// account sync speaks only to the interface, so both services sync the same way.
//
// Calls block until the service answers or a limit passes: a client lives on the worker thread that
// syncs its account (never the GUI thread) and makes one call at a time, as a sync does.
namespace tidings::accounts {

enum class ServiceKind {
    TinyTinyRss, // BASE/api/, JSON bodies with op and sid
    GoogleReader, // BASE/accounts/ClientLogin and BASE/reader/api/0/...
};

struct ServiceError
{
    enum class Kind {
        None,
        WrongPassword, // the user or the password is wrong
        ApiDisabled, // the account exists, but API access is off in the service's preferences
        NotAService, // something answers at the URL, but not this kind of service
        Unreachable, // no answer: DNS, refused, timed out, TLS
        RateLimited, // 429: wait retryAfterSeconds (or back off) and try again
        ServerError, // 5xx, or a reply that cannot be read: try again later
        Refused, // the service understood and said no (an unknown feed, an invalid URL, ...)
        Unsupported, // the service cannot do this at all (tt-rss has no call to rename a feed)
    };
    Kind kind = Kind::None;
    QString message; // in words a user understands, translated
    int retryAfterSeconds = -1;

    [[nodiscard]] bool ok() const { return kind == Kind::None; }
};

template<typename T>
struct ServiceResult
{
    T value{};
    ServiceError error;

    [[nodiscard]] bool ok() const { return error.ok(); }
};

struct RemoteFolder
{
    QString id; // the service's own id (tt-rss category id; Google Reader "user/-/label/NAME")
    QString title;
};

struct RemoteFeed
{
    QString id; // the service's own id (tt-rss feed id; Google Reader "feed/URL")
    QString title;
    QUrl url; // the feed's own address
    QUrl siteUrl; // the site it belongs to, where the service knows it
    QString folderId; // empty: not in a folder
};

struct RemoteArticle
{
    QString id; // the service's own id, in the form its calls take (Google Reader: the long form)
    QString feedId;
    QString title;
    QUrl link;
    QString author;
    QString contentHtml; // as the service gives it; Tidings sanitises it as any article HTML
    qint64 publishedAt = 0; // Unix seconds
    qint64 updatedAt = 0; // Unix seconds; 0 when the service does not say
    bool unread = true;
    bool starred = false;
};

struct ArticleBatch
{
    QList<RemoteArticle> articles;
    // Where the next call continues. Opaque to the sync: tt-rss keeps the highest id seen (since_id),
    // Google Reader a time and a continuation. Stored with the account after the batch is stored.
    QString nextCursor;
    bool more = false; // another call with nextCursor has more to give now
};

enum class Flag { Unread, Starred };

// How many articles of one feed the service holds unread and starred.
struct FeedFlagCounts
{
    qint64 unread = 0;
    qint64 starred = 0;
    friend bool operator==(const FeedFlagCounts &, const FeedFlagCounts &) = default;
};

struct FlagCounts
{
    // False: the service cannot count cheaply, and a sync reads the whole id lists every time.
    bool counted = false;
    // By feed id (as feeds() gives it); a feed the service holds no article of may be left out.
    QHash<QString, FeedFlagCounts> feeds;
};

class FeedService
{
public:
    virtual ~FeedService() = default;
    FeedService() = default;
    FeedService(const FeedService &) = delete;
    FeedService &operator=(const FeedService &) = delete;

    [[nodiscard]] virtual ServiceKind kind() const = 0;

    // Logs in (again). Every other call logs in first when there is no session, and once more when the
    // service says the session expired, then repeats itself; so login() is for checking credentials.
    virtual ServiceError login() = 0;

    [[nodiscard]] virtual ServiceResult<QList<RemoteFolder>> folders() = 0;
    [[nodiscard]] virtual ServiceResult<QList<RemoteFeed>> feeds() = 0;

    // Articles the service has after the cursor (empty: from the beginning), oldest first where the
    // service allows it, at most one page (tt-rss: 200) per call.
    [[nodiscard]] virtual ServiceResult<ArticleBatch> articlesAfter(const QString &cursor) = 0;
    // Articles by id, for ids the lists below name that Tidings has not stored.
    [[nodiscard]] virtual ServiceResult<QList<RemoteArticle>> articles(const QStringList &ids) = 0;

    // Every id the service holds as unread, or as starred: a sync reconciles its flags with these.
    [[nodiscard]] virtual ServiceResult<QStringList> unreadIds() = 0;
    [[nodiscard]] virtual ServiceResult<QStringList> starredIds() = 0;

    // Per feed, how many articles are unread and starred. Where reading the id lists costs more than
    // counting (tt-rss reads every id through a full headline, 1-2 ms each), a sync compares these with
    // its own counts and reads the lists only of the feeds that differ (flaggedIds). A service whose id
    // lists are cheap (Google Reader: thousands of ids a call) keeps this default, counted = false, and
    // is reconciled from the whole lists at every sync.
    [[nodiscard]] virtual ServiceResult<FlagCounts> flagCounts() { return {}; }
    // The ids of the articles of these feeds that have the flag (unread, starred), for services that
    // count. The default reads the whole list, which holds them (and more).
    [[nodiscard]] virtual ServiceResult<QStringList> flaggedIds(Flag flag, const QStringList &feedIds)
    {
        Q_UNUSED(feedIds)
        return flag == Flag::Unread ? unreadIds() : starredIds();
    }

    // Sets a flag on many articles in as few calls as the service allows. Unknown ids are ignored.
    virtual ServiceError setFlag(Flag flag, bool on, const QStringList &articleIds) = 0;

    // Subscribes and answers the new feed's id; the service may fetch it later.
    [[nodiscard]] virtual ServiceResult<QString> subscribe(const QUrl &feedUrl, const QString &folderId) = 0;
    virtual ServiceError unsubscribe(const QString &feedId) = 0;
    virtual ServiceError renameFeed(const QString &feedId, const QString &title) = 0;
    virtual ServiceError moveFeed(const QString &feedId, const QString &folderId) = 0;
};

} // namespace tidings::accounts
