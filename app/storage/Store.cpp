#include "Store.h"

#include "ArticleQueries.h"
#include "Outbox.h"
#include "SqliteStatement.h"
#include "StoreStatements.h"
#include "util/Dates.h"
#include "util/Html.h"

#include <QCryptographicHash>
#include <QLoggingCategory>
#include <QSqlError>
#include <QVariant>

#include <sqlite3.h>

Q_LOGGING_CATEGORY(lcStore, "tidings.store", QtWarningMsg)

namespace tidings {
namespace {

// NULL for empty text and unknown numbers, so the columns say "not given" rather than "".
QVariant orNull(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

// For NOT NULL text columns: a null QString would bind as SQL NULL.
QVariant text(const QString &s)
{
    return s.isNull() ? QVariant(QString(u""_qs)) : QVariant(s);
}

QByteArray hashOf(std::initializer_list<QString> fields)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    for (const QString &f : fields) {
        hash.addData(f.toUtf8());
        hash.addData(QByteArrayView("\0", 1));
    }
    return hash.result();
}

QString availabilityOrDefault(const QString &value)
{
    static const QStringList kKnown = {u"in_stock"_qs, u"out_of_stock"_qs, u"preorder"_qs, u"backorder"_qs};
    return kKnown.contains(value) ? value : u"in_stock"_qs;
}

} // namespace

bool ImportCounts::noteChanged(qint64 articleId)
{
    if (changedOverflow)
        return false;
    if (changedArticles.contains(articleId))
        return true;
    if (changedArticles.size() >= kMaxChanged) {
        changedOverflow = true;
        return false;
    }
    changedArticles.append(articleId);
    return true;
}

ImportCounts &ImportCounts::operator+=(const ImportCounts &o)
{
    added += o.added;
    updated += o.updated;
    unchanged += o.unchanged;
    changedOverflow = changedOverflow || o.changedOverflow;
    for (const qint64 id : o.changedArticles)
        noteChanged(id);
    return *this;
}

Store::Store() = default;
Store::~Store() = default;

bool Store::open(const QString &path, Database::Mode mode)
{
    m_q.reset();
    m_insertArticle.reset();
    m_indexArticle.reset();
    m_updateArticle.reset();
    m_markNewUnread.reset();
    m_countNewArticle.reset();
    m_journalMark.reset();
    if (!m_db.open(path, mode)) {
        m_error = m_db.error();
        return false;
    }
    m_q = std::make_unique<Statements>(m_db.connection());
    return true;
}

QSqlQuery &Store::prepared(QSqlQuery &query, const char *sql)
{
    if (query.lastQuery().isEmpty()) {
        query.setForwardOnly(true);
        if (!query.prepare(QString::fromUtf8(sql)))
            qCWarning(lcStore) << "cannot prepare" << sql << query.lastError().text();
    }
    return query;
}

bool Store::fail(const QSqlQuery &query)
{
    m_error = Database::describe(query.lastError());
    qCWarning(lcStore) << query.lastQuery().left(80) << m_error;
    return false;
}

bool Store::begin()
{
    // IMMEDIATE takes the write lock now, so a busy database is reported here, not halfway through.
    if (!m_db.exec(u"BEGIN IMMEDIATE"_qs)) {
        m_error = m_db.error();
        return false;
    }
    return true;
}

bool Store::commit()
{
    if (!m_db.exec(u"COMMIT"_qs)) {
        m_error = m_db.error();
        rollback();
        return false;
    }
    return true;
}

void Store::rollback()
{
    // Quietly: after SQLITE_FULL and some other errors SQLite has already rolled back itself.
    QSqlQuery q(m_db.connection());
    (void)q.exec(u"ROLLBACK"_qs);
}

qint64 Store::siteIdByName(const QString &name)
{
    QSqlQuery &q = prepared(m_q->findSite, "SELECT id FROM sites WHERE name = ?");
    q.addBindValue(name);
    if (!q.exec())
        return fail(q), -1;
    const qint64 id = q.next() ? q.value(0).toLongLong() : -1;
    q.finish();
    return id;
}

qint64 Store::ensureSite(const QString &name, const QString &homeUrl)
{
    const qint64 existing = siteIdByName(name);
    if (existing >= 0)
        return existing;
    QSqlQuery &q = prepared(m_q->insertSite, "INSERT INTO sites (name, home_url, created_at) VALUES (?, ?, ?)");
    q.addBindValue(name);
    q.addBindValue(orNull(homeUrl));
    q.addBindValue(QDateTime::currentSecsSinceEpoch());
    if (!q.exec())
        return fail(q), -1;
    return q.lastInsertId().toLongLong();
}

qint64 Store::ensureFeed(qint64 siteId, DocumentKind kind, const QString &url)
{
    QSqlQuery &find = prepared(m_q->findFeed, "SELECT id FROM feeds WHERE site_id = ? AND url = ?");
    find.addBindValue(siteId);
    find.addBindValue(url);
    if (!find.exec())
        return fail(find), -1;
    if (find.next()) {
        const qint64 id = find.value(0).toLongLong();
        find.finish();
        return id;
    }
    QSqlQuery &q = prepared(m_q->insertFeed, "INSERT INTO feeds (site_id, kind, url) VALUES (?, ?, ?)");
    q.addBindValue(siteId);
    q.addBindValue(kindName(kind));
    q.addBindValue(url);
    if (!q.exec())
        return fail(q), -1;
    return q.lastInsertId().toLongLong();
}

bool Store::updateFeedInfo(qint64 feedId, const FeedInfo &info)
{
    QSqlQuery &q = prepared(m_q->updateFeed,
                            "UPDATE feeds SET title = coalesce(?, title), format = ?, last_success_at = ?, "
                            "last_error = NULL, error_count = 0 WHERE id = ?");
    q.addBindValue(orNull(info.title.plain()));
    q.addBindValue(formatName(info.format));
    q.addBindValue(QDateTime::currentSecsSinceEpoch());
    q.addBindValue(feedId);
    return q.exec() || fail(q);
}

bool Store::upsertArticle(qint64 feedId, const ArticleRecord &r, qint64 now, ImportCounts &counts)
{
    // A new article is inserted and then indexed by a second statement, not by a trigger. A statement
    // that fires a trigger writing to FTS5 runs inside a statement savepoint, and FTS5 writes out its
    // pending terms at every savepoint: the index was built one article at a time, a segment each,
    // merged over and over (62% of the storage thread's instructions). Written this way FTS5 keeps
    // the terms of the whole transaction in memory and writes them in a few large segments: the
    // storage thread does about a third of the work. An existing article is updated in place, only
    // when its content changed (rare), and there the update trigger keeps the index.
    if (!m_insertArticle) {
        m_insertArticle = std::make_unique<SqliteStatement>(
                m_db.handle(),
                "INSERT INTO articles (feed_id, item_key, guid, link, title, author, published_at, updated_at, "
                "summary_html, content_html, body_text, image_url, categories, enclosures, comments_url, "
                "comment_feed_url, comment_count, content_hash, fetched_at) "
                "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19) "
                "ON CONFLICT (feed_id, item_key) DO NOTHING");
        m_indexArticle = std::make_unique<SqliteStatement>(
                m_db.handle(), "INSERT INTO articles_fts (rowid, title, author, body_text) VALUES (?1, ?2, ?3, ?4)");
        // A new article is unread; its feed's counts grow with it (schema 7).
        m_markNewUnread = std::make_unique<SqliteStatement>(
                m_db.handle(), "INSERT INTO unread_articles (feed_id, article_id, published_at) VALUES (?1, ?2, ?3)");
        m_countNewArticle = std::make_unique<SqliteStatement>(
                m_db.handle(),
                "UPDATE feeds SET unread_count = unread_count + 1, article_count = article_count + 1 WHERE id = ?1");
        // Read and starred marks are never touched.
        m_updateArticle = std::make_unique<SqliteStatement>(
                m_db.handle(),
                "UPDATE articles SET guid = ?3, link = ?4, title = ?5, author = ?6, published_at = ?7, "
                "updated_at = ?8, summary_html = ?9, content_html = ?10, body_text = ?11, image_url = ?12, "
                "categories = ?13, enclosures = ?14, comments_url = ?15, comment_feed_url = ?16, "
                "comment_count = ?17, content_hash = ?18, fetched_at = ?19 WHERE feed_id = ?1 AND item_key = ?2");
    }
    auto bindRow = [&](SqliteStatement &q) {
        q.bindInt64(1, feedId);
        q.bindRequiredText(2, r.itemKey);
        q.bindText(3, r.guid);
        q.bindText(4, r.link);
        q.bindRequiredText(5, r.title);
        q.bindText(6, r.author);
        // An article without a date sorts as when it was first seen, so every row has a place in the list.
        q.bindInt64(7, r.publishedAt ? r.publishedAt : now);
        r.updatedAt ? q.bindInt64(8, r.updatedAt) : q.bindNull(8);
        q.bindText(9, r.summaryHtml);
        q.bindText(10, r.contentHtml);
        q.bindRequiredText(11, r.bodyText);
        q.bindText(12, r.imageUrl);
        q.bindText(13, r.categories);
        q.bindText(14, r.enclosuresJson);
        q.bindText(15, r.commentsUrl);
        q.bindText(16, r.commentFeedUrl);
        r.commentCount >= 0 ? q.bindInt64(17, r.commentCount) : q.bindNull(17);
        q.bindBlob(18, r.contentHash);
        q.bindInt64(19, now);
    };
    auto failed = [this](const SqliteStatement &q) {
        m_error = Database::describe(q.resultCode(), q.error());
        qCWarning(lcStore) << "storing an article failed:" << m_error;
        return false;
    };

    sqlite3 *db = m_db.handle();
    SqliteStatement &insert = *m_insertArticle;
    bindRow(insert);
    if (!insert.exec())
        return failed(insert);
    if (sqlite3_changes(db) == 1) {
        const qint64 id = sqlite3_last_insert_rowid(db);
        SqliteStatement &index = *m_indexArticle;
        index.bindInt64(1, id);
        index.bindRequiredText(2, r.title);
        index.bindText(3, r.author);
        index.bindRequiredText(4, r.bodyText);
        if (!index.exec())
            return failed(index);
        SqliteStatement &unread = *m_markNewUnread;
        unread.bindInt64(1, feedId);
        unread.bindInt64(2, id);
        unread.bindInt64(3, r.publishedAt ? r.publishedAt : now);
        if (!unread.exec())
            return failed(unread);
        SqliteStatement &count = *m_countNewArticle;
        count.bindInt64(1, feedId);
        if (!count.exec())
            return failed(count);
        ++counts.added;
        return true;
    }
    // Stored already. The hash is compared first: the update statement carries the index trigger,
    // and running it at all opens the savepoint that makes FTS5 write out what it holds.
    QSqlQuery &find
            = prepared(m_q->articleByKey, "SELECT id, content_hash FROM articles WHERE feed_id = ? AND item_key = ?");
    find.addBindValue(feedId);
    find.addBindValue(QString::fromUtf8(r.itemKey)); // bound as text: a byte array would be a blob
    if (!find.exec())
        return fail(find);
    if (!find.next()) {
        find.finish();
        m_error = tr("an article vanished while it was being stored");
        return false;
    }
    const qint64 id = find.value(0).toLongLong();
    const bool unchanged = find.value(1).toByteArray() == r.contentHash;
    find.finish();
    if (unchanged) {
        ++counts.unchanged;
        return true;
    }
    SqliteStatement &update = *m_updateArticle;
    bindRow(update);
    if (!update.exec())
        return failed(update);
    // The Unread list orders by the date kept beside the mark.
    QSqlQuery &date = prepared(m_q->unreadDate,
                               "UPDATE unread_articles SET published_at = ? WHERE feed_id = ? AND article_id = ?");
    date.addBindValue(r.publishedAt ? r.publishedAt : now);
    date.addBindValue(feedId);
    date.addBindValue(id);
    if (!date.exec())
        return fail(date);
    ++counts.updated;
    counts.noteChanged(id);
    return true;
}

qint64 Store::findArticleForComments(const QString &commentFeedUrl, const QString &articleRef)
{
    auto firstId = [this](QSqlQuery &q, const QString &value) -> qint64 {
        if (value.isEmpty())
            return -1;
        q.addBindValue(value);
        if (!q.exec())
            return fail(q), -1;
        const qint64 id = q.next() ? q.value(0).toLongLong() : -1;
        q.finish();
        return id;
    };
    qint64 id = firstId(prepared(m_q->articleByLink, "SELECT id FROM articles WHERE link = ? ORDER BY id DESC LIMIT 1"),
                        articleRef);
    // The guid is in the unique (feed_id, item_key) index; naming the feeds lets SQLite use it.
    if (id < 0) {
        id = firstId(prepared(m_q->articleByGuid,
                              "SELECT id FROM articles WHERE feed_id IN (SELECT id FROM feeds WHERE kind = 'articles') "
                              "AND item_key = 'g:' || ? ORDER BY id DESC LIMIT 1"),
                     articleRef);
    }
    // Last resort, unindexed: comments that name no stored article but came from its comment feed.
    if (id < 0) {
        id = firstId(prepared(m_q->articleByCommentFeed,
                              "SELECT id FROM articles WHERE comment_feed_url = ? ORDER BY id DESC LIMIT 1"),
                     commentFeedUrl);
    }
    return id;
}

bool Store::findExisting(QSqlQuery &find, qint64 ownerId, const QString &remoteId, const QByteArray &hash,
                         Existing &existing)
{
    find.addBindValue(ownerId);
    find.addBindValue(remoteId);
    if (!find.exec())
        return fail(find);
    if (find.next()) {
        existing.id = find.value(0).toLongLong();
        existing.unchanged = find.value(1).toByteArray() == hash;
    }
    find.finish();
    return true;
}

bool Store::upsertComments(qint64 articleId, const QList<ParsedComment> &comments, qint64 now, ImportCounts &counts)
{
    bool threadChanged = false;
    for (const ParsedComment &c : comments) {
        const QByteArray hash = hashOf(
                {c.parentId, c.author.name, c.author.uri, c.link, dates::toIsoUtc(c.published), c.contentHtml});
        Existing existing;
        if (!findExisting(prepared(m_q->findComment,
                                   "SELECT id, content_hash FROM comments WHERE article_id = ? AND remote_id = ?"),
                          articleId, c.id, hash, existing))
            return false;
        if (existing.unchanged) {
            ++counts.unchanged;
            continue;
        }
        const qint64 existingId = existing.id;
        QSqlQuery &q = existingId < 0
                ? prepared(m_q->insertComment,
                           "INSERT INTO comments (parent_remote_id, author_name, author_url, link, "
                           "published_at, content_html, content_hash, fetched_at, article_id, remote_id) "
                           "VALUES (?,?,?,?,?,?,?,?,?,?)")
                : prepared(m_q->updateComment,
                           "UPDATE comments SET parent_remote_id = ?, author_name = ?, author_url = ?, "
                           "link = ?, published_at = ?, content_html = ?, content_hash = ?, "
                           "fetched_at = ? WHERE id = ?");
        q.addBindValue(orNull(c.parentId));
        q.addBindValue(orNull(c.author.displayName()));
        q.addBindValue(orNull(c.author.uri));
        q.addBindValue(orNull(c.link));
        q.addBindValue(c.published.isValid() ? QVariant(c.published.toSecsSinceEpoch()) : QVariant());
        q.addBindValue(text(c.contentHtml));
        q.addBindValue(hash);
        q.addBindValue(now);
        if (existingId < 0) {
            q.addBindValue(articleId);
            q.addBindValue(c.id);
        } else {
            q.addBindValue(existingId);
        }
        if (!q.exec())
            return fail(q);
        ++(existingId < 0 ? counts.added : counts.updated);
        threadChanged = true;
    }
    if (threadChanged)
        counts.noteChanged(articleId);
    // Parents may arrive after their replies (pages, newest-first feeds), so links are made last,
    // for the whole thread at once.
    QSqlQuery &link = prepared(m_q->linkParents,
                               "UPDATE comments SET parent_id = (SELECT p.id FROM comments p WHERE p.article_id = "
                               "comments.article_id AND p.remote_id = comments.parent_remote_id) "
                               "WHERE article_id = ? AND parent_remote_id IS NOT NULL");
    link.addBindValue(articleId);
    if (!link.exec())
        return fail(link);
    // Comments of the user's that came back are shown from the thread from now on, never twice.
    if (threadChanged) {
        Outbox outbox(m_db);
        (void)outbox.matchThread(articleId, now);
        if (!outbox.error().isEmpty()) {
            m_error = outbox.error();
            return false;
        }
    }
    return true;
}

bool Store::upsertProducts(qint64 feedId, const QList<ParsedProduct> &products, qint64 now, ImportCounts &counts)
{
    for (const ParsedProduct &p : products) {
        QStringList variantFields;
        for (const ParsedVariant &v : p.variants) {
            variantFields << v.id << v.title << v.sku << v.price.toString()
                          << (v.salePrice ? v.salePrice->toString() : QString()) << v.availability;
        }
        const QByteArray hash
                = hashOf({p.groupId, p.title, p.descriptionHtml, p.link, p.imageUrl, p.additionalImages.join(u'\n'),
                          p.brand, p.gtin, p.mpn, p.condition, p.productType, variantFields.join(u'\n')});
        Existing existing;
        if (!findExisting(prepared(m_q->findProduct,
                                   "SELECT id, content_hash FROM products WHERE feed_id = ? AND remote_id = ?"),
                          feedId, p.id, hash, existing))
            return false;
        if (existing.unchanged) {
            ++counts.unchanged;
            continue;
        }
        qint64 productId = existing.id;
        QSqlQuery &q = productId < 0
                ? prepared(m_q->insertProduct,
                           "INSERT INTO products (group_id, title, description_html, link, image_url, "
                           "additional_images, brand, gtin, mpn, condition, product_type, description_text, "
                           "content_hash, fetched_at, feed_id, remote_id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
                : prepared(m_q->updateProduct,
                           "UPDATE products SET group_id = ?, title = ?, description_html = ?, link = ?, "
                           "image_url = ?, additional_images = ?, brand = ?, gtin = ?, mpn = ?, "
                           "condition = ?, product_type = ?, description_text = ?, content_hash = ?, "
                           "fetched_at = ? WHERE id = ?");
        q.addBindValue(orNull(p.groupId));
        q.addBindValue(text(p.title));
        for (const QString *field : {&p.descriptionHtml, &p.link, &p.imageUrl})
            q.addBindValue(orNull(*field));
        q.addBindValue(orNull(p.additionalImages.join(u'\n')));
        for (const QString *field : {&p.brand, &p.gtin, &p.mpn, &p.condition, &p.productType})
            q.addBindValue(orNull(*field));
        q.addBindValue(orNull(html::toPlainText(p.descriptionHtml))); // what product search reads
        q.addBindValue(hash);
        q.addBindValue(now);
        if (productId < 0) {
            q.addBindValue(feedId);
            q.addBindValue(p.id);
        } else {
            q.addBindValue(productId);
        }
        if (!q.exec())
            return fail(q);
        const bool isNew = productId < 0;
        if (isNew)
            productId = q.lastInsertId().toLongLong();
        ++(isNew ? counts.added : counts.updated);

        // Variants keep their row ids across refreshes: cart lines point at them.
        for (const ParsedVariant &v : p.variants) {
            QSqlQuery &u = prepared(m_q->upsertVariant,
                                    "INSERT INTO product_variants (product_id, remote_id, title, sku, currency, "
                                    "price_minor, sale_price_minor, availability) VALUES (?,?,?,?,?,?,?,?) "
                                    "ON CONFLICT (product_id, remote_id) DO UPDATE SET title = excluded.title, "
                                    "sku = excluded.sku, currency = excluded.currency, "
                                    "price_minor = excluded.price_minor, sale_price_minor = excluded.sale_price_minor, "
                                    "availability = excluded.availability");
            u.addBindValue(productId);
            u.addBindValue(v.id);
            u.addBindValue(orNull(v.title));
            u.addBindValue(orNull(v.sku));
            u.addBindValue(v.price.currency);
            u.addBindValue(v.price.minor);
            u.addBindValue(v.salePrice ? QVariant(v.salePrice->minor) : QVariant());
            u.addBindValue(availabilityOrDefault(v.availability));
            if (!u.exec())
                return fail(u);
        }
    }
    return true;
}

StoreStats Store::stats()
{
    StoreStats s;
    QSqlQuery q(m_db.connection());
    if (!q.exec(u"SELECT (SELECT count(*) FROM sites), (SELECT count(*) FROM feeds), (SELECT count(*) FROM articles), "
                u"(SELECT count(*) FROM unread_articles), (SELECT count(*) FROM articles WHERE is_starred = 1), "
                u"(SELECT count(*) FROM comments), (SELECT count(*) FROM products), "
                u"(SELECT count(*) FROM product_variants), (SELECT count(*) FROM cart_lines WHERE removed_at IS NULL), "
                u"(SELECT count(*) FROM comment_outbox WHERE state <> 'published'), "
                u"(SELECT coalesce(sum(quantity), 0) FROM cart_lines WHERE removed_at IS NULL)"_qs)
        || !q.next()) {
        fail(q);
        return s;
    }
    s = {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(), q.value(3).toLongLong(),
         q.value(4).toLongLong(), q.value(5).toLongLong(), q.value(6).toLongLong(), q.value(7).toLongLong(),
         q.value(8).toLongLong(), q.value(9).toLongLong(), q.value(10).toLongLong()};
    return s;
}

} // namespace tidings
