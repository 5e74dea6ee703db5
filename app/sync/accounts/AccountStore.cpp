#include "AccountStore.h"

#include "storage/ArticleKey.h"
#include "storage/SqliteStatement.h"
#include "storage/Store.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

Q_LOGGING_CATEGORY(lcAccountStore, "tidings.accounts.store", QtWarningMsg)

namespace tidings::accounts {
namespace {

const char *const kColumns = "id, kind, base_url, user_name, password_source, password_ref, name, site_id, state, "
                             "coalesce(last_sync_at, 0), coalesce(last_attempt_at, 0), coalesce(last_error, ''), "
                             "error_count, coalesce(retry_at, 0), coalesce(article_cursor, ''), created_at";

AccountRow readAccount(const QSqlQuery &q)
{
    AccountRow a;
    a.id = q.value(0).toLongLong();
    a.kind = serviceKindFromName(q.value(1).toString()).value_or(ServiceKind::GoogleReader);
    a.baseUrl = QUrl(q.value(2).toString());
    a.user = q.value(3).toString();
    const QString source = q.value(4).toString();
    a.password.kind = source == u"file" ? PasswordSource::Kind::File
            : source == u"command"      ? PasswordSource::Kind::Command
                                        : PasswordSource::Kind::Keychain;
    a.password.location = q.value(5).toString();
    a.name = q.value(6).toString();
    a.siteId = q.value(7).toLongLong();
    a.state = q.value(8).toString();
    a.lastSyncAt = q.value(9).toLongLong();
    a.lastAttemptAt = q.value(10).toLongLong();
    a.lastError = q.value(11).toString();
    a.errorCount = q.value(12).toInt();
    a.retryAt = q.value(13).toLongLong();
    a.cursor = q.value(14).toString();
    a.createdAt = q.value(15).toLongLong();
    return a;
}

QVariant orNull(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

// The service's article as a parsed feed item, so that it becomes a stored article exactly as one
// read from a feed does (plain text for search, the change hash); its HTML is kept as given and
// sanitised when shown, like every article's.
ArticleRecord toArticleRecord(const RemoteArticle &r)
{
    ParsedArticle parsed;
    parsed.link = r.link.toString();
    parsed.title = {r.title, true};
    if (!r.author.isEmpty())
        parsed.authors.append(Person{r.author, {}, {}});
    if (r.publishedAt > 0)
        parsed.published = QDateTime::fromSecsSinceEpoch(r.publishedAt, Qt::UTC);
    if (r.updatedAt > 0)
        parsed.updated = QDateTime::fromSecsSinceEpoch(r.updatedAt, Qt::UTC);
    parsed.content.append(Text{r.contentHtml, true});
    ArticleRecord record = toRecord(parsed);
    // The service's id is the identity: unique in the account, stable across edits of the article.
    record.itemKey = "s:" + r.id.toUtf8();
    record.guid = r.id.toUtf8();
    return record;
}

} // namespace

QString serviceKindName(ServiceKind kind)
{
    return kind == ServiceKind::TinyTinyRss ? u"ttrss"_qs : u"greader"_qs;
}

std::optional<ServiceKind> serviceKindFromName(const QString &name)
{
    if (name == u"ttrss")
        return ServiceKind::TinyTinyRss;
    if (name == u"greader")
        return ServiceKind::GoogleReader;
    return std::nullopt;
}

QString passwordSourceName(PasswordSource::Kind kind)
{
    switch (kind) {
    case PasswordSource::Kind::Keychain:
        return u"keychain"_qs;
    case PasswordSource::Kind::File:
        return u"file"_qs;
    case PasswordSource::Kind::Command:
        return u"command"_qs;
    }
    return {};
}

QString stateText(const QString &state)
{
    if (state == u"new")
        return AccountStore::tr("new, not synced yet");
    if (state == u"ok")
        return AccountStore::tr("ok");
    if (state == u"backing_off")
        return AccountStore::tr("waiting before asking the service again");
    if (state == u"needs_password")
        return AccountStore::tr("needs its password");
    if (state == u"failed")
        return AccountStore::tr("the last sync failed");
    return state;
}

bool AccountStore::exec(const QString &sql, const QVariantList &values, int *changed)
{
    QSqlQuery q(m_store.database().connection());
    q.setForwardOnly(true);
    if (!q.prepare(sql)) {
        m_error = Database::describe(q.lastError());
        qCWarning(lcAccountStore) << sql.left(80) << m_error;
        return false;
    }
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        m_error = Database::describe(q.lastError());
        qCWarning(lcAccountStore) << sql.left(80) << m_error;
        return false;
    }
    if (changed)
        *changed = q.numRowsAffected();
    return true;
}

bool AccountStore::inTransaction(const std::function<bool()> &work)
{
    if (!m_store.begin()) {
        m_error = m_store.error();
        return false;
    }
    if (!work()) {
        m_store.rollback();
        return false;
    }
    if (!m_store.commit()) {
        m_error = m_store.error();
        return false;
    }
    return true;
}

QList<AccountRow> AccountStore::accounts()
{
    QList<AccountRow> all;
    QSqlQuery q(m_store.database().connection());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT %1 FROM accounts ORDER BY name"_qs.arg(QLatin1String(kColumns)))) {
        m_error = Database::describe(q.lastError());
        return all;
    }
    while (q.next())
        all.append(readAccount(q));
    return all;
}

