/* opedb_snippet, opedb_snippet_column, opedb_highlight: snippets and highlights in bounded or
 * linear time (see include/opedb_snippet.h).
 *
 * Why not FTS5's own: snippet() weighs a window at every match against every other match, and
 * both it and highlight() grow their output by copying it whole at each append
 * (sqlite3_mprintf("%z%.*s")), so one document with a match per sentence costs the square of
 * its matches: 4 MB of text, 70,000 matches, over a minute in the sqlite3 shell.
 *
 * Here the matches come from the index (xPhraseFirst/xPhraseNext, as the ranking reads them),
 * only the first KEEP of each phrase in each column within the first SCAN_BYTES tokens are
 * kept, at most CANDIDATES windows are weighed, and only the chosen window's text is tokenized,
 * stopping at its end. Output grows by doubling. Scoring follows FTS5's snippet(): 1000 for
 * each distinct phrase in the window, 1 for each repeat; the first column wins a tie.
 */
#include "opedb_snippet.h"
#include "fts5_api.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

/* How much of a column a snippet reads: longer than nearly every article, small enough to
 * tokenize in a few milliseconds. */
#define SCAN_BYTES 262144
/* Matches kept per phrase and column, and windows weighed per column. */
#define KEEP 256
#define CANDIDATES 512
#define MAX_WINDOW 64

/* The window chosen for one row: a search asks for the same row's column, snippet and (for the
 * authors and notes) the column again, and each of them would otherwise weigh every window and
 * find the sentences anew — the most of a snippet's cost. */
typedef struct Choice Choice;

typedef struct {
    sqlite3_int64 work;
    Choice *choice; /* the last row's choice, or NULL; see chooseOnce */
} WorkCounter;

/* A phrase match: tokens first..last of a column. */
typedef struct {
    int first, last, phrase;
} Hit;

typedef struct {
    Hit *a;
    int n, cap;
} Hits;

/* Output that grows by doubling: appending is linear in what is written. */
typedef struct {
    char *z;
    sqlite3_int64 n, cap;
    int rc;
} Text;

static void textAppend(Text *t, const char *z, sqlite3_int64 n) {
    if (t->rc != SQLITE_OK || n <= 0) return;
    if (t->n + n + 1 > t->cap) {
        sqlite3_int64 cap = t->cap ? t->cap * 2 : 256;
        while (cap < t->n + n + 1) cap *= 2;
        char *p = sqlite3_realloc64(t->z, (sqlite3_uint64)cap);
        if (!p) { t->rc = SQLITE_NOMEM; return; }
        t->z = p;
        t->cap = cap;
    }
    memcpy(t->z + t->n, z, (size_t)n);
    t->n += n;
}

static int hitsPush(Hits *h, Hit x) {
    if (h->n == h->cap) {
        int cap = h->cap ? h->cap * 2 : 64;
        Hit *p = sqlite3_realloc64(h->a, sizeof(Hit) * (sqlite3_uint64)cap);
        if (!p) return SQLITE_NOMEM;
        h->a = p;
        h->cap = cap;
    }
    h->a[h->n++] = x;
    return SQLITE_OK;
}

static int compareHits(const void *x, const void *y) {
    const Hit *a = x, *b = y;
    if (a->first != b->first) return a->first < b->first ? -1 : 1;
    return a->phrase - b->phrase;
}

/* The matches of every column, sorted by position. Bounded: with `bounded`, at most KEEP per
 * phrase and column, and none past token SCAN_BYTES (a token takes at least one byte, so none
 * of those can be in the bytes read). `anyHit[c]` says whether column c matched at all. */
static int collectHits(const Fts5ExtensionApi *api, Fts5Context *fts, int nCol, int bounded, Hits *hits, int *anyHit) {
    int nPhrase = api->xPhraseCount(fts);
    int *kept = sqlite3_malloc64(sizeof(int) * (sqlite3_uint64)nCol);
    if (!kept) return SQLITE_NOMEM;
    int rc = SQLITE_OK;
    for (int p = 0; rc == SQLITE_OK && p < nPhrase; p++) {
        int size = api->xPhraseSize(fts, p);
        if (size < 1) size = 1;
        memset(kept, 0, sizeof(int) * (size_t)nCol);
        Fts5PhraseIter iter;
        int ic = 0, io = 0;
        rc = api->xPhraseFirst(fts, p, &iter, &ic, &io);
        while (rc == SQLITE_OK && ic >= 0) {
            if (ic < nCol) {
                anyHit[ic] = 1;
                if (!bounded || (io < SCAN_BYTES && kept[ic] < KEEP)) {
                    kept[ic]++;
                    Hit hit = {io, io + size - 1, p};
                    rc = hitsPush(&hits[ic], hit);
                }
            }
            api->xPhraseNext(fts, &iter, &ic, &io);
        }
    }
    sqlite3_free(kept);
    for (int c = 0; rc == SQLITE_OK && c < nCol; c++) {
        if (hits[c].n > 1) qsort(hits[c].a, (size_t)hits[c].n, sizeof(Hit), compareHits);
    }
    return rc;
}

