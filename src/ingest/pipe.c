/* The ingest pipeline: a worker thread prepares reports (hash, extraction,
 * fingerprints: ingest_prepare) while the caller's thread stores the ones
 * prepared before (ingest_store), so that on two cores extraction costs no
 * wall time beside the database writes.
 *
 * The reports travel through a ring of SLOTS slots, each with its own arena
 * holding the report's copy and its preparation.  Three counters, which
 * only grow, say where each report is: `pushed` (written by the caller),
 * `prepared` (by the worker), `stored` (by the caller), with
 * stored <= prepared <= pushed <= stored + SLOTS; report i is in slot
 * i % SLOTS.  The caller fills a slot, then raises `pushed` under the lock;
 * the worker reads the slot only below `pushed` and raises `prepared` under
 * the lock when done; the caller reads the preparation only below
 * `prepared`, and refills a slot only once it is stored.  So a slot is
 * never touched by both threads at once, and the lock orders each hand-over.
 *
 * Storing happens on the caller's thread, in the order pushed, and the
 * worker reads nothing from the store: the database ends up exactly as
 * with vg_ingest_doc, report by report.
 *
 * Batches.  When the pipe owns the transactions (vg_ingest_pipe_own_batches),
 * a batch end is a mark on the last report pushed before it: the commit
 * happens on the caller's thread once that report is stored, while the
 * worker goes on preparing the reports pushed after the mark.  The ring is
 * deep (SLOTS) so that a commit of a few tens of milliseconds does not run
 * the worker dry; INFLIGHT_MAX bounds the text bytes it holds. */
#define _GNU_SOURCE /* pthread_setname_np */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "ingest_int.h"
#include "vigil/ingest.h"
#include "banned.h"

#define SLOTS        256                /* reports in flight */
#define SLOT_CAP     ((size_t)1 << 30)  /* arena cap of one slot */
#define SLOT_KEEP    ((size_t)4 << 20)  /* a slot's arena above this is freed, not kept */
#define INFLIGHT_MAX ((size_t)64 << 20) /* text bytes pushed and not stored */

struct slot {
    struct vg_arena arena;   /* the copy of the report and its preparation */
    struct vg_ingest_doc doc; /* the copy, strings in the arena */
    const char *origin;      /* where it came from (in the arena), or NULL */
    long line;               /* line in origin, or 0 */
    struct ingest_prep prep; /* stage one's result */
    int end_batch;           /* commit once this report is stored (the caller's) */
};

struct vg_ingest_pipe {
    struct vg_ingester *g;         /* borrowed */
    const struct vg_extractor *x;  /* g's extractor */
    vg_ingest_done_fn done;        /* told of each stored report */
    void *ctx;                     /* done's */
    struct slot slot[SLOTS];       /* the ring */
    size_t pushed;                 /* reports pushed; guarded by mu */
    size_t prepared;               /* reports prepared; guarded by mu */
    size_t stored;                 /* reports stored (the caller's alone) */
    size_t inflight;               /* text bytes pushed and not stored (the caller's) */
    int own_tx;                    /* 1: the pipe begins and commits transactions */
    int in_tx;                     /* 1: it has one open */
    vg_ingest_batch_fn committed;  /* told of each commit, or NULL */
    void *committed_ctx;           /* committed's */
    int threaded;                  /* 1: the worker runs */
    int stop;                      /* 1: the worker is to end; guarded by mu */
    pthread_t worker;              /* the worker thread */
    pthread_mutex_t mu;            /* guards the counters */
    pthread_cond_t has_work;       /* pushed > prepared, or stop */
    pthread_cond_t has_prepared;   /* prepared grew */
};

static void *work(void *arg) {
    struct vg_ingest_pipe *p = arg;
#ifdef __GLIBC__
    pthread_setname_np(pthread_self(), "vigil-extract"); /* for top and perf */
#endif
    pthread_mutex_lock(&p->mu);
    for (;;) {
        while (!p->stop && p->prepared == p->pushed)
            pthread_cond_wait(&p->has_work, &p->mu);
        if (p->stop)
            break;
        struct slot *s = &p->slot[p->prepared % SLOTS];
        pthread_mutex_unlock(&p->mu);
        ingest_prepare(p->x, &s->arena, &s->doc, &s->prep);
        pthread_mutex_lock(&p->mu);
        p->prepared++;
        pthread_cond_signal(&p->has_prepared);
    }
    pthread_mutex_unlock(&p->mu);
    return NULL;
}

