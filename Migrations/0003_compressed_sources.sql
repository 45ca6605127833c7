-- opedb schema, version 3: original sources may be stored deflated.
--
-- 'raw' is the file's bytes as they were; 'deflate-text' is a zlib stream whose preset
-- dictionary is the article's own `articles.body`, as the same write stores it. A source is
-- mostly that text with Markdown around it, so it shrinks about 12x (a plain deflate: under
-- 2x), and the archive keeps every original byte. `opedb check` verifies every source still
-- decodes to its content hash.
ALTER TABLE article_sources ADD COLUMN encoding TEXT NOT NULL DEFAULT 'raw'
    CHECK (encoding IN ('raw', 'deflate-text'));
