#include "SourceTreeModel.h"

#include "storage/StorageThread.h"
#include "util/Futures.h"

#include <QFont>
#include <QSet>

namespace tidings {
SourceTreeModel::SourceTreeModel(StorageThread *reader, QObject *parent)
    : QAbstractItemModel(parent)
    , m_reader(reader)
{
    qRegisterMetaType<ArticleFilter>();
}

void SourceTreeModel::reload()
{
    if (!m_reader)
        return;
    whenReady(m_reader->run([](Store &store) { return sourceCounts(store.database()); }), this,
              [this](const SourceCounts &counts) {
                  // Never inside the caller's own change: see ArticleListModel::fetchMore.
                  QMetaObject::invokeMethod(
                          this, [this, counts] { apply(counts); }, Qt::QueuedConnection);
              });
}

void SourceTreeModel::indexSites()
{
    m_siteRows.clear();
    m_folderRows.clear();
    for (int i = 0; i < int(m_counts.sites.size()); ++i) {
        const SourceCounts::Site &site = m_counts.sites.at(i);
        m_siteRows.insert(site.id, i);
        for (int j = 0; j < int(site.folders.size()); ++j)
            m_folderRows.insert(site.folders.at(j).id, {site.id, j});
    }
}

template<typename Item>
void SourceTreeModel::syncRows(const QModelIndex &parent, int firstRow, QList<Item> &rows, const QList<Item> &fresh)
{
    QSet<qint64> freshIds;
    for (const Item &item : fresh)
        freshIds.insert(item.id);
    QSet<qint64> present;
    for (const Item &item : std::as_const(rows))
        present.insert(item.id);
    QList<qint64> expected; // the kept items in their new order
    for (const Item &item : fresh) {
        if (present.contains(item.id))
            expected.append(item.id);
    }
    // Remove what went, and what moved (a renamed site sorts elsewhere): it is inserted again below.
    qsizetype next = 0;
    for (int k = 0; k < rows.size();) {
        if (next < expected.size() && rows.at(k).id == expected.at(next)) {
            ++k;
            ++next;
            continue;
        }
        expected.removeOne(rows.at(k).id);
        beginRemoveRows(parent, firstRow + k, firstRow + k);
        rows.removeAt(k);
        indexSites();
        endRemoveRows();
    }
    // What is left is in fresh's order: insert the rest where they belong.
    for (int j = 0; j < fresh.size(); ++j) {
        if (j < rows.size() && rows.at(j).id == fresh.at(j).id)
            continue;
        beginInsertRows(parent, firstRow + j, firstRow + j);
        rows.insert(j, fresh.at(j));
        indexSites();
        endInsertRows();
    }
}

void SourceTreeModel::apply(SourceCounts counts)
{
    for (SourceCounts::Site &site : counts.sites) {
        for (SourceCounts::Folder &folder : site.folders) {
            const QString key = QString::number(site.id) + u'/' + folder.remoteId;
            auto it = m_folderIds.constFind(key);
            if (it == m_folderIds.cend())
                it = m_folderIds.insert(key, qint64(m_folderIds.size()) + 1);
            folder.id = *it;
        }
    }
    syncRows(QModelIndex(), kFixedRows, m_counts.sites, counts.sites);
    for (int i = 0; i < int(m_counts.sites.size()); ++i) {
        const QModelIndex siteIndex = index(kFixedRows + i, 0);
        SourceCounts::Site &site = m_counts.sites[i];
        const SourceCounts::Site &fresh = counts.sites.at(i);
        syncRows(siteIndex, 0, site.folders, fresh.folders);
        syncRows(siteIndex, int(site.folders.size()), site.feeds, fresh.feeds);
        for (int j = 0; j < int(site.folders.size()); ++j)
            syncRows(index(j, 0, siteIndex), 0, site.folders[j].feeds, fresh.folders.at(j).feeds);
    }
    // Same rows now; names and numbers are copied in place and announced.
    m_counts = counts;
    indexSites();
    announceChanges(QModelIndex());
    emit reloaded();
}

void SourceTreeModel::announceChanges(const QModelIndex &parent)
{
    const int rows = rowCount(parent);
    if (rows == 0)
        return;
    emit dataChanged(index(0, 0, parent), index(rows - 1, ColumnCount - 1, parent),
                     {Qt::DisplayRole, UnreadRole, Qt::FontRole, Qt::ToolTipRole});
    for (int row = 0; row < rows; ++row) {
        const QModelIndex child = index(row, 0, parent);
        if (rowCount(child) > 0)
            announceChanges(child);
    }
}

QModelIndex SourceTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    const Location at = locate(parent);
    if (at.node == Node::Folder)
        return createIndex(row, column, kFolderBit | quintptr(at.folder->id));
    return createIndex(row, column, quintptr(at.site->id));
}