std::optional<AccountRow> AccountStore::account(qint64 id)
{
    QSqlQuery q(m_store.database().connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT %1 FROM accounts WHERE id = ?"_qs.arg(QLatin1String(kColumns)));
    q.addBindValue(id);
    if (!q.exec()) {
        m_error = Database::describe(q.lastError());
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return readAccount(q);
}

std::optional<AccountRow> AccountStore::find(const QString &nameOrId)
{
    const QList<AccountRow> all = accounts();
    for (const AccountRow &a : all) {
        if (a.name == nameOrId)
            return a;
    }
    bool isNumber = false;
    const qint64 id = nameOrId.toLongLong(&isNumber);
    for (const AccountRow &a : all) {
        if (isNumber && a.id == id)
            return a;
    }
    return std::nullopt;
}

bool AccountStore::addAccount(AccountRow &account)
{
    if (m_store.siteIdByName(account.name) >= 0) {
        m_error = tr("a site or an account is already called %1: choose another name with --name").arg(account.name);
        return false;
    }
    for (const AccountRow &a : accounts()) {
        if (a.kind == account.kind && a.baseUrl == account.baseUrl && a.user == account.user) {
            m_error = tr("the account %1 is already %2 at %3").arg(a.name, a.user, a.baseUrl.toString());
            return false;
        }
    }
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    return inTransaction([&] {
        // No home page: the account's site is not the service's web site, and must never be taken
        // for a site the user adds by its address.
        const qint64 siteId = m_store.ensureSite(account.name);
        if (siteId < 0) {
            m_error = m_store.error();
            return false;
        }
        QSqlQuery q(m_store.database().connection());
        q.prepare(u"INSERT INTO accounts (kind, base_url, user_name, password_source, password_ref, name, site_id, "
                  u"created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_qs);
        for (const QVariant &v : QVariantList{serviceKindName(account.kind), account.baseUrl.toString(), account.user,
                                              passwordSourceName(account.password.kind),
                                              orNull(account.password.location), account.name, siteId, now})
            q.addBindValue(v);
        if (!q.exec()) {
            m_error = Database::describe(q.lastError());
            return false;
        }
        account.id = q.lastInsertId().toLongLong();
        account.siteId = siteId;
        account.state = u"new"_qs;
        account.createdAt = now;
        return true;
    });
}

bool AccountStore::removeAccount(qint64 accountId)
{
    const std::optional<AccountRow> a = account(accountId);
    if (!a) {
        if (m_error.isEmpty())
            m_error = tr("no account %1").arg(accountId);
        return false;
    }
    // The site's foreign keys cascade to the account and to its feeds, articles, marks and journal.
    return inTransaction([&] { return exec(u"DELETE FROM sites WHERE id = ?"_qs, {a->siteId}); });
}

bool AccountStore::applyFeeds(const AccountRow &account, const QList<RemoteFolder> &folders,
                              const QList<RemoteFeed> &feeds, FeedChanges &changes)
{
    return inTransaction([&] {
        if (!exec(u"DELETE FROM account_folders WHERE account_id = ?"_qs, {account.id}))
            return false;
        for (const RemoteFolder &f : folders) {
            if (!exec(u"INSERT OR REPLACE INTO account_folders (account_id, remote_id, title) VALUES (?, ?, ?)"_qs,
                      {account.id, f.id, f.title}))
                return false;
        }
        struct Mapped
        {
            qint64 feedId;
            QString title;
            QString folderId;
        };
        QHash<QString, Mapped> mapped;
        {
            QSqlQuery q(m_store.database().connection());
            q.setForwardOnly(true);
            q.prepare(u"SELECT af.remote_id, af.feed_id, coalesce(f.title, ''), coalesce(af.folder_id, '') "
                      u"FROM account_feeds af JOIN feeds f ON f.id = af.feed_id WHERE af.account_id = ?"_qs);
            q.addBindValue(account.id);
            if (!q.exec()) {
                m_error = Database::describe(q.lastError());
                return false;
            }
            while (q.next())
                mapped.insert(q.value(0).toString(),
                              {q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString()});
        }
        // Edits made here and not yet accepted by the service are newer than its list: they stand (an
        // unsubscribed feed is not brought back, a rename or a move not undone) until they go up.
        QSet<QString> unsubscribing;
        QSet<QString> renaming;
        QSet<QString> moving;
        m_error.clear();
        const QList<FeedEdit> waiting = feedEdits(account.id);
        if (!m_error.isEmpty())
            return false;
        for (const FeedEdit &e : waiting) {
            (e.action == FeedEdit::Action::Unsubscribe      ? unsubscribing
                     : e.action == FeedEdit::Action::Rename ? renaming
                                                            : moving)
                    .insert(e.remoteId);
        }
        QSet<QString> listed;
        for (const RemoteFeed &f : feeds) {
            listed.insert(f.id);
            if (unsubscribing.contains(f.id))
                continue;
            const auto known = mapped.constFind(f.id);
            if (known != mapped.cend()) {
                if (known->title != f.title && !renaming.contains(f.id)) {
                    if (!exec(u"UPDATE feeds SET title = ? WHERE id = ?"_qs, {f.title, known->feedId}))
                        return false;
                    ++changes.renamed;
                }
                if (known->folderId != f.folderId && !moving.contains(f.id)) {
                    if (!exec(u"UPDATE account_feeds SET folder_id = ? WHERE feed_id = ?"_qs,
                              {orNull(f.folderId), known->feedId}))
                        return false;
                    ++changes.moved;
                }
                continue;
            }
            // Feeds are unique by URL within a site; a feed the service lists without one is named by its id.
            const QString url = f.url.isEmpty() ? u"account-feed:"_qs + f.id : f.url.toString();
            const qint64 feedId = m_store.ensureFeed(account.siteId, DocumentKind::Articles, url);
            if (feedId < 0) {
                m_error = m_store.error();
                return false;
            }
            int inserted = 0;
            if (!exec(u"INSERT OR IGNORE INTO account_feeds (feed_id, account_id, remote_id, folder_id) "
                      u"VALUES (?, ?, ?, ?)"_qs,
                      {feedId, account.id, f.id, orNull(f.folderId)}, &inserted))
                return false;
            if (inserted == 0) {
                // Two remote feeds of one URL: the second shares nothing; its articles are skipped.
                qCWarning(lcAccountStore) << "account" << account.id << "lists" << url << "twice";
                continue;
            }
            if (!exec(u"UPDATE feeds SET title = ? WHERE id = ?"_qs, {f.title, feedId}))
                return false;
            ++changes.added;
        }
        // A new feed may be where articles passed over before belong: they are asked for once more.
        if (changes.added > 0 && !exec(u"DELETE FROM account_unlisted WHERE account_id = ?"_qs, {account.id}))
            return false;
        for (auto it = mapped.cbegin(); it != mapped.cend(); ++it) {
            if (listed.contains(it.key()))
                continue;
            // Its articles, marks and mappings go with it (foreign keys and the marks trigger).
            if (!exec(u"DELETE FROM feeds WHERE id = ?"_qs, {it->feedId}))
                return false;
            ++changes.removed;
        }
        return true;
    });
}

bool AccountStore::storeArticles(const AccountRow &account, const QList<RemoteArticle> &articles, const QString &cursor,
                                 StoredArticles &counts)
{
    QHash<QString, qint64> feedIds;
    {
        QSqlQuery q(m_store.database().connection());
        q.setForwardOnly(true);
        q.prepare(u"SELECT remote_id, feed_id FROM account_feeds WHERE account_id = ?"_qs);
        q.addBindValue(account.id);
        if (!q.exec()) {
            m_error = Database::describe(q.lastError());
            return false;
        }
        while (q.next())
            feedIds.insert(q.value(0).toString(), q.value(1).toLongLong());
    }
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    StoredArticles page;
    const bool stored = inTransaction([&] {
        QSqlQuery findId(m_store.database().connection());
        findId.setForwardOnly(true);
        findId.prepare(u"SELECT id FROM articles WHERE feed_id = ? AND item_key = ?"_qs);
        QSqlQuery map(m_store.database().connection());
        map.prepare(u"INSERT OR IGNORE INTO account_articles (article_id, account_id, remote_id) VALUES (?, ?, ?)"_qs);
        QSqlQuery markRead(m_store.database().connection());
        markRead.prepare(u"DELETE FROM unread_articles WHERE feed_id = ? AND article_id = ?"_qs);
        QSqlQuery countRead(m_store.database().connection());
        countRead.prepare(u"UPDATE feeds SET unread_count = unread_count - 1 WHERE id = ?"_qs);
        QSqlQuery star(m_store.database().connection());
        star.prepare(u"UPDATE articles SET is_starred = 1 WHERE id = ?"_qs);
        auto run = [this](QSqlQuery &q, const QVariantList &values) {
            for (const QVariant &v : values)
                q.addBindValue(v);
            if (q.exec())
                return true;
            m_error = Database::describe(q.lastError());
            return false;
        };
        QSqlQuery unlisted(m_store.database().connection());
        unlisted.prepare(u"INSERT OR IGNORE INTO account_unlisted (account_id, remote_id) VALUES (?, ?)"_qs);
        // An article stored already stays under the feed it was stored in, whatever feed the service
        // names now: one local row per remote id.
        QSqlQuery findMapped(m_store.database().connection());
        findMapped.setForwardOnly(true);
        findMapped.prepare(u"SELECT a.feed_id FROM account_articles aa JOIN articles a ON a.id = aa.article_id "
                           u"WHERE aa.account_id = ? AND aa.remote_id = ?"_qs);
        for (const RemoteArticle &r : articles) {
            qint64 feedId = feedIds.value(r.feedId, -1);
            if (!r.id.isEmpty()) {
                if (!run(findMapped, {account.id, r.id}))
                    return false;
                if (findMapped.next())
                    feedId = findMapped.value(0).toLongLong();
                findMapped.finish();
            }
            if (feedId < 0 || r.id.isEmpty()) {
                ++page.skipped;
                // Fetched by id (no cursor): it would be fetched again at every sync, and skipped again.
                if (cursor.isNull() && !r.id.isEmpty() && !run(unlisted, {account.id, r.id}))
                    return false;
                continue;
            }
            const ArticleRecord record = toArticleRecord(r);
            ImportCounts imported;
            if (!m_store.upsertArticle(feedId, record, now, imported)) {
                m_error = m_store.error();
                return false;
            }
            page.added += imported.added;
            page.updated += imported.updated;
            if (imported.added == 0)
                continue;
            // A new article: map it, and give it the service's flags (not a change of the user's: no journal).
            if (!run(findId, {feedId, QString::fromUtf8(record.itemKey)}))
                return false;
            const qint64 articleId = findId.next() ? findId.value(0).toLongLong() : -1;
            findId.finish();
            if (articleId < 0) {
                m_error = tr("an article vanished while it was being stored");
                return false;
            }
            if (!run(map, {articleId, account.id, r.id}))
                return false;
            if (!r.unread && (!run(markRead, {feedId, articleId}) || !run(countRead, {feedId})))
                return false;
            if (r.starred && !run(star, {articleId}))
                return false;
        }
        if (cursor.isNull())
            return true;
        return exec(u"UPDATE accounts SET article_cursor = ? WHERE id = ?"_qs, {cursor, account.id});
    });
    if (stored) {
        counts.added += page.added;
        counts.updated += page.updated;
        counts.skipped += page.skipped;
    }
    return stored;
}

bool AccountStore::fillIds(const QString &table, const QStringList &ids)
{
    // A temporary table of this connection: the set operations below join it instead of binding
    // thousands of values. Filled through raw SQLite: tens of thousands of ids a sync.
    if (!exec(u"CREATE TEMP TABLE IF NOT EXISTS %1 (remote_id TEXT PRIMARY KEY) WITHOUT ROWID"_qs.arg(table), {})
        || !exec(u"DELETE FROM temp.%1"_qs.arg(table), {}))
        return false;
    const QByteArray sql = "INSERT OR IGNORE INTO temp." + table.toUtf8() + " (remote_id) VALUES (?1)";
    SqliteStatement insert(m_store.database().handle(), sql.constData());
    for (const QString &id : ids) {
        const QByteArray utf8 = id.toUtf8();
        insert.bindRequiredText(1, utf8);
        if (!insert.exec()) {
            m_error = Database::describe(insert.resultCode(), insert.error());
            return false;
        }
    }
    return true;
}

bool AccountStore::loadServiceFlags(const QStringList &unreadIds, const QStringList &starredIds)
{
    return inTransaction(
            [&] { return fillIds(u"sync_unread"_qs, unreadIds) && fillIds(u"sync_starred"_qs, starredIds); });
}

QStringList AccountStore::missing(qint64 accountId)
{
    QStringList absent;
    QSqlQuery q(m_store.database().connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT remote_id FROM (SELECT remote_id FROM temp.sync_unread UNION "
              u"SELECT remote_id FROM temp.sync_starred) s WHERE NOT EXISTS (SELECT 1 FROM account_articles aa "
              u"WHERE aa.account_id = ? AND aa.remote_id = s.remote_id) AND NOT EXISTS (SELECT 1 FROM "
              u"account_unlisted n WHERE n.account_id = ? AND n.remote_id = s.remote_id)"_qs);
    q.addBindValue(accountId);
    q.addBindValue(accountId);
    if (!q.exec()) {
        m_error = Database::describe(q.lastError());
        return {};
    }
    while (q.next())
        absent.append(q.value(0).toString());
    return absent;
}

bool AccountStore::reconcile(qint64 accountId, FlagChanges &changes, const ReconcileScope &scope)
{
    FlagChanges made;
    const bool done = inTransaction([&] {
        if (!fillIds(u"sync_unread_feeds"_qs, scope.unreadFeeds)
            || !fillIds(u"sync_starred_feeds"_qs, scope.starredFeeds))
            return false;
        // A journal row for the article and flag: the user's change, newer than what the service said.
        const QString pending = u"EXISTS (SELECT 1 FROM account_journal j WHERE j.account_id = aa.account_id "
                                u"AND j.remote_id = aa.remote_id AND j.flag = '%1')"_qs;
        const QString accountFeeds = u"(SELECT feed_id FROM account_feeds WHERE account_id = ?)"_qs;
        // The local feeds whose flag follows the lists: every feed of the account, or those in scope.
        const auto inScope = [&](bool all, const QString &table) -> QString {
            return all ? accountFeeds
                       : u"(SELECT feed_id FROM account_feeds WHERE account_id = ? AND remote_id IN "
                         u"(SELECT remote_id FROM temp.%1))"_qs.arg(table);
        };
        const QString unreadFeeds = inScope(scope.allUnread, u"sync_unread_feeds"_qs);
        const QString starredFeeds = inScope(scope.allStarred, u"sync_starred_feeds"_qs);
        if (!exec(u"DELETE FROM unread_articles WHERE (feed_id, article_id) IN ("
                  u"SELECT u.feed_id, u.article_id FROM unread_articles u "
                  u"JOIN account_articles aa ON aa.article_id = u.article_id WHERE u.feed_id IN "_qs
                          + unreadFeeds
                          + u" AND aa.remote_id NOT IN (SELECT remote_id FROM temp.sync_unread) AND NOT "_qs
                          + pending.arg(u"unread"_qs) + u')',
                  {accountId}, &made.read))
            return false;
        if (!exec(u"INSERT OR IGNORE INTO unread_articles (feed_id, article_id, published_at) "
                  u"SELECT a.feed_id, a.id, a.published_at FROM temp.sync_unread s "
                  u"JOIN account_articles aa ON aa.account_id = ? AND aa.remote_id = s.remote_id "
                  u"JOIN articles a ON a.id = aa.article_id WHERE a.feed_id IN "_qs
                          + unreadFeeds + u" AND NOT "_qs + pending.arg(u"unread"_qs),
                  {accountId, accountId}, &made.unread))
            return false;
        if ((made.read > 0 || made.unread > 0)
            && !exec(u"UPDATE feeds SET unread_count = (SELECT count(*) FROM unread_articles u "
                     u"WHERE u.feed_id = feeds.id) WHERE id IN "_qs
                             + accountFeeds,
                     {accountId}))
            return false;
        if (!exec(u"UPDATE articles SET is_starred = 0 WHERE is_starred = 1 AND feed_id IN "_qs + starredFeeds
                          + u" AND id IN (SELECT aa.article_id FROM account_articles aa WHERE aa.account_id = ? "
                            u"AND aa.remote_id NOT IN (SELECT remote_id FROM temp.sync_starred) AND NOT "_qs
                          + pending.arg(u"starred"_qs) + u')',
                  {accountId, accountId}, &made.unstarred))
            return false;
        return exec(
                u"UPDATE articles SET is_starred = 1 WHERE is_starred = 0 AND feed_id IN "_qs + starredFeeds
                        + u" AND id IN (SELECT aa.article_id FROM temp.sync_starred s "
                          u"JOIN account_articles aa ON aa.account_id = ? AND aa.remote_id = s.remote_id WHERE NOT "_qs
                        + pending.arg(u"starred"_qs) + u')',
                {accountId, accountId}, &made.starred);
    });
    if (done)
        changes = made;
    return done;
}

std::optional<LocalFlagCounts> AccountStore::flagCounts(qint64 accountId)
{
    LocalFlagCounts counts;
    QSqlQuery q(m_store.database().connection());
    q.setForwardOnly(true);
    // The feed's own unread count is kept with every mark (feeds.unread_count); starred ones are counted.
    q.prepare(u"SELECT af.remote_id, f.unread_count, (SELECT count(*) FROM articles a "
              u"WHERE a.feed_id = af.feed_id AND a.is_starred = 1) "
              u"FROM account_feeds af JOIN feeds f ON f.id = af.feed_id WHERE af.account_id = ?"_qs);
    q.addBindValue(accountId);
    if (!q.exec()) {
        m_error = Database::describe(q.lastError());
        return std::nullopt;
    }
    while (q.next())
        counts.feeds.insert(q.value(0).toString(), {q.value(1).toLongLong(), q.value(2).toLongLong()});
    q.finish();
    q.prepare(u"SELECT DISTINCT af.remote_id, j.flag FROM account_journal j "
              u"JOIN account_articles aa ON aa.account_id = j.account_id AND aa.remote_id = j.remote_id "
              u"JOIN articles a ON a.id = aa.article_id JOIN account_feeds af ON af.feed_id = a.feed_id "
              u"WHERE j.account_id = ?"_qs);
    q.addBindValue(accountId);
    if (!q.exec()) {
        m_error = Database::describe(q.lastError());
        return std::nullopt;
    }
    while (q.next())
        (q.value(1).toString() == u"starred" ? counts.journalledStarred : counts.journalledUnread)
                .insert(q.value(0).toString());
    return counts;
}

AccountHoldings AccountStore::holdings(qint64 accountId)
{
    AccountHoldings held;
    QSqlQuery q(m_store.database().connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT (SELECT count(*) FROM account_feeds WHERE account_id = ?), "
              u"(SELECT count(*) FROM account_articles WHERE account_id = ?), "
              u"(SELECT count(*) FROM account_journal WHERE account_id = ?) + "
              u"(SELECT count(*) FROM account_feed_journal WHERE account_id = ?)"_qs);
    for (int i = 0; i < 4; ++i)
        q.addBindValue(accountId);
    if (!q.exec() || !q.next()) {
        m_error = Database::describe(q.lastError());
        return held;
    }
    held.feeds = q.value(0).toLongLong();
    held.articles = q.value(1).toLongLong();
    held.waiting = q.value(2).toLongLong();
    return held;
}

bool AccountStore::hasChangesToSend(qint64 accountId)
{
    QSqlQuery q(m_store.database().connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT EXISTS (SELECT 1 FROM account_journal WHERE account_id = ?) "
              u"OR EXISTS (SELECT 1 FROM account_feed_journal WHERE account_id = ?)"_qs);
    q.addBindValue(accountId);
    q.addBindValue(accountId);
    if (!q.exec() || !q.next()) {
        m_error = Database::describe(q.lastError());
        return false;
    }
    return q.value(0).toBool();
}

QList<JournalEntry> AccountStore::journal(qint64 accountId)
{
    QList<JournalEntry> entries;
    QSqlQuery q(m_store.database().connection());
    q.setForwardOnly(true);
    q.prepare(
            u"SELECT id, remote_id, flag, value, changed_at FROM account_journal WHERE account_id = ? ORDER BY id"_qs);
    q.addBindValue(accountId);
    if (!q.exec()) {
        m_error = Database::describe(q.lastError());
        return entries;
    }
    while (q.next()) {
        entries.append({q.value(0).toLongLong(), q.value(1).toString(),
                        q.value(2).toString() == u"starred" ? Flag::Starred : Flag::Unread, q.value(3).toInt() != 0,
                        q.value(4).toLongLong()});
    }
    return entries;
}

bool AccountStore::forget(const QList<qint64> &journalIds)
{
    return inTransaction([&] {
        QSqlQuery q(m_store.database().connection());
        q.prepare(u"DELETE FROM account_journal WHERE id = ?"_qs);
        for (const qint64 id : journalIds) {
            q.addBindValue(id);
            if (!q.exec()) {
                m_error = Database::describe(q.lastError());
                return false;
            }
        }
        return true;
    });
}

bool AccountStore::recordSuccess(qint64 accountId, qint64 now)
{
    return exec(u"UPDATE accounts SET state = 'ok', last_sync_at = ?, last_attempt_at = ?, last_error = NULL, "
                u"error_count = 0, retry_at = NULL WHERE id = ?"_qs,
                {now, now, accountId});
}

bool AccountStore::recordFailure(qint64 accountId, const QString &state, const QString &error, qint64 retryAt,
                                 qint64 now)
{
    return exec(
            u"UPDATE accounts SET state = ?, last_attempt_at = ?, last_error = ?, error_count = error_count + 1, "
            u"retry_at = ? WHERE id = ?"_qs,
            {state, now, error, retryAt > 0 ? QVariant(retryAt) : QVariant(QMetaType::fromType<qint64>()), accountId});
}

} // namespace tidings::accounts