int vg_ingest_pipe_new(struct vg_ingester *g, int threads, vg_ingest_done_fn done, void *ctx,
                       struct vg_ingest_pipe **out, struct vg_err *err) {
    *out = NULL;
    struct vg_ingest_pipe *p = vg_calloc(1, sizeof *p);
    if (!p)
        return vg_err_set(err, VG_ENOMEM, "out of memory");
    p->g = g;
    p->x = ingest_extractor(g);
    p->done = done;
    p->ctx = ctx;
    for (int i = 0; i < SLOTS; i++)
        vg_arena_init(&p->slot[i].arena, SLOT_CAP);
    pthread_mutex_init(&p->mu, NULL);
    pthread_cond_init(&p->has_work, NULL);
    pthread_cond_init(&p->has_prepared, NULL);
    /* Without a thread the caller prepares each report as it is pushed. */
    if (threads > 0 && pthread_create(&p->worker, NULL, work, p) == 0)
        p->threaded = 1;
    *out = p;
    return VG_OK;
}

void vg_ingest_pipe_free(struct vg_ingest_pipe *p) {
    if (!p)
        return;
    if (p->threaded) {
        pthread_mutex_lock(&p->mu);
        p->stop = 1;
        pthread_cond_signal(&p->has_work);
        pthread_mutex_unlock(&p->mu);
        pthread_join(p->worker, NULL);
    }
    pthread_cond_destroy(&p->has_prepared);
    pthread_cond_destroy(&p->has_work);
    pthread_mutex_destroy(&p->mu);
    for (int i = 0; i < SLOTS; i++)
        vg_arena_release(&p->slot[i].arena);
    free(p);
}

/* Forget every report pushed and not stored, and roll back the open
 * transaction when the pipe owns it. */
static void drop_all(struct vg_ingest_pipe *p) {
    /* Let the worker finish what it has, so that no slot is in its hands,
     * then forget them all. */
    pthread_mutex_lock(&p->mu);
    while (p->threaded && p->prepared != p->pushed)
        pthread_cond_wait(&p->has_prepared, &p->mu);
    p->prepared = p->pushed;
    pthread_mutex_unlock(&p->mu);
    for (size_t i = p->stored; i < p->pushed; i++)
        p->slot[i % SLOTS].end_batch = 0;
    p->stored = p->pushed;
    p->inflight = 0;
    if (p->in_tx) {
        struct vg_err e;
        vg_err_clear(&e);
        vg_store_rollback(ingest_store_of(p->g), &e);
        p->in_tx = 0;
    }
}

void vg_ingest_pipe_discard(struct vg_ingest_pipe *p) {
    drop_all(p);
}

void vg_ingest_pipe_own_batches(struct vg_ingest_pipe *p, vg_ingest_batch_fn committed,
                                void *ctx) {
    p->own_tx = 1;
    p->committed = committed;
    p->committed_ctx = ctx;
}

/* Commit the open transaction (the pipe's own). */
static int commit(struct vg_ingest_pipe *p, struct vg_err *err) {
    if (!p->in_tx)
        return VG_OK;
    p->in_tx = 0;
    int rc = vg_store_commit(ingest_store_of(p->g), err);
    if (rc) {
        struct vg_err e;
        vg_err_clear(&e);
        vg_store_rollback(ingest_store_of(p->g), &e);
        return rc;
    }
    if (p->committed)
        p->committed(p->committed_ctx);
    return VG_OK;
}

/* Store the oldest report pushed and not stored, waiting for its
 * preparation, and commit after it when a batch ends there.  On error,
 * roll back and drop the rest. */
