// GReaderClient against a loopback Google Reader API service that answers as FreshRSS documents.
#include "GReaderTestServer.h"
#include "TestHttpServer.h"
#include "sync/accounts/GReaderClient.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QTcpServer>
#include <QThread>
#include <QtTest>

#include <memory>

using namespace tidings;
using namespace tidings::accounts;
using tidings::test::GReaderTestServer;
using tidings::test::TestHttpServer;
using tidings::test::TestResponse;

namespace {

const QString kUser = QStringLiteral("alice");
const QString kPassword = QStringLiteral("api-password");
constexpr qint64 kStart = 1750000000; // crawl times of the items, Unix seconds

QString kindName(ServiceError::Kind kind)
{
    switch (kind) {
    case ServiceError::Kind::None:
        return u"None"_qs;
    case ServiceError::Kind::WrongPassword:
        return u"WrongPassword"_qs;
    case ServiceError::Kind::ApiDisabled:
        return u"ApiDisabled"_qs;
    case ServiceError::Kind::NotAService:
        return u"NotAService"_qs;
    case ServiceError::Kind::Unreachable:
        return u"Unreachable"_qs;
    case ServiceError::Kind::RateLimited:
        return u"RateLimited"_qs;
    case ServiceError::Kind::ServerError:
        return u"ServerError"_qs;
    case ServiceError::Kind::Refused:
        return u"Refused"_qs;
    case ServiceError::Kind::Unsupported:
        return u"Unsupported"_qs;
    }
    return {};
}

// Several items share a crawl second, as when a service stores a feed's new items at once.
QList<quint64> addItems(GReaderTestServer &server, const QString &feedId, int count, qint64 from = kStart)
{
    QList<quint64> ids;
    for (int i = 0; i < count; ++i)
        ids.append(server.addItem(feedId, u"Item %1"_qs.arg(i), from + i / 7));
    return ids;
}

QStringList longIds(const QList<quint64> &ids)
{
    QStringList all;
    for (quint64 id : ids)
        all.append(GReaderTestServer::longId(id));
    return all;
}

QSet<QString> asSet(const QStringList &list)
{
    return {list.cbegin(), list.cend()};
}

// Every article after the cursor, calling until the service has no more; the calls are counted.
QList<RemoteArticle> drain(GReaderClient &client, QString &cursor, int *calls = nullptr)
{
    QList<RemoteArticle> all;
    for (int guard = 0; guard < 100; ++guard) {
        const ServiceResult<ArticleBatch> batch = client.articlesAfter(cursor);
        if (!batch.ok()) {
            qWarning() << "articlesAfter failed:" << batch.error.message;
            return all;
        }
        if (calls)
            ++*calls;
        all += batch.value.articles;
        cursor = batch.value.nextCursor;
        if (!batch.value.more)
            break;
    }
    return all;
}

} // namespace

class TestGReaderClient : public QObject
{
    Q_OBJECT

    QNetworkAccessManager *m_network = nullptr;

    std::unique_ptr<GReaderClient> client(const GReaderTestServer &server, GReaderClient::Limits limits = {},
                                          Fetcher::Options options = {})
    {
        return std::make_unique<GReaderClient>(m_network, server.baseUrl(), kUser, kPassword, options, limits);
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setApplicationVersion(u"0.1.0"_qs);
        m_network = new QNetworkAccessManager(this);
    }

    void loginAndHeaders()
    {
        GReaderTestServer server(kUser, kPassword);
        QVERIFY(server.listen());
        server.addFeed(u"Blog"_qs, u"https://blog.example/feed"_qs);
        auto c = client(server);
        const ServiceError e = c->login();
        QVERIFY2(e.ok(), qPrintable(e.message));
        QVERIFY(c->feeds().ok());
        QCOMPARE(server.calls("accounts/ClientLogin"), 1);

        const QList<test::RecordedRequest> &requests = server.http().requests();
        QCOMPARE(requests.size(), 2);
        // The password travels in the body, never in the address.
        QCOMPARE(requests[0].method, QByteArray("POST"));
        QVERIFY(!requests[0].path.contains(kPassword.toUtf8()));
        QVERIFY(requests[0].body.contains(QByteArray("Passwd=" + kPassword.toUtf8())));
        for (const test::RecordedRequest &r : requests)
            QCOMPARE(r.headers.value("user-agent"), Fetcher::userAgent());
        QVERIFY(requests[1].headers.value("authorization").startsWith("GoogleLogin auth="));
    }

