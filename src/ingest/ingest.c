/* The ingest pipeline for one report: hash, de-duplicate, extract,
 * fingerprint, match against earlier reports, and store it all in one
 * vg_store_put.
 *
 * A figure is marked as re-told from an earlier report when one of the
 * passages the two share covers its quantity phrase or at least half of its
 * sentence; when several earlier reports qualify, the one stored first is
 * named, since it is the closest the database knows to the original. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sodium.h>

#include "ingest_int.h"
#include "vigil/ingest.h"
#include "vigil/reuse.h"
#include "banned.h"

#define ARENA_CAP ((size_t)1 << 30)
#define CHAIN_GAP (VG_REUSE_K + VG_REUSE_W) /* words between hits of one passage */

struct vg_ingester {
    struct vg_store *store;       /* borrowed */
    const struct vg_extractor *x; /* borrowed */
    struct vg_arena arena;        /* per report, reset each time */
    struct vg_arena prep_arena;   /* vg_ingest_doc's preparation of it */
    vg_country_fn country_of;     /* or NULL */
    void *country_ctx;
    int reuse;                   /* 1: detect text reuse */
    unsigned min_words;          /* shared words that make a pair */
    struct vg_store_reuse *last; /* the last report's reuse, in the arena */
    size_t n_last;
    /* Hashes found common (in more than VG_REUSE_MAX_DOCS reports): an
     * open-addressing set, so boilerplate is looked up once per run, not
     * once per report.  0 marks an empty slot (hash 0 is never added). */
    uint64_t *common;
    size_t common_cap, n_common;
};

static int common_has(const struct vg_ingester *g, uint64_t h) {
    if (!g->common || h == 0)
        return 0;
    for (size_t i = (size_t)(h * 0x9e3779b97f4a7c15ULL) & (g->common_cap - 1);;
         i = (i + 1) & (g->common_cap - 1)) {
        if (g->common[i] == h)
            return 1;
        if (g->common[i] == 0)
            return 0;
    }
}

static void common_add(struct vg_ingester *g, uint64_t h) {
    if (h == 0 || common_has(g, h))
        return;
    if (2 * (g->n_common + 1) > g->common_cap) {
        size_t cap = g->common_cap ? g->common_cap * 2 : 1024;
        uint64_t *v = vg_calloc(cap, sizeof *v);
        if (!v)
            return; /* only a cache: a lookup too many is not an error */
        for (size_t i = 0; i < g->common_cap; i++) {
            uint64_t x = g->common[i];
            if (!x)
                continue;
            size_t j = (size_t)(x * 0x9e3779b97f4a7c15ULL) & (cap - 1);
            while (v[j])
                j = (j + 1) & (cap - 1);
            v[j] = x;
        }
        free(g->common);
        g->common = v;
        g->common_cap = cap;
    }
    size_t j = (size_t)(h * 0x9e3779b97f4a7c15ULL) & (g->common_cap - 1);
    while (g->common[j])
        j = (j + 1) & (g->common_cap - 1);
    g->common[j] = h;
    g->n_common++;
}

int vg_ingester_new(struct vg_store *s, const struct vg_extractor *x, struct vg_ingester **out,
                    struct vg_err *err) {
    if (sodium_init() < 0)
        return vg_err_set(err, VG_ENOMEM, "cannot initialise libsodium");
    struct vg_ingester *g = vg_calloc(1, sizeof *g);
    if (!g)
        return vg_err_set(err, VG_ENOMEM, "out of memory");
    g->store = s;
    g->x = x;
    g->reuse = 1;
    g->min_words = VG_REUSE_MIN_WORDS;
    vg_arena_init(&g->arena, ARENA_CAP);
    vg_arena_init(&g->prep_arena, ARENA_CAP);
    *out = g;
    return VG_OK;
}

void vg_ingester_free(struct vg_ingester *g) {
    if (!g)
        return;
    vg_arena_release(&g->arena);
    vg_arena_release(&g->prep_arena);
    free(g->common);
    free(g);
}

void vg_ingester_set_countries(struct vg_ingester *g, vg_country_fn fn, void *ctx) {
    g->country_of = fn;
    g->country_ctx = ctx;
}

void vg_ingester_set_reuse(struct vg_ingester *g, int on) { g->reuse = on; }

void vg_ingester_set_reuse_threshold(struct vg_ingester *g, unsigned min_words) {
    g->min_words = min_words ? min_words : 1;
}

