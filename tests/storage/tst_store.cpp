#include "storage/ArticleQueries.h"
#include "storage/Database.h"
#include "storage/Store.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace tidings;

namespace {

ParsedArticle article(const QString &id, const QString &title, const QString &body)
{
    ParsedArticle a;
    a.id = id;
    a.link = u"https://site.example/"_qs + id;
    a.title = {title, false};
    a.content = {{body, true}};
    a.published = QDateTime(QDate(2026, 11, 1), QTime(12, 0), Qt::UTC);
    return a;
}

qint64 scalar(Store &store, const QString &sql)
{
    QSqlQuery q(store.database().connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

QString pragma(Store &store, const char *name)
{
    QSqlQuery q(store.database().connection());
    q.exec(u"PRAGMA "_qs + QString::fromLatin1(name));
    return q.next() ? q.value(0).toString() : QString();
}

} // namespace

class TestStore : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(u"store-%1.sqlite"_qs.arg(++m_counter));
    }

    void createsTheSchemaWithDurablePragmas()
    {
        Store store;
        QVERIFY2(store.open(m_path), qPrintable(store.error()));
        QCOMPARE(store.database().schemaVersion(), Database::latestSchemaVersion());
        QVERIFY(Database::latestSchemaVersion() >= 1);
        QCOMPARE(pragma(store, "journal_mode"), u"wal"_qs);
        QCOMPARE(pragma(store, "synchronous"), u"1"_qs); // NORMAL
        QCOMPARE(pragma(store, "foreign_keys"), u"1"_qs);
        for (const char *table : {"sites", "feeds", "articles", "articles_fts", "comments", "products",
                                  "product_variants", "cart_lines", "comment_outbox"}) {
            QCOMPARE(scalar(store,
                            u"SELECT count(*) FROM sqlite_master WHERE name = '%1'"_qs.arg(QLatin1StringView(table))),
                     1);
        }
    }

    void refusesADatabaseFromANewerVersion()
    {
        {
            Store store;
            QVERIFY(store.open(m_path));
            QVERIFY(store.database().exec(u"PRAGMA user_version = 999"_qs));
        }
        Store store;
        QVERIFY(!store.open(m_path));
        QVERIFY2(store.error().contains(u"newer Tidings"), qPrintable(store.error()));
        // And leaves it as it was.
        Database raw;
        QVERIFY(raw.open(m_path, Database::Mode::ReadOnly));
        QCOMPARE(raw.schemaVersion(), 999);
    }