    void freshRssOwnAddress()
    {
        GReaderTestServer server(kUser, kPassword);
        QVERIFY(server.listen());
        server.addFeed(u"Blog"_qs, u"https://blog.example/feed"_qs);
        // What the browser shows, not the API address FreshRSS gives under "Your API address".
        const QUrl site = server.http().url(u"/"_qs);
        GReaderClient c(m_network, site, kUser, kPassword);
        const ServiceError e = c.login();
        QVERIFY2(e.ok(), qPrintable(e.message));
        QCOMPARE(c.baseUrl(), server.baseUrl());
        QCOMPARE(c.feeds().value.size(), 1);

        // A wrong password there is still said as such.
        GReaderClient wrong(m_network, site, kUser, u"nope"_qs);
        QCOMPARE(kindName(wrong.login().kind), u"WrongPassword"_qs);
        QCOMPARE(wrong.baseUrl(), server.baseUrl());
    }

    void wrongPassword()
    {
        GReaderTestServer server(kUser, u"another"_qs);
        QVERIFY(server.listen());
        auto c = client(server);
        const ServiceError e = c->login();
        QCOMPARE(kindName(e.kind), u"WrongPassword"_qs);
        QVERIFY(!e.message.isEmpty());
        // A call without a login tries once, and says the same.
        const auto feeds = c->feeds();
        QCOMPARE(kindName(feeds.error.kind), u"WrongPassword"_qs);
        QCOMPARE(server.calls("accounts/ClientLogin"), 2);
        QCOMPARE(server.calls("reader/api/0/subscription/list"), 0);
    }

    void apiDisabled()
    {
        GReaderTestServer server(kUser, kPassword);
        QVERIFY(server.listen());
        server.setApiEnabled(false);
        auto c = client(server);
        const ServiceError e = c->login();
        QCOMPARE(kindName(e.kind), u"ApiDisabled"_qs);
        QVERIFY(e.message.contains(u"API access"_qs));

        // Another 503 at login is the service's trouble, not a setting.
        server.setApiEnabled(true);
        TestResponse down;
        down.status = 503;
        down.reason = "Service Unavailable";
        down.headers = {{"Content-Type", "text/html"}, {"Retry-After", "30"}};
        down.body = "<html><body>Maintenance</body></html>";
        server.failNext("accounts/ClientLogin", down);
        const ServiceError busy = c->login();
        QCOMPARE(kindName(busy.kind), u"ServerError"_qs);
        QCOMPARE(busy.retryAfterSeconds, 30);
        QVERIFY(c->login().ok());
    }

    void notAService_data()
    {
        QTest::addColumn<bool>("htmlPage");
        QTest::newRow("an HTML page") << true;
        QTest::newRow("404") << false;
    }

    void notAService()
    {
        QFETCH(bool, htmlPage);
        TestHttpServer site;
        QVERIFY(site.listen());
        TestResponse page;
        page.headers = {{"Content-Type", "text/html; charset=utf-8"}};
        page.body = "<!DOCTYPE html><html><head><title>A blog</title></head><body>Hello</body></html>";
        if (htmlPage)
            site.route("/api/greader.php/accounts/ClientLogin", page);
        GReaderClient c(m_network, site.url(u"/api/greader.php"_qs), kUser, kPassword);
        const ServiceError e = c.login();
        QCOMPARE(kindName(e.kind), u"NotAService"_qs);
        QVERIFY(e.message.contains(u"/api/greader.php"_qs));

        // The site's own address: FreshRSS's API place under it is tried too, then the address kept.
        GReaderClient atSite(m_network, site.url(u"/"_qs), kUser, kPassword);
        QCOMPARE(kindName(atSite.login().kind), u"NotAService"_qs);
        QCOMPARE(atSite.baseUrl(), site.url(u"/"_qs));
        QCOMPARE(site.requestsFor("/api/greader.php/accounts/ClientLogin").size(), 2);
    }

    void unreachable()
    {
        quint16 port = 0;
        {
            QTcpServer closed;
            QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
            port = closed.serverPort();
        }
        GReaderClient c(m_network, QUrl(u"http://127.0.0.1:%1/api/greader.php"_qs.arg(port)), kUser, kPassword);
        const ServiceError e = c.login();
        QCOMPARE(kindName(e.kind), u"Unreachable"_qs);
        QVERIFY(!e.message.isEmpty());
    }

    void feedsAndFolders_data()
    {
        QTest::addColumn<bool>("userNumberInLabels");
        QTest::newRow("FreshRSS: user/-/label") << false;
        QTest::newRow("Miniflux: user/1/label") << true;
    }

