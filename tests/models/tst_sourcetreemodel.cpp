#include "SourceTreeModel.h"
#include "storage/DemoSite.h"
#include "storage/StorageThread.h"

#include <QAbstractItemModelTester>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace tidings;

class TestSourceTreeModel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Store m_writer;
    std::unique_ptr<StorageThread> m_reader;

    qint64 articleByTitle(const QString &title)
    {
        QSqlQuery q(m_writer.database().connection());
        q.prepare(u"SELECT id FROM articles WHERE title = ?"_qs);
        q.addBindValue(title);
        return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
    }

private slots:
    void initTestCase()
    {
        const QString path = m_dir.filePath(u"tree.sqlite"_qs);
        QVERIFY(m_writer.open(path));
        QVERIFY(importDemoSite(m_writer).ok());
        m_reader = std::make_unique<StorageThread>(path, nullptr, Database::Mode::ReadOnly);
        auto opened = m_reader->open();
        QTRY_VERIFY(opened.isFinished());
        QCOMPARE(opened.result(), QString());
    }

    void listsSourcesWithUnreadCounts()
    {
        auto *model = new SourceTreeModel(m_reader.get(), this);
        new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::QtTest, model);
        QSignalSpy reloaded(model, &SourceTreeModel::reloaded);
        model->reload();
        QVERIFY(reloaded.wait(5000));
        QCOMPARE(model->rowCount(), 4); // All, Unread, Starred, The Patch Bay
        QCOMPARE(model->index(0, 0).data().toString(), u"All articles"_qs);
        QCOMPARE(model->index(0, 0).data(SourceTreeModel::FilterRole).value<ArticleFilter>().kind,
                 ArticleFilter::Kind::All);
        const QModelIndex site = model->index(3, 0);
        QCOMPARE(site.data().toString(), u"The Patch Bay"_qs);
        QCOMPARE(model->rowCount(site), 1); // the article feed; the shop is not news
        QCOMPARE(model->index(3, SourceTreeModel::UnreadColumn).data().toLongLong(), 12);
        QCOMPARE(model->index(0, 0, site).data(SourceTreeModel::FilterRole).value<ArticleFilter>().kind,
                 ArticleFilter::Kind::Feed);

        // Reading one: the counts change in place, without a reset.
        QSignalSpy reset(model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
        QVERIFY(m_writer.setRead(articleByTitle(u"Five cable organisers, one winner"_qs), true));
        model->reload();
        QVERIFY(reloaded.wait(5000));
        QCOMPARE(reset.size(), 0);
        QVERIFY(!changed.isEmpty());
        QCOMPARE(model->index(3, SourceTreeModel::UnreadColumn).data().toLongLong(), 11);
        QCOMPARE(model->index(1, SourceTreeModel::UnreadColumn).data().toLongLong(), 11);
        delete model;
    }

    void articleDetailOrdersTheThread()
    {
        const qint64 id = articleByTitle(u"Why your USB-C cable charges slowly"_qs);
        const ArticleDetail d = articleDetail(m_writer.database(), id);
        QCOMPARE(d.title, u"Why your USB-C cable charges slowly"_qs);
        QCOMPARE(d.site, u"The Patch Bay"_qs);
        QVERIFY(d.bodyHtml.contains(u"e-marker"));
        QList<int> depths;
        QStringList authors;
        for (const ArticleDetail::Comment &c : d.comments) {
            depths.append(c.depth);
            authors.append(c.author);
        }
        QCOMPARE(depths, (QList<int>{0, 1, 2, 0, 1, 2}));
        QCOMPARE(authors.first(), u"Jonas P."_qs);
        QCOMPARE(authors.at(3), u"Priya"_qs);
    }

    void aCycleOfRepliesIsShownNotLost()
    {
        const qint64 id = articleByTitle(u"GaN chargers are finally boring, and that is good"_qs);
        QVERIFY(m_writer.database().exec(
                u"UPDATE comments SET parent_id = (SELECT max(id) FROM comments WHERE article_id = %1) "
                u"WHERE id = (SELECT min(id) FROM comments WHERE article_id = %1)"_qs.arg(id)));
        QCOMPARE(articleDetail(m_writer.database(), id).comments.size(), 3);
    }
};

QTEST_MAIN(TestSourceTreeModel)
#include "tst_sourcetreemodel.moc"
