#include "TestHttpServer.h"
#include "sync/RefreshEngine.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrlQuery>
#include <QtTest>

using namespace tidings;
using tidings::test::RecordedRequest;
using tidings::test::TestHttpServer;
using tidings::test::TestResponse;

namespace {

QByteArray rss(const QByteArray &title, int items, const QByteArray &salt = {})
{
    QByteArray doc = "<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>" + title
            + "</title><link>http://127.0.0.1/</link>";
    for (int i = 0; i < items; ++i) {
        const QByteArray n = QByteArray::number(i);
        doc += "<item><title>" + title + " item " + n + salt + "</title><guid>" + title + "-" + n
                + "</guid><link>http://127.0.0.1/" + title + "/" + n + "</link><description>Text " + n + salt
                + "</description></item>";
    }
    return doc + "</channel></rss>";
}

TestResponse ok(const QByteArray &body, QList<QPair<QByteArray, QByteArray>> headers = {})
{
    TestResponse r;
    r.body = body;
    r.headers = std::move(headers);
    return r;
}

TestResponse status(int code, const QByteArray &reason, QList<QPair<QByteArray, QByteArray>> headers = {})
{
    TestResponse r;
    r.status = code;
    r.reason = reason;
    r.headers = std::move(headers);
    r.body = reason;
    return r;
}

} // namespace

class TestRefresh : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<TestHttpServer> m_server;
    int m_counter = 0;

    qint64 addSite(const QString &name, const QStringList &paths, DocumentKind kind = DocumentKind::Articles)
    {
        SiteRow site;
        site.name = name;
        for (const QString &path : paths) {
            FeedRow f;
            f.kind = kind;
            f.url = m_server->url(path).toString();
            site.feeds.append(f);
        }
        Sources sources(m_store->database());
        return sources.addSite(site);
    }

    QList<FeedOutcome> refresh(const QString &site = {}, RefreshEngine::Options options = {})
    {
        options.includeThreads = options.includeThreads && site != u"-"_qs;
        Store *store = m_store.get();
        RefreshEngine engine([store](const RefreshEngine::StoreJob &job) { job(*store); }, options);
        QList<FeedOutcome> outcomes;
        connect(&engine, &RefreshEngine::feedDone, this, [&outcomes](const FeedOutcome &o) { outcomes.append(o); });
        QSignalSpy finished(&engine, &RefreshEngine::finished);
        engine.start(site == u"-"_qs ? QString() : site, true);
        [&] {
            QVERIFY(finished.wait(20000));
        }();
        return outcomes;
    }

    FeedOutcome only(const QList<FeedOutcome> &outcomes)
    {
        [&] {
            QCOMPARE(outcomes.size(), 1);
        }();
        return outcomes.value(0);
    }

    // A WordPress site with one article (post postId) whose thread comes from the REST API.
    void addWordPressSite(const QString &name, const QByteArray &feedPath, int postId, const QByteArray &title)
    {
        const QByteArray feed = "<rss version=\"2.0\"><channel><title>" + name.toUtf8() + "</title><item><title>"
                + title + "</title><guid isPermaLink=\"false\">http://127.0.0.1/?p=" + QByteArray::number(postId)
                + "</guid><link>" + m_server->url(u"/post-%1/"_qs.arg(postId)).toEncoded()
                + "</link></item></channel></rss>";
        m_server->route(feedPath, ok(feed));
        SiteRow site;
        site.name = name;
        site.restApiUrl = m_server->url(u"/wp-json/"_qs).toString();
        FeedRow f;
        f.url = m_server->url(QString::fromLatin1(feedPath)).toString();
        site.feeds.append(f);
        QVERIFY(Sources(m_store->database()).addSite(site) >= 0);
    }

    QVariant column(const QString &sql)
    {
        QSqlQuery q(m_store->database().connection());
        if (!q.exec(sql) || !q.next())
            return {};
        return q.value(0);
    }

