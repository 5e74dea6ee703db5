#pragma once

#include "Database.h"
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
    // not stopped, due or not when force is set.
    [[nodiscard]] QList<FeedRow> feedsToRefresh(qint64 siteId, qint64 now, bool force);
    // Comment threads worth refreshing: of articles read in the last week or stored in the last two
    // days, newest first, at most limit, due or not when force is set. Each comes back as a feed
    // row (id -1 until first fetched), each URL once.
    [[nodiscard]] QList<FeedRow> threadsToRefresh(qint64 siteId, qint64 now, int limit, bool force = false);
    // The feed row of an article's comment thread, created when missing; -1 on error.
    [[nodiscard]] qint64 ensureThreadFeed(const FeedRow &thread);

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
