#include "TestHttpServer.h"
#include "net/Fetcher.h"
#include "storage/Store.h"
#include "sync/accounts/AccountStore.h"
#include "sync/accounts/AccountSync.h"
#include "sync/accounts/TtRssClient.h"

#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTcpServer>
#include <QThread>
#include <QTimeZone>
#include <QTimer>
#include <QtTest>

#include "TtRssFixture.h"

#include <atomic>
#include <limits>
#include <memory>
#include <optional>

using namespace tidings::accounts;
using tidings::Store;
using tidings::test::TestHttpServer;
using tidings::test::TestResponse;

// TtRssClient against a real Tiny Tiny RSS, which tests/ttrss/run-test sets up around this test and
// describes in TTRSS_* variables. The clients run on a worker thread, as they do in Tidings, while the
// main thread keeps serving the loopback servers the tests start.
class TestTtRssClient : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();
    void loginReadsApiLevel();
    void wrongPassword();
    void apiDisabled();
    void notAService();
    void unreachable();
    void rateLimitedAndServerErrors();
    void endpoint_data();
    void endpoint();
    void sessionEndsAgainAfterLogin();
    void unreadableAnswerInSession();
    void sizeCap();
    void subscribeFetchAndPage();
    void readAndUnread();
    void starAndUnstar();
    void countsAndListsPerFeed();
    void articlesById();
    void expiredSessionLogsInAgain();
    void articlesArriveDuringAPass();
    void renameAndMoveAreUnsupported();
    void subscribeErrors();
    void syncReadsTheListsOfFeedsThatDiffer();
    void unsubscribe();

private:
    // Runs f on the worker thread and waits for it, serving the main thread's events meanwhile.
    template<typename F>
    auto onWorker(F f) -> decltype(f())
    {
        std::optional<decltype(f())> result;
        std::atomic<bool> done = false;
        QEventLoop loop;
        QMetaObject::invokeMethod(m_context, [&] {
            result.emplace(f());
            done = true;
            QMetaObject::invokeMethod(&loop, &QEventLoop::quit, Qt::QueuedConnection);
        });
        QTimer::singleShot(600000, &loop, &QEventLoop::quit);
        if (!done)
            loop.exec();
        if (!done)
            qFatal("a call on the worker thread did not return within 10 minutes");
        return std::move(*result);
    }

    // A client made, used and deleted on the worker thread.
    std::shared_ptr<TtRssClient> makeClient(const QUrl &base, const QString &user, const QString &password,
                                            TtRssClient::Options options = {})
    {
        auto *client = onWorker([&] { return new TtRssClient(base, user, password, options); });
        return std::shared_ptr<TtRssClient>(client, [context = m_context](TtRssClient *c) {
            QMetaObject::invokeMethod(
                    context, [c] { delete c; }, Qt::BlockingQueuedConnection);
        });
    }

    QThread m_worker;
    QObject *m_context = nullptr;
    QUrl m_base;
    QString m_user;
    QString m_password;
    std::shared_ptr<TtRssClient> m_client;
    QString m_bigFeedId;
    QString m_smallFeedId;
    QString m_folderId;
    QString m_cursor; // after every article so far
    QStringList m_articleIds; // every article the first pass gave, in the order it gave them
    QString m_ttrssMissing; // why the tests of the real tt-rss were skipped
    bool m_anyFailed = false;
};

using tidings::test::ttrss::env;
using tidings::test::ttrss::fetchFeeds;
using tidings::test::ttrss::psql;
using tidings::test::ttrss::writeFeed;

namespace {

// A test of the real tt-rss: skipped without one (run-test says why in TTRSS_UNAVAILABLE), failed
// instead where TIDINGS_REQUIRE_TTRSS=1 (CI). CTest reports the whole test skipped when it prints
// "tt-rss unavailable: ", which cleanupTestCase does only when every other test passed.
#define REQUIRE_TTRSS() \
    do { \
        if (qEnvironmentVariableIsEmpty("TTRSS_URL")) { \
            const QString why = qEnvironmentVariableIsEmpty("TTRSS_UNAVAILABLE") \
                    ? QStringLiteral("TTRSS_URL is not set: run this test through tests/ttrss/run-test " \
                                     "(ctest -L ttrss)") \
                    : qEnvironmentVariable("TTRSS_UNAVAILABLE"); \
            if (qEnvironmentVariable("TIDINGS_REQUIRE_TTRSS") == u"1") \
                QFAIL(qPrintable(u"TIDINGS_REQUIRE_TTRSS=1, but there is no Tiny Tiny RSS to test: "_qs + why)); \
            m_ttrssMissing = why; \
            QSKIP(qPrintable(u"needs tt-rss: "_qs + why)); \
        } \
    } while (false)

QString describe(const ServiceError &error)
{
    return QStringLiteral("kind %1: %2").arg(static_cast<int>(error.kind)).arg(error.message);
}

// The client as a sync sees it, counting the id lists the sync reads: whole, or of some feeds.
class ListCounter final : public FeedService
{
public:
    explicit ListCounter(FeedService &inner)
        : m_inner(inner)
    { }
    int wholeLists = 0;
    QStringList unreadFeeds; // of every flaggedIds(Unread, ...) call
    QStringList starredFeeds;
    int feedListCalls = 0;

