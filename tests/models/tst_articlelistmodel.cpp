#include "ArticleListModel.h"
#include "storage/Importer.h"
#include "storage/StorageThread.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace tidings;

namespace {

// 450 articles a minute apart; every third starred-worthy word "zebra" for search.
QByteArray feed(int items)
{
    QByteArray doc = "<rss version=\"2.0\"><channel><title>Listed</title>";
    const QDateTime start(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    for (int i = 0; i < items; ++i) {
        const QByteArray n = QByteArray::number(i);
        doc += "<item><title>Article " + n + (i % 3 == 0 ? " zebra" : "") + "</title><guid>a" + n + "</guid><pubDate>"
                + start.addSecs(qint64(i) * 60).toString(Qt::RFC2822Date).toLatin1() + "</pubDate></item>";
    }
    return doc + "</channel></rss>";
}

} // namespace

class TestArticleListModel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    Store m_writer;
    std::unique_ptr<StorageThread> m_reader;

    // All articles, watched by a tester from before its first row; the test drives the paging itself.
    ArticleListModel *modelOfAllArticles()
    {
        auto *model = new ArticleListModel(m_reader.get(), this);
        auto *tester
                = new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::QtTest, model);
        tester->setUseFetchMore(false);
        model->setFilter({});
        return model;
    }

