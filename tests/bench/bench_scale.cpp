// Scale benchmark (issue 13): a store of a million articles over 1,000 feeds (a tenth of them in one
// feed), with comment threads on every 100th article, and what a user waits for on it:
//   - window start (process start) to the first article list painted,
//   - opening a 100,000-article feed, a small feed and All articles (select to first rows painted),
//   - the first page of a search while typing, for a word in nearly every article and a rare one,
//   - unread counts for every feed (what the sources tree reads after a refresh),
//   - marking the 100,000-article feed read,
//   - `tidings search` from process start to exit, best match first,
//   - the database's size per article beside the feed XML's bytes per item.
//
//   bench_scale [ARTICLES] [--keep-dir DIR]   (default 1,000,000; the store is generated once into
//                                             DIR/scale-N/tidings.sqlite and reused)
//
// Every figure is the worst (or, for process starts, best and worst) of several runs, printed beside
// its budget. Runs offscreen; needs the tidings executable built beside it (TIDINGS_EXECUTABLE).

#include "ArticleListModel.h"
#include "BenchSupport.h"
#include "FeedGenerator.h"
#include "MainWindow.h"
#include "NewsPane.h"
#include "ScaleStore.h"
#include "storage/ArticleQueries.h"
#include "storage/Store.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>

#include <unistd.h>

using namespace tidings;
using tidings::bench::peakRssMb;
using tidings::bench::waitFor;

namespace {

QString ms(double value)
{
    return QString::number(value, 'f', value < 10 ? 1 : 0) + u" ms"_qs;
}

// Seconds since this process started, from /proc (10 ms resolution): includes loading the libraries.
double processAgeSeconds()
{
    QFile stat(u"/proc/self/stat"_qs);
    QFile uptime(u"/proc/uptime"_qs);
    if (!stat.open(QIODevice::ReadOnly) || !uptime.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray s = stat.readAll();
    const QList<QByteArray> fields = s.mid(s.lastIndexOf(')') + 2).split(' ');
    const double startTicks = fields.value(19).toDouble(); // field 22 counted from 1, after pid and comm
    const double up = uptime.readAll().split(' ').value(0).toDouble();
    return up - startTicks / double(sysconf(_SC_CLK_TCK));
}

// Child mode: open the window on DB and print how long after process start the list had rows painted.
int measureStartup(const QString &db)
{
    ui::MainWindow window(db);
    window.show();
    auto *news = window.findChild<ui::NewsPane *>();
    ArticleListModel *model = news->articleModel();
    if (!waitFor([&] { return model->rowCount() > 0 && !model->isLoading(); }))
        return 1;
    news->articleList()->viewport()->repaint();
    QTextStream(stdout) << processAgeSeconds() << Qt::endl;
    return 0;
}

double elapsedMs(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (QCoreApplication::arguments().value(1) == u"--startup")
        return measureStartup(QCoreApplication::arguments().value(2));
    QApplication::setApplicationName(u"TidingsBench"_qs);
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QTextStream out(stdout);
    const QStringList args = QCoreApplication::arguments();
    const int articles = args.size() > 1 && args[1].toInt() > 0 ? args[1].toInt() : 1000000;
    QTemporaryDir tmp;
    const qsizetype keep = args.indexOf(u"--keep-dir"_qs);
    const QString dir = keep > 0 && keep + 1 < args.size() ? args[keep + 1] : tmp.path();
    const QString dataDir = dir + u"/scale-%1"_qs.arg(articles);
    const QString dbPath = dataDir + u"/tidings.sqlite"_qs;

    bench::ScaleShape shape;
    shape.articles = articles;
    if (!QFileInfo::exists(dbPath)) {
        QDir().mkpath(dataDir);
        out << "generating " << articles << " articles over " << shape.feeds << " feeds..." << Qt::endl;
        QElapsedTimer t;
        t.start();
        QString error;
        if (!bench::fillScaleStore(dbPath + u".part"_qs, shape, error)) {
            out << "cannot fill the store: " << error << Qt::endl;
            return 1;
        }
        QFile::remove(dbPath + u".part-wal"_qs);
        QFile::remove(dbPath + u".part-shm"_qs);
        if (!QFile::rename(dbPath + u".part"_qs, dbPath))
            return 1;
        out << "generated in " << QString::number(double(t.elapsed()) / 1000, 'f', 1) << " s" << Qt::endl;
    }

    // Size: the store (checkpointed, so the WAL is empty) against the XML an import of the same
    // items reads (FeedGenerator's items, the same shape).
    {
        Store store;
        if (!store.open(dbPath))
            return 1;
        (void)store.database().exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_qs);
    }
    const QString sampleFeed = tmp.filePath(u"sample.xml"_qs);
    constexpr int kSampleItems = 2000;
    if (!bench::writeWordPressFeed(sampleFeed, kSampleItems))
        return 1;
    const double xmlPerItem = double(QFileInfo(sampleFeed).size()) / kSampleItems;
    const double dbPerArticle = double(QFileInfo(dbPath).size()) / articles;
    out << "database: " << QString::number(double(QFileInfo(dbPath).size()) / 1e9, 'f', 2) << " GB, "
        << QString::number(dbPerArticle, 'f', 0) << " bytes an article (budget: the feed XML's "
        << QString::number(xmlPerItem, 'f', 0) << " bytes an item)" << Qt::endl;

    // 1. Start-up in a fresh process, best and worst of 3.
    double startBest = 1e9;
    double startWorst = 0;
    for (int i = 0; i < 3; ++i) {
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(), {u"--startup"_qs, dbPath});
        child.waitForFinished(60000);
        const double s = child.readAllStandardOutput().trimmed().toDouble() * 1000;
        startBest = qMin(startBest, s);
        startWorst = qMax(startWorst, s);
    }
    out << "window start to first list painted: " << ms(startBest) << " - " << ms(startWorst) << " (budget 600 ms)"
        << Qt::endl;

