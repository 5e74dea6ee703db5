#include "MainWindow.h"

#include "ArticleListModel.h"
#include "ArticleView.h"
#include "CartPane.h"
#include "CommentsPanel.h"
#include "DamagedStoreDialog.h"
#include "HelpDialogs.h"
#include "Icons.h"
#include "NewsPane.h"
#include "OutboxDialog.h"
#include "ProductDetail.h"
#include "ShopPane.h"
#include "SourceTreeMenu.h"
#include "net/RemoteImages.h"
#include "shop/WatchList.h"
#include "storage/DataLocation.h"
#include "storage/DemoSite.h"
#include "storage/StorageThread.h"
#include "sync/OutboxService.h"
#include "sync/RefreshScheduler.h"
#include "sync/accounts/AccountSyncWorker.h"
#include "sync/accounts/Keychain.h"
#include "sync/accounts/Passwords.h"
#include "util/Futures.h"
#include "util/Language.h"

#include "AccountsPage.h"
#include "Preferences.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QSettings>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>

namespace tidings::ui {

MainWindow::MainWindow(const QString &databasePath, QWidget *parent)
    : QMainWindow(parent)
    , m_storage(new StorageThread(databasePath, this))
    , m_tabs(new QTabWidget(this))
{
    setWindowTitle(tr("Tidings"));
    setWindowIcon(applicationIcon());
    ShortcutsDialog::setShortcutArea(this, ShortcutsDialog::tr("Everywhere"), 0);
    // Views read through their own read-only connection, so they never queue behind an import.
    m_readerThread = new StorageThread(databasePath, this, Database::Mode::ReadOnly);
    m_newsPane = new NewsPane(m_storage, m_readerThread, m_tabs);
    const QString dataDir = QFileInfo(databasePath).absolutePath();
    m_images = new RemoteImages(QDir(cacheDirectory(dataDir)).filePath(u"images"_qs), this);
    m_newsPane->reader()->setRemoteImages(m_images);
    // "Always show images" in the reader is the preference, chosen where it matters.
    connect(m_newsPane->reader(), &ArticleView::imagePolicyChosen, this, [](Preferences::Images policy) {
        Preferences p = Preferences::load();
        p.images = policy;
        p.save();
    });
    m_shopPane = new ShopPane(m_storage, m_readerThread, m_tabs);
    m_shopPane->setRemoteImages(m_images);
    m_cartPane = new CartPane(m_storage, m_tabs);
    connect(m_shopPane, &ShopPane::addToCart, m_cartPane, &CartPane::add);
    connect(m_shopPane, &ShopPane::openLink, this, [](const QUrl &url) { QDesktopServices::openUrl(url); });
    connect(m_cartPane, &CartPane::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 5000); });
    connect(m_cartPane, &CartPane::itemCountChanged, this,
            [this](int items) { m_tabs->setTabText(2, tr("Ca&rt (%1)").arg(items)); });
    // "In this article": the products the article shown names or links to, under the article. (A
    // dock across the whole window put one card under the sources and the list, far from its article.)
    m_inThisArticle = new InThisArticle(m_readerThread, this);
    m_inThisArticle->setRemoteImages(m_images);
    m_newsPane->setArticleExtras(m_inThisArticle);
    connect(m_newsPane->articleList()->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                m_inThisArticle->showArticle(current.isValid() ? current.data(ArticleListModel::IdRole).toLongLong()
                                                               : -1);
            });
    connect(m_inThisArticle, &InThisArticle::productChosen, this, [this](qint64 productId) {
        m_tabs->setCurrentWidget(m_shopPane);
        m_shopPane->showProduct(productId);
    });
    m_tabs->addTab(m_newsPane, tr("&News"));
    m_tabs->addTab(m_shopPane, tr("&Shop"));
    m_tabs->addTab(m_cartPane, tr("Ca&rt"));
    m_tabs->setDocumentMode(true);
    setCentralWidget(m_tabs);
    // Room for three panes: the sources, the list with its columns whole, and the article.
    resize(1280, 800);

    QSettings settings;
    restoreGeometry(settings.value(u"window/geometry"_qs).toByteArray());
    m_tabs->setCurrentIndex(settings.value(u"window/tab"_qs, 0).toInt());
    m_newsPane->restoreState(settings);
    m_shopPane->restoreState(settings);

    // The scheduler exists from the start so its action works; it runs once the store is open.
    StorageThread *storage = m_storage;
    m_scheduler
            = new RefreshScheduler([storage](RefreshEngine::StoreJob job) { storage->run(std::move(job)); }, {}, this);
    createOutbox();
    createAccountSync();
    createActions();
    const Preferences preferences = Preferences::load();
    applyPreferences(preferences);

    m_refreshLabel = new QLabel(this);
    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_onlineLabel = new QLabel(this);
    m_errorButton = new QToolButton(this);
    m_errorButton->setAutoRaise(true);
    m_errorButton->hide();
    connect(m_errorButton, &QToolButton::clicked, this,
            [this] { QMessageBox::information(this, tr("Refresh problems"), m_lastErrors.join(u'\n')); });
    statusBar()->addPermanentWidget(m_errorButton);
    statusBar()->addPermanentWidget(m_outboxButton);
    statusBar()->addPermanentWidget(m_refreshLabel);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_onlineLabel);
    auto showOnline = [this](bool online) {
        m_onlineLabel->setText(online ? tr("Online") : tr("Offline"));
    };
    showOnline(m_scheduler->isOnline());
    connect(m_scheduler, &RefreshScheduler::onlineChanged, this, showOnline);
    connect(m_scheduler, &RefreshScheduler::progress, this, &MainWindow::showProgress);
    connect(m_scheduler, &RefreshScheduler::refreshFinished, this, &MainWindow::showRefreshResult);

    openStore();
}