    void migratesAnOlderDatabaseKeepingACopy()
    {
        // A database as Tidings with schema 2 left it, with an article in it: today's schema with
        // migrations 3 (one index), 4 (the outbox, drafts and four columns), 5 (the shop), 6 (the
        // index trigger), 7 (marks apart), 8 (accounts) and 9 (feed edits) undone.
        {
            Store old;
            QVERIFY(old.open(m_path));
            ImportCounts counts;
            QVERIFY(old.upsertArticle(feed(old), toRecord(article(u"1"_qs, u"Kept across versions"_qs, u"x"_qs)), 1,
                                      counts));
            QVERIFY(old.upsertArticle(feed(old), toRecord(article(u"2"_qs, u"Read before"_qs, u"y"_qs)), 1, counts));
            const qint64 site = old.ensureSite(u"Old WordPress"_qs);
            QVERIFY(old.ensureFeed(
                            site, DocumentKind::Comments,
                            u"https://wp.example/wp-json/wp/v2/comments?post=7&per_page=100&orderby=id&order=asc"_qs)
                    > 0);
            QVERIFY(old.database().execScript(
                    "UPDATE feeds SET etag = '\"v1\"' WHERE kind = 'comments';"
                    // Migration 9 (the feed-edit journal) undone.
                    "DROP TABLE account_feed_journal;"
                    // Migration 8 (accounts) undone.
                    "DROP TABLE account_journal; DROP TABLE account_articles; DROP TABLE account_feeds;"
                    "DROP TABLE account_folders; DROP TABLE account_unlisted; DROP TABLE accounts;"
                    // Migration 7 undone: marks in the article rows, counts taken each time.
                    "DROP TRIGGER articles_marks_delete; DROP TABLE unread_articles; DROP INDEX articles_by_fetched_at;"
                    "ALTER TABLE feeds DROP COLUMN unread_count;"
                    "ALTER TABLE feeds DROP COLUMN article_count;"
                    "UPDATE articles SET is_read = 1 WHERE title = 'Read before';"
                    "DROP INDEX articles_by_feed;"
                    "CREATE INDEX articles_by_feed ON articles (feed_id, published_at DESC, id DESC);"
                    "DROP TABLE comment_drafts; DROP TABLE comment_outbox; DROP INDEX comments_by_article;"
                    "ALTER TABLE sites DROP COLUMN comment_route; ALTER TABLE articles DROP COLUMN thread_seen_at;"
                    "ALTER TABLE articles DROP COLUMN comments_open; ALTER TABLE articles DROP COLUMN comments_note;"
                    // Migration 5 (the shop) undone too.
                    "DROP TABLE watched_products; DROP TABLE feed_pages; DROP TABLE products_fts;"
                    "DROP TRIGGER products_fts_insert; DROP TRIGGER products_fts_delete;"
                    "DROP TRIGGER products_fts_update;"
                    "DROP TRIGGER product_variants_summary_insert; DROP TRIGGER product_variants_summary_update;"
                    "DROP INDEX products_by_price; DROP INDEX products_by_title;"
                    "ALTER TABLE feeds DROP COLUMN currency; ALTER TABLE products DROP COLUMN description_text;"
                    "ALTER TABLE products DROP COLUMN price_minor; ALTER TABLE products DROP COLUMN "
                    "regular_price_minor;"
                    "ALTER TABLE products DROP COLUMN price_currency; ALTER TABLE products DROP COLUMN in_stock;"
                    "ALTER TABLE products DROP COLUMN on_sale; ALTER TABLE cart_lines DROP COLUMN seen_availability;"
                    "ALTER TABLE cart_lines DROP COLUMN removed_at;"
                    // Migration 6 undone: new articles indexed by a trigger.
                    "CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN "
                    "INSERT INTO articles_fts (rowid, title, author, body_text) "
                    "VALUES (new.id, new.title, new.author, new.body_text); END;"
                    "PRAGMA user_version = 2;"));
        }
        Store store;
        QVERIFY2(store.open(m_path), qPrintable(store.error()));
        QCOMPARE(store.database().schemaVersion(), Database::latestSchemaVersion());
        QCOMPARE(store.stats().articles, 2);
        // The marks moved to their own table (schema 7), and each feed counts its articles.
        QCOMPARE(store.stats().unread, 1);
        QCOMPARE(scalar(store,
                        u"SELECT a.title = 'Kept across versions' FROM unread_articles u "
                        u"JOIN articles a ON a.id = u.article_id"_qs),
                 1);
        QCOMPARE(scalar(store, u"SELECT unread_count * 10 + article_count FROM feeds WHERE kind = 'articles'"_qs), 12);
        // The store indexes new articles itself now: no trigger indexes them a second time.
        QCOMPARE(scalar(store, u"SELECT count(*) FROM sqlite_master WHERE name = 'articles_fts_insert'"_qs), 0);
        ImportCounts counts;
        QVERIFY(store.upsertArticle(scalar(store, u"SELECT min(id) FROM feeds"_qs),
                                    toRecord(article(u"3"_qs, u"Indexed once"_qs, u"x"_qs)), 1, counts));
        QCOMPARE(store.search(u"indexed"_qs).size(), 1);
        QCOMPARE(scalar(store, u"SELECT count(*) FROM articles_fts_docsize"_qs), 3);
        // A WordPress thread read oldest first is now read newest first, its old validators dropped.
        QCOMPARE(scalar(store,
                        u"SELECT count(*) FROM feeds WHERE kind = 'comments' AND url LIKE '%order=desc' "
                        u"AND etag IS NULL"_qs),
                 1);
        // The copy made before migrating is the old database, whole.
        const QString backup = m_path + u".schema-2.bak"_qs;
        QVERIFY(QFile::exists(backup));
        Database old;
        QVERIFY(old.open(backup, Database::Mode::ReadOnly));
        QCOMPARE(old.schemaVersion(), 2);
        QSqlQuery title(old.connection());
        QVERIFY(title.exec(u"SELECT title FROM articles"_qs) && title.next());
        QCOMPARE(title.value(0).toString(), u"Kept across versions"_qs);
    }

