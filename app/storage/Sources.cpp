#include "Sources.h"

#include "BoundQuery.h"

#include "util/WordPress.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QVariant>

#include <algorithm>

namespace tidings {
namespace {

DocumentKind kindFromName(const QString &name)
{
    if (name == u"comments")
        return DocumentKind::Comments;
    if (name == u"products")
        return DocumentKind::Products;
    return DocumentKind::Articles;
}

QVariant orNull(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

constexpr auto kFeedColumns = "SELECT f.id, f.site_id, coalesce(f.article_id, -1), s.name, f.kind, f.url, "
                              "coalesce(f.title, ''), coalesce(f.format, ''), f.etag, f.last_modified, f.body_hash, "
                              "coalesce(f.last_fetched_at, 0), coalesce(f.last_success_at, 0), "
                              "coalesce(f.next_refresh_at, 0), coalesce(f.last_error, ''), f.error_count, "
                              "coalesce(f.stopped_reason, ''), coalesce(s.refresh_interval_s, 0), "
                              "EXISTS (SELECT 1 FROM account_feeds af WHERE af.feed_id = f.id) "
                              "FROM feeds f JOIN sites s ON s.id = f.site_id ";

// How long an item the site has published is waited for from the service: threads are read for
// articles stored in the last two days (threadsToRefresh), so after that it no longer matters.
constexpr qint64 kWaitForServiceSeconds = qint64{2} * 86400;

} // namespace

bool Sources::exec(const QString &sql, const QVariantList &values)
{
    QSqlQuery q(m_db.connection());
    return execBound(q, sql, values, m_error);
}

QList<FeedRow> Sources::readFeeds(const QString &where, const QVariantList &values)
{
    QList<FeedRow> rows;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!execBound(q, QString::fromLatin1(kFeedColumns) + where, values, m_error))
        return rows;
    while (q.next()) {
        FeedRow f;
        f.id = q.value(0).toLongLong();
        f.siteId = q.value(1).toLongLong();
        f.articleId = q.value(2).toLongLong();
        f.siteName = q.value(3).toString();
        f.kind = kindFromName(q.value(4).toString());
        f.url = q.value(5).toString();
        f.title = q.value(6).toString();
        f.format = q.value(7).toString();
        f.etag = q.value(8).toString();
        f.lastModified = q.value(9).toString();
        f.bodyHash = q.value(10).toByteArray();
        f.lastFetchedAt = q.value(11).toLongLong();
        f.lastSuccessAt = q.value(12).toLongLong();
        f.nextRefreshAt = q.value(13).toLongLong();
        f.lastError = q.value(14).toString();
        f.errorCount = q.value(15).toInt();
        f.stoppedReason = q.value(16).toString();
        f.siteIntervalSeconds = q.value(17).toLongLong();
        f.accountFeed = q.value(18).toBool();
        rows.append(f);
    }
    return rows;
}

QList<SiteRow> Sources::sites()
{
    QList<SiteRow> result;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT id, name, coalesce(home_url, ''), coalesce(rest_api_url, ''), coalesce(folder, ''), "
                u"coalesce(refresh_interval_s, 0) FROM sites ORDER BY name COLLATE NOCASE"_qs)) {
        m_error = q.lastError().text();
        return result;
    }
    while (q.next()) {
        result.append({q.value(0).toLongLong(),
                       q.value(1).toString(),
                       q.value(2).toString(),
                       q.value(3).toString(),
                       q.value(4).toString(),
                       q.value(5).toLongLong(),
                       {}});
    }
    for (SiteRow &s : result)
        s.feeds = readFeeds(u"WHERE f.site_id = ? AND f.article_id IS NULL ORDER BY f.kind, f.id"_qs, {s.id});
    return result;
}

std::optional<SiteRow> Sources::site(const QString &nameOrUrl)
{
    for (SiteRow &s : sites()) {
        if (s.name.compare(nameOrUrl, Qt::CaseInsensitive) == 0 || (!s.homeUrl.isEmpty() && s.homeUrl == nameOrUrl))
            return s;
    }
    return std::nullopt;
}

