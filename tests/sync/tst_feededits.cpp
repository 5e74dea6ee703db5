// Feed edits made in Tidings (unsubscribe, rename, move of an account's feed): the journal of schema 9
// (AccountStore) and the step of AccountSync that sends it, against the loopback Google Reader API
// service. Two Tidings stores act as two devices on one account.
#include "GReaderTestServer.h"
#include "storage/Store.h"
#include "sync/accounts/AccountStore.h"
#include "sync/accounts/AccountSync.h"
#include "sync/accounts/GReaderClient.h"

#include <QNetworkAccessManager>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace tidings;
using namespace tidings::accounts;
using tidings::test::GReaderTestServer;
using tidings::test::TestResponse;

namespace {

const QString kUser = QStringLiteral("alice");
const QString kPassword = QStringLiteral("api-password");
constexpr qint64 kStart = 1750000000;
const QString kTechLabel = QStringLiteral("user/-/label/Tech");
const QString kNewsLabel = QStringLiteral("user/-/label/News");

// Passes every call to another service; feed edits can be lost on the way there (never sent) or on
// the way back (the service took them, the answer never came: a kill, a dropped connection).
class LossyService final : public FeedService
{
public:
    explicit LossyService(FeedService &inner)
        : m_inner(inner)
    { }
    bool loseEditsBeforeSending = false;
    bool loseEditAnswers = false;
    bool renameUnsupported = false; // as Tiny Tiny RSS answers
    int editCalls = 0;

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
    [[nodiscard]] ServiceResult<QStringList> unreadIds() override { return m_inner.unreadIds(); }
    [[nodiscard]] ServiceResult<QStringList> starredIds() override { return m_inner.starredIds(); }
    ServiceError setFlag(Flag flag, bool on, const QStringList &ids) override { return m_inner.setFlag(flag, on, ids); }
    [[nodiscard]] ServiceResult<QString> subscribe(const QUrl &url, const QString &folder) override
    {
        return m_inner.subscribe(url, folder);
    }
    ServiceError unsubscribe(const QString &feedId) override
    {
        return edit([&] { return m_inner.unsubscribe(feedId); });
    }
    ServiceError renameFeed(const QString &feedId, const QString &title) override
    {
        if (renameUnsupported)
            return {ServiceError::Kind::Unsupported, u"this service cannot rename feeds"_qs, -1};
        return edit([&] { return m_inner.renameFeed(feedId, title); });
    }
    ServiceError moveFeed(const QString &feedId, const QString &folderId) override
    {
        return edit([&] { return m_inner.moveFeed(feedId, folderId); });
    }

private:
    ServiceError edit(const std::function<ServiceError()> &call)
    {
        ++editCalls;
        if (loseEditsBeforeSending)
            return lost();
        const ServiceError e = call();
        return loseEditAnswers ? lost() : e;
    }
    static ServiceError lost() { return {ServiceError::Kind::Unreachable, u"connection lost"_qs, -1}; }
    FeedService &m_inner;
};

// One Tidings data folder with the account in it.
struct Device
{
    QTemporaryDir dir;
    Store store;
    qint64 accountId = -1;
    qint64 siteId = -1;

