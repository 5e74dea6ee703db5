-- Tidings schema, version 1. Times are Unix seconds, UTC. Money is integer minor units plus an
-- ISO 4217 code, never a floating-point number.

-- A site is what the user added: a publication with several feeds.
CREATE TABLE sites (
    id                 INTEGER PRIMARY KEY,
    name               TEXT NOT NULL UNIQUE,
    home_url           TEXT,
    rest_api_url       TEXT,             -- WordPress REST root, where the site announces one
    refresh_interval_s INTEGER,          -- NULL: the application default
    created_at         INTEGER NOT NULL
);

-- One document that is fetched and parsed, with the state that polite fetching needs.
CREATE TABLE feeds (
    id              INTEGER PRIMARY KEY,
    site_id         INTEGER NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
    kind            TEXT NOT NULL CHECK (kind IN ('articles', 'comments', 'products')),
    url             TEXT NOT NULL,
    title           TEXT,
    format          TEXT,
    etag            TEXT,
    last_modified   TEXT,
    body_hash       BLOB,                -- a 200 with the same body is not parsed again
    last_fetched_at INTEGER,
    last_success_at INTEGER,
    last_error      TEXT,                -- in words a user understands
    error_count     INTEGER NOT NULL DEFAULT 0,
    next_refresh_at INTEGER,
    stopped_reason  TEXT,                -- set when the feed is no longer fetched (410 Gone)
    UNIQUE (site_id, url)
);

CREATE TABLE articles (
    id               INTEGER PRIMARY KEY,
    feed_id          INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
    item_key         TEXT NOT NULL,      -- 'g:' guid, else 'l:' link, else 'h:' content hash
    guid             TEXT,
    link             TEXT,
    title            TEXT NOT NULL DEFAULT '',
    author           TEXT,
    published_at     INTEGER,
    updated_at       INTEGER,
    summary_html     TEXT,
    content_html     TEXT,
    body_text        TEXT NOT NULL DEFAULT '', -- plain text of summary and content, for search
    image_url        TEXT,
    categories       TEXT,               -- one per line
    enclosures       TEXT,               -- JSON array of {url, type, length}
    comments_url     TEXT,
    comment_feed_url TEXT,
    comment_count    INTEGER,
    content_hash     BLOB NOT NULL,      -- what the last import wrote; unchanged items are skipped
    fetched_at       INTEGER NOT NULL,
    is_read          INTEGER NOT NULL DEFAULT 0 CHECK (is_read IN (0, 1)),
    is_starred       INTEGER NOT NULL DEFAULT 0 CHECK (is_starred IN (0, 1)),
    UNIQUE (feed_id, item_key)
);
-- The article list's orders: everything by date, one feed by date, unread and starred.
CREATE INDEX articles_by_date ON articles (published_at DESC, id DESC);
CREATE INDEX articles_by_feed ON articles (feed_id, published_at DESC, id DESC);
CREATE INDEX articles_unread ON articles (published_at DESC, id DESC) WHERE is_read = 0;
CREATE INDEX articles_starred ON articles (published_at DESC, id DESC) WHERE is_starred = 1;
-- Comment documents find their article by its link (every comment format names it, or its guid,
-- which the unique key above covers). An index on comment_feed_url was measured at 5% of a large
-- import and dropped: the refresh knows which article a thread belongs to.
CREATE INDEX articles_by_link ON articles (link);

-- Full-text search over title, author and text. External content: the text lives once, in articles.
-- detail=column keeps which column a word is in but not its position: search is by words, not
-- phrases, and indexing measured 5-10% faster with a smaller index. automerge=16 merges index
-- segments less eagerly while importing (another ~8%), at a small cost to queries on fresh imports.
CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, author, body_text,
    content = 'articles', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2',
    detail = column
);
INSERT INTO articles_fts (articles_fts, rank) VALUES ('automerge', 16);
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts (rowid, title, author, body_text)
    VALUES (new.id, new.title, new.author, new.body_text);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, author, body_text)
    VALUES ('delete', old.id, old.title, old.author, old.body_text);
