// AccountSync against the loopback Google Reader API service: two Tidings stores act as two devices
// on one account, the server's own methods as a third device.
#include "GReaderTestServer.h"
#include "storage/ArticleQueries.h"
#include "storage/StorageThread.h"
#include "storage/Store.h"
#include "sync/accounts/AccountStore.h"
#include "sync/accounts/AccountSync.h"
#include "sync/accounts/AccountSyncWorker.h"
#include "sync/accounts/GReaderClient.h"

#include <QNetworkAccessManager>
#include <QSet>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

#include <limits>
#include <memory>

using namespace tidings;
using namespace tidings::accounts;
using tidings::test::GReaderTestServer;
using tidings::test::TestResponse;

namespace {

const QString kUser = QStringLiteral("alice");
const QString kPassword = QStringLiteral("api-password");
constexpr qint64 kStart = 1750000000;

// A FeedService that passes every call to another, and fails chosen ones: a kill, a dropped
// connection, at a chosen moment of a sync.
class FlakyService final : public FeedService
{
public:
    explicit FlakyService(FeedService &inner)
        : m_inner(inner)
    { }
    int failArticlesAfterCall = -1; // the n-th call (from 0) fails
    bool failSetFlagBeforeSending = false;
    bool failSetFlagAfterSending = false; // the service takes it, the answer never arrives
    int articlesAfterCalls = 0;

    [[nodiscard]] ServiceKind kind() const override { return m_inner.kind(); }
    ServiceError login() override { return m_inner.login(); }
    [[nodiscard]] ServiceResult<QList<RemoteFolder>> folders() override { return m_inner.folders(); }
    [[nodiscard]] ServiceResult<QList<RemoteFeed>> feeds() override { return m_inner.feeds(); }
    [[nodiscard]] ServiceResult<ArticleBatch> articlesAfter(const QString &cursor) override
    {
        if (articlesAfterCalls++ == failArticlesAfterCall)
            return {{}, lost()};
        return m_inner.articlesAfter(cursor);
    }
    [[nodiscard]] ServiceResult<QList<RemoteArticle>> articles(const QStringList &ids) override
    {
        return m_inner.articles(ids);
    }
    [[nodiscard]] ServiceResult<QStringList> unreadIds() override { return m_inner.unreadIds(); }
    [[nodiscard]] ServiceResult<QStringList> starredIds() override { return m_inner.starredIds(); }
    ServiceError setFlag(Flag flag, bool on, const QStringList &ids) override
    {
        if (failSetFlagBeforeSending)
            return lost();
        const ServiceError e = m_inner.setFlag(flag, on, ids);
        return failSetFlagAfterSending ? lost() : e;
    }
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

private:
    static ServiceError lost() { return {ServiceError::Kind::Unreachable, u"connection lost"_qs, -1}; }
    FeedService &m_inner;
};

// A service that counts, as tt-rss does (FeedService::flagCounts): the loopback Google Reader service's
// state, counted per feed, and its id lists cut to the feeds asked for. Counts the calls a sync makes
// for the whole lists and for the lists of some feeds.
class CountingService final : public FeedService
{
public:
    CountingService(FeedService &inner, const GReaderTestServer &server)
        : m_inner(inner)
        , m_server(server)
    { }
    int wholeListCalls = 0; // unreadIds() and starredIds()
    QList<QPair<Flag, QStringList>> feedListCalls; // flaggedIds(flag, feeds)

    void resetCalls()
    {
        wholeListCalls = 0;
        feedListCalls.clear();
    }
    // The feeds whose list of this flag was read, over all calls since the reset.
    [[nodiscard]] QSet<QString> feedsRead(Flag flag) const
    {
        QSet<QString> feeds;
        for (const auto &call : feedListCalls) {
            if (call.first == flag)
                feeds.unite(QSet<QString>(call.second.cbegin(), call.second.cend()));
        }
        return feeds;
    }

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
        ++wholeListCalls;
        return m_inner.unreadIds();
    }
    [[nodiscard]] ServiceResult<QStringList> starredIds() override
    {
        ++wholeListCalls;
        return m_inner.starredIds();
    }
    [[nodiscard]] ServiceResult<FlagCounts> flagCounts() override
    {
        ServiceResult<FlagCounts> result;
        const ServiceResult<QStringList> unread = m_inner.unreadIds();
        const ServiceResult<QStringList> starred = m_inner.starredIds();
        result.error = !unread.ok() ? unread.error : starred.error;
        for (const QString &id : unread.value)
            ++result.value.feeds[feedOf(id)].unread;
        for (const QString &id : starred.value)
            ++result.value.feeds[feedOf(id)].starred;
        result.value.counted = true;
        return result;
    }
    [[nodiscard]] ServiceResult<QStringList> flaggedIds(Flag flag, const QStringList &feeds) override
    {
        feedListCalls.append({flag, feeds});
        ServiceResult<QStringList> all = flag == Flag::Unread ? m_inner.unreadIds() : m_inner.starredIds();
        QStringList ids;
        for (const QString &id : std::as_const(all.value)) {
            if (feeds.contains(feedOf(id)))
                ids.append(id);
        }
        all.value = ids;
        return all;
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

private:
    // The item's feed, from its long id (".../item/" and 16 hex digits).
    QString feedOf(const QString &longId) const
    {
        const GReaderTestServer::Item *item = m_server.item(longId.section(u'/', -1).toULongLong(nullptr, 16));
        return item ? item->feedId : QString();
    }
    FeedService &m_inner;
    const GReaderTestServer &m_server;
};

// One Tidings data folder with the account in it.
struct Device
{
    QTemporaryDir dir;
    Store store;
    qint64 accountId = -1;
    qint64 siteId = -1;

    bool open(const QUrl &baseUrl)
    {
        if (!dir.isValid() || !store.open(dir.filePath(u"tidings.sqlite"_qs)))
            return false;
        AccountRow a;
        a.kind = ServiceKind::GoogleReader;
        a.baseUrl = baseUrl;
        a.user = kUser;
        a.password.kind = PasswordSource::Kind::File;
        a.password.location = u"/dev/null"_qs;
        a.name = u"FreshRSS"_qs;
        AccountStore accounts(store);
        if (!accounts.addAccount(a)) {
            qWarning() << accounts.error();
            return false;
        }
        accountId = a.id;
        siteId = a.siteId;
        return true;
    }