    void feedsKeepTheirCountsThroughEveryChange()
    {
        // Schema 7: the sources pane reads each feed's counts from its row, so every change the store
        // makes must keep them equal to what counting would give.
        Store store;
        QVERIFY(store.open(m_path));
        const qint64 feedId = feed(store);
        const qint64 otherFeed = store.ensureFeed(store.ensureSite(u"Other"_qs), DocumentKind::Articles,
                                                  u"https://other.example/feed"_qs);
        ImportCounts counts;
        for (int i = 0; i < 5; ++i) {
            QVERIFY(store.upsertArticle(feedId, toRecord(article(QString::number(i), u"Mine %1"_qs.arg(i), u"x"_qs)), 1,
                                        counts));
        }
        QVERIFY(store.upsertArticle(otherFeed, toRecord(article(u"o"_qs, u"Other walrus"_qs, u"x"_qs)), 1, counts));
        // Unchanged and changed articles add nothing.
        QVERIFY(store.upsertArticle(feedId, toRecord(article(u"0"_qs, u"Mine 0"_qs, u"x"_qs)), 2, counts));
        QVERIFY(store.upsertArticle(feedId, toRecord(article(u"1"_qs, u"Mine 1 again"_qs, u"x"_qs)), 2, counts));
        auto countsAgree = [&] {
            return scalar(store,
                          u"SELECT count(*) FROM feeds f WHERE f.unread_count <> (SELECT count(*) FROM "
                          u"unread_articles u WHERE u.feed_id = f.id) OR f.article_count <> (SELECT count(*) FROM "
                          u"articles a WHERE a.feed_id = f.id)"_qs)
                    == 0;
        };
        auto unreadOf = [&](qint64 id) {
            return scalar(store, u"SELECT unread_count FROM feeds WHERE id = %1"_qs.arg(id));
        };
        QVERIFY(countsAgree());
        QCOMPARE(unreadOf(feedId), 5);
        QCOMPARE(scalar(store, u"SELECT article_count FROM feeds WHERE id = %1"_qs.arg(feedId)), 5);

        const qint64 first = scalar(store, u"SELECT min(id) FROM articles"_qs);
        QVERIFY(store.setRead(first, true));
        QVERIFY(store.setRead(first, true)); // twice: counted once
        QCOMPARE(unreadOf(feedId), 4);
        QVERIFY(store.setRead(first, false));
        QVERIFY(store.setRead(first, false));
        QCOMPARE(unreadOf(feedId), 5);
        QVERIFY(countsAgree());

        // Every scope of "mark all read".
        QVERIFY(store.setStarred(first, true));
        QVERIFY(store.markAllRead({ArticleFilter::Kind::Starred, 0, {}}));
        QCOMPARE(unreadOf(feedId), 4);
        QVERIFY(store.markAllRead({ArticleFilter::Kind::Search, 0, u"walrus"_qs}));
        QCOMPARE(unreadOf(otherFeed), 0);
        QCOMPARE(unreadOf(feedId), 4);
        QVERIFY(countsAgree());
        QVERIFY(store.markAllRead({ArticleFilter::Kind::Feed, feedId, {}}));
        QCOMPARE(unreadOf(feedId), 0);
        QVERIFY(store.setRead(first, false));
        QVERIFY(store.markAllRead({ArticleFilter::Kind::Site,
                                   scalar(store, u"SELECT site_id FROM feeds WHERE id = %1"_qs.arg(feedId)),
                                   {}}));
        QCOMPARE(unreadOf(feedId), 0);
        QVERIFY(store.setRead(first, false));
        QVERIFY(store.markAllRead({ArticleFilter::Kind::All, 0, {}}));
        QCOMPARE(store.stats().unread, 0);
        QVERIFY(countsAgree());
        // Bulk marks are not reading: only the article opened has a read time.
        QCOMPARE(scalar(store, u"SELECT count(*) FROM articles WHERE read_at IS NOT NULL"_qs), 1);
        // An article deleted takes its mark and its count along.
        QVERIFY(store.setRead(first, false));
        QVERIFY(store.database().exec(u"DELETE FROM articles WHERE id = %1"_qs.arg(first)));
        QCOMPARE(unreadOf(feedId), 0);
        QCOMPARE(scalar(store, u"SELECT article_count FROM feeds WHERE id = %1"_qs.arg(feedId)), 4);
        QVERIFY(countsAgree());
    }