    [[nodiscard]] ServiceKind kind() const override { return m_inner.kind(); }
    ServiceError login() override { return m_inner.login(); }
    [[nodiscard]] ServiceResult<QList<RemoteFolder>> folders() override { return m_inner.folders(); }
    [[nodiscard]] ServiceResult<QList<RemoteFeed>> feeds() override { return m_inner.feeds(); }
    [[nodiscard]] ServiceResult<ArticleBatch> articlesAfter(const QString &cursor) override
    {
        return m_inner.articlesAfter(cursor);
    }
    [[nodiscard]] ServiceResult<QList<RemoteArticle>> articles(const QStringList &ids) override
    {
        return m_inner.articles(ids);
    }
    [[nodiscard]] ServiceResult<QStringList> unreadIds() override
    {
        ++wholeLists;
        return m_inner.unreadIds();
    }
    [[nodiscard]] ServiceResult<QStringList> starredIds() override
    {
        ++wholeLists;
        return m_inner.starredIds();
    }
    [[nodiscard]] ServiceResult<FlagCounts> flagCounts() override { return m_inner.flagCounts(); }
    [[nodiscard]] ServiceResult<QStringList> flaggedIds(Flag flag, const QStringList &feedIds) override
    {
        ++feedListCalls;
        (flag == Flag::Unread ? unreadFeeds : starredFeeds).append(feedIds);
        return m_inner.flaggedIds(flag, feedIds);
    }
    ServiceError setFlag(Flag flag, bool on, const QStringList &ids) override { return m_inner.setFlag(flag, on, ids); }
    [[nodiscard]] ServiceResult<QString> subscribe(const QUrl &url, const QString &folder) override
    {
        return m_inner.subscribe(url, folder);
    }
    ServiceError unsubscribe(const QString &feedId) override { return m_inner.unsubscribe(feedId); }
    ServiceError renameFeed(const QString &feedId, const QString &title) override
    {
        return m_inner.renameFeed(feedId, title);
    }
    ServiceError moveFeed(const QString &feedId, const QString &folderId) override
    {
        return m_inner.moveFeed(feedId, folderId);
    }
    void reset()
    {
        wholeLists = 0;
        feedListCalls = 0;
        unreadFeeds.clear();
        starredFeeds.clear();
    }

private:
    FeedService &m_inner;
};

} // namespace

void TestTtRssClient::initTestCase()
{
    m_context = new QObject;
    m_context->moveToThread(&m_worker);
    m_worker.start();
    if (env("TTRSS_URL").isEmpty())
        return; // the tests that need tt-rss say so, one by one
    m_base = QUrl(env("TTRSS_URL") + u'/');
    m_user = env("TTRSS_USER");
    m_password = env("TTRSS_PASSWORD");
    m_client = makeClient(m_base, m_user, m_password);
}

void TestTtRssClient::cleanup()
{
    m_anyFailed = m_anyFailed || QTest::currentTestFailed();
}

void TestTtRssClient::cleanupTestCase()
{
    // The marker CTest looks for: a failure elsewhere must not be reported as a skip.
    if (!m_ttrssMissing.isEmpty() && !m_anyFailed)
        qInfo().noquote() << "tt-rss unavailable:" << m_ttrssMissing;
    m_client.reset();
    if (m_worker.isRunning()) {
        QMetaObject::invokeMethod(
                m_context, [c = m_context] { delete c; }, Qt::BlockingQueuedConnection);
        m_worker.quit();
        m_worker.wait();
    }
}

void TestTtRssClient::loginReadsApiLevel()
{
    REQUIRE_TTRSS();
    auto client = makeClient(m_base, m_user, m_password);
    QCOMPARE(client->endpoint(), QUrl(env("TTRSS_URL") + u"/api/"));
    const ServiceError error = onWorker([&] { return client->login(); });
    QVERIFY2(error.ok(), qPrintable(describe(error)));
    QVERIFY(!client->sessionId().isEmpty());
    // Debian 12's tt-rss (a 2021 snapshot) says 15; later ones more.
    QVERIFY2(client->apiLevel() >= 15, qPrintable(QString::number(client->apiLevel())));
}

void TestTtRssClient::wrongPassword()
{
    REQUIRE_TTRSS();
    auto client = makeClient(m_base, m_user, QStringLiteral("not the password"));
    const ServiceError error = onWorker([&] { return client->login(); });
    QCOMPARE(error.kind, ServiceError::Kind::WrongPassword);
    QVERIFY2(error.message.contains(u"user name and password"), qPrintable(error.message));
    QVERIFY(client->sessionId().isEmpty());
    // Every other call logs in first, and says the same.
    const auto feeds = onWorker([&] { return client->feeds(); });
    QCOMPARE(feeds.error.kind, ServiceError::Kind::WrongPassword);

    auto nobody = makeClient(m_base, QStringLiteral("nobody"), m_password);
    QCOMPARE(onWorker([&] { return nobody->login(); }).kind, ServiceError::Kind::WrongPassword);
}

void TestTtRssClient::apiDisabled()
{
    REQUIRE_TTRSS();
    auto client = makeClient(m_base, env("TTRSS_NOAPI_USER"), m_password);
    const ServiceError error = onWorker([&] { return client->login(); });
    QCOMPARE(error.kind, ServiceError::Kind::ApiDisabled);
    QVERIFY2(error.message.contains(u"Enable API"), qPrintable(error.message));
    // tt-rss checks API access before the password: a wrong one gets the same answer.
    auto wrong = makeClient(m_base, env("TTRSS_NOAPI_USER"), QStringLiteral("wrong"));
    QCOMPARE(onWorker([&] { return wrong->login(); }).kind, ServiceError::Kind::ApiDisabled);
}