const struct vg_store_reuse *vg_ingester_last_reuse(const struct vg_ingester *g, size_t *n) {
    *n = g->n_last;
    return g->last;
}

static int cmp_fp_hit(const void *pa, const void *pb) {
    const struct vg_fp_hit *a = pa, *b = pb;
    if (a->other != b->other)
        return a->other < b->other ? -1 : 1;
    if (a->word != b->word)
        return a->word < b->word ? -1 : 1;
    return a->other_word < b->other_word ? -1 : a->other_word > b->other_word;
}

static int cmp_id(const void *pa, const void *pb) {
    int64_t a = *(const int64_t *)pa, b = *(const int64_t *)pb;
    return a < b ? -1 : a > b;
}

/* Keep the hits whose report has two hits or more among them, and sort
 * them by (report, word, word there), as cmp_fp_hit: the hits are counted
 * in an open-addressing table of report ids (ids are never 0, which marks
 * an empty slot), the reports kept are sorted, and the hits are placed by
 * their report's rank, keeping their order within a report.  The store
 * gives them in order of the word here (fingerprints in order of
 * position), so they come out sorted but for a report's rows of one hash,
 * which an insertion sort puts in order of the word there.
 * Writes the hits kept over `hits`; returns their number, or (size_t)-1
 * when out of memory.  All memory in the arena. */
static size_t pairable_hits(struct vg_arena *a, struct vg_fp_hit *hits, size_t n) {
    size_t cap = 16;
    while (cap < 2 * n)
        cap *= 2;
    struct slot {
        int64_t id;     /* report id, 0 empty */
        uint32_t count; /* its hits */
        uint32_t next;  /* where its next hit goes in the output */
    } *t = vg_arena_zalloc(a, cap * sizeof *t);
    if (!t)
        return (size_t)-1;
    uint32_t *at = vg_arena_alloc(a, n * sizeof *at);
    if (!at)
        return (size_t)-1;
    for (size_t i = 0; i < n; i++) {
        size_t j = (size_t)((uint64_t)hits[i].other * 0x9e3779b97f4a7c15ULL >> 32) & (cap - 1);
        while (t[j].id && t[j].id != hits[i].other)
            j = (j + 1) & (cap - 1);
        t[j].id = hits[i].other;
        t[j].count++;
        at[i] = (uint32_t)j;
    }
    /* The reports with two hits or more, sorted, and where each one's
     * hits go. */
    int64_t *ids = vg_arena_alloc(a, (n / 2 + 1) * sizeof *ids);
    struct vg_fp_hit *out = vg_arena_alloc(a, (n + 1) * sizeof *out);
    if (!ids || !out)
        return (size_t)-1;
    size_t d = 0;
    for (size_t j = 0; j < cap; j++)
        if (t[j].id && t[j].count >= 2)
            ids[d++] = t[j].id;
    if (d == 0)
        return 0;
    qsort(ids, d, sizeof *ids, cmp_id);
    uint32_t place = 0;
    for (size_t r = 0; r < d; r++) {
        size_t j = (size_t)((uint64_t)ids[r] * 0x9e3779b97f4a7c15ULL >> 32) & (cap - 1);
        while (t[j].id != ids[r])
            j = (j + 1) & (cap - 1);
        t[j].next = place;
        place += t[j].count;
    }
    size_t k = place;
    for (size_t i = 0; i < n; i++)
        if (t[at[i]].count >= 2)
            out[t[at[i]].next++] = hits[i];
    memcpy(hits, out, k * sizeof *hits);
    /* An insertion sort puts right the few hits out of order (a k-gram
     * found at several words of one report, which the memory may give
     * newest first), or hands over to qsort when there are many. */
    size_t moves = 0;
    for (size_t i = 1; i < k; i++) {
        if (cmp_fp_hit(&hits[i - 1], &hits[i]) <= 0)
            continue;
        struct vg_fp_hit x = hits[i];
        size_t j = i;
        while (j > 0 && cmp_fp_hit(&hits[j - 1], &x) > 0) {
            hits[j] = hits[j - 1];
            j--;
            moves++;
        }
        hits[j] = x;
        if (moves > 8 * k) {
            qsort(hits, k, sizeof *hits, cmp_fp_hit);
            break;
        }
    }
    return k;
}

