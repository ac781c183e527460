-- Schema 3: the watchlist's orderings and its search read from narrow
-- indexes, so one page of a 50,000-title list neither sorts nor reads whole
-- rows. The expressions must stay identical to the ORDER BY clauses in
-- titles.rs, or SQLite will not use them; removed_at is included so that a
-- walk over ids alone never visits the table.
CREATE INDEX titles_recent
    ON titles (coalesce(status_changed_at, added_at) DESC, id DESC, removed_at)
    WHERE removed_at IS NULL;
CREATE INDEX titles_recently_added ON titles (added_at DESC, id DESC, removed_at)
    WHERE removed_at IS NULL;
CREATE INDEX titles_ladder ON titles (
    CASE status WHEN 'released' THEN 0 WHEN 'release_date_set' THEN 1
        WHEN 'in_production' THEN 2 WHEN 'confirmed' THEN 3 WHEN 'in_talks' THEN 4
        WHEN 'rumored' THEN 5 WHEN 'unknown' THEN 6 ELSE 7 END,
    name_key, id, removed_at)
    WHERE removed_at IS NULL;
CREATE INDEX titles_by_name ON titles (name_key, year, id, removed_at) WHERE removed_at IS NULL;