void TestTtRssClient::notAService()
{
    TestHttpServer server;
    QVERIFY(server.listen());
    TestResponse page;
    page.headers = {{"Content-Type", "text/html; charset=utf-8"}};
    page.body = "<!DOCTYPE html><html><head><title>A blog</title></head><body><p>Hello</p></body></html>";
    server.route("/blog/api/", page);
    auto client = makeClient(server.url(QStringLiteral("/blog")), u"reader"_qs, u"secret"_qs);
    const ServiceError error = onWorker([&] { return client->login(); });
    QCOMPARE(error.kind, ServiceError::Kind::NotAService);
    QVERIFY2(error.message.contains(server.url(QStringLiteral("/blog/api/")).toDisplayString()),
             qPrintable(error.message));

    // What it sent: a JSON login, as tt-rss takes it, with Tidings' own User-Agent.
    const auto requests = server.requestsFor("/blog/api/");
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.first().method, QByteArray("POST"));
    QCOMPARE(requests.first().headers.value("user-agent"), tidings::Fetcher::userAgent());
    const QJsonObject body = QJsonDocument::fromJson(requests.first().body).object();
    QCOMPARE(body.value(u"op").toString(), u"login");
    QCOMPARE(body.value(u"user").toString(), u"reader");

    // JSON, but not tt-rss's; and a 404.
    TestResponse json;
    json.headers = {{"Content-Type", "application/json"}};
    json.body = "{\"hello\":\"world\"}";
    server.route("/json/api/", json);
    auto jsonClient = makeClient(server.url(QStringLiteral("/json/")), u"reader"_qs, u"secret"_qs);
    QCOMPARE(onWorker([&] { return jsonClient->login(); }).kind, ServiceError::Kind::NotAService);
    auto missing = makeClient(server.url(QStringLiteral("/nothing/")), u"reader"_qs, u"secret"_qs);
    QCOMPARE(onWorker([&] { return missing->login(); }).kind, ServiceError::Kind::NotAService);
}

void TestTtRssClient::unreachable()
{
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    } // closed: nothing listens there now
    auto client = makeClient(QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port)), u"reader"_qs, u"secret"_qs);
    const ServiceError error = onWorker([&] { return client->login(); });
    QCOMPARE(error.kind, ServiceError::Kind::Unreachable);
    QVERIFY2(error.message.contains(u"127.0.0.1"), qPrintable(error.message));

    // A server that accepts and never answers: the timeout, not a hang.
    TestHttpServer silent;
    QVERIFY(silent.listen());
    TestResponse late;
    late.delayMs = 5000;
    silent.route("/api/", late);
    TtRssClient::Options quick;
    quick.timeoutMs = 500;
    quick.deadlineMs = 1000;
    auto slow = makeClient(silent.url(QStringLiteral("/")), u"reader"_qs, u"secret"_qs, quick);
    QCOMPARE(onWorker([&] { return slow->login(); }).kind, ServiceError::Kind::Unreachable);
}

namespace {

TestResponse json(const QByteArray &body)
{
    TestResponse r;
    r.headers = {{"Content-Type", "text/json"}};
    r.body = body;
    return r;
}

TestResponse status(int code, const QByteArray &reason, const QByteArray &retryAfter = {})
{
    TestResponse r;
    r.status = code;
    r.reason = reason;
    if (!retryAfter.isEmpty())
        r.headers = {{"Retry-After", retryAfter}};
    r.body = reason;
    return r;
}

// A tt-rss that logs everyone in and answers every other call as given.
TestHttpServer::Handler fakeTtRss(const TestResponse &answer)
{
    return [answer](const tidings::test::RecordedRequest &request) {
        if (QJsonDocument::fromJson(request.body).object().value(u"op").toString() == u"login")
            return json("{\"seq\":0,\"status\":0,\"content\":{\"session_id\":\"fake\",\"api_level\":15}}");
        return answer;
    };
}

QStringList ops(const QList<tidings::test::RecordedRequest> &requests)
{
    QStringList list;
    for (const auto &r : requests)
        list.append(QJsonDocument::fromJson(r.body).object().value(u"op").toString());
    return list;
}

} // namespace

void TestTtRssClient::endpoint_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("endpoint");
    QTest::newRow("root") << "https://rss.example/"
                          << "https://rss.example/api/";
    QTest::newRow("root without slash") << "https://rss.example"
                                        << "https://rss.example/api/";
    QTest::newRow("folder") << "https://example.org/tt-rss"
                            << "https://example.org/tt-rss/api/";
    QTest::newRow("folder with slash") << "https://example.org/tt-rss/"
                                       << "https://example.org/tt-rss/api/";
    QTest::newRow("the API itself") << "https://example.org/tt-rss/api/"
                                    << "https://example.org/tt-rss/api/";
    QTest::newRow("the API without slash") << "https://example.org/tt-rss/api"
                                           << "https://example.org/tt-rss/api/";
    QTest::newRow("a query") << "https://example.org/tt-rss/?p=1#top"
                             << "https://example.org/tt-rss/api/";
}

void TestTtRssClient::endpoint()
{
    QFETCH(QString, base);
    QFETCH(QString, endpoint);
    const TtRssClient client(QUrl(base), u"reader"_qs, u"secret"_qs);
    QCOMPARE(client.endpoint(), QUrl(endpoint));
}

void TestTtRssClient::rateLimitedAndServerErrors()
{
    TestHttpServer server;
    QVERIFY(server.listen());
    server.route("/limited/api/", status(429, "Too Many Requests", "120"));
    server.route("/busy/api/", status(503, "Service Unavailable", "30"));
    server.route("/failing/api/", status(500, "Internal Server Error"));
    server.route("/guarded/api/", status(401, "Unauthorized"));

    auto limited = makeClient(server.url(u"/limited/"_qs), u"reader"_qs, u"secret"_qs);
    const ServiceError tooMany = onWorker([&] { return limited->login(); });
    QCOMPARE(tooMany.kind, ServiceError::Kind::RateLimited);
    QCOMPARE(tooMany.retryAfterSeconds, 120);
    QVERIFY(!tooMany.message.isEmpty());

    auto busy = makeClient(server.url(u"/busy/"_qs), u"reader"_qs, u"secret"_qs);
    const auto feeds = onWorker([&] { return busy->feeds(); });
    QCOMPARE(feeds.error.kind, ServiceError::Kind::ServerError);
    QCOMPARE(feeds.error.retryAfterSeconds, 30);

    auto failing = makeClient(server.url(u"/failing/"_qs), u"reader"_qs, u"secret"_qs);
    const ServiceError failed = onWorker([&] { return failing->login(); });
    QCOMPARE(failed.kind, ServiceError::Kind::ServerError);
    QCOMPARE(failed.retryAfterSeconds, -1);
    QVERIFY2(failed.message.contains(u"500"), qPrintable(failed.message));

    // HTTP authentication in front of tt-rss, which Tidings does not speak.
    auto guarded = makeClient(server.url(u"/guarded/"_qs), u"reader"_qs, u"secret"_qs);
    const ServiceError refused = onWorker([&] { return guarded->login(); });
    QCOMPARE(refused.kind, ServiceError::Kind::Refused);
    QVERIFY2(refused.message.contains(u"password of its own"), qPrintable(refused.message));
}