    AccountSyncResult sync(FeedService &service, AccountSync::Options options = {})
    {
        AccountSync sync([this](const AccountSync::StoreJob &job) { job(store); }, service, accountId, options);
        return sync.run();
    }

    qint64 scalar(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery q(store.database().connection());
        q.prepare(sql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (!q.exec() || !q.next()) {
            qWarning() << sql << q.lastError().text();
            return -1;
        }
        return q.value(0).toLongLong();
    }

    qint64 articleId(quint64 remote)
    {
        return scalar(u"SELECT coalesce(max(article_id), -1) FROM account_articles WHERE remote_id = ?"_qs,
                      {GReaderTestServer::longId(remote)});
    }
    bool isUnread(quint64 remote)
    {
        return scalar(u"SELECT count(*) FROM unread_articles WHERE article_id = ?"_qs, {articleId(remote)}) == 1;
    }
    bool isStarred(quint64 remote)
    {
        return scalar(u"SELECT is_starred FROM articles WHERE id = ?"_qs, {articleId(remote)}) == 1;
    }
    qint64 articles() { return scalar(u"SELECT count(*) FROM articles"_qs); }
    qint64 journalRows() { return scalar(u"SELECT count(*) FROM account_journal"_qs); }
    // The counts the store keeps agree with the marks.
    bool countsAgree()
    {
        return scalar(u"SELECT count(*) FROM feeds f WHERE unread_count <> (SELECT count(*) FROM unread_articles u "
                      u"WHERE u.feed_id = f.id) OR article_count <> (SELECT count(*) FROM articles a "
                      u"WHERE a.feed_id = f.id)"_qs)
                == 0;
    }
    AccountRow account() { return *AccountStore(store).account(accountId); }
};

QString describe(const AccountSyncResult &r)
{
    return r.message();
}

int timesSent(const GReaderTestServer &server, quint64 id)
{
    int n = 0;
    for (const QStringList &call : server.editTagIds())
        n += int(call.count(GReaderTestServer::longId(id)));
    return n;
}

} // namespace

class TestAccountSync : public QObject
{
    Q_OBJECT

    QNetworkAccessManager *m_network = nullptr;

    std::unique_ptr<GReaderClient> client(const GReaderTestServer &server, const QString &password = kPassword)
    {
        return std::make_unique<GReaderClient>(m_network, server.baseUrl(), kUser, password);
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setApplicationVersion(u"0.1.0"_qs);
        m_network = new QNetworkAccessManager(this);
    }

    void initialSync()
    {
        GReaderTestServer server(kUser, kPassword);
        QVERIFY(server.listen());
        server.addFolder(u"Tech"_qs);
        const QString blog = server.addFeed(u"Blog"_qs, u"https://blog.example/feed"_qs, u"Tech"_qs);
        const QString news = server.addFeed(u"News"_qs, u"https://news.example/feed"_qs);
        QList<quint64> ids;
        for (int i = 0; i < 5; ++i)
            ids.append(server.addItem(blog, u"Blog %1"_qs.arg(i), kStart + i));
        for (int i = 0; i < 3; ++i)
            ids.append(server.addItem(news, u"News %1"_qs.arg(i), kStart + 10 + i));
        server.setStarred(ids[1], true);
        server.setRead(ids[2], true);
        server.setStarred(ids[2], true); // read and starred: it comes by the starred list
        server.setRead(ids[3], true); // read, not starred: nothing asks for it

        Device desk;
        QVERIFY(desk.open(server.baseUrl()));
        auto c = client(server);
        const AccountSyncResult r = desk.sync(*c);
        QVERIFY2(r.ok(), qPrintable(describe(r)));
        QCOMPARE(r.feeds.added, 2);
        QCOMPARE(desk.articles(), 7);
        QCOMPARE(desk.scalar(u"SELECT count(*) FROM feeds WHERE site_id = ?"_qs, {desk.siteId}), 2);
        QCOMPARE(desk.scalar(u"SELECT count(*) FROM account_feeds WHERE folder_id = 'user/-/label/Tech'"_qs), 1);
        QCOMPARE(desk.scalar(u"SELECT count(*) FROM account_folders"_qs), 1);
        QVERIFY(desk.articleId(ids[3]) < 0);
        QVERIFY(desk.isUnread(ids[0]));
        QVERIFY(desk.isUnread(ids[1]) && desk.isStarred(ids[1]));
        QVERIFY(!desk.isUnread(ids[2]) && desk.isStarred(ids[2]));
        QVERIFY(!desk.isStarred(ids[0]));
        QVERIFY(desk.countsAgree());
        QCOMPARE(desk.journalRows(), 0); // the service's flags are not changes of the user's
        // Stored as any article: title, link, text for search.
        const QList<SearchHit> hits = desk.store.search(u"News"_qs);
        QCOMPARE(hits.size(), 3);
        QCOMPARE(hits[0].site, u"FreshRSS"_qs);
        const AccountRow account = desk.account();
        QCOMPARE(account.state, u"ok"_qs);
        QVERIFY(account.lastSyncAt > 0);
        QVERIFY(!account.cursor.isEmpty());

        // Nothing new: nothing stored, nothing sent.
        const AccountSyncResult again = desk.sync(*c);
        QVERIFY2(again.ok(), qPrintable(describe(again)));
        QCOMPARE(again.articles.added, 0);
        QCOMPARE(again.flags.total(), 0);
        QCOMPARE(server.calls("reader/api/0/edit-tag"), 0);
        QCOMPARE(desk.articles(), 7);
    }