    void theUnreadListPagesNewestFirstFromItsOwnIndex()
    {
        Store store;
        QVERIFY(store.open(m_path));
        const qint64 feedId = feed(store);
        ImportCounts counts;
        for (int i = 0; i < 7; ++i) {
            ParsedArticle a = article(QString::number(i), u"Article %1"_qs.arg(i), u"x"_qs);
            a.published = a.published.addSecs(i % 2 ? 3600 * i : -3600 * i); // not in insertion order
            QVERIFY(store.upsertArticle(feedId, toRecord(a), 1, counts));
        }
        QVERIFY(store.setRead(scalar(store, u"SELECT id FROM articles WHERE title = 'Article 3'"_qs), true));
        const ArticleFilter unread{ArticleFilter::Kind::Unread, 0, {}};
        QList<ArticleListRow> pages;
        PageCursor cursor;
        for (;;) {
            const QList<ArticleListRow> page = articlePage(store.database(), unread, cursor, 2);
            if (page.isEmpty())
                break;
            pages += page;
            cursor = cursorAfter(cursor, page);
        }
        QList<ArticleListRow> all = articlePage(store.database(), {}, {}, 100);
        all.removeIf([](const ArticleListRow &r) { return r.read; });
        QCOMPARE(pages.size(), 6);
        for (qsizetype i = 0; i < pages.size(); ++i) {
            QCOMPARE(pages.at(i).id, all.at(i).id);
            QVERIFY(!pages.at(i).read);
        }
        // The plan walks the unread table's date index: no sort, no scan of the articles.
        QSqlQuery plan(store.database().connection());
        QVERIFY(plan.exec(u"EXPLAIN QUERY PLAN SELECT a.id FROM articles a JOIN unread_articles u ON u.feed_id = "
                          u"a.feed_id AND u.article_id = a.id ORDER BY u.published_at DESC, u.article_id DESC "
                          u"LIMIT 2"_qs));
        QString steps;
        while (plan.next())
            steps += plan.value(3).toString() + u'\n';
        QVERIFY2(steps.contains(u"unread_by_date"_qs) && !steps.contains(u"TEMP B-TREE"_qs), qPrintable(steps));
    }

    void reopeningDoesNotMigrateAgain()
    {
        {
            Store store;
            QVERIFY(store.open(m_path));
            ImportCounts counts;
            QVERIFY(store.upsertArticle(feed(store), toRecord(article(u"1"_qs, u"One"_qs, u"<p>x</p>"_qs)), 1, counts));
        }
        Store store;
        QVERIFY(store.open(m_path));
        QCOMPARE(store.stats().articles, 1);
        QVERIFY(!QFile::exists(m_path + u".schema-1.bak"_qs)); // no migration ran, so no copy
    }

