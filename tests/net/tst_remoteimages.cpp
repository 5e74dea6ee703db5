#include "TestHttpServer.h"
#include "net/RemoteImages.h"

#include <QBuffer>
#include <QImage>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QtTest>

using namespace tidings;
using tidings::test::TestHttpServer;
using tidings::test::TestResponse;

namespace {

QByteArray png(int width, int height, QColor color = Qt::red)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(color);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

TestResponse imageResponse(const QByteArray &body, const QByteArray &cacheControl = "max-age=3600")
{
    TestResponse r;
    r.headers = {{"Content-Type", "image/png"}, {"Cache-Control", cacheControl}};
    r.body = body;
    return r;
}

} // namespace

class TestRemoteImages : public QObject
{
    Q_OBJECT

    TestHttpServer m_server;

private slots:
    void initTestCase() { QVERIFY(m_server.listen()); }
    void init() { m_server.clearRequests(); }

    void loadsOnceThenFromTheDiskCache()
    {
        QTemporaryDir cache;
        m_server.route("/red.png", imageResponse(png(40, 30)));
        const QUrl url = m_server.url(u"/red.png"_qs);
        {
            RemoteImages images(cache.path());
            QSignalSpy loaded(&images, &RemoteImages::loaded);
            QVERIFY(images.request(url));
            QVERIFY(images.request(url)); // asked twice while loading: fetched once
            QVERIFY(loaded.wait(10000));
            QCOMPARE(loaded.at(0).at(0).toUrl(), url);
            const auto image = loaded.at(0).at(1).value<QImage>();
            QCOMPARE(image.size(), QSize(40, 30));
            QCOMPARE(image.pixelColor(5, 5), QColor(Qt::red));
            QCOMPARE(m_server.requestsFor("/red.png").size(), 1);
            QVERIFY(m_server.requestsFor("/red.png").at(0).headers.value("user-agent").startsWith("Tidings/"));
            QCOMPARE(images.cached(url).size(), QSize(40, 30)); // kept decoded for the next article
            QTest::qWait(100);
            QCOMPARE(loaded.size(), 1);
        }
        // Another run (nothing in memory): the disk cache answers, the server hears nothing.
        RemoteImages again(cache.path());
        QSignalSpy loaded(&again, &RemoteImages::loaded);
        QVERIFY(again.request(url));
        QVERIFY(loaded.wait(10000));
        QCOMPARE(loaded.at(0).at(1).value<QImage>().size(), QSize(40, 30));
        QCOMPARE(m_server.requestsFor("/red.png").size(), 1);
    }

    void refusesWhatIsNotHttp()
    {
        RemoteImages images({});
        QSignalSpy loaded(&images, &RemoteImages::loaded);
        QSignalSpy failed(&images, &RemoteImages::failed);
        QVERIFY(!images.request(QUrl(u"file:///etc/passwd"_qs)));
        QVERIFY(!images.request(QUrl(u"data:image/png;base64,AAAA"_qs)));
        QVERIFY(!images.request(QUrl(u"ftp://127.0.0.1/x.png"_qs)));
        QVERIFY(!images.request(QUrl(u"/relative.png"_qs)));
        QTest::qWait(50);
        QCOMPARE(loaded.size() + failed.size(), 0);
        QVERIFY(m_server.requests().isEmpty());
    }

    void capsBytesAndPixels()
    {
        RemoteImages::Options options;
        options.maxBytes = 64 * 1024;
        options.maxPixels = 1000 * 1000;
        RemoteImages images({}, options);
        QSignalSpy failed(&images, &RemoteImages::failed);

        // Too many bytes, announced by Content-Length, and unannounced (counted as they arrive).
        TestResponse huge;
        huge.headers = {{"Content-Type", "image/png"}};
        huge.fillerBytes = 1024 * 1024;
        m_server.route("/huge.png", huge);
        huge.sendLength = false;
        m_server.route("/unannounced.png", huge);
        QVERIFY(images.request(m_server.url(u"/huge.png"_qs)));
        QVERIFY(images.request(m_server.url(u"/unannounced.png"_qs)));
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 2, 10000);
        for (const QList<QVariant> &f : std::as_const(failed))
            QVERIFY2(f.at(1).toString().contains(u"larger than"_qs), qPrintable(f.at(1).toString()));
        failed.clear();

