#include "SourceTreeModel.h"

#include "storage/StorageThread.h"

#include <QFont>

namespace tidings {
namespace {

// Children carry their site's row + 1 as internal id; top-level rows carry 0.
quintptr siteTag(int siteIndex)
{
    return quintptr(siteIndex) + 1;
}

bool sameShape(const SourceCounts &a, const SourceCounts &b)
{
    if (a.sites.size() != b.sites.size())
        return false;
    for (qsizetype i = 0; i < a.sites.size(); ++i) {
        if (a.sites[i].id != b.sites[i].id || a.sites[i].name != b.sites[i].name
            || a.sites[i].feeds.size() != b.sites[i].feeds.size())
            return false;
        for (qsizetype j = 0; j < a.sites[i].feeds.size(); ++j) {
            if (a.sites[i].feeds[j].id != b.sites[i].feeds[j].id
                || a.sites[i].feeds[j].title != b.sites[i].feeds[j].title)
                return false;
        }
    }
    return true;
}

} // namespace

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
    m_reader->run([](Store &store) { return sourceCounts(store.database()); })
            .then(this, [this](const SourceCounts &counts) {
                // Never inside the caller's own change: see ArticleListModel::fetchMore.
                QMetaObject::invokeMethod(
                        this, [this, counts] { apply(counts); }, Qt::QueuedConnection);
            });
}

void SourceTreeModel::apply(const SourceCounts &counts)
{
    if (sameShape(counts, m_counts)) {
        m_counts = counts;
        // Only the numbers changed: tell the views which, and keep their selection and expansion.
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1),
                         {Qt::DisplayRole, UnreadRole, Qt::FontRole});
        for (int i = 0; i < int(m_counts.sites.size()); ++i) {
            const QModelIndex site = index(kFixedRows + i, 0);
            if (rowCount(site) > 0)
                emit dataChanged(index(0, 0, site), index(rowCount(site) - 1, ColumnCount - 1, site),
                                 {Qt::DisplayRole, UnreadRole, Qt::FontRole});
        }
    } else {
        beginResetModel();
        m_counts = counts;
        endResetModel();
    }
    emit reloaded();
}

QModelIndex SourceTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    return createIndex(row, column, siteTag(parent.row() - kFixedRows));
}

QModelIndex SourceTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1) + kFixedRows, 0, quintptr(0));
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
        const SourceCounts::Feed &feed = m_counts.sites.at(int(index.internalId() - 1)).feeds.at(index.row());
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