    ui::MainWindow window(dbPath);
    window.show();
    auto *news = window.findChild<ui::NewsPane *>();
    ArticleListModel *model = news->articleModel();
    waitFor([&] { return model->rowCount() > 0 && !model->isLoading(); });
    auto openList = [&](const ArticleFilter &filter) {
        model->setFilter({ArticleFilter::Kind::Starred, -1, {}});
        waitFor([&] { return !model->isLoading(); });
        QElapsedTimer t;
        t.start();
        model->setFilter(filter);
        waitFor([&] { return !model->isLoading(); });
        news->articleList()->viewport()->repaint(); // painted, not just loaded
        return elapsedMs(t);
    };
    auto worstOf = [&](int runs, const ArticleFilter &filter) {
        double worst = 0;
        for (int i = 0; i < runs; ++i)
            worst = qMax(worst, openList(filter));
        return worst;
    };

    Database db;
    if (!db.open(dbPath, Database::Mode::ReadOnly))
        return 1;
    const SourceCounts counts = sourceCounts(db);
    const qint64 bigFeed = counts.sites.value(0).feeds.value(0).id;
    const qint64 smallFeed = counts.sites.value(1).feeds.value(1).id;
    out << "open the " << counts.sites.value(0).feeds.value(0).unread
        << "-unread feed, worst of 5: " << ms(worstOf(5, {ArticleFilter::Kind::Feed, bigFeed, {}}))
        << " (budget 100 ms)" << Qt::endl;
    out << "open a " << counts.sites.value(1).feeds.value(1).unread
        << "-unread feed, worst of 5: " << ms(worstOf(5, {ArticleFilter::Kind::Feed, smallFeed, {}}))
        << " (budget 100 ms)" << Qt::endl;
    out << "open All articles, worst of 5: " << ms(worstOf(5, {})) << " (budget 100 ms)" << Qt::endl;

