#include "RefreshEngine.h"

#include "net/Discovery.h"
#include "storage/ProductPages.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QRegularExpression>
#include <QUrlQuery>

namespace tidings {
namespace {

// Parses and stores a fetched body as the feed's document.
ImportResult importBody(Store &store, const FeedRow &feed, const FetchResult &result, const QString &currency = {})
{
    QByteArray body = result.body;
    QBuffer buffer(&body);
    buffer.open(QIODevice::ReadOnly);
    ImportOptions options;
    options.siteName = feed.siteName;
    options.url = result.finalUrl;
    options.kind = feed.kind;
    options.charset = result.charset;
    options.feedId = feed.id;
    options.articleId = feed.articleId;
    options.currency = currency;
    return Importer(store).importDevice(&buffer, options);
}

qint64 nowSeconds()
{
    return QDateTime::currentSecsSinceEpoch();
}

// Shopify's public list lives at /products.json on the shop; its pages are numbered.
bool isShopifyList(const QString &url)
{
    return QUrl(url).path().endsWith(u"/products.json");
}

// Where a product list goes on after this page: the Link header's next, else (Shopify, or a
// WooCommerce X-WP-TotalPages beyond this page) the same address with the next page number. A Shopify
// page without products is past the end.
QUrl nextProductPage(const FeedRow &feed, const FetchResult &result, int page, int productsOnPage)
{
    if (productsOnPage == 0)
        return {};
    QUrl link = linkHeaderTarget(result.linkHeader, u"next", result.finalUrl);
    if (link.isValid())
        return link;
    if (!isShopifyList(feed.url) && result.totalPages <= page)
        return {};
    QUrl url(feed.url);
    QUrlQuery query(url);
    query.removeAllQueryItems(u"page"_qs);
    query.addQueryItem(u"page"_qs, QString::number(page + 1));
    url.setQuery(query);
    return url;
}

bool isCurrencyCode(const QString &code)
{
    static const QRegularExpression iso(QStringLiteral("^[A-Z]{3}$"));
    return iso.match(code).hasMatch();
}

// The shop's currency from /meta.json ({"currency": "USD", ...}) or, failing that, from what a
// Shopify storefront page says of itself.
QString shopCurrencyFrom(const FetchResult &result, bool storefront)
{
    if (result.outcome != FetchResult::Outcome::Body)
        return {};
    if (!storefront) {
        const QString code = QJsonDocument::fromJson(result.body).object().value(u"currency").toString();
        return isCurrencyCode(code) ? code : QString();
    }
    static const QRegularExpression patterns[] = {
            QRegularExpression(QStringLiteral(R"re(Shopify\.currency\s*=\s*\{\s*"active"\s*:\s*"([A-Z]{3})")re")),
            QRegularExpression(QStringLiteral(R"re(og:price:currency"\s+content="([A-Z]{3})")re")),
            QRegularExpression(QStringLiteral(R"re("currencyCode"\s*:\s*"([A-Z]{3})")re")),
    };
    const QString page = QString::fromUtf8(result.body.left(qsizetype{2} * 1024 * 1024));
    for (const QRegularExpression &re : patterns) {
        const QRegularExpressionMatch m = re.match(page);
        if (m.hasMatch())
            return m.captured(1);
    }
    return {};
}

} // namespace

RefreshEngine::RefreshEngine(StoreRunner runner, Options options, QObject *parent)
    : QObject(parent)
    , m_runner(std::move(runner))
    , m_options(options)
    , m_network(Fetcher::makeNetworkAccessManager(this))
    , m_fetcher(new Fetcher(m_network, options.fetch, this))
    , m_random(QRandomGenerator::securelySeeded())
{
    qRegisterMetaType<FeedOutcome>();
    qRegisterMetaType<RefreshSummary>();
    connect(m_fetcher, &Fetcher::finished, this, &RefreshEngine::onFetched);
}

qint64 RefreshEngine::backoffSeconds(int failures, QRandomGenerator &random)
{
    constexpr qint64 kBase = qint64{5} * 60;
    constexpr qint64 kCap = qint64{24} * 3600;
    const int doublings = qBound(0, failures - 1, 20);
    const qint64 base = qMin(kCap, kBase << doublings);
    const double jitter = 0.8 + 0.4 * random.generateDouble();
    return qMin(kCap, qint64(double(base) * jitter));
}

QString RefreshEngine::hostOf(const QString &url)
{
    const QUrl u(url);
    return u.host().toLower() + u':' + QString::number(u.port(u.scheme() == u"https" ? 443 : 80));
}

qint64 RefreshEngine::nextRefresh(const FeedRow &feed, qint64 now)
{
    qint64 interval = feed.siteIntervalSeconds > 0 ? feed.siteIntervalSeconds : m_options.articleIntervalSeconds;
    if (feed.kind == DocumentKind::Products)
        interval = m_options.productIntervalSeconds;
    else if (feed.articleId >= 0)
        interval = m_options.threadIntervalSeconds;
    // +-10%, so feeds added together do not all come due together.
    return now + qint64(double(interval) * (0.9 + 0.2 * m_random.generateDouble()));
}

void RefreshEngine::start(const QString &siteName, bool force)
{
    if (m_running)
        return;
    m_running = true;
    m_summary = {};
    m_done = 0;
    m_total = 0;
    m_siteName = siteName;
    m_force = force;
    m_newArticles = false;
    m_threadsOfNewArticles = false;
    m_listed.clear();
    QPointer<RefreshEngine> self(this);
    const Options options = m_options;
    m_runner([self, siteName, force, options](Store &store) {
        Sources sources(store.database());
        QList<FeedRow> feeds;
        QString error;
        qint64 siteId = -1;
        if (!siteName.isEmpty()) {
            const auto site = sources.site(siteName);
            if (site)
                siteId = site->id;
            else
                error = tr("no site named %1 (see tidings sites)").arg(siteName);
        }
        if (error.isEmpty()) {
            const qint64 now = nowSeconds();
            // Account feeds are read for their threads alone: without threads, not at all.
            feeds = sources.feedsToRefresh(siteId, now, force, options.includeThreads && options.accountSiteThreads);
            if (options.includeThreads)
                feeds += threadFeeds(sources, siteId, now, options.threadLimit, force, {});
        }
        QMetaObject::invokeMethod(
                self,
                [self, feeds, error] {
                    if (self)
                        self->enqueue(feeds, error);
                },
                Qt::QueuedConnection);
    });
}

QList<FeedRow> RefreshEngine::threadFeeds(Sources &sources, qint64 siteId, qint64 now, int limit, bool force,
                                          const QSet<qint64> &skip)
{
    QList<FeedRow> threads;
    for (FeedRow thread : sources.threadsToRefresh(siteId, now, limit, force)) {
        thread.id = sources.ensureThreadFeed(thread);
        if (thread.id >= 0 && !skip.contains(thread.id))
            threads.append(thread);
    }
    return threads;
}

void RefreshEngine::addThreadsOfNewArticles()
{
    // The threads were listed before this refresh stored its new articles: theirs are read now, in
    // the same refresh, so a site just added shows its comments at once.
    m_threadsOfNewArticles = true;
    QPointer<RefreshEngine> self(this);
    const QString siteName = m_siteName;
    const bool force = m_force;
    const int limit = m_options.threadLimit;
    const QSet<qint64> listed = m_listed;
    m_runner([self, siteName, force, limit, listed](Store &store) {
        Sources sources(store.database());
        qint64 siteId = -1;
        if (!siteName.isEmpty()) {
            const auto site = sources.site(siteName);
            siteId = site ? site->id : -1;
        }
        const QList<FeedRow> threads = threadFeeds(sources, siteId, nowSeconds(), limit, force, listed);
        QMetaObject::invokeMethod(
                self,
                [self, threads] {
                    if (!self)
                        return;
                    if (threads.isEmpty()) {
                        self->m_running = false;
                        emit self->finished(self->m_summary);
                        return;
                    }
                    for (const FeedRow &t : threads)
                        self->m_listed.insert(t.id);
                    for (const FeedRow &t : threads)
                        self->queue(t);
                    self->m_total += int(threads.size());
                    self->m_summary.feeds += int(threads.size());
                    emit self->progress(self->m_done, self->m_total, QString());
                    self->pump();
                },
                Qt::QueuedConnection);
    });
}

void RefreshEngine::addSite(const QUrl &url, const QUrl &productFeed)
{
    auto *discovery = new SiteDiscovery(m_network, m_options.fetch, this);
    connect(discovery, &SiteDiscovery::finished, this, [this, discovery](const SiteRow &site, const QString &error) {
        discovery->deleteLater();
        if (!error.isEmpty()) {
            emit siteAdded({}, error);
            return;
        }
        const StoreRunner &run = m_runner;
        QPointer<RefreshEngine> self(this);
        run([self, site = SiteRow(site)](Store &store) mutable {
            Sources sources(store.database());
            const QString storeError = sources.addSite(site) < 0 ? sources.error() : QString();
            QMetaObject::invokeMethod(
                    self,
                    [self, name = site.name, storeError] {
                        if (self)
                            emit self->siteAdded(name, storeError);
                    },
                    Qt::QueuedConnection);
        });
    });
    discovery->discover(url, productFeed);
}

void RefreshEngine::enqueue(const QList<FeedRow> &feeds, const QString &error)
{
    m_summary.error = error;
    m_queued.clear();
    m_hostOrder.clear();
    for (const FeedRow &f : feeds) {
        m_listed.insert(f.id);
        queue(f);
    }
    m_total = int(feeds.size());
    m_summary.feeds = m_total;
    if (m_total == 0) {
        m_running = false;
        emit finished(m_summary);
        return;
    }
    emit progress(0, m_total, QString());
    pump();
}

void RefreshEngine::queue(const FeedRow &feed, bool first)
{
    const QString host = hostOf(feed.url);
    auto it = m_queued.find(host);
    if (it == m_queued.end()) {
        it = m_queued.insert(host, {});
        m_hostOrder.append(host);
    }
    if (first)
        it->push_front(feed);
    else
        it->push_back(feed);
}

void RefreshEngine::pump()
{
    const qint64 now = nowSeconds();
    // By index, and the host's queue looked up again after each fetch started: nothing here may rely on
    // the containers staying as they were across a call out.
    for (qsizetype h = 0; h < m_hostOrder.size() && m_active.size() < m_options.maxTotal; ++h) {
        const QString host = m_hostOrder.at(h);
        const qint64 pausedUntil = m_pausedUntil.value(host, 0);
        for (;;) {
            auto it = m_queued.find(host);
            if (it == m_queued.end() || it->empty())
                break;
            if (pausedUntil > now) {
                // The host asked to wait: do not ask again in this refresh.
                const FeedRow feed = it->front();
                it->pop_front();
                storeThen([feed, pausedUntil](Store &store) {
                    Sources sources(store.database());
                    (void)sources.recordFailure(feed.id, feed.lastError, feed.errorCount, nowSeconds(), pausedUntil);
                    return FeedOutcome{feed,
                                       FeedOutcome::Result::Postponed,
                                       {},
                                       tr("postponed: the server asked to wait until %1")
                                               .arg(QDateTime::fromSecsSinceEpoch(pausedUntil).toString(u"HH:mm"_qs))};
                });
                continue;
            }
            if (m_active.size() >= m_options.maxTotal || m_activePerHost.value(host) >= m_options.maxPerHost)
                break;
            const FeedRow feed = it->front();
            it->pop_front();
            m_active.insert(feed.id, feed);
            ++m_activePerHost[host];
            emit progress(m_done, m_total, feed.title.isEmpty() ? feed.siteName : feed.title);
            m_fetcher->fetch({feed.id, QUrl(feed.url), feed.etag, feed.lastModified});
        }
    }
}

void RefreshEngine::storeThen(std::function<FeedOutcome(Store &)> job)
{
    QPointer<RefreshEngine> self(this);
    m_runner([self, job = std::move(job)](Store &store) {
        const FeedOutcome outcome = job(store);
        QMetaObject::invokeMethod(
                self,
                [self, outcome] {
                    if (self)
                        self->finishFeed(outcome);
                },
                Qt::QueuedConnection);
    });
}

void RefreshEngine::onFetched(const FetchResult &result)
{
    const FeedRow feed = m_active.take(result.feedId);
    const QString host = hostOf(feed.url);
    if (--m_activePerHost[host] <= 0)
        m_activePerHost.remove(host);
    const qint64 now = nowSeconds();
    // A later page of a thread is only more comments: the feed's own state (validators, hash, errors,
    // when it is next due) belongs to its first page and is left alone.
    const int page = m_pages.take(result.feedId);
    if (feed.kind == DocumentKind::Products
        && (page > 1 || result.outcome == FetchResult::Outcome::Body
            || result.outcome == FetchResult::Outcome::NotModified)) {
        onFetchedProductPage(feed, result, qMax(page, 1));
        pump();
        return;
    }
    if (page > 1) {
        onFetchedLaterPage(feed, result, page);
        pump();
        return;
    }
    if (feed.accountFeed) {
        onFetchedAccountFeed(feed, result);
        pump();
        return;
    }
    const QUrl nextPage = feed.kind == DocumentKind::Comments
            ? linkHeaderTarget(result.linkHeader, u"next", result.finalUrl)
            : QUrl();

    switch (result.outcome) {
    case FetchResult::Outcome::Body: {
        const QByteArray hash = QCryptographicHash::hash(result.body, QCryptographicHash::Sha1);
        const qint64 next = nextRefresh(feed, now);
        storeThen([feed, result, hash, next, now, nextPage](Store &store) {
            Sources sources(store.database());
            FeedRow current = feed;
            if (result.movedTo.isValid() && result.movedTo.toString() != feed.url
                && sources.moveTo(feed.id, result.movedTo.toString()))
                current.url = result.movedTo.toString();
            // The same bytes as last time: nothing to parse.
            if (!feed.bodyHash.isEmpty() && hash == feed.bodyHash) {
                (void)sources.recordSuccess(feed.id, result.etag, result.lastModified, hash, now, next);
                return FeedOutcome{current, FeedOutcome::Result::Unchanged, {}, {}};
            }
            const ImportResult imported = importBody(store, feed, result);
            if (!imported.ok()) {
                const int failures = feed.errorCount + 1;
                QRandomGenerator random = QRandomGenerator::securelySeeded();
                (void)sources.recordFailure(feed.id, imported.error, failures, now,
                                            now + backoffSeconds(failures, random));
                return FeedOutcome{current, FeedOutcome::Result::Failed, {}, imported.error};
            }
            (void)sources.recordSuccess(feed.id, result.etag, result.lastModified, hash, now, next);
            const bool changed = imported.counts.added + imported.counts.updated > 0;
            return FeedOutcome{current,
                               changed ? FeedOutcome::Result::Updated : FeedOutcome::Result::Unchanged,
                               imported.counts,
                               imported.malformed.isEmpty() ? QString() : tr("malformed: %1").arg(imported.malformed),
                               1,
                               nextPage};
        });
        break;
    }
    case FetchResult::Outcome::NotModified: {
        const qint64 next = nextRefresh(feed, now);
        storeThen([feed, result, next, now](Store &store) {
            Sources sources(store.database());
            // A 304 may carry fresh validators; otherwise the stored ones stay.
            (void)sources.recordSuccess(feed.id, result.etag.isEmpty() ? feed.etag : result.etag,
                                        result.lastModified.isEmpty() ? feed.lastModified : result.lastModified,
                                        feed.bodyHash, now, next);
            return FeedOutcome{feed, FeedOutcome::Result::NotModified, {}, {}};
        });
        break;
    }
    case FetchResult::Outcome::Gone:
        storeThen([feed, result, now](Store &store) {
            (void)Sources(store.database()).stop(feed.id, result.error, now);
            return FeedOutcome{feed, FeedOutcome::Result::Stopped, {}, result.error};
        });
        break;
    case FetchResult::Outcome::RateLimited:
    case FetchResult::Outcome::Failed: {
        const int failures = feed.errorCount + 1;
        qint64 next = now + backoffSeconds(failures, m_random);
        QString error = result.error;
        if (result.outcome == FetchResult::Outcome::RateLimited) {
            m_pausedUntil.insert(host, now + result.retryAfterSeconds);
            next = qMax(next, now + result.retryAfterSeconds);
            error += u' ' + tr("(asked to wait %n second(s))", nullptr, result.retryAfterSeconds);
        }
        storeThen([feed, error, failures, now, next](Store &store) {
            (void)Sources(store.database()).recordFailure(feed.id, error, failures, now, next);
            return FeedOutcome{feed, FeedOutcome::Result::Failed, {}, error};
        });
        break;
    }
    }
    pump();
}

void RefreshEngine::onFetchedLaterPage(const FeedRow &feed, const FetchResult &result, int page)
{
    if (result.outcome != FetchResult::Outcome::Body) {
        FeedOutcome failed{feed, FeedOutcome::Result::Failed, {}, tr("page %1: %2").arg(page).arg(result.error), page};
        QMetaObject::invokeMethod(
                this, [this, failed] { finishFeed(failed); }, Qt::QueuedConnection);
        return;
    }
    const QUrl nextPage = linkHeaderTarget(result.linkHeader, u"next", result.finalUrl);
    storeThen([feed, result, page, nextPage](Store &store) {
        const ImportResult imported = importBody(store, feed, result);
        if (!imported.ok())
            return FeedOutcome{
                    feed, FeedOutcome::Result::Failed, {}, tr("page %1: %2").arg(page).arg(imported.error), page};
        const bool changed = imported.counts.added + imported.counts.updated > 0;
        return FeedOutcome{feed,
                           changed ? FeedOutcome::Result::Updated : FeedOutcome::Result::Unchanged,
                           imported.counts,
                           {},
                           page,
                           nextPage};
    });
}

void RefreshEngine::onFetchedAccountFeed(const FeedRow &feed, const FetchResult &result)
{
    const qint64 now = nowSeconds();
    // The address is the service's name for the feed (account_feeds): a redirect is followed each
    // time, never stored, and a 410 only backs off, since the feed and its articles live on.
    const auto failure = [this, &feed, now](QString error, qint64 retryAfter) {
        const int failures = feed.errorCount + 1;
        const qint64 next = qMax(now + backoffSeconds(failures, m_random), now + retryAfter);
        error = tr("reading comments from the site: %1").arg(error);
        storeThen([feed, error, failures, now, next](Store &store) {
            (void)Sources(store.database()).recordFailure(feed.id, error, failures, now, next);
            return FeedOutcome{feed, FeedOutcome::Result::Failed, {}, error};
        });
    };
    // A document that has not changed offers what it offered: it keeps the interval chosen for it
    // then (a site without threads is asked daily).
    const qint64 last = feed.errorCount == 0 ? feed.nextRefreshAt - feed.lastSuccessAt : 0;
    const qint64 interval
            = last > 0 ? qMin(last, m_options.siteWithoutThreadsIntervalSeconds) : nextRefresh(feed, now) - now;
    const qint64 next = now + qint64(double(interval) * (0.95 + 0.1 * m_random.generateDouble()));
    switch (result.outcome) {
    case FetchResult::Outcome::Body:
        break;
    case FetchResult::Outcome::NotModified:
        storeThen([feed, result, next, now](Store &store) {
            (void)Sources(store.database())
                    .recordSuccess(feed.id, result.etag.isEmpty() ? feed.etag : result.etag,
                                   result.lastModified.isEmpty() ? feed.lastModified : result.lastModified,
                                   feed.bodyHash, now, next);
            return FeedOutcome{feed, FeedOutcome::Result::NotModified, {}, {}};
        });
        return;
    case FetchResult::Outcome::RateLimited:
        m_pausedUntil.insert(hostOf(feed.url), now + result.retryAfterSeconds);
        failure(result.error + u' ' + tr("(asked to wait %n second(s))", nullptr, result.retryAfterSeconds),
                result.retryAfterSeconds);
        return;
    case FetchResult::Outcome::Gone:
    case FetchResult::Outcome::Failed:
        failure(result.error, 0);
        return;
    }

    const QByteArray hash = QCryptographicHash::hash(result.body, QCryptographicHash::Sha1);
    const qint64 offeringNext = nextRefresh(feed, now);
    const qint64 idleNext = now
            + qint64(double(m_options.siteWithoutThreadsIntervalSeconds) * (0.9 + 0.2 * m_random.generateDouble()));
    // WordPress announces its REST root on every page it serves, its feeds included (not on a 304).
    const QString restRoot = restApiFromLinkHeader(result.linkHeader, result.finalUrl).toString();
    storeThen([feed, result, hash, next, offeringNext, idleNext, now, restRoot](Store &store) {
        Sources sources(store.database());
        // The same bytes as last time were read then, and no recent item offering a thread was left
        // waiting for the service (else the hash was not kept): nothing to match anew.
        if (!feed.bodyHash.isEmpty() && hash == feed.bodyHash) {
            (void)sources.recordSuccess(feed.id, result.etag, result.lastModified, hash, now, next);
            return FeedOutcome{feed, FeedOutcome::Result::Unchanged, {}, {}};
        }
        QList<SiteCommentInfo> items;
        QByteArray body = result.body;
        QBuffer buffer(&body);
        buffer.open(QIODevice::ReadOnly);
        ParseOptions options;
        options.url = result.finalUrl;
        options.kind = DocumentKind::Articles;
        options.httpCharset = result.charset;
        const ParseResult parsed
                = DocumentParser::parse(&buffer, options, [&items](ParsedArticle &&a, const FeedInfo &) {
                      items.append({a.link, a.id, a.commentsUrl, a.commentFeedUrl, a.commentCount,
                                    a.published.isValid() ? a.published.toSecsSinceEpoch() : 0});
                      return true;
                  });
        SiteComments found;
        QString error = parsed.error;
        if (error.isEmpty() && parsed.kind != DocumentKind::Articles)
            error = tr("not a feed of articles");
        if (error.isEmpty() && !sources.attachSiteComments(feed, items, restRoot, now, found))
            error = sources.error();
        if (!error.isEmpty()) {
            const int failures = feed.errorCount + 1;
            QRandomGenerator random = QRandomGenerator::securelySeeded();
            error = tr("reading comments from the site: %1").arg(error);
            (void)sources.recordFailure(feed.id, error, failures, now, now + backoffSeconds(failures, random));
            return FeedOutcome{feed, FeedOutcome::Result::Failed, {}, error};
        }
        // An item the service has not passed on yet: no validators and no hash, so the next refresh
        // reads the document whole and matches it again (for two days at most: kWaitForServiceSeconds).
        if (found.waitingForService)
            (void)sources.recordSuccess(feed.id, {}, {}, {}, now, offeringNext);
        else
            (void)sources.recordSuccess(feed.id, result.etag, result.lastModified, hash, now,
                                        found.offered > 0 ? offeringNext : idleNext);
        FeedOutcome outcome{feed,
                            found.counts.updated > 0 || found.threadsAdded > 0 ? FeedOutcome::Result::Updated
                                                                               : FeedOutcome::Result::Unchanged,
                            found.counts};
        if (found.threadsAdded > 0)
            outcome.message = tr("comments of %n article(s) found on the site", nullptr, found.threadsAdded);
        outcome.threadsFound = found.threadsAdded;
        return outcome;
    });
}

void RefreshEngine::finishFeed(const FeedOutcome &outcome)
{
    ++m_done;
    if (outcome.result == FeedOutcome::Result::Failed || outcome.result == FeedOutcome::Result::Postponed
        || outcome.result == FeedOutcome::Result::Stopped) {
        ++m_summary.failed;
        m_summary.errors.append(outcome.feed.siteName + u": "_qs + outcome.feed.url + u": "_qs + outcome.message);
    }
    m_summary.counts += outcome.counts;
    if ((outcome.feed.kind == DocumentKind::Articles && outcome.counts.added > 0) || outcome.threadsFound > 0)
        m_newArticles = true;
    // Newest first, so a page without new comments means the rest are stored already. A product list
    // is read whole: any page may hold a changed price.
    const bool follow = outcome.feed.kind == DocumentKind::Products
            ? outcome.page < m_options.maxProductPages
            : outcome.counts.added > 0 && outcome.page < m_options.maxThreadPages;
    if (outcome.nextPage.isValid() && follow) {
        FeedRow next = outcome.feed;
        next.url = outcome.nextPage.toString();
        next.etag = outcome.nextEtag;
        next.lastModified = outcome.nextLastModified;
        next.bodyHash = outcome.nextBodyHash;
        m_pages.insert(next.id, outcome.page + 1);
        queue(next, true);
        ++m_total;
    }
    emit feedDone(outcome);
    emit progress(m_done, m_total, QString());
    if (m_done == m_total && m_newArticles && m_options.includeThreads && !m_threadsOfNewArticles) {
        addThreadsOfNewArticles();
    } else if (m_done == m_total) {
        m_running = false;
        emit finished(m_summary);
    } else {
        pump();
    }
}

} // namespace tidings

namespace tidings {

void RefreshEngine::onFetchedProductPage(const FeedRow &feed, const FetchResult &result, int page)
{
    // Shopify lists carry no currency: ask the shop once per refresh, before the first page that has
    // changed is stored.
    if (page == 1)
        m_shopCurrency.remove(feed.id);
    if (result.outcome == FetchResult::Outcome::Body && isShopifyList(feed.url) && !m_shopCurrency.contains(feed.id)) {
        askShopCurrency(feed, result, page, false);
        return;
    }
    storeProductPage(feed, result, page);
}

void RefreshEngine::askShopCurrency(const FeedRow &feed, const FetchResult &result, int page, bool storefront)
{
    if (!m_shopFetcher) {
        m_shopFetcher = new Fetcher(m_network, m_options.fetch, this);
        connect(m_shopFetcher, &Fetcher::finished, this, &RefreshEngine::onShopCurrencyFetched);
    }
    m_awaitingCurrency.insert(feed.id, {feed, result, page, storefront});
    const QUrl shop = QUrl(feed.url).resolved(QUrl(storefront ? u"/"_qs : u"/meta.json"_qs));
    m_shopFetcher->fetch({feed.id, shop, {}, {}});
}

void RefreshEngine::onShopCurrencyFetched(const FetchResult &result)
{
    if (!m_awaitingCurrency.contains(result.feedId))
        return;
    const AwaitingCurrency waiting = m_awaitingCurrency.take(result.feedId);
    const QString code = shopCurrencyFrom(result, waiting.storefront);
    if (code.isEmpty() && !waiting.storefront) {
        askShopCurrency(waiting.feed, waiting.result, waiting.page, true);
        return;
    }
    m_shopCurrency.insert(waiting.feed.id, code);
    storeProductPage(waiting.feed, waiting.result, waiting.page);
}

void RefreshEngine::storeProductPage(const FeedRow &feed, const FetchResult &result, int page)
{
    const qint64 now = nowSeconds();
    const QString currency = m_shopCurrency.value(feed.id);
    if (result.outcome != FetchResult::Outcome::Body && result.outcome != FetchResult::Outcome::NotModified) {
        // Only later pages come here failing: the first page's failures go the way of any feed's.
        FeedOutcome failed{feed, FeedOutcome::Result::Failed, {}, tr("page %1: %2").arg(page).arg(result.error), page};
        QMetaObject::invokeMethod(
                this, [this, failed] { finishFeed(failed); }, Qt::QueuedConnection);
        return;
    }
    const qint64 next = nextRefresh(feed, now);
    const bool shopify = isShopifyList(feed.url);
    storeThen([feed, result, page, now, next, currency, shopify](Store &store) {
        Sources sources(store.database());
        ProductPages pages(store.database());
        FeedRow current = feed;
        const ProductPageState before = pages.page(feed.id, page);
        ProductPageState state{feed.url, result.etag, result.lastModified, {}, {}, true};
        FeedOutcome outcome;
        if (result.outcome == FetchResult::Outcome::NotModified) {
            // A 304 may carry fresh validators; otherwise the stored ones stay. The list goes on where
            // it went on last time.
            state.etag = result.etag.isEmpty() ? feed.etag : result.etag;
            state.lastModified = result.lastModified.isEmpty() ? feed.lastModified : result.lastModified;
            state.bodyHash = feed.bodyHash;
            state.nextUrl = before.nextUrl;
            outcome = FeedOutcome{current, FeedOutcome::Result::NotModified, {}, {}, page, QUrl(before.nextUrl)};
        } else {
            if (page == 1 && result.movedTo.isValid() && result.movedTo.toString() != feed.url
                && sources.moveTo(feed.id, result.movedTo.toString()))
                current.url = result.movedTo.toString();
            state.bodyHash = QCryptographicHash::hash(result.body, QCryptographicHash::Sha1);
            QString code = currency;
            if (shopify) {
                if (!code.isEmpty())
                    (void)pages.setCurrency(feed.id, code);
                else
                    code = pages.currency(feed.id); // the shop could not say: the last currency it said
            }
            if (before.stored && !feed.bodyHash.isEmpty() && state.bodyHash == feed.bodyHash) {
                state.nextUrl = before.nextUrl;
                outcome = FeedOutcome{current, FeedOutcome::Result::Unchanged, {}, {}, page, QUrl(before.nextUrl)};
            } else {
                const ImportResult imported = importBody(store, feed, result, code);
                if (!imported.ok()) {
                    if (page > 1)
                        return FeedOutcome{feed,
                                           FeedOutcome::Result::Failed,
                                           {},
                                           tr("page %1: %2").arg(page).arg(imported.error),
                                           page};
                    const int failures = feed.errorCount + 1;
                    QRandomGenerator random = QRandomGenerator::securelySeeded();
                    (void)sources.recordFailure(feed.id, imported.error, failures, now,
                                                now + backoffSeconds(failures, random));
                    return FeedOutcome{current, FeedOutcome::Result::Failed, {}, imported.error};
                }
                const ImportCounts &c = imported.counts;
                const QUrl nextUrl = nextProductPage(feed, result, page, c.added + c.updated + c.unchanged);
                state.nextUrl = nextUrl.toString();
                outcome = FeedOutcome{
                        current,
                        c.added + c.updated > 0 ? FeedOutcome::Result::Updated : FeedOutcome::Result::Unchanged,
                        c,
                        imported.malformed.isEmpty() ? QString() : tr("malformed: %1").arg(imported.malformed),
                        page,
                        nextUrl};
            }
        }
        if (page == 1)
            (void)sources.recordSuccess(feed.id, state.etag, state.lastModified, state.bodyHash, now, next);
        (void)pages.save(feed.id, page, state);
        if (state.nextUrl.isEmpty()) {
            (void)pages.forgetAfter(feed.id, page);
        } else {
            const ProductPageState following = pages.page(feed.id, page + 1);
            if (following.stored && following.url == state.nextUrl) {
                outcome.nextEtag = following.etag;
                outcome.nextLastModified = following.lastModified;
                outcome.nextBodyHash = following.bodyHash;
            }
        }
        return outcome;
    });
}

} // namespace tidings
