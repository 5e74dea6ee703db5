#include "ShopStores.h"
#include "ShopTestSupport.h"
#include "TestHttpServer.h"
#include "shop/Cart.h"
#include "storage/ShopQueries.h"
#include "sync/RefreshEngine.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUrlQuery>
#include <QtTest>

using namespace tidings;
using tidings::test::RecordedRequest;
using tidings::test::scalar;
using tidings::test::TestHttpServer;
using tidings::test::TestResponse;

namespace {

// Requests for a path, whatever their query.
QList<RecordedRequest> requestsTo(const TestHttpServer &server, const QByteArray &path)
{
    QList<RecordedRequest> found;
    for (const RecordedRequest &r : server.requests()) {
        if (r.path == path || r.path.startsWith(QByteArray(path + '?')))
            found.append(r);
    }
    return found;
}

int pageOf(const RecordedRequest &r)
{
    return QUrlQuery(QUrl(QString::fromLatin1(r.path)).query()).queryItemValue(u"page"_qs).toInt();
}

TestResponse answer(const RecordedRequest &r, const QByteArray &etag, const QByteArray &body,
                    QList<QPair<QByteArray, QByteArray>> headers = {})
{
    TestResponse response;
    if (r.headers.value("if-none-match") == etag) {
        response.status = 304;
        response.reason = "Not Modified";
        return response;
    }
    response.headers = std::move(headers);
    response.headers.append(qMakePair(QByteArray("ETag"), etag));
    response.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    response.body = body;
    return response;
}

} // namespace

