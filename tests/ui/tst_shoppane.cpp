#include "../shop/ShopCatalog.h"
#include "../shop/ShopTestSupport.h"
#include "ProductDetail.h"
#include "ProductListModel.h"
#include "ShopPane.h"
#include "shop/WatchList.h"
#include "storage/StorageThread.h"

#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

using namespace tidings;
using tidings::ui::ShopPane;

class TestShopPane : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<StorageThread> m_writer;
    std::unique_ptr<StorageThread> m_reader;

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        const QString path = m_dir.filePath(u"shop.sqlite"_qs);
        {
            Store store;
            QVERIFY(store.open(path));
            QVERIFY(tidings::test::importProducts(store, tidings::test::shopifyCatalog(200), u"Catalog"_qs,
                                                  u"https://catalog.example/products.json"_qs, u"USD"_qs)
                            .ok());
        }
        m_writer = std::make_unique<StorageThread>(path);
        m_reader = std::make_unique<StorageThread>(path, nullptr, Database::Mode::ReadOnly);
        auto w = m_writer->open();
        auto r = m_reader->open();
        QTRY_VERIFY(w.isFinished() && r.isFinished());
        QCOMPARE(w.result(), QString());
        QCOMPARE(r.result(), QString());
    }

    void filterSearchAndAddToCart()
    {
        ShopPane pane(m_writer.get(), m_reader.get());
        pane.resize(1000, 700);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        pane.start();
        ProductListModel *model = pane.model();
        QTRY_COMPARE(model->rowCount(), ProductListModel::kPageSize);
        QTRY_COMPARE(model->matchCount(), 200);
        // The categories came from the store.
        QTRY_COMPARE(pane.categoryChoice()->count(), 5);

        pane.inStockOnly()->setChecked(true);
        // Every seventh product is out of stock, unless it also has an in-stock second variant (every sixth).
        QTRY_COMPARE(model->matchCount(), 200 - 200 / 7 + 200 / 42);
        QTRY_VERIFY(!model->isLoading());
        for (int row = 0; row < model->rowCount(); ++row)
            QVERIFY(model->index(row).data(ProductListModel::InStockRole).toBool());
        pane.categoryChoice()->setCurrentIndex(pane.categoryChoice()->findText(u"Cables"_qs));
        QTRY_VERIFY(model->filter().category == u"Cables");
        QTRY_VERIFY(!model->isLoading());
        for (int row = 0; row < model->rowCount(); ++row)
            QCOMPARE(model->index(row).data(ProductListModel::CategoryRole).toString(), u"Cables"_qs);
        pane.categoryChoice()->setCurrentIndex(0);
        pane.inStockOnly()->setChecked(false);

        // Search as you type: the list follows the words without pressing Enter.
        QTest::keyClicks(pane.searchField(), u"zeb"_qs);
        QTRY_COMPARE(model->matchCount(), 20);
        QTRY_COMPARE(model->rowCount(), 20);
        pane.sortChoice()->setCurrentIndex(pane.sortChoice()->findData(int(ProductFilter::Sort::PriceLowest)));
        QTRY_COMPARE(model->filter().sort, ProductFilter::Sort::PriceLowest);
        QTRY_COMPARE(model->rowCount(), 20);
        QVERIFY(!pane.grab().isNull()); // the cards paint (placeholders: no pictures here)

        // Choosing a product shows it in full; Add to Cart asks for its variant and quantity.
        QSignalSpy adds(&pane, &ShopPane::addToCart);
        int row = 0;
        while (row < model->rowCount() && model->product(row).variantCount < 2)
            ++row;
        QVERIFY(row < model->rowCount());
        pane.productView()->setCurrentIndex(model->index(row));
        QTRY_COMPARE(pane.detail()->productId(), model->product(row).id);
        QCOMPARE(pane.detail()->variantChoice()->count(), 2);
        pane.detail()->variantChoice()->setCurrentIndex(1);
        pane.detail()->quantity()->setValue(2);
        QVERIFY(pane.detail()->addButton()->isEnabled());
        QTest::mouseClick(pane.detail()->addButton(), Qt::LeftButton);
        QCOMPARE(adds.size(), 1);
        QCOMPARE(adds.first().at(0).toLongLong(), pane.detail()->detail().variants.at(1).id);
        QCOMPARE(adds.first().at(1).toInt(), 2);
        // Enter on the card adds it too.
        pane.productView()->setFocus();
        QTest::keyClick(pane.productView(), Qt::Key_Return);
        QCOMPARE(adds.size(), 2);

        // The list view shows the same rows as rows.
        pane.setGridView(false);
        QCOMPARE(pane.productView()->viewMode(), QListView::ListMode);
        QVERIFY(!pane.grab().isNull());
    }

    void inThisArticleShowsTheProductsAnArticleNames()
    {
        auto imported = m_writer->run([](Store &store) {
            QByteArray rss = "<rss version=\"2.0\"><channel><title>Blog</title><item><title>Deals</title>"
                             "<guid>d1</guid><description>Go hands-free in style with Accessory 199 for "
                             "$6.00.</description></item></channel></rss>";
            QBuffer buffer(&rss);
            buffer.open(QIODevice::ReadOnly);
            ImportOptions options;
            options.siteName = u"Catalog"_qs;
            options.url = QUrl(u"https://catalog.example/feed/"_qs);
            return Importer(store).importDevice(&buffer, options).ok()
                    ? tidings::test::scalar(store, u"SELECT id FROM articles WHERE guid = 'd1'"_qs)
                    : -1;
        });
        QTRY_VERIFY(imported.isFinished());
        const qint64 article = imported.result();
        QVERIFY(article > 0);
        tidings::ui::InThisArticle cards(m_reader.get());
        QSignalSpy available(&cards, &tidings::ui::InThisArticle::available);
        QSignalSpy chosen(&cards, &tidings::ui::InThisArticle::productChosen);
        cards.show();
        cards.showArticle(article);
        QTRY_COMPARE(available.size(), 1);
        QVERIFY(available.first().first().toBool());
        QCOMPARE(cards.products().size(), 1);
        QCOMPARE(cards.products().first().title, u"Accessory 199"_qs);
        QVERIFY(cards.isVisible());
        auto *card = cards.findChild<QToolButton *>();
        QVERIFY(card);
        QVERIFY(card->text().contains(u"Accessory 199"));
        QTest::mouseClick(card, Qt::LeftButton);
        QCOMPARE(chosen.size(), 1);
        QCOMPARE(chosen.first().first().toLongLong(), cards.products().first().id);

        // The product, shown in full, names the article that mentions it.
        tidings::ui::ProductDetailView detail(m_reader.get());
        detail.show();
        detail.showProduct(cards.products().first().id);
        QTRY_VERIFY(detail.findChild<QLabel *>(u"mentions"_qs)->text().contains(u"Deals"));

        cards.showArticle(-1);
        QTRY_COMPARE(available.size(), 2);
        QVERIFY(!cards.isVisible());
    }

    void watchingAProduct()
    {
        ShopPane pane(m_writer.get(), m_reader.get());
        pane.show();
        pane.start();
        QTRY_VERIFY(pane.model()->rowCount() > 0);
        pane.productView()->setCurrentIndex(pane.model()->index(0));
        const qint64 product = pane.model()->product(0).id;
        QTRY_COMPARE(pane.detail()->productId(), product);
        QVERIFY(!pane.detail()->watchButton()->isChecked());
        QTest::mouseClick(pane.detail()->watchButton(), Qt::LeftButton);
        const auto watched = [this, product] {
            auto f = m_writer->run([product](Store &store) { return WatchList(store.database()).isWatched(product); });
            f.waitForFinished(); // a test's look at the store
            return f.result();
        };
        QTRY_VERIFY(watched());
        // The Watched filter lists it, and the card knows.
        pane.watchedOnly()->setChecked(true);
        QTRY_COMPARE(pane.model()->filter().watchedOnly, true);
        QTRY_COMPARE(pane.model()->rowCount(), 1);
        QVERIFY(pane.model()->index(0).data(ProductListModel::WatchedRole).toBool());
        QTest::mouseClick(pane.detail()->watchButton(), Qt::LeftButton);
        QTRY_VERIFY(!watched());
    }

    void outOfStockCannotBeAdded()
    {
        ShopPane pane(m_writer.get(), m_reader.get());
        pane.show();
        pane.start();
        QTest::keyClicks(pane.searchField(), u"accessory 7 "_qs); // product 7: out of stock
        QTRY_COMPARE(pane.model()->filter().search, u"accessory 7 "_qs);
        QTRY_VERIFY(pane.model()->rowCount() >= 1);
        QTRY_VERIFY(!pane.model()->isLoading());
        int row = 0;
        while (row < pane.model()->rowCount() && pane.model()->product(row).title != u"Accessory 7")
            ++row;
        QVERIFY(row < pane.model()->rowCount());
        pane.productView()->setCurrentIndex(pane.model()->index(row));
        QTRY_COMPARE(pane.detail()->productId(), pane.model()->product(row).id);
        QVERIFY(!pane.detail()->addButton()->isEnabled());
    }
};

QTEST_MAIN(TestShopPane)
#include "tst_shoppane.moc"