    void feedsAndFolders()
    {
        QFETCH(bool, userNumberInLabels);
        GReaderTestServer server(kUser, kPassword);
        QVERIFY(server.listen());
        server.setUserNumberInLabels(userNumberInLabels);
        server.addFolder(u"Empty"_qs);
        const QString blog = server.addFeed(u"Blog"_qs, u"https://blog.example/feed"_qs, u"Tech"_qs);
        const QString shop = server.addFeed(u"Shop news"_qs, u"https://shop.example/rss"_qs, u"Shops & more"_qs);
        const QString loose = server.addFeed(u"Loose"_qs, u"https://loose.example/atom.xml"_qs);
        auto c = client(server);

        const auto feeds = c->feeds();
        QVERIFY2(feeds.ok(), qPrintable(feeds.error.message));
        QCOMPARE(feeds.value.size(), 3);
        QCOMPARE(feeds.value[0].id, blog);
        QCOMPARE(feeds.value[0].title, u"Blog"_qs);
        QCOMPARE(feeds.value[0].url, QUrl(u"https://blog.example/feed"_qs));
        QCOMPARE(feeds.value[0].siteUrl, QUrl(u"https://blog.example/"_qs));
        QCOMPARE(feeds.value[0].folderId, u"user/-/label/Tech"_qs);
        QCOMPARE(feeds.value[1].id, shop);
        QCOMPARE(feeds.value[1].folderId, u"user/-/label/Shops & more"_qs);
        QCOMPARE(feeds.value[2].id, loose);
        QCOMPARE(feeds.value[2].folderId, QString());

        const auto folders = c->folders();
        QVERIFY2(folders.ok(), qPrintable(folders.error.message));
        // Labels of folders only: not the starred state, not FreshRSS's article label "Later".
        QStringList ids;
        for (const RemoteFolder &f : folders.value)
            ids.append(f.id + u'=' + f.title);
        QCOMPARE(ids,
                 QStringList({u"user/-/label/Empty=Empty"_qs, u"user/-/label/Tech=Tech"_qs,
                              u"user/-/label/Shops & more=Shops & more"_qs}));
    }

    void articlesPageAndResume()
    {
        GReaderTestServer server(kUser, kPassword);
        QVERIFY(server.listen());
        const QString feed = server.addFeed(u"Blog"_qs, u"https://blog.example/feed"_qs);
        const QList<quint64> ids = addItems(server, feed, 600);
        // Read elsewhere before this device's first sync: the first sync leaves out read history.
        for (int i = 0; i < 10; ++i)
            server.setRead(ids[i], true);
        auto c = client(server, {.idsPerPage = 250, .idsPerList = 10000, .idsPerPost = 100});

        QString cursor;
        int calls = 0;
        const QList<RemoteArticle> first = drain(*c, cursor, &calls);
        QCOMPARE(first.size(), 590);
        QCOMPARE(calls, 3); // 590 ids in pages of 250
        QCOMPARE(server.calls("reader/api/0/stream/items/ids"), 3);
        QCOMPARE(server.calls("reader/api/0/stream/items/contents"), 3 + 3 + 1); // 100 ids a POST
        QCOMPARE(first.front().id, GReaderTestServer::longId(ids[10]));
        QCOMPARE(first.back().id, GReaderTestServer::longId(ids.back()));
        QSet<QString> got;
        for (const RemoteArticle &a : first)
            got.insert(a.id);
        QCOMPARE(got, asSet(longIds(ids.mid(10))));
        const RemoteArticle &sample = first.front();
        QCOMPARE(sample.feedId, feed);
        QCOMPARE(sample.title, u"Item 10"_qs);
        QCOMPARE(sample.link, QUrl(u"https://site.example/%1"_qs.arg(ids[10])));
        QCOMPARE(sample.contentHtml, u"<p>Item 10</p>"_qs);
        QCOMPARE(sample.publishedAt, kStart + 10 / 7 - 60);
        QVERIFY(sample.unread);
        QVERIFY(!sample.starred);

        // Nothing new: nothing again.
        QCOMPARE(drain(*c, cursor).size(), 0);

        // New items, one in the same second as the newest already given, and one already read and
        // starred on the phone: only these come, with their flags.
        const qint64 newest = kStart + 599 / 7;
        const quint64 sameSecond = server.addItem(feed, u"Same second"_qs, newest);
        const quint64 later = server.addItem(feed, u"Later"_qs, newest + 30);
        const quint64 readOnPhone = server.addItem(feed, u"Read on the phone"_qs, newest + 31);
        server.setRead(readOnPhone, true);
        server.setStarred(readOnPhone, true);
        const QList<RemoteArticle> next = drain(*c, cursor);
        QStringList nextIds;
        for (const RemoteArticle &a : next)
            nextIds.append(a.id);
        QCOMPARE(nextIds, longIds({sameSecond, later, readOnPhone}));
        QVERIFY(next[0].unread);
        QVERIFY(!next[2].unread);
        QVERIFY(next[2].starred);
        QCOMPARE(drain(*c, cursor).size(), 0);
    }