    void upsertKeepsReadAndStarredMarks()
    {
        Store store;
        QVERIFY(store.open(m_path));
        const qint64 feedId = feed(store);
        ImportCounts counts;
        QVERIFY(store.upsertArticle(feedId, toRecord(article(u"a"_qs, u"Title"_qs, u"<p>old words</p>"_qs)), 1,
                                    counts));
        const qint64 id = scalar(store, u"SELECT id FROM articles"_qs);
        QVERIFY(store.setRead(id, true));
        QVERIFY(store.setStarred(id, true));

        // Same item again: unchanged. Changed text: updated in place, marks kept.
        QVERIFY(store.upsertArticle(feedId, toRecord(article(u"a"_qs, u"Title"_qs, u"<p>old words</p>"_qs)), 2,
                                    counts));
        QVERIFY(store.upsertArticle(feedId, toRecord(article(u"a"_qs, u"Title"_qs, u"<p>new words</p>"_qs)), 3,
                                    counts));
        QCOMPARE(counts.added, 1);
        QCOMPARE(counts.unchanged, 1);
        QCOMPARE(counts.updated, 1);
        QCOMPARE(counts.changedArticles, QList<qint64>{id}); // named, so that views update that row
        QCOMPARE(scalar(store, u"SELECT count(*) FROM articles"_qs), 1);
        QCOMPARE(scalar(store, u"SELECT id FROM articles"_qs), id);
        QCOMPARE(scalar(store, u"SELECT (SELECT count(*) FROM unread_articles) + 2 * is_starred FROM articles"_qs), 2);
        // The index follows the text: the new words are found, the old ones are not.
        QCOMPARE(store.search(u"new words"_qs).size(), 1);
        QCOMPARE(store.search(u"old"_qs).size(), 0);
    }

    void changedArticlesAreNamedUpToALimit()
    {
        ImportCounts counts;
        for (qint64 id = 1; id <= ImportCounts::kMaxChanged; ++id)
            QVERIFY(counts.noteChanged(id));
        QVERIFY(counts.noteChanged(7)); // already named: no growth
        QCOMPARE(counts.changedArticles.size(), ImportCounts::kMaxChanged);
        QVERIFY(!counts.changedOverflow);
        QVERIFY(!counts.noteChanged(ImportCounts::kMaxChanged + 1));
        QVERIFY(counts.changedOverflow);
        QCOMPARE(counts.changedArticles.size(), ImportCounts::kMaxChanged);

        // Adding up keeps one name per article and carries "too many" along.
        ImportCounts a;
        ImportCounts b;
        QVERIFY(a.noteChanged(1));
        QVERIFY(b.noteChanged(1));
        QVERIFY(b.noteChanged(2));
        a += b;
        QCOMPARE(a.changedArticles, (QList<qint64>{1, 2}));
        QVERIFY(!a.changedOverflow);
        a += counts;
        QVERIFY(a.changedOverflow);
    }

    void identityFallsBackFromGuidToLinkToContent()
    {
        Store store;
        QVERIFY(store.open(m_path));
        const qint64 feedId = feed(store);
        ParsedArticle byLink = article(QString(), u"Linked"_qs, u"x"_qs);
        ParsedArticle byHash = article(QString(), u"Bare"_qs, u"y"_qs);
        byHash.link.clear();
        ImportCounts counts;
        for (int round = 0; round < 2; ++round) {
            QVERIFY(store.upsertArticle(feedId, toRecord(byLink), 1, counts));
            QVERIFY(store.upsertArticle(feedId, toRecord(byHash), 1, counts));
        }
        QCOMPARE(counts.added, 2);
        QCOMPARE(counts.unchanged, 2);
        QCOMPARE(scalar(store, u"SELECT count(*) FROM articles WHERE item_key LIKE 'l:%'"_qs), 1);
        QCOMPARE(scalar(store, u"SELECT count(*) FROM articles WHERE item_key LIKE 'h:%'"_qs), 1);
    }

