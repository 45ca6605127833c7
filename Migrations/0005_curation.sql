-- opedb schema, version 5: what the user curates — corrections and tags.
--
-- Corrections are kept apart from what the parser extracted: `articles` holds the parse with
-- the corrections applied over it, and `article_edits` holds the corrections alone, so that
-- `reparse` can apply them again over a new parse (the user's word wins) and `show --json`
-- can say which fields are the user's. Nothing already stored changes.

CREATE TABLE article_edits (
    article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    -- The field, by its `show --json` name.
    field       TEXT NOT NULL CHECK (field IN ('title', 'subtitle', 'kind', 'published_on', 'authors')),
    -- The user's value; NULL when the user cleared the field. Authors are joined by U+001F.
    value       TEXT,
    -- What the parser gave when the correction was last applied: a Markdown export writes the
    -- article as parsed, with the correction beside it in the front matter, so that adding the
    -- file elsewhere reads what was read here and applies the same correction over it.
    parsed      TEXT,
    edited_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    PRIMARY KEY (article_id, field)
) WITHOUT ROWID;

-- Topics the user files articles under.
CREATE TABLE tags (
    id    INTEGER PRIMARY KEY,
    -- The first spelling used.
    name  TEXT NOT NULL,
    -- Folded (case and diacritics): `Climate` and `climate` are one tag.
    key   TEXT NOT NULL UNIQUE
);

CREATE TABLE article_tags (
    article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    tag_id      INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
    PRIMARY KEY (article_id, tag_id)
) WITHOUT ROWID;
CREATE INDEX article_tags_tag ON article_tags(tag_id);
