#ifndef OPEDB_RANK_H
#define OPEDB_RANK_H

#include <sqlite3.h>

/// Registers the FTS5 auxiliary function `opedb_rank(fts, k, w1, w2, …)` on `db`.
///
/// It returns exactly what `bm25(fts, w1, w2, …)` returns for every row that can be among the
/// `k` best seen so far, and a worst value (1e300) for rows whose upper bound cannot beat the
/// k-th best: those skip the document-length lookup that dominates bm25's cost on common words.
/// Use it as `ORDER BY opedb_rank(fts, :k, …) LIMIT :limit OFFSET :offset` with k = offset + limit.
/// k is read as a 64-bit integer; above 1,048,576 nothing is pruned (exact bm25 for every row)
/// rather than allocating from the caller's number.
///
/// Also registers the SQL function `opedb_rank_rows()`: how many rows `opedb_rank` scored in the
/// last query that called it (then reset to 0). With ORDER BY every match is scored, so this is
/// the number of matches, without a second pass over the index to count them.
/// `opedb_rank_collect(1)` makes it also keep the rowid of every row it scores in a query, and
/// `opedb_rank_ids()` returns them (native 64-bit integers in one blob) and stops keeping them:
/// every match of a search ranked by relevance, for its facets, without running it twice.
/// Returns an SQLite result code.
int opedb_rank_register(sqlite3 *db);

#endif