MainWindow::~MainWindow()
{
    // The outbox and the refresh hand jobs to the storage thread from threads of their own. They stop
    // first: children go in the order they were made, and the storage thread, made first, went first
    // while the outbox's thread could still ask it for work (a crash seen in tst_damagedstore).
    delete m_accounts;
    m_accounts = nullptr;
    delete m_outbox;
    m_outbox = nullptr;
    delete m_scheduler;
    m_scheduler = nullptr;
}

void MainWindow::createActions()
{
    auto action = [this](const QString &text, const QString &icon, const QKeySequence &keys, auto slot) {
        auto *a = new QAction(themedIcon(icon), text, this);
        a->setShortcut(keys);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    QAction *addSite = action(tr("&Add Site…"), u"list-add"_qs, QKeySequence::New, [this] { askForSite(); });
    QAction *refreshAll = action(tr("&Refresh All"), u"view-refresh"_qs, QKeySequence(Qt::Key_F5), [this] {
        m_scheduler->refreshNow();
        m_accounts->syncAll();
    });
    QAction *markAllRead = action(tr("&Mark All Read"), u"mail-mark-read"_qs, QKeySequence(tr("Ctrl+Shift+M")),
                                  [this] { m_newsPane->markAllRead(); });
    QAction *find = action(tr("&Search"), u"edit-find"_qs, QKeySequence::Find, [this] {
        m_tabs->setCurrentWidget(m_newsPane);
        m_newsPane->focusSearch();
    });
    // Not every platform has keys for Preferences (X11 without a desktop has none): then Ctrl+,.
    const QKeySequence preferencesKeys
            = QKeySequence::keyBindings(QKeySequence::Preferences).value(0, QKeySequence(tr("Ctrl+,")));
    QAction *preferences
            = action(tr("&Preferences…"), u"preferences-system"_qs, preferencesKeys, [this] { editPreferences(); });
    QAction *quit
            = action(tr("&Quit"), u"application-exit"_qs, QKeySequence::Quit, [] { QApplication::closeAllWindows(); });

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addActions({addSite, refreshAll});
    // Alt+A is taken by Add Site's menu entry: Acc&ounts.
    file->addAction(action(tr("Acc&ounts…"), u"system-users"_qs, QKeySequence(), [this] { editPreferences(true); }));
    file->addSeparator();
    file->addAction(quit);
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addActions({markAllRead, find});
    edit->addSeparator();
    edit->addAction(preferences);
    QMenu *comments = menuBar()->addMenu(tr("&Comments"));
    comments->addAction(
            action(tr("&Outbox…"), u"mail-outbox"_qs, QKeySequence(tr("Ctrl+Shift+O")), [this] { showOutbox(); }));
    // Alt+H is Help's everywhere, Alt+S the Shop tab's and Alt+C the Comments menu's: Sho&p, Ca&rt.
    QMenu *shop = menuBar()->addMenu(tr("Sho&p"));
    shop->addAction(action(tr("Search &Products"), u"edit-find"_qs, QKeySequence(tr("Ctrl+Shift+F")), [this] {
        m_tabs->setCurrentWidget(m_shopPane);
        m_shopPane->focusSearch();
    }));
    shop->addAction(action(tr("Show &Cart"), u"shopping-cart"_qs, QKeySequence(tr("Ctrl+Shift+C")),
                           [this] { m_tabs->setCurrentWidget(m_cartPane); }));
    shop->addAction(action(tr("Check &Out"), u"go-next"_qs, QKeySequence(), [this] {
        m_tabs->setCurrentWidget(m_cartPane);
        (void)m_cartPane->checkout();
    }));
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(action(tr("&Keyboard Shortcuts"), u"help-keyboard-shortcuts"_qs, QKeySequence(Qt::Key_F1),
                           [this] { showShortcuts(); }));
    help->addSeparator();
    help->addAction(action(tr("&About Tidings"), u"help-about"_qs, QKeySequence(), [this] { showAbout(); }));
    help->addAction(action(tr("About &Qt"), QString(), QKeySequence(), [] { QApplication::aboutQt(); }));

    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(u"mainToolBar"_qs);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addActions({addSite, refreshAll, markAllRead, find});

    connect(m_scheduler, &RefreshScheduler::siteAdded, this, [this](const QString &name, const QString &error) {
        statusBar()->showMessage(error.isEmpty() ? tr("Added %1; fetching it now.").arg(name)
                                                 : tr("Could not add the site: %1").arg(error));
        if (error.isEmpty())
            m_newsPane->reloadCounts();
    });
}

ShortcutsDialog *MainWindow::showShortcuts()
{
    // Made afresh each time: it reads the actions as they are now.
    auto *dialog = new ShortcutsDialog(this, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

void MainWindow::showAbout()
{
    AboutDialog dialog(QFileInfo(m_storage->databasePath()).absolutePath(), this);
    dialog.exec();
}

void MainWindow::createOutbox()
{
    StorageThread *storage = m_storage;
    OutboxService::Options options;
    // Shared with `tidings sync`: only one of them sends at a time.
    options.sync.lockPath = OutboxService::lockPathFor(m_storage->databasePath());
    m_outbox = new OutboxService([storage](OutboxSync::StoreJob job) { storage->run(std::move(job)); }, options, this);
    m_newsPane->comments()->setService(m_outbox);
    m_outboxButton = new QToolButton(this);
    m_outboxButton->setAutoRaise(true);
    m_outboxButton->setToolTip(tr("Comments you wrote that are not published yet (Comments ▸ Outbox…)"));
    m_outboxButton->hide();
    connect(m_outboxButton, &QToolButton::clicked, this, &MainWindow::showOutbox);
    connect(m_outbox, &OutboxService::countChanged, this, [this](qint64 count) {
        m_outboxButton->setText(tr("%n comment(s) waiting", nullptr, int(count)));
        m_outboxButton->setVisible(count > 0);
    });
}

OutboxDialog *MainWindow::openOutbox()
{
    if (!m_outboxDialog) {
        m_outboxDialog = new OutboxDialog(m_outbox, m_readerThread, this);
        connect(m_outboxDialog, &OutboxDialog::goToArticle, this, [this](qint64 articleId) {
            m_tabs->setCurrentWidget(m_newsPane);
            m_newsPane->showArticle(articleId);
        });
    } else {
        m_outboxDialog->reload();
    }
    m_outboxDialog->show();
    m_outboxDialog->raise();
    m_outboxDialog->activateWindow();
    return m_outboxDialog;
}

void MainWindow::createAccountSync()
{
    m_sessionPasswords = std::make_shared<accounts::SessionPasswords>();
    // Runs on the sync's thread: the keychain, a password file or a command; never a dialog there. A
    // keychain account whose password is in no keychain is asked for here, on the GUI thread, once.
    accounts::PasswordLookup lookup = [this, session = m_sessionPasswords](const accounts::AccountRow &account) {
        const accounts::Keychain keychain;
        const accounts::Passwords passwords(&keychain, session.get());
        const accounts::PasswordResult found = passwords.passwordFor(
                account.password, accounts::Passwords::keychainKey(account.baseUrl, account.user));
        if (found.ok())
            return accounts::PasswordAnswer{found.password, {}};
        if (found.userMayAnswer()) {
            QMetaObject::invokeMethod(
                    this, [this, account] { askForPassword(account); }, Qt::QueuedConnection);
        }
        return accounts::PasswordAnswer{{}, found.message};
    };
    m_accounts = new accounts::AccountSyncWorker(*m_storage, std::move(lookup), this);
    connect(m_accounts, &accounts::AccountSyncWorker::accountSynced, this, &MainWindow::accountSynced);
    connect(m_accounts, &accounts::AccountSyncWorker::syncStarted, this, [this](qint64, const QString &name) {
        if (!m_progress->isVisible())
            m_refreshLabel->setText(tr("Syncing %1…").arg(name));
    });
    connect(m_accounts, &accounts::AccountSyncWorker::finished, this, [this] {
        if (!m_progress->isVisible())
            m_refreshLabel->clear();
    });
    connect(m_accounts, &accounts::AccountSyncWorker::passwordRejected, this,
            [this](qint64 accountId, const QString &key) {
                // A password typed this session was wrong: forget it and ask at the next sync. One from
                // the keychain is changed in File ▸ Accounts… (Preferences): the message below says so.
                m_sessionPasswords->forget(key);
                m_passwordsAsked.remove(key);
                m_passwordRejected.insert(accountId);
            });
    connect(m_accounts, &accounts::AccountSyncWorker::changesPushed, this, [this](int sent, const QString &error) {
        if (!error.isEmpty())
            statusBar()->showMessage(tr("Changes not sent yet: %1").arg(error), 10000);
        else if (sent > 0)
            m_newsPane->reloadCounts();
    });
    // Accounts sync with the refresh: at its periodic check when they are due, at once on F5.
    connect(m_scheduler, &RefreshScheduler::refreshStarted, this,
            [this] { m_accounts->syncDue(m_accountIntervalSeconds); });
    connect(m_scheduler, &RefreshScheduler::onlineChanged, this, [this](bool online) {
        if (online)
            m_accounts->pushChanges(); // marks made offline go up now
    });
    m_pushTimer.setSingleShot(true);
    m_pushTimer.setInterval(3000);
    connect(&m_pushTimer, &QTimer::timeout, this, [this] {
        if (m_scheduler->isOnline())
            m_accounts->pushChanges();
    });
    connect(m_newsPane, &NewsPane::marked, &m_pushTimer, qOverload<>(&QTimer::start));
    m_sourceMenu = new SourceTreeMenu(m_newsPane->sourceTree(), m_storage, m_accounts, this);
    connect(m_sourceMenu, &SourceTreeMenu::edited, this, [this] {
        m_newsPane->reloadCounts();
        if (m_scheduler->isOnline())
            m_accounts->pushChanges();
    });
    connect(m_sourceMenu, &SourceTreeMenu::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 10000); });
    connect(m_sourceMenu, &SourceTreeMenu::accountSettingsWanted, this, [this] { editPreferences(true); });
    connect(m_accounts, &accounts::AccountSyncWorker::subscribed, this,
            [this](qint64, const QUrl &url, const QString &error) {
                statusBar()->showMessage(error.isEmpty()
                                                 ? tr("Subscribed to %1.").arg(url.toString())
                                                 : tr("Could not subscribe to %1: %2").arg(url.toString(), error),
                                         10000);
            });
}

void MainWindow::askForPassword(const accounts::AccountRow &account)
{
    const QString key = accounts::Passwords::keychainKey(account.baseUrl, account.user);
    if (m_passwordsAsked.contains(key))
        return;
    m_passwordsAsked.insert(key);
    bool ok = false;
    const QString password = QInputDialog::getText(
            this, tr("Password for %1").arg(account.name),
            tr("No keychain holds the password of %1 at %2. Type it to sync the account; Tidings keeps it only "
               "until it quits.")
                    .arg(account.user, account.baseUrl.host()),
            QLineEdit::Password, QString(), &ok);
    if (!ok || password.isEmpty())
        return;
    m_sessionPasswords->remember(key, password);
    m_accounts->sync(account.id);
}

void MainWindow::accountSynced(qint64 accountId, const QString &name, bool ok, const QString &message)
{
    if (!ok) {
        const QString text = m_passwordRejected.remove(accountId)
                // In brackets: the service's words may or may not end a sentence.
                ? tr("Account %1: %2 (the new password goes in File ▸ Accounts… ▸ Change Password…)").arg(name, message)
                : tr("Account %1: %2").arg(name, message);
        statusBar()->showMessage(text, 30000);
        return;
    }
    // The sync stored articles and flags on the storage thread: the tree and the list follow.
    ImportCounts counts;
    counts.changedOverflow = true;
    m_newsPane->refreshed(counts);
}

void MainWindow::showOutbox()
{
    openOutbox();
}

void MainWindow::askForSite()
{
    bool ok = false;
    const QString text = QInputDialog::getText(this, tr("Add Site"),
                                               tr("The address of a site's home page or of one of its feeds:"),
                                               QLineEdit::Normal, QString(), &ok);
    if (!ok || text.trimmed().isEmpty())
        return;
    statusBar()->showMessage(tr("Looking at %1…").arg(text.trimmed()));
    m_scheduler->addSite(QUrl::fromUserInput(text.trimmed()));
}

void MainWindow::editPreferences(bool accounts)
{
    auto *accountsPage = new AccountsPage(m_accounts, m_storage, m_readerThread, m_sessionPasswords.get());
    connect(accountsPage, &AccountsPage::accountsChanged, m_newsPane, &NewsPane::reloadCounts);
    PreferencesDialog dialog(Preferences::load(), QFileInfo(m_storage->databasePath()).absolutePath(),
                             language::available(), accountsPage, this);
    if (accounts)
        dialog.showAccounts();
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Preferences p = dialog.preferences();
    p.save();
    applyPreferences(p);
}

void MainWindow::applyPreferences(const Preferences &p)
{
    m_scheduler->setArticleInterval(qint64(p.refreshMinutes) * 60);
    m_accountIntervalSeconds = qint64(p.refreshMinutes) * 60;
    m_newsPane->setReadDwellMs(p.markReadSeconds * 1000);
    m_newsPane->setReaderFontSize(p.fontPointSize);
    m_newsPane->reader()->setImagePolicy(p.images);
    applyTheme(p.theme);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(u"window/geometry"_qs, saveGeometry());
    settings.setValue(u"window/tab"_qs, m_tabs->currentIndex());
    m_newsPane->saveState(settings);
    m_shopPane->saveState(settings);
    QMainWindow::closeEvent(event);
}

void MainWindow::openStore()
{
    whenReady(m_storage->open(), this, [this](const QString &error) {
        if (!error.isEmpty() && m_storage->isDamaged()) {
            offerRecovery(error);
            return;
        }
        if (!error.isEmpty()) {
            statusBar()->showMessage(tr("Tidings cannot open its database: %1").arg(error));
            return;
        }
        // A first start shows the bundled demo site, imported on the storage thread.
        struct FirstStart
        {
            bool demoImported = false;
            QString error;
        };
        whenReady(m_storage->run([](Store &store) {
            if (!isEmptyStore(store))
                return FirstStart{};
            const ImportResult result = importDemoSite(store);
            return FirstStart{result.ok(), result.error};
        }),
                  this, [this](const FirstStart &first) {
                      if (!first.error.isEmpty())
                          statusBar()->showMessage(first.error);
                      if (first.demoImported) {
                          statusBar()->showMessage(tr("Welcome! This is a demo site, so there is something to read."));
                          m_newsPane->reader()->showWelcome(
                                  QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText));
                      }
                      refreshStats();
                      m_cartPane->reload();
                      // The reader opens once the writer has brought the schema up to date.
                      whenReady(m_readerThread->open(), this, [this](const QString &readerError) {
                          if (readerError.isEmpty()) {
                              m_newsPane->start();
                              m_shopPane->start();
                          } else
                              statusBar()->showMessage(readerError);
                      });
                      m_scheduler->start();
                      m_outbox->start();
                      m_accounts->pushChanges(); // what was marked offline last time
                  });
    });
}