/* Byte range of words [start, end) of a word list, clamped to it. */
static void word_bytes(const struct vg_word *w, size_t n, uint32_t start, uint32_t end, size_t *bs,
                       size_t *be) {
    if (n == 0) {
        *bs = *be = 0;
        return;
    }
    if (start >= n)
        start = (uint32_t)(n - 1);
    if (end > n)
        end = (uint32_t)n;
    if (end <= start)
        end = start + 1;
    *bs = w[start].start;
    *be = w[end - 1].end;
}

/* Words read past the furthest passage in the other text before it is
 * known whether extension needs more (other_words). */
#define WORDS_SLACK 32

/* The words of the other text that vg_reuse_extend will look at for
 * passages p: the text is cut into words only up to WORDS_SLACK words past
 * the furthest passage end there, unless a passage, extended forward as
 * vg_reuse_extend does, would reach that cut; then all of it.  Extending
 * over the prefix then gives the same passages as over the whole text, at
 * about half the cost, since passages lie anywhere in it.  Returns 0, or -1
 * when out of memory. */
static int other_words(struct vg_arena *a, struct vg_str text, const struct vg_word_passage *p,
                       size_t np, const struct vg_word *here, size_t n_here, struct vg_word **ow,
                       size_t *n_ow) {
    size_t reach = 0;
    for (size_t m = 0; m < np; m++)
        if (p[m].other_end > reach)
            reach = p[m].other_end;
    size_t want = reach + WORDS_SLACK;
    if (vg_reuse_words_max(a, text, want, ow, n_ow))
        return -1;
    if (*n_ow < want)
        return 0; /* the whole text */
    for (size_t m = 0; m < np; m++) {
        size_t e = p[m].end < n_here ? p[m].end : n_here;
        size_t oe = p[m].other_end < *n_ow ? p[m].other_end : *n_ow;
        while (e < n_here && oe < *n_ow && here[e].hash == (*ow)[oe].hash) {
            e++;
            oe++;
        }
        if (oe == *n_ow)
            return vg_reuse_words(a, text, ow, n_ow);
    }
    return 0;
}

