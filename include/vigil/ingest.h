/* Ingestion: reading reports in the forms they arrive in (plain text, HTML
 * pages, JSON Lines batches) and storing each with its figures and its text
 * reuse.
 *
 * The readers turn bytes into report text and metadata; the ingester runs
 * one report through extraction, fingerprinting and reuse matching and hands
 * the lot to the store in one call.  Transactions (one per batch) are the
 * caller's: vg_store_begin before the first report, vg_store_commit after
 * the last, vg_store_rollback on any error. */
#ifndef VIGIL_INGEST_H
#define VIGIL_INGEST_H

#include <stddef.h>
#include <stdint.h>

#include "vigil/buf.h"
#include "vigil/err.h"
#include "vigil/extract.h"
#include "vigil/store.h"
#include "vigil/str.h"

enum vg_doc_format {
    VG_FMT_TEXT = 0, /* plain UTF-8 text */
    VG_FMT_HTML,     /* an HTML page */
    VG_FMT_JSONL,    /* a JSON Lines batch: one report per line */
};

/* The form of a file, from its name (.html, .htm, .jsonl, .ndjson) or, for
 * other names, its first bytes ("<!DOCTYPE html", "<html"). */
enum vg_doc_format vg_ingest_format(const char *path, const char *data, size_t len);

/* The readable text of an HTML page: the article body (<article>, else
 * <main> or role="main", else <body>) without navigation, scripts, styles,
 * headers, footers, asides and forms; paragraphs separated by blank lines,
 * runs of white space folded.  libxml2's HTML parser reads the page, so
 * broken markup is read the way browsers read it.  Appends the text to
 * `text` and the page title (<title>, else the first <h1>) to `title`; sets
 * *published from <meta property="article:published_time"> when present
 * (else VG_NO_DATE).  Returns VG_OK, VG_ENOMEM or VG_ETOOBIG. */
int vg_html_text(const char *html, size_t len, struct vg_buf *text, struct vg_buf *title,
                 int32_t *published, struct vg_err *err);

/* A reader of a JSON Lines batch held in memory.  Each non-blank line is an
 * object {"text": required string, "url", "title", "publisher", "lang":
 * strings or null, "published": "YYYY-MM-DD" or null}. */
struct vg_jsonl {
    const char *path; /* for messages */
    const char *data; /* the batch; not owned */
    size_t len;       /* its bytes */
    size_t pos;       /* where the next line starts */
    long line;        /* number of the line last read (1-based) */
    void *cur;        /* the current line's parsed object (json_t), owned */
};

/* One report of a batch.  Strings live until the next call to
 * vg_jsonl_next or vg_jsonl_release. */
struct vg_jsonl_item {
    long line;             /* its line number */
    const char *url;       /* or NULL */
    const char *title;     /* or NULL */
    const char *publisher; /* or NULL */
    const char *lang;      /* or NULL */
    int32_t published;     /* or VG_NO_DATE */
    struct vg_str text;    /* the report text */
};

void vg_jsonl_init(struct vg_jsonl *r, const char *path, const char *data, size_t len);
void vg_jsonl_release(struct vg_jsonl *r);

/* Read the next report: returns 1 and *item, 0 at the end of the batch, or
 * -1 with err naming the file and line when the line is not a valid report. */
int vg_jsonl_next(struct vg_jsonl *r, struct vg_jsonl_item *item, struct vg_err *err);

/* A report to ingest. */
struct vg_ingest_doc {
    const char *name;      /* the name to store it under */
    const char *url;       /* or NULL */
    const char *title;     /* or NULL */
    const char *publisher; /* or NULL */
    const char *lang;      /* or NULL to detect */
    int32_t published;     /* or VG_NO_DATE */
    struct vg_str text;    /* the text */
};

/* What became of one report. */
struct vg_ingest_result {
    int duplicate;      /* 1: the same text was stored already, nothing added */
    int64_t id;         /* its row id (the earlier one's when duplicate) */
    char existing[256]; /* when duplicate: the name it is stored under */
    size_t n_figures;   /* figures stored */
    size_t n_reuse;     /* earlier reports it shares passages with */
};

/* Maps a figure's place (a gazetteer name) to the name of its country, or
 * NULL when unknown.  The returned string must outlive the call to
 * vg_ingest_doc. */
typedef const char *(*vg_country_fn)(void *ctx, const char *place);

struct vg_ingester;

/* An ingester writing to store s with extractor x (both borrowed; they must
 * outlive it).  Returns VG_OK and *out (free with vg_ingester_free). */
int vg_ingester_new(struct vg_store *s, const struct vg_extractor *x, struct vg_ingester **out,
                    struct vg_err *err);
void vg_ingester_free(struct vg_ingester *g);

/* Resolve figure places to countries with fn (NULL: store no countries). */
void vg_ingester_set_countries(struct vg_ingester *g, vg_country_fn fn, void *ctx);

/* Turn text reuse detection off (for measuring extraction alone). */
void vg_ingester_set_reuse(struct vg_ingester *g, int on);

/* Record a pair when its passages cover at least min_words words (default
 * VG_REUSE_MIN_WORDS); for measuring precision and recall at other
 * thresholds. */
void vg_ingester_set_reuse_threshold(struct vg_ingester *g, unsigned min_words);

