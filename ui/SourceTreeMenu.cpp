#include "SourceTreeMenu.h"

#include "SourceTreeModel.h"
#include "storage/StorageThread.h"
#include "storage/Store.h"
#include "sync/accounts/AccountStore.h"
#include "sync/accounts/AccountSyncWorker.h"
#include "util/Futures.h"

#include <QActionGroup>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QTreeView>

namespace tidings::ui {

using accounts::AccountStore;

SourceTreeMenu::SourceTreeMenu(QTreeView *tree, StorageThread *storage, accounts::AccountSyncWorker *worker,
                               QObject *parent)
    : QObject(parent)
    , m_tree(tree)
    , m_storage(storage)
    , m_worker(worker)
{
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_tree, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        const QModelIndex index = m_tree->indexAt(at);
        if (QMenu *menu = menuFor(index, m_tree)) {
            menu->setAttribute(Qt::WA_DeleteOnClose);
            menu->popup(m_tree->viewport()->mapToGlobal(at));
        }
    });
}

QMenu *SourceTreeMenu::menuFor(const QModelIndex &index, QWidget *parent)
{
    const QModelIndex row = index.siblingAtColumn(SourceTreeModel::NameColumn);
    const qint64 accountId = row.data(SourceTreeModel::AccountIdRole).toLongLong();
    if (!row.isValid() || accountId < 0)
        return nullptr;
    const auto filter = row.data(SourceTreeModel::FilterRole).value<ArticleFilter>();
    const bool renameAndMove = row.data(SourceTreeModel::AccountKindRole).toString() != u"ttrss";
    auto *menu = new QMenu(parent);

    // The account's site: its folders, as the tree shows them, are where a feed can go.
    QModelIndex site = row;
    while (site.parent().isValid())
        site = site.parent();
    QList<std::pair<QString, QString>> folders; // remote id, title
    for (int r = 0; r < site.model()->rowCount(site); ++r) {
        const QModelIndex child = site.model()->index(r, 0, site);
        const auto childFilter = child.data(SourceTreeModel::FilterRole).value<ArticleFilter>();
        if (childFilter.kind == ArticleFilter::Kind::Folder)
            folders.append({childFilter.query, child.data().toString()});
    }

    if (filter.kind == ArticleFilter::Kind::Feed) {
        const qint64 feedId = filter.id;
        const QString title = row.data().toString();
        const auto parentFilter = row.parent().data(SourceTreeModel::FilterRole).value<ArticleFilter>();
        const QString currentFolder = parentFilter.kind == ArticleFilter::Kind::Folder ? parentFilter.query : QString();
        QAction *rename = menu->addAction(tr("&Rename…"), this, [this, feedId, title] {
            bool ok = false;
            const QString newTitle
                    = QInputDialog::getText(m_tree, tr("Rename Feed"), tr("New name:"), QLineEdit::Normal, title, &ok);
            if (ok && !newTitle.trimmed().isEmpty() && newTitle.trimmed() != title)
                renameFeed(feedId, newTitle.trimmed());
        });
        QMenu *move = menu->addMenu(tr("&Move to Folder"));
        auto *group = new QActionGroup(move);
        auto addFolder = [&](const QString &folderId, const QString &name) {
            QAction *a = move->addAction(name, this, [this, feedId, folderId] { moveFeed(feedId, folderId); });
            a->setCheckable(true);
            a->setChecked(folderId == currentFolder);
            a->setEnabled(folderId != currentFolder);
            group->addAction(a);
        };
        for (const auto &[folderId, name] : std::as_const(folders))
            addFolder(folderId, name);
        move->addSeparator();
        addFolder(QString(), tr("No Folder"));
        if (!renameAndMove) {
            const QString why = tr("Tiny Tiny RSS's API cannot rename a feed or move it: do it in Tiny Tiny RSS");
            for (QAction *a : {rename, move->menuAction()}) {
                a->setEnabled(false);
                a->setToolTip(why);
            }
            menu->setToolTipsVisible(true);
        }
        menu->addAction(tr("&Unsubscribe…"), this, [this, feedId, title] {
            if (QMessageBox::question(m_tree, tr("Unsubscribe"),
                                      tr("Unsubscribe from %1? Its articles go from this computer, and the service "
                                         "drops the feed at the next sync.")
                                              .arg(title),
                                      QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
                == QMessageBox::Yes)
                unsubscribeFeed(feedId);
        });
        menu->addSeparator();
    }

    const QString folderId = filter.kind == ArticleFilter::Kind::Folder ? filter.query : QString();
    menu->addAction(folderId.isEmpty() ? tr("Su&bscribe to a Feed…") : tr("Su&bscribe to a Feed in This Folder…"), this,
                    [this, accountId, folderId] {
                        bool ok = false;
                        const QString url = QInputDialog::getText(m_tree, tr("Subscribe"), tr("The feed's address:"),
                                                                  QLineEdit::Normal, QString(), &ok);
                        if (ok && !url.trimmed().isEmpty())
                            subscribe(accountId, QUrl::fromUserInput(url.trimmed()), folderId);
                    });
    menu->addAction(tr("S&ync Now"), this, [this, accountId] { m_worker->sync(accountId); });
    menu->addAction(tr("Account &Settings…"), this, &SourceTreeMenu::accountSettingsWanted);
    return menu;
}

void SourceTreeMenu::runEdit(const std::function<bool(AccountStore &)> &edit)
{
    whenReady(m_storage->run([edit](Store &store) {
        AccountStore accounts(store);
        return edit(accounts) ? QString() : accounts.error();
    }),
              this, [this](const QString &error) {
                  if (!error.isEmpty()) {
                      emit message(error);
                      return;
                  }
                  // Stored and journalled: it goes up with a sync now, or when the network is back.
                  emit edited();
              });
}

void SourceTreeMenu::renameFeed(qint64 feedId, const QString &title)
{
    runEdit([feedId, title](AccountStore &a) { return a.renameFeed(feedId, title); });
}

void SourceTreeMenu::moveFeed(qint64 feedId, const QString &folderId)
{
    runEdit([feedId, folderId](AccountStore &a) { return a.moveFeed(feedId, folderId); });
}

void SourceTreeMenu::unsubscribeFeed(qint64 feedId)
{
    runEdit([feedId](AccountStore &a) { return a.unsubscribeFeed(feedId); });
}

void SourceTreeMenu::subscribe(qint64 accountId, const QUrl &feedUrl, const QString &folderId)
{
    emit message(tr("Subscribing to %1…").arg(feedUrl.toString()));
    m_worker->subscribe(accountId, feedUrl, folderId);
}

} // namespace tidings::ui
