-- Schema 5: the user can set aside an article that was read wrongly for a
-- title ("this is about another film", "it says the opposite"). The link
-- between article and title stays, so a refresh does not read the article
-- for that title again; its evidence and quotes no longer count or show.
ALTER TABLE article_titles ADD COLUMN dismissed_at TEXT;
-- A step of the history the user's dismissing or restoring led to (the
-- status the rest of the news gives): rewritten at each such act, so the
-- timeline never keeps the back and forth.
ALTER TABLE status_history ADD COLUMN by_user INTEGER NOT NULL DEFAULT 0;
