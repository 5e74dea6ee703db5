#include "ShopTestSupport.h"
#include "storage/ShopQueries.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace tidings;
using tidings::test::importProducts;
using tidings::test::scalar;

namespace {

QByteArray fixture(const QString &name)
{
    QFile f(QStringLiteral(TIDINGS_FIXTURES_DIR) + u'/' + name);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QStringList titles(const QList<ProductRow> &rows)
{
    QStringList t;
    for (const ProductRow &r : rows)
        t.append(r.title);
    return t;
}

} // namespace

// Reading the shop: products of every format as stored, filters, orders and search.
class TestShopQueries : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Store m_store;

private slots:
    void initTestCase()
    {
        QVERIFY(m_store.open(m_dir.filePath(u"shop.sqlite"_qs)));
        QVERIFY(importProducts(m_store, fixture(u"shopify-products.json"_qs), u"Patch"_qs,
                               u"https://patch.example/products.json"_qs, u"USD"_qs)
                        .ok());
        QVERIFY(importProducts(m_store, fixture(u"woocommerce-products.json"_qs), u"Woo"_qs,
                               u"https://woo.example/wp-json/wc/store/v1/products"_qs)
                        .ok());
        QVERIFY(importProducts(m_store, fixture(u"merchant.xml"_qs), u"Merchant"_qs,
                               u"https://merchant.example/feed.xml"_qs)
                        .ok());
    }

    void jpyHasNoMinorDigitsAndMalformedEntriesAreReported()
    {
        const ImportResult r = importProducts(m_store, fixture(u"shop/shopify-jpy.json"_qs), u"Kumo"_qs,
                                              u"https://kumo.example/products.json"_qs, u"JPY"_qs);
        QVERIFY2(r.ok(), qPrintable(r.error));
        // The broken entries are named with their reasons; the others are stored all the same.
        QVERIFY2(r.malformed.contains(u"2 entries"), qPrintable(r.malformed));
        QVERIFY2(r.malformed.contains(u"product 8103, variant 9104: price \"abc\""), qPrintable(r.malformed));
        QVERIFY(r.malformed.contains(u"without an id"));
        QCOMPARE(r.counts.added, 2);
        ShopQueries shop(m_store.database());
        const qint64 caseId = shop.resolveProduct(u"8101"_qs);
        QVERIFY(caseId > 0);
        const auto detail = shop.product(caseId);
        QVERIFY(detail);
        QCOMPARE(detail->variants.size(), 2);
        QCOMPARE(detail->variants[0].price, (Money{1800, u"JPY"_qs}));
        QCOMPARE(detail->variants[0].salePrice, std::optional<Money>(Money{1500, u"JPY"_qs}));
        QCOMPARE(detail->variants[1].price, (Money{2000, u"JPY"_qs}));
        QVERIFY(!detail->variants[1].salePrice);
        QCOMPARE(detail->row.price, (Money{1500, u"JPY"_qs})); // the lowest price now
        QCOMPARE(detail->row.regularPrice, (Money{1800, u"JPY"_qs}));
        QVERIFY(detail->row.onSale);
        QCOMPARE(detail->images, (QStringList{u"https://kumo.example/ec.png"_qs, u"https://kumo.example/ec-2.png"_qs}));
        QCOMPARE(detail->row.brand, u"Kumo"_qs);
        // Optional fields missing: no brand, no image, no description.
        const auto strap = shop.product(shop.resolveProduct(u"8102"_qs));
        QVERIFY(strap);
        QVERIFY(strap->row.brand.isEmpty());
        QVERIFY(strap->images.isEmpty());
        QVERIFY(!strap->row.inStock);
        QCOMPARE(shop.resolveProduct(u"8103"_qs), -1);
    }