void TestTtRssClient::sessionEndsAgainAfterLogin()
{
    // A session that ends at once, every time: one more login and one repeat, then an error, not a loop.
    TestHttpServer server;
    QVERIFY(server.listen());
    server.route("/api/", fakeTtRss(json("{\"seq\":0,\"status\":1,\"content\":{\"error\":\"NOT_LOGGED_IN\"}}")));
    auto client = makeClient(server.url(u"/"_qs), u"reader"_qs, u"secret"_qs);
    const auto feeds = onWorker([&] { return client->feeds(); });
    QCOMPARE(feeds.error.kind, ServiceError::Kind::ServerError);
    QCOMPARE(ops(server.requests()), (QStringList{u"login"_qs, u"getFeeds"_qs, u"login"_qs, u"getFeeds"_qs}));
    const QJsonObject call = QJsonDocument::fromJson(server.requests().at(1).body).object();
    QCOMPARE(call.value(u"sid").toString(), u"fake");
    QCOMPARE(call.value(u"cat_id").toInt(), -3);
}

void TestTtRssClient::unreadableAnswerInSession()
{
    // Logged in, then an answer that is not tt-rss's: a server problem, not "no tt-rss here".
    TestHttpServer server;
    QVERIFY(server.listen());
    TestResponse page;
    page.headers = {{"Content-Type", "text/html"}};
    page.body = "<html><body>Fatal error: out of memory</body></html>";
    server.route("/api/", fakeTtRss(page));
    auto client = makeClient(server.url(u"/"_qs), u"reader"_qs, u"secret"_qs);
    QVERIFY(onWorker([&] { return client->login(); }).ok());
    QCOMPARE(client->apiLevel(), 15);
    const auto unread = onWorker([&] { return client->unreadIds(); });
    QCOMPARE(unread.error.kind, ServiceError::Kind::ServerError);
    QVERIFY(unread.value.isEmpty());
}

void TestTtRssClient::sizeCap()
{
    TestHttpServer server;
    QVERIFY(server.listen());
    TestResponse announced;
    announced.fillerBytes = 200000;
    server.route("/announced/api/", fakeTtRss(announced));
    TestResponse unannounced = announced;
    unannounced.sendLength = false; // no Content-Length: the cap holds while reading
    server.route("/unannounced/api/", fakeTtRss(unannounced));
    TtRssClient::Options small;
    small.maxBytes = qint64{64} * 1024;
    for (const char *path : {"/announced/", "/unannounced/"}) {
        auto client = makeClient(server.url(QString::fromLatin1(path)), u"reader"_qs, u"secret"_qs, small);
        const auto batch = onWorker([&] { return client->articlesAfter(QString()); });
        QCOMPARE(batch.error.kind, ServiceError::Kind::ServerError);
        QVERIFY2(batch.error.message.contains(u"larger than"), qPrintable(batch.error.message));
    }
}