        // Few bytes, many pixels: a flat 2000 × 2000 PNG compresses to almost nothing.
        const QByteArray bomb = png(2000, 2000, Qt::white);
        QVERIFY(bomb.size() < options.maxBytes);
        m_server.route("/bomb.png", imageResponse(bomb));
        QVERIFY(images.request(m_server.url(u"/bomb.png"_qs)));
        QVERIFY(failed.wait(10000));
        QVERIFY2(failed.at(0).at(1).toString().contains(u"too large"_qs), qPrintable(failed.at(0).at(1).toString()));
    }

    void neverFollowsHttpsDownToHttp()
    {
        TestHttpServer https;
        QVERIFY(https.listenTls(QStringLiteral(TIDINGS_FIXTURES_DIR "/tls-localhost.crt"),
                                QStringLiteral(TIDINGS_FIXTURES_DIR "/tls-localhost.key")));
        QSslConfiguration trusting = QSslConfiguration::defaultConfiguration();
        trusting.addCaCertificates(QStringLiteral(TIDINGS_FIXTURES_DIR "/tls-localhost.crt"));
        QSslConfiguration::setDefaultConfiguration(trusting);
        m_server.route("/plain.png", imageResponse(png(10, 10)));
        https.route("/secure.png", imageResponse(png(12, 12)));
        TestResponse downgrade;
        downgrade.status = 302;
        downgrade.reason = "Found";
        downgrade.headers = {{"Location", m_server.url(u"/plain.png"_qs).toEncoded()}};
        https.route("/downgrade.png", downgrade);

        RemoteImages images({});
        QSignalSpy loaded(&images, &RemoteImages::loaded);
        QSignalSpy failed(&images, &RemoteImages::failed);
        QVERIFY(images.request(https.url(u"/secure.png"_qs)));
        QVERIFY(images.request(https.url(u"/downgrade.png"_qs)));
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size() + failed.size(), 2, 10000);
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(loaded.at(0).at(1).value<QImage>().size(), QSize(12, 12));
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.at(0).at(0).toUrl(), https.url(u"/downgrade.png"_qs));
        QVERIFY(m_server.requestsFor("/plain.png").isEmpty());
    }

    void scalesWideImagesAndReportsWhatIsNoImage()
    {
        RemoteImages::Options options;
        options.maxWidth = 100;
        RemoteImages images({}, options);
        QSignalSpy loaded(&images, &RemoteImages::loaded);
        QSignalSpy failed(&images, &RemoteImages::failed);
        m_server.route("/wide.png", imageResponse(png(400, 200)));
        TestResponse html;
        html.headers = {{"Content-Type", "text/html"}};
        html.body = "<html>not an image</html>";
        m_server.route("/page.html", html);
        TestResponse missing;
        missing.status = 404;
        missing.reason = "Not Found";
        m_server.route("/missing.png", missing);

        QVERIFY(images.request(m_server.url(u"/wide.png"_qs)));
        QVERIFY(images.request(m_server.url(u"/page.html"_qs)));
        QVERIFY(images.request(m_server.url(u"/missing.png"_qs)));
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size() + failed.size(), 3, 10000);
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(loaded.at(0).at(1).value<QImage>().size(), QSize(100, 50));
        QStringList failedUrls;
        for (const QList<QVariant> &f : std::as_const(failed))
            failedUrls.append(f.at(0).toUrl().path());
        failedUrls.sort();
        QCOMPARE(failedUrls, (QStringList{u"/missing.png"_qs, u"/page.html"_qs}));
    }
};

QTEST_MAIN(TestRemoteImages)
#include "tst_remoteimages.moc"
