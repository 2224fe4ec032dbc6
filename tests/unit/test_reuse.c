/* Unit tests for text reuse (include/vigil/reuse.h): words, winnowing,
 * passage chaining, and the ingest pipeline recording which earlier report
 * a new one re-tells, with passages at the right offsets in both. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "harness.h"

#include "vigil/extract.h"
#include "vigil/ingest.h"
#include "vigil/reuse.h"
#include "vigil/store.h"

/* A deterministic text of n pseudo-words from a seed: syllable words, so
 * no two texts share runs of words unless a test puts them there. */
static char *gen_text(unsigned seed, int n) {
    static const char *const syl[] = {"ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo",
                                      "ze", "pa", "do", "gu", "be", "fi", "ho", "ju"};
    char *out = malloc((size_t)n * 12 + 1);
    size_t o = 0;
    unsigned x = seed * 2654435761u + 1;
    for (int i = 0; i < n; i++) {
        int parts = 2 + (int)((x >> 7) % 2);
        for (int p = 0; p < parts; p++) {
            x = x * 1103515245u + 12345u;
            const char *s = syl[(x >> 16) % 16];
            out[o++] = s[0];
            out[o++] = s[1];
        }
        out[o++] = (i % 12 == 11) ? '.' : ' ';
        if (i % 12 == 11)
            out[o++] = ' ';
    }
    out[o] = '\0';
    return out;
}

static void words_are_normalised_with_offsets(void **state) {
    (void)state;
    struct vg_arena a;
    vg_arena_init(&a, 0);
    struct vg_word *w = NULL;
    size_t n = 0;
    /* "Hello," 0..5, "WORLD" 7..12, "it" 14..16, "s" 17..18, "57" 19..21,
     * "Москва" 22..34 (two bytes a letter), "МОСКВА" 35..47. */
    static const char t[] = "Hello, WORLD! it's 57 Москва МОСКВА";
    assert_int_equal(vg_reuse_words(&a, vg_str_cstr(t), &w, &n), 0);
    assert_int_equal(n, 7);
    assert_int_equal(w[0].start, 0);
    assert_int_equal(w[0].end, 5);
    assert_int_equal(w[1].start, 7);
    assert_int_equal(w[1].end, 12);
    assert_int_equal(w[3].start, 17);
    assert_int_equal(w[3].end, 18);
    assert_int_equal(w[4].start, 19);
    assert_int_equal(w[4].end, 21);
    assert_int_equal(w[5].start, 22);
    assert_int_equal(w[5].end, 34);
    assert_int_equal(w[6].end, 47);
    /* Case folds, in any script. */
    assert_true(w[5].hash == w[6].hash);
    struct vg_word *w2 = NULL;
    size_t n2 = 0;
    assert_int_equal(vg_reuse_words(&a, vg_str_cstr("hello world"), &w2, &n2), 0);
    assert_int_equal(n2, 2);
    assert_true(w2[0].hash == w[0].hash);
    assert_true(w2[1].hash == w[1].hash);
    assert_true(w2[0].hash != w2[1].hash);
    /* ASCII and other letters in one word, a word ending the text. */
    assert_int_equal(vg_reuse_words(&a, vg_str_cstr("Xcaf\xc3\xa9" "1 z"), &w2, &n2), 0);
    assert_int_equal(n2, 2);
    assert_int_equal(w2[0].start, 0);
    assert_int_equal(w2[0].end, 7);
    assert_int_equal(w2[1].start, 8);
    assert_int_equal(w2[1].end, 9);
    uint64_t mixed = w2[0].hash;
    assert_int_equal(vg_reuse_words(&a, vg_str_cstr("XCAF\xc3\x89" "1"), &w2, &n2), 0);
    assert_int_equal(n2, 1);
    assert_int_equal(w2[0].end, 7);
    assert_true(w2[0].hash == mixed);
    /* Invalid UTF-8 separates words and is never read past the end. */
    assert_int_equal(vg_reuse_words(&a,
                                    vg_str_make("ab\xff"
                                                "cd\xd0",
                                                6),
                                    &w2, &n2),
                     0);
    assert_int_equal(n2, 2);
    assert_int_equal(w2[1].start, 3);
    assert_int_equal(w2[1].end, 5);
    vg_arena_release(&a);
}

