/* Shared by the auxiliary functions' registrations (opedb_rank.c, opedb_snippet.c). */
#include "fts5_api.h"

int opedb_fts5_api(sqlite3 *db, fts5_api **out) {
    fts5_api *api = 0;
    sqlite3_stmt *stmt = 0;
    int rc = sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &stmt, 0);
    if (rc != SQLITE_OK) return rc;
    sqlite3_bind_pointer(stmt, 1, (void *)&api, "fts5_api_ptr", 0);
    sqlite3_step(stmt);
    rc = sqlite3_finalize(stmt);
    if (rc != SQLITE_OK) return rc;
    if (!api || api->iVersion < 2) return SQLITE_ERROR;
    *out = api;
    return SQLITE_OK;
}