qint64 Sources::insertSite(const SiteRow &site)
{
    if (!exec(u"INSERT INTO sites (name, home_url, rest_api_url, folder, created_at) VALUES (?, ?, ?, ?, "
              u"strftime('%s')) "
              u"ON CONFLICT (name) DO UPDATE SET home_url = coalesce(excluded.home_url, home_url), "
              u"rest_api_url = coalesce(excluded.rest_api_url, rest_api_url), folder = coalesce(excluded.folder, folder)"_qs,
              {site.name, orNull(site.homeUrl), orNull(site.restApiUrl), orNull(site.folder)})) {
        return -1;
    }
    QSqlQuery idQuery(m_db.connection());
    idQuery.prepare(u"SELECT id FROM sites WHERE name = ?"_qs);
    idQuery.addBindValue(site.name);
    if (!idQuery.exec() || !idQuery.next()) {
        m_error = idQuery.lastError().text();
        return -1;
    }
    const qint64 siteId = idQuery.value(0).toLongLong();
    for (const FeedRow &f : site.feeds) {
        if (!exec(u"INSERT INTO feeds (site_id, kind, url, title) VALUES (?, ?, ?, ?) ON CONFLICT (site_id, url) DO NOTHING"_qs,
                  {siteId, kindName(f.kind), f.url, orNull(f.title)})) {
            return -1;
        }
    }
    return siteId;
}

QString Sources::freeSiteName(const SiteRow &site)
{
    const auto sameSite = [&site](const SiteRow &stored) {
        if (!site.homeUrl.isEmpty() && stored.homeUrl == site.homeUrl)
            return true;
        return std::ranges::any_of(site.feeds, [&stored](const FeedRow &feed) {
            return std::ranges::any_of(stored.feeds, [&feed](const FeedRow &s) { return s.url == feed.url; });
        });
    };
    const QList<SiteRow> stored = sites();
    // Taken: another site has the name (names compare case-insensitively, as site() finds them).
    const auto taken = [&](const QString &name) {
        return std::ranges::any_of(stored, [&](const SiteRow &s) {
            return s.name.compare(name, Qt::CaseInsensitive) == 0 && !sameSite(s);
        });
    };
    if (!taken(site.name))
        return site.name;
    QString host = QUrl(site.homeUrl).host();
    if (host.isEmpty() && !site.feeds.isEmpty())
        host = QUrl(site.feeds.first().url).host();
    // A name, not a sentence: it is stored and stays the same whatever the language.
    QString name = site.name + u" ("_qs + host + u')';
    for (int n = 2; taken(name); ++n)
        name = site.name + u" ("_qs + host + u' ' + QString::number(n) + u')';
    return name;
}

qint64 Sources::addSite(SiteRow &site)
{
    // A site of the same name at another address is another site: the name is what tells them apart
    // in the store, so it gets the host beside it rather than merging the two.
    site.name = freeSiteName(site);
    if (!addSites({site}))
        return -1;
    const auto stored = this->site(site.name);
    return stored ? stored->id : -1;
}

bool Sources::addSites(const QList<SiteRow> &sites)
{
    if (!m_db.exec(u"BEGIN IMMEDIATE"_qs)) {
        m_error = m_db.error();
        return false;
    }
    for (const SiteRow &site : sites) {
        if (site.name.trimmed().isEmpty()) {
            m_error = tr("a site needs a name");
        } else if (insertSite(site) >= 0) {
            continue;
        }
        QSqlQuery(m_db.connection()).exec(u"ROLLBACK"_qs);
        return false;
    }
    if (!m_db.exec(u"COMMIT"_qs)) {
        m_error = m_db.error();
        QSqlQuery(m_db.connection()).exec(u"ROLLBACK"_qs);
        return false;
    }
    return true;
}

bool Sources::removeSite(qint64 siteId)
{
    // Foreign keys cascade: feeds, their articles, comments, products, variants and cart lines.
    return exec(u"DELETE FROM sites WHERE id = ?"_qs, {siteId});
}

