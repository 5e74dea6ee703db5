-- Schema 5: the shop and the cart.

-- Shopify's products.json names no currency: the shop's own (from /meta.json or the storefront) is
-- kept here, so a refresh that cannot read it keeps the last one known rather than guessing.
ALTER TABLE feeds ADD COLUMN currency TEXT CHECK (currency IS NULL OR length(currency) = 3);

-- A product list comes in pages (Shopify 250 a page, WooCommerce 100). The first page's validators
-- live in feeds; every page's, and where the list goes on from it, here, so a refresh can ask for
-- each page conditionally and walk on past a 304.
CREATE TABLE feed_pages (
    feed_id       INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
    page          INTEGER NOT NULL,
    url           TEXT NOT NULL,
    etag          TEXT,
    last_modified TEXT,
    body_hash     BLOB,
    next_url      TEXT,                  -- NULL: the list ends with this page
    PRIMARY KEY (feed_id, page)
) WITHOUT ROWID;

-- Plain text of the description, for search (the HTML would index tag names).
ALTER TABLE products ADD COLUMN description_text TEXT;
UPDATE products SET description_text = description_html;

-- What the shop grid shows and filters on, per product: the lowest price now over its variants (with
-- that variant's regular price and currency), whether any variant can be bought (in stock, or to
-- pre-order or back-order: anything but out of stock) or is on sale. Kept by
-- triggers on the variants, so a grid of 20,000 products sorts and filters on indexed columns
-- instead of aggregating variants for every page it reads.
ALTER TABLE products ADD COLUMN price_minor INTEGER;
ALTER TABLE products ADD COLUMN regular_price_minor INTEGER;
ALTER TABLE products ADD COLUMN price_currency TEXT;
ALTER TABLE products ADD COLUMN in_stock INTEGER NOT NULL DEFAULT 0;
ALTER TABLE products ADD COLUMN on_sale INTEGER NOT NULL DEFAULT 0;

CREATE TRIGGER product_variants_summary_insert AFTER INSERT ON product_variants BEGIN
    UPDATE products SET
        price_minor = (SELECT coalesce(sale_price_minor, price_minor) FROM product_variants
                        WHERE product_id = new.product_id
                        ORDER BY coalesce(sale_price_minor, price_minor), id LIMIT 1),
        regular_price_minor = (SELECT price_minor FROM product_variants WHERE product_id = new.product_id
                                ORDER BY coalesce(sale_price_minor, price_minor), id LIMIT 1),
        price_currency = (SELECT currency FROM product_variants WHERE product_id = new.product_id
                           ORDER BY coalesce(sale_price_minor, price_minor), id LIMIT 1),
        in_stock = EXISTS (SELECT 1 FROM product_variants WHERE product_id = new.product_id
                            AND availability <> 'out_of_stock'),
        on_sale = EXISTS (SELECT 1 FROM product_variants WHERE product_id = new.product_id
                           AND sale_price_minor IS NOT NULL)
    WHERE id = new.product_id;
END;
CREATE TRIGGER product_variants_summary_update
AFTER UPDATE OF price_minor, sale_price_minor, currency, availability ON product_variants BEGIN
    UPDATE products SET
        price_minor = (SELECT coalesce(sale_price_minor, price_minor) FROM product_variants
                        WHERE product_id = new.product_id
                        ORDER BY coalesce(sale_price_minor, price_minor), id LIMIT 1),
        regular_price_minor = (SELECT price_minor FROM product_variants WHERE product_id = new.product_id
                                ORDER BY coalesce(sale_price_minor, price_minor), id LIMIT 1),
        price_currency = (SELECT currency FROM product_variants WHERE product_id = new.product_id
                           ORDER BY coalesce(sale_price_minor, price_minor), id LIMIT 1),
        in_stock = EXISTS (SELECT 1 FROM product_variants WHERE product_id = new.product_id
                            AND availability <> 'out_of_stock'),
        on_sale = EXISTS (SELECT 1 FROM product_variants WHERE product_id = new.product_id
                           AND sale_price_minor IS NOT NULL)
    WHERE id = new.product_id;
END;
UPDATE products SET
    price_minor = (SELECT coalesce(sale_price_minor, price_minor) FROM product_variants v
                    WHERE v.product_id = products.id
                    ORDER BY coalesce(sale_price_minor, price_minor), id LIMIT 1),
    regular_price_minor = (SELECT price_minor FROM product_variants v WHERE v.product_id = products.id
                            ORDER BY coalesce(sale_price_minor, price_minor), id LIMIT 1),
    price_currency = (SELECT currency FROM product_variants v WHERE v.product_id = products.id
                       ORDER BY coalesce(sale_price_minor, price_minor), id LIMIT 1),
    in_stock = EXISTS (SELECT 1 FROM product_variants v WHERE v.product_id = products.id
                        AND availability <> 'out_of_stock'),
    on_sale = EXISTS (SELECT 1 FROM product_variants v WHERE v.product_id = products.id
                       AND sale_price_minor IS NOT NULL);
-- The grid's orders: newest (id), price, name.
CREATE INDEX products_by_price ON products (price_minor, id);
CREATE INDEX products_by_title ON products (title COLLATE NOCASE, id);

-- Search over products, as over articles: external content, kept by triggers.
CREATE VIRTUAL TABLE products_fts USING fts5(
    title, brand, product_type, description_text,
    content = 'products', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2',
    detail = column
);
INSERT INTO products_fts (products_fts) VALUES ('rebuild');
CREATE TRIGGER products_fts_insert AFTER INSERT ON products BEGIN
    INSERT INTO products_fts (rowid, title, brand, product_type, description_text)
    VALUES (new.id, new.title, new.brand, new.product_type, new.description_text);
END;
CREATE TRIGGER products_fts_delete AFTER DELETE ON products BEGIN
    INSERT INTO products_fts (products_fts, rowid, title, brand, product_type, description_text)
    VALUES ('delete', old.id, old.title, old.brand, old.product_type, old.description_text);
END;
CREATE TRIGGER products_fts_update AFTER UPDATE OF title, brand, product_type, description_text ON products BEGIN
    INSERT INTO products_fts (products_fts, rowid, title, brand, product_type, description_text)
    VALUES ('delete', old.id, old.title, old.brand, old.product_type, old.description_text);
    INSERT INTO products_fts (rowid, title, brand, product_type, description_text)
    VALUES (new.id, new.title, new.brand, new.product_type, new.description_text);
END;

-- The cart. unit_price_minor (schema 1) is the price the shopper has seen: when it was added, or
-- when they last acknowledged a change. seen_availability is the same for stock. A line whose
-- variant's price or availability differs from these says so until it is acknowledged.
ALTER TABLE cart_lines ADD COLUMN seen_availability TEXT NOT NULL DEFAULT 'in_stock';
-- A removed line is kept, marked, until the next removal, so "Undo" can bring it back as it was.
ALTER TABLE cart_lines ADD COLUMN removed_at INTEGER;

-- Products the shopper watches. The baseline is what they last saw: a price below it, or stock
-- after none, is noted (alert_*) until they look.
CREATE TABLE watched_products (
    product_id            INTEGER PRIMARY KEY REFERENCES products(id) ON DELETE CASCADE,
    price_minor           INTEGER,
    currency              TEXT,
    in_stock              INTEGER NOT NULL DEFAULT 0,
    alert_old_price_minor INTEGER,       -- a price drop: the price before it
    alert_back_in_stock   INTEGER NOT NULL DEFAULT 0,
    alert_at              INTEGER,
    added_at              INTEGER NOT NULL
);
