// Accounts in the window: Preferences ▸ Accounts adds one (the credentials checked first), the sync
// brings its folders and feeds into the sources tree, and a mark made in the window reaches the service.
#include "AccountListModel.h"
#include "AccountWindowSupport.h"
#include "AccountsPage.h"
#include "ArticleListModel.h"
#include "GReaderTestServer.h"
#include "MainWindow.h"
#include "NewsPane.h"
#include "Preferences.h"
#include "SourceTreeMenu.h"
#include "SourceTreeModel.h"
#include "storage/StorageThread.h"
#include "storage/Store.h"
#include "sync/accounts/AccountSyncWorker.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeView>
#include <QtTest>

using namespace tidings;
using namespace tidings::accounts;
using namespace tidings::ui;
using tidings::test::addAccountInWindow;
using tidings::test::findRow;
using tidings::test::GReaderTestServer;

namespace {

const QString kUser = u"reader"_qs;
const QString kPassword = u"api-secret"_qs;
constexpr qint64 kStart = 1'790'000'000;

bool writeOwnerOnly(const QString &path, const QString &text)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    file.write(text.toUtf8() + '\n');
    file.close();
    return file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
}

// Fills the Add Account dialog for the loopback Google Reader service, the password in a file.
void fill(AddAccountDialog *dialog, const QUrl &url, const QString &passwordFile)
{
    dialog->serviceBox()->setCurrentIndex(dialog->serviceBox()->findData(int(ServiceKind::GoogleReader)));
    dialog->addressEdit()->setText(url.toString());
    dialog->userEdit()->setText(kUser);
    dialog->sourceBox()->setCurrentIndex(dialog->sourceBox()->findData(int(PasswordSource::Kind::File)));
    dialog->locationEdit()->setText(passwordFile);
}

// TIDINGS_SHOTS=DIR keeps pictures of what the test shows, to look at as a user would.
void shoot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("TIDINGS_SHOTS");
    if (!dir.isEmpty())
        widget->grab().save(QDir(dir).filePath(name + u".png"_qs));
}

} // namespace

