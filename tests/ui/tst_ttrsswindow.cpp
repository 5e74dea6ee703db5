// Issue 15's "done when" in the window, against a real Tiny Tiny RSS (tests/ttrss/run-test starts it):
// a new user adds the account in the window, reads there what the service holds, marks read online and
// offline, and the marks reach tt-rss's database and a second Tidings (the command line) after its sync.
#include "AccountWindowSupport.h"
#include "ArticleListModel.h"
#include "MainWindow.h"
#include "NewsPane.h"
#include "Preferences.h"
#include "SourceTreeModel.h"
#include "TidingsProcess.h"
#include "TtRssFixture.h"
#include "sync/RefreshScheduler.h"
#include "sync/accounts/AccountSyncWorker.h"

#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeView>
#include <QtTest>

using namespace tidings;
using namespace tidings::accounts;
using namespace tidings::ui;
using tidings::test::addAccountInWindow;
using tidings::test::findRow;
using tidings::test::runTidings;
using tidings::test::TidingsRun;
using tidings::test::ttrss::env;
using tidings::test::ttrss::fetchFeeds;
using tidings::test::ttrss::psql;
using tidings::test::ttrss::writeFeed;

namespace {

// tt-rss's unread flag of an article, by title: "t" or "f".
QString unreadOnService(const QString &title)
{
    return psql(u"SELECT ue.unread FROM ttrss_user_entries ue JOIN ttrss_entries e ON e.id = ue.ref_id "
                u"WHERE e.title = '%1'"_qs.arg(title));
}

} // namespace

class TestTtRssWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void aNewUserAddsTheAccountInTheWindowAndMarksReachTheService();
};