void TestTtRssClient::subscribeFetchAndPage()
{
    REQUIRE_TTRSS();
    QVERIFY(writeFeed(QStringLiteral("big.xml"), QStringLiteral("Big"), 250));
    QVERIFY(writeFeed(QStringLiteral("small.xml"), QStringLiteral("Small"), 3));
    if (QTest::currentTestFailed())
        return;
    const QString feedsUrl = env("TTRSS_FEEDS_URL");

    // The API cannot make categories: one made in SQL, as the web interface would.
    m_folderId = psql(QStringLiteral("INSERT INTO ttrss_feed_categories (owner_uid, title) SELECT id, 'Tech' "
                                     "FROM ttrss_users WHERE login = '%1' RETURNING id")
                              .arg(m_user));
    QVERIFY2(m_folderId.toInt() > 0, qPrintable(m_folderId));

    const auto big = onWorker([&] { return m_client->subscribe(QUrl(feedsUrl + u"/big.xml"), QString()); });
    QVERIFY2(big.ok(), qPrintable(describe(big.error)));
    m_bigFeedId = big.value;
    const auto small = onWorker([&] { return m_client->subscribe(QUrl(feedsUrl + u"/small.xml"), m_folderId); });
    QVERIFY2(small.ok(), qPrintable(describe(small.error)));
    m_smallFeedId = small.value;
    QVERIFY(m_bigFeedId != m_smallFeedId);
    // Subscribing again answers the same feed.
    const auto again = onWorker([&] { return m_client->subscribe(QUrl(feedsUrl + u"/big.xml"), QString()); });
    QVERIFY2(again.ok(), qPrintable(describe(again.error)));
    QCOMPARE(again.value, m_bigFeedId);

    // Subscribing does not fetch articles: nothing yet.
    const auto before = onWorker([&] { return m_client->articlesAfter(QString()); });
    QVERIFY2(before.ok(), qPrintable(describe(before.error)));
    QCOMPARE(before.value.articles.size(), 0);
    QVERIFY(!before.value.more);

    QVERIFY(fetchFeeds());

    const auto folders = onWorker([&] { return m_client->folders(); });
    QVERIFY2(folders.ok(), qPrintable(describe(folders.error)));
    QCOMPARE(folders.value.size(), 1);
    QCOMPARE(folders.value.first().id, m_folderId);
    QCOMPARE(folders.value.first().title, u"Tech");

    const auto feeds = onWorker([&] { return m_client->feeds(); });
    QVERIFY2(feeds.ok(), qPrintable(describe(feeds.error)));
    QCOMPARE(feeds.value.size(), 2);
    for (const RemoteFeed &feed : feeds.value) {
        if (feed.id == m_bigFeedId) {
            QCOMPARE(feed.title, u"Big");
            QCOMPARE(feed.url, QUrl(feedsUrl + u"/big.xml"));
            QCOMPARE(feed.folderId, QString());
        } else {
            QCOMPARE(feed.id, m_smallFeedId);
            QCOMPARE(feed.title, u"Small");
            QCOMPARE(feed.folderId, m_folderId);
        }
    }

    // The first pass: 253 articles, in pages of at most 200.
    QString cursor;
    QSet<QString> titles;
    QSet<QString> ids;
    int calls = 0;
    for (bool more = true; more; ++calls) {
        QVERIFY(calls < 10);
        const auto batch = onWorker([&] { return m_client->articlesAfter(cursor); });
        QVERIFY2(batch.ok(), qPrintable(describe(batch.error)));
        QVERIFY(batch.value.articles.size() <= 200);
        for (const RemoteArticle &a : batch.value.articles) {
            QVERIFY2(!ids.contains(a.id), qPrintable(a.id));
            ids.insert(a.id);
            m_articleIds.append(a.id);
            titles.insert(a.title);
            QVERIFY(a.feedId == m_bigFeedId || a.feedId == m_smallFeedId);
            QVERIFY2(a.contentHtml.contains(u"Body of " + a.title), qPrintable(a.contentHtml));
            QVERIFY(a.link.isValid());
            QVERIFY(a.publishedAt > 1700000000);
            QVERIFY(a.unread);
            QVERIFY(!a.starred);
        }
        more = batch.value.more;
        QVERIFY(!batch.value.nextCursor.isEmpty());
        cursor = batch.value.nextCursor;
    }
    QCOMPARE(calls, 2); // 200, then 53
    QCOMPARE(ids.size(), 253);
    for (int i = 1; i <= 250; ++i)
        QVERIFY2(titles.contains(QStringLiteral("Big item %1").arg(i)), qPrintable(QString::number(i)));
    // The article behind a headline, checked against one read straight from the database.
    const QString link = psql(QStringLiteral("SELECT link FROM ttrss_entries WHERE title = 'Big item 7'"));
    QCOMPARE(link, u"http://[::1]/big.xml/7");

    // Nothing new: an empty batch, and the cursor stays.
    const auto none = onWorker([&] { return m_client->articlesAfter(cursor); });
    QVERIFY2(none.ok(), qPrintable(describe(none.error)));
    QCOMPARE(none.value.articles.size(), 0);
    QVERIFY(!none.value.more);
    QCOMPARE(none.value.nextCursor, cursor);

    // Five new items: the next call gives exactly them.
    QVERIFY(writeFeed(QStringLiteral("big.xml"), QStringLiteral("Big"), 255));
    if (QTest::currentTestFailed())
        return;
    QVERIFY(fetchFeeds());
    const auto newer = onWorker([&] { return m_client->articlesAfter(cursor); });
    QVERIFY2(newer.ok(), qPrintable(describe(newer.error)));
    QSet<QString> newTitles;
    for (const RemoteArticle &a : newer.value.articles) {
        QVERIFY(!ids.contains(a.id));
        newTitles.insert(a.title);
        m_articleIds.append(a.id);
    }
    QCOMPARE(newTitles,
             (QSet<QString>{u"Big item 251"_qs, u"Big item 252"_qs, u"Big item 253"_qs, u"Big item 254"_qs,
                            u"Big item 255"_qs}));
    QVERIFY(!newer.value.more);
    QVERIFY(newer.value.nextCursor.toLongLong() > cursor.toLongLong());
    m_cursor = newer.value.nextCursor;
}

void TestTtRssClient::readAndUnread()
{
    REQUIRE_TTRSS();
    QCOMPARE(m_articleIds.size(), 258);
    const auto all = onWorker([&] { return m_client->unreadIds(); });
    QVERIFY2(all.ok(), qPrintable(describe(all.error)));
    QCOMPARE(QSet<QString>(all.value.begin(), all.value.end()),
             QSet<QString>(m_articleIds.begin(), m_articleIds.end()));
    QCOMPARE(all.value.size(), 258); // no id twice, though its pages overlap

    // 210 marked read in one go (more than a page of headlines), plus an id tt-rss never had.
    QStringList read = m_articleIds.mid(0, 210);
    const ServiceError marked
            = onWorker([&] { return m_client->setFlag(Flag::Unread, false, read + QStringList{u"99999999"_qs}); });
    QVERIFY2(marked.ok(), qPrintable(describe(marked)));
    QCOMPARE(psql(QStringLiteral("SELECT count(*) FROM ttrss_user_entries WHERE unread")), u"48");
    const auto left = onWorker([&] { return m_client->unreadIds(); });
    QVERIFY2(left.ok(), qPrintable(describe(left.error)));
    QCOMPARE(QSet<QString>(left.value.begin(), left.value.end()),
             QSet<QString>(m_articleIds.begin() + 210, m_articleIds.end()));

    // Ten of them unread again.
    const QStringList again = read.mid(100, 10);
    QVERIFY(onWorker([&] { return m_client->setFlag(Flag::Unread, true, again); }).ok());
    const auto now = onWorker([&] { return m_client->unreadIds(); });
    QVERIFY2(now.ok(), qPrintable(describe(now.error)));
    QCOMPARE(now.value.size(), 58);
    for (const QString &id : again)
        QVERIFY(now.value.contains(id));
}

void TestTtRssClient::starAndUnstar()
{
    REQUIRE_TTRSS();
    const auto none = onWorker([&] { return m_client->starredIds(); });
    QVERIFY2(none.ok(), qPrintable(describe(none.error)));
    QVERIFY(none.value.isEmpty());

    const QStringList starred{m_articleIds.at(0), m_articleIds.at(150), m_articleIds.at(257)};
    QVERIFY(onWorker([&] { return m_client->setFlag(Flag::Starred, true, starred); }).ok());
    const auto three = onWorker([&] { return m_client->starredIds(); });
    QVERIFY2(three.ok(), qPrintable(describe(three.error)));
    QCOMPARE(QSet<QString>(three.value.begin(), three.value.end()), QSet<QString>(starred.begin(), starred.end()));

    QVERIFY(onWorker([&] { return m_client->setFlag(Flag::Starred, false, {starred.at(1)}); }).ok());
    const auto two = onWorker([&] { return m_client->starredIds(); });
    QVERIFY2(two.ok(), qPrintable(describe(two.error)));
    QCOMPARE(QSet<QString>(two.value.begin(), two.value.end()), (QSet<QString>{starred.at(0), starred.at(2)}));
}