/* The best window of `column` (or of every column, -1): its column, first token and score. */
typedef struct {
    int column, start, score;
} Window;

struct Choice {
    Fts5Context *fts;     /* the cursor the row was read on */
    sqlite3_int64 rowid;
    int column, nToken;   /* what was asked */
    Hits *hits;           /* every column's kept matches */
    int nCol;
    Window window;
};

/* Writes tokens [start, end) of a text, matches between the markers, as the tokenizer walks it. */
typedef struct {
    const char *z;
    Text *out;
    const char *open, *close;
    int start, end; /* tokens */
    Hits *spans;    /* merged matches, sorted, within [start, end) */
    int iSpan, inSpan;
    int pos;        /* the next token's position */
    int iOff;       /* bytes of z written so far */
    int begun, lastEnd, more;
    sqlite3_int64 *work;
} Writer;

static int writeToken(void *ctx, int tflags, const char *pToken, int nToken, int iStart, int iEnd) {
    (void)pToken; (void)nToken;
    Writer *w = ctx;
    if (tflags & FTS5_TOKEN_COLOCATED) return SQLITE_OK;
    int pos = w->pos++;
    (*w->work)++;
    if (pos < w->start) return SQLITE_OK;
    if (pos >= w->end) { w->more = 1; return SQLITE_DONE; }
    if (!w->begun) { w->begun = 1; w->iOff = iStart; }
    Hits *s = w->spans;
    while (w->iSpan < s->n && s->a[w->iSpan].last < pos) w->iSpan++;
    if (!w->inSpan && w->iSpan < s->n && s->a[w->iSpan].first <= pos) {
        textAppend(w->out, w->z + w->iOff, iStart - w->iOff);
        textAppend(w->out, w->open, (sqlite3_int64)strlen(w->open));
        w->iOff = iStart;
        w->inSpan = 1;
    }
    if (w->inSpan && pos == s->a[w->iSpan].last) {
        textAppend(w->out, w->z + w->iOff, iEnd - w->iOff);
        textAppend(w->out, w->close, (sqlite3_int64)strlen(w->close));
        w->iOff = iEnd;
        w->inSpan = 0;
        w->iSpan++;
    }
    w->lastEnd = iEnd;
    return w->out->rc;
}

/* The matches of one column inside [start, end), overlapping ones merged (as FTS5 does). */
static int mergeSpans(const Hits *hits, int start, int end, Hits *spans) {
    int rc = SQLITE_OK;
    for (int i = 0; rc == SQLITE_OK && i < hits->n; i++) {
        Hit h = hits->a[i];
        if (h.last < start || h.first >= end) continue;
        if (h.first < start) h.first = start;
        if (h.last >= end) h.last = end - 1;
        if (spans->n > 0 && h.first <= spans->a[spans->n - 1].last) {
            if (h.last > spans->a[spans->n - 1].last) spans->a[spans->n - 1].last = h.last;
        } else {
            rc = hitsPush(spans, h);
        }
    }
    return rc;
}

static WorkCounter *counterOf(const Fts5ExtensionApi *api, Fts5Context *fts) {
    return (WorkCounter *)api->xUserData(fts);
}

/* Sentence starts up to token `upTo` (bounded by the text given): token 0, and every token after
 * `.` or `:` and white space (FTS5's fts5SentenceFinderCb). */
typedef struct {
    const char *z;
    int pos, upTo;
    Hits starts; /* `first` holds the token */
    int rc;
    sqlite3_int64 *work;
} SentenceFinder;