void TestTtRssWindow::aNewUserAddsTheAccountInTheWindowAndMarksReachTheService()
{
    if (qEnvironmentVariableIsEmpty("TTRSS_URL")) {
        const QString why = qEnvironmentVariableIsEmpty("TTRSS_UNAVAILABLE")
                ? u"TTRSS_URL is not set: run this test through tests/ttrss/run-test (ctest -L ttrss)"_qs
                : qEnvironmentVariable("TTRSS_UNAVAILABLE");
        if (qEnvironmentVariable("TIDINGS_REQUIRE_TTRSS") == u"1")
            QFAIL(qPrintable(u"TIDINGS_REQUIRE_TTRSS=1, but there is no Tiny Tiny RSS to test: "_qs + why));
        QSKIP(qPrintable(u"tt-rss unavailable: "_qs + why));
    }
    QTemporaryDir dir;
    const QString passwordFile = dir.filePath(u"password"_qs);
    {
        QFile file(passwordFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(env("TTRSS_PASSWORD").toUtf8() + '\n');
        file.close();
        QVERIFY(file.setPermissions(QFile::ReadOwner | QFile::WriteOwner));
    }
    const QString url = env("TTRSS_URL") + u'/';
    const QString user = env("TTRSS_USER");

    // The other device (the command line) has subscribed on the service; tt-rss has fetched the feed.
    const QString laptop = dir.filePath(u"laptop"_qs);
    TidingsRun r = runTidings(laptop,
                              {u"account"_qs, u"add"_qs, u"ttrss"_qs, url, u"--user"_qs, user, u"--password-file"_qs,
                               passwordFile, u"--name"_qs, u"TT"_qs});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QVERIFY(writeFeed(u"desk.xml"_qs, u"Desk"_qs, 4));
    const QString feedUrl = env("TTRSS_FEEDS_URL") + u"/desk.xml"_qs;
    r = runTidings(laptop, {u"add"_qs, feedUrl, u"--account"_qs, u"TT"_qs});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QVERIFY(fetchFeeds());
    QCOMPARE(unreadOnService(u"Desk item 2"_qs), u"t"_qs);

    // The window: File ▸ Accounts… ▸ Add Account…, Tiny Tiny RSS, its address, the user, a password file.
    QVERIFY(QDir(dir.path()).mkpath(u"desk"_qs));
    MainWindow window(dir.filePath(u"desk/tidings.sqlite"_qs));
    window.show();
    NewsPane *news = window.newsPane();
    QTRY_COMPARE_WITH_TIMEOUT(news->articleModel()->rowCount(), 12, 20000); // the demo site
    QSignalSpy synced(window.accountSync(), &AccountSyncWorker::accountSynced);
    const QString problem = addAccountInWindow(window, [&](AddAccountDialog *dialog) {
        dialog->serviceBox()->setCurrentIndex(dialog->serviceBox()->findData(int(ServiceKind::TinyTinyRss)));
        dialog->addressEdit()->setText(url);
        dialog->userEdit()->setText(user);
        dialog->sourceBox()->setCurrentIndex(dialog->sourceBox()->findData(int(PasswordSource::Kind::File)));
        dialog->locationEdit()->setText(passwordFile);
    });
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    // Its first sync brings the feed and its articles: read there what the service holds.
    QTRY_VERIFY_WITH_TIMEOUT(!synced.isEmpty(), 60000);
    QVERIFY2(synced.first().at(2).toBool(), qPrintable(synced.first().at(3).toString()));
    auto *tree = news->sourceTree();
    const QString name = u"%1@%2:%3"_qs.arg(user, QUrl(url).host()).arg(QUrl(url).port());
    QTRY_VERIFY_WITH_TIMEOUT(findRow(tree->model(), name).isValid(), 10000);
    const QModelIndex site = findRow(tree->model(), name);
    QTRY_COMPARE_WITH_TIMEOUT(site.siblingAtColumn(SourceTreeModel::UnreadColumn).data().toLongLong(), 4, 10000);
    tree->setCurrentIndex(site);
    ArticleListModel *list = news->articleModel();
    QTRY_COMPARE_WITH_TIMEOUT(list->rowCount(), 4, 10000);
    QCOMPARE(list->index(0, 0).data().toString(), u"Desk item 4"_qs);

    // Marked read in the window: on tt-rss a few seconds later.
    QSignalSpy pushed(window.accountSync(), &AccountSyncWorker::changesPushed);
    news->articleList()->setFocus();
    news->articleList()->setCurrentIndex(list->index(0, 0));
    QTest::keyClick(news->articleList(), Qt::Key_M);
    QTRY_VERIFY_WITH_TIMEOUT(!pushed.isEmpty(), 30000);
    QCOMPARE(pushed.first().at(1).toString(), QString());
    QCOMPARE(unreadOnService(u"Desk item 4"_qs), u"f"_qs);

    // Offline: the mark waits, journalled; when the network is back it goes up.
    auto *scheduler = window.findChild<RefreshScheduler *>();
    QVERIFY(scheduler);
    scheduler->setOnline(false);
    pushed.clear();
    news->articleList()->setCurrentIndex(list->index(2, 0));
    QCOMPARE(list->index(2, 0).data().toString(), u"Desk item 2"_qs);
    QTest::keyClick(news->articleList(), Qt::Key_M);
    QTRY_VERIFY(list->index(2, 0).data(ArticleListModel::ReadRole).toBool());
    QTest::qWait(4000); // past the push's delay: nothing goes while offline
    QVERIFY(pushed.isEmpty());
    QCOMPARE(unreadOnService(u"Desk item 2"_qs), u"t"_qs);
    scheduler->setOnline(true);
    QTRY_VERIFY_WITH_TIMEOUT(!pushed.isEmpty(), 30000);
    QCOMPARE(pushed.first().at(1).toString(), QString());
    QCOMPARE(unreadOnService(u"Desk item 2"_qs), u"f"_qs);

    // The other device sees both marks after its next sync.
    r = runTidings(laptop, {u"sync"_qs});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    r = runTidings(laptop, {u"articles"_qs, u"TT"_qs, u"--unread"_qs});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QCOMPARE(r.out.count(u'\n'), 2);
    QVERIFY2(!r.out.contains(u"Desk item 4"_qs) && !r.out.contains(u"Desk item 2"_qs), qPrintable(r.out));
}

QTEST_MAIN(TestTtRssWindow)
#include "tst_ttrsswindow.moc"
