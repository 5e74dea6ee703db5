#pragma once

#include "Database.h"
#include "Store.h"
#include "parse/FeedTypes.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace tidings {

// One fetched document and what polite fetching remembers about it.
struct FeedRow
{
    qint64 id = -1;
    qint64 siteId = -1;
    qint64 articleId = -1; // for a comment thread: the article it belongs to
    QString siteName;
    DocumentKind kind = DocumentKind::Articles;
    QString url;
    QString title;
    QString format;
    QString etag;
    QString lastModified;
    QByteArray bodyHash;
    qint64 lastFetchedAt = 0;
    qint64 lastSuccessAt = 0;
    qint64 nextRefreshAt = 0;
    QString lastError;
    int errorCount = 0;
    QString stoppedReason; // non-empty: no longer fetched
    qint64 siteIntervalSeconds = 0; // the site's own refresh interval; 0: the default
    // A feed of an account: its articles come from the service, so the refresh reads the site's own
    // document only for what it says of each article's comments (Sources::attachSiteComments).
    bool accountFeed = false;
};

// What a site's own feed says of one item's comments, for the account article of the same link.
struct SiteCommentInfo
{
    QString link;
    QString guid; // the site's guid: WordPress names its post id there ("?p=123")
    QString commentsUrl;
    QString commentFeedUrl;
    int commentCount = -1;
    qint64 publishedAt = 0; // 0: undated
};

struct SiteComments
{
    ImportCounts counts; // account articles whose comment fields changed (updated) or not (unchanged)
    int matched = 0; // items of the site's feed found among the account feed's articles
    int offered = 0; // items whose comments can be read (a comment feed, or a post id and a REST root)
    int threadsAdded = 0; // thread feeds made for account articles that had none
    // An item offering comments, published lately, is not (yet) among the account's articles: the
    // service has not passed it on. The site's feed is then read again whole next time.
    bool waitingForService = false;
};

struct SiteRow
{
    qint64 id = -1;
    QString name;
    QString homeUrl;
    QString restApiUrl;
    QString folder;
    qint64 refreshIntervalSeconds = 0; // 0: the application default
    QList<FeedRow> feeds; // the site's own feeds, not per-article threads
};

// Sites and feeds: adding, listing, removing, and the fetch state of each feed.
class Sources
{
    Q_DECLARE_TR_FUNCTIONS(Sources)

public:
    explicit Sources(Database &db)
        : m_db(db)
    { }

    [[nodiscard]] QList<SiteRow> sites();
    // A site by its name or its home page URL.
    [[nodiscard]] std::optional<SiteRow> site(const QString &nameOrUrl);

    // Stores a site and its feeds in one transaction. The same site added again (the same home page, or a
    // feed in common) gains the feeds it lacks; another site of the same name is stored under a free
    // name, "Name (host)", written back to site.name. Returns the site id, or -1 with error() set.
    [[nodiscard]] qint64 addSite(SiteRow &site);
    // Several sites in one transaction: all are stored or, on any error, none.
    [[nodiscard]] bool addSites(const QList<SiteRow> &sites);
    // site.name, or "Name (host)" when a different site has that name already.
    [[nodiscard]] QString freeSiteName(const SiteRow &site);
    // Removes a site and everything it owns (feeds, articles, comments, products, their cart lines).
    [[nodiscard]] bool removeSite(qint64 siteId);

    // The feeds a refresh should fetch: every feed of the site (all sites when siteId < 0) that is
    // not stopped, due or not when force is set. An account's feeds only with accountFeeds, and only
    // those with a web address: they are read for their comment threads, never for articles.
    [[nodiscard]] QList<FeedRow> feedsToRefresh(qint64 siteId, qint64 now, bool force, bool accountFeeds = false);
    // Comment threads worth refreshing: of articles read in the last week or stored in the last two
    // days, newest first, at most limit, due or not when force is set. Each comes back as a feed
    // row (id -1 until first fetched), each URL once.
    [[nodiscard]] QList<FeedRow> threadsToRefresh(qint64 siteId, qint64 now, int limit, bool force = false);
    // The feed row of an article's comment thread, created when missing; -1 on error.
    [[nodiscard]] qint64 ensureThreadFeed(const FeedRow &thread);

    // An account feed's articles come from its service, which passes on nothing of their comments.
    // For each item of the site's own feed whose link (else guid) is that of an article of the account
    // feed, copies what the site says of its comments onto the article and gives the article a thread
    // feed, from the site's REST API where restApiRoot is known and the item names its WordPress post,
    // else from its comment feed; threadsToRefresh then reads it like a local article's. Inserts no
    // article. One indexed lookup per item (articles_by_link), in one transaction.
    [[nodiscard]] bool attachSiteComments(const FeedRow &accountFeed, const QList<SiteCommentInfo> &items,
                                          const QString &restApiRoot, qint64 now, SiteComments &result);
    // The thread URL of a WordPress post under a REST root: newest first, 100 a page.
    [[nodiscard]] static QString restThreadUrl(const QString &restApiRoot, const QString &postId);

    // A 200 or a 304: the validators and hash to send and compare next time; the error is cleared.
    [[nodiscard]] bool recordSuccess(qint64 feedId, const QString &etag, const QString &lastModified,
                                     const QByteArray &bodyHash, qint64 now, qint64 nextRefreshAt);
    [[nodiscard]] bool recordFailure(qint64 feedId, const QString &error, int errorCount, qint64 now,
                                     qint64 nextRefreshAt);
    // 410 Gone and the like: the feed is kept, with its articles, but no longer fetched.
    [[nodiscard]] bool stop(qint64 feedId, const QString &reason, qint64 now);
    // A permanent redirect: the feed lives at url from now on.
    [[nodiscard]] bool moveTo(qint64 feedId, const QString &url);

    [[nodiscard]] const QString &error() const { return m_error; }

private:
    qint64 insertSite(const SiteRow &site);
    QList<FeedRow> readFeeds(const QString &where, const QVariantList &values);
    bool exec(const QString &sql, const QVariantList &values);

    Database &m_db;
    QString m_error;
};

} // namespace tidings
