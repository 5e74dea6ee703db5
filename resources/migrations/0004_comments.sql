-- Schema 4: writing comments, online or not, and reading threads as threads.

-- The outbox of schema 1 was never written to. It is made again with the states a user sees:
--   queued     waiting for the network, or for its next try (next_attempt_at, last_error say why)
--   sending    a request is on its way; found at start-up, the answer was never stored (uncertain)
--   held       the server took it and holds it for moderation
--   published  the server shows it; once it comes back in a thread refresh it is shown from there
--   failed     the server refused it for good (last_error has its reason); the text is kept
DROP INDEX IF EXISTS comment_outbox_due;
DROP TABLE IF EXISTS comment_outbox;
CREATE TABLE comment_outbox (
    id                INTEGER PRIMARY KEY,
    -- Made by Tidings before the row is written: names the comment across restarts and retries.
    client_id         TEXT NOT NULL UNIQUE,
    article_id        INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    -- A reply names its parent: a stored comment, or a comment of the user's still in the outbox
    -- (the reply waits until that one has a server id).
    parent_comment_id INTEGER REFERENCES comments(id) ON DELETE SET NULL,
    parent_outbox_id  INTEGER REFERENCES comment_outbox(id) ON DELETE CASCADE,
    author_name       TEXT NOT NULL,
    author_email      TEXT NOT NULL,
    author_url        TEXT,
    body              TEXT NOT NULL,    -- plain text as written; paragraphs by blank lines
    state             TEXT NOT NULL DEFAULT 'queued'
                      CHECK (state IN ('queued', 'sending', 'held', 'published', 'failed')),
    -- A request went out whose answer was never stored (a crash, a dropped connection): the server
    -- may have it. A "duplicate" answer to the next try then means it is there.
    uncertain         INTEGER NOT NULL DEFAULT 0 CHECK (uncertain IN (0, 1)),
    attempts          INTEGER NOT NULL DEFAULT 0,
    last_error        TEXT,             -- in words, the server's reason where it gave one
    next_attempt_at   INTEGER,          -- NULL: as soon as the network is up
    created_at        INTEGER NOT NULL,
    updated_at        INTEGER NOT NULL,
    sent_at           INTEGER,          -- when the server took it
    remote_id         TEXT,             -- the server's id once posted
    remote_link       TEXT,
    -- The stored comment it became once a thread refresh brought it back: the thread shows that one.
    comment_id        INTEGER REFERENCES comments(id) ON DELETE SET NULL
);
CREATE INDEX comment_outbox_by_article ON comment_outbox (article_id);
CREATE INDEX comment_outbox_pending ON comment_outbox (created_at) WHERE state IN ('queued', 'sending');

-- What the user is writing, saved as they type so a crash or a restart loses nothing. One draft per
-- place: the article's new comment (parent 0) or a reply to one comment.
CREATE TABLE comment_drafts (
    article_id        INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    parent_comment_id INTEGER NOT NULL DEFAULT 0,
    body              TEXT NOT NULL,
    updated_at        INTEGER NOT NULL,
    PRIMARY KEY (article_id, parent_comment_id)
) WITHOUT ROWID;

-- How a site takes comments, once a post has shown it: 'rest' (anonymous REST comments) or 'form'
-- (wp-comments-post.php). NULL: not known yet; REST is tried first where the site has the API.
ALTER TABLE sites ADD COLUMN comment_route TEXT CHECK (comment_route IN ('rest', 'form'));

-- When the user last looked at an article's thread: comments stored after it are new.
ALTER TABLE articles ADD COLUMN thread_seen_at INTEGER;
-- Whether the article takes comments: NULL not known, 1 open, 0 closed (comments_note says why,
-- in the server's words where it gave them).
ALTER TABLE articles ADD COLUMN comments_open INTEGER CHECK (comments_open IN (0, 1));
ALTER TABLE articles ADD COLUMN comments_note TEXT;

-- A thread is counted per article for the list (comments and new comments).
CREATE INDEX comments_by_article ON comments (article_id, fetched_at);