static int store_next(struct vg_ingest_pipe *p, struct vg_err *err) {
    pthread_mutex_lock(&p->mu);
    while (p->prepared == p->stored)
        pthread_cond_wait(&p->has_prepared, &p->mu);
    pthread_mutex_unlock(&p->mu);
    struct slot *s = &p->slot[p->stored % SLOTS];
    struct vg_ingest_result res;
    int rc = VG_OK;
    if (p->own_tx && !p->in_tx) {
        if ((rc = vg_store_begin(ingest_store_of(p->g), err)))
            goto fail;
        p->in_tx = 1;
    }
    if ((rc = ingest_store(p->g, &s->prep, &res, err)))
        goto fail;
    p->stored++;
    p->inflight -= s->doc.text.len;
    if (p->done)
        p->done(p->ctx, &s->doc, s->origin, s->line, &res);
    if (s->end_batch) {
        s->end_batch = 0;
        /* A failed commit is the batch's, not this report's: no origin. */
        if ((rc = commit(p, err)))
            drop_all(p);
    }
    return rc;
fail:
    if (s->origin) {
        char msg[sizeof err->msg];
        memcpy(msg, err->msg, sizeof msg);
        vg_err_at(err, rc, s->origin, s->line, "%s", msg[0] ? msg : vg_rc_str(rc));
    }
    drop_all(p);
    return rc;
}

static const char *dup_or_null(struct vg_arena *a, const char *s, int *oom) {
    if (!s)
        return NULL;
    const char *c = vg_arena_strndup(a, s, strlen(s));
    if (!c)
        *oom = 1;
    return c;
}

int vg_ingest_pipe_push(struct vg_ingest_pipe *p, const struct vg_ingest_doc *d,
                        const char *origin, long line, struct vg_err *err) {
    int rc;
    /* Make room: a free slot, and text bytes under the bound (one report
     * larger than the bound travels alone). */
    while (p->pushed != p->stored &&
           (p->pushed - p->stored == SLOTS || p->inflight + d->text.len > INFLIGHT_MAX))
        if ((rc = store_next(p, err)))
            return rc;
    struct slot *s = &p->slot[p->pushed % SLOTS];
    if (s->arena.reserved > SLOT_KEEP)
        vg_arena_release(&s->arena);
    else
        vg_arena_reset(&s->arena);
    int oom = 0;
    s->doc = *d;
    s->doc.name = dup_or_null(&s->arena, d->name, &oom);
    s->doc.url = dup_or_null(&s->arena, d->url, &oom);
    s->doc.title = dup_or_null(&s->arena, d->title, &oom);
    s->doc.publisher = dup_or_null(&s->arena, d->publisher, &oom);
    s->doc.lang = dup_or_null(&s->arena, d->lang, &oom);
    s->origin = dup_or_null(&s->arena, origin, &oom);
    s->line = line;
    s->end_batch = 0;
    char *text = vg_arena_alloc(&s->arena, d->text.len + 1);
    if (!text || oom) {
        rc = origin ? vg_err_at(err, VG_ENOMEM, origin, line, "out of memory")
                    : vg_err_set(err, VG_ENOMEM, "out of memory");
        drop_all(p);
        return rc;
    }
    if (d->text.len)
        memcpy(text, d->text.ptr, d->text.len);
    text[d->text.len] = '\0';
    s->doc.text = vg_str_make(text, d->text.len);
    p->inflight += d->text.len;
    if (!p->threaded)
        ingest_prepare(p->x, &s->arena, &s->doc, &s->prep);
    pthread_mutex_lock(&p->mu);
    p->pushed++;
    if (p->threaded)
        pthread_cond_signal(&p->has_work);
    else
        p->prepared = p->pushed;
    pthread_mutex_unlock(&p->mu);
    /* Without a worker there is nothing to overlap: store at once, so
     * that the single-threaded pipe behaves as vg_ingest_doc. */
    if (!p->threaded)
        return store_next(p, err);
    return VG_OK;
}

int vg_ingest_pipe_end_batch(struct vg_ingest_pipe *p, struct vg_err *err) {
    if (!p->own_tx)
        return VG_OK;
    if (p->pushed != p->stored) {
        p->slot[(p->pushed - 1) % SLOTS].end_batch = 1;
        return VG_OK;
    }
    return commit(p, err);
}

int vg_ingest_pipe_flush(struct vg_ingest_pipe *p, struct vg_err *err) {
    while (p->stored != p->pushed) {
        int rc = store_next(p, err);
        if (rc)
            return rc;
    }
    return p->own_tx ? commit(p, err) : VG_OK;
}

int vg_ingest_pipe_abort(struct vg_ingest_pipe *p, struct vg_err *err) {
    /* Every report pushed is stored, in order: the batches ended before
     * are committed at their marks, and an error among the open batch's
     * reports is found.  Then the open batch is rolled back. */
    int rc = VG_OK;
    while (!rc && p->stored < p->pushed)
        rc = store_next(p, err);
    drop_all(p);
    return rc;
}