    void failedBatchLosesNothing()
    {
        GReaderTestServer server(kUser, kPassword);
        QVERIFY(server.listen());
        const QString feed = server.addFeed(u"Blog"_qs, u"https://blog.example/feed"_qs);
        const QList<quint64> ids = addItems(server, feed, 30);
        auto c = client(server, {.idsPerPage = 20, .idsPerList = 10000, .idsPerPost = 10});
        const auto firstPage = c->articlesAfter({});
        QVERIFY(firstPage.ok());
        QCOMPARE(firstPage.value.articles.size(), 20);
        QVERIFY(firstPage.value.more);

        // The contents of the next page fail: no batch, and the cursor stays where it was.
        TestResponse broken;
        broken.status = 502;
        broken.reason = "Bad Gateway";
        server.failNext("reader/api/0/stream/items/contents", broken);
        const auto failed = c->articlesAfter(firstPage.value.nextCursor);
        QCOMPARE(kindName(failed.error.kind), u"ServerError"_qs);
        QVERIFY(failed.value.articles.isEmpty());
        const auto again = c->articlesAfter(firstPage.value.nextCursor);
        QVERIFY(again.ok());
        QCOMPARE(again.value.articles.size(), 10);
        QCOMPARE(again.value.articles.back().id, GReaderTestServer::longId(ids.back()));
        QVERIFY(!again.value.more);
    }

    void twoDevicesConverge()
    {
        GReaderTestServer server(kUser, kPassword);
        QVERIFY(server.listen());
        const QString feed = server.addFeed(u"Blog"_qs, u"https://blog.example/feed"_qs);
        const QList<quint64> ids = addItems(server, feed, 5);
        auto desk = client(server);
        auto phone = client(server);

        QString deskCursor;
        QString phoneCursor;
        QCOMPARE(drain(*desk, deskCursor).size(), 5);
        QCOMPARE(drain(*phone, phoneCursor).size(), 5);

        // The phone reads two and stars one, and subscribes to a feed; the desk sees it all.
        QVERIFY(phone->setFlag(Flag::Unread, false, longIds(ids.mid(0, 2))).ok());
        QVERIFY(phone->setFlag(Flag::Starred, true, longIds({ids[4]})).ok());
        const auto added = phone->subscribe(QUrl(u"https://other.example/feed"_qs), {});
        QVERIFY(added.ok());
        QCOMPARE(asSet(desk->unreadIds().value), asSet(longIds(ids.mid(2))));
        QCOMPARE(desk->starredIds().value, longIds({ids[4]}));
        QStringList deskFeeds;
        for (const RemoteFeed &f : desk->feeds().value)
            deskFeeds.append(f.id);
        QCOMPARE(deskFeeds, QStringList({feed, added.value}));

        // The desk marks one unread again and unstars; the phone sees that.
        QVERIFY(desk->setFlag(Flag::Unread, true, longIds({ids[0]})).ok());
        QVERIFY(desk->setFlag(Flag::Starred, false, longIds({ids[4]})).ok());
        QCOMPARE(asSet(phone->unreadIds().value), asSet(longIds({ids[0], ids[2], ids[3], ids[4]})));
        QVERIFY(phone->starredIds().value.isEmpty());
        // And a new item reaches both once.
        const quint64 fresh = server.addItem(feed, u"Fresh"_qs, kStart + 500);
        QCOMPARE(drain(*desk, deskCursor).size(), 1);
        const QList<RemoteArticle> onPhone = drain(*phone, phoneCursor);
        QCOMPARE(onPhone.size(), 1);
        QCOMPARE(onPhone[0].id, GReaderTestServer::longId(fresh));
    }