    void twoDevicesOneAccount()
    {
        GReaderTestServer server(kUser, kPassword);
        QVERIFY(server.listen());
        const QString feed = server.addFeed(u"Blog"_qs, u"https://blog.example/feed"_qs);
        QList<quint64> ids;
        for (int i = 0; i < 4; ++i)
            ids.append(server.addItem(feed, u"Item %1"_qs.arg(i), kStart + i));
        Device desk;
        Device phone;
        QVERIFY(desk.open(server.baseUrl()));
        QVERIFY(phone.open(server.baseUrl()));
        auto deskClient = client(server);
        auto phoneClient = client(server);
        QVERIFY(desk.sync(*deskClient).ok());
        QVERIFY(phone.sync(*phoneClient).ok());

        // Read and star on the desk, through the store functions the window uses.
        QVERIFY(desk.store.setRead(desk.articleId(ids[0]), true));
        QVERIFY(desk.store.setStarred(desk.articleId(ids[1]), true));
        QCOMPARE(desk.journalRows(), 2);
        const AccountSyncResult sent = desk.sync(*deskClient);
        QVERIFY2(sent.ok(), qPrintable(describe(sent)));
        QCOMPARE(sent.sent, 2);
        QCOMPARE(desk.journalRows(), 0);
        QCOMPARE(server.calls("reader/api/0/edit-tag"), 2); // one per flag and value
        QVERIFY(server.item(ids[0])->read);
        QVERIFY(server.item(ids[1])->starred);

        // The phone sees it after its sync; its own change goes the other way.
        const AccountSyncResult got = phone.sync(*phoneClient);
        QVERIFY2(got.ok(), qPrintable(describe(got)));
        QVERIFY(!phone.isUnread(ids[0]));
        QVERIFY(phone.isStarred(ids[1]));
        QCOMPARE(got.flags.read, 1);
        QCOMPARE(got.flags.starred, 1);
        QVERIFY(phone.countsAgree());
        QVERIFY(phone.store.setRead(phone.articleId(ids[0]), false));
        QVERIFY(phone.sync(*phoneClient).ok());
        QVERIFY(desk.sync(*deskClient).ok());
        QVERIFY(desk.isUnread(ids[0]));
        QVERIFY(desk.countsAgree());
    }

    void changesOnAnotherDevice()
    {
        GReaderTestServer server(kUser, kPassword);
        QVERIFY(server.listen());
        server.addFolder(u"Tech"_qs);
        const QString blog = server.addFeed(u"Blog"_qs, u"https://blog.example/feed"_qs);
        const QString gone = server.addFeed(u"Gone"_qs, u"https://gone.example/feed"_qs);
        const quint64 a = server.addItem(blog, u"A"_qs, kStart);
        const quint64 b = server.addItem(blog, u"B"_qs, kStart + 1);
        server.addItem(gone, u"C"_qs, kStart + 2);
        Device desk;
        QVERIFY(desk.open(server.baseUrl()));
        auto c = client(server);
        QVERIFY(desk.sync(*c).ok());
        QCOMPARE(desk.articles(), 3);

        // Another device reads, stars, renames, moves and unsubscribes; a new item arrives.
        auto other = client(server);
        server.setRead(a, true);
        server.setStarred(b, true);
        QVERIFY(other->renameFeed(blog, u"The Blog"_qs).ok());
        QVERIFY(other->moveFeed(blog, u"user/-/label/Tech"_qs).ok());
        QVERIFY(other->unsubscribe(gone).ok());
        const quint64 fresh = server.addItem(blog, u"Fresh"_qs, kStart + 100);

        const AccountSyncResult r = desk.sync(*c);
        QVERIFY2(r.ok(), qPrintable(describe(r)));
        QCOMPARE(r.feeds.renamed, 1);
        QCOMPARE(r.feeds.moved, 1);
        QCOMPARE(r.feeds.removed, 1);
        QCOMPARE(r.articles.added, 1);
        QVERIFY(!desk.isUnread(a));
        QVERIFY(desk.isStarred(b));
        QVERIFY(desk.isUnread(fresh));
        QCOMPARE(desk.articles(), 3); // C went with its feed
        QCOMPARE(desk.scalar(u"SELECT count(*) FROM feeds WHERE title = 'The Blog'"_qs), 1);
        QCOMPARE(desk.scalar(u"SELECT count(*) FROM account_articles"_qs), 3);
        QVERIFY(desk.countsAgree());
        QCOMPARE(server.calls("reader/api/0/edit-tag"), 0); // following the service sends nothing back
    }

    void offlineMarksGoUpOnce()
    {
        GReaderTestServer server(kUser, kPassword);
        QVERIFY(server.listen());
        const QString feed = server.addFeed(u"Blog"_qs, u"https://blog.example/feed"_qs);
        QList<quint64> ids;
        for (int i = 0; i < 3; ++i)
            ids.append(server.addItem(feed, u"Item %1"_qs.arg(i), kStart + i));
        Device desk;
        QVERIFY(desk.open(server.baseUrl()));
        auto online = client(server);
        QVERIFY(desk.sync(*online).ok());

        QVERIFY(desk.store.setRead(desk.articleId(ids[0]), true));
        QVERIFY(desk.store.setRead(desk.articleId(ids[1]), true));
        QVERIFY(desk.store.setStarred(desk.articleId(ids[2]), true));

        // No service there: a port nobody listens on.
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        QUrl nowhere = server.baseUrl();
        nowhere.setPort(closed.serverPort());
        closed.close();
        GReaderClient offline(m_network, nowhere, kUser, kPassword);
        const AccountSyncResult failed = desk.sync(offline);
        QVERIFY(!failed.ok());
        QCOMPARE(int(failed.error.kind), int(ServiceError::Kind::Unreachable));
        // Local reading untouched, the marks still journalled, the error in words on the account.
        QVERIFY(!desk.isUnread(ids[0]) && !desk.isUnread(ids[1]) && desk.isStarred(ids[2]));
        QCOMPARE(desk.articles(), 3);
        QCOMPARE(desk.journalRows(), 3);
        QCOMPARE(desk.account().state, u"failed"_qs);
        QVERIFY(desk.account().lastError.contains(u"reach"_qs));

        // The network returns: each mark goes up exactly once, and the service holds them.
        const AccountSyncResult back = desk.sync(*online);
        QVERIFY2(back.ok(), qPrintable(describe(back)));
        QCOMPARE(back.sent, 3);
        QCOMPARE(desk.journalRows(), 0);
        for (quint64 id : ids)
            QCOMPARE(timesSent(server, id), 1);
        QVERIFY(server.item(ids[0])->read && server.item(ids[1])->read && server.item(ids[2])->starred);
        QVERIFY(!desk.isUnread(ids[0]) && desk.isStarred(ids[2]));
        QVERIFY(desk.sync(*online).ok());
        for (quint64 id : ids)
            QCOMPARE(timesSent(server, id), 1);
        QCOMPARE(desk.account().state, u"ok"_qs);
        QVERIFY(desk.account().lastError.isEmpty());
    }

