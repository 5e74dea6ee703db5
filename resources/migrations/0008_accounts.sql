-- Schema 8: accounts with a feed service (Tiny Tiny RSS, the Google Reader API), their feeds,
-- articles and the journal of read and starred changes that go up at the next sync.
--
-- An account's feeds and articles are ordinary rows: one site per account (named after it) holds
-- its feeds, so the sources tree, the article lists, unread counts, search, comment threads and
-- markAllRead work on them unchanged, and removing the account is removing one site (the foreign
-- keys cascade to feeds, articles, marks and threads). The service's folders are kept as a column
-- of the feed mapping, not as sites: a feed moved to another folder on the service keeps its feed
-- row, its articles and its unread range (unread_articles is keyed by feed), and site names stay
-- what the user chose rather than folder names that collide across accounts.
--
-- Nothing here is secret: the password is never stored. password_source says where to find it
-- (the desktop's keychain, a file only its owner can read, or a command that prints it).
CREATE TABLE accounts (
    id              INTEGER PRIMARY KEY,
    kind            TEXT NOT NULL CHECK (kind IN ('ttrss', 'greader')),
    base_url        TEXT NOT NULL,        -- where the API answered
    user_name       TEXT NOT NULL,
    password_source TEXT NOT NULL CHECK (password_source IN ('keychain', 'file', 'command')),
    password_ref    TEXT,                 -- the file's path or the command; NULL for the keychain
    name            TEXT NOT NULL UNIQUE, -- shown to the user; also the name of its site
    -- Removing the site removes the account: one way to remove either, nothing left half.
    site_id         INTEGER NOT NULL UNIQUE REFERENCES sites(id) ON DELETE CASCADE,
    state           TEXT NOT NULL DEFAULT 'new'
                    CHECK (state IN ('new', 'ok', 'failed', 'backing_off', 'needs_password')),
    last_sync_at    INTEGER,              -- the last sync that went through
    last_attempt_at INTEGER,
    last_error      TEXT,                 -- in words a user understands
    error_count     INTEGER NOT NULL DEFAULT 0,
    retry_at        INTEGER,              -- after 429 or 5xx: no sync before this time
    article_cursor  TEXT,                 -- FeedService::articlesAfter's cursor, opaque here
    created_at      INTEGER NOT NULL,
    UNIQUE (kind, base_url, user_name)
);

CREATE TABLE account_folders (
    account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    remote_id  TEXT NOT NULL,             -- tt-rss category id; Google Reader "user/-/label/NAME"
    title      TEXT NOT NULL,
    PRIMARY KEY (account_id, remote_id)
) WITHOUT ROWID;

-- A remote feed and the local feed row (of the account's site) its articles are stored under.
CREATE TABLE account_feeds (
    feed_id    INTEGER PRIMARY KEY REFERENCES feeds(id) ON DELETE CASCADE,
    account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    remote_id  TEXT NOT NULL,             -- tt-rss feed id; Google Reader "feed/URL"
    folder_id  TEXT,                      -- account_folders.remote_id; NULL: in no folder
    UNIQUE (account_id, remote_id)
);

-- The service's id of each article stored from it. No trigger: the sync inserts these rows itself,
-- and an INSERT trigger on articles would slow every import (schema 6).
CREATE TABLE account_articles (
    article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    remote_id  TEXT NOT NULL,
    UNIQUE (account_id, remote_id)
);

-- Articles the service's unread or starred lists name, fetched by id, whose feed the account does not
-- list (a starred article of a feed unsubscribed since): not stored, and not fetched again at every
-- sync. Forgotten when the account gains a feed, so they are tried once more.
CREATE TABLE account_unlisted (
    account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    remote_id  TEXT NOT NULL,
    PRIMARY KEY (account_id, remote_id)
) WITHOUT ROWID;

-- Read and starred changes made in Tidings to articles of an account, not yet accepted by the
-- service. Written by the store in the same transaction as the mark itself, so a change the user
-- saw done is never lost; deleted only after the service accepted it, so a kill in between sends it
-- again (setting a flag is idempotent on both services). One row per article and flag: the newest
-- value replaces an older one (INSERT OR REPLACE gives it a new id, so a push that read the older
-- row deletes only that one; AUTOINCREMENT keeps ids from being reused).
CREATE TABLE account_journal (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    remote_id  TEXT NOT NULL,             -- the article's id on the service
    flag       TEXT NOT NULL CHECK (flag IN ('unread', 'starred')),
    value      INTEGER NOT NULL CHECK (value IN (0, 1)),
    changed_at INTEGER NOT NULL,          -- when the user changed it (Unix seconds)
    UNIQUE (account_id, remote_id, flag)
);
