#include "ArticleListModel.h"

#include "DateText.h"

#include "storage/StorageThread.h"
#include "util/Futures.h"

#include <QDateTime>
#include <QFont>
#include <QHash>
#include <QLocale>
#include <QSet>

namespace tidings {

ArticleListModel::ArticleListModel(StorageThread *reader, QObject *parent)
    : QAbstractTableModel(parent)
    , m_reader(reader)
{ }

void ArticleListModel::setFilter(const ArticleFilter &filter)
{
    beginResetModel();
    m_filter = filter;
    m_rows.clear();
    m_cursor = {};
    m_loading = false;
    m_exhausted = false;
    m_hasFilter = true;
    ++m_generation;
    endResetModel();
    fetchMore({});
}

int ArticleListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ArticleListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ArticleListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ArticleListRow &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return r.title;
        case SiteColumn:
            return r.site;
        case AuthorColumn:
            return r.author;
        case DateColumn:
            // Computed when painted, so "5 min ago" stays true as the view repaints.
            return DateText::relative(r.publishedAt, QDateTime::currentSecsSinceEpoch());
        case CommentsColumn:
            if (r.commentCount <= 0)
                return {};
            if (r.newCommentCount > 0) {
                //: The article list's comment count with the new ones: "12 (+3)"
                return tr("%1 (+%2)").arg(QLocale().toString(r.commentCount), QLocale().toString(r.newCommentCount));
            }
            return QLocale().toString(r.commentCount);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == CommentsColumn && r.commentCount > 0) {
            return r.newCommentCount > 0
                    ? tr("%n comment(s), %1 new since you last read the thread", nullptr, r.commentCount)
                              .arg(r.newCommentCount)
                    : tr("%n comment(s)", nullptr, r.commentCount);
        }
        if (index.column() == DateColumn)
            return DateText::exact(r.publishedAt);
        return {};
    case Qt::FontRole:
        if (!r.read) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == CommentsColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case IdRole:
        return r.id;
    case ReadRole:
        return r.read;
    case StarredRole:
        return r.starred;
    case PublishedRole:
        return QDateTime::fromSecsSinceEpoch(r.publishedAt, Qt::UTC);
    case CommentCountRole:
        return r.commentCount;
    case NewCommentCountRole:
        return r.newCommentCount;
    default:
        return {};
    }
}

QVariant ArticleListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case SiteColumn:
        return tr("Site");
    case AuthorColumn:
        return tr("Author");
    case DateColumn:
        return tr("Date");
    case CommentsColumn:
        return tr("Comments");
    default:
        return {};
    }
}

bool ArticleListModel::canFetchMore(const QModelIndex &parent) const
{
    if (parent.isValid())
        return false;
    return m_hasFilter && !m_exhausted && !m_loading && m_reader;
}

void ArticleListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_loading = true;
    const quint64 generation = m_generation;
    const ArticleFilter filter = m_filter;
    const PageCursor cursor = m_cursor;
    whenReady(m_reader->run([filter, cursor](Store &store) {
        return articlePage(store.database(), filter, cursor, kPageSize);
    }),
              this, [this, generation](const QList<ArticleListRow> &page) {
                  // The page may be handed over while the caller of fetchMore is still running (a view
                  // or tester handling another change); a model must not begin one
                  // change inside another, so the rows go in from the event loop.
                  QMetaObject::invokeMethod(
                          this, [this, generation, page] { appendPage(generation, page); }, Qt::QueuedConnection);
              });
}

void ArticleListModel::appendPage(quint64 generation, const QList<ArticleListRow> &page)
{
    if (generation != m_generation)
        return; // asked for under another filter
    m_loading = false;
    m_exhausted = page.size() < kPageSize;
    m_cursor = cursorAfter(m_cursor, page);
    if (!page.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(page.size()) - 1);
        m_rows.append(page);
        endInsertRows();
    }
    emit pageLoaded(int(page.size()));
}

void ArticleListModel::loadNewer()
{
    if (!m_hasFilter || !m_reader)
        return;
    if (m_rows.isEmpty() || m_filter.kind == ArticleFilter::Kind::Search) {
        if (!m_loading)
            setFilter(m_filter);
        return;
    }
    const quint64 generation = m_generation;
    const ArticleFilter filter = m_filter;
    const ArticleListRow top = m_rows.first();
    whenReady(m_reader->run([filter, top](Store &store) {
        return articlesNewerThan(store.database(), filter, top.publishedAt, top.id, kPageSize);
    }),
              this, [this, generation](const QList<ArticleListRow> &newer) {
                  QMetaObject::invokeMethod(
                          this,
                          [this, generation, newer] {
                              if (generation != m_generation || newer.isEmpty())
                                  return;
                              if (newer.size() >= kPageSize) {
                                  setFilter(m_filter); // too many to splice in: start the list again
                                  return;
                              }
                              beginInsertRows({}, 0, int(newer.size()) - 1);
                              m_rows = newer + m_rows;
                              endInsertRows();
                          },
                          Qt::QueuedConnection);
              });
}

void ArticleListModel::reloadRows(const QList<qint64> &ids, bool everyRow)
{
    if (!m_hasFilter || !m_reader || m_rows.isEmpty())
        return;
    QList<qint64> held;
    if (everyRow) {
        held.reserve(m_rows.size());
        for (const ArticleListRow &r : std::as_const(m_rows))
            held.append(r.id);
    } else {
        const QSet<qint64> wanted(ids.cbegin(), ids.cend());
        for (const ArticleListRow &r : std::as_const(m_rows)) {
            if (wanted.contains(r.id))
                held.append(r.id);
        }
    }
    if (held.isEmpty())
        return;
    const quint64 generation = m_generation;
    whenReady(m_reader->run([held](Store &store) { return articleRows(store.database(), held); }), this,
              [this, generation](const QList<ArticleListRow> &fresh) {
                  QMetaObject::invokeMethod(
                          this, [this, generation, fresh] { replaceRows(generation, fresh); }, Qt::QueuedConnection);
              });
}

void ArticleListModel::replaceRows(quint64 generation, const QList<ArticleListRow> &fresh)
{
    if (generation != m_generation || fresh.isEmpty())
        return;
    QHash<qint64, const ArticleListRow *> byId;
    byId.reserve(fresh.size());
    for (const ArticleListRow &r : fresh)
        byId.insert(r.id, &r);
    // Rows may have moved since the read was asked for (new ones spliced in above), so they are
    // found again here; changes go out as runs of neighbouring rows.
    int first = -1;
    auto flush = [this, &first](int end) {
        if (first >= 0)
            emit dataChanged(index(first, 0), index(end - 1, ColumnCount - 1));
        first = -1;
    };
    for (int row = 0; row < m_rows.size(); ++row) {
        const ArticleListRow *r = byId.value(m_rows.at(row).id);
        if (r && *r != m_rows.at(row)) {
            m_rows[row] = *r;
            if (first < 0)
                first = row;
        } else {
            flush(row);
        }
    }
    flush(int(m_rows.size()));
}

qint64 ArticleListModel::articleId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : -1;
}

void ArticleListModel::setRead(int row, bool read)
{
    if (row < 0 || row >= m_rows.size() || m_rows[row].read == read)
        return;
    m_rows[row].read = read;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1), {ReadRole, Qt::FontRole});
}

void ArticleListModel::setStarred(int row, bool starred)
{
    if (row < 0 || row >= m_rows.size() || m_rows[row].starred == starred)
        return;
    m_rows[row].starred = starred;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1), {StarredRole});
}

} // namespace tidings
