#include "TestHttpServer.h"
#include "net/Discovery.h"
#include "sync/Opml.h"

#include <QBuffer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QtTest>

using namespace tidings;
using tidings::test::TestHttpServer;
using tidings::test::TestResponse;

namespace {

QByteArray fixture(const char *name)
{
    QFile f(QStringLiteral(TIDINGS_FIXTURES_DIR "/") + QString::fromLatin1(name));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

TestResponse ok(const QByteArray &body, const QByteArray &type, QList<QPair<QByteArray, QByteArray>> headers = {})
{
    TestResponse r;
    r.body = body;
    r.headers = std::move(headers);
    r.headers.append({"Content-Type", type});
    return r;
}

// Test documents (ordinary literals: moc cannot read raw strings).
const QByteArray kHeadHtml
        = "<!doctype html><html><head><base href=\"https://site.example/blog/\">\n"
          "<title>Gadgets &amp; Gear</title>\n"
          "<LINK REL=\"alternate\" TYPE=\"application/rss+xml\" TITLE=\"Feed\" HREF=\"feed/\">\n"
          "<link rel='alternate' type='application/atom+xml' href='/feed/atom/'>\n"
          "<link rel=\"alternate\" type=\"text/html\" href=\"/other\">\n"
          "<link rel=\"alternate\" type=\"application/rss+xml\" href=\"javascript:alert(1)\">\n"
          "<link rel=\"https://api.w.org/\" href=\"https://site.example/wp-json/\">\n"
          "</head><body><link rel=\"alternate\" type=\"application/rss+xml\" href=\"/in-body\"></body></html>";
const QByteArray kLinkOne = "<https://site.example/wp-json/>; rel=\"https://api.w.org/\"";
const QByteArray kLinkBoth = "</x>; rel=\"next\", </wp-json/>; rel=\"https://api.w.org/\"";
const QByteArray kOpmlNested
        = "<?xml version=\"1.0\"?><opml version=\"1.0\"><head><title>x</title></head><body>\n"
          "<outline text=\"Tech\"><outline text=\"Audio\"><outline text=\"A\" title=\"A\" type=\"rss\" "
          "xmlUrl=\"https://a.example/feed\" htmlUrl=\"https://a.example/\"/></outline></outline>\n"
          "<outline text=\"B\" xmlUrl=\"https://b.example/rss\"/></body></opml>";
const QByteArray kOpmlNewsboat
        = "<?xml version=\"1.0\"?><opml version=\"2.0\"><head><title>newsboat - Exported Feeds</title></head>\n"
          "<body><outline type=\"rss\" xmlUrl=\"https://c.example/atom.xml\" htmlUrl=\"https://c.example\" "
          "title=\"C\"/></body></opml>";

} // namespace

class TestDiscovery : public QObject
{
    Q_OBJECT

    std::pair<SiteRow, QString> discover(const QUrl &url, const QUrl &products = {})
    {
        QNetworkAccessManager *network = Fetcher::makeNetworkAccessManager(this);
        SiteDiscovery discovery(network, {});
        QSignalSpy spy(&discovery, &SiteDiscovery::finished);
        discovery.discover(url, products);
        // An address that is not a web address is answered at once, before wait() would listen.
        [&] {
            QVERIFY(!spy.isEmpty() || spy.wait(10000));
        }();
        delete network;
        if (spy.isEmpty())
            return {};
        return {spy.at(0).at(0).value<SiteRow>(), spy.at(0).at(1).toString()};
    }

private slots:
    void scansHeadLinks()
    {
        const QByteArray html = kHeadHtml;
        const PageLinks links = scanPage(html, QUrl(u"https://site.example/"_qs));
        QCOMPARE(links.title, u"Gadgets & Gear"_qs);
        QCOMPARE(links.feeds.size(), 2);
        QCOMPARE(links.feeds[0].url, QUrl(u"https://site.example/blog/feed/"_qs));
        QCOMPARE(links.feeds[0].title, u"Feed"_qs);
        QCOMPARE(links.feeds[1].url, QUrl(u"https://site.example/feed/atom/"_qs));
        QCOMPARE(links.restApi, QUrl(u"https://site.example/wp-json/"_qs));
    }

    void restApiFromTheLinkHeader()
    {
        const QUrl base(u"https://site.example/"_qs);
        QCOMPARE(restApiFromLinkHeader(kLinkOne, base), QUrl(u"https://site.example/wp-json/"_qs));
        QCOMPARE(restApiFromLinkHeader(kLinkBoth, base), QUrl(u"https://site.example/wp-json/"_qs));
        QVERIFY(!restApiFromLinkHeader("</x>; rel=\"next\"", base).isValid());
    }