    void firstSyncWithNothingUnread()
    {
        GReaderTestServer server(kUser, kPassword);
        QVERIFY(server.listen());
        const QString feed = server.addFeed(u"Blog"_qs, u"https://blog.example/feed"_qs);
        for (quint64 id : addItems(server, feed, 20))
            server.setRead(id, true);
        auto c = client(server);
        QString cursor;
        QCOMPARE(drain(*c, cursor).size(), 0);
        // Still no read history on the next call; a new item comes.
        QCOMPARE(drain(*c, cursor).size(), 0);
        const quint64 fresh = server.addItem(feed, u"Fresh"_qs, kStart + 100);
        const QList<RemoteArticle> next = drain(*c, cursor);
        QCOMPARE(next.size(), 1);
        QCOMPARE(next[0].id, GReaderTestServer::longId(fresh));
    }

    void idForms_data()
    {
        QTest::addColumn<int>("form");
        QTest::newRow("short decimal") << int(GReaderTestServer::IdForm::Decimal);
        QTest::newRow("short signed decimal") << int(GReaderTestServer::IdForm::SignedDecimal);
        QTest::newRow("long") << int(GReaderTestServer::IdForm::Long);
    }

    void idForms()
    {
        QFETCH(int, form);
        GReaderTestServer server(kUser, kPassword);
        QVERIFY(server.listen());
        server.setIdForm(GReaderTestServer::IdForm(form));
        const QString feed = server.addFeed(u"Blog"_qs, u"https://blog.example/feed"_qs);
        // The top bit set: negative as a signed 64-bit number.
        const quint64 high = server.addItem(feed, u"High"_qs, kStart, 0xF00000000000ABCDULL);
        const quint64 low = server.addItem(feed, u"Low"_qs, kStart + 1, 42);
        auto c = client(server);

        const auto unread = c->unreadIds();
        QVERIFY2(unread.ok(), qPrintable(unread.error.message));
        QCOMPARE(asSet(unread.value),
                 QSet<QString>({u"tag:google.com,2005:reader/item/f00000000000abcd"_qs,
                                u"tag:google.com,2005:reader/item/000000000000002a"_qs}));
        QString cursor;
        const QList<RemoteArticle> articles = drain(*c, cursor);
        QCOMPARE(articles.size(), 2);
        QCOMPARE(articles[0].id, GReaderTestServer::longId(high));
        QCOMPARE(articles[1].id, GReaderTestServer::longId(low));
        QVERIFY(c->setFlag(Flag::Starred, true, {articles[0].id}).ok());
        QVERIFY(server.item(high)->starred);
    }