QList<FeedRow> Sources::feedsToRefresh(qint64 siteId, qint64 now, bool force, bool accountFeeds)
{
    // An account's articles come from its service (AccountSync, schema 8); its feeds are fetched here
    // only for their comment threads, and only where the service gave their address (not
    // "account-feed:ID").
    QString where = u"WHERE f.stopped_reason IS NULL AND f.article_id IS NULL "
                    u"AND (f.id NOT IN (SELECT feed_id FROM account_feeds) "
                    u"OR (? AND (f.url LIKE 'http://%' OR f.url LIKE 'https://%')))"_qs;
    QVariantList values{accountFeeds};
    if (siteId >= 0) {
        where += u" AND f.site_id = ?"_qs;
        values.append(siteId);
    }
    if (!force) {
        where += u" AND coalesce(f.next_refresh_at, 0) <= ?"_qs;
        values.append(now);
    }
    return readFeeds(where + u" ORDER BY f.site_id, f.id"_qs, values);
}

QList<FeedRow> Sources::threadsToRefresh(qint64 siteId, qint64 now, int limit, bool force)
{
    QList<FeedRow> threads;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    // The recent articles come from two indexes (read_at, fetched_at), not from a walk of every
    // article newest first, which read a whole store of a million old articles at every refresh.
    q.prepare(u"SELECT a.id, f.site_id, s.name, a.comment_feed_url, t.id, s.rest_api_url, a.guid "
              u"FROM (SELECT id FROM articles WHERE read_at > ? UNION SELECT id FROM articles WHERE fetched_at > ?) r "
              u"JOIN articles a ON a.id = r.id JOIN feeds f ON f.id = a.feed_id JOIN sites s ON s.id = f.site_id "
              u"LEFT JOIN feeds t ON t.article_id = a.id "
              // An account's article has its thread feed from its site's feed (attachSiteComments),
              // perhaps with nothing on the article itself that names it: the service's copy of the
              // article names no comments, nor its site a REST API (the account's site is many sites).
              u"WHERE (a.comment_feed_url IS NOT NULL OR s.rest_api_url IS NOT NULL OR t.id IS NOT NULL) "
              u"AND f.stopped_reason IS NULL "
              u"AND f.kind = 'articles' AND (? < 0 OR f.site_id = ?) "
              u"AND (t.id IS NULL OR t.stopped_reason IS NULL) "
              u"AND (t.id IS NULL OR ? OR coalesce(t.next_refresh_at, 0) <= ?) "
              u"ORDER BY a.published_at DESC LIMIT ?"_qs);
    for (const QVariant &v :
         QVariantList{now - qint64{7} * 86400, now - qint64{2} * 86400, siteId, siteId, force, now, limit})
        q.addBindValue(v);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return threads;
    }
    // A thread's feed row belongs to the first article that named its URL; other articles naming
    // the same URL (a post listed in two feeds) find it by URL, so it is fetched once per refresh
    // and always with its validators.
    QList<qint64> known;
    QSet<QString> seenUrls;
    while (q.next()) {
        if (!q.value(4).isNull()) {
            known.append(q.value(4).toLongLong());
            continue;
        }
        FeedRow f;
        f.articleId = q.value(0).toLongLong();
        f.siteId = q.value(1).toLongLong();
        f.siteName = q.value(2).toString();
        f.kind = DocumentKind::Comments;
        // WordPress's REST API carries the reply tree (its comment feeds do not): use it where the
        // site has one and the article's guid names its post id (WordPress writes "?p=123"). Newest
        // first: new comments are on the first page, and later pages are read only while pages
        // bring new ones (RefreshEngine follows the Link header's rel="next").
        const QString rest = q.value(5).toString();
        const QString postId = wordpress::postIdFrom(q.value(6).toString());
        if (!rest.isEmpty() && !postId.isEmpty()) {
            f.url = restThreadUrl(rest, postId);
        } else {
            f.url = q.value(3).toString();
        }
        if (f.url.isEmpty() || seenUrls.contains(f.url))
            continue;
        seenUrls.insert(f.url);
        const QList<FeedRow> existing = readFeeds(u"WHERE f.site_id = ? AND f.url = ?"_qs, {f.siteId, f.url});
        if (existing.isEmpty()) {
            threads.append(f);
            continue;
        }
        const FeedRow &row = existing.first();
        if (row.stoppedReason.isEmpty() && (force || row.nextRefreshAt <= now))
            known.append(row.id);
    }
    QSet<qint64> listed;
    for (qint64 id : std::as_const(known)) {
        if (listed.contains(id))
            continue;
        listed.insert(id);
        threads.append(readFeeds(u"WHERE f.id = ?"_qs, {id}));
    }
    return threads;
}

