#ifndef OPEDB_SNIPPET_H
#define OPEDB_SNIPPET_H

#include <sqlite3.h>

/// Registers four functions on `db`, for snippets and highlights whose cost does not grow with
/// the square of a document's matches (FTS5's `snippet()` and `highlight()` do: 4 MB of text
/// with a match per sentence takes minutes):
///
/// - `opedb_snippet(fts, column, open, close, ellipsis, tokens)`, an FTS5 auxiliary function:
///   the `tokens`-token window (1–64) with the most distinct matched phrases, the matches between
///   `open` and `close`, `ellipsis` where text was left out; `column` -1 picks the best column as
///   FTS5's `snippet()` does (most distinct phrases, then the first column). Only the first
///   256 KiB of a column are read and at most 256 matches per phrase and column are weighed, so
///   its work is bounded whatever the document's size. With no match in what it reads, the
///   column's opening, unmarked.
/// - `opedb_snippet_column(fts)`, an FTS5 auxiliary function: the column `opedb_snippet(…, -1, …)`
///   takes its window from.
/// - `opedb_highlight(fts, column, open, close)`, an FTS5 auxiliary function: the whole column,
///   every match between the markers, in time linear in its length.
/// - `opedb_snippet_work()`, an SQL function: the tokens read and windows weighed by the three
///   functions since the last call (then reset to 0), so tests can count work instead of timing it.
/// Returns an SQLite result code.
int opedb_snippet_register(sqlite3 *db);

#endif
