#include "../shop/ShopCatalog.h"
#include "../shop/ShopTestSupport.h"
#include "ProductListModel.h"
#include "shop/Cart.h"
#include "storage/StorageThread.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace tidings;

class TestProductListModel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    Store m_writer;
    std::unique_ptr<StorageThread> m_reader;

    // A model watched by a tester from before its first row; fetchMore is left to the test.
    ProductListModel *watchedModel()
    {
        auto *model = new ProductListModel(m_reader.get(), this);
        auto *tester
                = new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::QtTest, model);
        tester->setUseFetchMore(false);
        return model;
    }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        m_path = m_dir.filePath(u"products.sqlite"_qs);
        QVERIFY(m_writer.open(m_path));
        QVERIFY(tidings::test::importProducts(m_writer, tidings::test::shopifyCatalog(300), u"Catalog"_qs,
                                              u"https://catalog.example/products.json"_qs, u"USD"_qs)
                        .ok());
        m_reader = std::make_unique<StorageThread>(m_path, nullptr, Database::Mode::ReadOnly);
        auto opened = m_reader->open();
        QTRY_VERIFY(opened.isFinished());
        QCOMPARE(opened.result(), QString());
    }

    void pagesLazily()
    {
        ProductListModel *model = watchedModel();
        QSignalSpy counted(model, &ProductListModel::matchCountChanged);
        model->setFilter({});
        QTRY_COMPARE(model->rowCount(), ProductListModel::kPageSize);
        QTRY_COMPARE(model->matchCount(), 300);
        QVERIFY(model->canFetchMore({}));
        model->fetchMore({});
        // One page at a time: still loading, or (on a fast reader thread, whose answer can arrive before
        // fetchMore returns) exactly one page more.
        QVERIFY(!model->canFetchMore({}) || model->rowCount() == 2 * ProductListModel::kPageSize);
        QTRY_COMPARE(model->rowCount(), 2 * ProductListModel::kPageSize);
        model->fetchMore({});
        QTRY_COMPARE(model->rowCount(), 300);
        QTRY_VERIFY(!model->isLoading());
        QVERIFY(!model->canFetchMore({}));
        // Newest first: the last stored product at the top.
        QCOMPARE(model->index(0).data().toString(), u"Accessory 300 Zebra"_qs);
        QCOMPARE(model->index(0).data(ProductListModel::PriceTextRole).toString(),
                 formatMoney({500 + (300 * 37) % 9000, u"USD"_qs}));
        delete model;
    }

    void filtersReplaceTheRows()
    {
        ProductListModel *model = watchedModel();
        ProductFilter f;
        f.onSaleOnly = true;
        f.inStockOnly = true;
        f.category = u"Audio"_qs;
        model->setFilter(f);
        QTRY_VERIFY(model->rowCount() > 0);
        QTRY_VERIFY(!model->isLoading());
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex i = model->index(row);
            QVERIFY(i.data(ProductListModel::OnSaleRole).toBool());
            QVERIFY(i.data(ProductListModel::InStockRole).toBool());
            QCOMPARE(i.data(ProductListModel::CategoryRole).toString(), u"Audio"_qs);
            QVERIFY(!i.data(ProductListModel::RegularPriceTextRole).toString().isEmpty());
        }
        // Search as you type, then sort by price.
        f = {};
        f.search = u"zeb"_qs;
        f.sort = ProductFilter::Sort::PriceLowest;
        model->setFilter(f);
        QTRY_COMPARE(model->rowCount(), 30);
        for (int row = 1; row < model->rowCount(); ++row)
            QVERIFY(model->product(row - 1).price.minor <= model->product(row).price.minor);
        // A page for an earlier filter that arrives late is dropped.
        f.search = u"accessory 17"_qs;
        model->setFilter(f);
        f.search = u"accessory 42"_qs;
        model->setFilter(f);
        QTRY_VERIFY(model->rowCount() > 0);
        QTRY_VERIFY(!model->isLoading());
        for (int row = 0; row < model->rowCount(); ++row)
            QVERIFY(model->index(row).data().toString().contains(u"42"));
        delete model;
    }
};

QTEST_GUILESS_MAIN(TestProductListModel)
#include "tst_productlistmodel.moc"
