-- Schema 2: what refreshing needs.

-- A comment thread is fetched like any feed; this says whose thread it is.
ALTER TABLE feeds ADD COLUMN article_id INTEGER REFERENCES articles(id) ON DELETE CASCADE;
CREATE INDEX feeds_by_article ON feeds (article_id) WHERE article_id IS NOT NULL;

-- When the user last read an article: recently read threads are refreshed.
ALTER TABLE articles ADD COLUMN read_at INTEGER;
CREATE INDEX articles_recently_read ON articles (read_at) WHERE read_at IS NOT NULL;

-- OPML folders, kept so an export gives back what was imported.
ALTER TABLE sites ADD COLUMN folder TEXT;
