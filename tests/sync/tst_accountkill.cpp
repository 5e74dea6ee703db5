// An account's promise under the worst a desktop sees: `tidings sync` is killed (SIGKILL) at random
// moments while it pulls pages of articles and while it pushes marks, and started again until a run
// ends by itself. Every article must be stored once, every mark made here must reach the service, and
// every change made on another device must arrive. Label "kill"; TIDINGS_KILL_SEED repeats a run.
#include "GReaderTestServer.h"
#include "TidingsProcess.h"
#include "storage/Store.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace tidings;
using tidings::test::GReaderTestServer;
using tidings::test::runTidings;
using tidings::test::TidingsRun;

namespace {

const QString kUser = QStringLiteral("alice");
const QString kPassword = QStringLiteral("api-password");
constexpr qint64 kStart = 1750000000;

} // namespace

class TestAccountKill : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_data; // the data folder the syncs run on; m_dir unless a test has its own
    int m_kills = 0;
    int m_runs = 0;
    qint64 m_marks = 0; // journalled before the second round of syncs
    int m_killedMidPush = 0; // killed with part of the journal sent
    int m_pushKills = 0; // killed as the service answered a push

    // Runs `tidings sync`, killing it at a random moment, until a run ends by itself (exit 0).
    // pushing: kills fall as the service answers a push (it has taken the batch; the journal may not
    // know yet), else anywhere within a run as long as the last one took.
    [[nodiscard]] QString dataDir() const { return m_data.isEmpty() ? m_dir.path() : m_data; }

    bool syncThroughKills(QRandomGenerator &random, int killsWanted, GReaderTestServer *pushing = nullptr,
                          const QByteArray &pushEndpoint = "reader/api/0/edit-tag")
    {
        int killed = 0;
        qint64 lastRunMs = 700;
        for (int run = 0; run < 80; ++run) {
            ++m_runs;
            QProcess sync;
            sync.setProgram(QStringLiteral(TIDINGS_EXECUTABLE));
            sync.setArguments({u"--data-dir"_qs, dataDir(), u"sync"_qs});
            sync.setProcessChannelMode(QProcess::MergedChannels);
            QSignalSpy finished(&sync, &QProcess::finished);
            QElapsedTimer took;
            took.start();
            sync.start();
            if (!sync.waitForStarted())
                return false;
            auto kill = [&] {
                if (sync.state() == QProcess::Running) {
                    sync.kill();
                    ++killed;
                    ++m_kills;
                }
            };
            QTimer watch; // polls the service's edit-tag calls; the answer went out just before
            if (killed < killsWanted && pushing) {
                const int callsBefore = pushing->calls(pushEndpoint);
                const int answered = callsBefore + 1 + int(random.bounded(2)); // the first or the second batch
                watch.setInterval(0);
                QObject::connect(&watch, &QTimer::timeout, &sync, [&, answered] {
                    if (pushing->calls(pushEndpoint) >= answered) {
                        watch.stop();
                        kill();
                    }
                });
                watch.start();
            } else if (killed < killsWanted) {
                QTimer::singleShot(int(random.bounded(qint64(10), qMax<qint64>(lastRunMs + lastRunMs / 4, 20))), &sync,
                                   kill);
            }
            if (!finished.wait(120000))
                return false;
            if (sync.exitStatus() != QProcess::NormalExit) {
                const qint64 waiting = scalar(u"SELECT count(*) FROM account_journal"_qs);
                if (waiting > 0 && waiting < m_marks)
                    ++m_killedMidPush;
            }
            if (sync.exitStatus() == QProcess::NormalExit) {
                lastRunMs = took.elapsed();
                const QByteArray output = sync.readAll();
                if (sync.exitCode() != 0) {
                    qWarning() << "sync exited" << sync.exitCode() << output;
                    return false;
                }
                // While pushing, a run that ends by itself has sent everything that was left.
                if (pushing || killed >= qMin(killsWanted, 3)) {
                    if (pushing)
                        m_pushKills = killed;
                    return true;
                }
            }
        }
        return false;
    }

    QSet<QString> localIds(const QString &where)
    {
        Store store;
        if (!store.open(dataDir() + u"/tidings.sqlite"_qs))
            return {};
        QSqlQuery q(store.database().connection());
        q.exec(u"SELECT aa.remote_id FROM account_articles aa JOIN articles a ON a.id = aa.article_id WHERE "_qs
               + where);
        QSet<QString> ids;
        while (q.next())
            ids.insert(q.value(0).toString());
        return ids;
    }

    qint64 scalar(const QString &sql)
    {
        Store store;
        if (!store.open(dataDir() + u"/tidings.sqlite"_qs))
            return -1;
        QSqlQuery q(store.database().connection());
        if (!q.exec(sql) || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }

private slots:
    void killedSyncsLoseAndDoubleNothing()
    {
        const quint32 seed = qEnvironmentVariableIsSet("TIDINGS_KILL_SEED")
                ? quint32(qEnvironmentVariableIntValue("TIDINGS_KILL_SEED"))
                : QRandomGenerator::global()->generate();
        qInfo("TIDINGS_KILL_SEED=%u", seed);
        QRandomGenerator random(seed);

        GReaderTestServer server(kUser, kPassword);
        QVERIFY(server.listen());
        server.setMaxIdsPerPage(40); // many pages, many moments to die between them
        QList<quint64> items;
        for (int f = 0; f < 3; ++f) {
            const QString feed = server.addFeed(u"Feed %1"_qs.arg(f), u"https://f%1.example/feed"_qs.arg(f));
            for (int i = 0; i < 300; ++i)
                items.append(server.addItem(feed, u"Item %1 of feed %2"_qs.arg(i).arg(f), kStart + i * 3 + f));
        }
        QVERIFY(m_dir.isValid());
        const QString passwordFile = m_dir.filePath(u"password"_qs);
        {
            QFile f(passwordFile);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(kPassword.toUtf8());
            f.close();
            QVERIFY(f.setPermissions(QFile::ReadOwner | QFile::WriteOwner));
        }
        TidingsRun r = runTidings(m_dir.path(),
                                  {u"account"_qs, u"add"_qs, u"greader"_qs, server.baseUrl().toString(), u"--user"_qs,
                                   kUser, u"--password-file"_qs, passwordFile});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));

        // 1. The first sync, killed while it stores pages: each article once, all of them in the end.
        QVERIFY(syncThroughKills(random, 8));
        QCOMPARE(scalar(u"SELECT count(*) FROM articles"_qs), 900);
        QCOMPARE(scalar(u"SELECT count(DISTINCT remote_id) FROM account_articles"_qs), 900);

        // 2. Marks here (read 1 in 3, star 1 in 7) and changes on another device (read 1 in 5 of the others).
        QSet<QString> readHere;
        QSet<QString> starredHere;
        QStringList readArgs{u"mark"_qs, u"read"_qs};
        QStringList starArgs{u"mark"_qs, u"star"_qs};
        for (int i = 0; i < items.size(); ++i) {
            const QString link = server.item(items[i])->link;
            if (i % 3 == 0) {
                readArgs.append(link);
                readHere.insert(GReaderTestServer::longId(items[i]));
            } else if (i % 5 == 0) {
                server.setRead(items[i], true);
            }
            if (i % 7 == 0) {
                starArgs.append(link);
                starredHere.insert(GReaderTestServer::longId(items[i]));
            }
        }
        QCOMPARE(runTidings(m_dir.path(), readArgs).exitCode, 0);
        QCOMPARE(runTidings(m_dir.path(), starArgs).exitCode, 0);
        m_marks = readHere.size() + starredHere.size();
        QCOMPARE(scalar(u"SELECT count(*) FROM account_journal"_qs), m_marks);

        // 3. Syncs killed while they push: nothing lost, the other device's changes here.
        QVERIFY(syncThroughKills(random, 4, &server));
        QCOMPARE(scalar(u"SELECT count(*) FROM account_journal"_qs), 0);
        QSet<QString> serverUnread;
        QSet<QString> serverStarred;
        for (quint64 id : std::as_const(items)) {
            const auto *item = server.item(id);
            if (!item->read)
                serverUnread.insert(GReaderTestServer::longId(id));
            if (item->starred)
                serverStarred.insert(GReaderTestServer::longId(id));
        }
        QCOMPARE(serverUnread.size(), 900 - 300 - 120);
        QVERIFY(!serverUnread.intersects(readHere));
        QCOMPARE(serverStarred, starredHere);
        QCOMPARE(localIds(u"EXISTS (SELECT 1 FROM unread_articles u WHERE u.article_id = a.id)"_qs), serverUnread);
        QCOMPARE(localIds(u"a.is_starred = 1"_qs), serverStarred);
        QCOMPARE(scalar(u"SELECT count(*) FROM articles"_qs), 900);
        QCOMPARE(scalar(u"SELECT count(*) FROM feeds f WHERE unread_count <> (SELECT count(*) FROM unread_articles u "
                        u"WHERE u.feed_id = f.id)"_qs),
                 0);
        int sentIds = 0;
        for (const QStringList &call : server.editTagIds())
            sentIds += int(call.size());
        qInfo("%d runs, %d killed (%d as the service answered a push, %d of them with the journal partly "
              "emptied); %d ids sent for %lld marks (a batch the service took before a kill goes again)",
              m_runs, m_kills, m_pushKills, m_killedMidPush, sentIds, qlonglong(m_marks));
        QVERIFY(m_pushKills >= 1);
        QVERIFY(sentIds >= readHere.size() + starredHere.size());
    }

    // Feed edits made here (renames, moves, unsubscribes), and `tidings sync` killed as the service answers
    // them: each reaches the service, none is undone here, no unsubscribed feed comes back.
    void killedSyncsLoseNoFeedEdit()
    {
        const quint32 seed = qEnvironmentVariableIsSet("TIDINGS_KILL_SEED")
                ? quint32(qEnvironmentVariableIntValue("TIDINGS_KILL_SEED"))
                : QRandomGenerator::global()->generate();
        qInfo("TIDINGS_KILL_SEED=%u", seed);
        QRandomGenerator random(seed);

        GReaderTestServer server(kUser, kPassword);
        QVERIFY(server.listen());
        server.addFolder(u"Tech"_qs);
        QStringList feeds;
        for (int f = 0; f < 12; ++f) {
            feeds.append(server.addFeed(u"Feed %1"_qs.arg(f), u"https://f%1.example/feed"_qs.arg(f)));
            server.addItem(feeds.last(), u"Item of feed %1"_qs.arg(f), kStart + f);
        }
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        m_data = dir.filePath(u"data"_qs);
        m_marks = 0;
        const QString passwordFile = dir.filePath(u"password"_qs);
        {
            QFile f(passwordFile);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(kPassword.toUtf8());
            f.close();
            QVERIFY(f.setPermissions(QFile::ReadOwner | QFile::WriteOwner));
        }
        QCOMPARE(runTidings(m_data,
                            {u"account"_qs, u"add"_qs, u"greader"_qs, server.baseUrl().toString(), u"--user"_qs, kUser,
                             u"--password-file"_qs, passwordFile})
                         .exitCode,
                 0);
        QCOMPARE(runTidings(m_data, {u"sync"_qs}).exitCode, 0);

        // Feeds 0-3 renamed twice (the first title never matters), 4-7 moved into Tech, 8-11 unsubscribed.
        for (int f = 0; f < 4; ++f) {
            const QString url = u"https://f%1.example/feed"_qs.arg(f);
            QCOMPARE(runTidings(m_data, {u"rename"_qs, url, u"Draft %1"_qs.arg(f)}).exitCode, 0);
            QCOMPARE(runTidings(m_data, {u"rename"_qs, url, u"Renamed %1"_qs.arg(f)}).exitCode, 0);
            QCOMPARE(runTidings(m_data, {u"move"_qs, u"https://f%1.example/feed"_qs.arg(f + 4), u"Tech"_qs}).exitCode,
                     0);
            QCOMPARE(runTidings(m_data, {u"remove"_qs, u"https://f%1.example/feed"_qs.arg(f + 8)}).exitCode, 0);
        }
        QCOMPARE(scalar(u"SELECT count(*) FROM account_feed_journal"_qs), 12);

        QVERIFY(syncThroughKills(random, 4, &server, "reader/api/0/subscription/edit"));
        QCOMPARE(scalar(u"SELECT count(*) FROM account_feed_journal"_qs), 0);
        const QList<GReaderTestServer::Feed> left = server.feeds();
        QCOMPARE(left.size(), 8);
        for (int f = 0; f < 8; ++f) {
            QCOMPARE(left[f].id, feeds[f]);
            QCOMPARE(left[f].title, f < 4 ? u"Renamed %1"_qs.arg(f) : u"Feed %1"_qs.arg(f));
            QCOMPARE(left[f].folder, f < 4 ? QString() : u"Tech"_qs);
            QCOMPARE(scalar(u"SELECT count(*) FROM feeds WHERE title = '%1'"_qs.arg(left[f].title)), 1);
        }
        QCOMPARE(scalar(u"SELECT count(*) FROM account_feeds"_qs), 8);
        QCOMPARE(scalar(u"SELECT count(*) FROM account_feeds WHERE folder_id IS NOT NULL"_qs), 4);
        QCOMPARE(scalar(u"SELECT count(*) FROM articles"_qs), 8);
        int drafts = 0;
        for (const QStringList &call : server.subscriptionEdits())
            drafts += int(call.filter(u"t=Draft"_qs).size());
        QCOMPARE(drafts, 0);
        qInfo("%d subscription/edit calls for 12 edits, %d runs killed as the service answered one",
              server.calls("reader/api/0/subscription/edit"), m_pushKills);
        QVERIFY(m_pushKills >= 1);
        m_data.clear();
    }
};

QTEST_GUILESS_MAIN(TestAccountKill)
#include "tst_accountkill.moc"
