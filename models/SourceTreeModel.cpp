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
    for (int i = 0; i < int(m_counts.sites.size()); ++i)
        m_siteRows.insert(m_counts.sites.at(i).id, i);
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

void SourceTreeModel::apply(const SourceCounts &counts)
{
    syncRows(QModelIndex(), kFixedRows, m_counts.sites, counts.sites);
    for (int i = 0; i < int(m_counts.sites.size()); ++i)
        syncRows(index(kFixedRows + i, 0), 0, m_counts.sites[i].feeds, counts.sites.at(i).feeds);
    // Same rows now; names and numbers are copied in place and announced.
    m_counts = counts;
    indexSites();
    emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::DisplayRole, UnreadRole, Qt::FontRole});
    for (int i = 0; i < int(m_counts.sites.size()); ++i) {
        const QModelIndex site = index(kFixedRows + i, 0);
        if (rowCount(site) > 0)
            emit dataChanged(index(0, 0, site), index(rowCount(site) - 1, ColumnCount - 1, site),
                             {Qt::DisplayRole, UnreadRole, Qt::FontRole});
    }
    emit reloaded();
}

QModelIndex SourceTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    return createIndex(row, column, quintptr(m_counts.sites.at(parent.row() - kFixedRows).id));
}

QModelIndex SourceTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    const int row = siteRow(child.internalId());
    return row < 0 ? QModelIndex() : createIndex(kFixedRows + row, 0, quintptr(0));
}

int SourceTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return kFixedRows + int(m_counts.sites.size());
    if (parent.column() != 0 || parent.internalId() != 0 || parent.row() < kFixedRows)
        return 0;
    return int(m_counts.sites.at(parent.row() - kFixedRows).feeds.size());
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
    if (index.internalId() == 0 && index.row() < kFixedRows) {
        static const char *const kNames[] = {QT_TR_NOOP("All articles"), QT_TR_NOOP("Unread"), QT_TR_NOOP("Starred")};
        name = tr(kNames[index.row()]);
        const qint64 numbers[] = {m_counts.unread, m_counts.unread, m_counts.starred};
        unread = numbers[index.row()];
        const ArticleFilter::Kind kinds[]
                = {ArticleFilter::Kind::All, ArticleFilter::Kind::Unread, ArticleFilter::Kind::Starred};
        filter.kind = kinds[index.row()];
    } else if (index.internalId() == 0) {
        const SourceCounts::Site &site = m_counts.sites.at(index.row() - kFixedRows);
        name = site.name;
        unread = site.unread;
        filter = {ArticleFilter::Kind::Site, site.id, {}};
    } else {
        const SourceCounts::Feed &feed = m_counts.sites.at(siteRow(index.internalId())).feeds.at(index.row());
        name = feed.title;
        unread = feed.unread;
        filter = {ArticleFilter::Kind::Feed, feed.id, {}};
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
    case Qt::TextAlignmentRole:
        return index.column() == UnreadColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case FilterRole:
        return QVariant::fromValue(filter);
    case UnreadRole:
        return unread;
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
