#include "ArticleListModel.h"
#include "CartModel.h"
#include "CartPane.h"
#include "MainWindow.h"
#include "NewsPane.h"
#include "ProductDetail.h"
#include "ProductListModel.h"
#include "ShopPane.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QListView>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

using namespace tidings;
using namespace tidings::ui;

// What a new user does on the demo site: opens the Shop tab, filters, adds two accessories, finds
// them in the Cart after a restart, and checks out into the store's own pages.
class TestShopWindow : public QObject
{
    Q_OBJECT

    // Chooses the first product in the list that can be bought and adds it.
    static void addFirstAvailable(ShopPane *shop, int skip)
    {
        ProductListModel *model = shop->model();
        int seen = 0;
        for (int row = 0; row < model->rowCount(); ++row) {
            if (!model->product(row).inStock || seen++ < skip)
                continue;
            shop->productView()->setCurrentIndex(model->index(row));
            QTRY_COMPARE(shop->detail()->productId(), model->product(row).id);
            QTRY_VERIFY(shop->detail()->addButton()->isEnabled());
            QTest::mouseClick(shop->detail()->addButton(), Qt::LeftButton);
            return;
        }
        QFAIL("no product in stock");
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void filterAddRestartCheckout()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(u"tidings.sqlite"_qs);
        QStringList added;
        {
            MainWindow window(db);
            window.show();
            auto *tabs = window.findChild<QTabWidget *>();
            auto *shop = window.findChild<ShopPane *>();
            QVERIFY(tabs && shop);
            tabs->setCurrentWidget(shop);
            // The demo shop, once imported and read.
            QTRY_COMPARE_WITH_TIMEOUT(shop->model()->matchCount(), 17, 20000);
            shop->onSaleOnly()->setChecked(true);
            QTRY_COMPARE(shop->model()->matchCount(), 5);
            QTRY_COMPARE(shop->model()->rowCount(), 5);
            addFirstAvailable(shop, 0);
            addFirstAvailable(shop, 1);
            QTRY_COMPARE(tabs->tabText(2), u"Ca&rt (2)"_qs);
            auto *cart = window.findChild<CartPane *>();
            for (const CartLine &l : cart->model()->lines())
                added.append(l.productTitle);
            QCOMPARE(added.size(), 2);
        }
        // A restart: the cart is as it was.
        MainWindow window(db);
        window.show();
        auto *tabs = window.findChild<QTabWidget *>();
        auto *cart = window.findChild<CartPane *>();
        QTRY_COMPARE(cart->model()->rowCount(), 2);
        QTRY_COMPARE(tabs->tabText(2), u"Ca&rt (2)"_qs);
        QStringList after;
        for (const CartLine &l : cart->model()->lines())
            after.append(l.productTitle);
        QCOMPARE(after, added);
        tabs->setCurrentWidget(cart);

        // The demo shop is a Merchant feed: checkout opens its product pages.
        QList<QUrl> opened;
        cart->setUrlOpener([&opened](const QUrl &url) {
            opened.append(url);
            return true;
        });
        QTest::mouseClick(cart->checkoutButton(), Qt::LeftButton);
        QCOMPARE(opened.size(), 2);
        for (const QUrl &url : std::as_const(opened))
            QVERIFY2(url.toString().startsWith(u"https://patchbay.example/shop/pb-"), qPrintable(url.toString()));
        QVERIFY(cart->noteText().contains(u"product pages open"));
    }

    void articlesShowTheirProducts()
    {
        QTemporaryDir dir;
        MainWindow window(dir.filePath(u"tidings.sqlite"_qs));
        window.show();
        auto *news = window.findChild<NewsPane *>();
        auto *strip = window.findChild<InThisArticle *>();
        QVERIFY(news && strip);
        QTRY_COMPARE_WITH_TIMEOUT(news->articleModel()->rowCount(), 12, 20000);
        int row = 0;
        while (row < 12
               && news->articleModel()->index(row, 0).data().toString() != u"Five cable organisers, one winner")
            ++row;
        QVERIFY(row < 12);
        news->articleList()->setCurrentIndex(news->articleModel()->index(row, 0));
        QTRY_COMPARE(strip->products().size(), 1);
        QCOMPARE(strip->products().first().title, u"Felt cable roll"_qs);
        // Under the article it belongs to.
        QTRY_VERIFY(strip->isVisible());
        QVERIFY(news->isAncestorOf(strip));
        // Choosing the card shows the product in the Shop tab.
        QTest::mouseClick(strip->findChild<QToolButton *>(), Qt::LeftButton);
        auto *shop = window.findChild<ShopPane *>();
        QCOMPARE(window.findChild<QTabWidget *>()->currentWidget(), shop);
        QTRY_COMPARE(shop->detail()->productId(), strip->products().first().id);
        QVERIFY(!strip->isVisible());
    }
};

QTEST_MAIN(TestShopWindow)
#include "tst_shopwindow.moc"
