#include "ArticleListModel.h"
#include "ArticleView.h"
#include "CommentsPanel.h"
#include "HelpDialogs.h"
#include "MainWindow.h"
#include "NewsPane.h"
#include "Preferences.h"
#include "storage/StorageThread.h"
#include "sync/RefreshScheduler.h"

#include <QAccessible>
#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeView>
#include <QTreeWidget>
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
        QCOMPARE(tabs->tabText(2), u"Ca&rt (0)"_qs);
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
        auto *search = window.findChild<QLineEdit *>(u"search"_qs);
        QVERIFY(search);
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

    // The languages offered are the translations shipped, each named in itself; the choice is kept
    // for the next start, and the dialog says it applies then.
    void languageChoiceInPreferences()
    {
        Preferences current;
        current.language = u"de"_qs;
        PreferencesDialog dialog(current, u"/data"_qs, {u"de"_qs, u"en"_qs, u"ja"_qs, u"zh_CN"_qs});
        auto *language = dialog.findChild<QComboBox *>(u"language"_qs);
        QVERIFY(language);
        QStringList items;
        for (int i = 0; i < language->count(); ++i)
            items.append(language->itemText(i));
        QCOMPARE(items,
                 (QStringList{u"System default"_qs, u"Deutsch"_qs, u"English"_qs, u"日本語"_qs, u"简体中文"_qs}));
        QCOMPARE(language->currentText(), u"Deutsch"_qs);
        QVERIFY(dialog.findChild<QLabel *>(u"languageNote"_qs)->text().contains(u"next time"_qs));
        language->setCurrentIndex(language->findText(u"简体中文"_qs));
        QCOMPARE(dialog.preferences().language, u"zh_CN"_qs);
        dialog.preferences().save();
        QCOMPARE(Preferences::load().language, u"zh_CN"_qs);
        language->setCurrentIndex(0);
        QCOMPARE(dialog.preferences().language, QString());
        Preferences().save();
        QCOMPARE(Preferences::load().language, QString());
    }

    // Alt and a letter opens one menu or tab, never two at once (where Qt does neither).
    void mnemonicsDoNotClash()
    {
        QTemporaryDir dir;
        MainWindow window(dir.filePath(u"tidings.sqlite"_qs));
        QStringList texts;
        for (const QAction *menu : window.menuBar()->actions())
            texts.append(menu->text());
        const auto *tabs = window.findChild<QTabWidget *>();
        for (int i = 0; i < tabs->count(); ++i)
            texts.append(tabs->tabText(i));
        QHash<QChar, QString> seen;
        for (const QString &text : std::as_const(texts)) {
            const qsizetype amp = text.indexOf(u'&');
            QVERIFY2(amp >= 0 && amp + 1 < text.size(), qPrintable(text));
            const QChar key = text.at(amp + 1).toLower();
            QVERIFY2(!seen.contains(key), qPrintable(text + u" and "_qs + seen.value(key)));
            seen.insert(key, text);
        }
        QVERIFY(seen.contains(u'h')); // Help, where everyone looks for it
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

    // At the default size, on the demo site: no column of the list cuts what the rows on screen say,
    // the title takes the spare width, the sources show their names whole, and the thread under the
    // article gets a fair share of the height.
    void columnsFitTheirContent()
    {
        QSettings().clear();
        QTemporaryDir dir;
        MainWindow window(dir.filePath(u"tidings.sqlite"_qs));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *news = window.findChild<NewsPane *>();
        QTRY_COMPARE_WITH_TIMEOUT(news->articleModel()->rowCount(), 12, 20000);
        QTableView *list = news->articleList();
        auto *listView = static_cast<QAbstractItemView *>(list);
        for (const int column : {int(ArticleListModel::SiteColumn), int(ArticleListModel::AuthorColumn),
                                 int(ArticleListModel::DateColumn), int(ArticleListModel::CommentsColumn)}) {
            QTRY_VERIFY2(list->columnWidth(column) >= listView->sizeHintForColumn(column),
                         qPrintable(u"list %4, column %1: %2 < %3"_qs.arg(column)
                                            .arg(list->columnWidth(column))
                                            .arg(listView->sizeHintForColumn(column))
                                            .arg(list->viewport()->width())));
            QVERIFY(list->columnWidth(column) >= list->horizontalHeader()->sectionSizeHint(column));
        }
        QVERIFY2(list->columnWidth(ArticleListModel::TitleColumn) > list->columnWidth(ArticleListModel::SiteColumn),
                 qPrintable(u"title %1, list %2, window %3"_qs.arg(list->columnWidth(ArticleListModel::TitleColumn))
                                    .arg(list->viewport()->width())
                                    .arg(window.width())));
        QVERIFY(list->columnWidth(ArticleListModel::TitleColumn) >= list->fontMetrics().averageCharWidth() * 20);

        auto *tree = window.findChild<QTreeView *>();
        QTRY_COMPARE(tree->model()->rowCount(), 4);
        tree->expandAll();
        QTRY_VERIFY2(tree->columnWidth(0) >= static_cast<QAbstractItemView *>(tree)->sizeHintForColumn(0),
                     qPrintable(u"%1 < %2"_qs.arg(tree->columnWidth(0))
                                        .arg(static_cast<QAbstractItemView *>(tree)->sizeHintForColumn(0))));

        // A wider reader: the names give way so the title keeps room, and come back after.
        auto *splitter = window.findChild<QSplitter *>(u"newsSplitter"_qs);
        const QList<int> panes = splitter->sizes();
        const int site = list->columnWidth(ArticleListModel::SiteColumn);
        splitter->setSizes({panes.at(0), panes.at(1) - 200, panes.at(2) + 200});
        QTRY_VERIFY(list->columnWidth(ArticleListModel::SiteColumn) < site);
        QVERIFY(list->columnWidth(ArticleListModel::SiteColumn) >= list->fontMetrics().averageCharWidth() * 10);
        QVERIFY(list->columnWidth(ArticleListModel::AuthorColumn) >= list->fontMetrics().averageCharWidth() * 10);
        splitter->setSizes(panes);
        QTRY_COMPARE(list->columnWidth(ArticleListModel::SiteColumn), site);

        auto *readerSplitter = window.findChild<QSplitter *>(u"readerSplitter"_qs);
        QVERIFY(readerSplitter);
        const QList<int> heights = readerSplitter->sizes();
        QVERIFY2(heights.at(1) * 10 >= (heights.at(0) + heights.at(1)) * 4,
                 qPrintable(u"article %1, thread %2"_qs.arg(heights.at(0)).arg(heights.at(1))));
    }

    void widthsAndSplittersAreRemembered()
    {
        QSettings().clear();
        QTemporaryDir dir;
        int siteWidth = 0;
        QList<int> panes;
        QList<int> heights;
        QList<int> shop;
        {
            MainWindow window(dir.filePath(u"tidings.sqlite"_qs));
            window.show();
            auto *news = window.findChild<NewsPane *>();
            QTRY_COMPARE_WITH_TIMEOUT(news->articleModel()->rowCount(), 12, 20000);
            QTableView *list = news->articleList();
            siteWidth = list->columnWidth(ArticleListModel::SiteColumn) + 37;
            list->horizontalHeader()->resizeSection(ArticleListModel::SiteColumn, siteWidth);
            auto *splitter = window.findChild<QSplitter *>(u"newsSplitter"_qs);
            panes = splitter->sizes();
            panes[0] += 20;
            panes[1] -= 20;
            splitter->setSizes(panes);
            panes = splitter->sizes();
            auto *readerSplitter = window.findChild<QSplitter *>(u"readerSplitter"_qs);
            heights = readerSplitter->sizes();
            heights[0] += 30;
            heights[1] -= 30;
            readerSplitter->setSizes(heights);
            heights = readerSplitter->sizes();
            auto *shopSplitter = window.findChild<QSplitter *>(u"shopSplitter"_qs);
            QVERIFY(shopSplitter);
            shop = shopSplitter->sizes();
            shop[0] -= 40;
            shop[1] += 40;
            shopSplitter->setSizes(shop);
            shop = shopSplitter->sizes();
            window.close();
        }
        MainWindow again(dir.filePath(u"tidings.sqlite"_qs));
        again.show();
        auto *news = again.findChild<NewsPane *>();
        QTRY_COMPARE_WITH_TIMEOUT(news->articleModel()->rowCount(), 12, 20000);
        QCOMPARE(news->articleList()->columnWidth(ArticleListModel::SiteColumn), siteWidth);
        // Within a pixel: the panes are laid out again in a window of the same size.
        const auto near = [](const QList<int> &a, const QList<int> &b) {
            if (a.size() != b.size())
                return false;
            for (qsizetype i = 0; i < a.size(); ++i) {
                if (qAbs(a.at(i) - b.at(i)) > 1)
                    return false;
            }
            return true;
        };
        QVERIFY(near(again.findChild<QSplitter *>(u"newsSplitter"_qs)->sizes(), panes));
        QVERIFY(near(again.findChild<QSplitter *>(u"readerSplitter"_qs)->sizes(), heights));
        QVERIFY(near(again.findChild<QSplitter *>(u"shopSplitter"_qs)->sizes(), shop));
        QSettings().clear();
    }

    // Help ▸ Keyboard Shortcuts is made from the actions themselves: every action with keys is in it,
    // with those keys, the pane's single keys and the thread's too.
    void shortcutsDialogListsEveryShortcut()
    {
        QTemporaryDir dir;
        MainWindow window(dir.filePath(u"tidings.sqlite"_qs));
        QAction *help = findAction(window, u"&Keyboard Shortcuts"_qs);
        QVERIFY(help);
        QCOMPARE(help->shortcut(), QKeySequence(Qt::Key_F1));
        ShortcutsDialog *dialog = window.showShortcuts();
        QVERIFY(dialog);
        QHash<QString, QString> listed; // action -> keys
        QStringList areas;
        QTreeWidget *tree = dialog->list();
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            QTreeWidgetItem *area = tree->topLevelItem(i);
            areas.append(area->text(0));
            for (int j = 0; j < area->childCount(); ++j)
                listed.insert(area->child(j)->text(0), area->child(j)->text(1));
        }
        int withKeys = 0;
        for (const QAction *a : window.findChildren<QAction *>()) {
            if (a->shortcuts().isEmpty())
                continue;
            ++withKeys;
            QString text = a->text().remove(u'&');
            if (text.endsWith(u'…'))
                text.chop(1);
            QVERIFY2(listed.contains(text), qPrintable(text));
            QVERIFY2(listed.value(text).contains(a->shortcut().toString(QKeySequence::NativeText)), qPrintable(text));
        }
        QCOMPARE(listed.size(), withKeys);
        QCOMPARE(listed.value(u"Refresh All"_qs), u"F5"_qs);
        QCOMPARE(listed.value(u"Next article"_qs), u"J"_qs);
        QCOMPARE(listed.value(u"Next comment"_qs), u"N or Down"_qs);
        QVERIFY(listed.contains(u"Post the comment (or save the change)"_qs));
        // In the order the parts appear in the window.
        QCOMPARE(areas,
                 (QStringList{u"Everywhere"_qs, u"News"_qs, u"Comment thread"_qs, u"Comment form"_qs, u"Shop"_qs,
                              u"Cart"_qs}));
        dialog->close();
    }

    void aboutSaysVersionLicenceAndDataFolder()
    {
        QTemporaryDir dir;
        MainWindow window(dir.filePath(u"tidings.sqlite"_qs));
        QCoreApplication::setApplicationVersion(u"9.8.7"_qs);
        QString folder;
        QString all;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            folder = dialog->findChild<QLabel *>(u"dataFolder"_qs)->text();
            for (const QLabel *label : dialog->findChildren<QLabel *>())
                all += label->text() + u'\n';
            dialog->reject();
        });
        findAction(window, u"&About Tidings"_qs)->trigger();
        QCOMPARE(folder, QDir::toNativeSeparators(dir.path()));
        QVERIFY2(all.contains(u"9.8.7"_qs), qPrintable(all));
        QVERIFY2(all.contains(u"GNU General Public License, version 3 or later"_qs), qPrintable(all));
    }

    // Every control the keyboard can reach says what it is to a screen reader; the views and the
    // fields without a label of their own also say what they are for.
    void everyControlHasAnAccessibleName()
    {
        QTemporaryDir dir;
        MainWindow window(dir.filePath(u"tidings.sqlite"_qs));
        window.show();
        auto *news = window.findChild<NewsPane *>();
        QTRY_COMPARE_WITH_TIMEOUT(news->articleModel()->rowCount(), 12, 20000);
        news->articleList()->setCurrentIndex(news->articleModel()->index(11, 0)); // one with a thread
        QTRY_VERIFY(news->comments()->articleId() >= 0);
        QStringList unnamed;
        QStringList undescribed;
        for (QWidget *w : window.findChildren<QWidget *>()) {
            // Popups (a combo box's list) belong to their control.
            if (w->focusPolicy() == Qt::NoFocus || w->focusProxy() || !w->isEnabled() || w->window() != &window)
                continue;
            QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
            QVERIFY(iface);
            const auto *label = qobject_cast<QLabel *>(w);
            const QString what = QString::fromLatin1(w->metaObject()->className()) + u' ' + w->objectName()
                    + (label ? u" \""_qs + label->text() + u'"' : QString());
            if (iface->text(QAccessible::Name).trimmed().isEmpty())
                unnamed.append(what);
            if (qobject_cast<QAbstractItemView *>(w) && iface->text(QAccessible::Description).isEmpty())
                undescribed.append(what);
        }
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", "_qs)));
        QVERIFY2(undescribed.isEmpty(), qPrintable(undescribed.join(u", "_qs)));

        // The dialogs too.
        PreferencesDialog preferences(Preferences(), dir.path(), {u"de"_qs, u"en"_qs}, nullptr, &window);
        AboutDialog about(dir.path(), &window);
        ShortcutsDialog shortcuts(&window, &window);
        for (QDialog *dialog : std::initializer_list<QDialog *>{&preferences, &about, &shortcuts}) {
            for (QWidget *w : dialog->findChildren<QWidget *>()) {
                if (w->focusPolicy() == Qt::NoFocus || w->focusProxy() || w->window() != dialog)
                    continue;
                const QString name = QAccessible::queryAccessibleInterface(w)->text(QAccessible::Name);
                QVERIFY2(!name.trimmed().isEmpty(),
                         qPrintable(QString::fromLatin1(dialog->metaObject()->className()) + u": "_qs
                                    + QString::fromLatin1(w->metaObject()->className())));
            }
        }
    }

    // Tab goes through the News pane in reading order: sources, search, list, article (and its links),
    // the thread, the comment form.
    void tabOrderFollowsTheReading()
    {
        QTemporaryDir dir;
        MainWindow window(dir.filePath(u"tidings.sqlite"_qs));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *news = window.findChild<NewsPane *>();
        QTRY_COMPARE_WITH_TIMEOUT(news->articleModel()->rowCount(), 12, 20000);
        news->articleList()->setCurrentIndex(news->articleModel()->index(11, 0));
        QTRY_VERIFY(news->comments()->articleId() >= 0);
        auto *tree = window.findChild<QTreeView *>();
        tree->setFocus();
        QTRY_VERIFY(tree->hasFocus());
        QStringList order;
        for (int i = 0; i < 10; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QWidget *focus = QApplication::focusWidget();
            QVERIFY(focus);
            // Tab also visits the article's links, one by one, before it leaves the article.
            const QString name = QAccessible::queryAccessibleInterface(focus)->text(QAccessible::Name);
            if (order.isEmpty() || order.last() != name)
                order.append(name);
        }
        QCOMPARE(order.mid(0, 5),
                 (QStringList{u"Search articles"_qs, u"Articles"_qs, u"Article"_qs, u"Comments"_qs,
                              u"Write a comment…"_qs}));
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