qint64 Sources::ensureThreadFeed(const FeedRow &thread)
{
    if (thread.id >= 0)
        return thread.id;
    if (!exec(u"INSERT INTO feeds (site_id, kind, url, article_id) VALUES (?, 'comments', ?, ?) "
              u"ON CONFLICT (site_id, url) DO UPDATE SET article_id = coalesce(feeds.article_id, excluded.article_id)"_qs,
              {thread.siteId, thread.url, thread.articleId})) {
        return -1;
    }
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT id FROM feeds WHERE site_id = ? AND url = ?"_qs);
    q.addBindValue(thread.siteId);
    q.addBindValue(thread.url);
    return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
}

QString Sources::restThreadUrl(const QString &restApiRoot, const QString &postId)
{
    return wordpress::restUrl(restApiRoot, u"wp/v2/comments"_qs,
                              u"post=%1&per_page=100&orderby=id&order=desc"_qs.arg(postId))
            .toString();
}

bool Sources::attachSiteComments(const FeedRow &accountFeed, const QList<SiteCommentInfo> &items,
                                 const QString &restApiRoot, qint64 now, SiteComments &result)
{
    result = {};
    m_error.clear();
    QSqlDatabase db = m_db.connection();
    // By link through articles_by_link; "+feed_id" keeps the planner off articles_by_feed, which
    // would walk every article of a large feed to find one link.
    QSqlQuery find(db);
    find.setForwardOnly(true);
    find.prepare(u"SELECT id, coalesce(comments_url, ''), coalesce(comment_feed_url, ''), "
                 u"coalesce(comment_count, -1) FROM articles WHERE link = ? AND +feed_id = ? LIMIT 1"_qs);
    QSqlQuery update(db);
    update.prepare(u"UPDATE articles SET comments_url = coalesce(?, comments_url), "
                   u"comment_feed_url = coalesce(?, comment_feed_url), comment_count = coalesce(?, comment_count) "
                   u"WHERE id = ?"_qs);
    QSqlQuery hasThread(db);
    hasThread.setForwardOnly(true);
    hasThread.prepare(u"SELECT 1 FROM feeds WHERE article_id = ? LIMIT 1"_qs);
    QSqlQuery addThread(db);
    addThread.prepare(u"INSERT INTO feeds (site_id, kind, url, article_id) VALUES (?, 'comments', ?, ?) "
                      u"ON CONFLICT (site_id, url) DO NOTHING"_qs);
    auto run = [this](QSqlQuery &q, const QVariantList &values) {
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (q.exec())
            return true;
        m_error = q.lastError().text();
        return false;
    };
    auto findArticle = [&](const QString &link, qint64 &id, QString &commentsUrl, QString &commentFeedUrl, int &count) {
        if (link.isEmpty() || !run(find, {link, accountFeed.id}))
            return false;
        const bool found = find.next();
        if (found) {
            id = find.value(0).toLongLong();
            commentsUrl = find.value(1).toString();
            commentFeedUrl = find.value(2).toString();
            count = find.value(3).toInt();
        }
        find.finish();
        return found;
    };

    if (!m_db.exec(u"BEGIN IMMEDIATE"_qs)) {
        m_error = m_db.error();
        return false;
    }
    const auto fail = [this] {
        QSqlQuery(m_db.connection()).exec(u"ROLLBACK"_qs);
        return false;
    };
    for (const SiteCommentInfo &item : items) {
        // WordPress names the post in its guid ("?p=123"); with plain permalinks, in the link.
        QString postId = wordpress::postIdFrom(item.guid);
        if (postId.isEmpty())
            postId = wordpress::postIdFrom(item.link);
        const QString threadUrl = !restApiRoot.isEmpty() && !postId.isEmpty() ? restThreadUrl(restApiRoot, postId)
                                                                              : item.commentFeedUrl;
        if (!threadUrl.isEmpty())
            ++result.offered;
        qint64 articleId = -1;
        QString commentsUrl;
        QString commentFeedUrl;
        int count = -1;
        // A guid that is a permalink is the link a service may have kept.
        if (!findArticle(item.link, articleId, commentsUrl, commentFeedUrl, count) && item.guid != item.link
            && item.guid.startsWith(u"http")) {
            (void)findArticle(item.guid, articleId, commentsUrl, commentFeedUrl, count);
        }
        if (!m_error.isEmpty())
            return fail();
        if (articleId < 0) {
            if (!threadUrl.isEmpty() && item.publishedAt > now - kWaitForServiceSeconds)
                result.waitingForService = true;
            continue;
        }
        ++result.matched;
        const bool changed = (!item.commentsUrl.isEmpty() && item.commentsUrl != commentsUrl)
                || (!item.commentFeedUrl.isEmpty() && item.commentFeedUrl != commentFeedUrl)
                || (item.commentCount >= 0 && item.commentCount != count);
        if (changed) {
            if (!run(update,
                     {orNull(item.commentsUrl), orNull(item.commentFeedUrl),
                      item.commentCount >= 0 ? QVariant(item.commentCount) : QVariant(QMetaType::fromType<int>()),
                      articleId}))
                return fail();
            ++result.counts.updated;
            (void)result.counts.noteChanged(articleId);
        } else {
            ++result.counts.unchanged;
        }
        if (threadUrl.isEmpty())
            continue;
        // An article keeps the thread feed it was first given: another source of the same thread
        // (its REST API learnt later) would name its comments otherwise and show each twice.
        if (!run(hasThread, {articleId}))
            return fail();
        const bool known = hasThread.next();
        hasThread.finish();
        if (known)
            continue;
        if (!run(addThread, {accountFeed.siteId, threadUrl, articleId}))
            return fail();
        if (addThread.numRowsAffected() > 0)
            ++result.threadsAdded;
    }
    if (!m_db.exec(u"COMMIT"_qs)) {
        m_error = m_db.error();
        return fail();
    }
    return true;
}