    void killBetweenPagesLosesAndDoublesNothing()
    {
        GReaderTestServer server(kUser, kPassword);
        QVERIFY(server.listen());
        const QString feed = server.addFeed(u"Blog"_qs, u"https://blog.example/feed"_qs);
        QList<quint64> ids;
        for (int i = 0; i < 25; ++i)
            ids.append(server.addItem(feed, u"Item %1"_qs.arg(i), kStart + i));
        Device desk;
        QVERIFY(desk.open(server.baseUrl()));
        GReaderClient::Limits limits;
        limits.idsPerPage = 10;
        GReaderClient c(m_network, server.baseUrl(), kUser, kPassword, {}, limits);
        FlakyService flaky(c);
        flaky.failArticlesAfterCall = 1; // the first page is stored, the second never comes
        QVERIFY(!desk.sync(flaky).ok());
        QCOMPARE(desk.articles(), 10);
        QVERIFY(!desk.account().cursor.isEmpty());

        const AccountSyncResult r = desk.sync(c);
        QVERIFY2(r.ok(), qPrintable(describe(r)));
        QCOMPARE(desk.articles(), 25);
        QCOMPARE(desk.scalar(u"SELECT count(DISTINCT remote_id) FROM account_articles"_qs), 25);
        QVERIFY(desk.countsAgree());
    }

    void killAroundThePushLosesNothing()
    {
        GReaderTestServer server(kUser, kPassword);
        QVERIFY(server.listen());
        const QString feed = server.addFeed(u"Blog"_qs, u"https://blog.example/feed"_qs);
        QList<quint64> ids;
        for (int i = 0; i < 4; ++i)
            ids.append(server.addItem(feed, u"Item %1"_qs.arg(i), kStart + i));
        Device desk;
        QVERIFY(desk.open(server.baseUrl()));
        auto c = client(server);
        QVERIFY(desk.sync(*c).ok());
        for (int i = 0; i < 3; ++i)
            QVERIFY(desk.store.setRead(desk.articleId(ids[i]), true));

        // Killed before the batch went out: nothing sent, everything still journalled.
        FlakyService flaky(*c);
        flaky.failSetFlagBeforeSending = true;
        QVERIFY(!desk.sync(flaky).ok());
        QCOMPARE(server.calls("reader/api/0/edit-tag"), 0);
        QCOMPARE(desk.journalRows(), 3);
        QVERIFY(!desk.isUnread(ids[0])); // the pull did not undo the pending marks

        // Killed after the service took the batch, before the journal heard: sent again next time.
        flaky.failSetFlagBeforeSending = false;
        flaky.failSetFlagAfterSending = true;
        QVERIFY(!desk.sync(flaky).ok());
        QCOMPARE(server.calls("reader/api/0/edit-tag"), 1);
        QCOMPARE(desk.journalRows(), 3);

        const AccountSyncResult r = desk.sync(*c);
        QVERIFY2(r.ok(), qPrintable(describe(r)));
        QCOMPARE(server.calls("reader/api/0/edit-tag"), 2);
        QCOMPARE(desk.journalRows(), 0);
        for (int i = 0; i < 3; ++i)
            QVERIFY(server.item(ids[i])->read);
        QVERIFY(!server.item(ids[3])->read);
        QCOMPARE(desk.articles(), 4);
        QVERIFY(desk.countsAgree());
    }

    void laterChangeWins()
    {
        GReaderTestServer server(kUser, kPassword);
        QVERIFY(server.listen());
        const QString feed = server.addFeed(u"Blog"_qs, u"https://blog.example/feed"_qs);
        const quint64 x = server.addItem(feed, u"X"_qs, kStart);
        const quint64 y = server.addItem(feed, u"Y"_qs, kStart + 1);
        Device desk;
        QVERIFY(desk.open(server.baseUrl()));
        auto c = client(server);
        QVERIFY(desk.sync(*c).ok());

        // Another device reads X and stars Y, then changes its mind about both; after that the desk
        // reads X and stars Y. The desk's changes are the later ones: they win on both sides.
        server.setRead(x, true);
        server.setRead(x, false);
        server.setStarred(y, true);
        server.setStarred(y, false);
        QVERIFY(desk.store.setRead(desk.articleId(x), true));
        QVERIFY(desk.store.setStarred(desk.articleId(y), true));
        QVERIFY(desk.sync(*c).ok());
        QVERIFY(!desk.isUnread(x) && desk.isStarred(y));
        QVERIFY(server.item(x)->read && server.item(y)->starred);

        // Now the other device changes them after the desk's changes went up: the service's wins.
        server.setRead(x, false);
        server.setStarred(y, false);
        QVERIFY(desk.sync(*c).ok());
        QVERIFY(desk.isUnread(x) && !desk.isStarred(y));
        QVERIFY(desk.countsAgree());
    }

