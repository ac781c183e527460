-- Schema 2: the title page and the outbox read these on every open.
CREATE INDEX evidence_by_title ON evidence (title_id, published);
CREATE INDEX quotes_by_title ON quotes (title_id, published);
CREATE INDEX history_by_title ON status_history (title_id, at);
CREATE INDEX outbox_pending ON outbox (delivered_at) WHERE delivered_at IS NULL;
CREATE INDEX titles_added ON titles (added_at);