void MainWindow::offerRecovery(const QString &problem)
{
    const QString path = m_storage->databasePath();
    whenReady(m_storage->runOnFile([path] { return StoreRecovery::newestBackup(path); }), this,
              [this, path, problem](const StoreRecovery::Backup &backup) {
                  DamagedStoreDialog dialog(path, problem, backup, this);
                  dialog.exec();
                  const DamagedStoreDialog::Choice choice = dialog.choice();
                  if (choice == DamagedStoreDialog::Choice::Quit) {
                      close();
                      return;
                  }
                  struct Outcome
                  {
                      QString keptAt;
                      QString error;
                  };
                  whenReady(m_storage->runOnFile([path, choice, backup] {
                      Outcome outcome;
                      if (choice == DamagedStoreDialog::Choice::RestoreBackup)
                          (void)StoreRecovery::restoreBackup(path, backup.path, &outcome.keptAt, &outcome.error);
                      else
                          (void)StoreRecovery::startEmpty(path, &outcome.keptAt, &outcome.error);
                      return outcome;
                  }),
                            this, [this](const Outcome &outcome) {
                                if (!outcome.error.isEmpty()) {
                                    QMessageBox::critical(this, tr("Damaged Database"), outcome.error);
                                    close();
                                    return;
                                }
                                statusBar()->showMessage(tr("The damaged database is kept as %1.").arg(outcome.keptAt));
                                openStore();
                            });
              });
}