// A Shopify-shaped and a WooCommerce-shaped store on loopback, paged, whose prices change between
// refreshes.
class TestShopRefresh : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    TestHttpServer m_shopify;
    TestHttpServer m_woo;
    int m_round = 0; // bumps prices on the second page of each store
    bool m_metaWorks = true;

    QList<FeedOutcome> refresh()
    {
        Store *store = m_store.get();
        RefreshEngine::Options options;
        options.includeThreads = false;
        RefreshEngine engine([store](const RefreshEngine::StoreJob &job) { job(*store); }, options);
        QList<FeedOutcome> outcomes;
        connect(&engine, &RefreshEngine::feedDone, this, [&outcomes](const FeedOutcome &o) { outcomes.append(o); });
        QSignalSpy finished(&engine, &RefreshEngine::finished);
        engine.start({}, true);
        [&] {
            QVERIFY(finished.wait(20000));
        }();
        return outcomes;
    }

    qint64 priceOf(const QString &remoteVariant)
    {
        return scalar(
                *m_store,
                u"SELECT coalesce(sale_price_minor, price_minor) FROM product_variants WHERE remote_id = '%1'"_qs.arg(
                        remoteVariant));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_shopify.listen());
        QVERIFY(m_woo.listen());
        m_shopify.route("/products.json", [this](const RecordedRequest &r) {
            const int page = qMax(1, pageOf(r));
            return answer(r,
                          "\"s" + QByteArray::number(page) + "-" + QByteArray::number(page == 2 ? m_round : 0) + "\"",
                          tidings::test::shopifyPage(page, m_round));
        });
        m_shopify.route("/meta.json", [this](const RecordedRequest &) {
            TestResponse r;
            if (!m_metaWorks) {
                r.status = 404;
                r.reason = "Not Found";
                return r;
            }
            r.body = R"({"id": 1, "name": "Loop Gadgets", "currency": "CAD", "domain": "loop.example"})";
            return r;
        });
        m_shopify.route("/", [](const RecordedRequest &) {
            TestResponse r;
            r.body = "<html><head><script>Shopify.currency = {\"active\":\"JPY\",\"rate\":\"1.0\"};</script>"
                     "</head></html>";
            return r;
        });
        m_woo.route("/wp-json/wc/store/v1/products", [this](const RecordedRequest &r) {
            const int page = qMax(1, pageOf(r));
            QList<QPair<QByteArray, QByteArray>> headers{{"X-WP-Total", "3"}, {"X-WP-TotalPages", "2"}};
            if (page == 1)
                headers.append(qMakePair(QByteArray("Link"),
                                         "<" + m_woo.url(u"/wp-json/wc/store/v1/products"_qs).toEncoded()
                                                 + "?per_page=100&page=2>; rel=\"next\""));
            return answer(r,
                          "\"w" + QByteArray::number(page) + "-" + QByteArray::number(page == 2 ? m_round : 0) + "\"",
                          tidings::test::wooPage(page, m_round), headers);
        });

        m_store = std::make_unique<Store>();
        QVERIFY(m_store->open(m_dir.filePath(u"shop.sqlite"_qs)));
        for (const auto &[name, url] : {std::pair{u"Loop Gadgets"_qs, m_shopify.url(u"/products.json"_qs)},
                                        std::pair{u"Loop Woo"_qs, m_woo.url(u"/wp-json/wc/store/v1/products"_qs)}}) {
            SiteRow site;
            site.name = name;
            FeedRow feed;
            feed.kind = DocumentKind::Products;
            QUrl withQuery = url;
            withQuery.setQuery(name == u"Loop Woo" ? u"per_page=100"_qs : u"limit=250"_qs);
            feed.url = withQuery.toString();
            site.feeds.append(feed);
            QVERIFY(Sources(m_store->database()).addSite(site) >= 0);
        }
    }

    void firstRefreshReadsEveryPage()
    {
        const QList<FeedOutcome> outcomes = refresh();
        for (const FeedOutcome &o : outcomes)
            QVERIFY2(o.result != FeedOutcome::Result::Failed, qPrintable(o.message));
        QCOMPARE(scalar(*m_store, u"SELECT count(*) FROM products"_qs), 8);
        // Shopify: pages 1, 2 and the empty 3 that ends the list, all with limit=250; and the shop's
        // currency, asked once.
        const QList<RecordedRequest> shopify = requestsTo(m_shopify, "/products.json");
        QCOMPARE(shopify.size(), 3);
        QCOMPARE(shopify[0].path, "/products.json?limit=250");
        QCOMPARE(shopify[1].path, "/products.json?limit=250&page=2");
        QCOMPARE(shopify[2].path, "/products.json?limit=250&page=3");
        QCOMPARE(m_shopify.requestsFor("/meta.json").size(), 1);
        QCOMPARE(scalar(*m_store, u"SELECT count(*) FROM product_variants WHERE currency = 'CAD'"_qs), 5);
        QCOMPARE(scalar(*m_store, u"SELECT count(*) FROM product_variants WHERE currency = 'XXX'"_qs), 0);
        QCOMPARE(priceOf(u"9004"_qs), 2400);
        // WooCommerce: the Link header's next page, then X-WP-TotalPages says it ends.
        const QList<RecordedRequest> woo = requestsTo(m_woo, "/wp-json/wc/store/v1/products");
        QCOMPARE(woo.size(), 2);
        QCOMPARE(woo[1].path, "/wp-json/wc/store/v1/products?per_page=100&page=2");
        QCOMPARE(priceOf(u"103"_qs), 1103);
        QCOMPARE(scalar(*m_store, u"SELECT count(*) FROM product_variants WHERE currency = 'EUR'"_qs), 3);
    }

    void secondRefreshAsksEveryPageConditionally()
    {
        m_shopify.clearRequests();
        m_woo.clearRequests();
        const QList<FeedOutcome> outcomes = refresh();
        int notModified = 0;
        for (const FeedOutcome &o : outcomes)
            notModified += o.result == FeedOutcome::Result::NotModified ? 1 : 0;
        QCOMPARE(notModified, 5); // every page, past each 304 to the next
        const QList<RecordedRequest> shopify = requestsTo(m_shopify, "/products.json");
        QCOMPARE(shopify.size(), 3);
        QCOMPARE(shopify[0].headers.value("if-none-match"), "\"s1-0\"");
        QCOMPARE(shopify[1].headers.value("if-none-match"), "\"s2-0\"");
        QCOMPARE(shopify[2].headers.value("if-none-match"), "\"s3-0\"");
        const QList<RecordedRequest> woo = requestsTo(m_woo, "/wp-json/wc/store/v1/products");
        QCOMPARE(woo.size(), 2);
        QCOMPARE(woo[1].headers.value("if-none-match"), "\"w2-0\"");
    }

    void changedPricesReachTheCart()
    {
        Cart cart(m_store->database());
        QVERIFY(cart.add(tidings::test::variantId(*m_store, u"9004"_qs), 2) > 0);
        QVERIFY(cart.add(tidings::test::variantId(*m_store, u"9005"_qs), 1) > 0);
        QVERIFY(cart.add(tidings::test::variantId(*m_store, u"103"_qs), 1) > 0);
        m_round = 1;
        refresh();
        QCOMPARE(priceOf(u"9004"_qs), 2300);
        QCOMPARE(priceOf(u"103"_qs), 1053);
        QCOMPARE(priceOf(u"9001"_qs), 2100); // an unchanged page stays as it was
        QLocale::setDefault(QLocale(QLocale::English, QLocale::Canada));
        const QList<CartLine> lines = cart.lines();
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines[0].productTitle, u"Gadget 4"_qs);
        QCOMPARE(lines[0].changeText(), u"was $24.00, now $23.00"_qs);
        QCOMPARE(lines[1].changeText(), u"was $25.00, now $24.00; now out of stock"_qs);
        QVERIFY(lines[2].priceChanged());
        QCOMPARE(lines[2].price, (Money{1053, u"EUR"_qs}));
        const QList<CartTotal> totals = Cart::totals(lines);
        QCOMPARE(totals.size(), 2);
        QCOMPARE(totals[0].total, (Money{2 * 2300 + 2400, u"CAD"_qs}));
        QCOMPARE(totals[1].total, (Money{1053, u"EUR"_qs}));
    }

    void storefrontGivesTheCurrencyWhenMetaDoesNot()
    {
        m_metaWorks = false;
        m_round = 2; // a changed page 2, so it is stored again
        m_shopify.clearRequests();
        refresh();
        QCOMPARE(m_shopify.requestsFor("/meta.json").size(), 1);
        QCOMPARE(m_shopify.requestsFor("/").size(), 1);
        QSqlQuery q(m_store->database().connection());
        QVERIFY(q.exec(u"SELECT currency, price_minor FROM product_variants WHERE remote_id = '9004'"_qs) && q.next());
        QCOMPARE(q.value(0).toString(), u"JPY"_qs);
        QCOMPARE(q.value(1).toLongLong(), 22); // "22.00" in yen, which has no minor unit
    }
};

QTEST_GUILESS_MAIN(TestShopRefresh)
#include "tst_shoprefresh.moc"
