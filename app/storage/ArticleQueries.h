#pragma once

#include "Database.h"

#include <QList>
#include <QString>

namespace tidings {

// Which articles a list shows.
struct ArticleFilter
{
    enum class Kind { All, Unread, Starred, Site, Feed, Search };
    Kind kind = Kind::All;
    qint64 id = -1; // the site or feed
    QString query; // for Search
    friend bool operator==(const ArticleFilter &, const ArticleFilter &) = default;
};

struct ArticleListRow
{
    qint64 id = -1;
    QString title;
    QString site;
    QString author;
    qint64 publishedAt = 0;
    int commentCount = 0;
    bool read = false;
    bool starred = false;
};

// Where the next page starts: after this row in the list's order (newest first), or, for search
// results in rank order, after this many rows.
struct PageCursor
{
    qint64 publishedAt = 0;
    qint64 id = 0;
    int offset = 0;
    bool atStart = true;
};

// One page of a list, read with keyset pagination: the cost of a page does not grow with how far
// down the list it is. Reads only; safe on a read-only connection.
[[nodiscard]] QList<ArticleListRow> articlePage(Database &db, const ArticleFilter &filter, const PageCursor &after,
                                                int limit);

// The cursor that continues after the last row of a page.
[[nodiscard]] PageCursor cursorAfter(const PageCursor &previous, const QList<ArticleListRow> &page);

} // namespace tidings