static void short_texts_have_no_fingerprints(void **state) {
    (void)state;
    struct vg_arena a;
    vg_arena_init(&a, 0);
    struct vg_word *w;
    size_t n;
    struct vg_fp *fp;
    size_t nfp;
    assert_int_equal(vg_reuse_words(&a, vg_str_cstr("one two three four"), &w, &n), 0);
    assert_int_equal(vg_reuse_fingerprints(&a, w, n, 5, 6, &fp, &nfp), 0);
    assert_int_equal(nfp, 0);
    assert_int_equal(vg_reuse_words(&a, vg_str_cstr("one two three four five"), &w, &n), 0);
    assert_int_equal(vg_reuse_fingerprints(&a, w, n, 5, 6, &fp, &nfp), 0);
    assert_int_equal(nfp, 1);
    assert_int_equal(fp[0].word, 0);
    vg_arena_release(&a);
}

static int share_a_hash(const struct vg_fp *a, size_t na, const struct vg_fp *b, size_t nb) {
    for (size_t i = 0; i < na; i++)
        for (size_t j = 0; j < nb; j++)
            if (a[i].hash == b[j].hash)
                return 1;
    return 0;
}

/* Winnowing's guarantee: a shared run of w + k - 1 words shares a kept
 * hash, wherever it sits in the two texts; texts sharing nothing share no
 * hash. */
static void shared_runs_share_a_fingerprint(void **state) {
    (void)state;
    const unsigned k = VG_REUSE_K, w = VG_REUSE_W;
    for (unsigned seed = 1; seed <= 40; seed++) {
        struct vg_arena a;
        vg_arena_init(&a, 0);
        char *x = gen_text(seed, 60), *y = gen_text(seed + 1000, 60),
             *run = gen_text(seed + 5000, (int)(w + k - 1));
        /* Splice the run into both texts at different places. */
        char bx[2048], by[2048];
        snprintf(bx, sizeof bx, "%.*s %s %s", (int)(seed % 50) * 3, x, run, x + 200);
        snprintf(by, sizeof by, "%s %s", y, run);
        struct vg_word *wx, *wy;
        size_t nx, ny, nfx, nfy;
        struct vg_fp *fx, *fy;
        assert_int_equal(vg_reuse_words(&a, vg_str_cstr(bx), &wx, &nx), 0);
        assert_int_equal(vg_reuse_words(&a, vg_str_cstr(by), &wy, &ny), 0);
        assert_int_equal(vg_reuse_fingerprints(&a, wx, nx, k, w, &fx, &nfx), 0);
        assert_int_equal(vg_reuse_fingerprints(&a, wy, ny, k, w, &fy, &nfy), 0);
        assert_true(share_a_hash(fx, nfx, fy, nfy));
        /* Density: about 2 / (w + 1) of the k-grams are kept. */
        assert_true(nfx >= (nx - k + 1) / (w + 1));
        assert_true(nfx <= (nx - k + 1) * 2 / 3 + 1);
        struct vg_word *wz;
        size_t nz, nfz;
        struct vg_fp *fz;
        char *z = gen_text(seed + 9000, 80);
        assert_int_equal(vg_reuse_words(&a, vg_str_cstr(z), &wz, &nz), 0);
        assert_int_equal(vg_reuse_fingerprints(&a, wz, nz, k, w, &fz, &nfz), 0);
        assert_false(share_a_hash(fx, nfx, fz, nfz));
        free(x);
        free(y);
        free(z);
        free(run);
        vg_arena_release(&a);
    }
}