static int findSentence(void *ctx, int tflags, const char *pToken, int nToken, int iStart, int iEnd) {
    (void)pToken; (void)nToken; (void)iEnd;
    SentenceFinder *f = ctx;
    if (tflags & FTS5_TOKEN_COLOCATED) return SQLITE_OK;
    int pos = f->pos++;
    (*f->work)++;
    if (pos > f->upTo) return SQLITE_DONE;
    int i = iStart - 1;
    while (i >= 0 && (f->z[i] == ' ' || f->z[i] == '\t' || f->z[i] == '\n' || f->z[i] == '\r')) i--;
    if (pos == 0 || (i >= 0 && i != iStart - 1 && (f->z[i] == '.' || f->z[i] == ':'))) {
        Hit start = {pos, pos, 0};
        return hitsPush(&f->starts, start);
    }
    return SQLITE_OK;
}

/* FTS5's score of the window [start, start + nToken) of one column's sorted matches (1000 per
 * distinct phrase, 1 per repeat), from match `from` on; `adjusted` is where FTS5 would start the
 * window to centre its matches. */
static int scoreWindow(const Hits *h, int from, int start, int nToken, int nDocsize, int *stamp, int mark, int *adjusted,
                       sqlite3_int64 *work) {
    int score = 0, first = -1, last = 0;
    for (int j = from; j < h->n && h->a[j].first < start + nToken; j++) {
        (*work)++;
        if (h->a[j].first < start) continue;
        int p = h->a[j].phrase;
        score += stamp[p] == mark ? 1 : 1000;
        stamp[p] = mark;
        if (first < 0) first = h->a[j].first;
        last = h->a[j].last + 1;
    }
    if (adjusted) {
        int adj = first - (nToken - (last - first)) / 2;
        if (adj + nToken > nDocsize) adj = nDocsize - nToken;
        if (adj < 0) adj = 0;
        *adjusted = adj;
    }
    return score;
}

/* The usable part of a column's text: at most SCAN_BYTES, ending on a whole character. */
static int scannedLength(const char *z, int n) {
    if (n <= SCAN_BYTES) return n;
    int scanned = SCAN_BYTES;
    while (scanned > 0 && ((unsigned char)z[scanned] & 0xC0) == 0x80) scanned--;
    return scanned;
}

/* FTS5's snippet() choice (fts5SnippetFunction), over the kept matches: for each match, the
 * window from it (centred on its matches), and the window from the start of its sentence with
 * 100 points more (120 at the column's start) when the column is longer than a window. The
 * best score wins; on a tie, the earlier column and match. */
static int bestWindow(const Fts5ExtensionApi *api, Fts5Context *fts, Hits *hits, int nCol, int column, int nPhrase,
                      int nToken, Window *best) {
    sqlite3_int64 *work = &counterOf(api, fts)->work;
    int *stamp = sqlite3_malloc64(sizeof(int) * (sqlite3_uint64)(nPhrase + 1));
    if (!stamp) return SQLITE_NOMEM;
    memset(stamp, 0, sizeof(int) * (size_t)(nPhrase + 1));
    int rc = SQLITE_OK, mark = 0;
    *best = (Window){column < 0 ? 0 : column, 0, -1};
    for (int c = (column < 0 ? 0 : column); rc == SQLITE_OK && c < (column < 0 ? nCol : column + 1); c++) {
        Hits *h = &hits[c];
        if (h->n == 0) continue;
        int candidates = h->n < CANDIDATES ? h->n : CANDIDATES;
        int nDocsize = 0;
        const char *z = 0;
        int n = 0;
        rc = api->xColumnSize(fts, c, &nDocsize);
        if (rc == SQLITE_OK) rc = api->xColumnText(fts, c, &z, &n);
        if (rc != SQLITE_OK) break;
        SentenceFinder finder = {z, 0, h->a[candidates - 1].first, {0, 0, 0}, SQLITE_OK, work};
        if (z && nDocsize > nToken) {
            rc = api->xTokenize(fts, z, scannedLength(z, n), &finder, findSentence);
            if (rc == SQLITE_DONE) rc = SQLITE_OK;
        }
        int jj = 0;
        for (int i = 0; rc == SQLITE_OK && i < candidates; i++) {
            int io = h->a[i].first, adjusted = 0;
            int score = scoreWindow(h, i, io, nToken, nDocsize, stamp, ++mark, &adjusted, work);
            if (score > best->score) *best = (Window){c, adjusted, score};
            if (finder.starts.n > 0) {
                while (jj + 1 < finder.starts.n && finder.starts.a[jj + 1].first <= io) jj++;
                int sentence = finder.starts.a[jj].first;
                if (sentence < io) {
                    int from = i;
                    while (from > 0 && h->a[from - 1].first >= sentence) from--;
                    score = scoreWindow(h, from, sentence, nToken, nDocsize, stamp, ++mark, 0, work)
                        + (sentence == 0 ? 120 : 100);
                    if (score > best->score) *best = (Window){c, sentence, score};
                }
            }
        }
        sqlite3_free(finder.starts.a);
    }
    sqlite3_free(stamp);
    return rc;
}

