#include "../shop/ShopTestSupport.h"
#include "CartModel.h"
#include "storage/StorageThread.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace tidings;

class TestCartModel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<StorageThread> m_storage;

    qint64 variant(const QString &remoteId)
    {
        auto f = m_storage->run([remoteId](Store &store) { return tidings::test::variantId(store, remoteId); });
        f.waitForFinished(); // test set-up only; the model itself never waits
        return f.result();
    }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        m_path = m_dir.filePath(u"cart.sqlite"_qs);
        {
            Store store;
            QVERIFY(store.open(m_path));
            QVERIFY(tidings::test::importProducts(store, tidings::test::shopifyOne("17.99"), u"Hush"_qs,
                                                  u"https://hush.example/products.json"_qs, u"USD"_qs)
                            .ok());
            QVERIFY(tidings::test::importProducts(store,
                                                  R"({"products": [{"id": 1, "title": "Strap", "variants": [
                                {"id": 11, "title": "Red", "price": "9.50", "available": true},
                                {"id": 12, "title": "Blue", "price": "9.50", "available": true}]}]})",
                                                  u"Band"_qs, u"https://band.example/products.json"_qs, u"EUR"_qs)
                            .ok());
        }
        m_storage = std::make_unique<StorageThread>(m_path);
        auto opened = m_storage->open();
        QTRY_VERIFY(opened.isFinished());
        QCOMPARE(opened.result(), QString());
    }

    void addChangeRemoveUndo()
    {
        auto *model = new CartModel(m_storage.get(), this);
        auto *tester
                = new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::QtTest, model);
        Q_UNUSED(tester);
        QSignalSpy added(model, &CartModel::added);
        QSignalSpy removed(model, &CartModel::removed);
        QSignalSpy failed(model, &CartModel::failed);
        QSignalSpy changed(model, &CartModel::cartChanged);
        model->reload();
        QTRY_COMPARE(changed.size(), 1);
        QCOMPARE(model->rowCount(), 0);

        model->add(variant(u"9001"_qs), 2);
        QTRY_COMPARE(added.size(), 1);
        QCOMPARE(added.first().first().toString(), u"Invisible Bluetooth Earpiece"_qs);
        model->add(variant(u"12"_qs), 1);
        QTRY_COMPARE(model->rowCount(), 2);
        // By store: Band before Hush.
        QCOMPARE(model->index(0, CartModel::ProductColumn).data().toString(), u"Strap (Blue)"_qs);
        QCOMPARE(model->index(1, CartModel::TotalColumn).data().toString(), u"$35.98"_qs);
        QCOMPARE(model->itemCount(), 3);
        QCOMPARE(model->totals().size(), 2); // dollars and euros apart

        // Editing the quantity cell stores it; the row changes in place.
        const QPersistentModelIndex earpiece = model->index(1, CartModel::QuantityColumn);
        QVERIFY(model->setData(earpiece, 4));
        QTRY_COMPARE(earpiece.data().toInt(), 4);
        QCOMPARE(model->index(1, CartModel::TotalColumn).data().toString(), u"$71.96"_qs);
        QVERIFY(!model->setData(earpiece, -2));

        model->remove(model->index(0, 0).data(CartModel::LineIdRole).toLongLong());
        QTRY_COMPARE(removed.size(), 1);
        QCOMPARE(removed.first().first().toString(), u"Strap"_qs);
        QCOMPARE(model->rowCount(), 1);
        QVERIFY(earpiece.isValid()); // the other row was left alone
        model->undoRemove();
        QTRY_COMPARE(model->rowCount(), 2);
        QCOMPARE(model->index(0, CartModel::ProductColumn).data().toString(), u"Strap (Blue)"_qs);
        QCOMPARE(failed.size(), 0);

        model->setQuantity(424242, 1);
        QTRY_COMPARE(failed.size(), 1);
        delete model;
    }
};

QTEST_GUILESS_MAIN(TestCartModel)
#include "tst_cartmodel.moc"