    void homePageWithFeedsRestAndShop()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        const QByteArray full = fixture("wordpress-rss.xml");
        QByteArray summary = full;
        summary.replace("Velour breathes; leather seals.", "");
        const QByteArray home = "<html><head><title>Gadget Notes</title>"
                                "<link rel=\"alternate\" type=\"application/rss+xml\" title=\"Feed\" href=\"/summary\">"
                                "<link rel=\"alternate\" type=\"application/rss+xml\" title=\"Full\" href=\"/full\">"
                                "<link rel=\"alternate\" type=\"application/rss+xml\" title=\"Comments Feed\" "
                                "href=\"/comments/feed/\">"
                                "</head><body></body></html>";
        server.route("/",
                     ok(home, "text/html",
                        {{"Link", "<" + server.url(u"/wp-json/"_qs).toEncoded() + ">; rel=\"https://api.w.org/\""}}));
        server.route("/summary", ok(summary, "application/rss+xml"));
        server.route("/full", ok(full, "application/rss+xml"));
        server.route("/wp-json/wc/store/v1/products", ok(fixture("woocommerce-products.json"), "application/json"));
        const auto [site, error] = discover(server.url(u"/"_qs));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(site.name, u"Gadget Notes"_qs);
        QCOMPARE(site.restApiUrl, server.url(u"/wp-json/"_qs).toString());
        QCOMPARE(site.feeds.size(), 2);
        QCOMPARE(site.feeds[0].kind, DocumentKind::Articles);
        QVERIFY(site.feeds[0].url.endsWith(u"/full")); // the full-content feed
        QCOMPARE(site.feeds[1].kind, DocumentKind::Products);
        QCOMPARE(server.requestsFor("/comments/feed/").size(), 0); // never fetched
    }

    void shopifyStoreAndAMerchantFeed()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        server.route("/",
                     ok("<html><head><title>Shop</title><link rel=\"alternate\" type=\"application/atom+xml\" "
                        "href=\"/blog.atom\"></head></html>",
                        "text/html"));
        server.route("/blog.atom", ok(fixture("atom-threaded.xml"), "application/atom+xml"));
        server.route("/products.json", ok(fixture("shopify-products.json"), "application/json"));
        server.route("/merchant.xml", ok(fixture("merchant.xml"), "application/rss+xml"));
        const auto [site, error] = discover(server.url(u"/"_qs), server.url(u"/merchant.xml"_qs));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(site.feeds.size(), 3);
        QVERIFY(site.feeds[1].url.contains(u"/products.json"));
        QVERIFY(site.feeds[2].url.endsWith(u"/merchant.xml"));
    }

    void aFeedUrlIsTakenAsItIs()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        server.route("/feed/", ok(fixture("wordpress-rss.xml"), "application/rss+xml"));
        const auto [site, error] = discover(server.url(u"/feed/"_qs));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(site.name, u"Gadget Notes"_qs);
        QCOMPARE(site.homeUrl, u"https://gadgets.example"_qs);
        QCOMPARE(site.feeds.size(), 1);
    }

    void aPageWithoutFeedsSaysSo()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        server.route("/", ok("<html><head><title>Nothing</title></head><body></body></html>", "text/html"));
        const auto [site, error] = discover(server.url(u"/"_qs));
        QVERIFY2(error.contains(u"no feed found"), qPrintable(error));
        const auto [none, unreachable] = discover(QUrl(u"ftp://127.0.0.1/"_qs));
        QVERIFY(unreachable.contains(u"not a web address"));
    }

    void opmlFromOtherReaders_data()
    {
        QTest::addColumn<QByteArray>("opml");
        QTest::addColumn<int>("feeds");
        QTest::addColumn<QString>("firstFolder");
        // The shapes RSS Guard, Liferea, NetNewsWire and Newsboat write.
        QTest::newRow("nested folders") << QByteArray(kOpmlNested) << 2 << u"Tech/Audio"_qs;
        QTest::newRow("newsboat") << QByteArray(kOpmlNewsboat) << 1 << QString();
    }

    void opmlFromOtherReaders()
    {
        QFETCH(QByteArray, opml);
        QFETCH(int, feeds);
        QFETCH(QString, firstFolder);
        QBuffer buffer(&opml);
        buffer.open(QIODevice::ReadOnly);
        QList<SiteRow> sites;
        QString error;
        QVERIFY2(Opml::read(&buffer, sites, error), qPrintable(error));
        QCOMPARE(sites.size(), feeds);
        QCOMPARE(sites[0].folder, firstFolder);
        // Written out and read back, nothing changes.
        QByteArray written = Opml::write(sites);
        QBuffer again(&written);
        again.open(QIODevice::ReadOnly);
        QList<SiteRow> reread;
        QVERIFY(Opml::read(&again, reread, error));
        // The export groups by folder, so compare by feed, not by position.
        auto folderByUrl = [](const QList<SiteRow> &list) {
            QMap<QString, QString> map;
            for (const SiteRow &site : list)
                map.insert(site.feeds.value(0).url, site.folder);
            return map;
        };
        QCOMPARE(folderByUrl(reread), folderByUrl(sites));
    }

    void brokenOpmlGivesNothing_data()
    {
        QTest::addColumn<QByteArray>("opml");
        QTest::newRow("truncated") << QByteArray(
                "<opml version=\"2.0\"><body><outline xmlUrl=\"https://a.example/\" text=\"A\"/><outline");
        QTest::newRow("not opml") << QByteArray("<rss version=\"2.0\"><channel/></rss>");
        QTest::newRow("bad url") << QByteArray("<opml><body><outline xmlUrl=\"https://a.example/\"/><outline "
                                               "xmlUrl=\"file:///etc/passwd\"/></body></opml>");
        QTest::newRow("empty") << QByteArray();
    }

    void brokenOpmlGivesNothing()
    {
        QFETCH(QByteArray, opml);
        QBuffer buffer(&opml);
        buffer.open(QIODevice::ReadOnly);
        QList<SiteRow> sites;
        QString error;
        QVERIFY(!Opml::read(&buffer, sites, error));
        QVERIFY(!error.isEmpty());
        QVERIFY(sites.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDiscovery)
#include "tst_discovery.moc"
