// Fetcher over real TLS: a loopback HTTPS server with the certificate in tests/fixtures.
#include "TestHttpServer.h"
#include "net/Fetcher.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QtTest>

using namespace tidings;
using tidings::test::TestHttpServer;
using tidings::test::TestResponse;

namespace {

const QString kCertificate = QStringLiteral(TIDINGS_FIXTURES_DIR "/tls-localhost.crt");
const QString kKey = QStringLiteral(TIDINGS_FIXTURES_DIR "/tls-localhost.key");

TestResponse feed()
{
    TestResponse r;
    r.body = "<rss version=\"2.0\"><channel><title>Secure</title></channel></rss>";
    return r;
}

TestResponse redirectTo(const QUrl &target, int status = 302)
{
    TestResponse r;
    r.status = status;
    r.reason = status == 301 ? "Moved Permanently" : "Found";
    r.headers = {{"Location", target.toEncoded()}};
    return r;
}

} // namespace

class TestFetcher : public QObject
{
    Q_OBJECT

    TestHttpServer m_https;
    TestHttpServer m_http;
    QNetworkAccessManager *m_network = nullptr;
    Fetcher *m_fetcher = nullptr;

    FetchResult fetch(const QUrl &url)
    {
        QSignalSpy finished(m_fetcher, &Fetcher::finished);
        FetchRequest request;
        request.url = url;
        m_fetcher->fetch(request);
        if (!finished.wait(10000))
            return {};
        return finished.at(0).at(0).value<FetchResult>();
    }

private slots:
    void linkHeaders_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QString>("relation");
        QTest::addColumn<QString>("target");
        const QByteArray wordpress = "<https://news.example/wp-json/wp/v2/comments?post=7&page=3>; rel=\"next\", "
                                     "<https://news.example/wp-json/wp/v2/comments?post=7&page=1>; rel=\"prev\"";
        QTest::newRow("next") << wordpress << u"next"_qs
                              << u"https://news.example/wp-json/wp/v2/comments?post=7&page=3"_qs;
        QTest::newRow("prev") << wordpress << u"prev"_qs
                              << u"https://news.example/wp-json/wp/v2/comments?post=7&page=1"_qs;
        QTest::newRow("absent") << wordpress << u"last"_qs << QString();
        QTest::newRow("relative, unquoted, upper case")
                << QByteArray("</page/2>; REL=Next") << u"next"_qs << u"https://news.example/page/2"_qs;
        QTest::newRow("one link, two relations")
                << QByteArray("<https://a.example/x>; rel=\"next last\"") << u"last"_qs << u"https://a.example/x"_qs;
        QTest::newRow("comma inside the target")
                << QByteArray("<https://a.example/a,b>; rel=\"next\"") << u"next"_qs << u"https://a.example/a,b"_qs;
        QTest::newRow("the WordPress API root")
                << QByteArray("<https://news.example/wp-json/>; rel=\"https://api.w.org/\"") << u"https://api.w.org/"_qs
                << u"https://news.example/wp-json/"_qs;
        QTest::newRow("no relation") << QByteArray("<https://a.example/x>; title=\"next\"") << u"next"_qs << QString();
        QTest::newRow("empty") << QByteArray() << u"next"_qs << QString();
    }

    void linkHeaders()
    {
        QFETCH(QByteArray, header);
        QFETCH(QString, relation);
        QFETCH(QString, target);
        const QUrl found = linkHeaderTarget(header, relation, QUrl(u"https://news.example/feed/"_qs));
        QCOMPARE(found.toString(), target);
    }

    void initTestCase()
    {
        if (!QSslSocket::supportsSsl())
            QFAIL("Qt has no TLS backend here: install libssl3");
        QVERIFY(m_https.listenTls(kCertificate, kKey));
        QVERIFY(m_http.listen());
        m_https.route("/feed", feed());
        m_http.route("/feed", feed());
        m_network = Fetcher::makeNetworkAccessManager(this);
        m_fetcher = new Fetcher(m_network, {}, this);
    }

    void init()
    {
        m_https.clearRequests();
        m_http.clearRequests();
    }

    // Runs first, while the test certificate is not trusted yet.
    void anUntrustedCertificateIsAnError()
    {
        const FetchResult result = fetch(m_https.url(u"/feed"_qs));
        QCOMPARE(result.outcome, FetchResult::Outcome::Failed);
        QVERIFY2(result.error.contains(u"secure connection failed"_qs), qPrintable(result.error));
        QVERIFY(result.body.isEmpty());
    }

    void fetchesOverTls()
    {
        QSslConfiguration trusting = QSslConfiguration::defaultConfiguration();
        trusting.addCaCertificates(kCertificate);
        QSslConfiguration::setDefaultConfiguration(trusting);
        m_network->clearConnectionCache(); // the refused handshake is not reused
        const FetchResult result = fetch(m_https.url(u"/feed"_qs));
        QCOMPARE(result.outcome, FetchResult::Outcome::Body);
        QVERIFY(result.body.contains("Secure"));
        QCOMPARE(m_https.requestsFor("/feed").size(), 1);
    }

    void aRedirectFromHttpsToHttpIsRefused()
    {
        m_https.route("/downgrade", redirectTo(m_http.url(u"/feed"_qs)));
        const FetchResult result = fetch(m_https.url(u"/downgrade"_qs));
        QCOMPARE(result.outcome, FetchResult::Outcome::Failed);
        QVERIFY2(result.error.contains(u"refused a redirect from HTTPS to HTTP"_qs), qPrintable(result.error));
        QVERIFY(result.body.isEmpty());
        QVERIFY(!result.movedTo.isValid());
        QCOMPARE(m_https.requestsFor("/downgrade").size(), 1);
        QVERIFY(m_http.requests().isEmpty()); // the plain-text address was never asked
    }

    // Every failure in words a user understands, with the cause in them.
    void aServerThatDripsMeetsTheDeadline()
    {
        TestResponse drip = feed();
        drip.dripIntervalMs = 100; // ~6 s for the whole feed, a byte at a time
        m_http.route("/drip", drip);
        Fetcher::Options options;
        options.timeoutMs = 5000; // every byte comes well within this
        options.deadlineMs = 1500;
        Fetcher patient(m_network, options);
        QSignalSpy finished(&patient, &Fetcher::finished);
        QElapsedTimer clock;
        clock.start();
        patient.fetch({-1, m_http.url(u"/drip"_qs), {}, {}});
        QVERIFY(finished.wait(10000));
        QVERIFY2(clock.elapsed() < 4000, qPrintable(QString::number(clock.elapsed())));
        const auto result = finished.at(0).at(0).value<FetchResult>();
        QCOMPARE(result.outcome, FetchResult::Outcome::Failed);
        QVERIFY2(result.error.contains(u"no complete response within 1.5 s"), qPrintable(result.error));
        QVERIFY(result.body.isEmpty());
    }

    void aRedirectLoopSaysSo()
    {
        m_http.route("/loop", redirectTo(m_http.url(u"/loop"_qs)));
        const FetchResult result = fetch(m_http.url(u"/loop"_qs));
        QCOMPARE(result.outcome, FetchResult::Outcome::Failed);
        QVERIFY2(result.error.contains(u"redirects in a loop"), qPrintable(result.error));
    }

    void tooManyRedirectsSaySo()
    {
        for (int i = 0; i < 15; ++i) {
            m_http.route("/hop" + QByteArray::number(i), redirectTo(m_http.url(u"/hop"_qs + QString::number(i + 1))));
        }
        const FetchResult result = fetch(m_http.url(u"/hop0"_qs));
        QCOMPARE(result.outcome, FetchResult::Outcome::Failed);
        QVERIFY2(result.error.contains(u"too many redirects (more than 10)"), qPrintable(result.error));
    }

    void aRedirectToANonWebAddressIsRefused_data()
    {
        QTest::addColumn<QByteArray>("target");
        QTest::newRow("file") << QByteArray("file:///etc/passwd");
        QTest::newRow("ftp") << QByteArray("ftp://127.0.0.1/feed.xml");
        QTest::newRow("javascript") << QByteArray("javascript:alert(1)");
    }

    void aRedirectToANonWebAddressIsRefused()
    {
        QFETCH(QByteArray, target);
        TestResponse r = redirectTo(QUrl::fromEncoded(target));
        m_http.route("/elsewhere", r);
        const FetchResult result = fetch(m_http.url(u"/elsewhere"_qs));
        QCOMPARE(result.outcome, FetchResult::Outcome::Failed);
        QVERIFY2(result.error.contains(u"which is not a web address"), qPrintable(result.error));
    }

    void aDecompressionBombIsRefused()
    {
        // 64 MB of zeros are 62 KB gzipped: over the size cap once unpacked, a thousand times the transfer.
        TestResponse bomb;
        bomb.body = TestHttpServer::gzip(QByteArray(64 << 20, '\0'));
        bomb.headers = {{"Content-Encoding", "gzip"}};
        m_http.route("/bomb", bomb);
        const FetchResult result = fetch(m_http.url(u"/bomb"_qs));
        QCOMPARE(result.outcome, FetchResult::Outcome::Failed);
        QVERIFY2(result.error.contains(u"expands beyond the size limit"), qPrintable(result.error));
        QVERIFY(result.body.isEmpty());
    }

    void aDamagedCompressedBodySaysSo()
    {
        TestResponse damaged = feed();
        damaged.body = TestHttpServer::gzip(damaged.body);
        damaged.body[damaged.body.size() / 2] = char(damaged.body[damaged.body.size() / 2] ^ 0x55);
        damaged.body[12] = char(damaged.body[12] ^ 0x55);
        damaged.headers = {{"Content-Encoding", "gzip"}};
        m_http.route("/damaged", damaged);
        const FetchResult result = fetch(m_http.url(u"/damaged"_qs));
        QCOMPARE(result.outcome, FetchResult::Outcome::Failed);
        QVERIFY2(result.error.contains(u"compressed response is damaged"), qPrintable(result.error));
    }

    void aRedirectUpToHttpsIsFollowedAndMovesTheFeed()
    {
        m_http.route("/old", redirectTo(m_https.url(u"/feed"_qs), 301));
        const FetchResult result = fetch(m_http.url(u"/old"_qs));
        QCOMPARE(result.outcome, FetchResult::Outcome::Body);
        QCOMPARE(result.finalUrl, m_https.url(u"/feed"_qs));
        QCOMPARE(result.movedTo, m_https.url(u"/feed"_qs)); // permanent: the feed's new address
    }
};

QTEST_MAIN(TestFetcher)
#include "tst_fetcher.moc"
