#include "ShopTestSupport.h"
#include "shop/Cart.h"
#include "shop/Checkout.h"
#include "shop/WatchList.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace tidings;
using tidings::test::importProducts;
using tidings::test::shopifyOne;
using tidings::test::variantId;

namespace {

CartLine line(qint64 siteId, StoreKind kind, const QString &listUrl, const QString &variant, int quantity,
              const Money &price, const QString &availability = u"in_stock"_qs)
{
    CartLine l;
    l.id = variant.toLongLong();
    l.siteId = siteId;
    l.siteName = u"Site %1"_qs.arg(siteId);
    l.storeKind = kind;
    l.listUrl = listUrl;
    l.variantRemoteId = variant;
    l.productRemoteId = variant;
    l.productTitle = u"Product "_qs + variant;
    l.link = u"https://merchant.example/p/"_qs + variant;
    l.quantity = quantity;
    l.price = l.seenPrice = price;
    l.availability = l.seenAvailability = availability;
    return l;
}

} // namespace

class TestCart : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString path() const { return m_dir.filePath(u"cart.sqlite"_qs); }

private slots:
    void init()
    {
        QFile::remove(path());
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void addSetRemoveUndo()
    {
        Store store;
        QVERIFY(store.open(path()));
        QVERIFY(importProducts(store, shopifyOne("17.99"), u"Hush"_qs, u"https://hush.example/products.json"_qs,
                               u"USD"_qs)
                        .ok());
        Cart cart(store.database());
        const qint64 variant = variantId(store, u"9001"_qs);
        QVERIFY(variant > 0);
        const qint64 line = cart.add(variant, 1);
        QVERIFY2(line > 0, qPrintable(cart.error()));
        QCOMPARE(cart.add(variant, 2), line); // the same variant again: the same line, more of it
        QCOMPARE(cart.itemCount(), 3);
        QCOMPARE(cart.lines().size(), 1);
        QCOMPARE(cart.lines().first().total(), (Money{3 * 1799, u"USD"_qs}));

        QVERIFY(cart.setQuantity(line, 5));
        QCOMPARE(cart.lines().first().quantity, 5);
        QVERIFY(!cart.setQuantity(line, Cart::kMaxQuantity + 1));
        QVERIFY(!cart.setQuantity(line, -1));
        QVERIFY(!cart.setQuantity(line + 100, 2));
        QCOMPARE(cart.lines().first().quantity, 5);
        QVERIFY(cart.add(variant, 0) < 0);
        QVERIFY(!cart.error().isEmpty());

        QVERIFY(cart.remove(line));
        QVERIFY(cart.lines().isEmpty());
        QCOMPARE(cart.itemCount(), 0);
        QCOMPARE(store.stats().cartItems, 0); // the Cart tab's count leaves a removed line out
        QCOMPARE(cart.lastRemoved()->productTitle, u"Invisible Bluetooth Earpiece"_qs);
        QCOMPARE(cart.undoRemove(), line);
        QCOMPARE(cart.lines().first().quantity, 5); // back as it was
        QVERIFY(cart.undoRemove() < 0); // nothing more to undo

        // Setting a quantity of 0 removes, undoably too.
        QVERIFY(cart.setQuantity(line, 0));
        QVERIFY(cart.lines().isEmpty());
        QCOMPARE(cart.undoRemove(), line);
        // Adding a removed variant again starts a fresh line rather than resurrecting the old quantity.
        QVERIFY(cart.remove(line));
        const qint64 again = cart.add(variant, 1);
        QVERIFY(again > 0);
        QCOMPARE(cart.lines().first().quantity, 1);
        QVERIFY(cart.undoRemove() < 0);
    }

    void outOfStockCannotBeAdded()
    {
        Store store;
        QVERIFY(store.open(path()));
        QVERIFY(importProducts(store, shopifyOne("17.99", false), u"Hush"_qs, u"https://hush.example/products.json"_qs,
                               u"USD"_qs)
                        .ok());
        Cart cart(store.database());
        QVERIFY(cart.add(variantId(store, u"9001"_qs), 1) < 0);
        QVERIFY2(cart.error().contains(u"out of stock"), qPrintable(cart.error()));
        QVERIFY(cart.add(424242, 1) < 0);
        QVERIFY(cart.lines().isEmpty());
    }

    void survivesReopening()
    {
        qint64 line = -1;
        {
            Store store;
            QVERIFY(store.open(path()));
            QVERIFY(importProducts(store, shopifyOne("17.99"), u"Hush"_qs, u"https://hush.example/products.json"_qs,
                                   u"USD"_qs)
                            .ok());
            Cart cart(store.database());
            line = cart.add(variantId(store, u"9001"_qs), 2);
            QVERIFY(line > 0);
        }
        Store reopened;
        QVERIFY(reopened.open(path()));
        Cart cart(reopened.database());
        const QList<CartLine> lines = cart.lines();
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines.first().id, line);
        QCOMPARE(lines.first().quantity, 2);
        QCOMPARE(lines.first().price, (Money{1799, u"USD"_qs}));
        QCOMPARE(lines.first().siteName, u"Hush"_qs);
        QCOMPARE(lines.first().storeKind, StoreKind::Shopify);
    }

    void priceAndStockChangesAreFlaggedUntilAcknowledged()
    {
        Store store;
        QVERIFY(store.open(path()));
        const QString url = u"https://hush.example/products.json"_qs;
        QVERIFY(importProducts(store, shopifyOne("17.99"), u"Hush"_qs, url, u"USD"_qs).ok());
        Cart cart(store.database());
        const qint64 line = cart.add(variantId(store, u"9001"_qs), 2);
        QVERIFY(!cart.lines().first().hasChange());

        // A refresh: on sale now.
        QVERIFY(importProducts(store, shopifyOne("15.99", true, "17.99"), u"Hush"_qs, url, u"USD"_qs).ok());
        CartLine l = cart.lines().first();
        QVERIFY(l.priceChanged());
        QCOMPARE(l.seenPrice.minor, 1799);
        QCOMPARE(l.price.minor, 1599);
        QCOMPARE(l.total().minor, 3198); // the cart costs what the store will charge
        QCOMPARE(l.changeText(), u"was $17.99, now $15.99"_qs);
        // Flags stay until acknowledged, across reopening.
        QVERIFY(cart.lines().first().hasChange());
        QVERIFY(cart.acknowledge(line));
        QVERIFY(!cart.lines().first().hasChange());
        QCOMPARE(cart.lines().first().seenPrice.minor, 1599);

        // Out of stock: flagged, and checkout is held back.
        QVERIFY(importProducts(store, shopifyOne("15.99", false, "17.99"), u"Hush"_qs, url, u"USD"_qs).ok());
        l = cart.lines().first();
        QCOMPARE(l.changeText(), u"now out of stock"_qs);
        QList<CheckoutPlan> plans = Checkout::plan(cart.lines());
        QCOMPARE(plans.size(), 1);
        QVERIFY(!plans.first().ready());
        QVERIFY(plans.first().urls.isEmpty());
        QVERIFY2(plans.first().heldBack.startsWith(u"Out of stock at Hush: Invisible Bluetooth Earpiece."_qs),
                 qPrintable(plans.first().heldBack));
        QVERIFY(cart.acknowledgeAll());
        QVERIFY(!cart.lines().first().hasChange());
        QVERIFY(!Checkout::plan(cart.lines()).first().ready()); // acknowledged, still not available

        // Back in stock: said so, and checkout goes ahead.
        QVERIFY(importProducts(store, shopifyOne("15.99", true, "17.99"), u"Hush"_qs, url, u"USD"_qs).ok());
        QCOMPARE(cart.lines().first().changeText(), u"back in stock"_qs);
        plans = Checkout::plan(cart.lines());
        QVERIFY(plans.first().ready());
        QCOMPARE(plans.first().urls, QList<QUrl>{QUrl(u"https://hush.example/cart/9001:2"_qs)});
    }

    void totalsPerStoreAndCurrency()
    {
        const QList<CartLine> lines = {
                line(1, StoreKind::Shopify, u"https://a.example/products.json"_qs, u"1"_qs, 3, {1799, u"USD"_qs}),
                line(1, StoreKind::Shopify, u"https://a.example/products.json"_qs, u"2"_qs, 1, {1, u"USD"_qs}),
                line(2, StoreKind::WooCommerce, u"https://b.example/wp-json/wc/store/v1/products"_qs, u"3"_qs, 2,
                     {1500, u"JPY"_qs}),
                line(2, StoreKind::WooCommerce, u"https://b.example/wp-json/wc/store/v1/products"_qs, u"4"_qs, 3,
                     {12500, u"KWD"_qs}),
        };
        const QList<CartTotal> totals = Cart::totals(lines);
        QCOMPARE(totals.size(), 3); // never one sum across currencies
        QCOMPARE(totals[0].total, (Money{5398, u"USD"_qs}));
        QCOMPARE(totals[0].items, 4);
        QCOMPARE(totals[1].total, (Money{3000, u"JPY"_qs}));
        QCOMPARE(totals[2].total, (Money{37500, u"KWD"_qs}));
        QCOMPARE(totals[2].total.toString(), u"37.500 KWD"_qs);
        QCOMPARE(formatMoney(totals[0].total), u"$53.98"_qs);
        QCOMPARE(formatMoney(totals[1].total), u"¥3,000"_qs);
        QCOMPARE(formatMoney(totals[2].total), u"KWD 37.500"_qs);
    }

    void checkoutUrlsAreExact()
    {
        const QString shopify = u"https://hush.example/products.json?limit=250"_qs;
        const QString woo = u"https://woo.example/shop/wp-json/wc/store/v1/products?per_page=100"_qs;
        const QList<CartLine> lines = {
                line(1, StoreKind::Shopify, shopify, u"39428312"_qs, 2, {1799, u"USD"_qs}),
                line(1, StoreKind::Shopify, shopify, u"39428313"_qs, 1, {999, u"USD"_qs}),
                line(2, StoreKind::WooCommerce, woo, u"55"_qs, 2, {1299, u"EUR"_qs}),
                line(2, StoreKind::WooCommerce, woo, u"56"_qs, 1, {1500, u"EUR"_qs}),
                line(3, StoreKind::Merchant, u"https://merchant.example/feed.xml"_qs, u"m1"_qs, 1, {500, u"GBP"_qs}),
                line(3, StoreKind::Merchant, u"https://merchant.example/feed.xml"_qs, u"m2"_qs, 4, {700, u"GBP"_qs}),
        };
        QList<CheckoutPlan> plans = Checkout::plan(lines);
        QCOMPARE(plans.size(), 3);
        QCOMPARE(plans[0].kind, StoreKind::Shopify);
        QCOMPARE(plans[0].urls, QList<QUrl>{QUrl(u"https://hush.example/cart/39428312:2,39428313:1"_qs)});
        QCOMPARE(plans[0].urls.first().toString(QUrl::FullyEncoded),
                 u"https://hush.example/cart/39428312:2,39428313:1"_qs);
        QCOMPARE(plans[1].urls.size(), 1);
        QCOMPARE(plans[1].urls.first().toString(QUrl::FullyEncoded),
                 u"https://woo.example/shop/checkout-link/?products=55:2,56:1"_qs);
        QCOMPARE(plans[2].urls,
                 (QList<QUrl>{QUrl(u"https://merchant.example/p/m1"_qs), QUrl(u"https://merchant.example/p/m2"_qs)}));
        for (const CheckoutPlan &p : plans) {
            QVERIFY(p.ready());
            QVERIFY(!p.note.isEmpty());
        }

        plans = Checkout::plan(lines, WooHandOff::AddToCartLinks);
        QCOMPARE(plans[1].urls.size(), 2);
        QCOMPARE(plans[1].urls[0].toString(QUrl::FullyEncoded),
                 u"https://woo.example/shop/?add-to-cart=55&quantity=2"_qs);
        QCOMPARE(plans[1].urls[1].toString(QUrl::FullyEncoded),
                 u"https://woo.example/shop/?add-to-cart=56&quantity=1"_qs);

        // A store whose REST API has no pretty permalinks, and a port.
        QCOMPARE(Checkout::storeRoot(StoreKind::WooCommerce,
                                     QUrl(u"http://127.0.0.1:8080/?rest_route=/wc/store/v1/products"_qs)),
                 QUrl(u"http://127.0.0.1:8080/"_qs));
        QCOMPARE(Checkout::storeRoot(StoreKind::Shopify, QUrl(u"http://127.0.0.1:8080/products.json?page=2"_qs)),
                 QUrl(u"http://127.0.0.1:8080/"_qs));

        // One unavailable line holds back its own store only.
        QList<CartLine> withGap = lines;
        withGap[2].availability = u"out_of_stock"_qs;
        plans = Checkout::plan(withGap);
        QVERIFY(plans[0].ready());
        QVERIFY(!plans[1].ready());
        QVERIFY(plans[1].heldBack.contains(u"Product 55"));
        QVERIFY(plans[2].ready());
    }

    void watchListNotesDropsAndRestocks()
    {
        Store store;
        QVERIFY(store.open(path()));
        const QString url = u"https://hush.example/products.json"_qs;
        QVERIFY(importProducts(store, shopifyOne("17.99", false), u"Hush"_qs, url, u"USD"_qs).ok());
        const qint64 product = tidings::test::scalar(store, u"SELECT id FROM products"_qs);
        WatchList watch(store.database());
        QVERIFY(watch.watch(product));
        QVERIFY(watch.isWatched(product));
        QVERIFY(watch.noteChanges(1000).isEmpty());

        QVERIFY(importProducts(store, shopifyOne("15.99", false, "17.99"), u"Hush"_qs, url, u"USD"_qs).ok());
        QList<WatchEvent> events = watch.noteChanges(2000);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().oldPrice, std::optional<Money>(Money{1799, u"USD"_qs}));
        QCOMPARE(events.first().text(), u"Invisible Bluetooth Earpiece: now $15.99 (was $17.99)"_qs);
        QVERIFY(watch.noteChanges(3000).isEmpty()); // told once

        // A rise is not news, but moves the baseline: the next drop compares with it.
        QVERIFY(importProducts(store, shopifyOne("19.99", false), u"Hush"_qs, url, u"USD"_qs).ok());
        QVERIFY(watch.noteChanges(4000).isEmpty());
        QVERIFY(importProducts(store, shopifyOne("19.99", true), u"Hush"_qs, url, u"USD"_qs).ok());
        events = watch.noteChanges(5000);
        QCOMPARE(events.size(), 1);
        QVERIFY(events.first().backInStock);
        QVERIFY(!events.first().oldPrice);
        QCOMPARE(tidings::test::scalar(store, u"SELECT alert_back_in_stock FROM watched_products"_qs), 1);
        QVERIFY(watch.seen(product));
        QCOMPARE(tidings::test::scalar(store, u"SELECT alert_back_in_stock FROM watched_products"_qs), 0);
        QVERIFY(watch.unwatch(product));
        QVERIFY(!watch.isWatched(product));
    }
};

QTEST_GUILESS_MAIN(TestCart)
#include "tst_cart.moc"
