/* opedb_rank: exact bm25 top-k for FTS5, without the document-length lookup for rows that
 * cannot make the top k.
 *
 * bm25 (as FTS5 computes it, fts5_aux.c):
 *   score = sum over phrases i of idf(i) * f(i) * (k1 + 1) / (f(i) + k1 * (1 - b + b * D / avgdl))
 * with f(i) the column-weighted number of hits of phrase i in the row and D the row's length in
 * tokens. The score falls as D grows, so a lower bound on D gives an upper bound on the score:
 * the largest matched token offset in each column, plus one, summed over the columns. A row whose
 * bound is below the k-th best exact score so far cannot be in the top k; it gets 1e300 (worst)
 * and its length is never read. Every other row gets bm25's exact value, computed with the same
 * operations in the same order, so scores are bit-identical and the order is the same.
 */
#include "opedb_rank.h"
#include "fts5_api.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#define K1 1.2
#define B 0.75
#define WORST 1e300
/* The most scores kept for pruning (8 MB). opedb asks for at most offset + limit = 1,001,000
 * (SearchOptions); a larger k from any other caller turns pruning off instead of sizing a
 * buffer from its number: every row then gets bm25's exact value, which is always correct. */
#define MAX_K 1048576

/* Rows opedb_rank was called for in the current (or last) query: the number of matches, had for
 * free because ORDER BY makes SQLite score every match. Read and reset by opedb_rank_rows(). */
typedef struct {
    sqlite3_int64 rows;
    /* With `collect` (opedb_rank_collect(1)), the rowid of every row scored, in the current (or
     * last) query: a caller that needs every match (facet counts) gets them from the ranking's
     * own pass instead of running the query again. Read by opedb_rank_ids(). */
    int collect;
    sqlite3_int64 *ids;
    sqlite3_int64 nIds, capIds;
} RankCounter;

typedef struct {
    RankCounter *counter;
    int nPhrase;
    int nCol;
    double avgdl;
    double *aIDF;
    double *aFreq;
    double *aWeight; /* per column, read from the arguments once per query */
    int *aColEnd;
    int k;       /* how many best scores to keep; 0: no pruning, every row scored exactly */
    int nHeap;
    double *heap; /* min-heap of the best positive scores seen */
} RankData;

static void rankDataFree(void *p) {
    RankData *d = (RankData *)p;
    if (!d) return;
    sqlite3_free(d->aIDF);
    sqlite3_free(d->aFreq);
    sqlite3_free(d->aWeight);
    sqlite3_free(d->aColEnd);
    sqlite3_free(d->heap);
    sqlite3_free(d);
}

static int countRows(const Fts5ExtensionApi *api, Fts5Context *fts, void *ctx) {
    (void)api; (void)fts;
    (*(sqlite3_int64 *)ctx)++;
    return SQLITE_OK;
}

/* Per-query data, as FTS5's bm25 computes it (fts5Bm25GetData). */
static int rankData(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_int64 k, int nVal, sqlite3_value **apVal,
                    RankData **out) {
    RankData *d = (RankData *)api->xGetAuxdata(fts, 0);
    if (d) { *out = d; return SQLITE_OK; }
    d = sqlite3_malloc(sizeof(RankData));
    if (!d) return SQLITE_NOMEM;
    memset(d, 0, sizeof(RankData));
    d->counter = (RankCounter *)api->xUserData(fts);
    if (d->counter) d->counter->rows = 0, d->counter->nIds = 0;
    d->nPhrase = api->xPhraseCount(fts);
    d->nCol = api->xColumnCount(fts);
    d->k = k < 1 ? 1 : (k > MAX_K ? 0 : (int)k);
    d->aIDF = sqlite3_malloc64(sizeof(double) * (d->nPhrase + 1));
    d->aFreq = sqlite3_malloc64(sizeof(double) * (d->nPhrase + 1));
    d->aColEnd = sqlite3_malloc64(sizeof(int) * (d->nCol + 1));
    d->aWeight = sqlite3_malloc64(sizeof(double) * (d->nCol + 1));
    d->heap = sqlite3_malloc64(sizeof(double) * ((sqlite3_uint64)d->k + 1));
    if (!d->aIDF || !d->aFreq || !d->aColEnd || !d->aWeight || !d->heap) { rankDataFree(d); return SQLITE_NOMEM; }
    /* Weights follow k: apVal[1] is the first column's; missing ones are 1, as in bm25. */
    for (int c = 0; c < d->nCol; c++) d->aWeight[c] = (nVal - 1 > c) ? sqlite3_value_double(apVal[c + 1]) : 1.0;

    sqlite3_int64 nRow = 0, nToken = 0;
    int rc = api->xRowCount(fts, &nRow);
    if (rc == SQLITE_OK) rc = api->xColumnTotalSize(fts, -1, &nToken);
    if (rc == SQLITE_OK) d->avgdl = (double)nToken / (double)nRow;
    for (int i = 0; rc == SQLITE_OK && i < d->nPhrase; i++) {
        sqlite3_int64 nHit = 0;
        rc = api->xQueryPhrase(fts, i, (void *)&nHit, countRows);
        if (rc == SQLITE_OK) {
            double idf = log((nRow - nHit + 0.5) / (nHit + 0.5));
            if (idf <= 0.0) idf = 1e-6;
            d->aIDF[i] = idf;
        }
    }
    if (rc == SQLITE_OK) rc = api->xSetAuxdata(fts, d, rankDataFree);
    if (rc != SQLITE_OK) { rankDataFree(d); return rc; }
    *out = d;
    return SQLITE_OK;
}