static void hits_chain_into_passages(void **state) {
    (void)state;
    struct vg_arena a;
    vg_arena_init(&a, 0);
    /* Two runs: here 10..40 matching there 100..130 (with one gap of 12
     * words, an edit), and a lone hit at 80 / 5 that is a common phrase. */
    struct vg_reuse_hit h[] = {{10, 100}, {14, 104}, {18, 108}, {30, 120},
                               {36, 126}, {80, 5},   {22, 112}};
    struct vg_word_passage *p = NULL;
    long n = vg_reuse_passages(&a, h, sizeof h / sizeof h[0], 5, 22, 8, &p);
    assert_int_equal(n, 1);
    assert_int_equal(p[0].start, 10);
    assert_int_equal(p[0].end, 41);
    assert_int_equal(p[0].other_start, 100);
    assert_int_equal(p[0].other_end, 131);
    assert_int_equal(p[0].n_hits, 6);
    /* Hits going backwards in the other text do not chain. */
    struct vg_reuse_hit back[] = {{10, 100}, {14, 90}, {18, 80}};
    n = vg_reuse_passages(&a, back, 3, 5, 22, 1, &p);
    assert_int_equal(n, 3);
    assert_int_equal(vg_reuse_covered(p, 3), 5 + 4 + 4);
    vg_arena_release(&a);
}

/* ---- through the ingest pipeline and the store ----------------------- */

static char dbdir[] = "/tmp/vigil-test-reuse-XXXXXX";

struct env {
    struct vg_store *s;
    struct vg_extractor *x;
    struct vg_ingester *g;
};

static void env_open(struct env *e, const char *name) {
    char path[256];
    snprintf(path, sizeof path, "%s/%s", dbdir, name);
    struct vg_err err;
    vg_err_clear(&err);
    assert_int_equal(vg_store_open(path, VG_STORE_CREATE, &e->s, &err), VG_OK);
    assert_int_equal(vg_extractor_new(&e->x, &err), VG_OK);
    assert_int_equal(vg_ingester_new(e->s, e->x, &e->g, &err), VG_OK);
}

static void env_close(struct env *e) {
    vg_ingester_free(e->g);
    vg_extractor_free(e->x);
    vg_store_close(e->s);
}

static size_t ingest(struct env *e, const char *name, const char *text,
                     struct vg_ingest_result *res) {
    struct vg_err err;
    vg_err_clear(&err);
    struct vg_ingest_doc d = {name, NULL, NULL, NULL, "en", VG_NO_DATE, vg_str_cstr(text)};
    assert_int_equal(vg_store_begin(e->s, &err), VG_OK);
    int rc = vg_ingest_doc(e->g, &d, res, &err);
    if (rc)
        fprintf(stderr, "ingest: %s\n", err.msg);
    assert_int_equal(rc, VG_OK);
    assert_int_equal(vg_store_commit(e->s, &err), VG_OK);
    return res->n_reuse;
}

/* The words of a byte range, normalised, for comparing passages. */
static void norm_words(const char *t, size_t start, size_t end, char *out, size_t cap) {
    size_t o = 0;
    int sp = 0;
    for (size_t i = start; i < end && o + 2 < cap; i++) {
        char c = t[i];
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z')) {
            if (sp && o)
                out[o++] = ' ';
            sp = 0;
            out[o++] = (char)(c | 0x20);
        } else {
            sp = 1;
        }
    }
    out[o] = '\0';
}

