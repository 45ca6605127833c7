-- opedb schema, version 4: the search index declared the way other tools recognise it.
--
-- Datasette (`?_search=`) and sqlite-utils (`search`, `detect_fts`) find an external-content
-- FTS5 table by reading its declaration, and match only `content="articles"` or
-- `content=[articles]`; version 1 wrote `content = 'articles'`, which FTS5 reads the same but
-- they do not. The index is declared again with that spelling and everything else unchanged:
-- the same columns, tokenizer and rowid column, the settings of version 2, and the same
-- content, rebuilt in place from `articles` (what `opedb optimize --rebuild-index` does).
DROP TABLE articles_fts;

CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, subtitle, body, authors, notes,
    content="articles",
    content_rowid="id",
    tokenize = 'porter unicode61 remove_diacritics 2'
);

-- As in 0002_index_settings.sql (the settings live in the index's config table, dropped above).
INSERT INTO articles_fts (articles_fts, rank) VALUES ('hashsize', 8388608);
INSERT INTO articles_fts (articles_fts, rank) VALUES ('automerge', 8);

INSERT INTO articles_fts (articles_fts) VALUES ('rebuild');
