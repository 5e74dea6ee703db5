// Refresh benchmark: 200 feeds of 50 items on 10 loopback hosts (127.0.0.1-10), served from another
// thread. Half the feeds have a comment thread (wfw:commentRss) named by two of their articles.
// Times a cold refresh (everything new: the articles, then the threads of the new articles), a second
// and a warm one (everything answers 304), and prints peak RSS and how politely threads
// were fetched. Budget (issue 3): the warm refresh of 200 feeds in under 1 s. Issue 8: every thread
// fetched once per refresh, and answering 304 when nothing changed.
//
//   bench_refresh [FEEDS] [ITEMS]

#include "BenchSupport.h"
#include "TestHttpServer.h"
#include "sync/RefreshEngine.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <memory>

#include <sys/resource.h>

using namespace tidings;
using tidings::bench::peakRssMb;
using tidings::bench::waitFor;
using tidings::test::RecordedRequest;
using tidings::test::TestHttpServer;
using tidings::test::TestResponse;

namespace {

QByteArray feedBody(int feed, int items, const QByteArray &threadUrl)
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
                + QByteArray(1500, 'w') + " " + id
                + "</p>]]></content:encoded>"
                // The first two articles name the same thread, as WordPress does for a post that
                // is listed twice.
                + (i < 2 && !threadUrl.isEmpty() ? "<wfw:commentRss xmlns:wfw=\"http://wellformedweb.org/CommentAPI/\">"
                                   + threadUrl + "</wfw:commentRss>"
                                                 : QByteArray())
                + "</item>";
    }
    return doc + "</channel></rss>";
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
    // Thread requests, counted on the servers' thread and read after each refresh.
    struct ThreadCounts
    {
        QAtomicInt requests;
        QAtomicInt conditional;
        QAtomicInt notModified;
    };
    auto threadCounts = std::make_shared<ThreadCounts>();
    int threads = 0;
    for (int f = 0; f < feeds; ++f) {
        TestHttpServer *server = servers[f % kHosts];
        QByteArray threadUrl;
        if (f % 2 == 0) {
            ++threads;
            const QByteArray threadPath = "/thread/" + QByteArray::number(f);
            const QByteArray threadEtag = "\"t" + QByteArray::number(f) + '"';
            const QByteArray thread = "<feed xmlns=\"http://www.w3.org/2005/Atom\" "
                                      "xmlns:thr=\"http://purl.org/syndication/thread/1.0\"><title>Comments</title>"
                                      "<entry><id>c1-"
                    + QByteArray::number(f) + "</id><title>By: A</title><thr:in-reply-to ref=\"" + QByteArray::number(f)
                    + "-0\"/><content>First</content></entry></feed>";
            server->route(threadPath, [thread, threadEtag, threadCounts](const RecordedRequest &r) {
                threadCounts->requests.fetchAndAddRelaxed(1);
                TestResponse response;
                if (r.headers.contains("if-none-match"))
                    threadCounts->conditional.fetchAndAddRelaxed(1);
                if (r.headers.value("if-none-match") == threadEtag) {
                    threadCounts->notModified.fetchAndAddRelaxed(1);
                    response.status = 304;
                    response.reason = "Not Modified";
                    return response;
                }
                response.body = thread;
                response.headers = {{"ETag", threadEtag}, {"Content-Type", "application/atom+xml"}};
                return response;
            });
            threadUrl = server->url(QString::fromLatin1(threadPath)).toEncoded();
        }
        const QByteArray path = "/feed/" + QByteArray::number(f);
        const QByteArray etag = "\"v" + QByteArray::number(f) + '"';
        const QByteArray body = feedBody(f, items, threadUrl);
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
        options.threadIntervalSeconds = 0; // every thread is due at every refresh
        options.threadLimit = 1000;
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
    auto threadLine = [&threadCounts, threads] {
        const int requests = threadCounts->requests.fetchAndStoreRelaxed(0);
        const int conditional = threadCounts->conditional.fetchAndStoreRelaxed(0);
        const int notModified = threadCounts->notModified.fetchAndStoreRelaxed(0);
        return u"%1 requests for %2 threads, %3 conditional, %4 answered 304"_qs.arg(requests)
                .arg(threads)
                .arg(conditional)
                .arg(notModified);
    };
    RefreshSummary cold;
    const double coldSeconds = refresh(cold);
    const QString coldThreads = threadLine();
    RefreshSummary second; // was the first read of the threads, before a refresh read new articles' threads
    const double secondSeconds = refresh(second);
    const QString secondThreads = threadLine();
    RefreshSummary warm;
    const double warmSeconds = refresh(warm);
    const QString warmThreads = threadLine();
    out << "feeds:        " << feeds << " on " << kHosts << " hosts, " << items << " items each\n"
        << "cold refresh: " << QString::number(coldSeconds, 'f', 3) << " s (" << cold.counts.added << " new, "
        << cold.failed << " failed); threads: " << coldThreads << "\n"
        << "second:       " << QString::number(secondSeconds, 'f', 3) << " s (" << second.counts.added << " new, "
        << second.failed << " failed); threads: " << secondThreads << "\n"
        << "warm refresh: " << QString::number(warmSeconds, 'f', 3) << " s (" << warm.counts.added << " new, "
        << warm.failed << " failed; every feed answered 304); threads: " << warmThreads << "\n"
        << "peak RSS:     " << QString::number(peakRssMb(), 'f', 1) << " MB" << Qt::endl;

    for (TestHttpServer *server : std::as_const(servers))
        QMetaObject::invokeMethod(server, &QObject::deleteLater);
    serverThread.quit();
    serverThread.wait();
    return cold.failed + second.failed + warm.failed == 0 ? 0 : 1;
}
