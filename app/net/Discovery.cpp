#include "Discovery.h"

#include "parse/DocumentParser.h"
#include "util/Html.h"

#include <QBuffer>
#include <QRegularExpression>

#include <memory>

namespace tidings {
namespace {

// The pattern of one attribute. Those scanPage reads are compiled once: compiling one for every
// lookup made a page of a few thousand <link> tags take seconds. (Copies share the compiled pattern.)
QRegularExpression attributePattern(const QString &name)
{
    static const auto compile = [](const QString &n) {
        return QRegularExpression(u"\\b"_qs + n + uR"re(\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))re"_qs,
                                  QRegularExpression::CaseInsensitiveOption);
    };
    static const QRegularExpression href = compile(u"href"_qs), rel = compile(u"rel"_qs), type = compile(u"type"_qs),
                                    title = compile(u"title"_qs);
    if (name == u"href")
        return href;
    if (name == u"rel")
        return rel;
    if (name == u"type")
        return type;
    if (name == u"title")
        return title;
    return compile(name);
}

QString attribute(const QString &tag, const QString &name)
{
    const auto m = attributePattern(name).match(tag);
    if (!m.hasMatch())
        return {};
    for (int i = 1; i <= 3; ++i) {
        if (m.capturedLength(i) > 0)
            return html::decodeEntities(m.captured(i)).trimmed();
    }
    return {};
}

bool isFeedType(const QString &type)
{
    static const QStringList kTypes
            = {u"application/rss+xml"_qs, u"application/atom+xml"_qs, u"application/feed+json"_qs,
               u"application/json"_qs,    u"application/rdf+xml"_qs,  u"text/xml"_qs};
    return kTypes.contains(type.toLower());
}

// WordPress lists its comments feed beside the posts feed; that is not the site's article feed.
bool isCommentsFeed(const PageLinks::Alternate &a)
{
    return a.title.contains(u"comments"_qs, Qt::CaseInsensitive) || a.url.path().contains(u"/comments/"_qs);
}

FeedRow feedAt(DocumentKind kind, const QString &url)
{
    FeedRow f;
    f.kind = kind;
    f.url = url;
    return f;
}

ParseResult parseBody(const FetchResult &result, std::optional<DocumentKind> kind = std::nullopt)
{
    QByteArray body = result.body;
    QBuffer buffer(&body);
    buffer.open(QIODevice::ReadOnly);
    ParseOptions options;
    options.url = result.finalUrl;
    options.httpCharset = result.charset;
    options.kind = kind;
    return DocumentParser::parse(&buffer, options);
}

// Average body length of the items: the full-content feed has the longest.
qsizetype contentScore(const ParseResult &r)
{
    if (r.articles.isEmpty())
        return -1;
    qsizetype total = 0;
    for (const ParsedArticle &a : r.articles)
        total += a.body().value.size();
    return total / r.articles.size();
}

} // namespace

PageLinks scanPage(const QByteArray &html, const QUrl &base)
{
    PageLinks links;
    // Only the head matters, and a page may be large: stop at </head> or 512 KB.
    QString text = QString::fromUtf8(html.left(qsizetype{512} * 1024));
    const qsizetype headEnd = text.indexOf(u"</head"_qs, 0, Qt::CaseInsensitive);
    if (headEnd > 0)
        text.truncate(headEnd);
    QUrl documentBase = base;
    static const QRegularExpression baseRe(QStringLiteral(R"(<base\b[^>]*>)"),
                                           QRegularExpression::CaseInsensitiveOption);
    if (const auto m = baseRe.match(text); m.hasMatch()) {
        const QString href = attribute(m.captured(0), u"href"_qs);
        if (!href.isEmpty())
            documentBase = base.resolved(QUrl(href));
    }
    static const QRegularExpression titleRe(QStringLiteral(R"(<title[^>]*>([^<]*)</title>)"),
                                            QRegularExpression::CaseInsensitiveOption);
    if (const auto m = titleRe.match(text); m.hasMatch())
        links.title = html::decodeEntities(m.captured(1)).simplified();
    static const QRegularExpression linkRe(QStringLiteral(R"(<link\b[^>]*>)"),
                                           QRegularExpression::CaseInsensitiveOption);
    for (auto it = linkRe.globalMatch(text); it.hasNext();) {
        const QString tag = it.next().captured(0);
        const QStringList rels = attribute(tag, u"rel"_qs).toLower().split(u' ', Qt::SkipEmptyParts);
        const QString href = attribute(tag, u"href"_qs);
        if (href.isEmpty())
            continue;
        const QUrl url = documentBase.resolved(QUrl(href));
        if (url.scheme() != u"http" && url.scheme() != u"https")
            continue;
        if (rels.contains(u"https://api.w.org/"_qs)) {
            links.restApi = url;
        } else if (rels.contains(u"alternate"_qs) && isFeedType(attribute(tag, u"type"_qs))) {
            links.feeds.append({url, attribute(tag, u"type"_qs).toLower(), attribute(tag, u"title"_qs)});
        }
    }
    return links;
}

QUrl restApiFromLinkHeader(const QByteArray &header, const QUrl &base)
{
    return linkHeaderTarget(header, u"https://api.w.org/", base);
}

SiteDiscovery::SiteDiscovery(QNetworkAccessManager *network, Fetcher::Options options, QObject *parent)
    : QObject(parent)
    , m_fetcher(new Fetcher(network, options, this))
{
    connect(m_fetcher, &Fetcher::finished, this, [this](const FetchResult &result) {
        const Then then = m_pending.take(result.feedId);
        if (then)
            then(result);
    });
}

void SiteDiscovery::fetchThen(const QUrl &url, const Then &then)
{
    const qint64 tag = m_nextTag++;
    m_pending.insert(tag, then);
    m_fetcher->fetch({tag, url, {}, {}});
}

void SiteDiscovery::discover(const QUrl &url, const QUrl &productFeed)
{
    m_site = {};
    m_productFeed = productFeed;
    m_home = url;
    if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https")) {
        done(tr("not a web address: %1").arg(url.toString()));
        return;
    }
    fetchThen(url, [this](const FetchResult &r) { onHomePage(r); });
}

