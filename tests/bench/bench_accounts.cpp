// Account sync benchmark: a loopback Google Reader API service (GReaderTestServer, on a thread of its
// own) with FEEDS feeds of ITEMS unread items, synced into a fresh store as the window does it
// (AccountSyncWorker on its thread, the store on the storage thread). Times the initial sync, a sync
// with nothing new, and marking everything read then syncing the push; meanwhile a 1 ms timer on the
// main (GUI) thread measures its worst stall. Issue 15's budgets (for tt-rss, 100 feeds and 10,000
// articles): initial under 15 s, nothing new under 0.5 s, stall under 16 ms.
//
//   bench_accounts [FEEDS] [ITEMS]
//   bench_accounts --ttrss [NOTHING_NEW_RUNS]
//
// With --ttrss, the service is a real Tiny Tiny RSS named by the environment tests/ttrss/setup.sh
// leaves (TTRSS_URL, TTRSS_USER, TTRSS_PASSWORD), with whatever feeds it has (tests/bench/ttrss-sync
// runs it on its 100 x 100); the nothing-new sync runs NOTHING_NEW_RUNS times (default 3), and the push
// step is left out (it would change that tt-rss for the next bench).

#include "BenchSupport.h"
#include "GReaderTestServer.h"
#include "storage/ArticleQueries.h"
#include "storage/StorageThread.h"
#include "storage/Store.h"
#include "sync/accounts/AccountStore.h"
#include "sync/accounts/AccountSyncWorker.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimer>

using namespace tidings;
using namespace tidings::accounts;
using tidings::bench::peakRssMb;
using tidings::test::GReaderTestServer;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationVersion(u"0.1.0"_qs);
    const bool ttrss = argc > 1 && QByteArray(argv[1]) == "--ttrss";
    const int feeds = !ttrss && argc > 1 ? QByteArray(argv[1]).toInt() : 100;
    const int items = !ttrss && argc > 2 ? QByteArray(argv[2]).toInt() : 100;
    const int nothingNewRuns = !ttrss ? 1 : argc > 2 ? QByteArray(argv[2]).toInt() : 3;
    QTextStream out(stdout);
    const QString user = ttrss ? qEnvironmentVariable("TTRSS_USER") : u"alice"_qs;
    const QString password = ttrss ? qEnvironmentVariable("TTRSS_PASSWORD") : u"api-password"_qs;
    if (ttrss && qEnvironmentVariableIsEmpty("TTRSS_URL")) {
        out << "--ttrss needs TTRSS_URL, TTRSS_USER and TTRSS_PASSWORD (tests/ttrss/setup.sh)" << Qt::endl;
        return 2;
    }

    // The service answers from its own thread, so its work does not count as the GUI thread's.
    QThread serverThread;
    QObject serverContext;
    serverContext.moveToThread(&serverThread);
    serverThread.start();
    GReaderTestServer *server = nullptr;
    QMetaObject::invokeMethod(
            &serverContext,
            [&] {
                if (ttrss)
                    return;
                server = new GReaderTestServer(user, password);
                if (!server->listen())
                    return;
                for (int f = 0; f < feeds; ++f) {
                    const QString feed = server->addFeed(u"Feed %1"_qs.arg(f), u"https://f%1.example/feed"_qs.arg(f));
                    for (int i = 0; i < items; ++i)
                        server->addItem(feed, u"Item %1 of feed %2"_qs.arg(i).arg(f), 1750000000 + i * feeds + f);
                }
            },
            Qt::BlockingQueuedConnection);
    if (!ttrss && server == nullptr)
        return 1;
    const QUrl base = ttrss ? QUrl(qEnvironmentVariable("TTRSS_URL") + u'/') : server->baseUrl();

    QTemporaryDir dir;
    const QString path = dir.filePath(u"tidings.sqlite"_qs);
    qint64 siteId = -1;
    {
        Store store;
        if (!store.open(path))
            return 1;
        AccountRow account;
        account.kind = ttrss ? ServiceKind::TinyTinyRss : ServiceKind::GoogleReader;
        account.baseUrl = base;
        account.user = user;
        account.password.kind = PasswordSource::Kind::File;
        account.password.location = u"/dev/null"_qs;
        account.name = u"Bench"_qs;
        AccountStore accounts(store);
        if (!accounts.addAccount(account)) {
            out << accounts.error() << Qt::endl;
            return 1;
        }
        siteId = account.siteId;
    }
    StorageThread storage(path);
    if (!storage.open().result().isEmpty())
        return 1;
    AccountSyncWorker worker(storage, [&](const AccountRow &) { return PasswordAnswer{password, {}}; });

    auto timed = [&](const char *what) {
        QEventLoop loop; // idle between events, as a window is: a busy wait would take a core from the sync
        QString message;
        const QMetaObject::Connection synced
                = QObject::connect(&worker, &AccountSyncWorker::accountSynced,
                                   [&](qint64, const QString &, bool, const QString &m) { message = m; });
        const QMetaObject::Connection finished
                = QObject::connect(&worker, &AccountSyncWorker::finished, &loop, &QEventLoop::quit);
        QElapsedTimer clock;
        qint64 last = 0;
        qint64 worst = 0;
        QTimer tick;
        tick.setInterval(1);
        QObject::connect(&tick, &QTimer::timeout, [&] {
            const qint64 now = clock.nsecsElapsed();
            worst = qMax(worst, now - last);
            last = now;
        });
        clock.start();
        tick.start();
        worker.syncAll();
        loop.exec();
        out << what << ": " << clock.elapsed() << " ms, GUI thread's worst stall " << double(worst) / 1e6 << " ms ("
            << message << ")" << Qt::endl;
        QObject::disconnect(synced);
        QObject::disconnect(finished);
    };

    timed("initial sync");
    for (int run = 0; run < nothingNewRuns; ++run)
        timed("nothing new");
    if (!ttrss) {
        storage.run([siteId](Store &store) {
                   return store.markAllRead(ArticleFilter{ArticleFilter::Kind::Site, siteId, {}});
               })
                .waitForFinished();
        timed("push after marking all read");
    }
    out << "peak RSS " << peakRssMb() << " MB" << Qt::endl;

    QMetaObject::invokeMethod(
            &serverContext, [&] { delete server; }, Qt::BlockingQueuedConnection);
    serverThread.quit();
    serverThread.wait();
    return 0;
}
