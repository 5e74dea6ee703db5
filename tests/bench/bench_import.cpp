// Import benchmark: generates a WordPress-shaped RSS feed of N items (default 100,000, about 215 MB)
// and imports it into an empty store, full-text index included. Prints items/s, MB/s and peak RSS.
//
//   bench_import [N] [--keep-dir DIR]     (the generated feed is kept in DIR for later runs)
//
// The feed is generated before the clock starts and by streaming, so the figures are the import's.
// Budget (issue 13): 100,000 items in under 4.0 s and under 60 MB peak RSS on the 2-core reference
// machine, every article in the full-text index when the import returns.

#include "FeedGenerator.h"
#include "storage/Importer.h"

#include <QSqlQuery>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>

namespace {

long peakRssKiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss; // KiB on Linux
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = QCoreApplication::arguments();
    const int items = args.size() > 1 && args[1].toInt() > 0 ? args[1].toInt() : 100000;
    QTemporaryDir tmp;
    const qsizetype keep = args.indexOf(u"--keep-dir"_qs);
    const QString dir = keep > 0 && keep + 1 < args.size() ? args[keep + 1] : tmp.path();

    const QString feedPath = dir + u"/bench-feed-%1.xml"_qs.arg(items);
    if (!QFileInfo::exists(feedPath)) {
        out << "generating " << items << " items..." << Qt::endl;
        if (!tidings::bench::writeWordPressFeed(feedPath, items)) {
            out << "cannot write " << feedPath << Qt::endl;
            return 1;
        }
    }
    const double megabytes = double(QFileInfo(feedPath).size()) / 1e6;
    const long rssBefore = peakRssKiB();

    // Only the feed is kept for the next run; the database (370 MB a run) goes with the temporary folder.
    const QString dbPath = tmp.filePath(u"bench.sqlite"_qs);
    QElapsedTimer timer;
    timer.start();
    tidings::Store store;
    if (!store.open(dbPath)) {
        out << store.error() << Qt::endl;
        return 1;
    }
    tidings::Importer importer(store);
    tidings::ImportOptions options;
    options.url = QUrl(u"https://bench.example/feed/"_qs);
    const tidings::ImportResult result = importer.importFile(feedPath, options);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (!result.ok()) {
        out << "import failed: " << result.error << Qt::endl;
        return 1;
    }
    const auto stats = store.stats();
    // Searchable: the index holds a row of column sizes for every article it has indexed.
    QSqlQuery indexed(store.database().connection());
    const qint64 inIndex = indexed.exec(u"SELECT count(*) FROM articles_fts_docsize"_qs) && indexed.next()
            ? indexed.value(0).toLongLong()
            : -1;
    out << "items:        " << result.counts.added << " new (" << stats.articles << " in store)\n"
        << "feed size:    " << QString::number(megabytes, 'f', 1) << " MB\n"
        << "searchable:   " << inIndex << " of " << stats.articles << " articles in the full-text index\n"
        << "time:         " << QString::number(seconds, 'f', 2) << " s (budget for 100,000: 4.0 s)\n"
        << "throughput:   " << QString::number(double(result.counts.added) / seconds, 'f', 0) << " items/s, "
        << QString::number(megabytes / seconds, 'f', 1) << " MB/s\n"
        << "peak RSS:     " << QString::number(double(peakRssKiB()) / 1024.0, 'f', 1)
        << " MB (budget 60 MB; before import " << QString::number(double(rssBefore) / 1024.0, 'f', 1) << " MB)\n"
        << "database:     " << QString::number(double(QFileInfo(dbPath).size()) / 1e6, 'f', 1) << " MB" << Qt::endl;
    return 0;
}
