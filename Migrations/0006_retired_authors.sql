-- opedb schema, version 6: renames and merges outlive an author's last article.
--
-- An author that no article and no book names any more is deleted. When the user had renamed
-- or merged that author, the correction went with the row, and the next article naming them
-- (adding the file again, `edit --reset authors`, `reparse`) brought back the parser's
-- spelling. So the archive now remembers which authors the user shaped, and keeps their
-- spellings when such an author is deleted, to give the user's name back the moment one of
-- those spellings is seen again. Nothing already stored changes.

-- Authors the user renamed or merged (or that an export carried in with a name of their own).
CREATE TABLE curated_authors (
    author_id  INTEGER PRIMARY KEY REFERENCES authors(id) ON DELETE CASCADE
);

-- The spellings of deleted curated authors.
CREATE TABLE retired_spellings (
    -- Folded spelling, as in author_aliases.key.
    key       TEXT PRIMARY KEY,
    -- The spelling as written.
    name      TEXT NOT NULL,
    -- The name the user gave the author.
    author    TEXT NOT NULL,
    -- One number per deleted author: the spellings of one person share it.
    identity  INTEGER NOT NULL,
    -- The order the spellings were first seen in (author_aliases.id).
    position  INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX retired_spellings_identity ON retired_spellings(identity);
