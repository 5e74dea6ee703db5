#pragma once

#include "storage/ArticleQueries.h"

#include <QAbstractItemModel>
#include <QPointer>

namespace tidings {

class StorageThread;

// The News pane's left side: "All articles", "Unread", "Starred", then each site with its article
// feeds, with unread counts. Read on the reader thread; a reload that finds the same sites and feeds
// only updates the counts, so selection and expansion stay.
class SourceTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, UnreadColumn, ColumnCount };
    enum Role {
        FilterRole = Qt::UserRole + 1, // ArticleFilter: what selecting this row lists
        UnreadRole, // qint64
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
    void apply(const SourceCounts &counts);

    QPointer<StorageThread> m_reader;
    SourceCounts m_counts;
};

} // namespace tidings