static void heapPush(RankData *d, double score) {
    if (d->nHeap < d->k) {
        int i = d->nHeap++;
        d->heap[i] = score;
        while (i > 0) {
            int parent = (i - 1) / 2;
            if (d->heap[parent] <= d->heap[i]) break;
            double t = d->heap[parent]; d->heap[parent] = d->heap[i]; d->heap[i] = t;
            i = parent;
        }
    } else if (score > d->heap[0]) {
        d->heap[0] = score;
        int i = 0;
        for (;;) {
            int l = 2 * i + 1, r = l + 1, m = i;
            if (l < d->nHeap && d->heap[l] < d->heap[m]) m = l;
            if (r < d->nHeap && d->heap[r] < d->heap[m]) m = r;
            if (m == i) break;
            double t = d->heap[m]; d->heap[m] = d->heap[i]; d->heap[i] = t;
            i = m;
        }
    }
}

static void rankFunction(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *ctx,
                         int nVal, sqlite3_value **apVal) {
    /* 64-bit: sqlite3_value_int would cut 4294967297 to 1. */
    sqlite3_int64 k = nVal > 0 ? sqlite3_value_int64(apVal[0]) : 10;
    RankData *d = 0;
    int rc = rankData(api, fts, k, nVal, apVal, &d);
    int nInst = 0;
    if (rc == SQLITE_OK && d->counter) {
        RankCounter *c = d->counter;
        c->rows++;
        if (c->collect) {
            if (c->nIds == c->capIds) {
                sqlite3_int64 cap = c->capIds ? c->capIds * 2 : 1024;
                sqlite3_int64 *p = sqlite3_realloc64(c->ids, sizeof(sqlite3_int64) * (sqlite3_uint64)cap);
                if (!p) rc = SQLITE_NOMEM;
                else c->ids = p, c->capIds = cap;
            }
            if (rc == SQLITE_OK) c->ids[c->nIds++] = api->xRowid(fts);
        }
    }
    if (rc == SQLITE_OK) {
        memset(d->aFreq, 0, sizeof(double) * d->nPhrase);
        memset(d->aColEnd, 0, sizeof(int) * d->nCol);
        /* One phrase: walk its positions directly, without FTS5 building the instance array
         * (same instances, same order, so the same sums). */
        if (d->nPhrase == 1) {
            Fts5PhraseIter iter;
            int ic = 0, io = 0;
            rc = api->xPhraseFirst(fts, 0, &iter, &ic, &io);
            while (rc == SQLITE_OK && ic >= 0) {
                d->aFreq[0] += d->aWeight[ic];
                if (io + 1 > d->aColEnd[ic]) d->aColEnd[ic] = io + 1;
                api->xPhraseNext(fts, &iter, &ic, &io);
            }
        } else {
            rc = api->xInstCount(fts, &nInst);
        }
    }
    for (int i = 0; rc == SQLITE_OK && i < nInst; i++) {
        int ip, ic, io;
        rc = api->xInst(fts, i, &ip, &ic, &io);
        if (rc == SQLITE_OK) {
            d->aFreq[ip] += d->aWeight[ic];
            if (io + 1 > d->aColEnd[ic]) d->aColEnd[ic] = io + 1;
        }
    }
    if (rc != SQLITE_OK) { sqlite3_result_error_code(ctx, rc); return; }

    if (d->k > 0 && d->nHeap >= d->k) {
        /* Upper bound with the smallest length the row can have. */
        double lowD = 0.0;
        for (int c = 0; c < d->nCol; c++) lowD += d->aColEnd[c];
        double bound = 0.0;
        for (int i = 0; i < d->nPhrase; i++) {
            bound += d->aIDF[i] * ((d->aFreq[i] * (K1 + 1.0)) / (d->aFreq[i] + K1 * (1 - B + B * lowD / d->avgdl)));
        }
        if (bound < d->heap[0]) { sqlite3_result_double(ctx, WORST); return; }
    }

    int nTok = 0;
    rc = api->xColumnSize(fts, -1, &nTok);
    if (rc != SQLITE_OK) { sqlite3_result_error_code(ctx, rc); return; }
    double D = (double)nTok;
    double score = 0.0;
    for (int i = 0; i < d->nPhrase; i++) {
        score += d->aIDF[i] * (
            (d->aFreq[i] * (K1 + 1.0)) /
            (d->aFreq[i] + K1 * (1 - B + B * D / d->avgdl))
        );
    }
    if (d->k > 0) heapPush(d, score);
    sqlite3_result_double(ctx, -1.0 * score);
}