class TestAccounts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void addingChecksTheCredentialsBeforeStoringAnything()
    {
        GReaderTestServer server(kUser, kPassword);
        QVERIFY(server.listen());
        server.addFolder(u"Tech"_qs);
        server.addFeed(u"Gadgets"_qs, u"https://gadgets.example/feed"_qs, u"Tech"_qs);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"tidings.sqlite"_qs);
        StorageThread storage(path);
        QCOMPARE(storage.open().result(), QString());
        StorageThread reader(path, nullptr, Database::Mode::ReadOnly);
        QCOMPARE(reader.open().result(), QString());
        SessionPasswords session;
        AccountSyncWorker worker(storage, [](const AccountRow &account) {
            const PasswordResult found = Passwords(nullptr, nullptr).passwordFor(account.password, {});
            return PasswordAnswer{found.password, found.ok() ? QString() : found.message};
        });
        AccountsPage page(&worker, &storage, &reader, &session);
        page.show();
        QTRY_COMPARE(page.model()->rowCount(), 0);

        const QString passwordFile = dir.filePath(u"password"_qs);
        QVERIFY(writeOwnerOnly(passwordFile, u"not-it"_qs));
        AddAccountDialog dialog(&worker, &session, &page);
        dialog.show();
        fill(&dialog, server.baseUrl(), passwordFile);
        QVERIFY(dialog.addButton()->isEnabled());
        QTest::mouseClick(dialog.addButton(), Qt::LeftButton);
        QVERIFY(!dialog.addButton()->isEnabled()); // checking
        // The service's answer in words, the dialog open to correct it, nothing stored.
        QTRY_VERIFY_WITH_TIMEOUT(dialog.addButton()->isEnabled(), 20000);
        QVERIFY2(dialog.statusLabel()->text().contains(u"refused the user name or password"_qs),
                 qPrintable(dialog.statusLabel()->text()));
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        const int accountsStored
                = storage.run([](Store &store) { return int(AccountStore(store).accounts().size()); }).result();
        QCOMPARE(accountsStored, 0);

        // A password file others may read is refused before the service is asked.
        QVERIFY(writeOwnerOnly(passwordFile, kPassword));
        QVERIFY(QFile::setPermissions(passwordFile, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther));
        const int logins = server.calls("accounts/ClientLogin");
        QTest::mouseClick(dialog.addButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.addButton()->isEnabled(), 20000);
        QVERIFY(!dialog.statusLabel()->text().isEmpty());
        QCOMPARE(server.calls("accounts/ClientLogin"), logins);

        // The right one: stored with where its password lives, never the password.
        QVERIFY(QFile::setPermissions(passwordFile, QFile::ReadOwner | QFile::WriteOwner));
        QTest::mouseClick(dialog.addButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 20000);
        const AccountRow added = dialog.added().account;
        QVERIFY(added.id >= 0);
        QCOMPARE(added.password.kind, PasswordSource::Kind::File);
        QCOMPARE(added.password.location, passwordFile);
        QCOMPARE(added.name, u"%1@%2:%3"_qs.arg(kUser, server.baseUrl().host()).arg(server.baseUrl().port()));
        const QByteArray file = storage.run([](Store &store) {
                                           QFile db(store.database().path());
                                           return db.open(QIODevice::ReadOnly) ? db.readAll() : QByteArray();
                                       })
                                        .result();
        QVERIFY(!file.isEmpty());
        QVERIFY(!file.contains(kPassword.toUtf8()));
    }

    void withoutAKeychainThePasswordIsKeptForTheSession()
    {
        // No session bus, so no keychain service: as on a desktop without one.
        const QByteArray bus = qgetenv("DBUS_SESSION_BUS_ADDRESS");
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/tidings-test-bus");
        const auto restoreBus = qScopeGuard([&bus] { qputenv("DBUS_SESSION_BUS_ADDRESS", bus); });
        GReaderTestServer server(kUser, kPassword);
        QVERIFY(server.listen());
        server.addFeed(u"Gadgets"_qs, u"https://gadgets.example/feed"_qs);
        server.addItem(server.feeds().first().id, u"Only item"_qs, kStart);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"tidings.sqlite"_qs);
        StorageThread storage(path);
        QCOMPARE(storage.open().result(), QString());
        SessionPasswords session;
        AccountSyncWorker worker(storage, [&session](const AccountRow &account) {
            const PasswordResult found
                    = Passwords(nullptr, &session)
                              .passwordFor(account.password, Passwords::keychainKey(account.baseUrl, account.user));
            return PasswordAnswer{found.password, found.ok() ? QString() : found.message};
        });
        AddAccountDialog dialog(&worker, &session);
        dialog.show();
        dialog.serviceBox()->setCurrentIndex(dialog.serviceBox()->findData(int(ServiceKind::GoogleReader)));
        dialog.addressEdit()->setText(server.baseUrl().toString());
        dialog.userEdit()->setText(kUser);
        QCOMPARE(dialog.sourceBox()->currentData().toInt(), int(PasswordSource::Kind::Keychain)); // the default
        dialog.passwordEdit()->setText(kPassword);
        QTest::mouseClick(dialog.addButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 60000);
        QVERIFY(dialog.added().keptForSessionOnly);
        QCOMPARE(dialog.added().account.password.kind, PasswordSource::Kind::Keychain);
        const QString key = Passwords::keychainKey(dialog.added().account.baseUrl, kUser);
        QCOMPARE(session.find(key), std::optional<QString>(kPassword));

        // This session's syncs find it there.
        QSignalSpy synced(&worker, &AccountSyncWorker::accountSynced);
        worker.syncAll();
        QTRY_VERIFY_WITH_TIMEOUT(!synced.isEmpty(), 30000);
        QVERIFY2(synced.first().at(2).toBool(), qPrintable(synced.first().at(3).toString()));

        // The password changed on the service: the sync says so; Change Password checks the new one with
        // the service (a wrong one is said, and kept nowhere), keeps it, and the account syncs again.
        server.setPassword(u"rotated"_qs);
        synced.clear();
        worker.syncAll();
        QTRY_VERIFY_WITH_TIMEOUT(!synced.isEmpty(), 30000);
        QVERIFY(!synced.first().at(2).toBool());
        QVERIFY2(synced.first().at(3).toString().contains(u"refused the user name or password"_qs),
                 qPrintable(synced.first().at(3).toString()));
        StorageThread reader(path, nullptr, Database::Mode::ReadOnly);
        QCOMPARE(reader.open().result(), QString());
        AccountsPage page(&worker, &storage, &reader, &session);
        page.show();
        QTRY_COMPARE(page.model()->rowCount(), 1);
        QSignalSpy changed(&worker, &AccountSyncWorker::passwordChanged);
        page.changePassword(dialog.added().account.id, u"not-rotated"_qs);
        QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 30000);
        QVERIFY(!changed.first().first().value<AddedAccount>().ok());
        QCOMPARE(session.find(key), std::optional<QString>(kPassword));
        synced.clear();
        page.changePassword(dialog.added().account.id, u"rotated"_qs);
        QTRY_VERIFY_WITH_TIMEOUT(!synced.isEmpty(), 30000);
        QVERIFY2(synced.first().at(2).toBool(), qPrintable(synced.first().at(3).toString()));
        QCOMPARE(session.find(key), std::optional<QString>(u"rotated"_qs));
    }

    void aRefusedPasswordPointsToChangePassword()
    {
        const QByteArray bus = qgetenv("DBUS_SESSION_BUS_ADDRESS");
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/tidings-test-bus");
        const auto restoreBus = qScopeGuard([&bus] { qputenv("DBUS_SESSION_BUS_ADDRESS", bus); });
        GReaderTestServer server(kUser, kPassword);
        QVERIFY(server.listen());
        server.addItem(server.addFeed(u"Gadgets"_qs, u"https://gadgets.example/feed"_qs), u"Only item"_qs, kStart);
        QTemporaryDir dir;
        MainWindow window(dir.filePath(u"tidings.sqlite"_qs));
        window.show();
        QTRY_COMPARE_WITH_TIMEOUT(window.newsPane()->articleModel()->rowCount(), 12, 20000);
        QSignalSpy synced(window.accountSync(), &AccountSyncWorker::accountSynced);
        const QString problem = addAccountInWindow(window, [&](AddAccountDialog *dialog) {
            dialog->serviceBox()->setCurrentIndex(dialog->serviceBox()->findData(int(ServiceKind::GoogleReader)));
            dialog->addressEdit()->setText(server.baseUrl().toString());
            dialog->userEdit()->setText(kUser);
            dialog->passwordEdit()->setText(kPassword); // for the keychain, which is missing: this session
        });
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QTRY_VERIFY_WITH_TIMEOUT(!synced.isEmpty(), 30000);
        QVERIFY2(synced.last().at(2).toBool(), qPrintable(synced.last().at(3).toString()));

        // Changed on the service: the refresh's sync is refused, and the status bar says where to go.
        server.setPassword(u"rotated"_qs);
        synced.clear();
        QAction *refresh = nullptr;
        for (QAction *a : window.findChildren<QAction *>()) {
            if (a->text() == u"&Refresh All")
                refresh = a;
        }
        QVERIFY(refresh);
        refresh->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!synced.isEmpty(), 30000);
        QVERIFY(!synced.first().at(2).toBool());
        QTRY_VERIFY2(window.statusBar()->currentMessage().contains(u"Change Password"_qs),
                     qPrintable(window.statusBar()->currentMessage()));
    }

    void theWindowSyncsAnAccountAndSendsItsMarks()
    {
        GReaderTestServer server(kUser, kPassword);
        QVERIFY(server.listen());
        server.addFolder(u"Tech"_qs);
        const QString gadgets = server.addFeed(u"Gadgets"_qs, u"https://gadgets.example/feed"_qs, u"Tech"_qs);
        const QString loose = server.addFeed(u"Loose Ends"_qs, u"https://loose.example/feed"_qs);
        QList<quint64> items;
        for (int i = 0; i < 5; ++i)
            items.append(server.addItem(gadgets, u"Gadget news %1"_qs.arg(i), kStart + i));
        server.addItem(loose, u"A loose end"_qs, kStart + 10);

        QTemporaryDir dir;
        const QString passwordFile = dir.filePath(u"password"_qs);
        QVERIFY(writeOwnerOnly(passwordFile, kPassword));
        MainWindow window(dir.filePath(u"tidings.sqlite"_qs));
        window.show();
        NewsPane *news = window.newsPane();
        QTRY_COMPARE_WITH_TIMEOUT(news->articleModel()->rowCount(), 12, 20000); // the demo site

        // File ▸ Accounts… opens Preferences at its Accounts tab, where the account is added.
        QSignalSpy synced(window.accountSync(), &AccountSyncWorker::accountSynced);
        const QString problem = addAccountInWindow(
                window,
                [&](AddAccountDialog *dialog) {
                    fill(dialog, server.baseUrl(), passwordFile);
                    shoot(dialog, u"add-account"_qs);
                },
                [](QWidget *preferences) { shoot(preferences, u"accounts-page"_qs); });
        QVERIFY2(problem.isEmpty(), qPrintable(problem));

        // Its first sync starts at once: the account, its folder and feeds appear in the sources tree.
        QTRY_VERIFY_WITH_TIMEOUT(!synced.isEmpty(), 30000);
        QVERIFY2(synced.first().at(2).toBool(), qPrintable(synced.first().at(3).toString()));
        auto *tree = news->findChild<QTreeView *>();
        QVERIFY(tree);
        const QString name = u"%1@%2:%3"_qs.arg(kUser, server.baseUrl().host()).arg(server.baseUrl().port());
        QTRY_VERIFY_WITH_TIMEOUT(findRow(tree->model(), name).isValid(), 10000);
        const QModelIndex site = findRow(tree->model(), name);
        QTRY_COMPARE(tree->model()->rowCount(site), 2);
        const QModelIndex tech = findRow(tree->model(), u"Tech"_qs, site);
        QVERIFY(tech.isValid());
        QVERIFY(findRow(tree->model(), u"Gadgets"_qs, tech).isValid());
        QCOMPARE(tech.siblingAtColumn(SourceTreeModel::UnreadColumn).data().toLongLong(), 5);

        // The folder lists its feed's articles; marking one read in the window sends it to the service.
        tree->setCurrentIndex(tech);
        ArticleListModel *list = news->articleModel();
        QTRY_COMPARE_WITH_TIMEOUT(list->rowCount(), 5, 10000);
        QCOMPARE(list->index(0, 0).data(Qt::DisplayRole).toString(), u"Gadget news 4"_qs);
        QSignalSpy pushed(window.accountSync(), &AccountSyncWorker::changesPushed);
        news->articleList()->setFocus();
        news->articleList()->setCurrentIndex(list->index(0, 0));
        QTest::keyClick(news->articleList(), Qt::Key_M);
        QTRY_VERIFY_WITH_TIMEOUT(!pushed.isEmpty(), 20000);
        QCOMPARE(pushed.first().at(1).toString(), QString());
        QCOMPARE(pushed.first().at(0).toInt(), 1);
        QVERIFY(server.item(items.at(4))->read);
        QVERIFY(!server.item(items.at(3))->read);
        QTRY_COMPARE(tech.siblingAtColumn(SourceTreeModel::UnreadColumn).data().toLongLong(), 4);
        tree->expandAll();
        shoot(&window, u"account-in-window"_qs);

        // The tree's menu on the account's feed: Move to Folder offers the service's folders, the
        // current one checked. Moving, renaming and unsubscribing change the tree at once and reach
        // the service with the push that follows.
        auto serverFeed = [&server](const QString &id) {
            for (const GReaderTestServer::Feed &f : server.feeds()) {
                if (f.id == id)
                    return std::optional<GReaderTestServer::Feed>(f);
            }
            return std::optional<GReaderTestServer::Feed>();
        };
        const QModelIndex gadgetsRow = findRow(tree->model(), u"Gadgets"_qs, tech);
        const qint64 gadgetsFeed = gadgetsRow.data(SourceTreeModel::FilterRole).value<ArticleFilter>().id;
        std::unique_ptr<QMenu> menu(window.sourceMenu()->menuFor(gadgetsRow, &window));
        QVERIFY(menu);
        QMenu *move = nullptr;
        for (QAction *a : menu->actions()) {
            if (a->menu() && a->text() == u"&Move to Folder")
                move = a->menu();
        }
        QVERIFY(move);
        QAction *toTech = nullptr;
        QAction *toNone = nullptr;
        for (QAction *a : move->actions()) {
            if (a->text() == u"Tech")
                toTech = a;
            if (a->text() == u"No Folder")
                toNone = a;
        }
        QVERIFY(toTech && toNone);
        QVERIFY(toTech->isChecked() && !toTech->isEnabled());
        pushed.clear();
        toNone->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(findRow(tree->model(), u"Gadgets"_qs, site).isValid(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!pushed.isEmpty(), 20000);
        QCOMPARE(pushed.last().at(1).toString(), QString());
        QCOMPARE(serverFeed(gadgets)->folder, QString());

        pushed.clear();
        window.sourceMenu()->renameFeed(gadgetsFeed, u"Gizmos"_qs);
        QTRY_VERIFY_WITH_TIMEOUT(findRow(tree->model(), u"Gizmos"_qs, site).isValid(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!pushed.isEmpty(), 20000);
        QCOMPARE(serverFeed(gadgets)->title, u"Gizmos"_qs);

        pushed.clear();
        window.sourceMenu()->unsubscribeFeed(gadgetsFeed);
        QTRY_VERIFY_WITH_TIMEOUT(!findRow(tree->model(), u"Gizmos"_qs, site).isValid(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!pushed.isEmpty(), 20000);
        QVERIFY(!serverFeed(gadgets));

        // Subscribing from the tree asks the service, then syncs: the feed is back with its articles.
        QSignalSpy subscribed(window.accountSync(), &AccountSyncWorker::subscribed);
        synced.clear();
        window.sourceMenu()->subscribe(site.data(SourceTreeModel::AccountIdRole).toLongLong(),
                                       QUrl(u"https://gadgets.example/feed"_qs), {});
        QTRY_VERIFY_WITH_TIMEOUT(!subscribed.isEmpty(), 20000);
        QCOMPARE(subscribed.first().at(2).toString(), QString());
        QTRY_VERIFY_WITH_TIMEOUT(!synced.isEmpty(), 20000);
        // Tech (kept, empty), Loose Ends, and the feed subscribed again.
        QTRY_VERIFY_WITH_TIMEOUT(tree->model()->rowCount(site) == 3, 10000);
        QVERIFY(findRow(tree->model(), u"Tech"_qs, site).isValid());
        QVERIFY(findRow(tree->model(), u"Loose Ends"_qs, site).isValid());
    }
};

QTEST_MAIN(TestAccounts)
#include "tst_accounts.moc"