    void markAllReadJournalsAccountArticles()
    {
        GReaderTestServer server(kUser, kPassword);
        QVERIFY(server.listen());
        const QString feed = server.addFeed(u"Blog"_qs, u"https://blog.example/feed"_qs);
        QList<quint64> ids;
        for (int i = 0; i < 5; ++i)
            ids.append(server.addItem(feed, u"Item %1"_qs.arg(i), kStart + i));
        Device desk;
        QVERIFY(desk.open(server.baseUrl()));
        auto c = client(server);
        QVERIFY(desk.sync(*c).ok());
        QVERIFY(desk.store.setRead(desk.articleId(ids[0]), true));
        QVERIFY(desk.sync(*c).ok());
        // A local site's articles are not journalled.
        const qint64 local = desk.store.ensureSite(u"Local"_qs);
        const qint64 localFeed = desk.store.ensureFeed(local, DocumentKind::Articles, u"https://local.example/f"_qs);
        ImportCounts counts;
        ArticleRecord record;
        record.itemKey = "g:local-1";
        record.title = "Local";
        record.contentHash = "h";
        QVERIFY(desk.store.upsertArticle(localFeed, record, kStart, counts));

        QVERIFY(desk.store.markAllRead(ArticleFilter{ArticleFilter::Kind::All, -1, {}}));
        QCOMPARE(desk.journalRows(), 4); // the four unread of the account, one INSERT ... SELECT
        QCOMPARE(desk.scalar(u"SELECT count(*) FROM unread_articles"_qs), 0);
        const AccountSyncResult r = desk.sync(*c);
        QVERIFY2(r.ok(), qPrintable(describe(r)));
        QCOMPARE(r.sent, 4);
        for (quint64 id : ids)
            QVERIFY(server.item(id)->read);
        QCOMPARE(timesSent(server, ids[0]), 1);
        QVERIFY(desk.countsAgree());
    }

    void markAllReadJournalsEachScope_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("journalled"); // of the four unread articles: two in Blog (one starred), two in News
        QTest::newRow("all") << int(ArticleFilter::Kind::All) << 4;
        QTest::newRow("unread") << int(ArticleFilter::Kind::Unread) << 4;
        QTest::newRow("site") << int(ArticleFilter::Kind::Site) << 4;
        QTest::newRow("feed") << int(ArticleFilter::Kind::Feed) << 2;
        QTest::newRow("starred") << int(ArticleFilter::Kind::Starred) << 1;
        QTest::newRow("search") << int(ArticleFilter::Kind::Search) << 1;
    }

    void markAllReadJournalsEachScope()
    {
        QFETCH(int, kind);
        QFETCH(int, journalled);
        GReaderTestServer server(kUser, kPassword);
        QVERIFY(server.listen());
        const QString blog = server.addFeed(u"Blog"_qs, u"https://blog.example/feed"_qs);
        const QString news = server.addFeed(u"News"_qs, u"https://news.example/feed"_qs);
        const quint64 b1 = server.addItem(blog, u"Zeppelin review"_qs, kStart);
        const quint64 b2 = server.addItem(blog, u"Chargers"_qs, kStart + 1);
        const quint64 n1 = server.addItem(news, u"Cables"_qs, kStart + 2);
        server.addItem(news, u"Headphones"_qs, kStart + 3);
        server.setStarred(b2, true);
        Device desk;
        QVERIFY(desk.open(server.baseUrl()));
        auto c = client(server);
        QVERIFY(desk.sync(*c).ok());
        const qint64 blogFeed = desk.scalar(u"SELECT feed_id FROM articles WHERE id = ?"_qs, {desk.articleId(b1)});

        ArticleFilter filter{ArticleFilter::Kind(kind), -1, {}};
        if (filter.kind == ArticleFilter::Kind::Site)
            filter.id = desk.siteId;
        if (filter.kind == ArticleFilter::Kind::Feed)
            filter.id = blogFeed;
        if (filter.kind == ArticleFilter::Kind::Search)
            filter.query = u"zeppelin"_qs;
        QVERIFY(desk.store.markAllRead(filter));
        QCOMPARE(desk.journalRows(), journalled);
        // Exactly the articles whose marks went, and nothing journalled twice.
        QCOMPARE(desk.scalar(u"SELECT count(*) FROM account_journal j JOIN account_articles aa "
                             u"ON aa.remote_id = j.remote_id WHERE j.flag = 'unread' AND j.value = 0 AND "
                             u"NOT EXISTS (SELECT 1 FROM unread_articles u WHERE u.article_id = aa.article_id)"_qs),
                 journalled);
        QCOMPARE(desk.scalar(u"SELECT count(*) FROM unread_articles"_qs), 4 - journalled);
        QVERIFY(desk.countsAgree());
        // Marking read what is read already journals nothing more; the sync sends each once.
        QVERIFY(desk.store.markAllRead(filter));
        QCOMPARE(desk.journalRows(), journalled);
        const AccountSyncResult r = desk.sync(*c);
        QVERIFY2(r.ok(), qPrintable(describe(r)));
        QCOMPARE(r.sent, journalled);
        QCOMPARE(server.item(n1)->read, journalled == 4);
        QCOMPARE(server.item(b1)->read, kind != int(ArticleFilter::Kind::Starred));
    }

    void journalKeepsTheNewestChangeOnce()
    {
        GReaderTestServer server(kUser, kPassword);
        QVERIFY(server.listen());
        const QString feed = server.addFeed(u"Blog"_qs, u"https://blog.example/feed"_qs);
        const quint64 a = server.addItem(feed, u"A"_qs, kStart);
        const quint64 b = server.addItem(feed, u"B"_qs, kStart + 1);
        server.setStarred(b, true);
        Device desk;
        QVERIFY(desk.open(server.baseUrl()));
        auto c = client(server);
        QVERIFY(desk.sync(*c).ok());
        const qint64 articleA = desk.articleId(a);
        const qint64 articleB = desk.articleId(b);

        // Read, unread, read: one row, the last value. Marking as it is already journals nothing.
        QVERIFY(desk.store.setRead(articleA, true));
        QVERIFY(desk.store.setRead(articleA, false));
        QVERIFY(desk.store.setRead(articleA, true));
        QVERIFY(desk.store.setRead(articleA, true));
        QVERIFY(desk.store.setStarred(articleB, false));
        QVERIFY(desk.store.setStarred(articleB, true));
        QVERIFY(desk.store.setStarred(articleB, false));
        QCOMPARE(desk.journalRows(), 2);
        QCOMPARE(desk.scalar(u"SELECT value FROM account_journal WHERE flag = 'unread'"_qs), 0);
        QCOMPARE(desk.scalar(u"SELECT value FROM account_journal WHERE flag = 'starred'"_qs), 0);
        QVERIFY(desk.scalar(u"SELECT changed_at FROM account_journal WHERE flag = 'unread'"_qs)
                >= QDateTime::currentSecsSinceEpoch() - 60);
        const AccountSyncResult r = desk.sync(*c);
        QVERIFY2(r.ok(), qPrintable(describe(r)));
        QCOMPARE(r.sent, 2);
        QCOMPARE(server.calls("reader/api/0/edit-tag"), 2);
        QVERIFY(server.item(a)->read);
        QVERIFY(!server.item(b)->starred);
        QVERIFY(!desk.isUnread(a) && !desk.isStarred(b));
    }

