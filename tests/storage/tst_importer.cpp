#include "storage/DemoSite.h"
#include "storage/Importer.h"
#include "storage/Sources.h"
#include "storage/StorageThread.h"

#include <QBuffer>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace tidings;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(TIDINGS_FIXTURES_DIR "/") + QString::fromLatin1(name);
}

qint64 scalar(Store &store, const QString &sql)
{
    QSqlQuery q(store.database().connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

QByteArray generatedFeed(int items, int bodyBytes)
{
    QByteArray doc = "<rss version=\"2.0\"><channel><title>Generated</title>";
    const QByteArray body(bodyBytes, 'x');
    for (int i = 0; i < items; ++i) {
        doc += "<item><title>Item " + QByteArray::number(i) + "</title><guid>id-" + QByteArray::number(i)
                + "</guid><description>word" + QByteArray::number(i) + " " + body + "</description></item>";
    }
    return doc + "</channel></rss>";
}

} // namespace

class TestImporter : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_store.open(m_dir.filePath(u"i%1.sqlite"_qs.arg(++m_counter))), qPrintable(m_store.error()));
    }

    void importsAndReimportsWithoutDuplicates()
    {
        Importer importer(m_store);
        ImportOptions options;
        options.url = QUrl(u"https://gadgets.example/feed/"_qs);
        ImportResult r = importer.importFile(fixture("wordpress-rss.xml"), options);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.siteName, u"Gadget Notes"_qs);
        QCOMPARE(r.counts.added, 2);
        QCOMPARE(r.format, FeedFormat::Rss20);
        r = importer.importFile(fixture("wordpress-rss.xml"), options);
        QCOMPARE(r.counts.added, 0);
        QCOMPARE(r.counts.unchanged, 2);
        QCOMPARE(m_store.stats().articles, 2);
        QCOMPARE(
                scalar(m_store,
                       u"SELECT count(*) FROM feeds WHERE url = 'https://gadgets.example/feed/' AND format = 'rss20'"_qs),
                1);
    }

    void commentsAttachToTheirArticle()
    {
        Importer importer(m_store);
        ImportOptions feed;
        feed.url = QUrl(u"https://gadgets.example/feed/"_qs);
        QVERIFY(importer.importFile(fixture("wordpress-rss.xml"), feed).ok());

        // REST comments name their article through their link.
        ImportOptions rest;
        rest.siteName = u"Gadget Notes"_qs;
        rest.url = QUrl(u"https://gadgets.example/wp-json/wp/v2/comments?post=101"_qs);
        ImportResult r = importer.importFile(fixture("wp-comments.json"), rest);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.kind, DocumentKind::Comments);
        QCOMPARE(r.counts.added, 3);
        QCOMPARE(r.orphanComments, 0);
        QCOMPARE(scalar(m_store, u"SELECT count(DISTINCT article_id) FROM comments"_qs), 1);
        QCOMPARE(
                scalar(m_store,
                       u"SELECT a.guid = 'https://gadgets.example/?p=101' FROM comments c JOIN articles a ON a.id = c.article_id LIMIT 1"_qs),
                1);
        // 13 answers 12 answers 11: three levels.
        QCOMPARE(
                scalar(m_store,
                       u"SELECT g.remote_id = '11' FROM comments c JOIN comments p ON p.id = c.parent_id JOIN comments g ON g.id = p.parent_id WHERE c.remote_id = '13'"_qs),
                1);

        // The RSS comment feed is found by the article's wfw:commentRss URL.
        ImportOptions rss;
        rss.siteName = u"Gadget Notes"_qs;
        rss.url = QUrl(u"https://gadgets.example/2026/11/headphone-pads/feed/"_qs);
        r = importer.importFile(fixture("wp-comments-rss.xml"), rss);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.counts.added, 2);
        QCOMPARE(r.orphanComments, 0);
    }

    void commentsWithoutAStoredArticleAreCountedNotStored()
    {
        Importer importer(m_store);
        ImportResult r = importer.importFile(fixture("wp-comments.json"), {});
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.orphanComments, 3);
        QCOMPARE(m_store.stats().comments, 0);
    }

    void malformedFeedIsStoredAndReported()
    {
        Importer importer(m_store);
        const ImportResult r = importer.importFile(fixture("malformed-entities.xml"), {});
        QVERIFY2(r.ok(), qPrintable(r.error));
        QVERIFY(!r.malformed.isEmpty());
        QCOMPARE(r.counts.added, 2);
    }

    void unreadableAndNonFeedInputStoreNothing()
    {
        Importer importer(m_store);
        ImportResult r = importer.importFile(m_dir.filePath(u"missing.xml"_qs), {});
        QVERIFY(!r.ok());
        QVERIFY(r.error.contains(u"cannot open"));
        r = importer.importFile(fixture("not-a-feed.html"), {});
        QVERIFY(!r.ok());
        QCOMPARE(m_store.stats().sites, 0);
        QCOMPARE(m_store.stats().feeds, 0);
    }

    void pipelineStoresEveryBatch()
    {
        QByteArray doc = generatedFeed(95, 50);
        QBuffer buffer(&doc);
        buffer.open(QIODevice::ReadOnly);
        ImportOptions options;
        options.transactionSize = 10;
        options.url = QUrl(u"https://gen.example/feed"_qs);
        Importer importer(m_store);
        const ImportResult r = importer.importDevice(&buffer, options);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.counts.added, 95);
        QCOMPARE(m_store.stats().articles, 95);
        QCOMPARE(m_store.search(u"word94"_qs).size(), 1);
    }

    void fullDiskStopsCleanlyAndKeepsWholeBatches()
    {
        // SQLite reports SQLITE_FULL when the file may not grow: the same path a full disk takes.
        QVERIFY(m_store.database().exec(u"PRAGMA max_page_count = 150"_qs));
        QByteArray doc = generatedFeed(6000, 400);
        QBuffer buffer(&doc);
        buffer.open(QIODevice::ReadOnly);
        ImportOptions options;
        options.transactionSize = 500;
        options.url = QUrl(u"https://gen.example/feed"_qs);
        Importer importer(m_store);
        const ImportResult r = importer.importDevice(&buffer, options);
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(u"disk is full"), qPrintable(r.error));
        const qint64 stored = m_store.stats().articles;
        QVERIFY(stored < 6000);
        QCOMPARE(stored % 500, 0); // no half-written transaction
        QVERIFY2(r.error.contains(u"; %1 item"_qs.arg(stored)), qPrintable(r.error));
        QCOMPARE(scalar(m_store, u"SELECT count(*) FROM articles_fts"_qs), stored);
        QSqlQuery check(m_store.database().connection());
        QVERIFY(check.exec(u"PRAGMA integrity_check"_qs) && check.next());
        QCOMPARE(check.value(0).toString(), u"ok"_qs);
    }

    void demoSiteImportsArticlesThreadsAndShop()
    {
        const ImportResult r = importDemoSite(m_store);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.orphanComments, 0);
        const StoreStats s = m_store.stats();
        QCOMPARE(s.sites, 1);
        QVERIFY(s.articles >= 12);
        QVERIFY(s.products >= 15);
        QVERIFY(s.comments >= 15);
        QVERIFY(scalar(m_store, u"SELECT count(*) FROM product_variants WHERE sale_price_minor IS NOT NULL"_qs) >= 2);
        QVERIFY(scalar(m_store, u"SELECT count(*) FROM product_variants WHERE availability = 'out_of_stock'"_qs) >= 2);
        // Threads go three levels deep somewhere.
        QVERIFY(scalar(m_store,
                       u"SELECT count(*) FROM comments c JOIN comments p ON p.id = c.parent_id WHERE p.parent_id IS NOT NULL"_qs)
                >= 1);
        // Nothing of the demo is ever fetched: its addresses lead nowhere.
        QCOMPARE(scalar(m_store, u"SELECT count(*) FROM feeds WHERE stopped_reason IS NULL"_qs), 0);
        Sources sources(m_store.database());
        QVERIFY(sources.feedsToRefresh(-1, QDateTime::currentSecsSinceEpoch(), true).isEmpty());
        QVERIFY(sources.threadsToRefresh(-1, QDateTime::currentSecsSinceEpoch(), 100).isEmpty());
        // Comment counts in the feed agree with the threads that were imported.
        QCOMPARE(
                scalar(m_store,
                       u"SELECT count(*) FROM articles a WHERE comment_count != (SELECT count(*) FROM comments c WHERE c.article_id = a.id)"_qs),
                0);
    }

    void jobsBeforeTheStoreIsOpenGetAnEmptyResult()
    {
        StorageThread storage(m_dir.filePath(u"not-yet.sqlite"_qs));
        QFuture<qint64> early = storage.run([](Store &store) { return store.stats().sites + 1; });
        QTRY_VERIFY(early.isFinished());
        QCOMPARE(early.result(), 0); // not run: a default result, no crash
    }

    void storageThreadRunsJobsOffTheCallingThread()
    {
        StorageThread storage(m_dir.filePath(u"threaded.sqlite"_qs));
        QFuture<QString> opened = storage.open();
        QTRY_VERIFY(opened.isFinished());
        QCOMPARE(opened.result(), QString());
        QThread *caller = QThread::currentThread();
        QFuture<bool> offThread = storage.run([caller](Store &) { return QThread::currentThread() != caller; });
        QFuture<qint64> sites
                = storage.run([](Store &store) { return importDemoSite(store).ok() ? store.stats().sites : -1; });
        QTRY_VERIFY(sites.isFinished());
        QVERIFY(offThread.result());
        QCOMPARE(sites.result(), 1);
    }

private:
    QTemporaryDir m_dir;
    Store m_store;
    int m_counter = 0;
};

QTEST_GUILESS_MAIN(TestImporter)
#include "tst_importer.moc"
