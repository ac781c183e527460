-- Schema 4: an article whose page could not be fetched is read from its feed
-- item's title and summary so the news is not lost. This counts those
-- failures, so a later refresh fetches the page again (a few times at most)
-- and replaces the teaser's evidence with the whole article's.
ALTER TABLE articles ADD COLUMN page_failures INTEGER NOT NULL DEFAULT 0;