void TestTtRssClient::countsAndListsPerFeed()
{
    REQUIRE_TTRSS();
    // One of the small feed's read and starred, so that each feed has some of each.
    const QString small = psql(
            u"SELECT ref_id FROM ttrss_user_entries WHERE feed_id = %1 AND NOT marked ORDER BY ref_id LIMIT 1"_qs.arg(
                    m_smallFeedId));
    QVERIFY(!small.isEmpty());
    const bool wasUnread = psql(u"SELECT unread FROM ttrss_user_entries WHERE ref_id = "_qs + small) == u"t";
    QVERIFY(onWorker([&] { return m_client->setFlag(Flag::Unread, false, {small}); }).ok());
    QVERIFY(onWorker([&] { return m_client->setFlag(Flag::Starred, true, {small}); }).ok());

    // The counts are tt-rss's, per feed; the category (whose id may be a feed's) is not a feed.
    const auto counts = onWorker([&] { return m_client->flagCounts(); });
    QVERIFY2(counts.ok(), qPrintable(describe(counts.error)));
    QVERIFY(counts.value.counted);
    QCOMPARE(QSet<QString>(counts.value.feeds.keyBegin(), counts.value.feeds.keyEnd()),
             (QSet<QString>{m_bigFeedId, m_smallFeedId}));
    for (const QString &feed : {m_bigFeedId, m_smallFeedId}) {
        const QString where = u"FROM ttrss_user_entries WHERE feed_id = "_qs + feed;
        QCOMPARE(counts.value.feeds.value(feed).unread,
                 psql(u"SELECT count(*) "_qs + where + u" AND unread"_qs).toLongLong());
        QCOMPARE(counts.value.feeds.value(feed).starred,
                 psql(u"SELECT count(*) "_qs + where + u" AND marked"_qs).toLongLong());
    }
    QVERIFY(counts.value.feeds.value(m_bigFeedId).unread > 50);
    QCOMPARE(counts.value.feeds.value(m_smallFeedId).starred, 1);

    // The lists of one feed are that feed's, whole (the big feed's unread take more than one page).
    const auto ids = [](const QString &sql) {
        const QStringList rows = psql(sql).split(u'\n', Qt::SkipEmptyParts);
        return QSet<QString>(rows.begin(), rows.end());
    };
    const auto bigUnread = onWorker([&] { return m_client->flaggedIds(Flag::Unread, {m_bigFeedId}); });
    QVERIFY2(bigUnread.ok(), qPrintable(describe(bigUnread.error)));
    QCOMPARE(QSet<QString>(bigUnread.value.begin(), bigUnread.value.end()),
             ids(u"SELECT ref_id FROM ttrss_user_entries WHERE unread AND feed_id = "_qs + m_bigFeedId));
    const auto smallUnread = onWorker([&] { return m_client->flaggedIds(Flag::Unread, {m_smallFeedId}); });
    QVERIFY2(smallUnread.ok(), qPrintable(describe(smallUnread.error)));
    QCOMPARE(QSet<QString>(smallUnread.value.begin(), smallUnread.value.end()),
             ids(u"SELECT ref_id FROM ttrss_user_entries WHERE unread AND feed_id = "_qs + m_smallFeedId));
    QVERIFY(!smallUnread.value.contains(small));
    const auto starred = onWorker([&] { return m_client->flaggedIds(Flag::Starred, {m_smallFeedId, m_bigFeedId}); });
    QVERIFY2(starred.ok(), qPrintable(describe(starred.error)));
    QCOMPARE(QSet<QString>(starred.value.begin(), starred.value.end()),
             ids(u"SELECT ref_id FROM ttrss_user_entries WHERE marked"_qs));
    QVERIFY(starred.value.contains(small));
    QVERIFY(onWorker([&] { return m_client->setFlag(Flag::Starred, false, {small}); }).ok());
    const auto unstarred = onWorker([&] { return m_client->flaggedIds(Flag::Starred, {m_smallFeedId}); });
    QVERIFY2(unstarred.ok(), qPrintable(describe(unstarred.error)));
    QVERIFY(!unstarred.value.contains(small));
    QCOMPARE(QSet<QString>(unstarred.value.begin(), unstarred.value.end()),
             ids(u"SELECT ref_id FROM ttrss_user_entries WHERE marked AND feed_id = "_qs + m_smallFeedId));

    // Put back as the tests after this one expect it.
    QVERIFY(onWorker([&] { return m_client->setFlag(Flag::Unread, wasUnread, {small}); }).ok());
}

void TestTtRssClient::articlesById()
{
    REQUIRE_TTRSS();
    // The first is read and starred (see above), the last unread and starred, one in between read.
    const QStringList wanted{m_articleIds.at(0), m_articleIds.at(257), m_articleIds.at(50), u"99999999"_qs};
    const auto got = onWorker([&] { return m_client->articles(wanted); });
    QVERIFY2(got.ok(), qPrintable(describe(got.error)));
    QCOMPARE(got.value.size(), 3); // the unknown id is left out
    for (const RemoteArticle &a : got.value) {
        QVERIFY(!a.title.isEmpty());
        QVERIFY2(a.contentHtml.contains(u"Body of " + a.title), qPrintable(a.contentHtml));
        QVERIFY(a.feedId == m_bigFeedId || a.feedId == m_smallFeedId);
        if (a.id == m_articleIds.at(0)) {
            QVERIFY(!a.unread);
            QVERIFY(a.starred);
        } else if (a.id == m_articleIds.at(257)) {
            QVERIFY(a.unread);
            QVERIFY(a.starred);
        } else {
            QCOMPARE(a.id, m_articleIds.at(50));
            QVERIFY(!a.unread);
            QVERIFY(!a.starred);
        }
    }
}

