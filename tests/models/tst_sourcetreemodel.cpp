#include "SourceTreeModel.h"
#include "storage/DemoSite.h"
#include "storage/StorageThread.h"
#include "sync/accounts/AccountStore.h"

#include "storage/ArticleKey.h"
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

    void sitesAndFeedsComeAndGoWithoutAReset()
    {
        auto *model = new SourceTreeModel(m_reader.get(), this);
        new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::QtTest, model);
        QSignalSpy reloaded(model, &SourceTreeModel::reloaded);
        model->reload();
        QVERIFY(reloaded.wait(5000));
        const QPersistentModelIndex patchBay = model->index(3, 0);
        const QPersistentModelIndex patchBayFeed = model->index(0, 0, patchBay);
        QCOMPARE(patchBay.data().toString(), u"The Patch Bay"_qs);
        QSignalSpy reset(model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(model, &QAbstractItemModel::rowsRemoved);

        // A site added (sorting before The Patch Bay) with a feed and an article.
        const qint64 siteId = m_writer.ensureSite(u"Aardvark Audio"_qs);
        const qint64 feedId = m_writer.ensureFeed(siteId, DocumentKind::Articles, u"https://aardvark.example/feed"_qs);
        ParsedArticle a;
        a.id = u"aa-1"_qs;
        a.title = {u"Monitors on a budget"_qs, false};
        ImportCounts counts;
        QVERIFY(m_writer.upsertArticle(feedId, toRecord(a), 1, counts));
        model->reload();
        QVERIFY(reloaded.wait(5000));
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 3);
        QCOMPARE(model->index(3, 0).data().toString(), u"Aardvark Audio"_qs);
        QCOMPARE(model->index(3, SourceTreeModel::UnreadColumn).data().toLongLong(), 1);
        QCOMPARE(model->rowCount(model->index(3, 0)), 1);
        // What the user had selected still points at the same site and feed, one row down.
        QCOMPARE(patchBay.row(), 4);
        QCOMPARE(patchBay.data().toString(), u"The Patch Bay"_qs);
        QVERIFY(patchBayFeed.isValid());
        QCOMPARE(patchBayFeed.parent(), QModelIndex(patchBay));
        QCOMPARE(patchBayFeed.data(SourceTreeModel::FilterRole).value<ArticleFilter>().kind, ArticleFilter::Kind::Feed);

        // A second feed for The Patch Bay: one row under it.
        const qint64 patchBayId = patchBay.data(SourceTreeModel::FilterRole).value<ArticleFilter>().id;
        QVERIFY(m_writer.ensureFeed(patchBayId, DocumentKind::Articles, u"https://patchbay.example/reviews"_qs) > 0);
        inserted.clear();
        model->reload();
        QVERIFY(reloaded.wait(5000));
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.at(0).at(0).value<QModelIndex>(), QModelIndex(patchBay));
        QCOMPARE(model->rowCount(patchBay), 2);

        // The added site removed again: its row goes, the rest stay.
        QVERIFY(m_writer.database().exec(u"DELETE FROM sites WHERE id = %1"_qs.arg(siteId)));
        QVERIFY(m_writer.database().exec(u"DELETE FROM feeds WHERE url = 'https://patchbay.example/reviews'"_qs));
        model->reload();
        QVERIFY(reloaded.wait(5000));
        QCOMPARE(removed.size(), 2); // the site, and the feed under The Patch Bay
        QCOMPARE(patchBay.row(), 3);
        QVERIFY(patchBayFeed.isValid());
        QCOMPARE(model->rowCount(), 4);
        QCOMPARE(reset.size(), 0);
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

    void anAccountShowsItsFoldersThenItsOtherFeeds()
    {
        using namespace tidings::accounts;
        AccountStore accounts(m_writer);
        AccountRow account;
        account.kind = ServiceKind::GoogleReader;
        account.baseUrl = QUrl(u"http://127.0.0.1:1/api/greader.php"_qs);
        account.user = u"reader"_qs;
        account.name = u"Reader"_qs;
        QVERIFY2(accounts.addAccount(account), qPrintable(accounts.error()));
        {
            // Before its first sync the account has no feed, and still shows: it can be given one.
            SourceTreeModel empty(m_reader.get());
            QSignalSpy emptyReloaded(&empty, &SourceTreeModel::reloaded);
            empty.reload();
            QVERIFY(emptyReloaded.wait(5000));
            QModelIndex shown;
            for (int row = 0; row < empty.rowCount(); ++row) {
                if (empty.index(row, 0).data().toString() == u"Reader")
                    shown = empty.index(row, 0);
            }
            QVERIFY(shown.isValid());
            QCOMPARE(empty.rowCount(shown), 0);
            QCOMPARE(shown.data(SourceTreeModel::AccountIdRole).toLongLong(), account.id);
            QCOMPARE(shown.data(SourceTreeModel::AccountKindRole).toString(), u"greader"_qs);
        }
        const QList<RemoteFolder> folders{{u"user/-/label/Tech"_qs, u"Tech"_qs}, {u"user/-/label/News"_qs, u"News"_qs}};
        QList<RemoteFeed> feeds{
                {u"feed/a"_qs, u"Gadgets"_qs, QUrl(u"https://a.example/feed"_qs), {}, u"user/-/label/Tech"_qs},
                {u"feed/b"_qs, u"World"_qs, QUrl(u"https://b.example/feed"_qs), {}, u"user/-/label/News"_qs},
                {u"feed/c"_qs, u"Loose"_qs, QUrl(u"https://c.example/feed"_qs), {}, {}}};
        FeedChanges changes;
        QVERIFY2(accounts.applyFeeds(account, folders, feeds, changes), qPrintable(accounts.error()));
        QList<RemoteArticle> articles;
        for (int i = 0; i < 3; ++i) {
            RemoteArticle a;
            a.id = u"tag:google.com,2005:reader/item/%1"_qs.arg(i + 1, 16, 10, QLatin1Char('0'));
            a.feedId = i < 2 ? u"feed/a"_qs : u"feed/b"_qs;
            a.title = u"Account article %1"_qs.arg(i);
            a.link = QUrl(u"https://x.example/%1"_qs.arg(i));
            a.publishedAt = 1700000000 + i;
            articles.append(a);
        }
        StoredArticles stored;
        QVERIFY2(accounts.storeArticles(account, articles, {}, stored), qPrintable(accounts.error()));
        QCOMPARE(stored.added, 3);

        auto *model = new SourceTreeModel(m_reader.get(), this);
        new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::QtTest, model);
        QSignalSpy reloaded(model, &SourceTreeModel::reloaded);
        model->reload();
        QVERIFY(reloaded.wait(5000));
        QModelIndex site;
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 0).data().toString() == u"Reader")
                site = model->index(row, 0);
        }
        QVERIFY(site.isValid());
        QVERIFY(!site.data(Qt::ToolTipRole).toString().isEmpty()); // says it is an account
        // Folders by title, each with its feeds, then the feed in no folder.
        QCOMPARE(model->rowCount(site), 3);
        const QModelIndex news = model->index(0, 0, site);
        const QModelIndex tech = model->index(1, 0, site);
        QCOMPARE(news.data().toString(), u"News"_qs);
        QCOMPARE(tech.data().toString(), u"Tech"_qs);
        QCOMPARE(model->index(2, 0, site).data().toString(), u"Loose"_qs);
        QCOMPARE(model->rowCount(tech), 1);
        const QModelIndex gadgets = model->index(0, 0, tech);
        QCOMPARE(gadgets.data().toString(), u"Gadgets"_qs);
        QCOMPARE(gadgets.parent(), tech);
        QCOMPARE(tech.parent(), site);
        QCOMPARE(model->index(1, SourceTreeModel::UnreadColumn, site).data().toLongLong(), 2);
        QCOMPARE(model->index(0, SourceTreeModel::UnreadColumn, site).data().toLongLong(), 1);
        QCOMPARE(site.siblingAtColumn(SourceTreeModel::UnreadColumn).data().toLongLong(), 3);

        // Selecting a folder lists its feeds' articles, and marking that list read marks only those
        // (and journals them for the service).
        const auto filter = tech.data(SourceTreeModel::FilterRole).value<ArticleFilter>();
        QCOMPARE(filter.kind, ArticleFilter::Kind::Folder);
        const QList<ArticleListRow> listed = articlePage(m_writer.database(), filter, {}, 50);
        QCOMPARE(listed.size(), 2);
        for (const ArticleListRow &row : listed)
            QVERIFY(row.title == u"Account article 0" || row.title == u"Account article 1");
        QVERIFY(m_writer.markAllRead(filter));
        QCOMPARE(accounts.journal(account.id).size(), 2);
        model->reload();
        QVERIFY(reloaded.wait(5000));
        QCOMPARE(tech.siblingAtColumn(SourceTreeModel::UnreadColumn).data(), QVariant());
        QCOMPARE(news.siblingAtColumn(SourceTreeModel::UnreadColumn).data().toLongLong(), 1);

        // Moved to another folder on the service: the feed changes folder in place, the folders stay.
        QSignalSpy reset(model, &QAbstractItemModel::modelReset);
        const QPersistentModelIndex keptNews(news);
        feeds[0].folderId = u"user/-/label/News"_qs;
        QVERIFY2(accounts.applyFeeds(account, folders, feeds, changes), qPrintable(accounts.error()));
        model->reload();
        QVERIFY(reloaded.wait(5000));
        QCOMPARE(reset.size(), 0);
        QVERIFY(keptNews.isValid());
        QCOMPARE(model->rowCount(keptNews), 2);
        // Tech holds no feed now, and stays, so a feed can be moved back into it.
        QCOMPARE(model->rowCount(site), 3);
        QCOMPARE(model->index(1, 0, site).data().toString(), u"Tech"_qs);
        QCOMPARE(model->rowCount(model->index(1, 0, site)), 0);
        QCOMPARE(model->index(2, 0, site).data().toString(), u"Loose"_qs);
        QVERIFY(accounts.removeAccount(account.id));
    }
};

QTEST_MAIN(TestSourceTreeModel)
#include "tst_sourcetreemodel.moc"
