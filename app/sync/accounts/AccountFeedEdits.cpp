// AccountStore: feed edits made in Tidings (unsubscribe, rename, move) and their journal (schema 9).
#include "AccountStore.h"

#include "storage/Store.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace tidings::accounts {
namespace {

QVariant nullText()
{
    return QVariant(QMetaType::fromType<QString>());
}

QString actionName(FeedEdit::Action action)
{
    switch (action) {
    case FeedEdit::Action::Unsubscribe:
        return u"unsubscribe"_qs;
    case FeedEdit::Action::Rename:
        return u"rename"_qs;
    case FeedEdit::Action::Move:
        return u"move"_qs;
    }
    return {};
}

// One row of kAccountFeedSelect.
AccountFeed readAccountFeed(const QSqlQuery &q)
{
    AccountFeed f;
    f.feedId = q.value(0).toLongLong();
    f.accountId = q.value(1).toLongLong();
    f.accountName = q.value(2).toString();
    f.kind = serviceKindFromName(q.value(3).toString()).value_or(ServiceKind::GoogleReader);
    f.remoteId = q.value(4).toString();
    f.title = q.value(5).toString();
    f.url = q.value(6).toString();
    f.folderId = q.value(7).toString();
    return f;
}

const char *const kAccountFeedSelect
        = "SELECT af.feed_id, af.account_id, a.name, a.kind, af.remote_id, coalesce(f.title, ''), f.url, "
          "coalesce(af.folder_id, '') FROM account_feeds af JOIN feeds f ON f.id = af.feed_id "
          "JOIN accounts a ON a.id = af.account_id ";

} // namespace

bool AccountStore::canRenameOrMove(ServiceKind kind)
{
    // Tiny Tiny RSS's JSON API has no call for either (TtRssClient answers Unsupported).
    return kind != ServiceKind::TinyTinyRss;
}