static void excerpt_is_found_with_offsets(void **state) {
    (void)state;
    struct env e;
    env_open(&e, "excerpt.db");
    char *orig = gen_text(7, 200);
    /* The re-telling: an intro of its own, 60 words of the original's middle
     * (from word 60, which starts a sentence: 5 sentences of 12), an end. */
    char *intro = gen_text(8, 30), *outro = gen_text(9, 30);
    /* Find the byte where word 60 starts by counting separators. */
    int words = 0;
    const char *p = orig;
    while (words < 60) {
        while (*p && *p != ' ' && *p != '.')
            p++;
        while (*p == ' ' || *p == '.')
            p++;
        words++;
    }
    const char *q = p;
    for (int w = 0; w < 60; w++) {
        while (*q && *q != ' ' && *q != '.')
            q++;
        while (*q == ' ' || *q == '.')
            q++;
    }
    size_t cap = strlen(orig) + strlen(intro) + strlen(outro) + 16;
    char *copy = malloc(cap);
    snprintf(copy, cap, "%s %.*s %s", intro, (int)(q - p), p, outro);
    char *other = gen_text(10, 100);
    struct vg_ingest_result r1, r2, r3;
    assert_int_equal(ingest(&e, "orig.txt", orig, &r1), 0);
    assert_int_equal(ingest(&e, "unrelated.txt", other, &r3), 0);
    assert_int_equal(ingest(&e, "copy.txt", copy, &r2), 1);
    size_t n = 0;
    const struct vg_store_reuse *u = vg_ingester_last_reuse(e.g, &n);
    assert_int_equal(n, 1);
    assert_int_equal(u[0].other, r1.id);
    assert_true(u[0].words >= 45 && u[0].words <= 60);
    assert_int_equal(u[0].n_passages, 1);
    /* The passage holds the same words in both texts, inside the copied
     * range. */
    char here[2048], there[2048];
    norm_words(copy, u[0].passages[0].start, u[0].passages[0].end, here, sizeof here);
    norm_words(orig, u[0].passages[0].other_start, u[0].passages[0].other_end, there, sizeof there);
    assert_string_equal(here, there);
    assert_true(u[0].passages[0].other_start >= (size_t)(p - orig));
    assert_true(u[0].passages[0].other_end <= (size_t)(q - orig));
    /* The same text again is a duplicate, whatever its name. */
    assert_int_equal(ingest(&e, "again.txt", copy, &r3), 0);
    assert_int_equal(r3.duplicate, 1);
    assert_string_equal(r3.existing, "copy.txt");
    free(orig);
    free(intro);
    free(outro);
    free(copy);
    free(other);
    env_close(&e);
}

/* The earlier text is cut into words only a little past the passages
 * found (ingest.c, other_words); a passage that extends beyond that cut
 * must still extend to where the texts part.  Here it extends through a
 * tail B that more than VG_REUSE_MAX_DOCS reports hold, so B yields no
 * hits: the hits lie in A (60 words), the extension runs through B (80
 * words) to the end of the earlier text, 140 words in all. */
static void extension_reads_past_the_cut(void **state) {
    (void)state;
    struct env e;
    env_open(&e, "cut.db");
    char *a = gen_text(20, 60), *b = gen_text(21, 80), *intro = gen_text(22, 30);
    struct vg_ingest_result r;
    size_t cap = strlen(a) + strlen(b) + strlen(intro) + 1200;
    char *t = malloc(cap);
    for (unsigned i = 0; i < VG_REUSE_MAX_DOCS + 2; i++) {
        char *own = gen_text(100 + i, 40);
        snprintf(t, cap, "%s %s", own, b);
        char name[32];
        snprintf(name, sizeof name, "filler%u.txt", i);
        ingest(&e, name, t, &r);
        free(own);
    }
    snprintf(t, cap, "%s %s", a, b);
    struct vg_ingest_result orig;
    ingest(&e, "orig.txt", t, &orig);
    size_t orig_len = strlen(t);
    snprintf(t, cap, "%s %s %s", intro, a, b);
    ingest(&e, "copy.txt", t, &r);
    size_t n = 0;
    const struct vg_store_reuse *u = vg_ingester_last_reuse(e.g, &n);
    size_t i = 0;
    while (i < n && u[i].other != orig.id)
        i++;
    assert_true(i < n);
    assert_int_equal(u[i].words, 140);
    assert_int_equal(u[i].n_passages, 1);
    /* B's 80th word is no sentence end (79 % 12 != 11): the text ends
     * with one space after it. */
    assert_int_equal(u[i].passages[0].other_end, orig_len - 1);
    assert_int_equal(u[i].passages[0].other_start, 0);
    free(a);
    free(b);
    free(intro);
    free(t);
    env_close(&e);
}