/* The earlier reports this one shares passages with, over the threshold. */
static int find_reuse(struct vg_ingester *g, const struct vg_word *words, size_t n_words,
                      const struct vg_fp *fps, size_t n_fps, struct vg_store_reuse **out,
                      size_t *n_out, struct vg_err *err) {
    struct vg_arena *a = &g->arena;
    struct vg_fp_hit *hits = NULL;
    size_t n_hits = 0;
    *out = NULL;
    *n_out = 0;
    /* Look up only the hashes not known to be boilerplate. */
    struct vg_fp *ask = vg_arena_alloc(a, (n_fps + 1) * sizeof *ask);
    unsigned char *common = vg_arena_alloc(a, n_fps + 1);
    if (!ask || !common)
        return vg_err_set(err, VG_ENOMEM, "out of memory");
    size_t n_ask = 0;
    for (size_t i = 0; i < n_fps; i++)
        if (!common_has(g, fps[i].hash))
            ask[n_ask++] = fps[i];
    int rc = vg_store_shared_fps(g->store, ask, n_ask, VG_REUSE_MAX_DOCS, common, a, &hits, &n_hits,
                                 err);
    if (rc)
        return rc;
    for (size_t i = 0; i < n_ask; i++)
        if (common[i])
            common_add(g, ask[i].hash);
    if (n_hits == 0)
        return VG_OK;
    /* Only reports with two hits or more can make a pair (below): keep
     * their hits, grouped by report, sorted. */
    if ((n_hits = pairable_hits(a, hits, n_hits)) == (size_t)-1)
        return vg_err_set(err, VG_ENOMEM, "out of memory");
    if (n_hits == 0)
        return VG_OK;
    struct vg_reuse_hit *rh = vg_arena_alloc(a, n_hits * sizeof *rh);
    if (!rh)
        return vg_err_set(err, VG_ENOMEM, "out of memory");
    size_t cap = 0;
    for (size_t i = 0; i < n_hits;) {
        size_t j = i;
        while (j < n_hits && hits[j].other == hits[i].other)
            j++;
        /* Two hits at least: a lone shared k-gram is a common phrase. */
        if (j - i >= 2) {
            for (size_t m = i; m < j; m++) {
                rh[m - i].word = hits[m].word;
                rh[m - i].other_word = hits[m].other_word;
            }
            struct vg_word_passage *p = NULL;
            long np = vg_reuse_passages(a, rh, j - i, VG_REUSE_K, CHAIN_GAP, VG_REUSE_K, &p);
            if (np < 0)
                return vg_err_set(err, VG_ENOMEM, "out of memory");
            /* Read the other text only when the pair could reach the
             * threshold: a passage of 15 words or more holds two kept
             * fingerprints at least (one in each window of w k-grams), so
             * count the chains of two hits or more, each of which may grow
             * by up to w - 1 words at each end when extended. */
            uint32_t bound = 0;
            for (long m = 0; m < np; m++)
                if (p[m].n_hits >= 2)
                    bound += p[m].end - p[m].start + 2 * (VG_REUSE_W - 1);
            if (bound < g->min_words) {
                i = j;
                continue;
            }
            struct vg_str other_text;
            struct vg_word *ow = NULL;
            size_t n_ow = 0;
            if ((rc = vg_store_text(g->store, hits[i].other, a, &other_text, err)))
                return rc;
            if (other_words(a, other_text, p, (size_t)np, words, n_words, &ow, &n_ow))
                return vg_err_set(err, VG_ENOMEM, "out of memory");
            size_t kept =
                vg_reuse_extend(p, (size_t)np, words, n_words, ow, n_ow, VG_REUSE_MIN_PASSAGE);
            uint32_t covered = vg_reuse_covered(p, kept);
            if (kept > 0 && covered >= g->min_words) {
                if (*n_out == cap) {
                    size_t ncap = cap ? cap * 2 : 4;
                    struct vg_store_reuse *v = vg_arena_grow(a, *out, *n_out, ncap, sizeof *v);
                    if (!v)
                        return vg_err_set(err, VG_ENOMEM, "out of memory");
                    *out = v;
                    cap = ncap;
                }
                struct vg_store_reuse *u = &(*out)[(*n_out)++];
                memset(u, 0, sizeof *u);
                u->other = hits[i].other;
                u->retells = 1;
                u->words = covered;
                u->passages = vg_arena_alloc(a, kept * sizeof *u->passages);
                if (!u->passages)
                    return vg_err_set(err, VG_ENOMEM, "out of memory");
                u->n_passages = kept;
                for (size_t m = 0; m < kept; m++) {
                    struct vg_passage *d = &u->passages[m];
                    word_bytes(words, n_words, p[m].start, p[m].end, &d->start, &d->end);
                    word_bytes(ow, n_ow, p[m].other_start, p[m].other_end, &d->other_start,
                               &d->other_end);
                    d->words = p[m].end - p[m].start;
                }
            }
        }
        i = j;
    }
    return VG_OK;
}

/* Does a passage cover the figure's sentence (see the file comment)? */
static int covers(const struct vg_passage *p, const struct vg_figure *f) {
    if (p->start <= f->quantity.start && f->quantity.end <= p->end &&
        f->quantity.end > f->quantity.start)
        return 1;
    size_t s = f->sentence.start > p->start ? f->sentence.start : p->start;
    size_t e = f->sentence.end < p->end ? f->sentence.end : p->end;
    size_t len = f->sentence.end - f->sentence.start;
    return e > s && len > 0 && 2 * (e - s) >= len;
}

static int64_t retold_from(const struct vg_figure *f, const struct vg_store_reuse *u, size_t n) {
    int64_t best = 0;
    for (size_t i = 0; i < n; i++) {
        if (best && u[i].other >= best)
            continue;
        for (size_t j = 0; j < u[i].n_passages; j++)
            if (covers(&u[i].passages[j], f)) {
                best = u[i].other;
                break;
            }
    }
    return best;
}

void ingest_prepare(const struct vg_extractor *x, struct vg_arena *a,
                    const struct vg_ingest_doc *d, struct ingest_prep *p) {
    memset(p, 0, sizeof *p);
    p->doc = d;
    crypto_hash_sha256(p->sha256, (const unsigned char *)d->text.ptr, d->text.len);
    struct vg_extract_opts opts = {d->name, d->lang, d->published};
    if ((p->rc = vg_extract(x, a, d->text, &opts, &p->report))) {
        p->rc_extract = 1;
        return;
    }
    if (vg_reuse_words(a, d->text, &p->words, &p->n_words) ||
        vg_reuse_fingerprints(a, p->words, p->n_words, VG_REUSE_K, VG_REUSE_W, &p->fps, &p->n_fps))
        p->rc = VG_ENOMEM;
}

