#pragma once

#include "storage/ArticleQueries.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace tidings {

class StorageThread;

// The article list: lazy, a page at a time. Pages are read on a reader thread (its own read-only
// connection), never on the GUI thread: fetchMore() asks for the next page and returns at once;
// the rows are inserted when the page arrives.
class ArticleListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TitleColumn, SiteColumn, AuthorColumn, DateColumn, CommentsColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, // qint64 article id
        ReadRole, // bool
        StarredRole, // bool
        PublishedRole, // QDateTime, UTC
        CommentCountRole, // int: the stored thread's size, else what the feed says
        NewCommentCountRole, // int: comments stored since the user last looked at the thread
    };

    static constexpr int kPageSize = 200;

    explicit ArticleListModel(StorageThread *reader, QObject *parent = nullptr);

    // Shows another list: the rows go, and the first page of the new list is asked for.
    void setFilter(const ArticleFilter &filter);
    [[nodiscard]] const ArticleFilter &filter() const { return m_filter; }

    // After a refresh: puts rows newer than the top one above it, keeping selection and scroll
    // position. A list that gained more than a page, or a search, is reloaded instead.
    void loadNewer();
    // After a refresh changed stored articles: re-reads those of them the list holds (every row it
    // holds when `everyRow`, for "too many to name") and updates them in place; no reset, so the
    // selection and scroll position stay. Their order stays too until the list is opened again.
    void reloadRows(const QList<qint64> &ids, bool everyRow = false);

    // Reflects a mark the user made (the store is written elsewhere) without reloading.
    void setRead(int row, bool read);
    void setStarred(int row, bool starred);
    [[nodiscard]] qint64 articleId(int row) const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;
    [[nodiscard]] bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // True while a page is being read.
    [[nodiscard]] bool isLoading() const { return m_loading; }

signals:
    void pageLoaded(int rows);

private:
    void appendPage(quint64 generation, const QList<ArticleListRow> &page);
    void replaceRows(quint64 generation, const QList<ArticleListRow> &fresh);

    QPointer<StorageThread> m_reader;
    ArticleFilter m_filter;
    QList<ArticleListRow> m_rows;
    PageCursor m_cursor;
    quint64 m_generation = 0; // pages asked for under an earlier filter are dropped
    bool m_loading = false;
    bool m_exhausted = false;
    bool m_hasFilter = false; // nothing is listed (or fetched) until a list is chosen
};

} // namespace tidings