bool Sources::recordSuccess(qint64 feedId, const QString &etag, const QString &lastModified, const QByteArray &bodyHash,
                            qint64 now, qint64 nextRefreshAt)
{
    return exec(u"UPDATE feeds SET etag = ?, last_modified = ?, body_hash = ?, last_fetched_at = ?, "
                u"last_success_at = ?, next_refresh_at = ?, last_error = NULL, error_count = 0 WHERE id = ?"_qs,
                {orNull(etag), orNull(lastModified),
                 bodyHash.isEmpty() ? QVariant(QMetaType::fromType<QByteArray>()) : QVariant(bodyHash), now, now,
                 nextRefreshAt, feedId});
}

bool Sources::recordFailure(qint64 feedId, const QString &error, int errorCount, qint64 now, qint64 nextRefreshAt)
{
    return exec(
            u"UPDATE feeds SET last_error = ?, error_count = ?, last_fetched_at = ?, next_refresh_at = ? WHERE id = ?"_qs,
            {error, errorCount, now, nextRefreshAt, feedId});
}

bool Sources::stop(qint64 feedId, const QString &reason, qint64 now)
{
    return exec(u"UPDATE feeds SET stopped_reason = ?, last_error = ?, last_fetched_at = ? WHERE id = ?"_qs,
                {reason, reason, now, feedId});
}

bool Sources::moveTo(qint64 feedId, const QString &url)
{
    return exec(u"UPDATE feeds SET url = ? WHERE id = ?"_qs, {url, feedId});
}

} // namespace tidings
