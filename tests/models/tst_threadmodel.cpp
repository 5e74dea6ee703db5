#include "OutboxFixture.h"
#include "ThreadFixture.h"
#include "ThreadModel.h"
#include "storage/Outbox.h"
#include "storage/StorageThread.h"
#include "storage/Store.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace tidings;

namespace { } // namespace

class TestThreadModel : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        const QString path = m_dir.filePath(u"thread-%1.sqlite"_qs.arg(++m_counter));
        m_store = std::make_unique<Store>();
        QVERIFY(m_store->open(path));
        m_article = test::addWordPressArticle(*m_store, u"https://blog.example/"_qs,
                                              u"https://blog.example/wp-json/"_qs, 12);
        m_other = test::addWordPressArticle(*m_store, u"https://other.example/"_qs, {}, 13, u"Other"_qs);
        QVERIFY(m_article > 0 && m_other > 0);
        m_reader = std::make_unique<StorageThread>(path, nullptr, Database::Mode::ReadOnly);
        QCOMPARE(m_reader->open().result(), QString());
        m_model = std::make_unique<ThreadModel>(m_reader.get());
        // Created before the model is filled, so it checks every change from the first.
        m_tester = new QAbstractItemModelTester(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest,
                                                m_model.get());
    }

    void cleanup()
    {
        m_model.reset();
        m_reader.reset();
        m_store.reset();
    }

    void threadIsATreeByParent()
    {
        store({test::threadComment(u"1"_qs, {}, u"Rosa"_qs, u"<p>Top <script>alert(1)</script>one</p>"_qs, 1000),
               test::threadComment(u"2"_qs, u"1"_qs, u"Bo"_qs, u"<p>Reply</p>"_qs, 1100),
               test::threadComment(u"3"_qs, u"2"_qs, u"Cy"_qs, u"<p>Reply to reply</p>"_qs, 1200),
               test::threadComment(u"4"_qs, {}, u"Di"_qs, u"<p>Second top</p>"_qs, 1300)});
        load(m_article);
        QCOMPARE(m_model->rowCount(), 2);
        const QModelIndex rosa = m_model->index(0, 0);
        QCOMPARE(rosa.data(ThreadModel::AuthorRole).toString(), u"Rosa"_qs);
        QCOMPARE(rosa.data(ThreadModel::DepthRole).toInt(), 0);
        QCOMPARE(rosa.data(ThreadModel::PublishedRole).toLongLong(), 1000);
        QVERIFY(!rosa.data(Qt::ToolTipRole).toString().isEmpty());
        // Sanitised on the reader thread: the script is gone, the text stays.
        const QString body = rosa.data(ThreadModel::BodyHtmlRole).toString();
        QVERIFY2(!body.contains(u"script"_qs) && !body.contains(u"alert"_qs), qPrintable(body));
        QVERIFY(body.contains(u"Top"_qs));
        QCOMPARE(m_model->rowCount(rosa), 1);
        const QModelIndex bo = m_model->index(0, 0, rosa);
        QCOMPARE(bo.data(ThreadModel::AuthorRole).toString(), u"Bo"_qs);
        QCOMPARE(bo.data(ThreadModel::ParentAuthorRole).toString(), u"Rosa"_qs);
        QCOMPARE(bo.parent(), rosa);
        const QModelIndex cy = m_model->index(0, 0, bo);
        QCOMPARE(cy.data(ThreadModel::DepthRole).toInt(), 2);
        QCOMPARE(cy.data(ThreadModel::ParentAuthorRole).toString(), u"Bo"_qs);
        QCOMPARE(m_model->index(1, 0).data(ThreadModel::AuthorRole).toString(), u"Di"_qs);
        QCOMPARE(m_model->info().count, 4);
        QCOMPARE(m_model->indexForKey(cy.data(ThreadModel::KeyRole).toLongLong()), cy);
        QVERIFY(!cy.data(ThreadModel::MineRole).toBool());
        QCOMPARE(cy.data(ThreadModel::OutboxStateRole).toInt(), -1);
    }

    void sameArticleIsUpdatedInPlace()
    {
        store({test::threadComment(u"1"_qs, {}, u"Rosa"_qs, u"<p>Top</p>"_qs, 1000),
               test::threadComment(u"2"_qs, u"1"_qs, u"Bo"_qs, u"<p>Reply</p>"_qs, 1100)});
        load(m_article);
        const QPersistentModelIndex rosa = m_model->index(0, 0);
        const QPersistentModelIndex bo = m_model->index(0, 0, rosa);
        QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);

        // A refresh brings a reply and an edit; the user queues a reply of their own.
        store({test::threadComment(u"1"_qs, {}, u"Rosa"_qs, u"<p>Top, edited</p>"_qs, 1000),
               test::threadComment(u"5"_qs, u"1"_qs, u"Eve"_qs, u"<p>Late reply</p>"_qs, 1500)});
        NewComment mine;
        mine.articleId = m_article;
        mine.parentCommentId = bo.data(ThreadModel::CommentIdRole).toLongLong();
        mine.authorName = u"Ada"_qs;
        mine.authorEmail = u"ada@example.org"_qs;
        mine.body = u"My answer"_qs;
        const auto queued = Outbox(m_store->database()).queue(mine, 2000);
        QVERIFY(queued);
        reload();
        QCOMPARE(resets.size(), 0);
        QVERIFY(rosa.isValid() && bo.isValid());
        QCOMPARE(rosa.data(ThreadModel::BodyHtmlRole).toString().contains(u"edited"_qs), true);
        QVERIFY(!changed.isEmpty());
        QCOMPARE(m_model->rowCount(rosa), 2); // Bo, then Eve
        QCOMPARE(m_model->index(1, 0, rosa).data(ThreadModel::AuthorRole).toString(), u"Eve"_qs);
        QCOMPARE(m_model->rowCount(bo), 1);
        const QModelIndex pending = m_model->index(0, 0, bo);
        QCOMPARE(pending.data(ThreadModel::MineRole).toBool(), true);
        QCOMPARE(pending.data(ThreadModel::PendingRole).toBool(), true);
        QCOMPARE(pending.data(ThreadModel::OutboxIdRole).toLongLong(), queued->id);
        QCOMPARE(pending.data(ThreadModel::OutboxStateRole).toInt(), int(OutboxItem::State::Queued));
        QCOMPARE(pending.data(ThreadModel::CommentIdRole).toLongLong(), -1);
        QCOMPARE(pending.data(ThreadModel::ParentAuthorRole).toString(), u"Bo"_qs);
        QCOMPARE(inserted.size(), 2);
        QCOMPARE(removed.size(), 0);

        // It fails: the row changes where it is.
        QVERIFY(Outbox(m_store->database()).recordFailed(queued->id, u"Comments are closed."_qs, 2100));
        changed.clear();
        reload();
        QCOMPARE(m_model->index(0, 0, bo).data(ThreadModel::OutboxStateRole).toInt(), int(OutboxItem::State::Failed));
        QCOMPARE(m_model->index(0, 0, bo).data(ThreadModel::OutboxErrorRole).toString(), u"Comments are closed."_qs);
        QCOMPARE(changed.size(), 1);

        // Cancelled: the row goes, nothing else moves.
        QVERIFY(Outbox(m_store->database()).cancel(queued->id));
        reload();
        QCOMPARE(m_model->rowCount(bo), 0);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(resets.size(), 0);
        QVERIFY(rosa.isValid() && bo.isValid());
    }

    void commentsSinceTheLastVisitAreNew()
    {
        store({test::threadComment(u"1"_qs, {}, u"Rosa"_qs, u"<p>Old</p>"_qs, 1000)}, 1000);
        QVERIFY(Outbox(m_store->database()).markThreadSeen(m_article, 2000));
        store({test::threadComment(u"2"_qs, {}, u"Bo"_qs, u"<p>New</p>"_qs, 2500)}, 3000);
        load(m_article);
        QCOMPARE(m_model->rowCount(), 2);
        QCOMPARE(m_model->index(0, 0).data(ThreadModel::IsNewRole).toBool(), false);
        QCOMPARE(m_model->index(1, 0).data(ThreadModel::IsNewRole).toBool(), true);
        QCOMPARE(m_model->info().newCount, 1);
        QCOMPARE(m_model->info().threadSeenAt, 2000);
    }

    void anotherArticleResets()
    {
        store({test::threadComment(u"1"_qs, {}, u"Rosa"_qs, u"<p>Top</p>"_qs, 1000)});
        load(m_article);
        QCOMPARE(m_model->rowCount(), 1);
        QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
        load(m_other);
        QCOMPARE(resets.size(), 1);
        QCOMPARE(m_model->rowCount(), 0);
        QCOMPARE(m_model->info().articleId, m_other);
        QVERIFY(!m_model->info().commentsOpen.has_value());
    }

    void deepThreadIsNotRecursedInto()
    {
        // 2,000 comments each answering the one before: the read and the tree stand it.
        QList<ParsedComment> chain;
        for (int i = 1; i <= 2000; ++i)
            chain.append(test::threadComment(QString::number(i), i > 1 ? QString::number(i - 1) : QString(), u"P"_qs,
                                             u"<p>%1</p>"_qs.arg(i), 1000 + i));
        store(chain);
        load(m_article);
        QModelIndex deepest = m_model->index(0, 0);
        int depth = 0;
        while (m_model->rowCount(deepest) > 0) {
            deepest = m_model->index(0, 0, deepest);
            ++depth;
        }
        QCOMPARE(depth, 1999);
        QCOMPARE(deepest.data(ThreadModel::DepthRole).toInt(), 1999);
        // Read again with a reply at the bottom and the top one edited: merged level by level.
        const QPersistentModelIndex bottom = deepest;
        QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
        store({test::threadComment(u"1"_qs, {}, u"P"_qs, u"<p>1, edited</p>"_qs, 1001),
               test::threadComment(u"2001"_qs, u"2000"_qs, u"Q"_qs, u"<p>the end</p>"_qs, 4000)});
        reload();
        QCOMPARE(resets.size(), 0);
        QVERIFY(bottom.isValid());
        QCOMPARE(m_model->rowCount(bottom), 1);
        QCOMPARE(m_model->index(0, 0, bottom).data(ThreadModel::AuthorRole).toString(), u"Q"_qs);
        QVERIFY(m_model->index(0, 0).data(ThreadModel::BodyHtmlRole).toString().contains(u"edited"_qs));
    }

private:
    void store(const QList<ParsedComment> &comments, qint64 now = 1)
    {
        ImportCounts counts;
        QVERIFY(m_store->upsertComments(m_article, comments, now, counts));
    }

    void load(qint64 articleId)
    {
        QSignalSpy loaded(m_model.get(), &ThreadModel::loaded);
        m_model->setArticle(articleId);
        QTRY_VERIFY(!m_model->isLoading() && !loaded.isEmpty());
    }

    void reload()
    {
        QSignalSpy loaded(m_model.get(), &ThreadModel::loaded);
        m_model->reload();
        QVERIFY(loaded.wait(10000));
    }

    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<StorageThread> m_reader;
    std::unique_ptr<ThreadModel> m_model;
    QAbstractItemModelTester *m_tester = nullptr;
    qint64 m_article = -1;
    qint64 m_other = -1;
};

QTEST_GUILESS_MAIN(TestThreadModel)
#include "tst_threadmodel.moc"
