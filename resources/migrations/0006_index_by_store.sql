-- Schema 6: new articles are indexed by the store, not by a trigger.
--
-- An INSERT that fires a trigger writing to an FTS5 table runs inside a statement savepoint, and
-- FTS5 writes its pending terms out as a new segment at every savepoint. Importing 100,000 articles
-- built the index one article at a time and spent most of its time merging those segments. The
-- store now inserts the article, then its index row, with two plain statements (Store::upsertArticle):
-- FTS5 keeps a transaction's terms in memory and writes them in large segments. Changes and
-- deletions still go through the triggers of schema 1, which are rare and need the old values.
-- The index itself is unchanged: nothing to rebuild.
DROP TRIGGER IF EXISTS articles_fts_insert;