    void kwdHasThreeMinorDigits()
    {
        const ImportResult r = importProducts(m_store, fixture(u"shop/woo-kwd.json"_qs), u"Souq"_qs,
                                              u"https://souq.example/wp-json/wc/store/v1/products"_qs);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QVERIFY2(r.malformed.contains(u"product 303"), qPrintable(r.malformed));
        QCOMPARE(r.counts.added, 2);
        ShopQueries shop(m_store.database());
        const auto charger = shop.product(shop.resolveProduct(u"301"_qs));
        QVERIFY(charger);
        QCOMPARE(charger->variants.first().price, (Money{15750, u"KWD"_qs}));
        QCOMPARE(charger->variants.first().salePrice->toString(), u"12.500 KWD"_qs);
        QCOMPARE(charger->row.category, u"Chargers"_qs);
    }

    void filtersAndOrders()
    {
        ShopQueries shop(m_store.database());
        ProductFilter all;
        const int total = shop.count(all);
        QCOMPARE(total, int(scalar(m_store, u"SELECT count(*) FROM products"_qs)));
        QCOMPARE(shop.products(all, 0, 1000).size(), total);

        ProductFilter inStock;
        inStock.inStockOnly = true;
        const QList<ProductRow> stocked = shop.products(inStock, 0, 1000);
        QVERIFY(!stocked.isEmpty() && stocked.size() < total);
        for (const ProductRow &r : stocked)
            QVERIFY(r.inStock);
        QCOMPARE(shop.count(inStock), stocked.size());

        ProductFilter onSale;
        onSale.onSaleOnly = true;
        const QList<ProductRow> sale = shop.products(onSale, 0, 1000);
        QVERIFY(!sale.isEmpty());
        for (const ProductRow &r : sale) {
            QVERIFY(r.onSale);
            QVERIFY(r.regularPrice.minor > r.price.minor);
        }

        ProductFilter chargers;
        chargers.category = u"Chargers"_qs;
        QCOMPARE(titles(shop.products(chargers, 0, 100)), QStringList{u"Desert charger"_qs});
        ProductFilter kumo;
        kumo.brand = u"Kumo"_qs;
        QCOMPARE(titles(shop.products(kumo, 0, 100)), QStringList{u"Earbud case"_qs});

        ProductFilter range;
        range.minPriceMinor = 1000;
        range.maxPriceMinor = 1600;
        // In hundredths of each currency's main unit: 10.00-16.00 dollars or euros, 10-16 yen, 10.000-16.000 dinars.
        const QList<ProductRow> inRange = shop.products(range, 0, 100);
        QVERIFY(titles(inRange).contains(u"Desert charger"_qs)); // 12.500 KWD
        QVERIFY(!titles(inRange).contains(u"Earbud case"_qs)); // 1,500 JPY
        for (const ProductRow &r : inRange) {
            const int digits = Money::minorDigits(r.price.currency);
            const qint64 tenths = digits == 0 ? r.price.minor * 1000 : digits == 3 ? r.price.minor : r.price.minor * 10;
            QVERIFY(tenths >= 10000 && tenths <= 16000);
        }

        ProductFilter byPrice;
        byPrice.sort = ProductFilter::Sort::PriceLowest;
        const QList<ProductRow> cheap = shop.products(byPrice, 0, 1000);
        for (qsizetype i = 1; i < cheap.size(); ++i)
            QVERIFY(cheap[i - 1].price.minor <= cheap[i].price.minor);
        byPrice.sort = ProductFilter::Sort::PriceHighest;
        const QList<ProductRow> dear = shop.products(byPrice, 0, 1000);
        QCOMPARE(dear.first().price.minor, cheap.last().price.minor);
        ProductFilter byName;
        byName.sort = ProductFilter::Sort::Name;
        const QStringList names = titles(shop.products(byName, 0, 1000));
        for (qsizetype i = 1; i < names.size(); ++i)
            QVERIFY(names[i - 1].compare(names[i], Qt::CaseInsensitive) <= 0);
        ProductFilter newest;
        const QList<ProductRow> fresh = shop.products(newest, 0, 1000);
        QVERIFY(fresh.first().id > fresh.last().id);

        // Pages join up without gaps or repeats.
        QList<ProductRow> paged;
        for (int offset = 0; offset < total; offset += 3)
            paged += shop.products(byName, offset, 3);
        QCOMPARE(titles(paged), names);

        QVERIFY(shop.categories().contains(u"Chargers"_qs));
        QVERIFY(shop.brands().contains(u"Kumo"_qs));
    }