static void rowsFunction(sqlite3_context *ctx, int nVal, sqlite3_value **apVal) {
    (void)nVal; (void)apVal;
    RankCounter *counter = (RankCounter *)sqlite3_user_data(ctx);
    sqlite3_result_int64(ctx, counter->rows);
    counter->rows = 0;
}

/* opedb_rank_collect(on): start (1) or stop (0) keeping the rowids opedb_rank scores. */
static void collectFunction(sqlite3_context *ctx, int nVal, sqlite3_value **apVal) {
    RankCounter *counter = (RankCounter *)sqlite3_user_data(ctx);
    counter->collect = nVal > 0 && sqlite3_value_int(apVal[0]) != 0;
    counter->nIds = 0;
    sqlite3_result_null(ctx);
}

/* opedb_rank_ids(): the rowids kept, as native 64-bit integers in one blob; stops keeping them. */
static void idsFunction(sqlite3_context *ctx, int nVal, sqlite3_value **apVal) {
    (void)nVal; (void)apVal;
    RankCounter *counter = (RankCounter *)sqlite3_user_data(ctx);
    sqlite3_result_blob64(ctx, counter->ids ? (const void *)counter->ids : "", sizeof(sqlite3_int64) * (sqlite3_uint64)counter->nIds,
                          SQLITE_TRANSIENT);
    counter->collect = 0;
    counter->nIds = 0;
}

/* When the connection closes: the counter and its ids. */
static void freeCounter(void *p) {
    RankCounter *counter = p;
    sqlite3_free(counter->ids);
    sqlite3_free(counter);
}

int opedb_rank_register(sqlite3 *db) {
    fts5_api *api = 0;
    int rc = opedb_fts5_api(db, &api);
    if (rc != SQLITE_OK) return rc;
    RankCounter *counter = sqlite3_malloc(sizeof(RankCounter));
    if (!counter) return SQLITE_NOMEM;
    memset(counter, 0, sizeof(RankCounter));
    /* opedb_rank_rows owns the counter (freed when the connection closes); all four share it. */
    rc = sqlite3_create_function_v2(db, "opedb_rank_rows", 0, SQLITE_UTF8, counter, rowsFunction, 0, 0, freeCounter);
    if (rc == SQLITE_OK) rc = sqlite3_create_function_v2(db, "opedb_rank_collect", 1, SQLITE_UTF8, counter, collectFunction, 0, 0, 0);
    if (rc == SQLITE_OK) rc = sqlite3_create_function_v2(db, "opedb_rank_ids", 0, SQLITE_UTF8, counter, idsFunction, 0, 0, 0);
    if (rc != SQLITE_OK) return rc;
    return api->xCreateFunction(api, "opedb_rank", counter, rankFunction, 0);
}
