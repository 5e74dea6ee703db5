#include "TestHttpServer.h"
#include "TidingsProcess.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using tidings::test::RecordedRequest;
using tidings::test::TestHttpServer;
using tidings::test::TestResponse;

namespace {

using Run = tidings::test::TidingsRun;

TestResponse ok(const QByteArray &body, const QByteArray &type)
{
    TestResponse r;
    r.body = body;
    r.headers = {{"Content-Type", type}, {"ETag", "\"e1\""}};
    return r;
}

QByteArray feed(const QByteArray &title)
{
    return "<rss version=\"2.0\"><channel><title>" + title
            + "</title><link>http://127.0.0.1/</link>"
              "<item><title>One</title><guid>1</guid><description>First post</description></item>"
              "<item><title>Two</title><guid>2</guid><description>Second post</description></item></channel></rss>";
}

} // namespace

class TestSiteCommands : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    TestHttpServer m_server;

    // Runs tidings without blocking the event loop, so the in-process server can answer it.
    Run tidings(const QStringList &arguments) { return tidings::test::runTidings(m_dir.path(), arguments); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_server.listen());
        m_server.route("/",
                       ok("<html><head><title>Loop News</title><link rel=\"alternate\" "
                          "type=\"application/rss+xml\" href=\"/feed/\"></head></html>",
                          "text/html"));
        m_server.route("/feed/", [](const RecordedRequest &r) {
            if (r.headers.value("if-none-match") == "\"e1\"") {
                TestResponse notModified;
                notModified.status = 304;
                notModified.reason = "Not Modified";
                return notModified;
            }
            return ok(feed("Loop News"), "application/rss+xml");
        });
        m_server.route("/broken.xml", TestResponse{404, "Not Found", {}, "gone", 0, -1, -1});
    }

    void addFetchesAndListsTheSite()
    {
        Run r = tidings({u"add"_qs, m_server.url(u"/"_qs).toString()});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(u"added Loop News"), qPrintable(r.out + r.err));
        QVERIFY(r.out.contains(u"articles: " + m_server.url(u"/feed/"_qs).toString()));
        QVERIFY(r.out.contains(u"2 new"));

        r = tidings({u"sites"_qs});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(u"Loop News"));
        QVERIFY(r.out.contains(u"last fetched 20"));

        r = tidings({u"refresh"_qs, u"Loop News"_qs});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(u"not modified"), qPrintable(r.out));
        QVERIFY(r.err.isEmpty()); // no progress noise when stderr is not a terminal
    }

    void addingASecondSiteFetchesOnlyThatSite_data()
    {
        QTest::addColumn<QByteArray>("secondTitle");
        QTest::addColumn<QString>("secondName");
        QTest::newRow("another title") << QByteArray("Beta Bulletin") << u"Beta Bulletin"_qs;
        // Two blogs that call themselves the same stay two sites; the second is told apart by its host.
        QTest::newRow("the same title") << QByteArray("Alpha Journal") << u"Alpha Journal (127.0.0.2)"_qs;
    }

    void addingASecondSiteFetchesOnlyThatSite()
    {
        QFETCH(QByteArray, secondTitle);
        QFETCH(QString, secondName);
        QTemporaryDir dir;
        TestHttpServer first;
        TestHttpServer second;
        QVERIFY(first.listen());
        QVERIFY(second.listen(u"127.0.0.2"_qs));
        const auto feedAt = [](const QByteArray &title, const TestHttpServer &server) {
            return ok(feed(title).replace("http://127.0.0.1/", server.url(u"/"_qs).toEncoded()), "application/rss+xml");
        };
        first.route("/feed/", feedAt("Alpha Journal", first));
        second.route("/feed/", feedAt(secondTitle, second));
        Run r = tidings::test::runTidings(dir.path(), {u"add"_qs, first.url(u"/feed/"_qs).toString()});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(first.requestsFor("/feed/").size(), 2); // discovery, then the refresh

        r = tidings::test::runTidings(dir.path(), {u"add"_qs, second.url(u"/feed/"_qs).toString()});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(u"added " + secondName), qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(u"1 feeds: 2 new"), qPrintable(r.out));
        QCOMPARE(second.requestsFor("/feed/").size(), 2); // discovery, then the refresh
        QCOMPARE(first.requestsFor("/feed/").size(), 2); // the first site was left alone

        r = tidings::test::runTidings(dir.path(), {u"sites"_qs});
        QVERIFY2(r.out.contains(u"Alpha Journal") && r.out.contains(secondName), qPrintable(r.out));
    }

    void refreshReportsFailuresWithExitCode2()
    {
        Run r = tidings(
                {u"add"_qs, m_server.url(u"/feed/"_qs).toString(), u"--name"_qs, u"Second"_qs, u"--no-refresh"_qs});
        QCOMPARE(r.exitCode, 0);
        const QByteArray opml = "<opml version=\"2.0\"><body><outline text=\"Broken\" xmlUrl=\""
                + m_server.url(u"/broken.xml"_qs).toEncoded() + "\"/></body></opml>";
        QFile file(m_dir.filePath(u"one.opml"_qs));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(opml);
        file.close();
        r = tidings({u"import-opml"_qs, file.fileName()});
        QCOMPARE(r.exitCode, 0);
        r = tidings({u"refresh"_qs});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.out.contains(u"failed: server said 404 Not Found"), qPrintable(r.out));
        r = tidings({u"refresh"_qs, u"No such site"_qs});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(u"no site named"));
    }

    void brokenOpmlImportsNothing()
    {
        QTemporaryDir other;
        QFile file(other.filePath(u"broken.opml"_qs));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("<opml version=\"2.0\"><body><outline text=\"A\" xmlUrl=\"https://a.example/feed\"/><outline");
        file.close();
        const Run before = tidings({u"sites"_qs});
        const Run r = tidings({u"import-opml"_qs, file.fileName()});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(u"nothing was imported"));
        QCOMPARE(tidings({u"sites"_qs}).out, before.out);
    }

    void exportAndRemove()
    {
        const QString path = m_dir.filePath(u"out.opml"_qs);
        Run r = tidings({u"export-opml"_qs, path});
        QCOMPARE(r.exitCode, 0);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains(m_server.url(u"/feed/"_qs).toEncoded()));
        r = tidings({u"remove"_qs, u"Loop News"_qs});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(!tidings({u"sites"_qs}).out.contains(u"Loop News"));
        QCOMPARE(tidings({u"remove"_qs, u"Loop News"_qs}).exitCode, 1);
    }
};

QTEST_GUILESS_MAIN(TestSiteCommands)
#include "tst_sitecommands.moc"