std::optional<AccountFeed> AccountStore::accountFeed(qint64 feedId)
{
    m_error.clear();
    QSqlQuery q(m_store.database().connection());
    q.setForwardOnly(true);
    q.prepare(QLatin1String(kAccountFeedSelect) + u"WHERE af.feed_id = ?"_qs);
    q.addBindValue(feedId);
    if (!q.exec()) {
        m_error = Database::describe(q.lastError());
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return readAccountFeed(q);
}

QList<AccountFeed> AccountStore::accountFeeds(qint64 accountId)
{
    QList<AccountFeed> all;
    QSqlQuery q(m_store.database().connection());
    q.setForwardOnly(true);
    q.prepare(QLatin1String(kAccountFeedSelect)
              + u"WHERE ? < 0 OR af.account_id = ? ORDER BY a.name, f.title COLLATE NOCASE, f.id"_qs);
    q.addBindValue(accountId);
    q.addBindValue(accountId);
    if (!q.exec()) {
        m_error = Database::describe(q.lastError());
        return all;
    }
    while (q.next())
        all.append(readAccountFeed(q));
    return all;
}

QList<RemoteFolder> AccountStore::folders(qint64 accountId)
{
    QList<RemoteFolder> all;
    QSqlQuery q(m_store.database().connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT remote_id, title FROM account_folders WHERE account_id = ? ORDER BY title COLLATE NOCASE"_qs);
    q.addBindValue(accountId);
    if (!q.exec()) {
        m_error = Database::describe(q.lastError());
        return all;
    }
    while (q.next())
        all.append({q.value(0).toString(), q.value(1).toString()});
    return all;
}

bool AccountStore::editableFeed(qint64 feedId, AccountFeed &feed)
{
    const std::optional<AccountFeed> found = accountFeed(feedId);
    if (!found) {
        if (m_error.isEmpty())
            m_error = tr("that feed is not one of an account's: only an account's feeds are edited on its service");
        return false;
    }
    feed = *found;
    return true;
}

bool AccountStore::journalFeedEdit(const AccountFeed &feed, FeedEdit::Action action, const QVariant &title,
                                   const QVariant &folderId)
{
    // OR REPLACE: the newest edit of a kind replaces a waiting one, with a new id (see forgetFeedEdit).
    return exec(u"INSERT OR REPLACE INTO account_feed_journal (account_id, remote_id, action, title, folder_id, "
                u"feed_url, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?)"_qs,
                {feed.accountId, feed.remoteId, actionName(action), title, folderId, feed.url,
                 QDateTime::currentSecsSinceEpoch()});
}

bool AccountStore::unsubscribeFeed(qint64 feedId)
{
    return inTransaction([&] {
        AccountFeed feed;
        if (!editableFeed(feedId, feed))
            return false;
        // A rename or a move still waiting is moot once the feed goes.
        if (!exec(u"DELETE FROM account_feed_journal WHERE account_id = ? AND remote_id = ? "
                  u"AND action <> 'unsubscribe'"_qs,
                  {feed.accountId, feed.remoteId}))
            return false;
        if (!journalFeedEdit(feed, FeedEdit::Action::Unsubscribe, feed.title, nullText()))
            return false;
        // Its articles, marks and mappings go with it (foreign keys and the marks trigger), as when the
        // service drops a feed.
        return exec(u"DELETE FROM feeds WHERE id = ?"_qs, {feedId});
    });
}

bool AccountStore::renameFeed(qint64 feedId, const QString &title)
{
    const QString trimmed = title.trimmed();
    if (trimmed.isEmpty()) {
        m_error = tr("a feed's title cannot be empty");
        return false;
    }
    return inTransaction([&] {
        AccountFeed feed;
        if (!editableFeed(feedId, feed))
            return false;
        if (!canRenameOrMove(feed.kind)) {
            m_error = tr("Tiny Tiny RSS's API cannot rename a feed: rename it in Tiny Tiny RSS itself, and the "
                         "next sync brings the new title here");
            return false;
        }
        if (feed.title == trimmed)
            return true;
        return exec(u"UPDATE feeds SET title = ? WHERE id = ?"_qs, {trimmed, feedId})
                && journalFeedEdit(feed, FeedEdit::Action::Rename, trimmed, nullText());
    });
}

bool AccountStore::moveFeed(qint64 feedId, const QString &folderRemoteId)
{
    return inTransaction([&] {
        AccountFeed feed;
        if (!editableFeed(feedId, feed))
            return false;
        if (!canRenameOrMove(feed.kind)) {
            m_error = tr("Tiny Tiny RSS's API cannot move a feed to another category: move it in Tiny Tiny RSS "
                         "itself, and the next sync brings the change here");
            return false;
        }
        if (!folderRemoteId.isEmpty()) {
            QSqlQuery q(m_store.database().connection());
            q.setForwardOnly(true);
            q.prepare(u"SELECT 1 FROM account_folders WHERE account_id = ? AND remote_id = ?"_qs);
            q.addBindValue(feed.accountId);
            q.addBindValue(folderRemoteId);
            if (!q.exec()) {
                m_error = Database::describe(q.lastError());
                return false;
            }
            if (!q.next()) {
                // The caller names folders by title (the command line) or offers only those it has (the
                // window), so this is a folder gone since: its id would mean nothing to the user.
                m_error = tr("that folder is gone from the account %1: sync the account and try again")
                                  .arg(feed.accountName);
                return false;
            }
        }
        if (feed.folderId == folderRemoteId)
            return true;
        const QVariant folder = folderRemoteId.isEmpty() ? nullText() : QVariant(folderRemoteId);
        return exec(u"UPDATE account_feeds SET folder_id = ? WHERE feed_id = ?"_qs, {folder, feedId})
                && journalFeedEdit(feed, FeedEdit::Action::Move, feed.title, folder);
    });
}

QList<FeedEdit> AccountStore::feedEdits(qint64 accountId)
{
    QList<FeedEdit> edits;
    QSqlQuery q(m_store.database().connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT id, remote_id, action, coalesce(title, ''), coalesce(folder_id, ''), coalesce(feed_url, ''), "
              u"changed_at FROM account_feed_journal WHERE account_id = ? ORDER BY id"_qs);
    q.addBindValue(accountId);
    if (!q.exec()) {
        m_error = Database::describe(q.lastError());
        return edits;
    }
    while (q.next()) {
        FeedEdit e;
        e.id = q.value(0).toLongLong();
        e.remoteId = q.value(1).toString();
        const QString action = q.value(2).toString();
        e.action = action == u"unsubscribe" ? FeedEdit::Action::Unsubscribe
                : action == u"move"         ? FeedEdit::Action::Move
                                            : FeedEdit::Action::Rename;
        e.title = q.value(3).toString();
        e.folderId = q.value(4).toString();
        e.feedUrl = q.value(5).toString();
        e.changedAt = q.value(6).toLongLong();
        edits.append(e);
    }
    return edits;
}

bool AccountStore::forgetFeedEdit(qint64 editId)
{
    return exec(u"DELETE FROM account_feed_journal WHERE id = ?"_qs, {editId});
}

bool AccountStore::cancelUnsubscribe(qint64 accountId, const QUrl &feedUrl, bool &cancelled)
{
    int removed = 0;
    if (!exec(u"DELETE FROM account_feed_journal WHERE account_id = ? AND action = 'unsubscribe' AND feed_url = ?"_qs,
              {accountId, feedUrl.toString()}, &removed))
        return false;
    cancelled = removed > 0;
    return true;
}

} // namespace tidings::accounts