private slots:
    void initTestCase()
    {
        m_path = m_dir.filePath(u"list.sqlite"_qs);
        QVERIFY(m_writer.open(m_path));
        QByteArray doc = feed(450);
        QBuffer buffer(&doc);
        buffer.open(QIODevice::ReadOnly);
        ImportOptions options;
        options.url = QUrl(u"https://list.example/feed"_qs);
        QVERIFY(Importer(m_writer).importDevice(&buffer, options).ok());
        m_reader = std::make_unique<StorageThread>(m_path, nullptr, Database::Mode::ReadOnly);
        auto opened = m_reader->open();
        QTRY_VERIFY(opened.isFinished());
        QCOMPARE(opened.result(), QString());
    }

    void pagesInNewestFirst()
    {
        auto *model = new ArticleListModel(m_reader.get(), this);
        auto *tester
                = new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::QtTest, model);
        tester->setUseFetchMore(false); // this test drives the paging itself
        model->setFilter({});
        QTRY_COMPARE(model->rowCount(), ArticleListModel::kPageSize);
        QVERIFY(model->canFetchMore({}));
        model->fetchMore({});
        QTRY_COMPARE(model->rowCount(), 2 * ArticleListModel::kPageSize);
        model->fetchMore({});
        QTRY_COMPARE(model->rowCount(), 450);
        QTRY_VERIFY(!model->isLoading());
        QVERIFY(!model->canFetchMore({}));
        QCOMPARE(model->index(0, ArticleListModel::TitleColumn).data().toString(), u"Article 449"_qs);
        QCOMPARE(model->index(449, ArticleListModel::TitleColumn).data().toString(), u"Article 0 zebra"_qs);
        for (int row = 1; row < model->rowCount(); ++row) {
            QVERIFY(model->index(row - 1, 0).data(ArticleListModel::PublishedRole).toDateTime()
                    > model->index(row, 0).data(ArticleListModel::PublishedRole).toDateTime());
        }
        QCOMPARE(model->index(0, 0).data(Qt::FontRole).value<QFont>().bold(), true); // unread
        delete model;
    }

    void theTesterFetchesEverythingThroughFetchMore()
    {
        auto *model = new ArticleListModel(m_reader.get(), this);
        new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::QtTest, model);
        model->setFilter({});
        QTRY_COMPARE(model->rowCount(), 450);
        delete model;
    }

    void commentCountsAndNewComments()
    {
        // Article 449 is the top row. Its thread: two comments, then the user reads it, then one more.
        QSqlQuery q(m_writer.database().connection());
        QVERIFY(q.exec(u"SELECT id FROM articles WHERE title = 'Article 449'"_qs) && q.next());
        const qint64 article = q.value(0).toLongLong();
        auto comment = [&](const char *id, qint64 fetchedAt) {
            QSqlQuery insert(m_writer.database().connection());
            insert.prepare(u"INSERT INTO comments (article_id, remote_id, content_hash, fetched_at) "
                           u"VALUES (?, ?, x'00', ?)"_qs);
            insert.addBindValue(article);
            insert.addBindValue(QString::fromLatin1(id));
            insert.addBindValue(fetchedAt);
            QVERIFY(insert.exec());
        };
        comment("c1", 100);
        comment("c2", 100);
        {
            ArticleListModel *model = modelOfAllArticles();
            QTRY_COMPARE(model->rowCount(), ArticleListModel::kPageSize);
            const QModelIndex count = model->index(0, ArticleListModel::CommentsColumn);
            QCOMPARE(count.data(ArticleListModel::CommentCountRole).toInt(), 2);
            QCOMPARE(count.data(ArticleListModel::NewCommentCountRole).toInt(), 0); // never looked at: none "new"
            QCOMPARE(count.data().toString(), u"2"_qs);
            delete model;
        }
        QVERIFY(q.exec(u"UPDATE articles SET thread_seen_at = 150 WHERE id = %1"_qs.arg(article)));
        comment("c3", 200);
        ArticleListModel *model = modelOfAllArticles();
        QTRY_COMPARE(model->rowCount(), ArticleListModel::kPageSize);
        const QModelIndex count = model->index(0, ArticleListModel::CommentsColumn);
        QCOMPARE(count.data(ArticleListModel::CommentCountRole).toInt(), 3);
        QCOMPARE(count.data(ArticleListModel::NewCommentCountRole).toInt(), 1);
        QCOMPARE(count.data().toString(), u"3 (+1)"_qs);
        // (English plural forms come from the app's translation, which this test does not load.)
        const QString tip = count.data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.startsWith(u"3 comment"_qs) && tip.endsWith(u", 1 new since you last read the thread"_qs),
                 qPrintable(tip));
        QVERIFY(!model->index(1, ArticleListModel::CommentsColumn).data().isValid()); // no comments: blank
        delete model;
        QVERIFY(q.exec(u"DELETE FROM comments"_qs));
        QVERIFY(q.exec(u"UPDATE articles SET thread_seen_at = NULL"_qs));
    }

    void marksUpdateInPlace()
    {
        ArticleListModel *model = modelOfAllArticles();
        QTRY_COMPARE(model->rowCount(), ArticleListModel::kPageSize);
        QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
        model->setRead(3, true);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(2).value<QList<int>>(), (QList<int>{ArticleListModel::ReadRole, Qt::FontRole}));
        QVERIFY(!model->index(3, 0).data(Qt::FontRole).value<QFont>().bold());
        model->setRead(3, true); // no change, no signal
        QCOMPARE(changed.size(), 1);
        delete model;
    }

    void filters()
    {
        ArticleListModel model(m_reader.get());
        new QAbstractItemModelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest, &model);
        const qint64 first = 1;
        QVERIFY(m_writer.setStarred(first, true));
        QVERIFY(m_writer.setRead(first, true));
        model.setFilter({ArticleFilter::Kind::Starred, -1, {}});
        QTRY_VERIFY(!model.isLoading());
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.articleId(0), first);
        model.setFilter({ArticleFilter::Kind::Search, -1, u"zebra"_qs});
        QTRY_COMPARE(model.rowCount(), 150);
        // A filter changed before its first page came back: the late page is dropped.
        model.setFilter({});
        model.setFilter({ArticleFilter::Kind::Unread, -1, {}});
        QTRY_COMPARE(model.rowCount(), 449); // the tester pages through to the end
        QTest::qWait(50);
        QCOMPARE(model.rowCount(), 449);
        for (int row = 0; row < model.rowCount(); ++row)
            QVERIFY(!model.index(row, 0).data(ArticleListModel::ReadRole).toBool());
    }

    void newArticlesArriveAboveWithoutAReset()
    {
        ArticleListModel *model = modelOfAllArticles();
        QTRY_COMPARE(model->rowCount(), ArticleListModel::kPageSize);
        const qint64 topBefore = model->articleId(0);
        QSignalSpy reset(model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);

        // A refresh stores three newer articles.
        QByteArray doc
                = "<rss version=\"2.0\"><channel><title>Listed</title>"
                  "<item><title>Fresh 1</title><guid>f1</guid><pubDate>Sat, 1 Jan 2028 00:00:00 GMT</pubDate></item>"
                  "<item><title>Fresh 2</title><guid>f2</guid><pubDate>Sat, 1 Jan 2028 00:01:00 GMT</pubDate></item>"
                  "<item><title>Fresh 3</title><guid>f3</guid><pubDate>Sat, 1 Jan 2028 00:02:00 GMT</pubDate></item>"
                  "</channel></rss>";
        QBuffer buffer(&doc);
        buffer.open(QIODevice::ReadOnly);
        ImportOptions options;
        options.url = QUrl(u"https://list.example/feed"_qs);
        QVERIFY(Importer(m_writer).importDevice(&buffer, options).ok());

        model->loadNewer();
        QTRY_COMPARE(model->rowCount(), ArticleListModel::kPageSize + 3);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 0);
        QCOMPARE(inserted.at(0).at(2).toInt(), 2);
        QCOMPARE(model->index(0, 0).data().toString(), u"Fresh 3"_qs);
        QCOMPARE(model->articleId(3), topBefore);
        model->loadNewer(); // nothing newer: nothing happens
        QTest::qWait(100);
        QCOMPARE(model->rowCount(), ArticleListModel::kPageSize + 3);
        delete model;
        QVERIFY(m_writer.database().exec(u"DELETE FROM articles WHERE guid IN ('f1', 'f2', 'f3')"_qs));
    }

    void changedArticlesUpdateInPlace()
    {
        ArticleListModel *model = modelOfAllArticles();
        QTRY_COMPARE(model->rowCount(), ArticleListModel::kPageSize);
        QSignalSpy reset(model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(model, &QAbstractItemModel::dataChanged);

        // The publisher edits two titles (rows 1 and 2: articles 448 and 447); the feed still has the
        // others' old text, so only these two count as changed.
        QByteArray doc = feed(450);
        doc.replace("<title>Article 448</title>", "<title>Article 448, corrected</title>");
        doc.replace("<title>Article 447 zebra</title>", "<title>Article 447, with zebras</title>");
        QBuffer buffer(&doc);
        buffer.open(QIODevice::ReadOnly);
        ImportOptions options;
        options.url = QUrl(u"https://list.example/feed"_qs);
        const ImportResult result = Importer(m_writer).importDevice(&buffer, options);
        QVERIFY(result.ok());
        QCOMPARE(result.counts.updated, 2);
        QCOMPARE(result.counts.changedArticles.size(), 2);
        QVERIFY(result.counts.changedArticles.contains(model->articleId(1)));
        QVERIFY(result.counts.changedArticles.contains(model->articleId(2)));

        model->reloadRows(result.counts.changedArticles);
        QTRY_COMPARE(changed.size(), 1); // one run of neighbouring rows
        QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 1);
        QCOMPARE(changed.at(0).at(1).value<QModelIndex>().row(), 2);
        QCOMPARE(model->index(1, 0).data().toString(), u"Article 448, corrected"_qs);
        QCOMPARE(model->index(2, 0).data().toString(), u"Article 447, with zebras"_qs);
        QCOMPARE(model->index(0, 0).data().toString(), u"Article 449"_qs);

        // "Too many to name": every row is read again, and only those that differ are announced.
        const qint64 starredId = model->articleId(5);
        QVERIFY(m_writer.setStarred(starredId, true));
        changed.clear();
        model->reloadRows({}, true);
        QTRY_COMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 5);
        QCOMPARE(changed.at(0).at(1).value<QModelIndex>().row(), 5);
        QVERIFY(model->index(5, 0).data(ArticleListModel::StarredRole).toBool());
        QCOMPARE(reset.size(), 0);
        QCOMPARE(inserted.size(), 0);
        QCOMPARE(model->rowCount(), ArticleListModel::kPageSize);
        delete model;
        QVERIFY(m_writer.setStarred(starredId, false));
    }

    void readsWhileTheWriterHoldsATransaction()
    {
        QVERIFY(m_writer.begin());
        ImportCounts counts;
        ParsedArticle a;
        a.id = u"in-flight"_qs;
        a.title = {u"Not yet committed"_qs, false};
        QVERIFY(m_writer.upsertArticle(1, toRecord(a), 1, counts));
        ArticleListModel model(m_reader.get());
        model.setFilter({});
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), ArticleListModel::kPageSize, 5000); // WAL: no waiting
        for (int row = 0; row < model.rowCount(); ++row)
            QVERIFY(model.index(row, 0).data().toString() != u"Not yet committed"_qs);
        m_writer.rollback();
    }
};

QTEST_MAIN(TestArticleListModel)
#include "tst_articlelistmodel.moc"