    // 2. Search while typing: each keystroke's first page, the worst keystroke of the word.
    auto typing = [&](const QString &word) {
        double worst = 0;
        for (qsizetype n = 1; n <= word.size(); ++n)
            worst = qMax(worst, openList({ArticleFilter::Kind::Search, -1, word.left(n)}));
        return worst;
    };
    const QString common = QString::fromLatin1(bench::kCommonWord);
    const QString rare = QString::fromLatin1(bench::kRareWord);
    out << "search \"" << common
        << "\" (nearly every article), first page: " << ms(worstOf(3, {ArticleFilter::Kind::Search, -1, common}))
        << "; worst keystroke typing it " << ms(typing(common)) << " (budget 50 ms)" << Qt::endl;
    out << "search \"" << rare << "\" (" << articles / shape.rareEvery
        << " articles), first page: " << ms(worstOf(3, {ArticleFilter::Kind::Search, -1, rare}))
        << "; worst keystroke typing it " << ms(typing(rare)) << " (budget 50 ms)" << Qt::endl;
    out << "search \"" << rare
        << " review\", first page: " << ms(worstOf(3, {ArticleFilter::Kind::Search, -1, rare + u" review"_qs}))
        << " (budget 50 ms)" << Qt::endl;

    // 3. Unread counts for every feed, on the views' read-only connection, worst of 5.
    double countsWorst = 0;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer t;
        t.start();
        const SourceCounts c = sourceCounts(db);
        countsWorst = qMax(countsWorst, elapsedMs(t));
        if (c.all != articles)
            out << "unexpected article count " << c.all << Qt::endl;
    }
    out << "unread counts of " << counts.sites.size() * 10 << " feeds, worst of 5: " << ms(countsWorst)
        << " (budget 50 ms)" << Qt::endl;

    // 4. `tidings search`, process start to exit, best and worst of 3 (the first also warms the cache).
    for (const QString &q : QStringList{common, rare, rare + u" review"_qs}) {
        double best = 1e9;
        double worst = 0;
        int matches = -1;
        for (int i = 0; i < 3; ++i) {
            QProcess cli;
            QElapsedTimer t;
            t.start();
            cli.start(QStringLiteral(TIDINGS_EXECUTABLE), {u"--data-dir"_qs, dataDir, u"search"_qs, q});
            cli.waitForFinished(60000);
            const double took = elapsedMs(t);
            best = qMin(best, took);
            worst = qMax(worst, took);
            matches = int(cli.readAllStandardOutput().count("\n            "));
            if (cli.exitCode() != 0)
                out << "tidings search failed: " << cli.readAllStandardError() << Qt::endl;
        }
        out << "tidings search \"" << q << "\" (" << matches << " shown), from process start: " << ms(best) << " - "
            << ms(worst) << " (budget 100 ms)" << Qt::endl;
    }

    // 5. Mark the big feed read (on the store's connection, as the storage thread does), then unread
    //    again so the next run finds the same store.
    {
        Store store;
        if (!store.open(dbPath))
            return 1;
        QElapsedTimer t;
        t.start();
        const bool marked = store.markAllRead({ArticleFilter::Kind::Feed, bigFeed, {}});
        const double took = elapsedMs(t);
        out << "mark the " << counts.sites.value(0).feeds.value(0).unread << "-article feed read: " << ms(took)
            << (marked ? "" : " FAILED") << " (budget 200 ms)" << Qt::endl;
        QSqlQuery unread(store.database().connection());
        unread.prepare(u"INSERT OR IGNORE INTO unread_articles (feed_id, article_id, published_at) "
                       u"SELECT feed_id, id, published_at FROM articles WHERE feed_id = ?"_qs);
        unread.addBindValue(bigFeed);
        QSqlQuery recount(store.database().connection());
        recount.prepare(u"UPDATE feeds SET unread_count = article_count WHERE id = ?"_qs);
        recount.addBindValue(bigFeed);
        if (!store.begin() || !unread.exec() || !recount.exec() || !store.commit())
            out << "could not mark the feed unread again: " << store.error() << Qt::endl;
    }
    out << "peak RSS: " << QString::number(peakRssMb(), 'f', 1) << " MB" << Qt::endl;
    return 0;
}