    bool open(const QUrl &baseUrl, ServiceKind kind = ServiceKind::GoogleReader)
    {
        if (!dir.isValid() || !store.open(dir.filePath(u"tidings.sqlite"_qs)))
            return false;
        AccountRow a;
        a.kind = kind;
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

    AccountSyncResult sync(FeedService &service)
    {
        AccountSync::Options options;
        options.ignoreBackoff = true;
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
    QString text(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery q(store.database().connection());
        q.prepare(sql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (!q.exec() || !q.next())
            return u"<none>"_qs;
        return q.value(0).toString();
    }

    // The local feed of a remote one; -1 when there is none.
    qint64 feedId(const QString &remoteId)
    {
        return scalar(u"SELECT coalesce(max(feed_id), -1) FROM account_feeds WHERE remote_id = ?"_qs, {remoteId});
    }
    QString title(const QString &remoteId)
    {
        return text(u"SELECT f.title FROM feeds f JOIN account_feeds af ON af.feed_id = f.id WHERE af.remote_id = ?"_qs,
                    {remoteId});
    }
    QString folder(const QString &remoteId)
    {
        return text(u"SELECT coalesce(folder_id, '') FROM account_feeds WHERE remote_id = ?"_qs, {remoteId});
    }
    qint64 articlesOf(const QString &remoteId)
    {
        return scalar(u"SELECT count(*) FROM articles WHERE feed_id = ?"_qs, {feedId(remoteId)});
    }
    qint64 articles() { return scalar(u"SELECT count(*) FROM articles"_qs); }
    qint64 editRows() { return scalar(u"SELECT count(*) FROM account_feed_journal"_qs); }
    QList<FeedEdit> edits() { return AccountStore(store).feedEdits(accountId); }
    bool countsAgree()
    {
        return scalar(u"SELECT count(*) FROM feeds f WHERE unread_count <> (SELECT count(*) FROM unread_articles u "
                      u"WHERE u.feed_id = f.id) OR article_count <> (SELECT count(*) FROM articles a "
                      u"WHERE a.feed_id = f.id)"_qs)
                == 0;
    }
    AccountRow account() { return *AccountStore(store).account(accountId); }
};

// A snapshot of one of the server's feeds; id empty when the server has no such feed.
GReaderTestServer::Feed onServer(const GReaderTestServer &server, const QString &id)
{
    const QList<GReaderTestServer::Feed> all = server.feeds();
    for (const GReaderTestServer::Feed &f : all) {
        if (f.id == id)
            return f;
    }
    return {};
}

} // namespace

class TestFeedEdits : public QObject
{
    Q_OBJECT

    QNetworkAccessManager *m_network = nullptr;

    std::unique_ptr<GReaderClient> client(const GReaderTestServer &server)
    {
        return std::make_unique<GReaderClient>(m_network, server.baseUrl(), kUser, kPassword);
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setApplicationVersion(u"0.1.0"_qs);
        m_network = new QNetworkAccessManager(this);
    }

    // The journal alone: what is applied here, what is kept, what replaces what, and what is refused.
    void journalKeepsTheLastEditOfEachKind()
    {
        Device desk;
        QVERIFY(desk.open(QUrl(u"http://127.0.0.1:9/api/greader.php"_qs)));
        AccountStore accounts(desk.store);
        FeedChanges changes;
        const QList<RemoteFolder> folders = {{kTechLabel, u"Tech"_qs}, {kNewsLabel, u"News"_qs}};
        QVERIFY(accounts.applyFeeds(desk.account(), folders,
                                    {{u"feed/1"_qs, u"Blog"_qs, QUrl(u"https://blog.example/feed"_qs), {}, kTechLabel},
                                     {u"feed/2"_qs, u"Shop"_qs, QUrl(u"https://shop.example/feed"_qs), {}, {}}},
                                    changes));
        QCOMPARE(changes.added, 2);
        const qint64 blog = desk.feedId(u"feed/1"_qs);
        const qint64 shop = desk.feedId(u"feed/2"_qs);
        QVERIFY(blog > 0 && shop > 0);
        QCOMPARE(accounts.folders(desk.accountId).size(), 2);
        QCOMPARE(accounts.folders(desk.accountId).first().title, u"News"_qs); // by title

        // Applied here at once; renaming twice keeps only the last; a move beside it is its own row.
        QVERIFY(accounts.renameFeed(blog, u"  The Blog "_qs));
        QCOMPARE(desk.title(u"feed/1"_qs), u"The Blog"_qs);
        QVERIFY(accounts.renameFeed(blog, u"Our Blog"_qs));
        QVERIFY(accounts.moveFeed(blog, kNewsLabel));
        QCOMPARE(desk.folder(u"feed/1"_qs), kNewsLabel);
        QVERIFY(accounts.moveFeed(blog, QString()));
        QCOMPARE(desk.folder(u"feed/1"_qs), QString());
        QList<FeedEdit> edits = desk.edits();
        QCOMPARE(edits.size(), 2);
        QCOMPARE(int(edits[0].action), int(FeedEdit::Action::Rename));
        QCOMPARE(edits[0].title, u"Our Blog"_qs);
        QCOMPARE(int(edits[1].action), int(FeedEdit::Action::Move));
        QCOMPARE(edits[1].folderId, QString()); // out of every folder
        QCOMPARE(edits[1].remoteId, u"feed/1"_qs);

        // The same title or folder again is no edit.
        const qint64 lastId = edits[1].id;
        QVERIFY(accounts.renameFeed(blog, u"Our Blog"_qs));
        QVERIFY(accounts.moveFeed(blog, QString()));
        QCOMPARE(desk.edits().last().id, lastId);
        QCOMPARE(desk.editRows(), 2);

        // Refused in words, nothing changed or journalled.
        QVERIFY(!accounts.renameFeed(blog, u"   "_qs));
        QVERIFY2(accounts.error().contains(u"empty"_qs), qPrintable(accounts.error()));
        QVERIFY(!accounts.moveFeed(blog, u"user/-/label/Nowhere"_qs));
        QVERIFY2(accounts.error().contains(u"folder is gone from the account"_qs), qPrintable(accounts.error()));
        QCOMPARE(desk.folder(u"feed/1"_qs), QString());
        const qint64 local = desk.store.ensureFeed(desk.store.ensureSite(u"Local"_qs), DocumentKind::Articles,
                                                   u"https://local.example/feed"_qs);
        QVERIFY(local > 0);
        QVERIFY(!accounts.unsubscribeFeed(local));
        QVERIFY2(accounts.error().contains(u"not one of an account's"_qs), qPrintable(accounts.error()));
        QVERIFY(!accounts.renameFeed(local, u"X"_qs));
        QVERIFY(!accounts.moveFeed(local, QString()));
        QVERIFY(!accounts.accountFeed(local).has_value());
        QCOMPARE(desk.scalar(u"SELECT count(*) FROM feeds WHERE id = ?"_qs, {local}), 1);
        QCOMPARE(desk.editRows(), 2);

        // Unsubscribing after a rename and a move: only the unsubscribe is left, with the remote id, and
        // the local feed is gone.
        QVERIFY(accounts.unsubscribeFeed(blog));
        edits = desk.edits();
        QCOMPARE(edits.size(), 1);
        QCOMPARE(int(edits[0].action), int(FeedEdit::Action::Unsubscribe));
        QCOMPARE(edits[0].remoteId, u"feed/1"_qs);
        QCOMPARE(edits[0].feedUrl, u"https://blog.example/feed"_qs);
        QCOMPARE(desk.feedId(u"feed/1"_qs), -1);
        QCOMPARE(desk.scalar(u"SELECT count(*) FROM feeds WHERE id = ?"_qs, {blog}), 0);
        QVERIFY(!accounts.renameFeed(blog, u"Too late"_qs));
        QVERIFY(!accounts.unsubscribeFeed(blog));
        QCOMPARE(desk.editRows(), 1);
        QCOMPARE(accounts.accountFeeds(desk.accountId).size(), 1);
        QCOMPARE(accounts.accountFeed(shop)->title, u"Shop"_qs);

        // A new subscription to the same address drops the unsubscribe that did not go up.
        bool cancelled = false;
        QVERIFY(accounts.cancelUnsubscribe(desk.accountId, QUrl(u"https://other.example/feed"_qs), cancelled));
        QVERIFY(!cancelled);
        QVERIFY(accounts.cancelUnsubscribe(desk.accountId, QUrl(u"https://blog.example/feed"_qs), cancelled));
        QVERIFY(cancelled);
        QCOMPARE(desk.editRows(), 0);

        // Removing the account takes its waiting edits with it.
        QVERIFY(accounts.renameFeed(shop, u"Store"_qs));
        QCOMPARE(desk.editRows(), 1);
        QVERIFY(accounts.removeAccount(desk.accountId));
        QCOMPARE(desk.editRows(), 0);
    }

    // Tiny Tiny RSS's API cannot rename or move a feed: said in words, and nothing is journalled that
    // could never go up. Unsubscribing works.
    void ttRssCannotRenameOrMove()
    {
        Device desk;
        QVERIFY(desk.open(QUrl(u"http://127.0.0.1:9/tt-rss/"_qs), ServiceKind::TinyTinyRss));
        AccountStore accounts(desk.store);
        FeedChanges changes;
        QVERIFY(accounts.applyFeeds(desk.account(), {{u"3"_qs, u"Linux"_qs}},
                                    {{u"7"_qs, u"Blog"_qs, QUrl(u"https://blog.example/feed"_qs), {}, {}}}, changes));
        const qint64 blog = desk.feedId(u"7"_qs);
        QVERIFY(!AccountStore::canRenameOrMove(ServiceKind::TinyTinyRss));
        QVERIFY(AccountStore::canRenameOrMove(ServiceKind::GoogleReader));
        QVERIFY(!accounts.renameFeed(blog, u"The Blog"_qs));
        QVERIFY2(accounts.error().contains(u"Tiny Tiny RSS's API cannot rename"_qs), qPrintable(accounts.error()));
        QVERIFY(!accounts.moveFeed(blog, u"3"_qs));
        QVERIFY2(accounts.error().contains(u"Tiny Tiny RSS's API cannot move"_qs), qPrintable(accounts.error()));
        QCOMPARE(desk.title(u"7"_qs), u"Blog"_qs);
        QCOMPARE(desk.folder(u"7"_qs), QString());
        QCOMPARE(desk.editRows(), 0);
        QVERIFY(accounts.unsubscribeFeed(blog));
        QCOMPARE(desk.editRows(), 1);
    }

    // A feed list that comes down while edits wait (made after the push read the journal, or after a
    // push that failed) does not undo them.
    void feedListDoesNotUndoWaitingEdits()
    {
        Device desk;
        QVERIFY(desk.open(QUrl(u"http://127.0.0.1:9/api/greader.php"_qs)));
        AccountStore accounts(desk.store);
        const QList<RemoteFolder> folders = {{kTechLabel, u"Tech"_qs}, {kNewsLabel, u"News"_qs}};
        const QList<RemoteFeed> listed
                = {{u"feed/1"_qs, u"Blog"_qs, QUrl(u"https://blog.example/feed"_qs), {}, kTechLabel},
                   {u"feed/2"_qs, u"Shop"_qs, QUrl(u"https://shop.example/feed"_qs), {}, {}},
                   {u"feed/3"_qs, u"News"_qs, QUrl(u"https://news.example/feed"_qs), {}, {}}};
        FeedChanges changes;
        QVERIFY(accounts.applyFeeds(desk.account(), folders, listed, changes));
        QVERIFY(accounts.renameFeed(desk.feedId(u"feed/1"_qs), u"The Blog"_qs));
        QVERIFY(accounts.moveFeed(desk.feedId(u"feed/2"_qs), kNewsLabel));
        QVERIFY(accounts.unsubscribeFeed(desk.feedId(u"feed/3"_qs)));

        FeedChanges again;
        QVERIFY(accounts.applyFeeds(desk.account(), folders, listed, again));
        QCOMPARE(again.added, 0);
        QCOMPARE(again.renamed, 0);
        QCOMPARE(again.moved, 0);
        QCOMPARE(desk.title(u"feed/1"_qs), u"The Blog"_qs);
        QCOMPARE(desk.folder(u"feed/2"_qs), kNewsLabel);
        QCOMPARE(desk.feedId(u"feed/3"_qs), -1);
        QCOMPARE(desk.editRows(), 3);

        // Once they are gone from the journal (the service took them), the service's list is followed again.
        const QList<FeedEdit> edits = desk.edits();
        for (const FeedEdit &e : edits)
            QVERIFY(accounts.forgetFeedEdit(e.id));
        FeedChanges after;
        QVERIFY(accounts.applyFeeds(desk.account(), folders, listed, after));
        QCOMPARE(after.added, 1);
        QCOMPARE(after.renamed, 1);
        QCOMPARE(after.moved, 1);
        QCOMPARE(desk.title(u"feed/1"_qs), u"Blog"_qs);
    }

    // Device A renames, moves and unsubscribes; the service holds it after A's sync, device B after its own.
    void twoDevicesSeeEachOthersEdits()
    {
        GReaderTestServer server(kUser, kPassword);
        QVERIFY(server.listen());
        server.addFolder(u"Tech"_qs);
        server.addFolder(u"News"_qs);
        const QString blog = server.addFeed(u"Blog"_qs, u"https://blog.example/feed"_qs, u"Tech"_qs);
        const QString shop = server.addFeed(u"Shop"_qs, u"https://shop.example/feed"_qs);
        const QString gone = server.addFeed(u"Gone"_qs, u"https://gone.example/feed"_qs, u"Tech"_qs);
        server.addItem(blog, u"A"_qs, kStart);
        server.addItem(shop, u"B"_qs, kStart + 1);
        server.addItem(gone, u"C"_qs, kStart + 2);
        server.addItem(gone, u"D"_qs, kStart + 3);
        Device desk;
        Device phone;
        QVERIFY(desk.open(server.baseUrl()));
        QVERIFY(phone.open(server.baseUrl()));
        auto deskClient = client(server);
        auto phoneClient = client(server);
        QVERIFY(desk.sync(*deskClient).ok());
        QVERIFY(phone.sync(*phoneClient).ok());
        QCOMPARE(phone.articles(), 4);

        AccountStore accounts(desk.store);
        QVERIFY(accounts.renameFeed(desk.feedId(blog), u"First try"_qs));
        QVERIFY(accounts.renameFeed(desk.feedId(blog), u"The Blog"_qs));
        QVERIFY(accounts.moveFeed(desk.feedId(shop), kNewsLabel));
        QVERIFY(accounts.moveFeed(desk.feedId(blog), QString()));
        QVERIFY(accounts.unsubscribeFeed(desk.feedId(gone)));
        QCOMPARE(desk.articles(), 2); // C and D went with their feed
        QVERIFY(desk.countsAgree());
        QCOMPARE(server.subscriptionEdits().size(), 0); // nothing is sent before the sync

        const AccountSyncResult r = desk.sync(*deskClient);
        QVERIFY2(r.ok(), qPrintable(r.message()));
        QCOMPARE(r.feedEditsSent, 4);
        QVERIFY(r.notes.isEmpty());
        QVERIFY2(r.message().contains(u"4 feed change"_qs), qPrintable(r.message()));
        QCOMPARE(r.feeds.added + r.feeds.removed + r.feeds.renamed + r.feeds.moved, 0); // already as here
        QCOMPARE(desk.editRows(), 0);
        // One call per edit; the first title never went up.
        QCOMPARE(server.subscriptionEdits().size(), 4);
        for (const QStringList &call : server.subscriptionEdits())
            QVERIFY2(!call.contains(u"t=First try"_qs), qPrintable(call.join(u' ')));
        QCOMPARE(onServer(server, blog).title, u"The Blog"_qs);
        QCOMPARE(onServer(server, blog).folder, QString());
        QCOMPARE(onServer(server, shop).folder, u"News"_qs);
        QVERIFY(onServer(server, gone).id.isEmpty());
        QCOMPARE(server.feeds().size(), 2);

        // The other device follows at its next sync.
        const AccountSyncResult p = phone.sync(*phoneClient);
        QVERIFY2(p.ok(), qPrintable(p.message()));
        QCOMPARE(p.feeds.renamed, 1);
        QCOMPARE(p.feeds.moved, 2);
        QCOMPARE(p.feeds.removed, 1);
        QCOMPARE(phone.title(blog), u"The Blog"_qs);
        QCOMPARE(phone.folder(blog), QString());
        QCOMPARE(phone.folder(shop), kNewsLabel);
        QCOMPARE(phone.feedId(gone), -1);
        QCOMPARE(phone.articles(), 2);
        QVERIFY(phone.countsAgree());

        // A sync with nothing waiting sends nothing, and changes nothing.
        QVERIFY(desk.sync(*deskClient).ok());
        QCOMPARE(server.subscriptionEdits().size(), 4);
        QCOMPARE(desk.title(blog), u"The Blog"_qs);
    }

    // Offline: edits wait, local state stays as the user left it; back online, each goes up once.
    void offlineEditsWaitAndGoUpOnce()
    {
        GReaderTestServer server(kUser, kPassword);
        QVERIFY(server.listen());
        server.addFolder(u"Tech"_qs);
        const QString blog = server.addFeed(u"Blog"_qs, u"https://blog.example/feed"_qs);
        const QString gone = server.addFeed(u"Gone"_qs, u"https://gone.example/feed"_qs);
        server.addItem(gone, u"C"_qs, kStart);
        Device desk;
        QVERIFY(desk.open(server.baseUrl()));
        auto online = client(server);
        QVERIFY(desk.sync(*online).ok());
        AccountStore accounts(desk.store);
        QVERIFY(accounts.renameFeed(desk.feedId(blog), u"The Blog"_qs));
        QVERIFY(accounts.moveFeed(desk.feedId(blog), kTechLabel));
        QVERIFY(accounts.unsubscribeFeed(desk.feedId(gone)));

        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        QUrl nowhere = server.baseUrl();
        nowhere.setPort(closed.serverPort());
        closed.close();
        GReaderClient offline(m_network, nowhere, kUser, kPassword);
        const AccountSyncResult failed = desk.sync(offline);
        QVERIFY(!failed.ok());
        QCOMPARE(int(failed.error.kind), int(ServiceError::Kind::Unreachable));
        QCOMPARE(desk.editRows(), 3);
        QCOMPARE(desk.title(blog), u"The Blog"_qs);
        QCOMPARE(desk.folder(blog), kTechLabel);
        QCOMPARE(desk.feedId(gone), -1);
        QCOMPARE(desk.account().state, u"failed"_qs);

        // The feed list comes down but the edits cannot go up: nothing undone, nothing brought back.
        LossyService lossy(*online);
        lossy.loseEditsBeforeSending = true;
        QVERIFY(!desk.sync(lossy).ok());
        QCOMPARE(desk.editRows(), 3);
        QCOMPARE(desk.feedId(gone), -1);
        QCOMPARE(desk.title(blog), u"The Blog"_qs);
        QCOMPARE(server.subscriptionEdits().size(), 0);

        const AccountSyncResult back = desk.sync(*online);
        QVERIFY2(back.ok(), qPrintable(back.message()));
        QCOMPARE(back.feedEditsSent, 3);
        QCOMPARE(desk.editRows(), 0);
        QCOMPARE(server.subscriptionEdits().size(), 3);
        QCOMPARE(onServer(server, blog).title, u"The Blog"_qs);
        QCOMPARE(onServer(server, blog).folder, u"Tech"_qs);
        QVERIFY(onServer(server, gone).id.isEmpty());
        QVERIFY(desk.sync(*online).ok());
        QCOMPARE(server.subscriptionEdits().size(), 3);
        QCOMPARE(desk.account().state, u"ok"_qs);
    }

    // Killed after the service took the edits, before the journal heard: they are sent again, which the
    // service takes as done (an unsubscribe of a feed it no longer has is refused: dropped, with a note).
    void lostAnswersAreSentAgainHarmlessly()
    {
        GReaderTestServer server(kUser, kPassword);
        QVERIFY(server.listen());
        const QString blog = server.addFeed(u"Blog"_qs, u"https://blog.example/feed"_qs);
        const QString gone = server.addFeed(u"Gone"_qs, u"https://gone.example/feed"_qs);
        Device desk;
        QVERIFY(desk.open(server.baseUrl()));
        auto c = client(server);
        QVERIFY(desk.sync(*c).ok());
        AccountStore accounts(desk.store);
        QVERIFY(accounts.renameFeed(desk.feedId(blog), u"The Blog"_qs));
        QVERIFY(accounts.unsubscribeFeed(desk.feedId(gone)));

        LossyService lossy(*c);
        lossy.loseEditAnswers = true;
        QVERIFY(!desk.sync(lossy).ok());
        QCOMPARE(server.subscriptionEdits().size(), 1); // the sync stops at the first lost answer
        QCOMPARE(desk.editRows(), 2);
        QCOMPARE(onServer(server, blog).title, u"The Blog"_qs);

        const AccountSyncResult r = desk.sync(*c);
        QVERIFY2(r.ok(), qPrintable(r.message()));
        QCOMPARE(r.feedEditsSent, 2);
        QCOMPARE(desk.editRows(), 0);
        QCOMPARE(onServer(server, blog).title, u"The Blog"_qs);
        QVERIFY(onServer(server, gone).id.isEmpty());
        QCOMPARE(desk.title(blog), u"The Blog"_qs);
        QCOMPARE(desk.feedId(gone), -1);

        // Now the unsubscribe's answer is lost: sent again, the service no longer has the feed.
        const QString other = server.addFeed(u"Other"_qs, u"https://other.example/feed"_qs);
        QVERIFY(desk.sync(*c).ok());
        QVERIFY(accounts.unsubscribeFeed(desk.feedId(other)));
        QVERIFY(!desk.sync(lossy).ok());
        QVERIFY(onServer(server, other).id.isEmpty());
        QCOMPARE(desk.editRows(), 1);
        const AccountSyncResult again = desk.sync(*c);
        QVERIFY2(again.ok(), qPrintable(again.message()));
        QCOMPARE(again.feedEditsSent, 0);
        QCOMPARE(again.notes.size(), 1);
        QVERIFY2(again.message().contains(u"unsubscribing from Other"_qs), qPrintable(again.message()));
        QCOMPARE(desk.editRows(), 0);
        QCOMPARE(desk.feedId(other), -1);
    }

    // An edit of a feed the service no longer has is refused for good: dropped with a note, and the
    // service's state comes down in the same sync. A 5xx keeps it for later.
    void refusedEditsAreDroppedServerErrorsKept()
    {
        GReaderTestServer server(kUser, kPassword);
        QVERIFY(server.listen());
        const QString blog = server.addFeed(u"Blog"_qs, u"https://blog.example/feed"_qs);
        const QString shop = server.addFeed(u"Shop"_qs, u"https://shop.example/feed"_qs);
        Device desk;
        QVERIFY(desk.open(server.baseUrl()));
        auto c = client(server);
        QVERIFY(desk.sync(*c).ok());
        AccountStore accounts(desk.store);

        QVERIFY(accounts.renameFeed(desk.feedId(shop), u"The Shop"_qs));
        server.failNext("reader/api/0/subscription/edit", {503, "Service Unavailable", {}, "busy"});
        const AccountSyncResult busy = desk.sync(*c);
        QVERIFY(!busy.ok());
        QCOMPARE(int(busy.error.kind), int(ServiceError::Kind::ServerError));
        QCOMPARE(desk.editRows(), 1);
        QCOMPARE(desk.account().state, u"backing_off"_qs);
        QCOMPARE(desk.title(shop), u"The Shop"_qs);

        // Meanwhile another device unsubscribed from the blog, which is renamed here.
        QVERIFY(client(server)->unsubscribe(blog).ok());
        QVERIFY(accounts.renameFeed(desk.feedId(blog), u"The Blog"_qs));
        const AccountSyncResult r = desk.sync(*c);
        QVERIFY2(r.ok(), qPrintable(r.message()));
        QCOMPARE(r.feedEditsSent, 1); // the shop's rename
        QCOMPARE(r.notes.size(), 1);
        QVERIFY2(r.notes.first().contains(u"The Blog"_qs), qPrintable(r.notes.first()));
        QCOMPARE(r.feeds.removed, 1);
        QCOMPARE(desk.feedId(blog), -1);
        QCOMPARE(desk.editRows(), 0);
        QCOMPARE(onServer(server, shop).title, u"The Shop"_qs);
        QCOMPARE(desk.account().state, u"ok"_qs);
    }

    // A service that cannot do an edit at all: the row is dropped with a note, never sent again, and the
    // service's own title comes back in the same sync.
    void unsupportedEditsAreDroppedAndTheServiceStands()
    {
        GReaderTestServer server(kUser, kPassword);
        QVERIFY(server.listen());
        const QString blog = server.addFeed(u"Blog"_qs, u"https://blog.example/feed"_qs);
        Device desk;
        QVERIFY(desk.open(server.baseUrl()));
        auto c = client(server);
        QVERIFY(desk.sync(*c).ok());
        QVERIFY(AccountStore(desk.store).renameFeed(desk.feedId(blog), u"The Blog"_qs));
        LossyService cannot(*c);
        cannot.renameUnsupported = true;
        const AccountSyncResult r = desk.sync(cannot);
        QVERIFY2(r.ok(), qPrintable(r.message()));
        QCOMPARE(r.feedEditsSent, 0);
        QCOMPARE(r.notes.size(), 1);
        QVERIFY2(r.message().contains(u"cannot rename"_qs), qPrintable(r.message()));
        QCOMPARE(r.feeds.renamed, 1);
        QCOMPARE(desk.title(blog), u"Blog"_qs);
        QCOMPARE(desk.editRows(), 0);
        QVERIFY(desk.sync(cannot).notes.isEmpty());
    }

    // push() (what the window calls to send changes soon) sends feed edits too.
    void pushSendsFeedEdits()
    {
        GReaderTestServer server(kUser, kPassword);
        QVERIFY(server.listen());
        const QString blog = server.addFeed(u"Blog"_qs, u"https://blog.example/feed"_qs);
        Device desk;
        QVERIFY(desk.open(server.baseUrl()));
        auto c = client(server);
        QVERIFY(desk.sync(*c).ok());
        QVERIFY(AccountStore(desk.store).renameFeed(desk.feedId(blog), u"The Blog"_qs));
        AccountSync sync([&desk](const AccountSync::StoreJob &job) { job(desk.store); }, *c, desk.accountId);
        const AccountSyncResult r = sync.push();
        QVERIFY2(r.ok(), qPrintable(r.message()));
        QCOMPARE(r.feedEditsSent, 1);
        QCOMPARE(onServer(server, blog).title, u"The Blog"_qs);
        QCOMPARE(desk.editRows(), 0);
    }
};

QTEST_GUILESS_MAIN(TestFeedEdits)
#include "tst_feededits.moc"