/* Shared by opedb_snippet and opedb_snippet_column: the matches and the chosen window. */
static int choose(const Fts5ExtensionApi *api, Fts5Context *fts, int column, int nToken, Hits **outHits, int *outCol,
                  Window *outWindow) {
    int nCol = api->xColumnCount(fts);
    int nPhrase = api->xPhraseCount(fts);
    Hits *hits = sqlite3_malloc64(sizeof(Hits) * (sqlite3_uint64)(nCol + 1));
    int *anyHit = sqlite3_malloc64(sizeof(int) * (sqlite3_uint64)(nCol + 1));
    if (!hits || !anyHit) {
        sqlite3_free(hits); sqlite3_free(anyHit);
        return SQLITE_NOMEM;
    }
    memset(hits, 0, sizeof(Hits) * (size_t)(nCol + 1));
    memset(anyHit, 0, sizeof(int) * (size_t)(nCol + 1));
    if (column >= nCol) column = -1;
    int rc = collectHits(api, fts, nCol, 1, hits, anyHit);
    Window window = {0, 0, -1};
    if (rc == SQLITE_OK) rc = bestWindow(api, fts, hits, nCol, column, nPhrase, nToken, &window);
    if (rc == SQLITE_OK && window.score < 0) {
        /* No match in what is read: the opening of the first column that matched at all. */
        window.column = column >= 0 ? column : 0;
        for (int c = 0; column < 0 && c < nCol; c++) {
            if (anyHit[c]) { window.column = c; break; }
        }
        window.start = 0;
    }
    sqlite3_free(anyHit);
    *outHits = hits;
    *outCol = nCol;
    *outWindow = window;
    return rc;
}


static void freeHits(Hits *hits, int nCol) {
    if (!hits) return;
    for (int c = 0; c < nCol; c++) sqlite3_free(hits[c].a);
    sqlite3_free(hits);
}

static void forget(WorkCounter *shared) {
    if (!shared->choice) return;
    freeHits(shared->choice->hits, shared->choice->nCol);
    sqlite3_free(shared->choice);
    shared->choice = 0;
}

/* Set on a cursor by each function that keeps a choice made on it; FTS5 frees it when the
 * cursor closes or starts another query (fts5FreeCursorComponents), and the choice goes with it,
 * so a choice is never taken for a later cursor that happens to get the same address. */
typedef struct {
    WorkCounter *shared;
    Fts5Context *fts;
} CursorMark;

static void cursorClosed(void *p) {
    CursorMark *mark = p;
    if (mark->shared->choice && mark->shared->choice->fts == mark->fts) forget(mark->shared);
    sqlite3_free(mark);
}

/* choose(), once per row and request: the functions of one row share the result. The choice
 * is owned by the shared state; callers must not free it. */
static int chooseOnce(const Fts5ExtensionApi *api, Fts5Context *fts, int column, int nToken, const Choice **out) {
    WorkCounter *shared = counterOf(api, fts);
    sqlite3_int64 rowid = api->xRowid(fts);
    if (column >= api->xColumnCount(fts)) column = -1;
    Choice *kept = shared->choice;
    if (kept && kept->fts == fts && kept->rowid == rowid && kept->column == column && kept->nToken == nToken) {
        *out = kept;
        return SQLITE_OK;
    }
    if (!api->xGetAuxdata(fts, 0)) {
        CursorMark *mark = sqlite3_malloc(sizeof(CursorMark));
        if (!mark) return SQLITE_NOMEM;
        mark->shared = shared;
        mark->fts = fts;
        int rc = api->xSetAuxdata(fts, mark, cursorClosed);  /* frees mark itself on failure */
        if (rc != SQLITE_OK) return rc;
    }
    forget(shared);
    Choice *choice = sqlite3_malloc(sizeof(Choice));
    if (!choice) return SQLITE_NOMEM;
    memset(choice, 0, sizeof(Choice));
    int rc = choose(api, fts, column, nToken, &choice->hits, &choice->nCol, &choice->window);
    if (rc != SQLITE_OK) {
        freeHits(choice->hits, choice->nCol);
        sqlite3_free(choice);
        return rc;
    }
    choice->fts = fts;
    choice->rowid = rowid;
    choice->column = column;
    choice->nToken = nToken;
    shared->choice = choice;
    *out = choice;
    return SQLITE_OK;
}

