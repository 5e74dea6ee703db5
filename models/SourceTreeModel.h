#pragma once

#include "storage/ArticleQueries.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QPointer>

namespace tidings {

class StorageThread;

// The News pane's left side: "All articles", "Unread", "Starred", then each site with its article
// feeds, with unread counts; an account's site shows its service's folders, each with its feeds, then
// the feeds in no folder. Read on the reader thread. A reload changes the tree row by row: sites
// and feeds that came or went are inserted or removed, names and counts change in place, so the
// selection and expansion stay (there is no reset).
class SourceTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, UnreadColumn, ColumnCount };
    enum Role {
        FilterRole = Qt::UserRole + 1, // ArticleFilter: what selecting this row lists
        UnreadRole, // qint64
        AccountIdRole, // qint64: the account a site, folder or feed belongs to; -1 for local ones
        AccountKindRole, // QString: "ttrss" | "greader"; empty for local ones
    };

    explicit SourceTreeModel(StorageThread *reader, QObject *parent = nullptr);

    void reload();

    [[nodiscard]] QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    [[nodiscard]] QModelIndex parent(const QModelIndex &child) const override;
    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

signals:
    void reloaded();

private:
    static constexpr int kFixedRows = 3; // All, Unread, Starred
    // A feed in a folder carries this bit and its folder's id as internal id; a site's rows (folders
    // and feeds in no folder) carry the site's id; top-level rows carry 0.
    static constexpr quintptr kFolderBit = quintptr(1) << (sizeof(quintptr) * 8 - 2);
    enum class Node { Fixed, Site, Folder, Feed };
    struct Location
    {
        Node node = Node::Fixed;
        const SourceCounts::Site *site = nullptr;
        const SourceCounts::Folder *folder = nullptr;
        const SourceCounts::Feed *feed = nullptr;
    };
    [[nodiscard]] Location locate(const QModelIndex &index) const;
    void apply(SourceCounts counts);
    // Makes rows (under parent, from firstRow) hold the same items as fresh, in its order, by
    // removing and inserting rows only; the items kept are not touched.
    template<typename Item>
    void syncRows(const QModelIndex &parent, int firstRow, QList<Item> &rows, const QList<Item> &fresh);
    void indexSites();
    [[nodiscard]] int siteRow(quintptr siteId) const { return m_siteRows.value(qint64(siteId), -1); }
    void announceChanges(const QModelIndex &parent);

    QPointer<StorageThread> m_reader;
    SourceCounts m_counts;
    // Feed rows carry their site's id as internal id (top-level rows carry 0), which stays true while
    // sites come and go around them; this finds the site's row from it.
    QHash<qint64, int> m_siteRows;
    // Folder ids, given once per (site, remote id) and kept while the model lives, and where each
    // folder is now: its site's id and its row under the site.
    QHash<QString, qint64> m_folderIds;
    QHash<qint64, std::pair<qint64, int>> m_folderRows;
};

} // namespace tidings
