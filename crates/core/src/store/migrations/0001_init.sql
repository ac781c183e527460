-- Schema 1: the whole vocabulary of DESIGN.md, so later work adds behaviour,
-- not upheaval. Timestamps are ISO 8601 text (UTC, milliseconds).

CREATE TABLE titles (
    id                INTEGER PRIMARY KEY,
    name              TEXT NOT NULL CHECK (length(trim(name)) > 0),
    name_key          TEXT NOT NULL,
    year              INTEGER CHECK (year IS NULL OR year BETWEEN 1870 AND 2100),
    kind              TEXT NOT NULL CHECK (kind IN ('movie', 'series')),
    platform          TEXT,
    watch_state       TEXT NOT NULL DEFAULT 'want_to_watch'
                      CHECK (watch_state IN ('want_to_watch', 'watching', 'watched')),
    notes             TEXT,
    muted             INTEGER NOT NULL DEFAULT 0,
    threshold         TEXT NOT NULL DEFAULT 'everything'
                      CHECK (threshold IN ('everything', 'confirmed_or_later', 'nothing')),
    next_label        TEXT,
    status            TEXT NOT NULL DEFAULT 'unknown',
    release           TEXT,
    status_changed_at TEXT,
    latest_news_at    TEXT,
    seen_at           TEXT,
    added_at          TEXT NOT NULL,
    -- Set while a removal can still be undone; purged later.
    removed_at        TEXT
);
-- One live row per normalised name and year (no year counts as one value).
CREATE UNIQUE INDEX titles_live_name_year ON titles (name_key, ifnull(year, 0))
    WHERE removed_at IS NULL;

CREATE TABLE title_aliases (
    title_id  INTEGER NOT NULL REFERENCES titles (id) ON DELETE CASCADE,
    alias     TEXT NOT NULL,
    alias_key TEXT NOT NULL,
    PRIMARY KEY (title_id, alias_key)
);
CREATE INDEX title_aliases_key ON title_aliases (alias_key);

CREATE TABLE title_tags (
    title_id INTEGER NOT NULL REFERENCES titles (id) ON DELETE CASCADE,
    tag      TEXT NOT NULL,
    PRIMARY KEY (title_id, tag)
);

-- IMDb tt…, TMDB, TVDB, Letterboxd URI: how imports recognise a title.
CREATE TABLE external_ids (
    title_id INTEGER NOT NULL REFERENCES titles (id) ON DELETE CASCADE,
    provider TEXT NOT NULL,
    value    TEXT NOT NULL,
    PRIMARY KEY (provider, value)
);

CREATE TABLE sources (
    id              INTEGER PRIMARY KEY,
    url             TEXT NOT NULL UNIQUE,
    name            TEXT,
    kind            TEXT NOT NULL DEFAULT 'feed' CHECK (kind IN ('feed', 'search')),
    enabled         INTEGER NOT NULL DEFAULT 1,
    etag            TEXT,
    last_modified   TEXT,
    last_checked_at TEXT,
    last_ok_at      TEXT,
    last_error      TEXT,
    last_error_at   TEXT,
    next_due_at     TEXT,
    failures        INTEGER NOT NULL DEFAULT 0,
    created_at      TEXT NOT NULL
);

CREATE TABLE articles (
    id            INTEGER PRIMARY KEY,
    url           TEXT NOT NULL UNIQUE,
    canonical_url TEXT,
    content_hash  TEXT,
    outlet        TEXT,
    headline      TEXT,
    published     TEXT,
    fetched_at    TEXT NOT NULL,
    source_id     INTEGER REFERENCES sources (id) ON DELETE SET NULL,
    -- Syndicated copies point at the first article with the same text.
    group_id      INTEGER REFERENCES articles (id) ON DELETE SET NULL
);
CREATE INDEX articles_hash ON articles (content_hash);

-- Which articles were read for which title (also when they said nothing).
CREATE TABLE article_titles (
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    title_id   INTEGER NOT NULL REFERENCES titles (id) ON DELETE CASCADE,
    PRIMARY KEY (article_id, title_id)
);

CREATE TABLE evidence (
    id         INTEGER PRIMARY KEY,
    title_id   INTEGER NOT NULL REFERENCES titles (id) ON DELETE CASCADE,
    article_id INTEGER REFERENCES articles (id) ON DELETE CASCADE,
    status     TEXT NOT NULL,
    sentence   TEXT NOT NULL,
    official   INTEGER NOT NULL DEFAULT 0,
    next_label TEXT,
    release    TEXT,
    published  TEXT,
    created_at TEXT NOT NULL
);

CREATE TABLE quotes (
    id         INTEGER PRIMARY KEY,
    title_id   INTEGER NOT NULL REFERENCES titles (id) ON DELETE CASCADE,
    article_id INTEGER REFERENCES articles (id) ON DELETE CASCADE,
    speaker    TEXT NOT NULL,
    role       TEXT,
    text       TEXT NOT NULL,
    outlet     TEXT,
    published  TEXT,
    created_at TEXT NOT NULL,
    UNIQUE (title_id, speaker, text)
);

CREATE TABLE status_history (
    id          INTEGER PRIMARY KEY,
    title_id    INTEGER NOT NULL REFERENCES titles (id) ON DELETE CASCADE,
    from_status TEXT NOT NULL,
    to_status   TEXT NOT NULL,
    at          TEXT NOT NULL,
    evidence_id INTEGER REFERENCES evidence (id) ON DELETE SET NULL,
    article_url TEXT,
    release     TEXT
);

-- Changes waiting to be told to the user; written in the same transaction
-- as the change itself, marked when delivered.
CREATE TABLE outbox (
    id           INTEGER PRIMARY KEY,
    title_id     INTEGER REFERENCES titles (id) ON DELETE CASCADE,
    kind         TEXT NOT NULL CHECK (kind IN ('status', 'release', 'quote')),
    summary      TEXT NOT NULL,
    body         TEXT NOT NULL,
    payload      TEXT NOT NULL DEFAULT '{}',
    created_at   TEXT NOT NULL,
    delivered_at TEXT,
    dismissed    INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
