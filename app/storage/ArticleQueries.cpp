#include "ArticleQueries.h"

#include "Store.h"

#include <QSqlQuery>
#include <QVariant>

namespace tidings {

QList<ArticleListRow> articlePage(Database &db, const ArticleFilter &filter, const PageCursor &after, int limit)
{
    QString where;
    QVariantList values;
    switch (filter.kind) {
    case ArticleFilter::Kind::All:
        break;
    case ArticleFilter::Kind::Unread:
        where = u"a.is_read = 0"_qs;
        break;
    case ArticleFilter::Kind::Starred:
        where = u"a.is_starred = 1"_qs;
        break;
    case ArticleFilter::Kind::Feed:
        where = u"a.feed_id = ?"_qs;
        values.append(filter.id);
        break;
    case ArticleFilter::Kind::Site:
        where = u"a.feed_id IN (SELECT id FROM feeds WHERE site_id = ?)"_qs;
        values.append(filter.id);
        break;
    case ArticleFilter::Kind::Search:
        break;
    }
    QString sql = u"SELECT a.id, a.title, s.name, coalesce(a.author, ''), coalesce(a.published_at, 0), "
                  u"coalesce(a.comment_count, 0), a.is_read, a.is_starred FROM articles a "
                  u"JOIN feeds f ON f.id = a.feed_id JOIN sites s ON s.id = f.site_id "_qs;
    if (filter.kind == ArticleFilter::Kind::Search) {
        const QString fts = Store::ftsQuery(filter.query);
        if (fts.isEmpty())
            return {};
        // Ranked results have no stable key to continue from; pages are short, so an offset is fine.
        sql += u"JOIN articles_fts ON articles_fts.rowid = a.id WHERE articles_fts MATCH ? "
               u"ORDER BY bm25(articles_fts, 10.0, 5.0, 1.0) LIMIT ? OFFSET ?"_qs;
        values = {fts, limit, after.offset};
    } else {
        QStringList conditions;
        if (!where.isEmpty())
            conditions.append(where);
        if (!after.atStart) {
            conditions.append(u"(a.published_at, a.id) < (?, ?)"_qs);
            values.append(after.publishedAt);
            values.append(after.id);
        }
        if (!conditions.isEmpty())
            sql += u"WHERE "_qs + conditions.join(u" AND "_qs);
        sql += u" ORDER BY a.published_at DESC, a.id DESC LIMIT ?"_qs;
        values.append(limit);
    }
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    QList<ArticleListRow> rows;
    if (!q.exec())
        return rows;
    rows.reserve(limit);
    while (q.next()) {
        rows.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                     q.value(4).toLongLong(), q.value(5).toInt(), q.value(6).toBool(), q.value(7).toBool()});
    }
    return rows;
}

PageCursor cursorAfter(const PageCursor &previous, const QList<ArticleListRow> &page)
{
    PageCursor next = previous;
    next.offset += int(page.size());
    if (!page.isEmpty()) {
        next.atStart = false;
        next.publishedAt = page.last().publishedAt;
        next.id = page.last().id;
    }
    return next;
}

} // namespace tidings
