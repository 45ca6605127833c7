#ifndef OPEDB_FTS5_API_H
#define OPEDB_FTS5_API_H

#include <sqlite3.h>

/* The connection's FTS5 API (version 2 or later), as the FTS5 documentation says to get it:
 * `SELECT fts5(?1)` with a pointer bound. SQLITE_ERROR when FTS5 is missing or too old. */
int opedb_fts5_api(sqlite3 *db, fts5_api **out);

#endif
