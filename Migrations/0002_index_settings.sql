-- opedb schema, version 2: search-index settings for bulk loads.
--
-- Both are settings stored in the index's own config table, so every tool that opens the
-- archive still reads it unchanged.
--
-- hashsize: FTS5 writes its pending terms to a new segment whenever they pass `hashsize` bytes
-- (1 MB by default) and then merges segments in the background of later inserts. With 8 MB a
-- bulk add writes a few large segments instead of many small ones: on 10,000 articles the index
-- inserts took 0.97 s instead of 1.52 s (Benchmarks/, OPEDB_PROFILE=1).
INSERT INTO articles_fts (articles_fts, rank) VALUES ('hashsize', 8388608);

-- automerge: how many segments of one level FTS5 lets accumulate before merging them (default 4).
-- At 8 each posting is rewritten fewer times as the index grows: adding 100,000 articles took
-- 36.1 s instead of 38.8 s (the writer's CPU 27.9 s instead of 30.5 s). Searches read a few more
-- segments until `opedb optimize` merges them into one (a very common word: 28.7 ms unoptimized,
-- 27.4 ms optimized, at 100,000 articles).
INSERT INTO articles_fts (articles_fts, rank) VALUES ('automerge', 8);
