// Shop benchmark (issue 9), on a shop of 20,000 products, offscreen, pictures off:
//   - opening the Shop pane to the first grid of cards painted (budget 150 ms),
//   - applying a filter, from the control changed to the cards painted (worst of five; budget 50 ms),
//   - search as you type, each query from applied (after the typing pause) to its cards painted
//     (worst over the keystrokes of three words, each after the previous query's count, as the
//     120 ms typing pause allows; budget 50 ms),
//   - peak RSS (budget 150 MB),
//   - and, for information, the "In this article" query for a 6 KB article (reader thread).
//
//   bench_shop [PRODUCTS]

#include "../shop/ShopCatalog.h"
#include "BenchSupport.h"
#include "ProductListModel.h"
#include "ShopPane.h"
#include "storage/Importer.h"
#include "storage/ShopQueries.h"
#include "storage/StorageThread.h"

#include <QApplication>
#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QListView>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>

using namespace tidings;
using tidings::bench::peakRssMb;
using tidings::bench::waitFor;

namespace {

// From now until the model holds the rows of the filter it was given and the cards are painted.
double untilPainted(ui::ShopPane &pane, const QElapsedTimer &clock)
{
    ProductListModel *model = pane.model();
    waitFor([model] { return !model->isLoading(); });
    pane.productView()->viewport()->repaint();
    return double(clock.nsecsElapsed()) / 1e6;
}

void report(QTextStream &out, const char *what, double value, double budget, const char *unit)
{
    out << QString::fromLatin1(what).leftJustified(44) << QString::number(value, 'f', 1).rightJustified(8) << ' '
        << unit << "   (budget " << budget << ' ' << unit << (value <= budget ? ")" : ", OVER)") << Qt::endl;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    const int count = app.arguments().size() > 1 ? app.arguments().at(1).toInt() : 20000;
    QTextStream out(stdout);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"shop.sqlite"_qs);

    QElapsedTimer clock;
    clock.start();
    {
        Store store;
        if (!store.open(path))
            return 1;
        QByteArray doc = tidings::test::shopifyCatalog(count);
        QBuffer buffer(&doc);
        buffer.open(QIODevice::ReadOnly);
        ImportOptions options;
        options.siteName = u"Bench shop"_qs;
        options.url = QUrl(u"https://bench.example/products.json"_qs);
        options.kind = DocumentKind::Products;
        options.currency = u"USD"_qs;
        const ImportResult r = Importer(store).importDevice(&buffer, options);
        if (!r.ok()) {
            out << "import failed: " << r.error << Qt::endl;
            return 1;
        }
    }
    out << count << " products imported in " << clock.elapsed() << " ms" << Qt::endl;

    StorageThread writer(path);
    StorageThread reader(path, nullptr, Database::Mode::ReadOnly);
    auto w = writer.open();
    auto r = reader.open();
    waitFor([&] { return w.isFinished() && r.isFinished(); });

    ui::ShopPane pane(&writer, &reader);
    pane.resize(1100, 720);
    pane.show();
    waitFor([] { return false; }, 200); // the window exposed and settled

    clock.restart();
    pane.start();
    waitFor([&] { return pane.model()->rowCount() > 0; });
    const double open = untilPainted(pane, clock);
    waitFor([&] { return pane.model()->matchCount() == count; });
    waitFor([&] { return pane.categoryChoice()->count() > 1; });

    double worstFilter = 0;
    const auto measureFilter = [&](auto change) {
        clock.restart();
        change();
        worstFilter = qMax(worstFilter, untilPainted(pane, clock));
    };
    measureFilter([&] { pane.inStockOnly()->setChecked(true); });
    measureFilter([&] { pane.onSaleOnly()->setChecked(true); });
    measureFilter([&] { pane.categoryChoice()->setCurrentIndex(2); });
    measureFilter([&] { pane.sortChoice()->setCurrentIndex(1); });
    measureFilter([&] {
        pane.inStockOnly()->setChecked(false);
        pane.onSaleOnly()->setChecked(false);
        pane.categoryChoice()->setCurrentIndex(0);
    });

    double worstSearch = 0;
    QString worstQuery;
    QString typed;
    for (const QChar c : u"accessory zebra 12"_qs) {
        typed += c;
        pane.searchField()->setText(typed);
        clock.restart();
        pane.applyFilter(); // what the typing pause's end does
        const double ms = untilPainted(pane, clock);
        // The next key comes after the typing pause (120 ms), by when the match count has been read.
        waitFor([&] { return pane.model()->matchCount() >= 0; });
        if (ms > worstSearch) {
            worstSearch = ms;
            worstQuery = typed;
        }
    }
    const int finalMatches = pane.model()->rowCount();

    // "In this article" for an article of about 6 KB naming one product, on the reader's connection.
    double inArticle = 0;
    {
        Store store;
        if (!store.open(path))
            return 1;
        QByteArray rss = "<rss version=\"2.0\"><channel><title>Blog</title><item><title>Deals</title><guid>d</guid>"
                         "<description>";
        for (int i = 0; i < 100; ++i)
            rss += "Lorem ipsum dolor sit amet, consectetur adipiscing elit, accessory. ";
        rss += "Go hands-free in style with Accessory " + QByteArray::number(count - 1)
                + " for $9.99.</description></item></channel></rss>";
        QBuffer buffer(&rss);
        buffer.open(QIODevice::ReadOnly);
        ImportOptions options;
        options.siteName = u"Bench shop"_qs;
        options.url = QUrl(u"https://bench.example/feed/"_qs);
        if (!Importer(store).importDevice(&buffer, options).ok())
            return 1;
        QSqlQuery id(store.database().connection());
        if (!id.exec(u"SELECT id FROM articles WHERE guid = 'd'"_qs) || !id.next())
            return 1;
        ShopQueries shop(store.database());
        clock.restart();
        const QList<ProductRow> named = shop.productsInArticle(id.value(0).toLongLong());
        inArticle = double(clock.nsecsElapsed()) / 1e6;
        if (named.size() != 1)
            out << "In this article found " << named.size() << " products, not 1" << Qt::endl;
    }

    out << "Shop pane, " << count << " products, pictures off (offscreen):" << Qt::endl;
    report(out, "open to first grid painted", open, 150, "ms");
    report(out, "apply a filter, worst of 5", worstFilter, 50, "ms");
    report(out, "search as you type, worst keystroke", worstSearch, 50, "ms");
    report(out, "peak RSS", peakRssMb(), 150, "MB");
    out << QString::fromLatin1("\"In this article\" for a 6 KB article").leftJustified(44)
        << QString::number(inArticle, 'f', 1).rightJustified(8) << " ms   (reader thread; no budget)" << Qt::endl;
    out << "(the slowest query was \"" << worstQuery << "\"; the search ended with " << finalMatches << " matches)"
        << Qt::endl;
    return 0;
}