    void searchAsYouType()
    {
        ShopQueries shop(m_store.database());
        ProductFilter f;
        f.search = u"earb"_qs; // a prefix of the last word
        QCOMPARE(titles(shop.products(f, 0, 100)), QStringList{u"Earbud case"_qs});
        f.search = u"hard shell"_qs; // the description's words, not its markup
        QCOMPARE(titles(shop.products(f, 0, 100)), QStringList{u"Earbud case"_qs});
        f.search = u"script"_qs;
        QVERIFY(shop.products(f, 0, 100).isEmpty());
        f.search = u"\"unbalanced AND ("_qs; // user text is never FTS syntax
        QVERIFY(shop.products(f, 0, 100).isEmpty());
        QVERIFY(shop.error().isEmpty());
        f.search = u"cable"_qs;
        f.siteId = scalar(m_store, u"SELECT id FROM sites WHERE name = 'Souq'"_qs);
        QCOMPARE(titles(shop.products(f, 0, 100)), QStringList{u"Cable"_qs});
    }

    void articlesAndProductsMeet()
    {
        QByteArray rss = "<rss version=\"2.0\"><channel><title>Blog</title>"
                         "<item><title>Cases compared</title><guid>c1</guid><description>Our pick: the Kumo "
                         "earbud case, hard and light.</description></item>"
                         "<item><title>Packing light</title><guid>c2</guid><description>&lt;p&gt;Take "
                         "&lt;a href=\"https://patch.example/products/travel-cable-kit\"&gt;this kit&lt;/a&gt;."
                         "&lt;/p&gt;</description></item>"
                         "<item><title>Cables</title><guid>c3</guid><description>Any cable will do; a case "
                         "helps.</description></item></channel></rss>";
        QBuffer buffer(&rss);
        buffer.open(QIODevice::ReadOnly);
        ImportOptions options;
        options.siteName = u"Patch"_qs;
        options.url = QUrl(u"https://patch.example/feed/"_qs);
        QVERIFY(Importer(m_store).importDevice(&buffer, options).ok());
        const auto article = [this](const char *guid) {
            return scalar(m_store, u"SELECT id FROM articles WHERE guid = '%1'"_qs.arg(QLatin1String(guid)));
        };
        ShopQueries shop(m_store.database());
        QCOMPARE(titles(shop.productsInArticle(article("c1"))), QStringList{u"Earbud case"_qs}); // named
        QCOMPARE(titles(shop.productsInArticle(article("c2"))), QStringList{u"Travel cable kit"_qs}); // linked
        QVERIFY(shop.productsInArticle(article("c3")).isEmpty()); // "Cable" alone names nothing
        QVERIFY(shop.error().isEmpty());

        const QList<ArticleMention> mentions = shop.articlesMentioning(shop.resolveProduct(u"8101"_qs));
        QCOMPARE(mentions.size(), 1);
        QCOMPARE(mentions.first().title, u"Cases compared"_qs);
        QVERIFY(shop.articlesMentioning(shop.resolveProduct(u"302"_qs)).isEmpty()); // "Cable": too short to name
    }

    void resolvingIds()
    {
        ShopQueries shop(m_store.database());
        const qint64 id = shop.resolveProduct(u"7001"_qs);
        QVERIFY(id > 0);
        QCOMPARE(shop.resolveProduct(QString::number(id)), id);
        QCOMPARE(shop.resolveProduct(u"no-such"_qs), -1);
        const qint64 variant = shop.resolveVariant(id, u"9002"_qs);
        QVERIFY(variant > 0);
        QCOMPARE(shop.resolveVariant(id, QString::number(variant)), variant);
        QCOMPARE(shop.resolveVariant(id, u"9101"_qs), -1); // another product's
    }
};

QTEST_GUILESS_MAIN(TestShopQueries)
#include "tst_shopqueries.moc"
