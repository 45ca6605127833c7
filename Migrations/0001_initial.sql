-- opedb schema, version 1.
--
-- Every table an archive needs: outlets, articles (with their original bytes), authors and
-- the spellings they were seen under, books, and what each article says about them.
-- The full-text index is FTS5 with external content: the text lives once, in `articles`,
-- and the repository feeds the index itself (explicit inserts and 'delete's with the old
-- values), which is about twice as fast in bulk as triggers.

-- "OPDB": lets opedb recognise its own archives from the file header.
PRAGMA application_id = 1330660418;

-- Outlets: the publication an article appeared in, and those its body mentions.
CREATE TABLE publications (
    id        INTEGER PRIMARY KEY,
    name      TEXT NOT NULL,
    -- Name folded for matching: case and diacritics folded, a leading "the" dropped.
    name_key  TEXT NOT NULL UNIQUE,
    domain    TEXT UNIQUE
);

CREATE TABLE articles (
    id             INTEGER PRIMARY KEY,
    title          TEXT NOT NULL,
    -- Title folded for resolving "Related article" lines (case, quotes, dashes, kind marker).
    title_key      TEXT NOT NULL,
    subtitle       TEXT,
    kind           TEXT NOT NULL DEFAULT 'news',
    published_on   TEXT CHECK (published_on IS NULL OR published_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    url            TEXT UNIQUE,
    publication_id INTEGER REFERENCES publications(id) ON DELETE SET NULL,
    image_credit   TEXT,
    -- The outlet's disclaimer line, verbatim (it names the publication and marks an op-ed).
    disclaimer     TEXT,
    body           TEXT NOT NULL,
    word_count     INTEGER NOT NULL DEFAULT 0,
    -- SHA-256 of the normalised text: identity when there is no URL, change detection always.
    content_hash   TEXT NOT NULL,
    -- SHA-256 of what the parser extracted: `reparse` rewrites an article only when it differs.
    parse_hash     TEXT NOT NULL DEFAULT '',
    -- Where the article was added from (a path, or NULL for stdin).
    source_path    TEXT,
    -- Indexed text kept beside the article for the FTS5 external content:
    -- the byline names (and their aliases) and the author notes.
    authors        TEXT NOT NULL DEFAULT '',
    notes          TEXT NOT NULL DEFAULT '',
    -- 1 when the source had a byline (an invariant `check` verifies).
    has_byline     INTEGER NOT NULL DEFAULT 0,
    added_at       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE UNIQUE INDEX articles_content_hash_without_url ON articles(content_hash) WHERE url IS NULL;
CREATE INDEX articles_published_on ON articles(published_on);
CREATE INDEX articles_publication ON articles(publication_id);
CREATE INDEX articles_title_key ON articles(title_key);

-- The original bytes of each article, verbatim (a BLOB: a Windows-1252 file's bytes are kept
-- as they were), so the archive can be re-parsed and exported later. Kept apart from `articles`
-- so that reading an article's metadata never pages through its source.
CREATE TABLE article_sources (
    article_id  INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    source      BLOB NOT NULL
);

-- A narrow copy of what search filters and orders on, kept by the repository beside each article.
-- Searching joins every match with it; joining the wide `articles` rows instead costs a page
-- read per match (2.5x slower for a common word at 10k articles, measured).
CREATE TABLE article_facts (
    id              INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    published_on    TEXT,
    publication_id  INTEGER,
    kind            TEXT NOT NULL
);
CREATE INDEX article_facts_published_on ON article_facts(published_on);

CREATE TABLE authors (
    id              INTEGER PRIMARY KEY,
    -- The first spelling seen; the parser never overwrites it (`authors rename` does).
    name            TEXT NOT NULL,
    -- "Last, First" for sorting.
    sort_name       TEXT NOT NULL,
    -- The folded full name of the first spelling.
    key             TEXT NOT NULL UNIQUE,
    -- From the article with the greatest published date, so an old article never regresses it.
    affiliation     TEXT,
    affiliation_on  TEXT
);
CREATE INDEX authors_sort_name ON authors(sort_name);

-- Every spelling an author was seen under ("Artemy M. Kalinovsky" for "Artemy Kalinovsky").
CREATE TABLE author_aliases (
    id         INTEGER PRIMARY KEY,
    author_id  INTEGER NOT NULL REFERENCES authors(id) ON DELETE CASCADE,
    name       TEXT NOT NULL,
    -- Folded full spelling (unique: one spelling names one author).
    key        TEXT NOT NULL UNIQUE,
    -- Folded spelling without middle initials, for initial-tolerant matching.
    base_key   TEXT NOT NULL,
    -- Middle initials of this spelling, folded ("m"), or ''.
    initials   TEXT NOT NULL DEFAULT ''
);
CREATE INDEX author_aliases_base_key ON author_aliases(base_key);
CREATE INDEX author_aliases_author ON author_aliases(author_id);

CREATE TABLE article_authors (
    article_id   INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    author_id    INTEGER NOT NULL REFERENCES authors(id),
    -- The byline's spelling in this article.
    byline_name  TEXT NOT NULL,
    -- Other spellings of the name this article's notes used, joined by U+001F.
    variants     TEXT NOT NULL DEFAULT '',
    -- The affiliation the notes of this article gave.
    affiliation  TEXT,
    PRIMARY KEY (article_id, position)
) WITHOUT ROWID;
CREATE INDEX article_authors_author ON article_authors(author_id);

-- The author notes (bios) printed at the end of an article, in order.
CREATE TABLE article_notes (
    article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    -- The byline spelling of the author the note is about; NULL when it names none.
    author      TEXT,
    text        TEXT NOT NULL,
    PRIMARY KEY (article_id, position)
) WITHOUT ROWID;

CREATE TABLE books (
    id           INTEGER PRIMARY KEY,
    title        TEXT NOT NULL,
    subtitle     TEXT,
    publisher    TEXT,
    year         INTEGER,
    forthcoming  INTEGER NOT NULL DEFAULT 0,
    -- Folded main title and first author id: the same book cited twice is one row.
    key          TEXT NOT NULL UNIQUE
);

CREATE TABLE book_authors (
    book_id    INTEGER NOT NULL REFERENCES books(id) ON DELETE CASCADE,
    author_id  INTEGER NOT NULL REFERENCES authors(id) ON DELETE CASCADE,
    role       TEXT NOT NULL CHECK (role IN ('author', 'editor')),
    PRIMARY KEY (book_id, author_id)
) WITHOUT ROWID;
CREATE INDEX book_authors_author ON book_authors(author_id);

-- Which articles' notes name which books.
CREATE TABLE article_books (
    article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    book_id     INTEGER NOT NULL REFERENCES books(id) ON DELETE CASCADE,
    PRIMARY KEY (article_id, position)
) WITHOUT ROWID;
CREATE INDEX article_books_book ON article_books(book_id);

-- "Related article" titles, resolved to a stored article when one matches.
CREATE TABLE article_related (
    article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    title       TEXT NOT NULL,
    title_key   TEXT NOT NULL,
    related_id  INTEGER REFERENCES articles(id) ON DELETE SET NULL,
    PRIMARY KEY (article_id, position)
) WITHOUT ROWID;
CREATE INDEX article_related_title_key ON article_related(title_key);
CREATE INDEX article_related_related ON article_related(related_id);

CREATE TABLE article_quotes (
    article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    text        TEXT NOT NULL,
    PRIMARY KEY (article_id, position)
) WITHOUT ROWID;

-- Publications named in an article's body.
CREATE TABLE article_mentions (
    article_id      INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    position        INTEGER NOT NULL,
    publication_id  INTEGER NOT NULL REFERENCES publications(id),
    PRIMARY KEY (article_id, position)
) WITHOUT ROWID;
CREATE INDEX article_mentions_publication ON article_mentions(publication_id);

-- The search index. Column names are part of the interface (`title:kremlin`).
CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, subtitle, body, authors, notes,
    content = 'articles',
    content_rowid = 'id',
    tokenize = 'porter unicode61 remove_diacritics 2'
);
