#include "ArticleQueries.h"

#include "util/Html.h"

#include "Store.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace tidings {

QString accountFolderFeedsSql()
{
    return u"SELECT af.feed_id FROM account_feeds af JOIN accounts ac ON ac.id = af.account_id "
           u"WHERE ac.site_id = ? AND af.folder_id = ?"_qs;
}

QString articleFilterCondition(Database &db, const ArticleFilter &filter, const QString &alias, QVariantList &values)
{
    switch (filter.kind) {
    case ArticleFilter::Kind::All:
        return {};
    case ArticleFilter::Kind::Unread:
        // Article ids are unique across feeds. The Unread list itself is read from the unread table's
        // date index (listQuery), and marking it read empties the table (Store::markAllRead).
        return alias + u"id IN (SELECT article_id FROM unread_articles)"_qs;
    case ArticleFilter::Kind::Starred:
        return alias + u"is_starred = 1"_qs;
    case ArticleFilter::Kind::Feed:
        values.append(filter.id);
        return alias + u"feed_id = ?"_qs;
    case ArticleFilter::Kind::Site:
        values.append(filter.id);
        return alias + u"feed_id IN (SELECT id FROM feeds WHERE site_id = ?)"_qs;
    case ArticleFilter::Kind::Search:
        values.append(Store::articleFtsQuery(db, filter.query));
        return alias + u"id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)"_qs;
    case ArticleFilter::Kind::Folder:
        values.append(filter.id);
        values.append(filter.query);
        return alias + u"feed_id IN ("_qs + accountFolderFeedsSql() + u')';
    }
    return {};
}

namespace {

QList<ArticleListRow> listQuery(Database &db, const ArticleFilter &filter, const PageCursor &after, int limit,
                                bool newer);

// Where an article comes from, as the list and the reader name it: its site; for an article of an
// account, its feed, as the account's site is the service, which holds the feeds of many sites.
QString articleSourceSql()
{
    return u"CASE WHEN EXISTS (SELECT 1 FROM accounts ac WHERE ac.site_id = s.id) "
           u"THEN coalesce(nullif(f.title, ''), s.name) ELSE s.name END"_qs;
}

// What a list row shows; readRow() takes the columns in this order.
QString rowColumns()
{
    // Comments: the stored thread where there is one, else what the feed says (slash:comments);
    // new ones: stored since the user last looked at the thread. Both counts read only the index
    // comments_by_article (article_id, fetched_at).
    return u"SELECT a.id, a.title, "_qs + articleSourceSql()
            + u", coalesce(a.author, ''), coalesce(a.published_at, 0), "
              u"max(coalesce(a.comment_count, 0), (SELECT count(*) FROM comments c WHERE c.article_id = a.id)), "
              u"NOT EXISTS (SELECT 1 FROM unread_articles u WHERE u.feed_id = a.feed_id AND u.article_id = a.id), "
              u"a.is_starred, "
              u"CASE WHEN a.thread_seen_at IS NULL THEN 0 ELSE (SELECT count(*) FROM comments c "
              u"WHERE c.article_id = a.id AND c.fetched_at > a.thread_seen_at) END FROM articles a "
              u"JOIN feeds f ON f.id = a.feed_id JOIN sites s ON s.id = f.site_id "_qs;
}

ArticleListRow readRow(const QSqlQuery &q)
{
    ArticleListRow r{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                     q.value(4).toLongLong(), q.value(5).toInt(),    q.value(6).toBool(),   q.value(7).toBool()};
    r.newCommentCount = q.value(8).toInt();
    return r;
}

} // namespace

QList<ArticleListRow> articleRows(Database &db, const QList<qint64> &ids)
{
    QList<ArticleListRow> rows;
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.prepare(rowColumns() + u"WHERE a.id = ?"_qs))
        return rows;
    rows.reserve(ids.size());
    for (const qint64 id : ids) {
        q.addBindValue(id);
        if (q.exec() && q.next())
            rows.append(readRow(q));
        q.finish();
    }
    return rows;
}

QList<ArticleListRow> articlePage(Database &db, const ArticleFilter &filter, const PageCursor &after, int limit)
{
    return listQuery(db, filter, after, limit, false);
}

QList<ArticleListRow> articlesNewerThan(Database &db, const ArticleFilter &filter, qint64 publishedAt, qint64 id,
                                        int limit)
{
    if (filter.kind == ArticleFilter::Kind::Search)
        return {};
    PageCursor above;
    above.atStart = false;
    above.publishedAt = publishedAt;
    above.id = id;
    return listQuery(db, filter, above, limit, true);
}

