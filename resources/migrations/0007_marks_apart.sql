-- Schema 7: the unread mark lives in a narrow table of its own, and every feed keeps its counts.
--
-- An article row is 3.7 KB with its HTML and text, and the articles of one feed are spread over the
-- whole table (feeds are refreshed side by side). Marking a feed of 100,000 articles read rewrote
-- about 90,000 pages, 1.7 GB of WAL and 8.5 s at a million articles; counting the unread articles of
-- every feed read a million index entries (155 ms) each time the sources pane was drawn.
--
-- Now an article is unread while it has a row here. A feed's rows are next to each other (the key
-- starts with the feed), so marking a feed read deletes one range; the date index gives the Unread
-- list newest first. The store keeps feeds.unread_count and feeds.article_count with every change
-- it makes (Store::upsertArticle, setRead, markAllRead), so the counts cost one row a feed.
--
-- articles.is_read is no longer read or written: dropping the column would rewrite every article
-- row of a large store during the upgrade. Its old values are copied here once.
CREATE TABLE unread_articles (
    feed_id      INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
    article_id   INTEGER NOT NULL,  -- articles.id (articles_marks_delete removes the row with the article)
    published_at INTEGER NOT NULL,  -- articles.published_at, for the Unread list's order
    PRIMARY KEY (feed_id, article_id)
) WITHOUT ROWID;
CREATE INDEX unread_by_date ON unread_articles (published_at DESC, article_id DESC);

INSERT INTO unread_articles (feed_id, article_id, published_at)
    SELECT feed_id, id, coalesce(published_at, fetched_at) FROM articles WHERE is_read = 0;
-- The list orders by published_at; rows of schema 1 without one sort where the Unread list put them.
UPDATE articles SET published_at = fetched_at WHERE published_at IS NULL;
DROP INDEX IF EXISTS articles_unread;

ALTER TABLE feeds ADD COLUMN unread_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE feeds ADD COLUMN article_count INTEGER NOT NULL DEFAULT 0;
UPDATE feeds SET
    unread_count = (SELECT count(*) FROM unread_articles u WHERE u.feed_id = feeds.id),
    article_count = (SELECT count(*) FROM articles a WHERE a.feed_id = feeds.id);

-- An article deleted takes its mark and its place in the counts with it. A trigger, not a foreign key:
-- a cascade by article_id would need a second index on this table for every delete, and triggers on
-- INSERT are what made the import slow (schema 6); this one fires on DELETE only.
CREATE TRIGGER articles_marks_delete AFTER DELETE ON articles BEGIN
    UPDATE feeds SET article_count = article_count - 1,
        unread_count = unread_count - EXISTS (SELECT 1 FROM unread_articles u
                                             WHERE u.feed_id = old.feed_id AND u.article_id = old.id)
        WHERE id = old.feed_id;
    DELETE FROM unread_articles WHERE feed_id = old.feed_id AND article_id = old.id;
END;

-- Threads worth refreshing are those of articles read in the last week or fetched in the last two
-- days (Sources::threadsToRefresh). Found by walking every article newest first, a store of a million
-- articles with nothing recent was read whole at every refresh (0.9 s with the file cached); with
-- this index and articles_recently_read the recent ones are found directly.
CREATE INDEX articles_by_fetched_at ON articles (fetched_at);