    void searchRanksTitlesFirstAndSurvivesOperators()
    {
        Store store;
        QVERIFY(store.open(m_path));
        const qint64 feedId = feed(store);
        ImportCounts counts;
        QVERIFY(store.upsertArticle(
                feedId, toRecord(article(u"1"_qs, u"Cables"_qs, u"<p>about chargers and cables</p>"_qs)), 1, counts));
        QVERIFY(store.upsertArticle(feedId, toRecord(article(u"2"_qs, u"Chargers compared"_qs, u"<p>watts</p>"_qs)), 1,
                                    counts));
        QVERIFY(store.upsertArticle(
                feedId, toRecord(article(u"3"_qs, u"Caf\u00e9 gear"_qs, u"<script>chargers</script><p>beans</p>"_qs)),
                1, counts));

        const QList<SearchHit> hits = store.search(u"charger"_qs); // a prefix while typing
        QCOMPARE(hits.size(), 2); // script bodies are not text
        QCOMPARE(hits[0].title, u"Chargers compared"_qs);
        QCOMPARE(hits[0].site, u"Test site"_qs);
        QCOMPARE(store.search(u"cafe"_qs).size(), 1); // diacritics folded
        // FTS5 syntax in user input is just text.
        for (const QString &q : {u"\"unbalanced"_qs, u"NEAR("_qs, u"a OR"_qs, u"title:x"_qs, u"*"_qs, u"-"_qs}) {
            (void)store.search(q);
            QVERIFY2(store.error().isEmpty(), qPrintable(q + u": "_qs + store.error()));
        }
        QCOMPARE(Store::ftsQuery(u"two words"_qs), u"\"two\" \"words\"*"_qs);
    }

    void theWordBeingTypedStandsForTheWordsItCanBecome()
    {
        Store store;
        QVERIFY(store.open(m_path));
        const qint64 feedId = feed(store);
        ImportCounts counts;
        QStringList many;
        for (int i = 0; i <= Store::kPrefixExpansionLimit; ++i)
            many.append(u"qqq%1 qa%1"_qs.arg(i));
        const QStringList bodies
                = {u"New headphones"_qs, u"A new headset"_qs, u"Héadroom, new"_qs, u"Other"_qs, many.join(u' ')};
        for (qsizetype i = 0; i < bodies.size(); ++i) {
            QVERIFY(store.upsertArticle(feedId, toRecord(article(QString::number(i), u"Title"_qs, bodies.at(i))), 1,
                                        counts));
        }
        Database &db = store.database();
        QCOMPARE(Store::articleFtsQuery(db, u"new hea"_qs),
                 u"\"new\" AND (\"headphones\" OR \"headroom\" OR \"headset\")"_qs);
        QCOMPARE(store.search(u"new hea"_qs).size(), 3);
        // Typed in capitals and with an accent, as the index holds it.
        QCOMPARE(Store::articleFtsQuery(db, u"HÉADS"_qs), u"(\"headset\")"_qs);
        // A word followed by a space is whole.
        QCOMPARE(Store::articleFtsQuery(db, u"hea "_qs), u"\"hea\""_qs);
        // Nothing starts with it: FTS5's own prefix search, which is then cheap.
        QCOMPARE(Store::articleFtsQuery(db, u"zzz"_qs), u"\"zzz\"*"_qs);
        // More words than can stand in: a prefix of three letters or more is searched as a prefix...
        QCOMPARE(Store::articleFtsQuery(db, u"qqq"_qs), u"\"qqq\"*"_qs);
        QCOMPARE(store.search(u"qqq"_qs).size(), 1);
        // ...one or two letters as a whole word until the next letter narrows them.
        QCOMPARE(Store::articleFtsQuery(db, u"qa"_qs), u"\"qa\""_qs);
        QCOMPARE(Store::articleFtsQuery(db, u"qa6"_qs),
                 u"(\"qa6\" OR \"qa60\" OR \"qa61\" OR \"qa62\" OR "
                 u"\"qa63\" OR \"qa64\")"_qs);
        // Operators typed by the user stay text.
        QCOMPARE(Store::articleFtsQuery(db, u"new OR\"x"_qs), u"\"new\" AND \"OR\" AND \"x\"*"_qs);
        // The list shows what marking the search read marks.
        QVERIFY(store.markAllRead({ArticleFilter::Kind::Search, 0, u"new hea"_qs}));
        QCOMPARE(store.stats().unread, 2);
    }

