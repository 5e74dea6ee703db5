// Refresh benchmark: 200 feeds of 50 items on 10 loopback hosts (127.0.0.1-10), served from another
// thread. Times a cold refresh (everything new) and a warm one (everything answers 304), and prints
// peak RSS. Budget (issue 3): the warm refresh of 200 feeds in under 1 s.
//
//   bench_refresh [FEEDS] [ITEMS]

#include "TestHttpServer.h"
#include "sync/RefreshEngine.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <sys/resource.h>

using namespace tidings;
using tidings::test::RecordedRequest;
using tidings::test::TestHttpServer;
using tidings::test::TestResponse;

namespace {

QByteArray feedBody(int feed, int items)
{
    QByteArray doc = "<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>Feed "
            + QByteArray::number(feed) + "</title><link>http://127.0.0.1/</link>";
    for (int i = 0; i < items; ++i) {
        const QByteArray id = QByteArray::number(feed) + "-" + QByteArray::number(i);
        doc += "<item><title>Item " + id + "</title><guid>" + id
                + "</guid><pubDate>Mon, 23 Nov 2026 10:00:00 GMT"
                  "</pubDate><description>A short summary of item "
                + id
                + "</description><content:encoded xmlns:content="
                  "\"http://purl.org/rss/1.0/modules/content/\"><![CDATA[<p>"
                + QByteArray(1500, 'w') + " " + id + "</p>]]></content:encoded></item>";
    }
    return doc + "</channel></rss>";
}

double peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationVersion(u"bench"_qs);
    QTextStream out(stdout);
    const QStringList args = QCoreApplication::arguments();
    const int feeds = args.value(1).toInt() > 0 ? args.value(1).toInt() : 200;
    const int items = args.value(2).toInt() > 0 ? args.value(2).toInt() : 50;
    constexpr int kHosts = 10;

    // The servers answer from their own thread, as a remote server would.
    QThread serverThread;
    serverThread.start();
    QList<TestHttpServer *> servers;
    QStringList urls;
    for (int h = 0; h < kHosts; ++h) {
        auto *server = new TestHttpServer;
        const QString address = u"127.0.0.%1"_qs.arg(h + 1);
        if (!server->listen(address)) {
            out << "cannot listen on " << address << Qt::endl;
            return 1;
        }
        servers.append(server);
    }
    for (int f = 0; f < feeds; ++f) {
        TestHttpServer *server = servers[f % kHosts];
        const QByteArray path = "/feed/" + QByteArray::number(f);
        const QByteArray etag = "\"v" + QByteArray::number(f) + '"';
        const QByteArray body = feedBody(f, items);
        server->route(path, [body, etag](const RecordedRequest &r) {
            TestResponse response;
            if (r.headers.value("if-none-match") == etag) {
                response.status = 304;
                response.reason = "Not Modified";
                return response;
            }
            response.body = body;
            response.headers = {{"ETag", etag}};
            return response;
        });
        urls.append(server->url(QString::fromLatin1(path)).toString());
    }
    for (TestHttpServer *server : std::as_const(servers))
        server->moveToThread(&serverThread);

    QTemporaryDir dir;
    Store store;
    if (!store.open(dir.filePath(u"bench.sqlite"_qs))) {
        out << store.error() << Qt::endl;
        return 1;
    }
    {
        Sources sources(store.database());
        QList<SiteRow> sites;
        for (int f = 0; f < feeds; ++f) {
            SiteRow site;
            site.name = u"Site %1"_qs.arg(f);
            FeedRow feed;
            feed.url = urls[f];
            site.feeds.append(feed);
            sites.append(site);
        }
        if (!sources.addSites(sites)) {
            out << sources.error() << Qt::endl;
            return 1;
        }
    }

    auto refresh = [&store](RefreshSummary &summary) {
        RefreshEngine::Options options;
        options.includeThreads = false;
        RefreshEngine engine([&store](const RefreshEngine::StoreJob &job) { job(store); }, options);
        QEventLoop loop;
        QObject::connect(&engine, &RefreshEngine::finished, &loop, [&](const RefreshSummary &s) {
            summary = s;
            loop.quit();
        });
        QElapsedTimer timer;
        timer.start();
        engine.start({}, true);
        loop.exec();
        return double(timer.nsecsElapsed()) / 1e9;
    };
    RefreshSummary cold;
    const double coldSeconds = refresh(cold);
    RefreshSummary warm;
    const double warmSeconds = refresh(warm);
    out << "feeds:        " << feeds << " on " << kHosts << " hosts, " << items << " items each\n"
        << "cold refresh: " << QString::number(coldSeconds, 'f', 3) << " s (" << cold.counts.added << " new, "
        << cold.failed << " failed)\n"
        << "warm refresh: " << QString::number(warmSeconds, 'f', 3) << " s (" << warm.counts.added << " new, "
        << warm.failed << " failed; every feed answered 304)\n"
        << "peak RSS:     " << QString::number(peakRssMb(), 'f', 1) << " MB" << Qt::endl;

    for (TestHttpServer *server : std::as_const(servers))
        QMetaObject::invokeMethod(server, &QObject::deleteLater);
    serverThread.quit();
    serverThread.wait();
    return cold.failed + warm.failed == 0 ? 0 : 1;
}