void SiteDiscovery::onHomePage(const FetchResult &result)
{
    if (result.outcome != FetchResult::Outcome::Body) {
        done(result.error.isEmpty() ? tr("no answer from %1").arg(m_home.toString()) : result.error);
        return;
    }
    const QUrl where = result.movedTo.isValid() ? result.movedTo : result.finalUrl;
    // A feed URL: the site is that feed.
    const ParseResult parsed = parseBody(result);
    if (parsed.ok()) {
        m_site.name = parsed.feed.title.plain();
        m_site.homeUrl = parsed.feed.link;
        m_site.feeds.append(feedAt(parsed.kind, where.toString()));
        if (m_site.name.isEmpty())
            m_site.name = where.host();
        addProductFeed();
        return;
    }
    const PageLinks links = scanPage(result.body, result.finalUrl);
    m_home = result.finalUrl;
    m_site.homeUrl = m_home.toString();
    m_site.name = links.title.isEmpty() ? m_home.host() : links.title;
    QUrl rest = restApiFromLinkHeader(result.linkHeader, m_home);
    if (!rest.isValid())
        rest = links.restApi;
    m_site.restApiUrl = rest.toString();
    QList<PageLinks::Alternate> candidates;
    for (const PageLinks::Alternate &a : links.feeds) {
        if (!isCommentsFeed(a) && candidates.size() < 4)
            candidates.append(a);
    }
    if (candidates.isEmpty()) {
        done(tr("no feed found on %1: it announces none").arg(m_home.toString()));
        return;
    }
    chooseArticleFeed(candidates);
}

void SiteDiscovery::chooseArticleFeed(const QList<PageLinks::Alternate> &candidates)
{
    // Every candidate is read; the one with the most text per item wins (the full-content feed).
    struct Choice
    {
        qsizetype remaining = 0;
        qsizetype bestScore = -1;
        QUrl best;
    };
    auto choice = std::make_shared<Choice>();
    choice->remaining = candidates.size();
    for (const PageLinks::Alternate &candidate : candidates) {
        fetchThen(candidate.url, [this, choice, candidate](const FetchResult &r) {
            if (r.outcome == FetchResult::Outcome::Body) {
                const qsizetype score = contentScore(parseBody(r, DocumentKind::Articles));
                if (score > choice->bestScore) {
                    choice->bestScore = score;
                    choice->best = r.movedTo.isValid() ? r.movedTo : candidate.url;
                }
            }
            if (--choice->remaining > 0)
                return;
            if (!choice->best.isValid()) {
                done(tr("the feeds %1 announces could not be read").arg(m_home.toString()));
                return;
            }
            m_site.feeds.append(feedAt(DocumentKind::Articles, choice->best.toString()));
            probeShop();
        });
    }
}

void SiteDiscovery::probeShop()
{
    // WooCommerce lives under the REST root; Shopify answers /products.json on the shop itself.
    const QUrl probe = !m_site.restApiUrl.isEmpty()
            ? QUrl(m_site.restApiUrl).resolved(QUrl(u"wc/store/v1/products?per_page=100"_qs))
            : m_home.resolved(QUrl(u"/products.json?limit=250"_qs));
    fetchThen(probe, [this, probe](const FetchResult &r) {
        if (r.outcome == FetchResult::Outcome::Body
            && parseBody(r, DocumentKind::Products).kind == DocumentKind::Products && parseBody(r).ok())
            m_site.feeds.append(feedAt(DocumentKind::Products, probe.toString()));
        addProductFeed();
    });
}

void SiteDiscovery::addProductFeed()
{
    if (!m_productFeed.isValid()) {
        done();
        return;
    }
    fetchThen(m_productFeed, [this](const FetchResult &r) {
        if (r.outcome != FetchResult::Outcome::Body) {
            done(tr("the product feed %1: %2").arg(m_productFeed.toString(), r.error));
            return;
        }
        const ParseResult parsed = parseBody(r, DocumentKind::Products);
        if (!parsed.ok() || parsed.products.isEmpty()) {
            done(tr("%1 is not a product feed").arg(m_productFeed.toString()));
            return;
        }
        m_site.feeds.append(feedAt(DocumentKind::Products, m_productFeed.toString()));
        done();
    });
}

void SiteDiscovery::done(const QString &error)
{
    emit finished(m_site, error);
}

} // namespace tidings
