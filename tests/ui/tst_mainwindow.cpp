#include "MainWindow.h"
#include "sync/RefreshScheduler.h"

#include <QAction>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace tidings::ui;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // settings go to a test location
        QSettings().clear();
    }

    void firstStartShowsTheDemoSiteInThreeTabs()
    {
        QTemporaryDir dir;
        MainWindow window(dir.filePath(u"tidings.sqlite"_qs));
        window.show();
        auto *scheduler = window.findChild<tidings::RefreshScheduler *>();
        QVERIFY(scheduler);
        QSignalSpy refreshed(scheduler, &tidings::RefreshScheduler::refreshFinished);
        auto *tabs = window.findChild<QTabWidget *>();
        QVERIFY(tabs);
        QCOMPARE(tabs->count(), 3);
        QCOMPARE(tabs->tabText(0), u"&News"_qs);
        QCOMPARE(tabs->tabText(1), u"&Shop"_qs);
        auto *news = qobject_cast<QLabel *>(tabs->widget(0));
        QVERIFY(news);
        // The demo import runs on the storage thread; the window hears of it through a future.
        QTRY_VERIFY_WITH_TIMEOUT(news->text().contains(u"12 article"), 20000);
        QCOMPARE(tabs->tabText(2), u"&Cart (0)"_qs);
        // Refreshing starts once the demo is in, and fetches nothing: the demo is never fetched.
        QTRY_VERIFY_WITH_TIMEOUT(!refreshed.isEmpty(), 20000);
        QCOMPARE(refreshed.at(0).at(0).value<tidings::RefreshSummary>().feeds, 0);
    }

    void refreshAllIsOnF5()
    {
        QTemporaryDir dir;
        MainWindow window(dir.filePath(u"tidings.sqlite"_qs));
        const QList<QAction *> actions = window.findChildren<QAction *>();
        const auto f5 = std::find_if(actions.begin(), actions.end(),
                                     [](QAction *a) { return a->shortcut() == QKeySequence(Qt::Key_F5); });
        QVERIFY(f5 != actions.end());
        QCOMPARE((*f5)->text(), u"&Refresh All"_qs);
    }

    void remembersTheOpenTab()
    {
        QTemporaryDir dir;
        {
            MainWindow window(dir.filePath(u"tidings.sqlite"_qs));
            window.show();
            window.findChild<QTabWidget *>()->setCurrentIndex(1);
            window.close();
        }
        MainWindow again(dir.filePath(u"tidings.sqlite"_qs));
        QCOMPARE(again.findChild<QTabWidget *>()->currentIndex(), 1);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