    void wrongPasswordChangesNothing()
    {
        GReaderTestServer server(kUser, kPassword);
        QVERIFY(server.listen());
        const QString feed = server.addFeed(u"Blog"_qs, u"https://blog.example/feed"_qs);
        const quint64 a = server.addItem(feed, u"A"_qs, kStart);
        Device desk;
        QVERIFY(desk.open(server.baseUrl()));
        auto c = client(server);
        QVERIFY(desk.sync(*c).ok());
        QVERIFY(desk.store.setRead(desk.articleId(a), true));
        server.addItem(feed, u"B"_qs, kStart + 1);

        auto wrong = client(server, u"not-it"_qs);
        const AccountSyncResult r = desk.sync(*wrong);
        QCOMPARE(int(r.error.kind), int(ServiceError::Kind::WrongPassword));
        QVERIFY(r.message().contains(u"password"_qs));
        QCOMPARE(desk.articles(), 1);
        QCOMPARE(desk.journalRows(), 1);
        QVERIFY(!desk.isUnread(a));
        QVERIFY(!server.item(a)->read);
        QCOMPARE(desk.account().state, u"needs_password"_qs);
        QCOMPARE(desk.account().lastError, r.error.message);
        QCOMPARE(server.calls("reader/api/0/subscription/list"), 1); // the first sync's only
    }

    void apiDisabledStopsWithItsMessage()
    {
        GReaderTestServer server(kUser, kPassword);
        QVERIFY(server.listen());
        server.addItem(server.addFeed(u"Blog"_qs, u"https://blog.example/feed"_qs), u"A"_qs, kStart);
        server.setApiEnabled(false);
        Device desk;
        QVERIFY(desk.open(server.baseUrl()));
        auto c = client(server);
        const AccountSyncResult r = desk.sync(*c);
        QCOMPARE(int(r.error.kind), int(ServiceError::Kind::ApiDisabled));
        QVERIFY2(r.message().contains(u"API access"_qs), qPrintable(r.message()));
        QCOMPARE(desk.articles(), 0);
        QCOMPARE(desk.account().state, u"failed"_qs);
        QCOMPARE(desk.account().lastError, r.message());
        QCOMPARE(desk.account().retryAt, 0); // not a reason to back off: the user has to act
        server.setApiEnabled(true);
        QVERIFY(desk.sync(*c).ok());
        QCOMPARE(desk.articles(), 1);
    }

    void serverErrorBacksOff()
    {
        GReaderTestServer server(kUser, kPassword);
        QVERIFY(server.listen());
        server.addFeed(u"Blog"_qs, u"https://blog.example/feed"_qs);
        Device desk;
        QVERIFY(desk.open(server.baseUrl()));
        auto c = client(server);
        TestResponse busy;
        busy.status = 503;
        busy.reason = "Service Unavailable";
        busy.headers = {{"Content-Type", "text/plain"}, {"Retry-After", "120"}};
        busy.body = "busy";
        server.failNext("reader/api/0/tag/list", busy);
        const qint64 before = QDateTime::currentSecsSinceEpoch();
        const AccountSyncResult r = desk.sync(*c);
        QCOMPARE(int(r.error.kind), int(ServiceError::Kind::ServerError));
        QCOMPARE(desk.account().state, u"backing_off"_qs);
        QVERIFY(desk.account().retryAt >= before + 120);
        QVERIFY(desk.account().retryAt <= QDateTime::currentSecsSinceEpoch() + 120);

        // Until then a sync does not ask the service; asked to, it goes through.
        const int calls = server.calls("reader/api/0/tag/list");
        const AccountSyncResult waiting = desk.sync(*c);
        QVERIFY(waiting.skipped);
        QCOMPARE(server.calls("reader/api/0/tag/list"), calls);
        AccountSync::Options now;
        now.ignoreBackoff = true;
        QVERIFY(desk.sync(*c, now).ok());
        QCOMPARE(desk.account().state, u"ok"_qs);
        QCOMPARE(desk.account().retryAt, 0);
    }

    void syncsOnAWorkerThread()
    {
        GReaderTestServer server(kUser, kPassword);
        QVERIFY(server.listen());
        const QString feed = server.addFeed(u"Blog"_qs, u"https://blog.example/feed"_qs);
        for (int i = 0; i < 30; ++i)
            server.addItem(feed, u"Item %1"_qs.arg(i), kStart + i);
        Device desk;
        QVERIFY(desk.open(server.baseUrl()));

        // As the window does it: the store on the storage thread, the sync on a thread of its own.
        StorageThread storage(desk.store.database().path());
        QCOMPARE(storage.open().result(), QString());
        QThread *askedOn = nullptr;
        AccountSyncWorker worker(storage, [&askedOn](const AccountRow &) {
            askedOn = QThread::currentThread();
            return PasswordAnswer{kPassword, {}};
        });
        QSignalSpy synced(&worker, &AccountSyncWorker::accountSynced);
        QSignalSpy finished(&worker, &AccountSyncWorker::finished);
        worker.syncAll();
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().first().toInt(), 0);
        QCOMPARE(synced.size(), 1);
        QCOMPARE(synced.first().at(0).toLongLong(), desk.accountId);
        QVERIFY2(synced.first().at(2).toBool(), qPrintable(synced.first().at(3).toString()));
        QVERIFY(askedOn != nullptr && askedOn != QThread::currentThread());
        QCOMPARE(desk.articles(), 30);