static void copy_with_edits_is_one_pair(void **state) {
    (void)state;
    struct env e;
    env_open(&e, "edits.db");
    char *orig = gen_text(21, 150);
    char *edited = strdup(orig);
    /* Change one letter of every 15th word (a different word). */
    int w = 0;
    for (char *p = edited; *p; p++)
        if (*p == ' ' && ++w % 15 == 0 && p[1])
            p[1] = p[1] == 'x' ? 'y' : 'x';
    struct vg_ingest_result r1, r2;
    ingest(&e, "a.txt", orig, &r1);
    assert_int_equal(ingest(&e, "b.txt", edited, &r2), 1);
    size_t n;
    const struct vg_store_reuse *u = vg_ingester_last_reuse(e.g, &n);
    assert_true(u[0].words >= 120);
    free(orig);
    free(edited);
    env_close(&e);
}

/* ---- the pipe: the same database as vg_ingest_doc --------------------- */

#define PIPE_DOCS 24

/* Report i of the pipe tests: its own words, a figure sentence, and for
 * every fourth one (from 4 on) 60 words of report i - 3; report 13 is the
 * text of report 5 again. */
static char *pipe_text(int i) {
    int src = i == 13 ? 5 : i;
    char *own = gen_text(100 + (unsigned)src, 80);
    char *quoted = src >= 4 && src % 4 == 0 ? gen_text(100 + (unsigned)src - 3, 80) : NULL;
    size_t cap = strlen(own) + (quoted ? strlen(quoted) : 0) + 128;
    char *t = malloc(cap);
    snprintf(t, cap, "%s %d people were detained in Almaty on %d March 2022. %s", own, 10 + src,
             1 + src, quoted ? quoted : "");
    free(own);
    free(quoted);
    return t;
}

struct seen {
    struct vg_ingest_result res[PIPE_DOCS]; /* by report number */
    char names[PIPE_DOCS][32];
    int n;
};

static void pipe_done(void *ctx, const struct vg_ingest_doc *d, const char *origin, long line,
                      const struct vg_ingest_result *res) {
    struct seen *s = ctx;
    assert_true(s->n < PIPE_DOCS);
    /* In the order pushed, named as pushed. */
    assert_int_equal(line, s->n + 1);
    assert_string_equal(origin, "batch.jsonl");
    snprintf(s->names[s->n], sizeof s->names[s->n], "%s", d->name);
    s->res[s->n++] = *res;
}

/* Ingest the reports in batches of 5 with vg_ingest_doc (threads < 0) or a
 * pipe with that many threads, into a database of its own. */
static void pipe_run(struct env *e, const char *db, int threads, struct seen *seen) {
    struct vg_err err;
    vg_err_clear(&err);
    memset(seen, 0, sizeof *seen);
    env_open(e, db);
    struct vg_ingest_pipe *p = NULL;
    if (threads >= 0)
        assert_int_equal(vg_ingest_pipe_new(e->g, threads, pipe_done, seen, &p, &err), VG_OK);
    for (int i = 0; i < PIPE_DOCS; i++) {
        char name[32];
        snprintf(name, sizeof name, "r%02d.txt", i);
        char *t = pipe_text(i);
        struct vg_ingest_doc d = {name, NULL, NULL, NULL, "en", VG_NO_DATE, vg_str_cstr(t)};
        if (i % 5 == 0)
            assert_int_equal(vg_store_begin(e->s, &err), VG_OK);
        if (p) {
            assert_int_equal(vg_ingest_pipe_push(p, &d, "batch.jsonl", i + 1, &err), VG_OK);
        } else {
            assert_int_equal(vg_ingest_doc(e->g, &d, &seen->res[i], &err), VG_OK);
            snprintf(seen->names[i], sizeof seen->names[i], "%s", name);
            seen->n++;
        }
        free(t); /* the pipe keeps its own copy */
        if (i % 5 == 4 || i + 1 == PIPE_DOCS) {
            if (p)
                assert_int_equal(vg_ingest_pipe_flush(p, &err), VG_OK);
            assert_int_equal(vg_store_commit(e->s, &err), VG_OK);
        }
    }
    assert_int_equal(seen->n, PIPE_DOCS);
    vg_ingest_pipe_free(p);
}