const struct vg_extractor *ingest_extractor(const struct vg_ingester *g) { return g->x; }

struct vg_store *ingest_store_of(const struct vg_ingester *g) { return g->store; }

int ingest_store(struct vg_ingester *g, const struct ingest_prep *pr, struct vg_ingest_result *res,
                 struct vg_err *err) {
    const struct vg_ingest_doc *d = pr->doc;
    memset(res, 0, sizeof *res);
    vg_arena_reset(&g->arena);
    g->last = NULL;
    g->n_last = 0;
    struct vg_arena *a = &g->arena;
    struct vg_store_put p;
    memset(&p, 0, sizeof p);
    memcpy(p.doc.sha256, pr->sha256, sizeof p.doc.sha256);
    const char *existing = NULL;
    int rc = vg_store_find_sha(g->store, p.doc.sha256, a, &res->id, &existing, err);
    if (rc == VG_OK) {
        res->duplicate = 1;
        snprintf(res->existing, sizeof res->existing, "%s", existing ? existing : "?");
        return VG_OK;
    }
    if (rc != VG_ENOTFOUND)
        return rc;
    if ((rc = pr->rc)) {
        if (!pr->rc_extract)
            return vg_err_set(err, rc, "out of memory");
        return vg_err_set(err, rc, "%s",
                          rc == VG_ETOOBIG ? "too many figures to hold in memory" : vg_rc_str(rc));
    }
    struct vg_report *r = pr->report;
    const struct vg_word *words = pr->words;
    size_t n_words = pr->n_words, n_fps = pr->n_fps;
    /* The fingerprints are filtered below: a copy, so that the prepared
     * report stays as it was. */
    struct vg_fp *fps = vg_arena_alloc(a, (n_fps + 1) * sizeof *fps);
    if (!fps)
        return vg_err_set(err, VG_ENOMEM, "out of memory");
    if (n_fps)
        memcpy(fps, pr->fps, n_fps * sizeof *fps);
    struct vg_store_reuse *reuse = NULL;
    size_t n_reuse = 0;
    if (g->reuse && (rc = find_reuse(g, words, n_words, fps, n_fps, &reuse, &n_reuse, err)))
        return rc;

    int64_t *retold = NULL;
    const char **countries = NULL;
    if (r->n_figures) {
        retold = vg_arena_zalloc(a, r->n_figures * sizeof *retold);
        countries = vg_arena_zalloc(a, r->n_figures * sizeof *countries);
        if (!retold || !countries)
            return vg_err_set(err, VG_ENOMEM, "out of memory");
        for (size_t i = 0; i < r->n_figures; i++) {
            retold[i] = retold_from(&r->figures[i], reuse, n_reuse);
            if (g->country_of && r->figures[i].where)
                countries[i] = g->country_of(g->country_ctx, r->figures[i].where);
        }
    }
    p.doc.name = d->name ? d->name : "-";
    p.doc.url = d->url;
    p.doc.title = d->title;
    p.doc.publisher = d->publisher;
    p.doc.lang = r->lang ? r->lang : d->lang;
    p.doc.published = d->published != VG_NO_DATE ? d->published : r->published;
    p.doc.text = d->text;
    p.report = r;
    p.countries = countries;
    p.retold_from = retold;
    /* Boilerplate hashes are never looked up again: storing them only
     * costs space and time. */
    size_t n_keep = 0;
    if (g->reuse)
        for (size_t i = 0; i < n_fps; i++)
            if (!common_has(g, fps[i].hash))
                fps[n_keep++] = fps[i];
    p.fps = fps;
    p.n_fps = n_keep;
    p.reuse = reuse;
    p.n_reuse = n_reuse;
    if ((rc = vg_store_put(g->store, &p, &res->id, err)))
        return rc;
    res->n_figures = r->n_figures;
    res->n_reuse = n_reuse;
    g->last = reuse;
    g->n_last = n_reuse;
    return VG_OK;
}

int vg_ingest_doc(struct vg_ingester *g, const struct vg_ingest_doc *d,
                  struct vg_ingest_result *res, struct vg_err *err) {
    struct ingest_prep p;
    vg_arena_reset(&g->prep_arena);
    ingest_prepare(g->x, &g->prep_arena, d, &p);
    return ingest_store(g, &p, res, err);
}
