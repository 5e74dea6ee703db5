#pragma once

#include <QObject>
#include <QUrl>

#include <functional>

class QMenu;
class QModelIndex;
class QTreeView;
class QWidget;

namespace tidings {
class StorageThread;
namespace accounts {
class AccountStore;
class AccountSyncWorker;
} // namespace accounts
} // namespace tidings

namespace tidings::ui {

// The sources tree's context menu for accounts: an account's feed is renamed, moved to another of
// its service's folders or unsubscribed here (stored and journalled at once, sent with the next
// sync, which is asked for right away); an account or a folder syncs now or subscribes to a feed.
class SourceTreeMenu : public QObject
{
    Q_OBJECT

public:
    SourceTreeMenu(QTreeView *tree, StorageThread *storage, accounts::AccountSyncWorker *worker,
                   QObject *parent = nullptr);

    // The menu for a row of the tree, or null where there is nothing to offer (a local site's rows).
    // The caller owns it. Tests trigger its actions.
    [[nodiscard]] QMenu *menuFor(const QModelIndex &index, QWidget *parent);

    void renameFeed(qint64 feedId, const QString &title);
    void moveFeed(qint64 feedId, const QString &folderId);
    void unsubscribeFeed(qint64 feedId);
    void subscribe(qint64 accountId, const QUrl &feedUrl, const QString &folderId);

signals:
    // An account's feed changed here: the tree reloads and the change goes up.
    void edited();
    void message(const QString &text);
    void accountSettingsWanted();

private:
    // Runs an AccountStore edit on the storage thread; edited() or message() with its error after.
    void runEdit(const std::function<bool(accounts::AccountStore &)> &edit);

    QTreeView *m_tree;
    StorageThread *m_storage;
    accounts::AccountSyncWorker *m_worker;
};

} // namespace tidings::ui