    void searchRanksABoundedSetOfTheNewestMatches()
    {
        // More matches than the ranked candidates: bm25 orders the newest kSearchCandidates of them,
        // so a title match among those comes first, and one older than all of them is not scored.
        Store store;
        QVERIFY(store.open(m_path));
        const qint64 feedId = feed(store);
        const int total = Store::kSearchCandidates + 200;
        const int oldTitleMatch = 10; // older than every candidate
        const int newTitleMatch = total - 300; // among the candidates
        ImportCounts counts;
        QVERIFY(store.begin());
        for (int i = 0; i < total; ++i) {
            const bool inTitle = i == oldTitleMatch || i == newTitleMatch;
            const QString title = inTitle ? u"Gadget %1"_qs.arg(i) : u"Item %1"_qs.arg(i);
            const QString body = i == oldTitleMatch ? u"<p>gadget rarity</p>"_qs : u"<p>a gadget inside</p>"_qs;
            QVERIFY(store.upsertArticle(feedId, toRecord(article(QString::number(i), title, body)), 1, counts));
        }
        QVERIFY(store.commit());

        const QList<SearchHit> hits = store.search(u"gadget "_qs, 5);
        QVERIFY2(store.error().isEmpty(), qPrintable(store.error()));
        QCOMPARE(hits.size(), 5);
        QCOMPARE(hits[0].title, u"Gadget %1"_qs.arg(newTitleMatch));
        QVERIFY(hits[0].snippet.contains(u"[gadget]"_qs));
        for (const SearchHit &h : hits)
            QVERIFY(h.title != u"Gadget %1"_qs.arg(oldTitleMatch));
        // Fewer matches than candidates: every match is ranked, however old.
        const QList<SearchHit> rare = store.search(u"gadget rarity"_qs, 5);
        QCOMPARE(rare.size(), 1);
        QCOMPARE(rare[0].title, u"Gadget %1"_qs.arg(oldTitleMatch));
        QCOMPARE(store.search(u"gadget "_qs, 3000).size(), total); // a limit past the bound still finds them all
    }

    void deletingASiteRemovesWhatItOwnsAndItsIndex()
    {
        Store store;
        QVERIFY(store.open(m_path));
        const qint64 feedId = feed(store);
        ImportCounts counts;
        QVERIFY(store.upsertArticle(feedId, toRecord(article(u"1"_qs, u"Unique zebra"_qs, u"x"_qs)), 1, counts));
        QCOMPARE(store.search(u"zebra"_qs).size(), 1);
        QVERIFY(store.database().exec(u"DELETE FROM sites"_qs));
        QCOMPARE(store.stats().articles, 0);
        QCOMPARE(store.stats().feeds, 0);
        QCOMPARE(store.search(u"zebra"_qs).size(), 0);
        QCOMPARE(scalar(store, u"SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'zebra'"_qs), 0);
    }

    void commentsFindTheirArticleByLinkGuidOrCommentFeed()
    {
        Store store;
        QVERIFY(store.open(m_path));
        ParsedArticle a = article(u"tag:site,2026:7"_qs, u"Post"_qs, u"x"_qs);
        a.commentFeedUrl = u"https://site.example/7/comments.atom"_qs;
        ImportCounts counts;
        QVERIFY(store.upsertArticle(feed(store), toRecord(a), 1, counts));
        const qint64 id = scalar(store, u"SELECT id FROM articles"_qs);
        QCOMPARE(store.findArticleForComments(QString(), a.link), id);
        QCOMPARE(store.findArticleForComments(QString(), a.id), id); // RFC 4685 ref = the entry's id
        QCOMPARE(store.findArticleForComments(a.commentFeedUrl, u"unknown"_qs), id);
        QCOMPARE(store.findArticleForComments(u"https://elsewhere.example/feed"_qs, u"unknown"_qs), -1);
    }