    void longItemIds_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        const QString prefix = u"tag:google.com,2005:reader/item/"_qs;
        QTest::newRow("decimal") << u"1750000000000001"_qs << prefix + u"0006379da05b6001"_qs;
        QTest::newRow("negative decimal") << u"-1"_qs << prefix + u"ffffffffffffffff"_qs;
        QTest::newRow("largest unsigned") << u"18446744073709551615"_qs << prefix + u"ffffffffffffffff"_qs;
        QTest::newRow("long, upper case") << prefix + u"00000000000000FF"_qs << prefix + u"00000000000000ff"_qs;
        QTest::newRow("long, unpadded") << prefix + u"ff"_qs << prefix + u"00000000000000ff"_qs;
        QTest::newRow("too long") << prefix + u"100000000000000000"_qs << QString();
        QTest::newRow("not a number") << u"abc"_qs << QString();
        QTest::newRow("empty") << QString() << QString();
    }

    void longItemIds()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(GReaderClient::longItemId(input), expected);
    }

    void flagsInFewCalls()
    {
        GReaderTestServer server(kUser, kPassword);
        QVERIFY(server.listen());
        const QString feed = server.addFeed(u"Blog"_qs, u"https://blog.example/feed"_qs);
        const QList<quint64> ids = addItems(server, feed, 600);
        auto c = client(server, {.idsPerPage = 1000, .idsPerList = 100, .idsPerPost = 250});

        // Ids in any form; an unknown id is passed on and ignored, a malformed one is dropped.
        QStringList all = longIds(ids);
        all[1] = QString::number(ids[1]);
        all.append(GReaderTestServer::longId(12345));
        all.append(u"not an id"_qs);
        QVERIFY(c->setFlag(Flag::Unread, false, all).ok());
        QCOMPARE(server.calls("reader/api/0/edit-tag"), 3); // 601 ids, 250 a call
        QCOMPARE(server.editTagIds()[0].size(), 250);
        QCOMPARE(server.editTagIds()[2].size(), 101);
        for (quint64 id : ids)
            QVERIFY(server.item(id)->read);

        QVERIFY(c->setFlag(Flag::Unread, true, longIds(ids.mid(0, 120))).ok());
        QVERIFY(c->setFlag(Flag::Starred, true, longIds(ids.mid(100, 300))).ok());
        QVERIFY(c->setFlag(Flag::Starred, false, longIds(ids.mid(100, 10))).ok());
        QCOMPARE(server.calls("reader/api/0/edit-tag"), 3 + 1 + 2 + 1);
        QVERIFY(!server.item(ids[0])->read);
        QVERIFY(server.item(ids[120])->read);

        // Another device reads one and stars one.
        server.setRead(ids[5], true);
        server.setStarred(ids[0], true);

        const auto unread = c->unreadIds();
        QVERIFY2(unread.ok(), qPrintable(unread.error.message));
        QSet<QString> expectedUnread = asSet(longIds(ids.mid(0, 120)));
        expectedUnread.remove(GReaderTestServer::longId(ids[5]));
        QCOMPARE(asSet(unread.value), expectedUnread);
        QCOMPARE(unread.value.size(), 119);

        const int idCallsBefore = server.calls("reader/api/0/stream/items/ids");
        const auto starred = c->starredIds();
        QVERIFY2(starred.ok(), qPrintable(starred.error.message));
        QSet<QString> expectedStarred = asSet(longIds(ids.mid(110, 290)));
        expectedStarred.insert(GReaderTestServer::longId(ids[0]));
        QCOMPARE(asSet(starred.value), expectedStarred);
        // 291 ids, 100 a page: the continuations are followed to the end.
        QCOMPARE(server.calls("reader/api/0/stream/items/ids") - idCallsBefore, 3);

        // No ids, no call.
        QVERIFY(c->setFlag(Flag::Starred, true, {}).ok());
        QCOMPARE(server.calls("reader/api/0/edit-tag"), 7);
    }

    void expiredTokenIsFetchedAgain()
    {
        GReaderTestServer server(kUser, kPassword);
        QVERIFY(server.listen());
        const QString feed = server.addFeed(u"Blog"_qs, u"https://blog.example/feed"_qs);
        const QList<quint64> ids = addItems(server, feed, 3);
        auto c = client(server);
        QVERIFY(c->setFlag(Flag::Unread, false, longIds({ids[0]})).ok());
        QCOMPARE(server.calls("reader/api/0/token"), 1);
        QVERIFY(c->setFlag(Flag::Unread, false, longIds({ids[1]})).ok());
        QCOMPARE(server.calls("reader/api/0/token"), 1); // kept between calls
        QCOMPARE(server.calls("reader/api/0/edit-tag"), 2);

        server.expireToken();
        const ServiceError e = c->setFlag(Flag::Unread, false, longIds({ids[2]}));
        QVERIFY2(e.ok(), qPrintable(e.message));
        QVERIFY(server.item(ids[2])->read);
        QCOMPARE(server.calls("reader/api/0/token"), 2);
        QCOMPARE(server.calls("reader/api/0/edit-tag"), 4); // refused once, then repeated
        QCOMPARE(server.calls("accounts/ClientLogin"), 1);
    }

    void expiredLoginLogsInOnce_data()
    {
        QTest::addColumn<bool>("badTokenHeaderOnEvery401");
        QTest::newRow("401 alone") << false;
        QTest::newRow("FreshRSS: the bad-token header on every 401") << true;
    }

    void expiredLoginLogsInOnce()
    {
        QFETCH(bool, badTokenHeaderOnEvery401);
        GReaderTestServer server(kUser, kPassword);
        QVERIFY(server.listen());
        server.setBadTokenHeaderOnEvery401(badTokenHeaderOnEvery401);
        const QString feed = server.addFeed(u"Blog"_qs, u"https://blog.example/feed"_qs);
        const QList<quint64> ids = addItems(server, feed, 2);
        auto c = client(server);
        QVERIFY(c->feeds().ok());
        QCOMPARE(server.calls("accounts/ClientLogin"), 1);

        server.expireAuth();
        const auto feeds = c->feeds();
        QVERIFY2(feeds.ok(), qPrintable(feeds.error.message));
        QCOMPARE(feeds.value.size(), 1);
        QCOMPARE(server.calls("accounts/ClientLogin"), 2);
        QCOMPARE(server.calls("reader/api/0/subscription/list"), 3);

        // A state-changing call whose login expired.
        QVERIFY(c->setFlag(Flag::Starred, true, longIds({ids[0]})).ok());
        server.expireAuth();
        const ServiceError e = c->setFlag(Flag::Starred, true, longIds({ids[1]}));
        QVERIFY2(e.ok(), qPrintable(e.message));
        QVERIFY(server.item(ids[1])->starred);
        QCOMPARE(server.calls("accounts/ClientLogin"), 3);

        // The password changed on the service: one more login, then the error, no loop.
        server.expireAuth();
        server.setPassword(u"changed"_qs);
        QCOMPARE(kindName(c->feeds().error.kind), u"WrongPassword"_qs);
        QCOMPARE(server.calls("accounts/ClientLogin"), 4);
        QCOMPARE(kindName(c->setFlag(Flag::Starred, false, longIds({ids[1]})).kind), u"WrongPassword"_qs);
        QCOMPARE(server.calls("accounts/ClientLogin"), 5);
    }

    void rateLimitedAndServerErrors()
    {
        GReaderTestServer server(kUser, kPassword);
        QVERIFY(server.listen());
        server.addFeed(u"Blog"_qs, u"https://blog.example/feed"_qs);
        auto c = client(server);
        TestResponse tooMany;
        tooMany.status = 429;
        tooMany.reason = "Too Many Requests";
        tooMany.headers = {{"Retry-After", "120"}, {"Content-Type", "text/plain"}};
        server.failNext("reader/api/0/subscription/list", tooMany);
        const auto limited = c->feeds();
        QCOMPARE(kindName(limited.error.kind), u"RateLimited"_qs);
        QCOMPARE(limited.error.retryAfterSeconds, 120);
        QVERIFY(limited.error.message.contains(u"120"_qs));

        TestResponse broken;
        broken.status = 502;
        broken.reason = "Bad Gateway";
        server.failNext("reader/api/0/tag/list", broken);
        QCOMPARE(kindName(c->folders().error.kind), u"ServerError"_qs);

        TestResponse garbage;
        garbage.headers = {{"Content-Type", "application/json"}};
        garbage.body = "{\"subscriptions\": [";
        server.failNext("reader/api/0/subscription/list", garbage);
        QCOMPARE(kindName(c->feeds().error.kind), u"ServerError"_qs);

        // And the next call works again.
        QVERIFY(c->feeds().ok());
    }

    void silentServerTimesOut()
    {
        GReaderTestServer server(kUser, kPassword);
        QVERIFY(server.listen());
        TestResponse silent;
        silent.delayMs = 10000;
        server.failNext("reader/api/0/subscription/list", silent);
        Fetcher::Options options;
        options.timeoutMs = 300;
        auto c = client(server, {}, options);
        QElapsedTimer clock;
        clock.start();
        const auto feeds = c->feeds();
        QCOMPARE(kindName(feeds.error.kind), u"Unreachable"_qs);
        QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));

        // An answer that drips in a byte at a time is cut off by the deadline for the whole of it.
        TestResponse drip;
        drip.headers = {{"Content-Type", "application/json"}};
        drip.body = QByteArray(200, ' ') + "{\"tags\": []}";
        drip.dripIntervalMs = 50;
        server.failNext("reader/api/0/tag/list", drip);
        options.timeoutMs = 1000;
        options.deadlineMs = 600;
        auto impatient = client(server, {}, options);
        clock.restart();
        const auto folders = impatient->folders();
        QCOMPARE(kindName(folders.error.kind), u"Unreachable"_qs);
        QVERIFY(clock.elapsed() < 5000);
    }

    void sizeCap()
    {
        GReaderTestServer server(kUser, kPassword);
        QVERIFY(server.listen());
        for (int i = 0; i < 50; ++i)
            server.addFeed(u"Feed %1"_qs.arg(i), u"https://feeds.example/%1"_qs.arg(i));
        Fetcher::Options options;
        options.maxBytes = 2000;
        auto c = client(server, {}, options);
        const auto feeds = c->feeds();
        QCOMPARE(kindName(feeds.error.kind), u"ServerError"_qs);
        QVERIFY(feeds.error.message.contains(u"MB"_qs));
    }

    void subscriptionsChangeTheService()
    {
        GReaderTestServer server(kUser, kPassword);
        QVERIFY(server.listen());
        server.addFolder(u"Tech"_qs);
        server.addFeed(u"Old"_qs, u"https://old.example/feed"_qs, u"Tech"_qs);
        auto c = client(server);

        // A '+' and a space must reach the service as they are, not as a space and a '+'.
        const QUrl url(u"https://new.example/feed?tag=c%2B%2B&q=a%20b"_qs);
        const auto subscribed = c->subscribe(url, u"user/-/label/Tech"_qs);
        QVERIFY2(subscribed.ok(), qPrintable(subscribed.error.message));
        QCOMPARE(server.feeds().size(), 2);
        const GReaderTestServer::Feed added = server.feeds().last();
        QCOMPARE(QUrl(added.url), url);
        QCOMPARE(subscribed.value, added.id);
        QCOMPARE(added.folder, u"Tech"_qs);

        QVERIFY(c->renameFeed(added.id, u"New & improved"_qs).ok());
        QCOMPARE(server.feeds().last().title, u"New & improved"_qs);

        QVERIFY(c->moveFeed(added.id, u"user/-/label/News"_qs).ok());
        QCOMPARE(server.feeds().last().folder, u"News"_qs);
        QVERIFY(server.folders().contains(u"News"_qs));
        QVERIFY(c->moveFeed(added.id, QString()).ok());
        QCOMPARE(server.feeds().last().folder, QString());
        QCOMPARE(kindName(c->moveFeed(u"feed/999"_qs, QString()).kind), u"Refused"_qs);

        QVERIFY(c->unsubscribe(added.id).ok());
        QCOMPARE(server.feeds().size(), 1);
        QCOMPARE(server.feeds().first().title, u"Old"_qs);
        // Gone already: the service refuses, and says so.
        QCOMPARE(kindName(c->unsubscribe(added.id).kind), u"Refused"_qs);
        // Every change carried the token.
        for (const test::RecordedRequest &r : server.http().requests()) {
            if (r.path.endsWith("subscription/edit"))
                QVERIFY(r.body.contains("&T=token-"));
        }
    }

    // Not a call Tidings makes, but the service has it: the test server's own check, through plain HTTP.
    void serverMarksAllAsRead()
    {
        GReaderTestServer server(kUser, kPassword);
        QVERIFY(server.listen());
        const QString feed = server.addFeed(u"Blog"_qs, u"https://blog.example/feed"_qs);
        const quint64 before = server.addItem(feed, u"Before"_qs, kStart);
        const quint64 after = server.addItem(feed, u"After"_qs, kStart + 100);
        auto post = [&](const QString &endpoint, const QByteArray &body, const QByteArray &auth) {
            QNetworkRequest request(QUrl(server.baseUrl().toString() + u'/' + endpoint));
            request.setHeader(QNetworkRequest::ContentTypeHeader,
                              QByteArrayLiteral("application/x-www-form-urlencoded"));
            if (!auth.isEmpty())
                request.setRawHeader("Authorization", "GoogleLogin auth=" + auth);
            std::unique_ptr<QNetworkReply> reply(m_network->post(request, body));
            QSignalSpy finished(reply.get(), &QNetworkReply::finished);
            if (!reply->isFinished())
                finished.wait(10000);
            return std::pair(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll());
        };
        const auto [loginStatus, login] = post(u"accounts/ClientLogin"_qs, "Email=alice&Passwd=api-password", {});
        QCOMPARE(loginStatus, 200);
        const QByteArray auth = login.mid(login.indexOf("Auth=") + 5).trimmed();
        const QByteArray token = QByteArray("token-1").leftJustified(57, 'Z');
        const QByteArray ts = QByteArray::number((kStart + 50) * 1000000);
        // Without T it is refused, with the bad-token header's status.
        QCOMPARE(post(u"reader/api/0/mark-all-as-read"_qs, "s=" + QUrl::toPercentEncoding(feed) + "&ts=" + ts, auth)
                         .first,
                 401);
        const auto [status, body] = post(u"reader/api/0/mark-all-as-read"_qs,
                                         "s=" + QUrl::toPercentEncoding(feed) + "&ts=" + ts + "&T=" + token, auth);
        QCOMPARE(status, 200);
        QCOMPARE(body, QByteArray("OK"));
        QVERIFY(server.item(before)->read);
        QVERIFY(!server.item(after)->read); // stored after ts: still unread
    }

    void fromAWorkerThread()
    {
        GReaderTestServer server(kUser, kPassword);
        QVERIFY(server.listen());
        server.addFeed(u"Blog"_qs, u"https://blog.example/feed"_qs);
        const QUrl base = server.baseUrl();
        QList<RemoteFeed> feeds;
        ServiceError error;
        std::unique_ptr<QThread> worker(QThread::create([&] {
            QNetworkAccessManager network;
            GReaderClient c(&network, base, kUser, kPassword);
            const auto result = c.feeds();
            feeds = result.value;
            error = result.error;
        }));
        worker->start();
        // The server answers on this thread while the worker blocks in its own event loop.
        QTRY_VERIFY_WITH_TIMEOUT(worker->isFinished(), 15000);
        QVERIFY2(error.ok(), qPrintable(error.message));
        QCOMPARE(feeds.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestGReaderClient)
#include "tst_greaderclient.moc"