QModelIndex SourceTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    if ((child.internalId() & kFolderBit) != 0) {
        const auto folder = m_folderRows.constFind(qint64(child.internalId() & ~kFolderBit));
        if (folder == m_folderRows.cend())
            return {};
        return createIndex(folder->second, 0, quintptr(folder->first));
    }
    const int row = siteRow(child.internalId());
    return row < 0 ? QModelIndex() : createIndex(kFixedRows + row, 0, quintptr(0));
}

SourceTreeModel::Location SourceTreeModel::locate(const QModelIndex &index) const
{
    Location at;
    const quintptr id = index.internalId();
    if (id == 0) {
        if (index.row() >= kFixedRows) {
            at.node = Node::Site;
            at.site = &m_counts.sites.at(index.row() - kFixedRows);
        }
        return at;
    }
    if ((id & kFolderBit) != 0) {
        const auto folder = m_folderRows.constFind(qint64(id & ~kFolderBit));
        at.site = &m_counts.sites.at(siteRow(quintptr(folder->first)));
        at.folder = &at.site->folders.at(folder->second);
        at.node = Node::Feed;
        at.feed = &at.folder->feeds.at(index.row());
        return at;
    }
    at.site = &m_counts.sites.at(siteRow(id));
    const int folders = int(at.site->folders.size());
    if (index.row() < folders) {
        at.node = Node::Folder;
        at.folder = &at.site->folders.at(index.row());
    } else {
        at.node = Node::Feed;
        at.feed = &at.site->feeds.at(index.row() - folders);
    }
    return at;
}

int SourceTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return kFixedRows + int(m_counts.sites.size());
    if (parent.column() != 0)
        return 0;
    const Location at = locate(parent);
    switch (at.node) {
    case Node::Site:
        return int(at.site->folders.size() + at.site->feeds.size());
    case Node::Folder:
        return int(at.folder->feeds.size());
    case Node::Fixed:
    case Node::Feed:
        break;
    }
    return 0;
}

int SourceTreeModel::columnCount(const QModelIndex & /*parent*/) const
{
    return ColumnCount;
}

QVariant SourceTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    QString name;
    qint64 unread = 0;
    ArticleFilter filter;
    QString toolTip;
    const Location at = locate(index);
    switch (at.node) {
    case Node::Fixed: {
        static const char *const kNames[] = {QT_TR_NOOP("All articles"), QT_TR_NOOP("Unread"), QT_TR_NOOP("Starred")};
        name = tr(kNames[index.row()]);
        const qint64 numbers[] = {m_counts.unread, m_counts.unread, m_counts.starred};
        unread = numbers[index.row()];
        const ArticleFilter::Kind kinds[]
                = {ArticleFilter::Kind::All, ArticleFilter::Kind::Unread, ArticleFilter::Kind::Starred};
        filter.kind = kinds[index.row()];
        break;
    }
    case Node::Site:
        name = at.site->name;
        unread = at.site->unread;
        filter = {ArticleFilter::Kind::Site, at.site->id, {}};
        if (at.site->isAccount)
            toolTip = tr(
                    "An account with a feed service: its feeds and marks sync with the service (File ▸ Accounts…)");
        break;
    case Node::Folder:
        name = at.folder->title;
        unread = at.folder->unread;
        filter = {ArticleFilter::Kind::Folder, at.site->id, at.folder->remoteId};
        toolTip = tr("A folder of %1").arg(at.site->name);
        break;
    case Node::Feed:
        name = at.feed->title;
        unread = at.feed->unread;
        filter = {ArticleFilter::Kind::Feed, at.feed->id, {}};
        break;
    }
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == NameColumn)
            return name;
        return unread > 0 ? QVariant(unread) : QVariant();
    case Qt::FontRole:
        if (unread > 0) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ToolTipRole:
        return toolTip.isEmpty() ? QVariant() : QVariant(toolTip);
    case Qt::TextAlignmentRole:
        return index.column() == UnreadColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case FilterRole:
        return QVariant::fromValue(filter);
    case UnreadRole:
        return unread;
    case AccountIdRole:
        return at.site ? at.site->accountId : qint64(-1);
    case AccountKindRole:
        return at.site ? at.site->accountKind : QString();
    default:
        return {};
    }
}

QVariant SourceTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return section == NameColumn ? tr("Source") : tr("Unread");
    return QAbstractItemModel::headerData(section, orientation, role);
}

} // namespace tidings