    void commentsLinkToParentsWhateverTheOrder()
    {
        Store store;
        QVERIFY(store.open(m_path));
        ImportCounts counts;
        QVERIFY(store.upsertArticle(feed(store), toRecord(article(u"p"_qs, u"Post"_qs, u"x"_qs)), 1, counts));
        const qint64 articleId = scalar(store, u"SELECT id FROM articles"_qs);
        // The reply arrives before its parent, the grandchild in a later import.
        QList<ParsedComment> first = {{u"c2"_qs, u"c1"_qs, {}, {}, {u"B"_qs, {}, {}}, {}, u"<p>reply</p>"_qs},
                                      {u"c1"_qs, {}, {}, {}, {u"A"_qs, {}, {}}, {}, u"<p>top</p>"_qs}};
        QVERIFY(store.upsertComments(articleId, first, 1, counts));
        QVERIFY(store.upsertComments(
                articleId, {{u"c3"_qs, u"c2"_qs, {}, {}, {u"C"_qs, {}, {}}, {}, u"<p>deep</p>"_qs}}, 2, counts));
        QCOMPARE(scalar(store, u"SELECT count(*) FROM comments"_qs), 3);
        QCOMPARE(counts.changedArticles, QList<qint64>{articleId}); // a thread that grew changes its article, once
        ImportCounts again;
        QVERIFY(store.upsertComments(articleId, first, 3, again));
        QCOMPARE(again.unchanged, 2);
        QVERIFY(again.changedArticles.isEmpty());
        QCOMPARE(scalar(store, u"SELECT count(*) FROM comments WHERE parent_id IS NULL"_qs), 1);
        QCOMPARE(
                scalar(store,
                       u"SELECT p.remote_id = 'c2' FROM comments c JOIN comments p ON p.id = c.parent_id WHERE c.remote_id = 'c3'"_qs),
                1);
        QCOMPARE(
                scalar(store,
                       u"SELECT p.remote_id = 'c1' FROM comments c JOIN comments p ON p.id = c.parent_id WHERE c.remote_id = 'c2'"_qs),
                1);
    }

    void productsKeepExactPricesAndStableVariantIds()
    {
        Store store;
        QVERIFY(store.open(m_path));
        const qint64 siteId = store.ensureSite(u"Shop"_qs);
        const qint64 feedId = store.ensureFeed(siteId, DocumentKind::Products, u"https://shop.example/feed"_qs);
        ParsedProduct p;
        p.id = u"P1"_qs;
        p.title = u"Cable"_qs;
        p.variants = {{u"V1"_qs, u"Black"_qs, {}, Money{1799, u"USD"_qs}, Money{1499, u"USD"_qs}, u"in_stock"_qs}};
        ImportCounts counts;
        QVERIFY(store.upsertProducts(feedId, {p}, 1, counts));
        const qint64 variantId = scalar(store, u"SELECT id FROM product_variants"_qs);
        QVERIFY(store.database().exec(
                u"INSERT INTO cart_lines (variant_id, quantity, unit_price_minor, currency, added_at) VALUES (%1, 2, 1499, 'USD', 1)"_qs
                        .arg(variantId)));

        p.variants[0].salePrice.reset();
        p.variants[0].availability = u"out_of_stock"_qs;
        QVERIFY(store.upsertProducts(feedId, {p}, 2, counts));
        QCOMPARE(counts.added, 1);
        QCOMPARE(counts.updated, 1);
        QCOMPARE(scalar(store, u"SELECT id FROM product_variants"_qs), variantId);
        QCOMPARE(scalar(store, u"SELECT price_minor FROM product_variants"_qs), 1799);
        QCOMPARE(scalar(store, u"SELECT sale_price_minor IS NULL FROM product_variants"_qs), 1);
        QCOMPARE(store.stats().cartLines, 1); // the cart survives a refresh of the product
        QCOMPARE(store.stats().cartItems, 2); // one line of two: the Cart tab counts two
    }

private:
    static qint64 feed(Store &store)
    {
        const qint64 site = store.ensureSite(u"Test site"_qs, u"https://site.example/"_qs);
        return store.ensureFeed(site, DocumentKind::Articles, u"https://site.example/feed/"_qs);
    }

    QTemporaryDir m_dir;
    QString m_path;
    int m_counter = 0;
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
