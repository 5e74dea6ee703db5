// Fetcher over real TLS: a loopback HTTPS server with the certificate in tests/fixtures.
#include "TestHttpServer.h"
#include "net/Fetcher.h"

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
