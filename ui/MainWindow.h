#pragma once

#include <QMainWindow>

class QLabel;
class QProgressBar;
class QSystemTrayIcon;
class QToolButton;
class QTabWidget;

#include <QSet>
#include <QTimer>

#include <memory>

namespace tidings {
namespace accounts {
class AccountSyncWorker;
class SessionPasswords;
struct AccountRow;
} // namespace accounts
class OutboxService;
class RefreshScheduler;
class RemoteImages;
class StorageThread;
struct StoreStats;
struct RefreshSummary;
} // namespace tidings

namespace tidings::ui {

class CartPane;
class InThisArticle;
class NewsPane;
class OutboxDialog;
class ShopPane;
class SourceTreeMenu;
class ShortcutsDialog;
struct Preferences;

// The main window: News, Shop and Cart tabs over the store. The store lives on its own thread;
// the window only ever waits for it through futures.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(const QString &databasePath, QWidget *parent = nullptr);
    ~MainWindow() override;

    [[nodiscard]] OutboxService *outbox() const { return m_outbox; }
    [[nodiscard]] accounts::AccountSyncWorker *accountSync() const { return m_accounts; }
    [[nodiscard]] SourceTreeMenu *sourceMenu() const { return m_sourceMenu; }
    [[nodiscard]] NewsPane *newsPane() const { return m_newsPane; }
    // Opens (or raises) the Outbox view.
    OutboxDialog *openOutbox();
    // Help ▸ Keyboard Shortcuts: every shortcut, read from the window's actions.
    ShortcutsDialog *showShortcuts();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void openStore();
    // The store could not be opened because its file is damaged: ask what to do, do it, open again.
    void offerRecovery(const QString &problem);
    void showStats(const StoreStats &stats);
    void refreshStats();
    void showProgress(int done, int total, const QString &current);
    void showRefreshResult(const RefreshSummary &summary);
    void createActions();
    void askForSite();
    // Preferences…; with the Accounts tab in front for accounts.
    void editPreferences(bool accounts = false);
    void applyPreferences(const Preferences &preferences);
    void createOutbox();
    void createAccountSync();
    // A keychain account whose password is nowhere: ask once this session, then sync it.
    void askForPassword(const accounts::AccountRow &account);
    void accountSynced(qint64 accountId, const QString &name, bool ok, const QString &message);
    void showOutbox();
    void showAbout();
    // After a refresh that stored products: the shop, the cart's prices, and the watch list's news.
    void productsRefreshed();

    StorageThread *m_storage = nullptr;
    RefreshScheduler *m_scheduler = nullptr;
    RemoteImages *m_images = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_refreshLabel = nullptr;
    QLabel *m_onlineLabel = nullptr;
    QToolButton *m_errorButton = nullptr;
    QStringList m_lastErrors;
    QTabWidget *m_tabs = nullptr;
    StorageThread *m_readerThread = nullptr;
    NewsPane *m_newsPane = nullptr;
    ShopPane *m_shopPane = nullptr;
    CartPane *m_cartPane = nullptr;
    QSystemTrayIcon *m_tray = nullptr; // made when a watched product first has news
    InThisArticle *m_inThisArticle = nullptr; // products the article shown names, under the News tab
    OutboxService *m_outbox = nullptr;
    OutboxDialog *m_outboxDialog = nullptr;
    QToolButton *m_outboxButton = nullptr; // "2 comments waiting"
    // Passwords typed this session for accounts whose keychain has none (shared with the sync's thread).
    std::shared_ptr<accounts::SessionPasswords> m_sessionPasswords;
    QSet<QString> m_passwordsAsked; // keychain keys asked for this session: asked once
    QSet<qint64> m_passwordRejected; // accounts whose last sync the service refused the password of
    accounts::AccountSyncWorker *m_accounts = nullptr;
    SourceTreeMenu *m_sourceMenu = nullptr; // an account's feeds: rename, move, unsubscribe
    qint64 m_accountIntervalSeconds = qint64{30} * 60;
    QTimer m_pushTimer; // marks go up shortly after they are made, a few at once
};

} // namespace tidings::ui
