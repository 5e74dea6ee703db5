// An account's articles come from its service, which passes on nothing of their comments; the refresh
// reads each account feed's own document from its site for that (Sources::attachSiteComments), and the
// threads are then read as a local article's are.
#include "FakeWordPress.h"
#include "TestHttpServer.h"
#include "storage/ArticleQueries.h"
#include "storage/Outbox.h"
#include "storage/Store.h"
#include "sync/OutboxSync.h"
#include "sync/RefreshEngine.h"
#include "sync/accounts/AccountStore.h"

#include <QFile>
#include <QLocale>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace tidings;
using namespace tidings::accounts;
using tidings::test::FakeWordPress;
using tidings::test::RecordedRequest;
using tidings::test::TestHttpServer;
using tidings::test::TestResponse;

namespace {

struct Post
{
    int id = 0;
    QByteArray slug;
    QDateTime published;
    int comments = 0;
};

TestResponse ok(const QByteArray &body, QList<QPair<QByteArray, QByteArray>> headers = {})
{
    TestResponse r;
    r.body = body;
    r.headers = std::move(headers);
    return r;
}

TestResponse notModified()
{
    TestResponse r;
    r.status = 304;
    r.reason = "Not Modified";
    return r;
}

QByteArray rfc822(const QDateTime &when)
{
    return QLocale::c().toString(when.toUTC(), u"ddd, dd MMM yyyy hh:mm:ss +0000"_qs).toLatin1();
}

QByteArray fixture(const char *name)
{
    QFile file(QStringLiteral(TIDINGS_FIXTURES_DIR "/") + QLatin1String(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestAccountThreads : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<TestHttpServer> m_server;
    TestHttpServer *m_site = nullptr; // where the account feed's site is: m_server unless a test moves it
    AccountRow m_account;
    int m_counter = 0;
    int m_remoteIds = 0;

    QString base() const { return m_site->url(u"/"_qs).toString(); }
    QString postLink(const Post &p) const
    {
        return m_site->url(u"/2026/11/"_qs + QString::fromLatin1(p.slug) + u'/').toString();
    }
    QString feedUrl() const { return m_site->url(u"/feed/"_qs).toString(); }
    QString remoteFeedId() const { return u"feed/"_qs + feedUrl(); }

    // The site's feed as WordPress writes it: <comments>, wfw:commentRss, slash:comments, the post id in
    // the guid.
    QByteArray wordpressFeed(const QList<Post> &posts) const
    {
        QByteArray doc = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\" "
                         "xmlns:wfw=\"http://wellformedweb.org/CommentAPI/\" "
                         "xmlns:slash=\"http://purl.org/rss/1.0/modules/slash/\"><channel><title>Gadgets</title><link>"
                + base().toUtf8() + "</link>";
        for (const Post &p : posts) {
            const QByteArray link = postLink(p).toUtf8();
            doc += "<item><title>Post " + p.slug + "</title><link>" + link + "</link><comments>" + link
                    + "#comments</comments><pubDate>" + rfc822(p.published) + "</pubDate><guid isPermaLink=\"false\">"
                    + base().toUtf8() + "?p=" + QByteArray::number(p.id) + "</guid><description>About " + p.slug
                    + "</description><wfw:commentRss>" + link + "feed/</wfw:commentRss><slash:comments>"
                    + QByteArray::number(p.comments) + "</slash:comments></item>";
        }
        return doc + "</channel></rss>";
    }

    QList<QPair<QByteArray, QByteArray>> restLink() const
    {
        return {{"Link", "<" + m_site->url(u"/wp-json/"_qs).toEncoded() + ">; rel=\"https://api.w.org/\""}};
    }

    // The account and its one feed, whose address is the test server's feed, as a sync stores them.
    void addAccount()
    {
        m_account = {};
        m_account.kind = ServiceKind::GoogleReader;
        m_account.baseUrl = QUrl(u"http://127.0.0.1:9/api/greader.php"_qs);
        m_account.user = u"ada"_qs;
        m_account.password.kind = PasswordSource::Kind::File;
        m_account.password.location = u"/dev/null"_qs;
        m_account.name = u"FreshRSS"_qs;
        AccountStore accounts(*m_store);
        QVERIFY2(accounts.addAccount(m_account), qPrintable(accounts.error()));
        subscribe();
    }

    // The service lists one feed: the site's (a feed listed before and not now goes, as in a sync).
    void subscribe()
    {
        AccountStore accounts(*m_store);
        FeedChanges changes;
        QVERIFY2(accounts.applyFeeds(m_account, {},
                                     {{remoteFeedId(), u"Gadgets"_qs, QUrl(feedUrl()), QUrl(base()), {}}}, changes),
                 qPrintable(accounts.error()));
        QCOMPARE(changes.added, 1);
    }

    // The service's copy of a post: its own id and guid, the post's link, no word of comments.
    RemoteArticle remote(const Post &p, const QString &text = u"<p>From the service</p>"_qs)
    {
        RemoteArticle r;
        r.id = u"tag:google.com,2005:reader/item/%1"_qs.arg(1000 + p.id, 16, 16, QChar(u'0'));
        r.feedId = remoteFeedId();
        r.title = u"Post "_qs + QString::fromLatin1(p.slug);
        r.link = QUrl(postLink(p));
        r.contentHtml = text;
        r.publishedAt = p.published.toSecsSinceEpoch();
        return r;
    }

    void storeFromService(const QList<RemoteArticle> &articles)
    {
        AccountStore accounts(*m_store);
        StoredArticles counts;
        QVERIFY2(accounts.storeArticles(m_account, articles, u"cursor-%1"_qs.arg(++m_remoteIds), counts),
                 qPrintable(accounts.error()));
        QCOMPARE(counts.skipped, 0);
    }

    QList<FeedOutcome> refresh(RefreshEngine::Options options = {})
    {
        Store *store = m_store.get();
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

    QVariant column(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery q(m_store->database().connection());
        q.prepare(sql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (!q.exec() || !q.next())
            return {};
        return q.value(0);
    }

    qint64 articleByLink(const QString &link)
    {
        const QVariant id = column(u"SELECT id FROM articles WHERE link = ?"_qs, {link});
        return id.isValid() ? id.toLongLong() : -1;
    }

    qint64 accountFeedId() { return column(u"SELECT feed_id FROM account_feeds"_qs).toLongLong(); }

    // What the refresh did with the account feed (a failed test, and a default outcome, when nothing).
    FeedOutcome siteOutcome(const QList<FeedOutcome> &outcomes) const
    {
        for (const FeedOutcome &o : outcomes) {
            if (o.feed.url == feedUrl())
                return o;
        }
        [] {
            QFAIL("the refresh did not read the account feed's site");
        }();
        return {};
    }

private slots:
    void init()
    {
        m_store = std::make_unique<Store>();
        QVERIFY(m_store->open(m_dir.filePath(u"a%1.sqlite"_qs.arg(++m_counter))));
        m_server = std::make_unique<TestHttpServer>();
        QVERIFY(m_server->listen());
        m_site = m_server.get();
        addAccount();
    }

    void accountArticleGetsItsReplyTreeFromTheSitesRestApi()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const Post pads{101, "pads", now.addSecs(-3600), 3};
        // Old, and not among the account's articles: it is passed over, and nothing waits for it.
        const Post old{55, "old", now.addDays(-30), 2};
        const QByteArray feed = wordpressFeed({pads, old});
        m_server->route("/feed/", [feed, this](const RecordedRequest &r) {
            if (r.headers.value("if-none-match") == "\"f1\"")
                return notModified();
            auto headers = restLink();
            headers.append(qMakePair(QByteArray("ETag"), QByteArray("\"f1\"")));
            return ok(feed, headers);
        });
        m_server->route("/wp-json/wp/v2/comments",
                        ok(fixture("wp-comments.json"), {{"Content-Type", "application/json"}}));
        storeFromService({remote(pads)});
        const qint64 article = articleByLink(postLink(pads));
        QVERIFY(article > 0);
        QVERIFY(column(u"SELECT comment_feed_url FROM articles WHERE id = ?"_qs, {article}).isNull());

        const QList<FeedOutcome> outcomes = refresh();
        const FeedOutcome site = siteOutcome(outcomes);
        QCOMPARE(site.result, FeedOutcome::Result::Updated);
        QCOMPARE(site.threadsFound, 1);
        QCOMPARE(site.counts.added, 0);
        QCOMPARE(site.counts.updated, 1);

        // Nothing inserted from the site's feed: the one article is the service's.
        QCOMPARE(column(u"SELECT count(*) FROM articles"_qs).toInt(), 1);
        QCOMPARE(column(u"SELECT count(*) FROM articles WHERE feed_id = ?"_qs, {accountFeedId()}).toInt(), 1);
        QCOMPARE(column(u"SELECT article_count FROM feeds WHERE id = ?"_qs, {accountFeedId()}).toInt(), 1);
        QCOMPARE(column(u"SELECT guid FROM articles WHERE id = ?"_qs, {article}).toString(), remote(pads).id);
        // What the site says of the comments is the article's now.
        QCOMPARE(column(u"SELECT comment_feed_url FROM articles WHERE id = ?"_qs, {article}).toString(),
                 postLink(pads) + u"feed/"_qs);
        QCOMPARE(column(u"SELECT comments_url FROM articles WHERE id = ?"_qs, {article}).toString(),
                 postLink(pads) + u"#comments"_qs);
        QCOMPARE(column(u"SELECT comment_count FROM articles WHERE id = ?"_qs, {article}).toInt(), 3);

        // The thread came from the REST API, in the same refresh, once, with its reply tree.
        QCOMPARE(m_server->requestsFor("/wp-json/wp/v2/comments?post=101&per_page=100&orderby=id&order=desc").size(),
                 1);
        QVERIFY(m_server->requestsFor("/2026/11/pads/feed/").isEmpty());
        QCOMPARE(column(u"SELECT count(*) FROM comments WHERE article_id = ?"_qs, {article}).toInt(), 3);
        QCOMPARE(column(u"SELECT g.remote_id FROM comments c JOIN comments p ON p.id = c.parent_id "
                        u"JOIN comments g ON g.id = p.parent_id WHERE c.remote_id = '13' AND c.article_id = ?"_qs,
                        {article})
                         .toString(),
                 u"11"_qs);
        QCOMPARE(column(u"SELECT count(*) FROM feeds WHERE kind = 'comments'"_qs).toInt(), 1);

        // Again: the site's feed is asked for with its validators, and still nothing is inserted.
        m_server->clearRequests();
        const QList<FeedOutcome> again = refresh();
        const QList<RecordedRequest> asked = m_server->requestsFor("/feed/");
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked.value(0).headers.value("if-none-match"), QByteArray("\"f1\""));
        QCOMPARE(siteOutcome(again).result, FeedOutcome::Result::NotModified);
        QCOMPARE(column(u"SELECT count(*) FROM articles"_qs).toInt(), 1);
        QCOMPARE(column(u"SELECT count(*) FROM comments"_qs).toInt(), 3);
        QCOMPARE(column(u"SELECT count(*) FROM feeds WHERE kind = 'comments'"_qs).toInt(), 1);
    }

    void withoutARestApiTheCommentFeedIsRead()
    {
        const Post pads{101, "pads", QDateTime::currentDateTimeUtc().addSecs(-600), 2};
        m_server->route("/feed/", ok(wordpressFeed({pads})));
        m_server->route("/2026/11/pads/feed/", ok(fixture("wp-comments-rss.xml")));
        storeFromService({remote(pads)});
        const qint64 article = articleByLink(postLink(pads));

        const QList<FeedOutcome> outcomes = refresh();
        QCOMPARE(siteOutcome(outcomes).threadsFound, 1);
        QCOMPARE(m_server->requestsFor("/2026/11/pads/feed/").size(), 1);
        QVERIFY(m_server->requestsFor("/wp-json/wp/v2/comments?post=101&per_page=100&orderby=id&order=desc").isEmpty());
        QCOMPARE(column(u"SELECT count(*) FROM comments WHERE article_id = ?"_qs, {article}).toInt(), 2);
        QCOMPARE(column(u"SELECT count(*) FROM articles"_qs).toInt(), 1);
    }

    void aThreadKeepsTheSourceItWasFirstGiven()
    {
        // Read first from the comment feed (no REST root announced), then the site announces its REST
        // API: the REST thread would name the same comments by other ids and show each twice.
        const Post pads{101, "pads", QDateTime::currentDateTimeUtc().addSecs(-600), 2};
        bool announce = false;
        m_server->route("/feed/", [&announce, pads, this](const RecordedRequest &) {
            return ok(wordpressFeed({pads}) + (announce ? "<!-- now with the API -->" : ""),
                      announce ? restLink() : QList<QPair<QByteArray, QByteArray>>{});
        });
        m_server->route("/2026/11/pads/feed/", ok(fixture("wp-comments-rss.xml")));
        m_server->route("/wp-json/wp/v2/comments",
                        ok(fixture("wp-comments.json"), {{"Content-Type", "application/json"}}));
        storeFromService({remote(pads)});
        refresh();
        QCOMPARE(m_store->stats().comments, 2);
        announce = true;
        const QList<FeedOutcome> outcomes = refresh();
        QCOMPARE(siteOutcome(outcomes).threadsFound, 0);
        QCOMPARE(column(u"SELECT count(*) FROM feeds WHERE kind = 'comments'"_qs).toInt(), 1);
        QVERIFY(m_server->requestsFor("/wp-json/wp/v2/comments?post=101&per_page=100&orderby=id&order=desc").isEmpty());
        QCOMPARE(m_store->stats().comments, 2);
    }

    void aServiceKeepingThePermalinkGuidIsMatchedByIt()
    {
        // An Atom site whose entries' ids are their permalinks, and a service that kept the id as the
        // link: the link does not match, the guid does.
        const QString permalink = m_server->url(u"/?p=7"_qs).toString();
        const QByteArray atom = "<feed xmlns=\"http://www.w3.org/2005/Atom\" "
                                "xmlns:thr=\"http://purl.org/syndication/thread/1.0\"><title>Atom</title><entry>"
                                "<id>"
                + permalink.toUtf8() + "</id><title>Seven</title><link rel=\"alternate\" href=\""
                + m_server->url(u"/seven/"_qs).toEncoded() + "\"/><link rel=\"replies\" href=\""
                + m_server->url(u"/seven/feed/atom/"_qs).toEncoded()
                + "\" thr:count=\"2\"/><updated>2026-11-30T00:00:00Z</updated></entry></feed>";
        m_server->route("/feed/", ok(atom));
        m_server->route("/seven/feed/atom/", ok(fixture("wp-comments-rss.xml")));
        RemoteArticle seven;
        seven.id = u"tag:google.com,2005:reader/item/0000000000000007"_qs;
        seven.feedId = remoteFeedId();
        seven.title = u"Seven"_qs;
        seven.link = QUrl(permalink);
        storeFromService({seven});
        const qint64 article = articleByLink(permalink);
        const QList<FeedOutcome> outcomes = refresh();
        QCOMPARE(siteOutcome(outcomes).threadsFound, 1);
        QCOMPARE(column(u"SELECT comment_feed_url FROM articles WHERE id = ?"_qs, {article}).toString(),
                 m_server->url(u"/seven/feed/atom/"_qs).toString());
        QCOMPARE(m_server->requestsFor("/seven/feed/atom/").size(), 1);
        QVERIFY(column(u"SELECT count(*) FROM comments WHERE article_id = ?"_qs, {article}).toInt() > 0);
        QCOMPARE(column(u"SELECT count(*) FROM articles"_qs).toInt(), 1);
    }

    void anUpdateFromTheServiceKeepsTheThread()
    {
        const Post pads{101, "pads", QDateTime::currentDateTimeUtc().addSecs(-600), 2};
        m_server->route("/feed/", ok(wordpressFeed({pads}), restLink()));
        m_server->route("/wp-json/wp/v2/comments",
                        ok(fixture("wp-comments.json"), {{"Content-Type", "application/json"}}));
        storeFromService({remote(pads)});
        refresh();
        QCOMPARE(m_store->stats().comments, 3);

        // The post is edited upstream: the service's new copy names no comments, and rewrites the
        // article's comment columns. The thread stays the article's and is still refreshed.
        storeFromService({remote(pads, u"<p>Edited</p>"_qs)});
        const qint64 article = articleByLink(postLink(pads));
        QVERIFY(column(u"SELECT comment_feed_url FROM articles WHERE id = ?"_qs, {article}).isNull());
        const QList<FeedRow> threads
                = Sources(m_store->database()).threadsToRefresh(-1, QDateTime::currentSecsSinceEpoch(), 100, true);
        QCOMPARE(threads.size(), 1);
        QCOMPARE(threads.value(0).articleId, article);
        QVERIFY(threads.value(0).url.contains(u"post=101"));
        QCOMPARE(column(u"SELECT count(*) FROM articles"_qs).toInt(), 1);
    }

    void aPostTheServiceHasNotPassedOnIsMatchedWhenItComes()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const Post first{101, "pads", now.addDays(-1), 3};
        const Post fresh{102, "cables", now.addSecs(-300), 3};
        m_server->route("/feed/", [this, first, fresh](const RecordedRequest &r) {
            if (r.headers.value("if-none-match") == "\"f2\"")
                return notModified();
            auto headers = restLink();
            headers.append(qMakePair(QByteArray("ETag"), QByteArray("\"f2\"")));
            return ok(wordpressFeed({fresh, first}), headers);
        });
        m_server->route("/wp-json/wp/v2/comments",
                        ok(fixture("wp-comments.json"), {{"Content-Type", "application/json"}}));
        storeFromService({remote(first)});
        refresh();
        QCOMPARE(column(u"SELECT count(*) FROM feeds WHERE kind = 'comments'"_qs).toInt(), 1);
        // The site has a post the service has not passed on yet: the feed's validators are not kept,
        // so that the next refresh reads it whole and matches the post then.
        QVERIFY(column(u"SELECT etag FROM feeds WHERE id = ?"_qs, {accountFeedId()}).isNull());
        QVERIFY(column(u"SELECT body_hash FROM feeds WHERE id = ?"_qs, {accountFeedId()}).isNull());

        storeFromService({remote(fresh)});
        m_server->clearRequests();
        const QList<FeedOutcome> outcomes = refresh();
        QVERIFY(!m_server->requestsFor("/feed/").value(0).headers.contains("if-none-match"));
        QCOMPARE(siteOutcome(outcomes).threadsFound, 1);
        QCOMPARE(m_server->requestsFor("/wp-json/wp/v2/comments?post=102&per_page=100&orderby=id&order=desc").size(),
                 1);
        const qint64 cables = articleByLink(postLink(fresh));
        QVERIFY(column(u"SELECT count(*) FROM comments WHERE article_id = ?"_qs, {cables}).toInt() > 0);
        QCOMPARE(column(u"SELECT count(*) FROM articles"_qs).toInt(), 2);

        // Everything matched: polite again.
        QCOMPARE(column(u"SELECT etag FROM feeds WHERE id = ?"_qs, {accountFeedId()}).toString(), u"\"f2\""_qs);
        m_server->clearRequests();
        refresh();
        QCOMPARE(m_server->requestsFor("/feed/").value(0).headers.value("if-none-match"), QByteArray("\"f2\""));
    }

    void aSiteWithoutThreadsIsAskedDaily()
    {
        const QByteArray plain = "<rss version=\"2.0\"><channel><title>Plain</title><item><title>One</title><link>"
                + m_server->url(u"/one"_qs).toEncoded() + "</link><guid>one</guid></item></channel></rss>";
        m_server->route("/feed/", ok(plain, {{"ETag", "\"p\""}}));
        RemoteArticle one;
        one.id = u"tag:google.com,2005:reader/item/0000000000000001"_qs;
        one.feedId = remoteFeedId();
        one.title = u"One"_qs;
        one.link = m_server->url(u"/one"_qs);
        storeFromService({one});
        const qint64 before = QDateTime::currentSecsSinceEpoch();
        const QList<FeedOutcome> outcomes = refresh();
        QCOMPARE(siteOutcome(outcomes).result, FeedOutcome::Result::Unchanged);
        QCOMPARE(column(u"SELECT count(*) FROM feeds WHERE kind = 'comments'"_qs).toInt(), 0);
        QCOMPARE(column(u"SELECT count(*) FROM articles"_qs).toInt(), 1);
        QVERIFY(column(u"SELECT next_refresh_at FROM feeds WHERE id = ?"_qs, {accountFeedId()}).toLongLong()
                >= before + qint64{20} * 3600);
    }

    void failuresOfTheSiteLeaveTheAccountFeedAsItWas()
    {
        TestResponse gone;
        gone.status = 410;
        gone.reason = "Gone";
        m_server->route("/feed/", gone);
        const Post pads{101, "pads", QDateTime::currentDateTimeUtc(), 1};
        storeFromService({remote(pads)});
        const QList<FeedOutcome> outcomes = refresh();
        const FeedOutcome site = siteOutcome(outcomes);
        QCOMPARE(site.result, FeedOutcome::Result::Failed);
        QVERIFY2(site.message.contains(u"comments"), qPrintable(site.message));
        // Not stopped (the account still lists the feed), not moved, articles untouched.
        QVERIFY(column(u"SELECT stopped_reason FROM feeds WHERE id = ?"_qs, {accountFeedId()}).isNull());
        QCOMPARE(column(u"SELECT url FROM feeds WHERE id = ?"_qs, {accountFeedId()}).toString(), feedUrl());
        QCOMPARE(column(u"SELECT count(*) FROM articles"_qs).toInt(), 1);
    }

    void aCommentOnAnAccountArticleGoesToTheSiteAndComesBackOnce()
    {
        FakeWordPress wp;
        QVERIFY(wp.listen());
        m_site = &wp.http();
        subscribe();
        const Post pads{12, "pads", QDateTime::currentDateTimeUtc().addSecs(-600), 1};
        wp.http().route("/feed/", ok(wordpressFeed({pads}), restLink()));
        // The account's article names no post id (its guid is the service's): the sender reads it
        // from the comment form of the article's page.
        wp.http().route("/2026/11/pads/",
                        ok("<html><body><form action=\"" + m_site->url(u"/wp-comments-post.php"_qs).toEncoded()
                           + "\" method=\"post\" id=\"commentform\"><input type=\"hidden\" name=\"comment_post_ID\" "
                             "value=\"12\" id=\"comment_post_ID\"></form></body></html>"));
        const int theirs = wp.addComment(12, 0, u"Bo"_qs, u"Which cable?"_qs);
        storeFromService({remote(pads)});
        const qint64 article = articleByLink(postLink(pads));
        refresh();
        QCOMPARE(articleDetail(m_store->database(), article).comments.size(), 1);

        // A reply to Bo, queued and sent as for a local article.
        NewComment reply;
        reply.articleId = article;
        reply.parentCommentId = column(u"SELECT id FROM comments WHERE article_id = ? AND remote_id = ?"_qs,
                                       {article, QString::number(theirs)})
                                        .toLongLong();
        QVERIFY(reply.parentCommentId > 0);
        reply.authorName = u"Ada"_qs;
        reply.authorEmail = u"ada@example.org"_qs;
        reply.body = u"The braided one."_qs;
        Outbox outbox(m_store->database());
        const auto queued = outbox.queue(reply, QDateTime::currentSecsSinceEpoch());
        QVERIFY(queued);
        OutboxSync sync([this](const OutboxSync::StoreJob &job) { job(*m_store); }, {});
        QSignalSpy sent(&sync, &OutboxSync::finished);
        sync.start();
        QVERIFY(!sent.isEmpty() || sent.wait(20000));
        QVERIFY(sent.first().first().value<OutboxSummary>().settled());
        QCOMPARE(wp.count(u"The braided one."_qs), 1);
        QCOMPARE(wp.comments().last().post, 12);
        QCOMPARE(wp.comments().last().parent, theirs);
        QCOMPARE(outbox.item(queued->id)->state, OutboxItem::State::Held);

        // Approved on the site, it comes back in the thread once, as the user's.
        wp.approveAll();
        refresh();
        const ArticleDetail d = articleDetail(m_store->database(), article);
        QCOMPARE(d.comments.size(), 2);
        QCOMPARE(std::count_if(d.comments.cbegin(), d.comments.cend(), [](const auto &c) { return c.mine; }), 1);
        QCOMPARE(outbox.item(queued->id)->state, OutboxItem::State::Published);
        QCOMPARE(column(u"SELECT count(*) FROM articles"_qs).toInt(), 1);
    }

    void accountSitesAreNotAskedWhenThreadsOrTheyAreOff()
    {
        m_server->route("/feed/", ok(wordpressFeed({{101, "pads", QDateTime::currentDateTimeUtc(), 1}})));
        RefreshEngine::Options options;
        options.includeThreads = false;
        QVERIFY(refresh(options).isEmpty());
        QVERIFY(m_server->requests().isEmpty());
        options = {};
        options.accountSiteThreads = false;
        QVERIFY(refresh(options).isEmpty());
        QVERIFY(m_server->requests().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAccountThreads)
#include "tst_accountthreads.moc"
