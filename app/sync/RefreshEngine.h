#pragma once

#include "net/Fetcher.h"
#include "storage/Importer.h"
#include "storage/Sources.h"

#include <QHash>
#include <QObject>
#include <QRandomGenerator>
#include <QSet>

#include <deque>
#include <functional>

class QNetworkAccessManager;

namespace tidings {

struct FeedOutcome
{
    enum class Result { Updated, Unchanged, NotModified, Failed, Stopped, Postponed };
    FeedOutcome() = default;
    FeedOutcome(FeedRow row, Result how, ImportCounts stored = {}, QString text = {}, int pageNumber = 1,
                QUrl next = {})
        : feed(std::move(row))
        , result(how)
        , counts(std::move(stored))
        , message(std::move(text))
        , page(pageNumber)
        , nextPage(std::move(next))
    { }
    FeedRow feed;
    Result result = Result::Failed;
    ImportCounts counts;
    QString message; // the error, or what was recovered from a malformed document
    int page = 1; // a paginated thread's pages after the first are fetched as the same feed
    QUrl nextPage; // from the Link header (rel="next"): where the thread goes on
    // A product list's next page as last fetched, so it is asked for conditionally.
    QString nextEtag;
    QString nextLastModified;
    QByteArray nextBodyHash;
    // An account feed read from its site: thread feeds it gave articles that had none, to be read in
    // this refresh.
    int threadsFound = 0;
};

struct RefreshSummary
{
    int feeds = 0;
    int failed = 0;
    ImportCounts counts;
    QString error; // the refresh could not start (an unknown site)
    QStringList errors; // "site: url: what went wrong", one per feed that failed
};

// Refreshes feeds: fetches politely, then parses and stores what changed. Fetching of the next
// feeds goes on while earlier bodies are parsed and stored.
//
// The store is reached only through the runner, which runs a job where the store lives: inline for
// the command line, on the StorageThread in the app. Results come back to this object's thread.
class RefreshEngine : public QObject
{
    Q_OBJECT

public:
    using StoreJob = std::function<void(Store &)>;
    using StoreRunner = std::function<void(StoreJob)>;

    struct Options
    {
        int maxPerHost = 2;
        int maxTotal = 8;
        qint64 articleIntervalSeconds = qint64{30} * 60;
        qint64 productIntervalSeconds = qint64{6} * 3600;
        qint64 threadIntervalSeconds = 3600;
        int threadLimit = 100;
        // An account feed whose site's feed offers no comment thread for any item is read again only
        // this often: the service brings its articles, and the site has nothing more to give.
        qint64 siteWithoutThreadsIntervalSeconds = qint64{24} * 3600;
        // A paginated comment thread (WordPress REST: 100 a page, newest first) is followed page by
        // page while pages bring new comments, up to this many pages.
        int maxThreadPages = 50;
        // Product lists (Shopify 250 a page, WooCommerce 100) are read whole, up to this many pages.
        int maxProductPages = 200;
        bool includeThreads = true;
        // Account feeds are read from their sites for comment threads (their articles come from the
        // service). Off: only the service is asked, and the sites never see this machine.
        bool accountSiteThreads = true;
        Fetcher::Options fetch;
    };

    RefreshEngine(StoreRunner runner, Options options, QObject *parent = nullptr);

    // Refreshes one site (by name) or, with an empty name, all. force fetches feeds that are not due.
    void start(const QString &siteName, bool force);
    [[nodiscard]] bool isRunning() const { return m_running; }

    // Works out what url offers (SiteDiscovery, on this thread) and stores it as a site; siteAdded
    // reports the site's name or why not.
    void addSite(const QUrl &url, const QUrl &productFeed = {});
    void setArticleInterval(qint64 seconds) { m_options.articleIntervalSeconds = seconds; }

    // Back-off after the n-th failure in a row: 5 minutes doubling, +-20% jitter, at most a day.
    [[nodiscard]] static qint64 backoffSeconds(int failures, QRandomGenerator &random);

signals:
    void progress(int done, int total, const QString &current);
    void feedDone(const tidings::FeedOutcome &outcome);
    void finished(const tidings::RefreshSummary &summary);
    void siteAdded(const QString &name, const QString &error);

private:
    void enqueue(const QList<FeedRow> &feeds, const QString &error);
    // The comment threads worth reading (Sources::threadsToRefresh), each with its feed row, less skip.
    [[nodiscard]] static QList<FeedRow> threadFeeds(Sources &sources, qint64 siteId, qint64 now, int limit, bool force,
                                                    const QSet<qint64> &skip);
    void addThreadsOfNewArticles();
    // Queues a feed behind (or, first, ahead of) the others of its host.
    void queue(const FeedRow &feed, bool first = false);
    void pump();
    void onFetched(const FetchResult &result);
    void onFetchedLaterPage(const FeedRow &feed, const FetchResult &result, int page);
    // An account feed's own document: read for its comment threads, never for articles.
    void onFetchedAccountFeed(const FeedRow &feed, const FetchResult &result);
    void finishFeed(const FeedOutcome &outcome);
    // Product lists: every page, each with its own validators; Shopify's currency asked of the shop.
    void onFetchedProductPage(const FeedRow &feed, const FetchResult &result, int page);
    void storeProductPage(const FeedRow &feed, const FetchResult &result, int page);
    void askShopCurrency(const FeedRow &feed, const FetchResult &result, int page, bool storefront);
    void onShopCurrencyFetched(const FetchResult &result);
    [[nodiscard]] qint64 nextRefresh(const FeedRow &feed, qint64 now);
    [[nodiscard]] static QString hostOf(const QString &url);
    // Runs job on the store and delivers its outcome back here.
    void storeThen(std::function<FeedOutcome(Store &)> job);

    StoreRunner m_runner;
    Options m_options;
    QNetworkAccessManager *m_network;
    Fetcher *m_fetcher;
    QRandomGenerator m_random;

    bool m_running = false;
    QString m_siteName; // this refresh's site; empty: all
    bool m_force = false;
    bool m_newArticles = false; // this refresh stored new articles, or gave articles new threads
    bool m_threadsOfNewArticles = false; // and their threads have been listed
    QSet<qint64> m_listed; // feeds this refresh fetches (or fetched)
    // Feeds waiting, one queue per host, hosts in the order they were first queued. A pass of pump()
    // looks at each host once: with a single queue it looked at (and parsed the URL of) every waiting
    // feed each time a fetch ended, which was most of a warm refresh's CPU when sites share a host.
    QHash<QString, std::deque<FeedRow>> m_queued;
    QStringList m_hostOrder;
    QHash<qint64, FeedRow> m_active; // by feed id
    QHash<qint64, int> m_pages; // feeds queued or fetched for a page after the first: which page
    QHash<QString, int> m_activePerHost;
    QHash<QString, qint64> m_pausedUntil; // host -> Unix time, from Retry-After
    int m_total = 0;
    int m_done = 0;
    RefreshSummary m_summary;

    struct AwaitingCurrency
    {
        FeedRow feed;
        FetchResult result; // the page, stored once the currency is known
        int page = 1;
        bool storefront = false; // /meta.json failed; the storefront was asked
    };
    Fetcher *m_shopFetcher = nullptr; // meta.json and storefronts, outside the feed queue
    QHash<qint64, AwaitingCurrency> m_awaitingCurrency; // by feed id
    QHash<qint64, QString> m_shopCurrency; // by feed id, as read in this refresh (empty: could not be)
};

} // namespace tidings

Q_DECLARE_METATYPE(tidings::FeedOutcome)
Q_DECLARE_METATYPE(tidings::RefreshSummary)
