/* The engine's limit: a minimal loader through the SQLite C API, no parsing.
 *
 * Reads "title<TAB>body" lines (body newlines escaped as \n) and inserts them into a plain table
 * plus an external-content FTS5 table with explicit FTS inserts, in one transaction, with the
 * same tokenizer and journal settings as opedb. Prints the number of rows and the seconds taken.
 *
 * Build: cc -O2 -o engine_limit engine_limit.c -lsqlite3
 * Usage: engine_limit DB TSV
 */
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static void check(int rc, sqlite3 *db, const char *what) {
    if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW) {
        fprintf(stderr, "engine_limit: %s: %s\n", what, sqlite3_errmsg(db));
        exit(1);
    }
}

static void unescape(char *s) {
    char *w = s;
    for (char *r = s; *r; r++) {
        if (r[0] == '\\' && r[1] == 'n') { *w++ = '\n'; r++; }
        else if (r[0] == '\\' && r[1] == 't') { *w++ = '\t'; r++; }
        else if (r[0] == '\\' && r[1] == '\\') { *w++ = '\\'; r++; }
        else *w++ = *r;
    }
    *w = 0;
}

int main(int argc, char **argv) {
    if (argc != 3) { fprintf(stderr, "usage: engine_limit DB TSV\n"); return 2; }
    sqlite3 *db;
    check(sqlite3_open(argv[1], &db), db, "open");
    check(sqlite3_exec(db,
        "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"
        "CREATE TABLE docs(id INTEGER PRIMARY KEY, title TEXT NOT NULL, body TEXT NOT NULL);"
        "CREATE VIRTUAL TABLE docs_fts USING fts5(title, body, content='docs', content_rowid='id',"
        " tokenize='porter unicode61 remove_diacritics 2');", 0, 0, 0), db, "schema");
    FILE *in = fopen(argv[2], "r");
    if (!in) { perror(argv[2]); return 1; }
    sqlite3_stmt *doc, *fts;
    check(sqlite3_prepare_v2(db, "INSERT INTO docs(title, body) VALUES (?, ?)", -1, &doc, 0), db, "prepare");
    check(sqlite3_prepare_v2(db, "INSERT INTO docs_fts(rowid, title, body) VALUES (?, ?, ?)", -1, &fts, 0), db, "prepare");
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    check(sqlite3_exec(db, "BEGIN", 0, 0, 0), db, "begin");
    char *line = NULL;
    size_t cap = 0;
    long n = 0;
    while (getline(&line, &cap, in) > 0) {
        char *tab = strchr(line, '\t');
        if (!tab) continue;
        *tab = 0;
        char *body = tab + 1;
        size_t len = strlen(body);
        if (len && body[len - 1] == '\n') body[len - 1] = 0;
        unescape(line);
        unescape(body);
        sqlite3_bind_text(doc, 1, line, -1, SQLITE_STATIC);
        sqlite3_bind_text(doc, 2, body, -1, SQLITE_STATIC);
        check(sqlite3_step(doc), db, "insert");
        sqlite3_reset(doc);
        sqlite3_bind_int64(fts, 1, sqlite3_last_insert_rowid(db));
        sqlite3_bind_text(fts, 2, line, -1, SQLITE_STATIC);
        sqlite3_bind_text(fts, 3, body, -1, SQLITE_STATIC);
        check(sqlite3_step(fts), db, "fts insert");
        sqlite3_reset(fts);
        n++;
    }
    check(sqlite3_exec(db, "COMMIT", 0, 0, 0), db, "commit");
    clock_gettime(CLOCK_MONOTONIC, &t1);
    sqlite3_finalize(doc);
    sqlite3_finalize(fts);
    sqlite3_close(db);
    printf("%ld %.3f\n", n, (t1.tv_sec - t0.tv_sec) + (t1.tv_nsec - t0.tv_nsec) / 1e9);
    return 0;
}