/* Store one report inside the caller's transaction: its SHA-256, figures,
 * persons, fingerprints, and the passages it shares with reports stored
 * before it.  A text stored already adds nothing (res->duplicate).  Returns
 * VG_OK or a code with the reason in err. */
int vg_ingest_doc(struct vg_ingester *g, const struct vg_ingest_doc *d,
                  struct vg_ingest_result *res, struct vg_err *err);

/* ---- the pipeline ----------------------------------------------------
 *
 * vg_ingest_doc does everything on the caller's thread.  A pipe splits the
 * work in two: a worker thread hashes, extracts and fingerprints the reports
 * pushed to it, a few ahead, while the caller's thread de-duplicates,
 * matches reuse and writes each to the store, in the order pushed.  What is
 * stored is exactly what vg_ingest_doc would store, report for report (the
 * worker reads nothing from the store); only the time differs.
 *
 * Transactions are the caller's unless it hands them to the pipe
 * (vg_ingest_pipe_own_batches).  The caller's: the pipe stores only inside
 * vg_ingest_pipe_push and vg_ingest_pipe_flush, so call vg_store_begin
 * before pushing a batch's first report and vg_ingest_pipe_flush before
 * vg_store_commit.  The worker then waits while the caller commits.  The
 * pipe's: mark each batch's end with vg_ingest_pipe_end_batch and go on
 * pushing; the pipe begins a transaction before storing a batch's first
 * report and commits once its last one is stored, while the worker
 * prepares the next batch's reports. */

struct vg_ingest_pipe;

/* Told about each report when it has been stored (or found stored
 * already), in the order pushed, on the caller's thread.  d is the pipe's
 * copy of the report; origin and line are as pushed. */
typedef void (*vg_ingest_done_fn)(void *ctx, const struct vg_ingest_doc *d, const char *origin,
                                  long line, const struct vg_ingest_result *res);

/* A pipe storing through g (borrowed: it must outlive the pipe), telling
 * done(ctx, ...) of each report.  threads: 1 runs the preparation on a
 * worker thread, 0 on the caller's thread (the same results, one core);
 * when the thread cannot be started the pipe works without it.  Returns
 * VG_OK and *out (free with vg_ingest_pipe_free), or VG_ENOMEM. */
int vg_ingest_pipe_new(struct vg_ingester *g, int threads, vg_ingest_done_fn done, void *ctx,
                       struct vg_ingest_pipe **out, struct vg_err *err);

/* Stop the worker and free the pipe; reports pushed and not stored are
 * dropped (flush first to keep them). */
void vg_ingest_pipe_free(struct vg_ingest_pipe *p);

/* Queue a report: d and its strings are copied, so they need to live only
 * for the call.  origin (a file name, or NULL) and line (or 0) name where it
 * came from in errors.  May store earlier reports first (when the queue is
 * full).  Returns VG_OK, or the first error of storing, with err naming the
 * report's origin and line; on error every report pushed and not stored yet
 * is dropped, so the caller rolls back and the pipe is empty again. */
int vg_ingest_pipe_push(struct vg_ingest_pipe *p, const struct vg_ingest_doc *d,
                        const char *origin, long line, struct vg_err *err);

/* Store every report pushed, in order, and commit the open batch when the
 * pipe owns the transactions.  Returns as vg_ingest_pipe_push. */
int vg_ingest_pipe_flush(struct vg_ingest_pipe *p, struct vg_err *err);

/* Drop every report pushed and not stored yet (after a failed batch), and
 * roll back the pipe's open transaction, if it owns one. */
void vg_ingest_pipe_discard(struct vg_ingest_pipe *p);

/* Told on the caller's thread after the pipe committed a batch. */
typedef void (*vg_ingest_batch_fn)(void *ctx);

/* Let the pipe begin and commit the store's transactions, one per batch
 * (ended by vg_ingest_pipe_end_batch, and by vg_ingest_pipe_flush), telling
 * committed(ctx) (may be NULL) after each commit.  Call before the first
 * push, with no transaction open.  A failure to store or commit rolls the
 * open batch back and drops every report in flight, later batches' too;
 * the call that met it (push, end_batch, flush, abort) returns it. */
void vg_ingest_pipe_own_batches(struct vg_ingest_pipe *p, vg_ingest_batch_fn committed,
                                void *ctx);

/* End the batch after the last report pushed: it is committed once that
 * report is stored (now, if it is).  Returns VG_OK or the error of
 * committing; nothing without vg_ingest_pipe_own_batches. */
int vg_ingest_pipe_end_batch(struct vg_ingest_pipe *p, struct vg_err *err);

/* Give up the open batch (the caller met bad input): the batches ended
 * before it are stored and committed; the open batch's reports are stored
 * too, so that an error among them is found, then rolled back with it.
 * Returns VG_OK, or the first error of storing or committing (err set,
 * naming the report's origin and line), which the caller reports in place
 * of its own, as it came first.  The pipe is empty afterwards. */
int vg_ingest_pipe_abort(struct vg_ingest_pipe *p, struct vg_err *err);

/* The reuse passages of the report just ingested, when it was compared
 * (lives until the next call): for tests and diagnostics. */
const struct vg_store_reuse *vg_ingester_last_reuse(const struct vg_ingester *g, size_t *n);

#endif