private slots:
    void init()
    {
        m_store = std::make_unique<Store>();
        QVERIFY(m_store->open(m_dir.filePath(u"r%1.sqlite"_qs.arg(++m_counter))));
        m_server = std::make_unique<TestHttpServer>();
        QVERIFY(m_server->listen());
    }

    void conditionalGetSendsValidatorsAndA304TouchesNothing()
    {
        const QByteArray body = rss("cond", 3);
        m_server->route("/feed", [body](const RecordedRequest &r) {
            if (r.headers.value("if-none-match") == "\"v1\"")
                return status(304, "Not Modified");
            return ok(body, {{"ETag", "\"v1\""}, {"Last-Modified", "Mon, 23 Nov 2026 10:00:00 GMT"}});
        });
        addSite(u"Cond"_qs, {u"/feed"_qs});
        FeedOutcome first = only(refresh());
        QCOMPARE(first.result, FeedOutcome::Result::Updated);
        QCOMPARE(first.counts.added, 3);
        const RecordedRequest firstRequest = m_server->requests().at(0);
        QVERIFY(!firstRequest.headers.contains("if-none-match"));
        QVERIFY(firstRequest.headers.value("user-agent").startsWith("Tidings/"));

        const QVariant fetchedAt = column(u"SELECT max(fetched_at) FROM articles"_qs);
        FeedOutcome second = only(refresh());
        QCOMPARE(second.result, FeedOutcome::Result::NotModified);
        const RecordedRequest again = m_server->requests().at(1);
        QCOMPARE(again.headers.value("if-none-match"), QByteArray("\"v1\""));
        QCOMPARE(again.headers.value("if-modified-since"), QByteArray("Mon, 23 Nov 2026 10:00:00 GMT"));
        QCOMPARE(column(u"SELECT max(fetched_at) FROM articles"_qs), fetchedAt);
        QCOMPARE(column(u"SELECT count(*) FROM articles"_qs).toInt(), 3);
    }

    void sameBodyIsNotParsedAgain()
    {
        m_server->route("/feed", ok(rss("same", 2)));
        addSite(u"Same"_qs, {u"/feed"_qs});
        QCOMPARE(only(refresh()).counts.added, 2);
        const FeedOutcome second = only(refresh());
        QCOMPARE(second.result, FeedOutcome::Result::Unchanged);
        // Parsing would have counted the two items as unchanged; skipping the parse counts nothing.
        QCOMPARE(second.counts.unchanged, 0);
    }

    void permanentRedirectsMoveTheFeed_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<bool>("stored");
        QTest::newRow("301") << 301 << true;
        QTest::newRow("308") << 308 << true;
        QTest::newRow("302") << 302 << false;
    }

    void permanentRedirectsMoveTheFeed()
    {
        QFETCH(int, code);
        QFETCH(bool, stored);
        m_server->route("/old", status(code, "Moved", {{"Location", m_server->url(u"/new"_qs).toEncoded()}}));
        m_server->route("/new", ok(rss("moved", 1)));
        addSite(u"Moving"_qs, {u"/old"_qs});
        const FeedOutcome outcome = only(refresh());
        QCOMPARE(outcome.result, FeedOutcome::Result::Updated);
        QCOMPARE(m_server->requestsFor("/new").size(), 1);
        const QString url = column(u"SELECT url FROM feeds"_qs).toString();
        QCOMPARE(url.endsWith(u"/new"), stored);
        QCOMPARE(column(u"SELECT count(*) FROM feeds"_qs).toInt(), 1);
    }

    void errorsAreWordsAndBackOff_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("words");
        QTest::newRow("404") << 404 << u"server said 404 Not Found"_qs;
        QTest::newRow("500") << 500 << u"server said 500 Internal Server Error"_qs;
    }

    void errorsAreWordsAndBackOff()
    {
        QFETCH(int, code);
        QFETCH(QString, words);
        m_server->route("/feed", status(code, code == 404 ? "Not Found" : "Internal Server Error"));
        addSite(u"Broken"_qs, {u"/feed"_qs});
        const qint64 before = QDateTime::currentSecsSinceEpoch();
        const FeedOutcome outcome = only(refresh());
        QCOMPARE(outcome.result, FeedOutcome::Result::Failed);
        QCOMPARE(outcome.message, words);
        QCOMPARE(column(u"SELECT last_error FROM feeds"_qs).toString(), words);
        QCOMPARE(column(u"SELECT error_count FROM feeds"_qs).toInt(), 1);
        QVERIFY(column(u"SELECT next_refresh_at FROM feeds"_qs).toLongLong() >= before + 4 * 60);
        only(refresh());
        QCOMPARE(column(u"SELECT error_count FROM feeds"_qs).toInt(), 2);
    }

    void goneStopsTheFeed()
    {
        m_server->route("/feed", status(410, "Gone"));
        addSite(u"Gone"_qs, {u"/feed"_qs});
        QCOMPARE(only(refresh()).result, FeedOutcome::Result::Stopped);
        QVERIFY(column(u"SELECT stopped_reason FROM feeds"_qs).toString().contains(u"410"));
        QVERIFY(refresh().isEmpty()); // not asked for again
        QCOMPARE(m_server->requests().size(), 1);
    }

    void retryAfterPausesTheHost()
    {
        m_server->route("/limited", status(429, "Too Many Requests", {{"Retry-After", "120"}}));
        m_server->route("/other", ok(rss("other", 1)));
        addSite(u"Limited"_qs, {u"/limited"_qs, u"/other"_qs});
        RefreshEngine::Options options;
        options.maxPerHost = 1; // so /other is asked for after /limited's answer
        const qint64 before = QDateTime::currentSecsSinceEpoch();
        const QList<FeedOutcome> outcomes = refresh({}, options);
        QCOMPARE(outcomes.size(), 2);
        QCOMPARE(outcomes[0].result, FeedOutcome::Result::Failed);
        QVERIFY(outcomes[0].message.contains(u"429"));
        QCOMPARE(outcomes[1].result, FeedOutcome::Result::Postponed);
        QCOMPARE(m_server->requestsFor("/other").size(), 0);
        QVERIFY(column(u"SELECT min(next_refresh_at) FROM feeds"_qs).toLongLong() >= before + 120);
    }

    void timeoutsAndDroppedConnections()
    {
        TestResponse slow = ok(rss("slow", 1));
        slow.delayMs = 3000;
        m_server->route("/slow", slow);
        TestResponse cut = ok(rss("cut", 50));
        cut.closeAfterBytes = 200;
        m_server->route("/cut", cut);
        addSite(u"Slow"_qs, {u"/slow"_qs});
        addSite(u"Cut"_qs, {u"/cut"_qs});
        RefreshEngine::Options options;
        options.fetch.timeoutMs = 500;
        const QList<FeedOutcome> outcomes = refresh({}, options);
        QCOMPARE(outcomes.size(), 2);
        for (const FeedOutcome &o : outcomes) {
            QCOMPARE(o.result, FeedOutcome::Result::Failed);
            if (o.feed.url.endsWith(u"/slow"))
                QCOMPARE(o.message, u"timed out after 0.5 s"_qs);
            else
                QVERIFY2(o.message.contains(u"closed the connection"), qPrintable(o.message));
        }
        QCOMPARE(m_store->stats().articles, 0); // a partial body is not half-imported
    }

    void gzipAndCharsetFromTheServer()
    {
        m_server->route("/gz", ok(TestHttpServer::gzip(rss("zipped", 4)), {{"Content-Encoding", "gzip"}}));
        QByteArray latin = "<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>t</title>"
                           "<item><title>\xe9t\xe9</title><guid>1</guid></item></channel></rss>";
        m_server->route("/latin", ok(latin, {{"Content-Type", "text/xml; charset=iso-8859-1"}}));
        addSite(u"Zip"_qs, {u"/gz"_qs, u"/latin"_qs});
        const QList<FeedOutcome> outcomes = refresh();
        QCOMPARE(outcomes.size(), 2);
        QCOMPARE(m_server->requestsFor("/gz").value(0).headers.value("accept-encoding").contains("gzip"), true);
        QCOMPARE(column(u"SELECT count(*) FROM articles WHERE title LIKE 'zipped item %'"_qs).toInt(), 4);
        QCOMPARE(column(u"SELECT title FROM articles WHERE guid = '1'"_qs).toString(), u"\u00e9t\u00e9"_qs);
    }

    void oversizedBodiesAreRefused()
    {
        TestResponse huge;
        huge.fillerBytes = qint64{60} * 1024 * 1024;
        m_server->route("/huge", huge);
        addSite(u"Huge"_qs, {u"/huge"_qs});
        const FeedOutcome outcome = only(refresh());
        QCOMPARE(outcome.result, FeedOutcome::Result::Failed);
        QVERIFY2(outcome.message.contains(u"larger than 50 MB"), qPrintable(outcome.message));
    }

    void anHtmlPageIsNotAFeed()
    {
        m_server->route("/page",
                        ok("<!DOCTYPE html><html><head><title>x</title></head><body>hi</body></html>",
                           {{"Content-Type", "text/html"}}));
        addSite(u"Page"_qs, {u"/page"_qs});
        const FeedOutcome outcome = only(refresh());
        QCOMPARE(outcome.result, FeedOutcome::Result::Failed);
        QCOMPARE(outcome.message, u"not a feed: got an HTML page"_qs);
        QCOMPARE(column(u"SELECT last_error FROM feeds"_qs).toString(), u"not a feed: got an HTML page"_qs);
    }

    void atMostTwoRequestsPerHost()
    {
        QStringList paths;
        for (int i = 0; i < 6; ++i) {
            TestResponse r = ok(rss("host" + QByteArray::number(i), 1));
            r.delayMs = 150;
            m_server->route("/f" + QByteArray::number(i), r);
            paths.append(u"/f%1"_qs.arg(i));
        }
        addSite(u"Busy"_qs, paths);
        const QList<FeedOutcome> outcomes = refresh();
        QCOMPARE(outcomes.size(), 6);
        QCOMPARE(m_server->peakConcurrency(), 2);
    }

    void atMostEightRequestsInAll()
    {
        // Five hosts (loopback addresses) allow ten at a time by the per-host limit; the total caps it.
        // A request is answered 400 ms after it arrives and the next can only start after an answer,
        // so arrivals less than 350 ms apart were in flight together.
        std::vector<std::unique_ptr<TestHttpServer>> hosts;
        auto arrivals = std::make_shared<QList<qint64>>();
        QElapsedTimer clock;
        clock.start();
        QStringList urls;
        for (int h = 0; h < 5; ++h) {
            auto server = std::make_unique<TestHttpServer>();
            QVERIFY(server->listen(u"127.0.0.%1"_qs.arg(h + 1)));
            for (int f = 0; f < 4; ++f) {
                const QByteArray path = "/all" + QByteArray::number(f);
                const QByteArray body = rss("all" + QByteArray::number(h) + QByteArray::number(f), 1);
                server->route(path, [arrivals, &clock, body](const RecordedRequest &) {
                    arrivals->append(clock.elapsed());
                    TestResponse r = ok(body);
                    r.delayMs = 400;
                    return r;
                });
                urls.append(server->url(QString::fromLatin1(path)).toString());
            }
            hosts.push_back(std::move(server));
        }
        SiteRow site;
        site.name = u"Everywhere"_qs;
        for (const QString &url : urls) {
            FeedRow f;
            f.url = url;
            site.feeds.append(f);
        }
        QVERIFY(Sources(m_store->database()).addSite(site) >= 0);
        QCOMPARE(refresh().size(), 20);
        QCOMPARE(arrivals->size(), 20);
        int peak = 0;
        for (qint64 t : std::as_const(*arrivals))
            peak = qMax(peak, int(std::count_if(arrivals->begin(), arrivals->end(), [t](qint64 u) {
                            return u >= t && u < t + 350;
                        })));
        QCOMPARE(peak, 8);
    }

    void threadsOfReadArticlesAreRefreshed()
    {
        const QByteArray feed = "<rss version=\"2.0\" xmlns:wfw=\"http://wellformedweb.org/CommentAPI/\"><channel>"
                                "<title>T</title><item><title>Post</title><guid>p1</guid><link>"
                + m_server->url(u"/post/"_qs).toEncoded() + "</link><wfw:commentRss>"
                + m_server->url(u"/post/feed/"_qs).toEncoded() + "</wfw:commentRss></item></channel></rss>";
        const QByteArray thread
                = "<feed xmlns=\"http://www.w3.org/2005/Atom\" xmlns:thr=\"http://purl.org/syndication/thread/1.0\">"
                  "<title>Comments</title><entry><id>c1</id><title>By: A</title><thr:in-reply-to ref=\"p1\"/>"
                  "<content>First</content></entry><entry><id>c2</id><title>By: B</title>"
                  "<thr:in-reply-to ref=\"c1\"/><content>Reply</content></entry></feed>";
        m_server->route("/feed", ok(feed));
        m_server->route("/post/feed/", ok(thread, {{"Content-Type", "application/atom+xml"}}));
        addSite(u"Threads"_qs, {u"/feed"_qs});
        RefreshEngine::Options noThreads;
        noThreads.includeThreads = false;
        refresh({}, noThreads);
        QCOMPARE(m_server->requestsFor("/post/feed/").size(), 0);
        // Stored just now, so its thread is due on the next refresh.
        refresh();
        QCOMPARE(m_server->requestsFor("/post/feed/").size(), 1);
        QCOMPARE(m_store->stats().comments, 2);
        QCOMPARE(column(u"SELECT count(*) FROM comments WHERE parent_id IS NOT NULL"_qs).toInt(), 1);
        QCOMPARE(column(u"SELECT count(*) FROM feeds WHERE article_id IS NOT NULL"_qs).toInt(), 1);
    }

    void threadsAreFetchedPolitely()
    {
        // Two articles share one comment feed (WordPress sites do this for a post listed twice);
        // a third has its own. Every thread has an ETag, and the server honours it.
        QByteArray feed
                = "<rss version=\"2.0\" xmlns:wfw=\"http://wellformedweb.org/CommentAPI/\"><channel><title>T</title>";
        const QList<std::pair<QByteArray, QByteArray>> items
                = {{"p1", "/shared/feed/"}, {"p2", "/shared/feed/"}, {"p3", "/post3/feed/"}};
        for (const auto &[guid, thread] : items) {
            feed += "<item><title>" + guid + "</title><guid>" + guid + "</guid><link>"
                    + m_server->url(u"/"_qs + QString::fromLatin1(guid) + u"/"_qs).toEncoded()
                    + "</link><wfw:commentRss>" + m_server->url(QString::fromLatin1(thread)).toEncoded()
                    + "</wfw:commentRss></item>";
        }
        feed += "</channel></rss>";
        m_server->route("/feed", ok(feed));
        for (const QByteArray &path : {QByteArray("/shared/feed/"), QByteArray("/post3/feed/")}) {
            const QByteArray etag = "\"v1" + path + "\"";
            const QByteArray thread = "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>C</title><entry><id>" + path
                    + "c1</id><title>By: A</title><content>First</content></entry></feed>";
            m_server->route(path, [etag, thread](const RecordedRequest &r) {
                if (r.headers.value("if-none-match") == etag)
                    return status(304, "Not Modified", {{"ETag", etag}});
                return ok(thread, {{"Content-Type", "application/atom+xml"}, {"ETag", etag}});
            });
        }
        addSite(u"Threads"_qs, {u"/feed"_qs});
        RefreshEngine::Options options;
        options.threadIntervalSeconds = 0; // every thread is due at every refresh here
        options.includeThreads = false;
        refresh({}, options);
        options.includeThreads = true;
        refresh({}, options);
        QCOMPARE(m_server->requestsFor("/shared/feed/").size(), 1); // once, though two articles name it
        QCOMPARE(m_server->requestsFor("/post3/feed/").size(), 1);

        m_server->clearRequests();
        int notModified = 0;
        for (const FeedOutcome &o : refresh({}, options))
            notModified += o.result == FeedOutcome::Result::NotModified && o.feed.kind == DocumentKind::Comments;
        const auto shared = m_server->requestsFor("/shared/feed/");
        const auto own = m_server->requestsFor("/post3/feed/");
        QCOMPARE(shared.size(), 1);
        QCOMPARE(own.size(), 1);
        QCOMPARE(shared.first().headers.value("if-none-match"), QByteArray("\"v1/shared/feed/\""));
        QCOMPARE(own.first().headers.value("if-none-match"), QByteArray("\"v1/post3/feed/\""));
        QCOMPARE(notModified, 2);
    }

    void wordpressThreadsComeFromTheRestApi()
    {
        QFile comments(QStringLiteral(TIDINGS_FIXTURES_DIR "/wp-comments.json"));
        QVERIFY(comments.open(QIODevice::ReadOnly));
        m_server->route("/wp-json/wp/v2/comments", ok(comments.readAll(), {{"Content-Type", "application/json"}}));
        addWordPressSite(u"WP"_qs, "/feed/", 101, "Pads");
        // The article arrives, and its thread is read in the same refresh: a site just added shows
        // its comments at once.
        const QList<FeedOutcome> outcomes = refresh();
        QCOMPARE(outcomes.size(), 2);
        QCOMPARE(outcomes.last().feed.kind, DocumentKind::Comments);
        const QList<RecordedRequest> asked
                = m_server->requestsFor("/wp-json/wp/v2/comments?post=101&per_page=100&orderby=id&order=desc");
        QCOMPARE(asked.size(), 1);
        QCOMPARE(m_store->stats().comments, 3);
        // The tree the REST API gives: 13 answers 12 answers 11.
        QCOMPARE(column(u"SELECT g.remote_id FROM comments c JOIN comments p ON p.id = c.parent_id "
                        u"JOIN comments g ON g.id = p.parent_id WHERE c.remote_id = '13'"_qs)
                         .toString(),
                 u"11"_qs);
    }

    void longRestThreadsAreReadPageByPageWhilePagesBringNewComments()
    {
        // A WordPress thread of 5 comments, 2 a page, newest first, pages linked by rel="next".
        QList<int> ids = {5, 4, 3, 2, 1};
        auto pageOf = [&ids, this](const RecordedRequest &request) {
            const int page
                    = qMax(1, QUrlQuery(QUrl(QString::fromLatin1(request.path))).queryItemValue(u"page"_qs).toInt());
            QByteArray json = "[";
            for (int i = (page - 1) * 2; i < qMin(int(ids.size()), page * 2); ++i) {
                const QByteArray id = QByteArray::number(ids.at(i));
                json += QByteArray(json.size() > 1 ? "," : "") + "{\"id\":" + id
                        + ",\"post\":202,\"parent\":0,\"author_name\":\"Reader " + id + "\",\"date_gmt\":\"2026-11-2"
                        + id + "T10:00:00\",\"content\":{\"rendered\":\"<p>Comment " + id + "</p>\"}}";
            }
            TestResponse r = ok(json + "]", {{"Content-Type", "application/json"}});
            if (page * 2 < ids.size()) {
                const QUrl next = m_server->url(
                        u"/wp-json/wp/v2/comments?post=202&per_page=100&orderby=id&order=desc&page=%1"_qs.arg(page
                                                                                                              + 1));
                r.headers.append({"Link", "<" + next.toEncoded() + ">; rel=\"next\""});
            }
            return r;
        };
        m_server->route("/wp-json/wp/v2/comments", pageOf);
        addWordPressSite(u"Long"_qs, "/long/feed/", 202, "Debate");
        RefreshEngine::Options options;
        options.threadIntervalSeconds = 0; // the thread is due at every refresh here
        const QList<FeedOutcome> first = refresh(u"Long"_qs, options); // the article, then its thread
        auto pagesAsked = [this] {
            QList<int> pages;
            for (const RecordedRequest &r : m_server->requests()) {
                if (r.path.startsWith("/wp-json/wp/v2/comments?post=202"))
                    pages.append(
                            qMax(1, QUrlQuery(QUrl(QString::fromLatin1(r.path))).queryItemValue(u"page"_qs).toInt()));
            }
            return pages;
        };
        QCOMPARE(pagesAsked(), (QList<int>{1, 2, 3}));
        QCOMPARE(column(u"SELECT count(*) FROM comments c JOIN articles a ON a.id = c.article_id "
                        u"WHERE a.title = 'Debate'"_qs)
                         .toInt(),
                 5);
        int threadOutcomes = 0;
        for (const FeedOutcome &o : first)
            threadOutcomes += o.feed.kind == DocumentKind::Comments ? 1 : 0;
        QCOMPARE(threadOutcomes, 3); // one per page, each counted in the refresh's progress

        // One new comment: page 1 has it, page 2 has nothing new, page 3 is not asked for.
        ids.prepend(6);
        m_server->clearRequests();
        refresh(u"Long"_qs, options);
        QCOMPARE(pagesAsked(), (QList<int>{1, 2}));
        QCOMPARE(column(u"SELECT count(*) FROM comments c JOIN articles a ON a.id = c.article_id "
                        u"WHERE a.title = 'Debate'"_qs)
                         .toInt(),
                 6);
        // The feed's validators are its first page's; later pages never overwrite them.
        QVERIFY(column(u"SELECT url FROM feeds WHERE kind = 'comments' AND url LIKE '%post=202%'"_qs)
                        .toString()
                        .endsWith(u"order=desc"_qs));
    }

    void backoffGrowsWithJitterAndIsCappedAtADay()
    {
        QRandomGenerator random(7);
        qint64 previous = 0;
        for (int failures = 1; failures <= 6; ++failures) {
            const qint64 b = RefreshEngine::backoffSeconds(failures, random);
            QVERIFY(b >= qint64(0.8 * 300 * (1 << (failures - 1))));
            QVERIFY(b <= qint64(1.2 * 300 * (1 << (failures - 1))) + 1);
            QVERIFY(failures == 1 || double(b) > double(previous) * 1.3);
            previous = b;
        }
        for (int failures : {12, 30, 1000})
            QVERIFY(RefreshEngine::backoffSeconds(failures, random) <= 86400);
    }

    void retryAfterFormats()
    {
        const QDateTime now(QDate(2026, 11, 24), QTime(12, 0), Qt::UTC);
        QCOMPARE(parseRetryAfter("120", now), 120);
        QCOMPARE(parseRetryAfter("Tue, 24 Nov 2026 12:05:00 GMT", now), 300);
        QCOMPARE(parseRetryAfter("Tue, 24 Nov 2026 11:00:00 GMT", now), 0);
        QCOMPARE(parseRetryAfter("soon", now), -1);
        QCOMPARE(parseRetryAfter("", now), -1);
    }
};

QTEST_GUILESS_MAIN(TestRefresh)
#include "tst_refresh.moc"
