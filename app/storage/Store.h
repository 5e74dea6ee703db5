#pragma once

#include "ArticleKey.h"
#include "Database.h"
#include "parse/FeedTypes.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <functional>
#include <memory>

namespace tidings {

struct ImportCounts
{
    int added = 0;
    int updated = 0;
    int unchanged = 0;
    // Articles already stored whose text or comment thread changed, so that views showing them can
    // update those rows in place. Only the first kMaxChanged are named; past that, changedOverflow
    // says "too many to name: reload".
    static constexpr int kMaxChanged = 1000;
    QList<qint64> changedArticles;
    bool changedOverflow = false;

    // Names an article as changed once; returns false when the list is full (and should not grow).
    bool noteChanged(qint64 articleId);
    [[nodiscard]] bool canNoteChanged() const { return !changedOverflow; }
    ImportCounts &operator+=(const ImportCounts &o);
};

struct StoreStats
{
    qint64 sites = 0;
    qint64 feeds = 0;
    qint64 articles = 0;
    qint64 unread = 0;
    qint64 starred = 0;
    qint64 comments = 0;
    qint64 products = 0;
    qint64 variants = 0;
    qint64 cartLines = 0;
    qint64 outboxPending = 0;
    qint64 cartItems = 0; // the quantities of all lines added up: two chargers and a cable are three
};

struct SearchHit
{
    qint64 articleId = 0;
    QString title;
    QString author;
    QString site;
    QString link;
    qint64 publishedAt = 0;
    QString snippet; // matched words wrapped in [ ]
};

// The store: typed reads and writes over one connection, with every statement prepared once.
// It belongs to the thread that opened it; in the app that is the storage thread (StorageThread),
// in the command line the main thread.
class SqliteStatement;

class Store
{
    Q_DECLARE_TR_FUNCTIONS(Store)

public:
    Store();
    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    [[nodiscard]] bool open(const QString &path, Database::Mode mode = Database::Mode::ReadWrite);
    [[nodiscard]] const QString &error() const { return m_error; }
    [[nodiscard]] Database &database() { return m_db; }
    [[nodiscard]] bool isOpen() const { return m_q != nullptr; }
    // open() failed on a damaged file (see StoreRecovery).
    [[nodiscard]] bool isDamaged() const { return m_db.isDamaged(); }

    // Batches of writes go in one transaction: one fsync per batch instead of per row.
    [[nodiscard]] bool begin();
    [[nodiscard]] bool commit();
    void rollback();

    // Returns the id, creating the row when needed; -1 on error.
    [[nodiscard]] qint64 ensureSite(const QString &name, const QString &homeUrl = {});
    [[nodiscard]] qint64 ensureFeed(qint64 siteId, DocumentKind kind, const QString &url);
    [[nodiscard]] bool updateFeedInfo(qint64 feedId, const FeedInfo &info);
    [[nodiscard]] qint64 siteIdByName(const QString &name);

    // Inserts a new article, updates a changed one in place (read and starred marks untouched), or
    // leaves an unchanged one alone; counts which.
    [[nodiscard]] bool upsertArticle(qint64 feedId, const ArticleRecord &record, qint64 now, ImportCounts &counts);

    // The article a comment belongs to: the one it names (by link, else by guid), else the one whose
    // comment feed it came from. -1 when none is stored.
    [[nodiscard]] qint64 findArticleForComments(const QString &commentFeedUrl, const QString &articleRef);

    // Stores comments under an article and links each to its parent.
    [[nodiscard]] bool upsertComments(qint64 articleId, const QList<ParsedComment> &comments, qint64 now,
                                      ImportCounts &counts);

    [[nodiscard]] bool upsertProducts(qint64 feedId, const QList<ParsedProduct> &products, qint64 now,
                                      ImportCounts &counts);

    // A change of an account's article is journalled in the same savepoint as the mark, for the next
    // sync to send (schema 8); marking an article as it is already marked changes and journals nothing.
    [[nodiscard]] bool setRead(qint64 articleId, bool read);
    [[nodiscard]] bool setStarred(qint64 articleId, bool starred);
    // Marks read every unread article in a list (all, one site, one feed, the starred ones). Unlike
    // setRead it leaves read_at alone: nobody read these, so their threads are not refreshed for it.
    [[nodiscard]] bool markAllRead(const struct ArticleFilter &filter);

    // Full-text search, best match first among the newest kSearchCandidates matches (all of them for
    // all but the commonest words). The query is words as a user types them; the last word matches
    // as a prefix so results can follow typing.
    static constexpr int kSearchCandidates = 2000;
    [[nodiscard]] QList<SearchHit> search(const QString &query, int limit = 50);

    [[nodiscard]] StoreStats stats();

    // Turns user words into an FTS5 query that cannot be a syntax error.
    [[nodiscard]] static QString ftsQuery(const QString &words);
    // The same for the articles' index, with the last word (the one being typed) expanded to the
    // words in the index that start with it: see Store.cpp for why.
    [[nodiscard]] static QString articleFtsQuery(Database &db, const QString &words);
    // At most this many words stand in for the word being typed; a prefix with more is searched as
    // FTS5 searches prefixes (or, under three letters, as a whole word).
    static constexpr int kPrefixExpansionLimit = 64;

private:
    QSqlQuery &prepared(QSqlQuery &query, const char *sql);

    // A row looked up by (owner, remote id): its id (-1 when new) and whether its stored content hash
    // equals the new one, in which case there is nothing to write.
    struct Existing
    {
        qint64 id = -1;
        bool unchanged = false;
    };
    bool findExisting(QSqlQuery &find, qint64 ownerId, const QString &remoteId, const QByteArray &hash,
                      Existing &existing);
    bool fail(const QSqlQuery &query);
    // Runs change() inside a savepoint: all of it is kept, or none of it when it returns false.
    bool inSavepoint(const std::function<bool()> &change);
    // Journals a flag change of an account's article for the next sync (nothing for a local site's).
    bool journalMark(qint64 articleId, const char *flag, bool value);

    Database m_db;
    QString m_error;
    struct Statements;
    std::unique_ptr<Statements> m_q;
    // Raw SQLite: the import's hot path.
    std::unique_ptr<SqliteStatement> m_insertArticle;
    std::unique_ptr<SqliteStatement> m_indexArticle;
    std::unique_ptr<SqliteStatement> m_updateArticle;
    std::unique_ptr<SqliteStatement> m_markNewUnread;
    std::unique_ptr<SqliteStatement> m_countNewArticle;
    std::unique_ptr<SqliteStatement> m_journalMark;
};

} // namespace tidings