static const char *argText(int nVal, sqlite3_value **apVal, int i, const char *fallback) {
    if (i >= nVal) return fallback;
    const char *z = (const char *)sqlite3_value_text(apVal[i]);
    return z ? z : fallback;
}

/* The function's result: an error, NULL for a NULL column, or the text written (handed over). */
static void setResult(sqlite3_context *ctx, int rc, const char *column, Text *out) {
    if (rc != SQLITE_OK) {
        sqlite3_free(out->z);
        sqlite3_result_error_code(ctx, rc);
    } else if (!column) {
        sqlite3_free(out->z);
        sqlite3_result_null(ctx);
    } else {
        sqlite3_result_text64(ctx, out->z ? out->z : "", (sqlite3_uint64)out->n, out->z ? sqlite3_free : SQLITE_TRANSIENT,
                              SQLITE_UTF8);
    }
}

/* opedb_snippet(fts, column, open, close, ellipsis, tokens) */
static void snippetFunction(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *ctx, int nVal,
                            sqlite3_value **apVal) {
    int column = nVal > 0 ? sqlite3_value_int(apVal[0]) : -1;
    const char *open = argText(nVal, apVal, 1, "");
    const char *close = argText(nVal, apVal, 2, "");
    const char *ellipsis = argText(nVal, apVal, 3, "");
    sqlite3_int64 requested = nVal > 4 ? sqlite3_value_int64(apVal[4]) : 24;
    int nToken = requested < 1 ? 1 : (requested > MAX_WINDOW ? MAX_WINDOW : (int)requested);

    const Choice *choice = 0;
    int rc = chooseOnce(api, fts, column, nToken, &choice);
    Hits *hits = choice ? choice->hits : 0;
    Window window = choice ? choice->window : (Window){0, 0, -1};
    const char *z = 0;
    int n = 0;
    if (rc == SQLITE_OK) rc = api->xColumnText(fts, window.column, &z, &n);
    Text out = {0, 0, 0, SQLITE_OK};
    Hits spans = {0, 0, 0};
    if (rc == SQLITE_OK && z) {
        int scanned = scannedLength(z, n);
        if (rc == SQLITE_OK) rc = mergeSpans(&hits[window.column], window.start, window.start + nToken, &spans);
        Writer w = {z, &out, open, close, window.start, window.start + nToken, &spans, 0, 0, 0, 0, 0, 0, 0,
                    &counterOf(api, fts)->work};
        if (rc == SQLITE_OK) rc = api->xTokenize(fts, z, scanned, &w, writeToken);
        if (rc == SQLITE_DONE) rc = SQLITE_OK;
        if (rc == SQLITE_OK && !w.begun && window.start > 0) {
            /* The window lies past what was read: the column's opening instead, unmarked. */
            Hits none = {0, 0, 0};
            Writer opening = {z, &out, open, close, 0, nToken, &none, 0, 0, 0, 0, 0, 0, 0, &counterOf(api, fts)->work};
            rc = api->xTokenize(fts, z, scanned, &opening, writeToken);
            if (rc == SQLITE_DONE) rc = SQLITE_OK;
            w = opening;
        }
        if (rc == SQLITE_OK && w.begun) {
            textAppend(&out, z + w.iOff, w.lastEnd - w.iOff);
            if (w.inSpan) textAppend(&out, close, (sqlite3_int64)strlen(close));
            if (w.more || scanned < n) {
                textAppend(&out, ellipsis, (sqlite3_int64)strlen(ellipsis));
            } else {
                textAppend(&out, z + w.lastEnd, n - w.lastEnd);  /* the column's end, as FTS5 */
            }
        }
        if (rc == SQLITE_OK && w.begun && w.start > 0 && out.rc == SQLITE_OK) {
            /* The leading ellipsis, written last to keep the walk simple. */
            sqlite3_int64 e = (sqlite3_int64)strlen(ellipsis);
            textAppend(&out, ellipsis, e);
            if (out.rc == SQLITE_OK && e > 0) {
                memmove(out.z + e, out.z, (size_t)(out.n - e));
                memcpy(out.z, ellipsis, (size_t)e);
            }
        }
        if (rc == SQLITE_OK) rc = out.rc;
    }
    sqlite3_free(spans.a);
    setResult(ctx, rc, z, &out);
}