namespace {

QList<ArticleListRow> listQuery(Database &db, const ArticleFilter &filter, const PageCursor &after, int limit,
                                bool newer)
{
    QVariantList values;
    // Searches take their own path below; every other list is a condition plus keyset paging.
    const QString where = filter.kind == ArticleFilter::Kind::Search
            ? QString()
            : articleFilterCondition(db, filter, u"a."_qs, values);
    QString sql = rowColumns();
    if (filter.kind == ArticleFilter::Kind::Search) {
        const QString fts = Store::articleFtsQuery(db, filter.query);
        if (fts.isEmpty())
            return {};
        // Newest matches first, as the list always is: FTS5 walks its index in rowid order and stops at
        // the page, where ranking by bm25 scores every match first (764 ms for common words in 100k
        // articles, against 50 ms allowed while typing). `tidings search` still ranks best first.
        // The next page starts below the last rowid shown (FTS5 seeks there), not after skipping
        // OFFSET matches, so page 500 costs what page 1 does.
        sql += after.atStart ? u"JOIN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? "_qs
                             : u"JOIN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? AND rowid < ? "_qs;
        sql += u"ORDER BY rowid DESC LIMIT ?) m ON m.rowid = a.id ORDER BY a.id DESC"_qs;
        values = after.atStart ? QVariantList{fts, limit} : QVariantList{fts, after.id, limit};
    } else {
        // The Unread list walks the unread table's date index and joins each row's article, so its
        // first page costs the same with ten unread articles among a million as with a million.
        // Its keys equal the article's (the store keeps published_at beside the mark).
        const bool unread = filter.kind == ArticleFilter::Kind::Unread;
        const QString order = unread ? u"(u.published_at, u.article_id)"_qs : u"(a.published_at, a.id)"_qs;
        QStringList conditions;
        if (unread)
            sql += u"JOIN unread_articles u ON u.feed_id = a.feed_id AND u.article_id = a.id "_qs;
        else if (!where.isEmpty())
            conditions.append(where);
        if (!after.atStart) {
            conditions.append(order + (newer ? u" > (?, ?)"_qs : u" < (?, ?)"_qs));
            values.append(after.publishedAt);
            values.append(after.id);
        }
        if (!conditions.isEmpty())
            sql += u"WHERE "_qs + conditions.join(u" AND "_qs);
        sql += unread ? u" ORDER BY u.published_at DESC, u.article_id DESC LIMIT ?"_qs
                      : u" ORDER BY a.published_at DESC, a.id DESC LIMIT ?"_qs;
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
    while (q.next())
        rows.append(readRow(q));
    return rows;
}

} // namespace

PageCursor cursorAfter(const PageCursor &previous, const QList<ArticleListRow> &page)
{
    PageCursor next = previous;
    if (!page.isEmpty()) {
        next.atStart = false;
        next.publishedAt = page.last().publishedAt;
        next.id = page.last().id;
    }
    return next;
}

} // namespace tidings

