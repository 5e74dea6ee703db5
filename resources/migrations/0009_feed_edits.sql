-- Schema 9: the journal of feed edits (unsubscribe, rename, move) made in Tidings to an account's
-- feeds, not yet accepted by the service.
--
-- An edit is applied to the local rows and journalled in one transaction (AccountStore), so what the
-- user saw done is never lost; a row is deleted only after the service accepted it, so a kill in
-- between sends it again (renaming or moving to the same place twice changes nothing; unsubscribing
-- twice is answered "no such feed", which the sync takes as done).
--
-- No foreign key to feeds: unsubscribing removes the local feed (its articles go with it) at once,
-- and the row must outlive it to name the remote feed. The feed's URL and title are kept for the
-- messages that name it, and to let a new subscription to the same URL cancel a pending unsubscribe.
--
-- One row per feed and action: a newer edit replaces an older one of the same kind (INSERT OR
-- REPLACE gives it a new id, so a push that read the older row deletes only that one; AUTOINCREMENT
-- keeps ids from being reused), and an unsubscribe deletes the feed's pending rename and move rows.
CREATE TABLE account_feed_journal (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    remote_id  TEXT NOT NULL,             -- the feed's id on the service
    action     TEXT NOT NULL CHECK (action IN ('unsubscribe', 'rename', 'move')),
    title      TEXT,                      -- rename: the new title; otherwise the feed's title then
    folder_id  TEXT,                      -- move: account_folders.remote_id; NULL: out of every folder
    feed_url   TEXT,                      -- the feed's address, as the account's feed row had it
    changed_at INTEGER NOT NULL,          -- when the user made the edit (Unix seconds)
    UNIQUE (account_id, remote_id, action)
);