static void pipe_stores_as_ingest_doc(void **state) {
    (void)state;
    struct env a, b, c;
    static struct seen sa, sb, sc;
    pipe_run(&a, "pipe-doc.db", -1, &sa);
    pipe_run(&b, "pipe-thread.db", 1, &sb);
    pipe_run(&c, "pipe-inline.db", 0, &sc);
    /* Worked out from pipe_text: ids 1.. in order, report 13 a duplicate
     * of report 5 (id 6), so reports from 14 on have ids one lower; every
     * fourth from 4 re-tells report i - 3; one figure each. */
    for (int i = 0; i < PIPE_DOCS; i++) {
        const struct vg_ingest_result *r = &sa.res[i];
        if (i == 13) {
            assert_int_equal(r->duplicate, 1);
            assert_int_equal(r->id, 6);
            assert_string_equal(r->existing, "r05.txt");
        } else {
            assert_int_equal(r->duplicate, 0);
            assert_int_equal(r->id, i < 13 ? i + 1 : i);
            assert_int_equal(r->n_figures, 1);
            assert_int_equal(r->n_reuse, i >= 4 && i % 4 == 0 ? 1 : 0);
        }
        for (int k = 0; k < 2; k++) {
            const struct seen *o = k ? &sc : &sb;
            assert_string_equal(o->names[i], sa.names[i]);
            assert_int_equal(o->res[i].duplicate, r->duplicate);
            assert_int_equal(o->res[i].id, r->id);
            assert_string_equal(o->res[i].existing, r->existing);
            assert_int_equal(o->res[i].n_figures, r->n_figures);
            assert_int_equal(o->res[i].n_reuse, r->n_reuse);
        }
    }
    /* The stored rows, counted, and a re-telling with its figure marked. */
    struct vg_store_totals ta, tb, tc;
    struct vg_err err;
    vg_err_clear(&err);
    assert_int_equal(vg_store_totals(a.s, &ta, &err), VG_OK);
    assert_int_equal(vg_store_totals(b.s, &tb, &err), VG_OK);
    assert_int_equal(vg_store_totals(c.s, &tc, &err), VG_OK);
    assert_int_equal(ta.reports, PIPE_DOCS - 1);
    assert_int_equal(ta.figures, PIPE_DOCS - 1);
    assert_int_equal(ta.reuse_pairs, 5); /* reports 4, 8, 12, 16, 20 */
    const struct vg_store_totals *t[2] = {&tb, &tc};
    for (int k = 0; k < 2; k++) {
        assert_int_equal(t[k]->reports, ta.reports);
        assert_int_equal(t[k]->figures, ta.figures);
        assert_int_equal(t[k]->reuse_pairs, ta.reuse_pairs);
        assert_int_equal(t[k]->fingerprints, ta.fingerprints);
        assert_int_equal(t[k]->text_bytes, ta.text_bytes);
    }
    struct vg_arena ar;
    vg_arena_init(&ar, 0);
    struct vg_store_report *ra, *rb;
    assert_int_equal(vg_store_report(a.s, "r08.txt", &ar, &ra, &err), VG_OK);
    assert_int_equal(vg_store_report(b.s, "r08.txt", &ar, &rb, &err), VG_OK);
    assert_int_equal(ra->n_reuse, 1);
    assert_int_equal(ra->reuse[0].other, 6); /* report 5 */
    assert_int_equal(rb->n_reuse, 1);
    assert_int_equal(rb->reuse[0].other, 6);
    assert_int_equal(rb->reuse[0].words, ra->reuse[0].words);
    assert_int_equal(rb->reuse[0].n_passages, ra->reuse[0].n_passages);
    assert_int_equal(rb->reuse[0].passages[0].start, ra->reuse[0].passages[0].start);
    assert_int_equal(rb->reuse[0].passages[0].other_start, ra->reuse[0].passages[0].other_start);
    assert_int_equal(rb->n_figures, 1);
    assert_int_equal(rb->figures[0].fig.low, 18);
    vg_arena_release(&ar);
    env_close(&a);
    env_close(&b);
    env_close(&c);
}