namespace tidings {

SourceCounts sourceCounts(Database &db)
{
    SourceCounts counts;
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    // The store keeps each feed's counts (schema 7): a row a feed, not a count over a million articles.
    // An account's feeds come with their folder (schema 8), folders by title, then feeds in no folder.
    if (q.exec(u"SELECT s.id, s.name, f.id, coalesce(nullif(f.title, ''), f.url), f.unread_count, "
               u"ac.id IS NOT NULL, fo.remote_id, fo.title, ac.id, ac.kind FROM sites s "
               u"JOIN feeds f ON f.site_id = s.id LEFT JOIN accounts ac ON ac.site_id = s.id "
               u"LEFT JOIN account_feeds af ON af.feed_id = f.id "
               u"LEFT JOIN account_folders fo ON fo.account_id = af.account_id AND fo.remote_id = af.folder_id "
               u"WHERE f.kind = 'articles' AND f.article_id IS NULL "
               u"ORDER BY s.name COLLATE NOCASE, s.id, fo.title IS NULL, fo.title COLLATE NOCASE, fo.remote_id, "
               u"f.id"_qs)) {
        while (q.next()) {
            const qint64 siteId = q.value(0).toLongLong();
            if (counts.sites.isEmpty() || counts.sites.last().id != siteId) {
                SourceCounts::Site site;
                site.id = siteId;
                site.name = q.value(1).toString();
                site.isAccount = q.value(5).toBool();
                site.accountId = site.isAccount ? q.value(8).toLongLong() : -1;
                site.accountKind = q.value(9).toString();
                counts.sites.append(site);
            }
            SourceCounts::Site &site = counts.sites.last();
            const qint64 unread = q.value(4).toLongLong();
            const SourceCounts::Feed feed{q.value(2).toLongLong(), q.value(3).toString(), unread};
            if (q.value(6).isNull()) {
                site.feeds.append(feed);
            } else {
                const QString folderId = q.value(6).toString();
                if (site.folders.isEmpty() || site.folders.last().remoteId != folderId)
                    site.folders.append({-1, folderId, q.value(7).toString(), 0, {}});
                site.folders.last().feeds.append(feed);
                site.folders.last().unread += unread;
            }
            site.unread += unread;
            counts.unread += unread;
        }
    }
    // An account with no feed yet still shows, so it can be given one (Subscribe to a Feed…).
    if (q.exec(u"SELECT s.id, s.name, ac.id, ac.kind FROM accounts ac JOIN sites s ON s.id = ac.site_id "
               u"WHERE NOT EXISTS (SELECT 1 FROM feeds f WHERE f.site_id = s.id AND f.kind = 'articles' "
               u"AND f.article_id IS NULL)"_qs)) {
        while (q.next()) {
            SourceCounts::Site site;
            site.id = q.value(0).toLongLong();
            site.name = q.value(1).toString();
            site.isAccount = true;
            site.accountId = q.value(2).toLongLong();
            site.accountKind = q.value(3).toString();
            const auto at = std::find_if(counts.sites.begin(), counts.sites.end(), [&](const SourceCounts::Site &s) {
                return s.name.compare(site.name, Qt::CaseInsensitive) > 0;
            });
            counts.sites.insert(at, site);
        }
    }
    // Folders holding no feed show too: a feed can be moved into one.
    if (q.exec(u"SELECT ac.site_id, fo.remote_id, fo.title FROM account_folders fo "
               u"JOIN accounts ac ON ac.id = fo.account_id ORDER BY fo.title COLLATE NOCASE, fo.remote_id"_qs)) {
        while (q.next()) {
            const qint64 siteId = q.value(0).toLongLong();
            const auto site = std::find_if(counts.sites.begin(), counts.sites.end(),
                                           [siteId](const SourceCounts::Site &s) { return s.id == siteId; });
            if (site == counts.sites.end())
                continue;
            const QString remoteId = q.value(1).toString();
            const QString title = q.value(2).toString();
            QList<SourceCounts::Folder> &folders = site->folders;
            if (std::any_of(folders.cbegin(), folders.cend(),
                            [&remoteId](const SourceCounts::Folder &f) { return f.remoteId == remoteId; }))
                continue;
            const auto at = std::find_if(folders.begin(), folders.end(), [&title](const SourceCounts::Folder &f) {
                return f.title.compare(title, Qt::CaseInsensitive) > 0;
            });
            folders.insert(at, {-1, remoteId, title, 0, {}});
        }
    }
    if (q.exec(u"SELECT (SELECT coalesce(sum(article_count), 0) FROM feeds), "
               u"(SELECT count(*) FROM articles WHERE is_starred = 1)"_qs)
        && q.next()) {
        counts.all = q.value(0).toLongLong();
        counts.starred = q.value(1).toLongLong();
    }
    return counts;
}

ArticleDetail articleDetail(Database &db, qint64 articleId, ArticleParts parts)
{
    ArticleDetail d;
    QSqlQuery q(db.connection());
    q.prepare(u"SELECT a.id, a.title, "_qs + articleSourceSql()
              + u", coalesce(a.author, ''), coalesce(a.link, ''), coalesce(a.published_at, 0), "
                u"coalesce(nullif(a.content_html, ''), a.summary_html, ''), "
                u"NOT EXISTS (SELECT 1 FROM unread_articles u WHERE u.feed_id = a.feed_id AND u.article_id = a.id), "
                u"a.is_starred, a.comments_open, "
                u"coalesce(a.comments_note, ''), coalesce(a.thread_seen_at, 0) FROM articles a "
                u"JOIN feeds f ON f.id = a.feed_id JOIN sites s ON s.id = f.site_id WHERE a.id = ?"_qs);
    q.addBindValue(articleId);
    if (!q.exec() || !q.next())
        return d;
    d.id = q.value(0).toLongLong();
    d.title = q.value(1).toString();
    d.site = q.value(2).toString();
    d.author = q.value(3).toString();
    d.link = q.value(4).toString();
    d.publishedAt = q.value(5).toLongLong();
    d.bodyHtml = q.value(6).toString();
    d.read = q.value(7).toBool();
    d.starred = q.value(8).toBool();
    if (!q.value(9).isNull())
        d.commentsOpen = q.value(9).toBool();
    d.commentsNote = q.value(10).toString();
    d.threadSeenAt = q.value(11).toLongLong();
    if (parts == ArticleParts::ArticleOnly)
        return d;

    QSqlQuery c(db.connection());
    c.prepare(u"SELECT c.id, coalesce(c.parent_id, 0), coalesce(c.author_name, ''), coalesce(c.author_url, ''), "
              u"coalesce(c.published_at, 0), c.content_html, coalesce(c.link, ''), c.fetched_at, "
              u"EXISTS (SELECT 1 FROM comment_outbox o WHERE o.comment_id = c.id) "
              u"FROM comments c WHERE c.article_id = ? ORDER BY c.published_at, c.id"_qs);
    c.addBindValue(articleId);
    if (!c.exec())
        return d;
    // Nodes are keyed by stored comment id, and by minus the outbox id for the user's pending ones.
    QList<ArticleDetail::Comment> all;
    QList<qint64> keys;
    QList<qint64> parents;
    while (c.next()) {
        ArticleDetail::Comment comment;
        comment.id = c.value(0).toLongLong();
        comment.parentId = c.value(1).toLongLong() > 0 ? c.value(1).toLongLong() : -1;
        comment.author = c.value(2).toString();
        comment.authorUrl = c.value(3).toString();
        comment.publishedAt = c.value(4).toLongLong();
        comment.contentHtml = c.value(5).toString();
        comment.link = c.value(6).toString();
        comment.isNew = d.threadSeenAt > 0 && c.value(7).toLongLong() > d.threadSeenAt;
        comment.mine = c.value(8).toBool();
        all.append(comment);
        keys.append(comment.id);
        parents.append(qMax<qint64>(comment.parentId, 0));
    }
    Outbox outbox(db);
    for (const OutboxItem &item : outbox.pendingForArticle(articleId)) {
        ArticleDetail::Comment comment;
        comment.author = item.authorName;
        comment.authorUrl = item.authorUrl;
        comment.publishedAt = item.sentAt > 0 ? item.sentAt : item.createdAt;
        // What the user wrote is text: paragraphs by blank lines, nothing taken as markup.
        QStringList paragraphs;
        for (const QString &p : item.body.split(u"\n\n"_qs, Qt::SkipEmptyParts))
            paragraphs << u"<p>"_qs + html::escape(p.trimmed()).replace(u'\n', u"<br>"_qs) + u"</p>"_qs;
        comment.contentHtml = paragraphs.join(QString());
        comment.link = item.remoteLink;
        comment.mine = true;
        comment.outboxId = item.id;
        comment.parentId = item.parentCommentId;
        comment.parentOutboxId = item.parentOutboxId;
        comment.outboxState = item.state;
        comment.outboxError = item.lastError;
        comment.nextAttemptAt = item.nextAttemptAt;
        all.append(comment);
        keys.append(-item.id);
        parents.append(item.parentOutboxId >= 0 ? -item.parentOutboxId : qMax<qint64>(item.parentCommentId, 0));
    }
    const QSet<qint64> known(keys.cbegin(), keys.cend());
    QHash<qint64, QList<qsizetype>> children; // parent key (0: top) -> indexes into all
    for (qsizetype i = 0; i < all.size(); ++i)
        children[known.contains(parents[i]) ? parents[i] : 0].append(i); // orphaned replies show at the top
    // Depth-first, iteratively: a deep thread must not overflow the stack.
    QList<std::pair<qsizetype, int>> stack;
    QSet<qsizetype> emitted;
    const QList<qsizetype> top = children.value(0);
    // Pushed in reverse so the oldest comes off the stack first.
    for (qsizetype i = top.size() - 1; i >= 0; --i)
        stack.append({top.at(i), 0});
    while (!stack.isEmpty()) {
        const auto [index, depth] = stack.takeLast();
        ArticleDetail::Comment comment = all[index];
        comment.depth = depth;
        d.comments.append(comment);
        emitted.insert(index);
        const QList<qsizetype> kids = children.value(keys[index]);
        for (qsizetype i = kids.size() - 1; i >= 0; --i)
            stack.append({kids.at(i), depth + 1});
    }
    // Replies whose parents form a cycle are never reached from the top; show them rather than lose them.
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (!emitted.contains(i))
            d.comments.append(all[i]);
    }
    return d;
}

} // namespace tidings
