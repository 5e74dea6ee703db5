#pragma once

#include "Database.h"
#include "Outbox.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QVariantList>

#include <optional>

namespace tidings {

// Which articles a list shows.
struct ArticleFilter
{
    enum class Kind { All, Unread, Starred, Site, Feed, Search, Folder };
    Kind kind = Kind::All;
    qint64 id = -1; // the site or feed; for Folder, the account's site
    QString query; // for Search; for Folder, the folder's id on the account's service
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
    int newCommentCount = 0; // stored since the user last looked at the thread
    friend bool operator==(const ArticleListRow &, const ArticleListRow &) = default;
};

// Where the next page starts: after this row in the list's order (newest first by date; search
// results newest first by id).
struct PageCursor
{
    qint64 publishedAt = 0;
    qint64 id = 0;
    bool atStart = true;
};

// One page of a list, read with keyset pagination: the cost of a page does not grow with how far
// down the list it is. Reads only; safe on a read-only connection.
[[nodiscard]] QList<ArticleListRow> articlePage(Database &db, const ArticleFilter &filter, const PageCursor &after,
                                                int limit);

// Rows newer than (publishedAt, id) in the list's order, newest first: what a refresh added above the
// top of a list already shown. Not for search results, which a refresh does not extend.
[[nodiscard]] QList<ArticleListRow> articlesNewerThan(Database &db, const ArticleFilter &filter, qint64 publishedAt,
                                                      qint64 id, int limit);

// The list rows of these articles as stored now, in the order given; ids no longer stored are left
// out. What a list re-reads for rows a refresh changed.
[[nodiscard]] QList<ArticleListRow> articleRows(Database &db, const QList<qint64> &ids);

// The feed ids in an account's folder, as SQL taking the site's id and the folder's remote id.
[[nodiscard]] QString accountFolderFeedsSql();

// The SQL condition (columns prefixed with alias, such as "a.") that selects a filter's articles,
// its values appended; empty for all articles. The one place a filter becomes SQL.
[[nodiscard]] QString articleFilterCondition(Database &db, const ArticleFilter &filter, const QString &alias,
                                             QVariantList &values);

// The cursor that continues after the last row of a page.
[[nodiscard]] PageCursor cursorAfter(const PageCursor &previous, const QList<ArticleListRow> &page);

} // namespace tidings

namespace tidings {

// The News pane's left side: sites and their article feeds, with unread counts.
struct SourceCounts
{
    struct Feed
    {
        qint64 id = -1;
        QString title;
        qint64 unread = 0;
    };
    // A folder of an account's service (tt-rss category, Google Reader label).
    struct Folder
    {
        qint64 id = -1; // given by the tree that shows it: folders have no local row of their own
        QString remoteId;
        QString title;
        qint64 unread = 0;
        QList<Feed> feeds;
    };
    struct Site
    {
        qint64 id = -1;
        QString name;
        qint64 unread = 0;
        QList<Feed> feeds; // of an account: those in no folder
        QList<Folder> folders; // an account's, by title
        bool isAccount = false; // synced with a feed service
        qint64 accountId = -1;
        QString accountKind; // "ttrss" | "greader"
    };
    QList<Site> sites;
    qint64 all = 0;
    qint64 unread = 0;
    qint64 starred = 0;
};
[[nodiscard]] SourceCounts sourceCounts(Database &db);

// Everything the reader shows for one article, comments in thread order with their depth.
struct ArticleDetail
{
    struct Comment
    {
        qint64 id = -1; // the stored comment; -1 for a comment of the user's not yet back from the server
        int depth = 0;
        QString author;
        QString authorUrl;
        qint64 publishedAt = 0;
        QString contentHtml; // untrusted: sanitise before showing
        qint64 parentId = -1; // the stored comment it answers
        QString link;
        bool isNew = false; // stored since the user last looked at the thread
        bool mine = false; // written in Tidings
        // A comment of the user's from the outbox: its id there, its state and what went wrong.
        qint64 outboxId = -1;
        qint64 parentOutboxId = -1;
        OutboxItem::State outboxState = OutboxItem::State::Published;
        QString outboxError;
        qint64 nextAttemptAt = 0;
        [[nodiscard]] bool isPending() const { return id < 0; }
    };
    qint64 id = -1;
    QString title;
    QString site;
    QString author;
    QString link;
    qint64 publishedAt = 0;
    QString bodyHtml; // untrusted: sanitise before showing
    bool read = false;
    bool starred = false;
    // Comments in thread order: a parent before its replies, oldest first at each level; the user's
    // comments that are not back from the server yet stand where they will be.
    QList<Comment> comments;
    std::optional<bool> commentsOpen; // not known until the site said
    QString commentsNote; // why comments are closed, in the site's words where it gave them
    qint64 threadSeenAt = 0; // when the user last looked at the thread; 0 never
};
// What of an article to read: the reader shows only the article; the thread model reads the thread.
enum class ArticleParts { ArticleOnly, WithThread };
[[nodiscard]] ArticleDetail articleDetail(Database &db, qint64 articleId,
                                          ArticleParts parts = ArticleParts::WithThread);

} // namespace tidings

Q_DECLARE_METATYPE(tidings::ArticleFilter)
