#include "TestHttpServer.h"
#include "storage/StorageThread.h"
#include "sync/RefreshScheduler.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace tidings;
using tidings::test::TestHttpServer;
using tidings::test::TestResponse;

namespace {

TestResponse feed(const QByteArray &title)
{
    TestResponse r;
    r.body = "<rss version=\"2.0\"><channel><title>" + title + "</title><item><title>x</title><guid>" + title
            + "</guid></item></channel></rss>";
    return r;
}

template<typename T>
T await(QFuture<T> future)
{
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(future.isFinished(), 10000);
    }();
    return future.result();
}

} // namespace

class TestScheduler : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    TestHttpServer m_server;
    std::unique_ptr<StorageThread> m_storage;

    RefreshEngine::StoreRunner runner()
    {
        StorageThread *storage = m_storage.get();
        return [storage](RefreshEngine::StoreJob job) {
            storage->run(std::move(job));
        };
    }

    qint64 scalar(const QString &sql)
    {
        return await(m_storage->run([sql](Store &store) {
            QSqlQuery q(store.database().connection());
            return q.exec(sql) && q.next() ? q.value(0).toLongLong() : qint64(-1);
        }));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_server.listen());
        m_server.route("/a", feed("a"));
        m_server.route("/b", feed("b"));
        m_storage = std::make_unique<StorageThread>(m_dir.filePath(u"s.sqlite"_qs));
        QCOMPARE(await(m_storage->open()), QString());
        const QStringList urls = {m_server.url(u"/a"_qs).toString(), m_server.url(u"/b"_qs).toString()};
        QVERIFY(await(m_storage->run([urls](Store &store) {
            SiteRow site;
            site.name = u"Sched"_qs;
            for (const QString &url : urls) {
                FeedRow f;
                f.url = url;
                site.feeds.append(f);
            }
            return Sources(store.database()).addSite(site) >= 0;
        })));
    }

    void refreshesWhatIsDueAndOnlyThat()
    {
        RefreshScheduler scheduler(runner(), {});
        scheduler.setOnline(true);
        QSignalSpy finished(&scheduler, &RefreshScheduler::refreshFinished);
        QSignalSpy progress(&scheduler, &RefreshScheduler::progress);
        scheduler.start(3600 * 1000);
        QVERIFY(finished.wait(10000));
        QCOMPARE(m_server.requests().size(), 2);
        QCOMPARE(finished.at(0).at(0).value<RefreshSummary>().feeds, 2);
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().at(1).toInt(), 2); // "n of 2"

        // Nothing is due a moment later: the next check fetches nothing.
        scheduler.start(3600 * 1000);
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.at(1).at(0).value<RefreshSummary>().feeds, 0);
        QCOMPARE(m_server.requests().size(), 2);
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const qint64 next = scalar(u"SELECT min(next_refresh_at) FROM feeds"_qs);
        QVERIFY(next >= now + 27 * 60 && next <= now + 33 * 60 + 5); // 30 minutes, +-10%
    }

    void pausesOfflineAndCatchesUp()
    {
        QCOMPARE(scalar(u"UPDATE feeds SET next_refresh_at = 0 RETURNING 1"_qs), 1);
        m_server.clearRequests();
        RefreshScheduler scheduler(runner(), {});
        scheduler.setOnline(false);
        QSignalSpy finished(&scheduler, &RefreshScheduler::refreshFinished);
        QSignalSpy online(&scheduler, &RefreshScheduler::onlineChanged);
        scheduler.start(3600 * 1000);
        scheduler.refreshNow();
        QTest::qWait(200);
        QCOMPARE(m_server.requests().size(), 0);
        QVERIFY(finished.isEmpty());
        scheduler.setOnline(true);
        QCOMPARE(online.size(), 1);
        QVERIFY(finished.wait(10000)); // caught up without waiting for the next tick
        QCOMPARE(m_server.requests().size(), 2);
    }

    void aSiteMayHaveItsOwnInterval()
    {
        QCOMPARE(scalar(u"UPDATE sites SET refresh_interval_s = 7200 RETURNING 1"_qs), 1);
        RefreshScheduler scheduler(runner(), {});
        scheduler.setOnline(true);
        QSignalSpy finished(&scheduler, &RefreshScheduler::refreshFinished);
        scheduler.refreshNow(u"Sched"_qs);
        QVERIFY(finished.wait(10000));
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const qint64 next = scalar(u"SELECT min(next_refresh_at) FROM feeds"_qs);
        QVERIFY(next >= now + 7200 * 9 / 10 - 5 && next <= now + 7200 * 11 / 10 + 5);
    }
};

QTEST_GUILESS_MAIN(TestScheduler)
#include "tst_scheduler.moc"