/* A batch dropped half-way stores nothing, and the pipe then works on. */
static void pipe_discard_drops_the_batch(void **state) {
    (void)state;
    struct env e;
    struct vg_err err;
    vg_err_clear(&err);
    env_open(&e, "pipe-discard.db");
    struct vg_ingest_pipe *p = NULL;
    assert_int_equal(vg_ingest_pipe_new(e.g, 1, NULL, NULL, &p, &err), VG_OK);
    assert_int_equal(vg_store_begin(e.s, &err), VG_OK);
    for (int i = 0; i < 12; i++) {
        char name[32];
        snprintf(name, sizeof name, "d%02d.txt", i);
        char *t = pipe_text(i);
        struct vg_ingest_doc d = {name, NULL, NULL, NULL, "en", VG_NO_DATE, vg_str_cstr(t)};
        assert_int_equal(vg_ingest_pipe_push(p, &d, NULL, 0, &err), VG_OK);
        free(t);
    }
    vg_ingest_pipe_discard(p);
    assert_int_equal(vg_store_rollback(e.s, &err), VG_OK);
    struct vg_store_totals t;
    assert_int_equal(vg_store_totals(e.s, &t, &err), VG_OK);
    assert_int_equal(t.reports, 0);
    assert_int_equal(t.fingerprints, 0);
    /* Again, kept this time: 3 reports (0, 1, 2: none re-tells another). */
    assert_int_equal(vg_store_begin(e.s, &err), VG_OK);
    for (int i = 0; i < 3; i++) {
        char *tx = pipe_text(i);
        struct vg_ingest_doc d = {"k.txt", NULL, NULL, NULL, "en", VG_NO_DATE, vg_str_cstr(tx)};
        assert_int_equal(vg_ingest_pipe_push(p, &d, NULL, 0, &err), VG_OK);
        free(tx);
    }
    assert_int_equal(vg_ingest_pipe_flush(p, &err), VG_OK);
    assert_int_equal(vg_store_commit(e.s, &err), VG_OK);
    assert_int_equal(vg_store_totals(e.s, &t, &err), VG_OK);
    assert_int_equal(t.reports, 3);
    assert_int_equal(t.figures, 3);
    vg_ingest_pipe_free(p);
    env_close(&e);
}

static int setup(void **state) {
    (void)state;
    return mkdtemp(dbdir) ? 0 : -1;
}

static int teardown(void **state) {
    (void)state;
    char cmd[300];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dbdir);
    return system(cmd) == 0 ? 0 : -1;
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(words_are_normalised_with_offsets),
        cmocka_unit_test(short_texts_have_no_fingerprints),
        cmocka_unit_test(shared_runs_share_a_fingerprint),
        cmocka_unit_test(hits_chain_into_passages),
        cmocka_unit_test(excerpt_is_found_with_offsets),
        cmocka_unit_test(extension_reads_past_the_cut),
        cmocka_unit_test(copy_with_edits_is_one_pair),
        cmocka_unit_test(pipe_stores_as_ingest_doc),
        cmocka_unit_test(pipe_discard_drops_the_batch),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
