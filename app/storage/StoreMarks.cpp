// The store's read and starred marks: a mark, its feed's count and, for an account's article, its
// journal row change together (schemas 7 and 8).
#include "ArticleQueries.h"
#include "Database.h"
#include "SqliteStatement.h"
#include "Store.h"
#include "StoreStatements.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>

namespace tidings {

bool Store::inSavepoint(const std::function<bool()> &change)
{
    // A savepoint, not BEGIN: it nests inside the caller's transaction when there is one.
    if (!m_db.exec(u"SAVEPOINT store_change"_qs)) {
        m_error = m_db.error();
        return false;
    }
    if (change()) {
        if (m_db.exec(u"RELEASE store_change"_qs))
            return true;
        m_error = m_db.error();
    }
    (void)m_db.exec(u"ROLLBACK TO store_change"_qs);
    (void)m_db.exec(u"RELEASE store_change"_qs);
    return false;
}

bool Store::setRead(qint64 articleId, bool read)
{
    // The mark and its feed's count change together.
    return inSavepoint([&] {
        QSqlQuery &mark = read ? prepared(m_q->markRead,
                                          "DELETE FROM unread_articles WHERE feed_id = (SELECT feed_id FROM articles "
                                          "WHERE id = ?) AND article_id = ?")
                               : prepared(m_q->markUnread,
                                          "INSERT OR IGNORE INTO unread_articles (feed_id, article_id, published_at) "
                                          "SELECT feed_id, id, published_at FROM articles WHERE id = ?");
        mark.addBindValue(articleId);
        if (read)
            mark.addBindValue(articleId);
        if (!mark.exec())
            return fail(mark);
        // Only a mark that changed moves the count and goes into an account's journal.
        if (mark.numRowsAffected() > 0) {
            QSqlQuery &count = prepared(m_q->countUnread,
                                        "UPDATE feeds SET unread_count = unread_count + ? "
                                        "WHERE id = (SELECT feed_id FROM articles WHERE id = ?)");
            count.addBindValue(read ? -1 : 1);
            count.addBindValue(articleId);
            if (!count.exec())
                return fail(count);
            if (!journalMark(articleId, "unread", !read))
                return false;
        }
        if (!read) // read_at decides whose comment threads are refreshed; unreading keeps it.
            return true;
        QSqlQuery &readAt = prepared(m_q->setRead, "UPDATE articles SET read_at = ? WHERE id = ?");
        readAt.addBindValue(QDateTime::currentSecsSinceEpoch());
        readAt.addBindValue(articleId);
        return readAt.exec() || fail(readAt);
    });
}

bool Store::setStarred(qint64 articleId, bool starred)
{
    // The mark and its journal row (for an account's article) change together.
    return inSavepoint([&] {
        QSqlQuery &q = prepared(m_q->setStarred, "UPDATE articles SET is_starred = ? WHERE id = ? AND is_starred <> ?");
        q.addBindValue(starred ? 1 : 0);
        q.addBindValue(articleId);
        q.addBindValue(starred ? 1 : 0);
        if (!q.exec())
            return fail(q);
        return q.numRowsAffected() == 0 || journalMark(articleId, "starred", starred);
    });
}

bool Store::journalMark(qint64 articleId, const char *flag, bool value)
{
    // Selects nothing for an article of a local site: one primary-key lookup. An account's article
    // gets (or replaces) its row, which the next sync sends to the service (schema 8).
    if (!m_journalMark) {
        m_journalMark = std::make_unique<SqliteStatement>(
                m_db.handle(),
                "INSERT OR REPLACE INTO account_journal (account_id, remote_id, flag, value, changed_at) "
                "SELECT account_id, remote_id, ?1, ?2, ?3 FROM account_articles WHERE article_id = ?4");
    }
    SqliteStatement &q = *m_journalMark;
    const QByteArray flagName(flag);
    q.bindRequiredText(1, flagName);
    q.bindInt64(2, value ? 1 : 0);
    q.bindInt64(3, QDateTime::currentSecsSinceEpoch());
    q.bindInt64(4, articleId);
    if (q.exec())
        return true;
    m_error = Database::describe(q.resultCode(), q.error());
    qCWarning(lcStore) << "journalling a mark failed:" << m_error;
    return false;
}

bool Store::markAllRead(const ArticleFilter &filter)
{
    // Whole feeds delete ranges of the unread table and zero their counts. Starred articles and
    // search results are scattered over feeds: their marks go one by one, then the counts of the
    // feeds with unread articles are taken again from the unread table (50 ms at a million unread).
    struct Statement
    {
        QString sql;
        QVariantList values;
    };
    QList<Statement> statements;
    // Articles of accounts are journalled first, by one INSERT ... SELECT over the marks about to
    // go (schema 8): the scope below is the same as the deletion's. Local sites' feeds have no
    // account_feeds row, so their unread ranges are not read for this.
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QString journal = u"INSERT OR REPLACE INTO account_journal (account_id, remote_id, flag, value, changed_at) "
                            u"SELECT aa.account_id, aa.remote_id, 'unread', 0, ? FROM unread_articles u "
                            u"JOIN account_articles aa ON aa.article_id = u.article_id WHERE "_qs;
    const QString accountFeeds = u"u.feed_id IN (SELECT feed_id FROM account_feeds)"_qs;
    switch (filter.kind) {
    case ArticleFilter::Kind::All:
    case ArticleFilter::Kind::Unread:
        statements = {{journal + accountFeeds, {now}},
                      {u"DELETE FROM unread_articles"_qs, {}},
                      {u"UPDATE feeds SET unread_count = 0 WHERE unread_count <> 0"_qs, {}}};
        break;
    case ArticleFilter::Kind::Feed:
        statements = {{journal + u"u.feed_id = ? AND "_qs + accountFeeds, {now, filter.id}},
                      {u"DELETE FROM unread_articles WHERE feed_id = ?"_qs, {filter.id}},
                      {u"UPDATE feeds SET unread_count = 0 WHERE id = ?"_qs, {filter.id}}};
        break;
    case ArticleFilter::Kind::Site:
        statements = {{journal + accountFeeds + u" AND u.feed_id IN (SELECT id FROM feeds WHERE site_id = ?)"_qs,
                       {now, filter.id}},
                      {u"DELETE FROM unread_articles WHERE feed_id IN (SELECT id FROM feeds WHERE site_id = ?)"_qs,
                       {filter.id}},
                      {u"UPDATE feeds SET unread_count = 0 WHERE site_id = ?"_qs, {filter.id}}};
        break;
    case ArticleFilter::Kind::Folder: {
        const QString feeds = u" IN ("_qs + accountFolderFeedsSql() + u')';
        statements = {{journal + u"u.feed_id"_qs + feeds, {now, filter.id, filter.query}},
                      {u"DELETE FROM unread_articles WHERE feed_id"_qs + feeds, {filter.id, filter.query}},
                      {u"UPDATE feeds SET unread_count = 0 WHERE id"_qs + feeds, {filter.id, filter.query}}};
        break;
    }
    case ArticleFilter::Kind::Starred:
    case ArticleFilter::Kind::Search: {
        QVariantList values;
        const QString scope = articleFilterCondition(m_db, filter, u"a."_qs, values);
        statements = {{journal + accountFeeds
                               + u" AND (u.feed_id, u.article_id) IN (SELECT a.feed_id, a.id FROM articles a WHERE "_qs
                               + scope + u')',
                       QVariantList{now} + values},
                      {u"DELETE FROM unread_articles WHERE (feed_id, article_id) IN "
                       u"(SELECT a.feed_id, a.id FROM articles a WHERE "_qs
                               + scope + u')',
                       values},
                      {u"UPDATE feeds SET unread_count = (SELECT count(*) FROM unread_articles u "
                       u"WHERE u.feed_id = feeds.id) WHERE unread_count <> 0"_qs,
                       {}}};
        break;
    }
    }
    return inSavepoint([&] {
        for (const Statement &statement : std::as_const(statements)) {
            QSqlQuery q(m_db.connection());
            q.prepare(statement.sql);
            for (const QVariant &v : statement.values)
                q.addBindValue(v);
            if (!q.exec())
                return fail(q);
        }
        return true;
    });
}

} // namespace tidings