void TestTtRssClient::expiredSessionLogsInAgain()
{
    REQUIRE_TTRSS();
    auto client = makeClient(m_base, m_user, m_password);
    QVERIFY(onWorker([&] { return client->login(); }).ok());
    const QString first = client->sessionId();
    QVERIFY(!first.isEmpty());

    // The session ends behind the client's back, as it does after a day.
    QCOMPARE(psql(QStringLiteral("DELETE FROM ttrss_sessions WHERE id = '%1' RETURNING 1").arg(first)), u"1");
    const auto feeds = onWorker([&] { return client->feeds(); });
    QVERIFY2(feeds.ok(), qPrintable(describe(feeds.error)));
    QCOMPARE(feeds.value.size(), 2);
    const QString second = client->sessionId();
    QVERIFY(!second.isEmpty());
    QVERIFY(second != first);

    // Logged out by another client holding the same session (same User-Agent, as tt-rss requires).
    QNetworkAccessManager network;
    QNetworkRequest request(client->endpoint());
    request.setHeader(QNetworkRequest::UserAgentHeader, tidings::Fetcher::userAgent());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = network.post(
            request,
            QJsonDocument(QJsonObject{{u"op"_qs, u"logout"_qs}, {u"sid"_qs, second}}).toJson(QJsonDocument::Compact));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(30000));
    QVERIFY2(reply->readAll().contains("\"status\":0"), "logout failed");
    reply->deleteLater();
    const auto starred = onWorker([&] { return client->starredIds(); });
    QVERIFY2(starred.ok(), qPrintable(describe(starred.error)));
    QCOMPARE(starred.value.size(), 2);
    QVERIFY(client->sessionId() != second);
}

// getHeadlines cannot sort by id, so a pass pages newest first with skip (see TtRssClient): articles
// that arrive between two pages of a pass must push the pages down, never hide one, and come in the
// next pass.
void TestTtRssClient::articlesArriveDuringAPass()
{
    REQUIRE_TTRSS();
    QVERIFY(!m_cursor.isEmpty());
    QVERIFY(writeFeed(QStringLiteral("mid.xml"), QStringLiteral("Mid"), 250));
    if (QTest::currentTestFailed())
        return;
    const auto mid
            = onWorker([&] { return m_client->subscribe(QUrl(env("TTRSS_FEEDS_URL") + u"/mid.xml"), QString()); });
    QVERIFY2(mid.ok(), qPrintable(describe(mid.error)));
    QVERIFY(fetchFeeds());

    QHash<QString, int> timesSeen; // by title
    const auto first = onWorker([&] { return m_client->articlesAfter(m_cursor); });
    QVERIFY2(first.ok(), qPrintable(describe(first.error)));
    QCOMPARE(first.value.articles.size(), 200);
    QVERIFY(first.value.more);
    for (const RemoteArticle &a : first.value.articles)
        ++timesSeen[a.title];

    // Five more arrive in the middle of the pass.
    QVERIFY(writeFeed(QStringLiteral("mid.xml"), QStringLiteral("Mid"), 255));
    if (QTest::currentTestFailed())
        return;
    QVERIFY(fetchFeeds());

    QString cursor = first.value.nextCursor;
    for (int calls = 0; calls < 5; ++calls) {
        const auto batch = onWorker([&] { return m_client->articlesAfter(cursor); });
        QVERIFY2(batch.ok(), qPrintable(describe(batch.error)));
        for (const RemoteArticle &a : batch.value.articles)
            ++timesSeen[a.title];
        cursor = batch.value.nextCursor;
        if (!batch.value.more && batch.value.articles.isEmpty())
            break;
    }
    // Every one of the 255, none lost. The five newcomers sort first and push the second page down by
    // five, so five articles come twice (as observed), never more.
    QCOMPARE(timesSeen.size(), 255);
    int twice = 0;
    for (int i = 1; i <= 255; ++i) {
        const int n = timesSeen.value(QStringLiteral("Mid item %1").arg(i));
        QVERIFY2(n == 1 || n == 2, qPrintable(QStringLiteral("Mid item %1 seen %2 times").arg(i).arg(n)));
        twice += n == 2 ? 1 : 0;
    }
    QVERIFY2(twice <= 5, qPrintable(QString::number(twice)));
    QVERIFY(onWorker([&] { return m_client->unsubscribe(mid.value); }).ok());
}

void TestTtRssClient::renameAndMoveAreUnsupported()
{
    REQUIRE_TTRSS();
    QCOMPARE(onWorker([&] { return m_client->renameFeed(m_bigFeedId, u"Renamed"_qs); }).kind,
             ServiceError::Kind::Unsupported);
    QCOMPARE(onWorker([&] { return m_client->moveFeed(m_bigFeedId, m_folderId); }).kind,
             ServiceError::Kind::Unsupported);
}

void TestTtRssClient::subscribeErrors()
{
    REQUIRE_TTRSS();
    const QString feedsUrl = env("TTRSS_FEEDS_URL");
    // tt-rss fetches the address when subscribing: a missing file is "could not fetch" (code 5).
    const auto missing = onWorker([&] { return m_client->subscribe(QUrl(feedsUrl + u"/missing.xml"), QString()); });
    QCOMPARE(missing.error.kind, ServiceError::Kind::Refused);
    QVERIFY2(missing.error.message.contains(u"could not fetch"), qPrintable(missing.error.message));
    // Not a web address at all (code 2).
    const auto invalid = onWorker([&] { return m_client->subscribe(QUrl(u"ftp://[::1]/feed.xml"_qs), QString()); });
    QCOMPARE(invalid.error.kind, ServiceError::Kind::Refused);
    QVERIFY2(invalid.error.message.contains(u"does not accept"), qPrintable(invalid.error.message));
}