void MainWindow::showProgress(int done, int total, const QString &current)
{
    m_progress->setVisible(total > 0 && done < total);
    m_progress->setRange(0, total);
    m_progress->setValue(done);
    QString text;
    if (done < total) {
        text = current.isEmpty() ? tr("Refreshing %1 of %2").arg(done + 1).arg(total)
                                 : tr("Refreshing %1 of %2: %3").arg(done + 1).arg(total).arg(current);
    }
    m_refreshLabel->setText(text);
}

void MainWindow::showRefreshResult(const RefreshSummary &summary)
{
    m_progress->hide();
    m_refreshLabel->clear();
    // The last problems in a few words; the details on click.
    m_lastErrors = summary.errors;
    m_errorButton->setVisible(summary.failed > 0);
    m_errorButton->setText(tr("%n feed(s) could not be refreshed", nullptr, summary.failed));
    if (summary.counts.added + summary.counts.updated > 0) {
        refreshStats();
        m_newsPane->refreshed(summary.counts);
        productsRefreshed();
    }
}

void MainWindow::productsRefreshed()
{
    m_shopPane->refreshed();
    m_cartPane->reload();
    whenReady(m_storage->run([](Store &store) {
        return WatchList(store.database()).noteChanges(QDateTime::currentSecsSinceEpoch());
    }),
              this, [this](const QList<WatchEvent> &events) {
                  if (events.isEmpty())
                      return;
                  QStringList lines;
                  for (const WatchEvent &e : events)
                      lines.append(e.text());
                  // A desktop notification where there is a tray; the status bar always.
                  if (QSystemTrayIcon::isSystemTrayAvailable()) {
                      if (!m_tray) {
                          m_tray = new QSystemTrayIcon(windowIcon(), this);
                          m_tray->show();
                      }
                      m_tray->showMessage(tr("Watched products"), lines.join(u'\n'));
                  }
                  statusBar()->showMessage(lines.join(u"; "_qs), 15000);
              });
}

void MainWindow::refreshStats()
{
    whenReady(m_storage->run([](Store &store) { return store.stats(); }), this,
              [this](const StoreStats &stats) { showStats(stats); });
}

void MainWindow::showStats(const StoreStats &stats)
{
    m_tabs->setTabText(2, tr("Ca&rt (%1)").arg(stats.cartItems));
}

} // namespace tidings::ui