/* opedb_snippet_column(fts) */
static void snippetColumnFunction(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *ctx, int nVal,
                                  sqlite3_value **apVal) {
    sqlite3_int64 requested = nVal > 0 ? sqlite3_value_int64(apVal[0]) : 24;
    int nToken = requested < 1 ? 1 : (requested > MAX_WINDOW ? MAX_WINDOW : (int)requested);
    const Choice *choice = 0;
    int rc = chooseOnce(api, fts, -1, nToken, &choice);
    if (rc != SQLITE_OK) { sqlite3_result_error_code(ctx, rc); return; }
    sqlite3_result_int(ctx, choice->window.column);
}

/* opedb_highlight(fts, column, open, close) */
static void highlightFunction(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *ctx, int nVal,
                              sqlite3_value **apVal) {
    int column = nVal > 0 ? sqlite3_value_int(apVal[0]) : 0;
    const char *open = argText(nVal, apVal, 1, "");
    const char *close = argText(nVal, apVal, 2, "");
    int nCol = api->xColumnCount(fts);
    if (column < 0 || column >= nCol) {
        sqlite3_result_error(ctx, "opedb_highlight: no such column", -1);
        return;
    }
    Hits *hits = sqlite3_malloc64(sizeof(Hits) * (sqlite3_uint64)nCol);
    int *anyHit = sqlite3_malloc64(sizeof(int) * (sqlite3_uint64)nCol);
    int rc = hits && anyHit ? SQLITE_OK : SQLITE_NOMEM;
    if (rc == SQLITE_OK) {
        memset(hits, 0, sizeof(Hits) * (size_t)nCol);
        memset(anyHit, 0, sizeof(int) * (size_t)nCol);
        rc = collectHits(api, fts, nCol, 0, hits, anyHit);
    }
    const char *z = 0;
    int n = 0;
    if (rc == SQLITE_OK) rc = api->xColumnText(fts, column, &z, &n);
    Text out = {0, 0, 0, SQLITE_OK};
    Hits spans = {0, 0, 0};
    if (rc == SQLITE_OK && z) {
        rc = mergeSpans(&hits[column], 0, INT_MAX, &spans);
        Writer w = {z, &out, open, close, 0, INT_MAX, &spans, 0, 0, 0, 0, 0, 0, 0, &counterOf(api, fts)->work};
        w.begun = 1;  /* the whole text, from its first byte */
        if (rc == SQLITE_OK) rc = api->xTokenize(fts, z, n, &w, writeToken);
        if (rc == SQLITE_DONE) rc = SQLITE_OK;
        if (rc == SQLITE_OK) {
            if (w.inSpan) {
                textAppend(&out, z + w.iOff, w.lastEnd - w.iOff);
                textAppend(&out, close, (sqlite3_int64)strlen(close));
                w.iOff = w.lastEnd;
            }
            textAppend(&out, z + w.iOff, n - w.iOff);
            rc = out.rc;
        }
    }
    sqlite3_free(spans.a);
    freeHits(hits, nCol);
    sqlite3_free(anyHit);
    setResult(ctx, rc, z, &out);
}

static void workFunction(sqlite3_context *ctx, int nVal, sqlite3_value **apVal) {
    (void)nVal; (void)apVal;
    WorkCounter *counter = (WorkCounter *)sqlite3_user_data(ctx);
    sqlite3_result_int64(ctx, counter->work);
    counter->work = 0;
}

/* When the connection closes: the counter, and a choice still kept (none once every cursor closed). */
static void freeShared(void *p) {
    forget((WorkCounter *)p);
    sqlite3_free(p);
}

int opedb_snippet_register(sqlite3 *db) {
    fts5_api *api = 0;
    int rc = opedb_fts5_api(db, &api);
    if (rc != SQLITE_OK) return rc;
    WorkCounter *counter = sqlite3_malloc(sizeof(WorkCounter));
    if (!counter) return SQLITE_NOMEM;
    counter->work = 0;
    counter->choice = 0;
    /* The SQL function owns the counter (freed when the connection closes); all four share it. */
    rc = sqlite3_create_function_v2(db, "opedb_snippet_work", 0, SQLITE_UTF8, counter, workFunction, 0, 0, freeShared);
    if (rc == SQLITE_OK) rc = api->xCreateFunction(api, "opedb_snippet", counter, snippetFunction, 0);
    if (rc == SQLITE_OK) rc = api->xCreateFunction(api, "opedb_snippet_column", counter, snippetColumnFunction, 0);
    if (rc == SQLITE_OK) rc = api->xCreateFunction(api, "opedb_highlight", counter, highlightFunction, 0);
    return rc;
}
