#include "../shop/ShopTestSupport.h"
#include "CartModel.h"
#include "CartPane.h"
#include "storage/StorageThread.h"

#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace tidings;
using tidings::ui::CartPane;

class TestCartPane : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<StorageThread> m_writer;

    qint64 variant(const QString &remoteId)
    {
        auto f = m_writer->run([remoteId](Store &store) { return tidings::test::variantId(store, remoteId); });
        f.waitForFinished(); // test set-up only
        return f.result();
    }

    void importEarpiece(const char *price, bool available)
    {
        auto f = m_writer->run([price, available](Store &store) {
            return tidings::test::importProducts(store, tidings::test::shopifyOne(price, available), u"Hush"_qs,
                                                 u"https://hush.example/products.json?limit=250"_qs, u"USD"_qs)
                    .ok();
        });
        f.waitForFinished();
        QVERIFY(f.result());
    }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        m_writer = std::make_unique<StorageThread>(m_dir.filePath(u"cart.sqlite"_qs));
        auto opened = m_writer->open();
        QTRY_VERIFY(opened.isFinished());
        QCOMPARE(opened.result(), QString());
        importEarpiece("17.99", true);
    }

    void changeQuantityRemoveUndoCheckout()
    {
        CartPane pane(m_writer.get());
        QList<QUrl> opened;
        pane.setUrlOpener([&opened](const QUrl &url) {
            opened.append(url);
            return true;
        });
        pane.resize(800, 400);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        pane.reload();
        QSignalSpy counts(&pane, &CartPane::itemCountChanged);
        pane.add(variant(u"9001"_qs), 1);
        QTRY_COMPARE(pane.model()->rowCount(), 1);
        QCOMPARE(counts.last().first().toInt(), 1);

        // The quantity is edited in place with a spin box; the store has it before the row shows it.
        QTableView *table = pane.table();
        const QModelIndex quantity = pane.model()->index(0, CartModel::QuantityColumn);
        table->setCurrentIndex(quantity);
        table->edit(quantity);
        auto *spin = table->findChild<QSpinBox *>();
        QVERIFY(spin);
        spin->setValue(3);
        QTest::keyClick(spin, Qt::Key_Return);
        QTRY_COMPARE(quantity.data().toInt(), 3);
        QCOMPARE(counts.last().first().toInt(), 3);
        QTRY_COMPARE(pane.totalsText(), u"Hush: $53.97"_qs);

        // Remove, then undo.
        table->setCurrentIndex(pane.model()->index(0, 0));
        for (QPushButton *b : pane.findChildren<QPushButton *>()) {
            if (b->text() == CartPane::tr("&Remove"))
                QTest::mouseClick(b, Qt::LeftButton);
        }
        QTRY_COMPARE(pane.model()->rowCount(), 0);
        QTRY_VERIFY(pane.undoButton()->isVisible());
        QTest::mouseClick(pane.undoButton(), Qt::LeftButton);
        QTRY_COMPARE(pane.model()->rowCount(), 1);
        QCOMPARE(pane.model()->index(0, CartModel::QuantityColumn).data().toInt(), 3);

        // The keyboard does the same: Delete removes the chosen line, Undo brings it back.
        table->setFocus();
        table->setCurrentIndex(pane.model()->index(0, CartModel::ProductColumn));
        QTest::keyClick(table, Qt::Key_Delete);
        QTRY_COMPARE(pane.model()->rowCount(), 0);
        QTRY_VERIFY(pane.undoButton()->isVisible());
        QTest::keySequence(&pane, QKeySequence::Undo);
        QTRY_COMPARE(pane.model()->rowCount(), 1);

        // Checkout hands the store's cart permalink to the browser.
        QTest::mouseClick(pane.checkoutButton(), Qt::LeftButton);
        QCOMPARE(opened, QList<QUrl>{QUrl(u"https://hush.example/cart/9001:3"_qs)});
        QVERIFY(pane.noteText().contains(u"you pay on the store's page"));

        // A refresh: cheaper and out of stock. The line says so; checkout is held back.
        importEarpiece("15.99", false);
        pane.reload();
        QTRY_COMPARE(pane.model()->index(0, CartModel::NoteColumn).data().toString(),
                     u"was $17.99, now $15.99; now out of stock"_qs);
        opened.clear();
        QTest::mouseClick(pane.checkoutButton(), Qt::LeftButton);
        QVERIFY(opened.isEmpty());
        QVERIFY2(pane.noteText().contains(u"out of stock"), qPrintable(pane.noteText()));
    }
};

QTEST_MAIN(TestCartPane)
#include "tst_cartpane.moc"