        // A password that cannot be had is said, per account, and nothing is asked of the service.
        AccountSyncWorker locked(storage, [](const AccountRow &) { return PasswordAnswer{{}, u"no keychain"_qs}; });
        QSignalSpy lockedSynced(&locked, &AccountSyncWorker::accountSynced);
        QSignalSpy lockedFinished(&locked, &AccountSyncWorker::finished);
        const int logins = server.calls("accounts/ClientLogin");
        locked.sync(desk.accountId);
        QVERIFY(lockedFinished.wait(60000));
        QCOMPARE(lockedFinished.first().first().toInt(), 1);
        QCOMPARE(lockedSynced.first().at(3).toString(), u"no keychain"_qs);
        QCOMPARE(server.calls("accounts/ClientLogin"), logins);
    }

    void starredOfAnUnlistedFeedIsFetchedOnce()
    {
        GReaderTestServer server(kUser, kPassword);
        QVERIFY(server.listen());
        const QString old = server.addFeed(u"Old"_qs, u"https://old.example/feed"_qs);
        const QString blog = server.addFeed(u"Blog"_qs, u"https://blog.example/feed"_qs);
        const quint64 kept = server.addItem(old, u"Kept"_qs, kStart);
        server.setRead(kept, true);
        server.setStarred(kept, true);
        server.addItem(blog, u"A"_qs, kStart + 1);
        auto other = client(server);
        QVERIFY(other->unsubscribe(old).ok()); // the service keeps the starred item of the feed

        Device desk;
        QVERIFY(desk.open(server.baseUrl()));
        auto c = client(server);
        const AccountSyncResult first = desk.sync(*c);
        QVERIFY2(first.ok(), qPrintable(describe(first)));
        QCOMPARE(first.articles.skipped, 1);
        QCOMPARE(desk.articles(), 1);
        const int contents = server.calls("reader/api/0/stream/items/contents");
        QVERIFY(desk.sync(*c).ok());
        QVERIFY(desk.sync(*c).ok());
        QCOMPARE(server.calls("reader/api/0/stream/items/contents"), contents); // not asked for again

        // A feed added to the account: what was passed over is asked for once more.
        QVERIFY(other->subscribe(QUrl(u"https://new.example/feed"_qs), {}).ok());
        QVERIFY(desk.sync(*c).ok());
        QCOMPARE(server.calls("reader/api/0/stream/items/contents"), contents + 1);
        QVERIFY(desk.sync(*c).ok());
        QCOMPARE(server.calls("reader/api/0/stream/items/contents"), contents + 1);
    }

    // A service that counts: a sync reads the id lists only of the feeds whose counts differ.
    void countsSpareTheLists()
    {
        GReaderTestServer server(kUser, kPassword);
        QVERIFY(server.listen());
        const QString blog = server.addFeed(u"Blog"_qs, u"https://blog.example/feed"_qs);
        const QString news = server.addFeed(u"News"_qs, u"https://news.example/feed"_qs);
        const QString quiet = server.addFeed(u"Quiet"_qs, u"https://quiet.example/feed"_qs);
        QList<quint64> ids;
        for (int i = 0; i < 4; ++i)
            ids.append(server.addItem(blog, u"Blog %1"_qs.arg(i), kStart + i));
        for (int i = 0; i < 4; ++i)
            ids.append(server.addItem(news, u"News %1"_qs.arg(i), kStart + 10 + i));
        for (int i = 0; i < 4; ++i)
            ids.append(server.addItem(quiet, u"Quiet %1"_qs.arg(i), kStart + 20 + i));
        server.setRead(ids[0], true);
        server.setStarred(ids[5], true);
        Device desk;
        QVERIFY(desk.open(server.baseUrl()));
        auto c = client(server);
        // The Google Reader client itself does not count: its lists are cheap, and read whole.
        const ServiceResult<FlagCounts> own = c->flagCounts();
        QVERIFY(own.ok() && !own.value.counted);
        CountingService counting(*c, server);
        AccountSync::Options options;
        options.fullReconcileSeconds = std::numeric_limits<qint64>::max(); // never by time here

        // The first sync: the articles came with their flags, so the counts agree and no list is read.
        const AccountSyncResult first = desk.sync(counting, options);
        QVERIFY2(first.ok(), qPrintable(describe(first)));
        QCOMPARE(desk.articles(), 11); // the read one is not in the reading list
        QCOMPARE(counting.wholeListCalls, 0);
        QVERIFY(counting.feedListCalls.isEmpty());
        QVERIFY(!desk.isUnread(ids[0]) && desk.isUnread(ids[1]) && desk.isStarred(ids[5]));
        // Nothing new: still none.
        const AccountSyncResult again = desk.sync(counting, options);
        QVERIFY2(again.ok(), qPrintable(describe(again)));
        QCOMPARE(again.flags.total(), 0);
        QCOMPARE(counting.wholeListCalls, 0);
        QVERIFY(counting.feedListCalls.isEmpty());

        // Another device reads one of the blog's and stars one of the news: only those lists are read,
        // and the flags follow them.
        server.setRead(ids[1], true);
        server.setStarred(ids[6], true);
        server.setStarred(ids[5], false);
        server.setStarred(ids[7], true); // the news: one unstarred, two starred
        const AccountSyncResult changed = desk.sync(counting, options);
        QVERIFY2(changed.ok(), qPrintable(describe(changed)));
        QCOMPARE(counting.wholeListCalls, 0);
        QCOMPARE(counting.feedsRead(Flag::Unread), QSet<QString>{blog});
        QCOMPARE(counting.feedsRead(Flag::Starred), QSet<QString>{news});
        QCOMPARE(changed.flags.read, 1);
        QCOMPARE(changed.flags.starred, 2);
        QCOMPARE(changed.flags.unstarred, 1);
        QVERIFY(!desk.isUnread(ids[1]) && desk.isUnread(ids[2]));
        QVERIFY(!desk.isStarred(ids[5]) && desk.isStarred(ids[6]) && desk.isStarred(ids[7]));
        QVERIFY(desk.countsAgree());
        counting.resetCalls();
        QVERIFY(desk.sync(counting, options).ok());
        QCOMPARE(counting.wholeListCalls, 0);
        QVERIFY(counting.feedListCalls.isEmpty());

        // Every feed differs: one pass over the whole list costs less than one call per feed.
        server.setRead(ids[2], true);
        server.setRead(ids[4], true);
        server.setRead(ids[8], true);
        const AccountSyncResult everywhere = desk.sync(counting, options);
        QVERIFY2(everywhere.ok(), qPrintable(describe(everywhere)));
        QCOMPARE(counting.wholeListCalls, 1);
        QVERIFY(counting.feedsRead(Flag::Unread).isEmpty());
        QCOMPARE(everywhere.flags.read, 3);
        QVERIFY(!desk.isUnread(ids[2]) && !desk.isUnread(ids[4]) && !desk.isUnread(ids[8]));
        QVERIFY(desk.countsAgree());
    }

    // Equal counts hide a swap; the whole lists, read at the first sync of each period, find it.
    void swapFoundByTheWholeListsOncePerPeriod()
    {
        GReaderTestServer server(kUser, kPassword);
        QVERIFY(server.listen());
        const QString feed = server.addFeed(u"Blog"_qs, u"https://blog.example/feed"_qs);
        QList<quint64> ids;
        for (int i = 0; i < 4; ++i)
            ids.append(server.addItem(feed, u"Item %1"_qs.arg(i), kStart + i));
        server.setStarred(ids[2], true);
        Device desk;
        QVERIFY(desk.open(server.baseUrl()));
        auto c = client(server);
        CountingService counting(*c, server);
        QVERIFY(desk.sync(counting).ok()); // the default period, an hour
        server.setRead(ids[0], true);
        QVERIFY(desk.sync(counting).ok()); // a count that differs: the feed's list
        QCOMPARE(counting.wholeListCalls, 0);
        QCOMPARE(counting.feedListCalls.size(), 1);
        QVERIFY(!desk.isUnread(ids[0]));

        // One read and another marked unread; one unstarred and another starred: the counts agree.
        server.setRead(ids[0], false);
        server.setRead(ids[1], true);
        server.setStarred(ids[2], false);
        server.setStarred(ids[3], true);
        // Within the period the sync cannot see it (the price of not reading the lists).
        AccountSync::Options never;
        never.fullReconcileSeconds = std::numeric_limits<qint64>::max();
        QVERIFY(desk.sync(counting, never).ok());
        QCOMPARE(counting.wholeListCalls, 0);
        QVERIFY(!desk.isUnread(ids[0]) && desk.isUnread(ids[1]));
        // The last sync a period ago: this one reads the whole lists, and follows them.
        QSqlQuery earlier(desk.store.database().connection());
        QVERIFY(earlier.exec(u"UPDATE accounts SET last_sync_at = last_sync_at - 3600"_qs));
        const AccountSyncResult full = desk.sync(counting);
        QVERIFY2(full.ok(), qPrintable(describe(full)));
        QCOMPARE(counting.wholeListCalls, 2);
        QCOMPARE(full.flags.total(), 4);
        QVERIFY(desk.isUnread(ids[0]) && !desk.isUnread(ids[1]));
        QVERIFY(!desk.isStarred(ids[2]) && desk.isStarred(ids[3]));
        QVERIFY(desk.countsAgree());
        // And the next sync, in the same period, reads none.
        counting.resetCalls();
        QVERIFY(desk.sync(counting).ok());
        QCOMPARE(counting.wholeListCalls, 0);
        QVERIFY(counting.feedListCalls.isEmpty());
    }

    // A journalled change makes its feed's counts say nothing about the service: its list is read
    // even where the counts agree, the user's change wins, and the other device's change arrives.
    void journalledFeedIsReadWhole()
    {
        GReaderTestServer server(kUser, kPassword);
        QVERIFY(server.listen());
        const QString feed = server.addFeed(u"Blog"_qs, u"https://blog.example/feed"_qs);
        const QString other = server.addFeed(u"News"_qs, u"https://news.example/feed"_qs);
        QList<quint64> ids;
        for (int i = 0; i < 3; ++i)
            ids.append(server.addItem(feed, u"Item %1"_qs.arg(i), kStart + i));
        const quint64 news = server.addItem(other, u"News"_qs, kStart + 10);
        Device desk;
        QVERIFY(desk.open(server.baseUrl()));
        auto c = client(server);
        CountingService counting(*c, server);
        AccountSync::Options options;
        options.fullReconcileSeconds = std::numeric_limits<qint64>::max();
        QVERIFY(desk.sync(counting, options).ok());

        // The desk reads item 0 (journalled), another device reads item 1: both sides count 2 unread.
        QVERIFY(desk.store.setRead(desk.articleId(ids[0]), true));
        server.setRead(ids[1], true);
        const AccountSyncResult r = desk.sync(counting, options);
        QVERIFY2(r.ok(), qPrintable(describe(r)));
        QCOMPARE(counting.feedsRead(Flag::Unread), QSet<QString>{feed});
        QVERIFY(counting.feedsRead(Flag::Starred).isEmpty());
        QCOMPARE(counting.wholeListCalls, 0);
        QCOMPARE(r.sent, 1);
        QVERIFY(!desk.isUnread(ids[0]) && !desk.isUnread(ids[1]) && desk.isUnread(ids[2]));
        QVERIFY(desk.isUnread(news));
        QVERIFY(server.item(ids[0])->read);
        QCOMPARE(desk.journalRows(), 0);
        QVERIFY(desk.countsAgree());
    }

    void removeAccountTakesItsArticles()
    {
        GReaderTestServer server(kUser, kPassword);
        QVERIFY(server.listen());
        const QString feed = server.addFeed(u"Blog"_qs, u"https://blog.example/feed"_qs);
        const quint64 a = server.addItem(feed, u"A"_qs, kStart);
        Device desk;
        QVERIFY(desk.open(server.baseUrl()));
        auto c = client(server);
        QVERIFY(desk.sync(*c).ok());
        QVERIFY(desk.store.setRead(desk.articleId(a), true));
        AccountStore accounts(desk.store);
        QVERIFY2(accounts.removeAccount(desk.accountId), qPrintable(accounts.error()));
        for (const char *table : {"accounts", "account_feeds", "account_articles", "account_journal", "articles",
                                  "feeds", "sites", "unread_articles"})
            QCOMPARE(desk.scalar(u"SELECT count(*) FROM "_qs + QLatin1String(table)), 0);
    }
};

QTEST_GUILESS_MAIN(TestAccountSync)
#include "tst_accountsync.moc"
