#pragma once

#include "Fetcher.h"
#include "storage/Sources.h"

#include <QHash>
#include <QObject>

#include <functional>

namespace tidings {

// What a home page's <head> announces.
struct PageLinks
{
    struct Alternate
    {
        QUrl url;
        QString type;
        QString title;
    };
    QList<Alternate> feeds; // rel="alternate" of a feed type, in page order
    QUrl restApi; // rel="https://api.w.org/" (WordPress)
    QString title;
};

// Reads the links of an HTML page: tolerant of any markup, and only ever looks at <link> and <title>.
[[nodiscard]] PageLinks scanPage(const QByteArray &html, const QUrl &base);
// The WordPress REST root from an HTTP Link header: <https://site/wp-json/>; rel="https://api.w.org/".
[[nodiscard]] QUrl restApiFromLinkHeader(const QByteArray &header, const QUrl &base);

// Works out what a pasted URL offers: a feed URL is taken as it is; a home page is read for its
// feeds (the full-content one preferred), its WordPress REST API and a shop (WooCommerce Store API
// or Shopify). The result is one site with several feeds, not yet stored.
class SiteDiscovery : public QObject
{
    Q_OBJECT

public:
    SiteDiscovery(QNetworkAccessManager *network, Fetcher::Options options, QObject *parent = nullptr);
    // productFeed: a Google Merchant feed the user names, which no page announces.
    void discover(const QUrl &url, const QUrl &productFeed = {});

signals:
    void finished(const tidings::SiteRow &site, const QString &error);

private:
    using Then = std::function<void(const FetchResult &)>;
    void fetchThen(const QUrl &url, const Then &then);
    void onHomePage(const FetchResult &result);
    void chooseArticleFeed(const QList<PageLinks::Alternate> &candidates);
    void probeShop();
    void addProductFeed();
    void done(const QString &error = {});

    Fetcher *m_fetcher;
    QHash<qint64, Then> m_pending;
    qint64 m_nextTag = 1;
    SiteRow m_site;
    QUrl m_productFeed;
    QUrl m_home;
};

} // namespace tidings