// AccountSync through this client into a store: with tt-rss's counts, a sync reads the lists of the
// feeds whose counts differ, none when nothing changed, and the whole lists when they are due.
void TestTtRssClient::syncReadsTheListsOfFeedsThatDiffer()
{
    REQUIRE_TTRSS();
    auto client = makeClient(m_base, m_user, m_password);
    ListCounter counting(*client);
    QTemporaryDir dir;
    std::unique_ptr<Store> store; // made, used and closed on the worker thread, as the client
    qint64 accountId = -1;
    const auto sync = [&](qint64 fullReconcileSeconds) {
        return onWorker([&] {
            AccountSync::Options options;
            options.fullReconcileSeconds = fullReconcileSeconds;
            AccountSync run([&](const AccountSync::StoreJob &job) { job(*store); }, counting, accountId, options);
            return run.run();
        });
    };
    const auto scalar = [&](const QString &sql) {
        return onWorker([&] {
            QSqlQuery q(store->database().connection());
            return q.exec(sql) && q.next() ? q.value(0).toLongLong() : qint64{-1};
        });
    };
    const QString remoteUnread = u"SELECT count(*) FROM ttrss_user_entries WHERE unread"_qs;
    const QString localUnread = u"SELECT count(*) FROM unread_articles"_qs;
    const auto localUnreadOf = [&](const QString &remoteId) {
        return scalar(u"SELECT count(*) FROM unread_articles u JOIN account_articles aa ON aa.article_id = "
                      u"u.article_id WHERE aa.remote_id = '%1'"_qs.arg(remoteId));
    };
    QVERIFY(onWorker([&] {
        store = std::make_unique<Store>();
        if (!store->open(dir.filePath(u"tidings.sqlite"_qs)))
            return false;
        AccountRow account;
        account.kind = ServiceKind::TinyTinyRss;
        account.baseUrl = m_base;
        account.user = m_user;
        account.password.kind = PasswordSource::Kind::File;
        account.password.location = u"/dev/null"_qs;
        account.name = u"TT"_qs;
        AccountStore accounts(*store);
        const bool added = accounts.addAccount(account);
        accountId = account.id;
        return added;
    }));
    constexpr qint64 never = std::numeric_limits<qint64>::max();

    // The first sync: every article with its flags, and no list read.
    const AccountSyncResult first = sync(never);
    QVERIFY2(first.ok(), qPrintable(first.message()));
    QVERIFY(first.articles.added > 250);
    QCOMPARE(counting.wholeLists, 0);
    QCOMPARE(counting.feedListCalls, 0);
    QCOMPARE(scalar(localUnread), psql(remoteUnread).toLongLong());

    // Nothing new: no list.
    QVERIFY(sync(never).ok());
    QCOMPARE(counting.wholeLists, 0);
    QCOMPARE(counting.feedListCalls, 0);

    // Another device reads one of the big feed's: its unread list alone is read, and followed.
    const QString read = psql(u"SELECT ref_id FROM ttrss_user_entries WHERE unread AND feed_id = %1 ORDER BY ref_id "
                              u"LIMIT 1"_qs.arg(m_bigFeedId));
    QVERIFY(!read.isEmpty());
    psql(u"UPDATE ttrss_user_entries SET unread = false WHERE ref_id = "_qs + read);
    const AccountSyncResult changed = sync(never);
    QVERIFY2(changed.ok(), qPrintable(changed.message()));
    QCOMPARE(counting.wholeLists, 0);
    QCOMPARE(counting.unreadFeeds, QStringList{m_bigFeedId});
    QVERIFY(counting.starredFeeds.isEmpty());
    QCOMPARE(changed.flags.read, 1);
    QCOMPARE(localUnreadOf(read), 0);
    QCOMPARE(scalar(localUnread), psql(remoteUnread).toLongLong());

    // A swap in the big feed (it unread again, another read): the counts agree, so only the whole
    // lists, when they are due, find it.
    const QString other = psql(u"SELECT ref_id FROM ttrss_user_entries WHERE unread AND feed_id = %1 ORDER BY ref_id "
                               u"LIMIT 1"_qs.arg(m_bigFeedId));
    psql(u"UPDATE ttrss_user_entries SET unread = true WHERE ref_id = "_qs + read);
    psql(u"UPDATE ttrss_user_entries SET unread = false WHERE ref_id = "_qs + other);
    counting.reset();
    QVERIFY(sync(never).ok());
    QCOMPARE(counting.wholeLists, 0);
    QCOMPARE(counting.feedListCalls, 0);
    QCOMPARE(localUnreadOf(read), 0);
    const AccountSyncResult full = sync(0);
    QVERIFY2(full.ok(), qPrintable(full.message()));
    QCOMPARE(counting.wholeLists, 2);
    QCOMPARE(full.flags.read, 1);
    QCOMPARE(full.flags.unread, 1);
    QCOMPARE(localUnreadOf(read), 1);
    QCOMPARE(localUnreadOf(other), 0);
    QCOMPARE(scalar(localUnread), psql(remoteUnread).toLongLong());
    onWorker([&] {
        store.reset();
        return true;
    });
}

void TestTtRssClient::unsubscribe()
{
    REQUIRE_TTRSS();
    QVERIFY(onWorker([&] { return m_client->unsubscribe(m_smallFeedId); }).ok());
    const auto feeds = onWorker([&] { return m_client->feeds(); });
    QVERIFY2(feeds.ok(), qPrintable(describe(feeds.error)));
    QCOMPARE(feeds.value.size(), 1);
    QCOMPARE(feeds.value.first().id, m_bigFeedId);
    // Gone: a second time is refused.
    QCOMPARE(onWorker([&] { return m_client->unsubscribe(m_smallFeedId); }).kind, ServiceError::Kind::Refused);
}

QTEST_GUILESS_MAIN(TestTtRssClient)
#include "tst_ttrssclient.moc"
