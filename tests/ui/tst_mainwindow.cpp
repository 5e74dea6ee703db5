#include "ArticleListModel.h"
#include "ArticleView.h"
#include "MainWindow.h"
#include "NewsPane.h"
#include "Preferences.h"
#include "storage/StorageThread.h"
#include "sync/RefreshScheduler.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeView>
#include <QtTest>

using namespace tidings;
using namespace tidings::ui;

class TestMainWindow : public QObject
{
    Q_OBJECT

    static QAction *findAction(QWidget &window, const QString &text)
    {
        for (QAction *a : window.findChildren<QAction *>()) {
            if (a->text() == text)
                return a;
        }
        return nullptr;
    }

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
        auto *news = qobject_cast<NewsPane *>(tabs->widget(0));
        QVERIFY(news);
        // The demo import runs on the storage thread, the list reads on the reader thread.
        QTRY_COMPARE_WITH_TIMEOUT(news->articleModel()->rowCount(), 12, 20000);
        QCOMPARE(tabs->tabText(2), u"&Cart (0)"_qs);
        // A welcome says what this is and how to add a real site, with the keys that do it.
        QTRY_VERIFY(news->reader()->toPlainText().contains(u"Welcome to Tidings"_qs));
        QVERIFY(news->reader()->toPlainText().contains(
                u"Add Site… (%1)"_qs.arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText))));
        // Refreshing starts once the demo is in, and fetches nothing: the demo is never fetched.
        QTRY_VERIFY_WITH_TIMEOUT(!refreshed.isEmpty(), 20000);
        QCOMPARE(refreshed.at(0).at(0).value<tidings::RefreshSummary>().feeds, 0);
    }

    void readingWithTheKeyboard()
    {
        QTemporaryDir dir;
        MainWindow window(dir.filePath(u"tidings.sqlite"_qs));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *news = window.findChild<NewsPane *>();
        ArticleListModel *model = news->articleModel();
        news->setReadDwellMs(3600 * 1000); // marks only by key in this test
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 12, 20000);
        QTableView *list = news->articleList();
        list->setFocus();
        list->setCurrentIndex(model->index(0, 0));
        QTRY_COMPARE(news->reader()->articleId(), model->articleId(0));

        QTest::keyClick(list, Qt::Key_J);
        QCOMPARE(list->currentIndex().row(), 1);
        QTRY_COMPARE(news->reader()->articleId(), model->articleId(1));
        QTest::keyClick(list, Qt::Key_J);
        QTest::keyClick(list, Qt::Key_K);
        QCOMPARE(list->currentIndex().row(), 1);

        QVERIFY(!model->index(1, 0).data(ArticleListModel::ReadRole).toBool());
        QTest::keyClick(list, Qt::Key_M);
        QVERIFY(model->index(1, 0).data(ArticleListModel::ReadRole).toBool());
        QTest::keyClick(list, Qt::Key_S);
        QVERIFY(model->index(1, 0).data(ArticleListModel::StarredRole).toBool());

        // The marks are stored: once the writer has done what was queued before (its jobs run in
        // order), a fresh list of starred articles has exactly this one.
        const QList<StorageThread *> threads = window.findChildren<StorageThread *>();
        const auto writer = std::find_if(threads.begin(), threads.end(),
                                         [](StorageThread *t) { return t->mode() == Database::Mode::ReadWrite; });
        QVERIFY(writer != threads.end());
        QFuture<bool> drained = (*writer)->run([](Store &) { return true; });
        QTRY_VERIFY(drained.isFinished());
        const qint64 starredId = model->articleId(1);
        model->setFilter({ArticleFilter::Kind::Starred, -1, {}});
        QTRY_COMPARE(model->rowCount(), 1);
        QCOMPARE(model->articleId(0), starredId);

        // / searches as you type; the reader highlights what matched.
        QTest::keyClick(list, Qt::Key_Slash);
        auto *search = news->findChild<QLineEdit *>(); // the Shop tab has a search field too
        QVERIFY(search->hasFocus());
        QTest::keyClicks(search, u"charger"_qs);
        QTRY_COMPARE(model->filter().kind, ArticleFilter::Kind::Search);
        QTRY_COMPARE(model->rowCount(), 3);
        // Typing in the field did not trigger the single-key shortcuts.
        QCOMPARE(search->text(), u"charger"_qs);
    }

    void choosingASourceInTheTree()
    {
        QTemporaryDir dir;
        MainWindow window(dir.filePath(u"tidings.sqlite"_qs));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *news = window.findChild<NewsPane *>();
        ArticleListModel *model = news->articleModel();
        news->setReadDwellMs(3600 * 1000);
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 12, 20000);
        auto *tree = window.findChild<QTreeView *>();
        QVERIFY(tree);
        QTRY_COMPARE(tree->model()->rowCount(), 4); // All, Unread, Starred, the demo site
        tree->setFocus();
        // Down to Starred: nothing is starred yet.
        tree->setCurrentIndex(tree->model()->index(0, 0));
        QTest::keyClick(tree, Qt::Key_Down);
        QTest::keyClick(tree, Qt::Key_Down);
        QTRY_COMPARE(model->filter().kind, ArticleFilter::Kind::Starred);
        QTRY_VERIFY(!model->isLoading());
        QCOMPARE(model->rowCount(), 0);
        // Down to the site, open it, and into its feed.
        QTest::keyClick(tree, Qt::Key_Down);
        QTRY_COMPARE(model->filter().kind, ArticleFilter::Kind::Site);
        QTRY_COMPARE(model->rowCount(), 12);
        QTest::keyClick(tree, Qt::Key_Right);
        QTest::keyClick(tree, Qt::Key_Down);
        QTRY_COMPARE(model->filter().kind, ArticleFilter::Kind::Feed);
        QTRY_COMPARE(model->rowCount(), 12);
    }

    void markAllReadAndPreferences()
    {
        QTemporaryDir dir;
        MainWindow window(dir.filePath(u"tidings.sqlite"_qs));
        window.show();
        auto *news = window.findChild<NewsPane *>();
        ArticleListModel *model = news->articleModel();
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 12, 20000);
        QAction *markAll = findAction(window, u"&Mark All Read"_qs);
        QVERIFY(markAll);
        markAll->trigger();
        QTRY_VERIFY(model->rowCount() == 12 && model->index(11, 0).data(ArticleListModel::ReadRole).toBool());
        for (int row = 0; row < 12; ++row)
            QVERIFY(model->index(row, 0).data(ArticleListModel::ReadRole).toBool());

        // Preferences: change the theme and the refresh interval, accept; they are kept and applied.
        QTimer::singleShot(0, this, [] {
            auto *dialog = qobject_cast<PreferencesDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->findChildren<QComboBox *>().first()->setCurrentIndex(int(Preferences::Theme::Dark));
            dialog->findChildren<QSpinBox *>().first()->setValue(45);
            auto *images = dialog->findChild<QComboBox *>(u"remoteImages"_qs);
            QVERIFY(images);
            QCOMPARE(images->currentIndex(), int(Preferences::Images::Ask)); // the default asks
            images->setCurrentIndex(int(Preferences::Images::Never));
            dialog->accept();
        });
        findAction(window, u"&Preferences…"_qs)->trigger();
        QCOMPARE(Preferences::load().theme, Preferences::Theme::Dark);
        QCOMPARE(Preferences::load().refreshMinutes, 45);
        QCOMPARE(Preferences::load().images, Preferences::Images::Never);
        QCOMPARE(news->reader()->imagePolicy(), Preferences::Images::Never);
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 100);
        applyTheme(Preferences::Theme::System);
        Preferences().save();
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