END;
-- Only a change of the indexed text touches the index: marking read does not.
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, author, body_text ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, author, body_text)
    VALUES ('delete', old.id, old.title, old.author, old.body_text);
    INSERT INTO articles_fts (rowid, title, author, body_text)
    VALUES (new.id, new.title, new.author, new.body_text);
END;

-- The thread under an article: a tree by parent.
CREATE TABLE comments (
    id               INTEGER PRIMARY KEY,
    article_id       INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    remote_id        TEXT NOT NULL,      -- the server's id for the comment
    parent_remote_id TEXT,               -- the parent as the document names it
    parent_id        INTEGER REFERENCES comments(id) ON DELETE SET NULL,
    author_name      TEXT,
    author_url       TEXT,
    link             TEXT,
    published_at     INTEGER,
    content_html     TEXT NOT NULL DEFAULT '',
    content_hash     BLOB NOT NULL,
    fetched_at       INTEGER NOT NULL,
    UNIQUE (article_id, remote_id)
);
CREATE INDEX comments_by_parent ON comments (parent_id);

CREATE TABLE products (
    id                INTEGER PRIMARY KEY,
    feed_id           INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
    remote_id         TEXT NOT NULL,
    group_id          TEXT,              -- Merchant item_group_id: variants shown as one product
    title             TEXT NOT NULL,
    description_html  TEXT,
    link              TEXT,
    image_url         TEXT,
    additional_images TEXT,              -- one URL per line
    brand             TEXT,
    gtin              TEXT,
    mpn               TEXT,
    condition         TEXT,
    product_type      TEXT,
    content_hash      BLOB NOT NULL,
    fetched_at        INTEGER NOT NULL,
    UNIQUE (feed_id, remote_id)
);

-- What can be bought: a product has one variant or several (sizes, colours).
CREATE TABLE product_variants (
    id               INTEGER PRIMARY KEY,
    product_id       INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE,
    remote_id        TEXT NOT NULL,
    title            TEXT,
    sku              TEXT,
    currency         TEXT NOT NULL CHECK (length(currency) = 3),
    price_minor      INTEGER NOT NULL,   -- the regular price
    sale_price_minor INTEGER,            -- the price now, when on sale
    availability     TEXT NOT NULL DEFAULT 'in_stock'
                     CHECK (availability IN ('in_stock', 'out_of_stock', 'preorder', 'backorder')),
    UNIQUE (product_id, remote_id)
);

-- The cart survives restarts because it is here, not in memory.
CREATE TABLE cart_lines (
    id                  INTEGER PRIMARY KEY,
    variant_id          INTEGER NOT NULL UNIQUE REFERENCES product_variants(id) ON DELETE CASCADE,
    quantity            INTEGER NOT NULL CHECK (quantity > 0),
    unit_price_minor    INTEGER NOT NULL, -- the price when added, to show the shopper a change
    currency            TEXT NOT NULL CHECK (length(currency) = 3),
    added_at            INTEGER NOT NULL
);

-- Comments written offline wait here until they are posted. client_id is made before the row is
-- written, so a retry after an unknown outcome can be recognised and never posts twice.
CREATE TABLE comment_outbox (
    id                INTEGER PRIMARY KEY,
    client_id         TEXT NOT NULL UNIQUE,
    article_id        INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    parent_comment_id INTEGER REFERENCES comments(id) ON DELETE SET NULL,
    author_name       TEXT NOT NULL,
    author_email      TEXT NOT NULL,
    author_url        TEXT,
    body              TEXT NOT NULL,
    state             TEXT NOT NULL DEFAULT 'queued'
                      CHECK (state IN ('queued', 'sending', 'held', 'posted', 'failed')),
    attempts          INTEGER NOT NULL DEFAULT 0,
    last_error        TEXT,
    next_attempt_at   INTEGER,
    created_at        INTEGER NOT NULL,
    posted_at         INTEGER,
    remote_id         TEXT               -- the server's id once posted
);
CREATE INDEX comment_outbox_due ON comment_outbox (next_attempt_at) WHERE state IN ('queued', 'failed');
