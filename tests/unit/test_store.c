/* Unit tests for the store (include/vigil/store.h) on temporary database
 * files: writing and reading reports, the figure filters, transactions,
 * search, counts, migrations from every earlier schema version, two
 * connections at once (a writer waits for a writer; a reader never waits),
 * and fingerprints kept in memory answering as the table would. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "harness.h"

#include <sqlite3.h>

#include "store/fpmem.h"
#include "store/sqlite_int.h"
#include "vigil/date.h"
#include "vigil/store.h"

static char dir[] = "/tmp/vigil-test-store-XXXXXX";
static int n_db;

/* A fresh database path in the test directory. */
static const char *db_path(void) {
    static char path[256];
    snprintf(path, sizeof path, "%s/t%d.db", dir, n_db++);
    return path;
}

static int setup_dir(void **state) {
    (void)state;
    return mkdtemp(dir) ? 0 : -1;
}

static int remove_dir(void **state) {
    (void)state;
    char cmd[300];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    return system(cmd) == 0 ? 0 : -1;
}

static struct vg_store *open_new(void) {
    struct vg_store *s = NULL;
    struct vg_err err;
    vg_err_clear(&err);
    int rc = vg_store_open(db_path(), VG_STORE_CREATE, &s, &err);
    if (rc)
        fprintf(stderr, "open: %s\n", err.msg);
    assert_int_equal(rc, VG_OK);
    return s;
}

/* A report of two sentences, offsets worked out by hand:
 *   "57 people were detained in Almaty on 5 January 2022."  bytes 0..52
 *   " Officials said 3 police  were\n injured in Moscow."   bytes 53..102 */
static const char TEXT[] = "57 people were detained in Almaty on 5 January 2022. "
                           "Officials said 3 police  were\n injured in Moscow.";

struct sample {
    struct vg_figure fig[2];
    struct vg_person person;
    struct vg_report report;
    const char *countries[2];
    struct vg_store_put put;
};

static void make_sample(struct sample *s, const char *name, const char *text) {
    memset(s, 0, sizeof *s);
    struct vg_figure *f = &s->fig[0];
    f->what = VG_DETAINED;
    f->low = f->high = 57;
    f->who = VG_WHO_PEOPLE;
    f->where = "Almaty";
    f->when.from = f->when.to = vg_date_from_ymd(2022, 1, 5);
    f->sentence = (struct vg_span){0, 52};
    f->quantity = (struct vg_span){0, 2};
    f->qty_rule = "digits";
    f = &s->fig[1];
    f->what = VG_INJURED;
    f->low = 3;
    f->high = VG_OPEN;
    f->who = VG_WHO_POLICE;
    f->where = "Moscow";
    f->when.from = vg_date_from_ymd(2022, 1, 6);
    f->when.to = vg_date_from_ymd(2022, 1, 8);
    f->source = VG_STR("Interior Ministry");
    f->status = VG_RETRACTED;
    f->sentence = (struct vg_span){53, 102};
    f->quantity = (struct vg_span){68, 69};
    s->person.name = VG_STR("Ivan Petrov");
    s->person.role = VG_ROLE_JOURNALIST;
    s->person.status = VG_DETAINED;
    s->person.since = VG_NO_DATE;
    s->report.figures = s->fig;
    s->report.n_figures = 2;
    s->report.persons = &s->person;
    s->report.n_persons = 1;
    s->report.text = vg_str_cstr(text);
    s->countries[0] = "Kazakhstan";
    s->countries[1] = "Russia";
    s->put.doc.name = name;
    s->put.doc.published = vg_date_from_ymd(2022, 1, 9);
    s->put.doc.lang = "en";
    s->put.doc.text = vg_str_cstr(text);
    /* A stand-in hash that differs between the texts of these tests: first and
     * last bytes and length. */
    size_t n = strlen(text);
    s->put.doc.sha256[0] = (unsigned char)text[0];
    s->put.doc.sha256[1] = (unsigned char)text[n - 1];
    s->put.doc.sha256[2] = (unsigned char)n;
    s->put.report = &s->report;
    s->put.countries = s->countries;
}

static int64_t put_sample(struct vg_store *s, const char *name, const char *text) {
    struct sample sm;
    make_sample(&sm, name, text);
    struct vg_err err;
    vg_err_clear(&err);
    int64_t id = 0;
    assert_int_equal(vg_store_begin(s, &err), VG_OK);
    int rc = vg_store_put(s, &sm.put, &id, &err);
    if (rc)
        fprintf(stderr, "put: %s\n", err.msg);
    assert_int_equal(rc, VG_OK);
    assert_int_equal(vg_store_commit(s, &err), VG_OK);
    assert_true(id > 0);
    return id;
}

struct got {
    int n;
    char docs[8][64];
    int64_t low[8];
    char quote[8][128];
    char country[8][32];
    char retold[8][64];
};

static int collect(void *ctx, const struct vg_store_figure *f) {
    struct got *g = ctx;
    if (g->n < 8) {
        snprintf(g->docs[g->n], sizeof g->docs[0], "%s", f->doc);
        g->low[g->n] = f->fig.low;
        snprintf(g->quote[g->n], sizeof g->quote[0], "%.*s", (int)f->quote.len, f->quote.ptr);
        snprintf(g->country[g->n], sizeof g->country[0], "%s", f->country ? f->country : "");
        snprintf(g->retold[g->n], sizeof g->retold[0], "%s", f->retold_doc ? f->retold_doc : "");
    }
    g->n++;
    return 0;
}

static int count_figures(struct vg_store *s, const struct vg_figure_filter *f, struct got *g) {
    memset(g, 0, sizeof *g);
    struct vg_err err;
    vg_err_clear(&err);
    assert_int_equal(vg_store_figures(s, f, collect, g, &err), VG_OK);
    return g->n;
}

static void open_missing_is_not_found(void **state) {
    (void)state;
    struct vg_store *s = NULL;
    struct vg_err err;
    vg_err_clear(&err);
    assert_int_equal(vg_store_open(db_path(), 0, &s, &err), VG_ENOTFOUND);
    assert_null(s);
    assert_non_null(strstr(err.msg, "vigil init"));
    assert_int_equal(vg_store_open("postgresql://x/y", VG_STORE_CREATE, &s, &err), VG_EUSAGE);
}

static void create_gives_current_schema(void **state) {
    (void)state;
    struct vg_store *s = open_new();
    struct vg_err err;
    int v = 0;
    assert_int_equal(vg_store_schema_version(s, &v, &err), VG_OK);
    assert_int_equal(v, VG_STORE_SCHEMA_VERSION);
    assert_string_equal(vg_store_backend(s), "sqlite");
    vg_store_close(s);
}

static void put_then_same_text_is_refused(void **state) {
    (void)state;
    struct vg_store *s = open_new();
    int64_t id = put_sample(s, "a.txt", TEXT);
    struct sample sm;
    make_sample(&sm, "b.txt", TEXT);
    struct vg_err err;
    vg_err_clear(&err);
    struct vg_arena a;
    vg_arena_init(&a, 0);
    int64_t found = 0;
    const char *name = NULL;
    assert_int_equal(vg_store_find_sha(s, sm.put.doc.sha256, &a, &found, &name, &err), VG_OK);
    assert_int_equal(found, id);
    assert_string_equal(name, "a.txt");
    int64_t id2 = 0;
    assert_int_equal(vg_store_begin(s, &err), VG_OK);
    assert_int_equal(vg_store_put(s, &sm.put, &id2, &err), VG_EEXIST);
    assert_int_equal(vg_store_rollback(s, &err), VG_OK);
    sm.put.doc.sha256[5] = 9;
    assert_int_equal(vg_store_find_sha(s, sm.put.doc.sha256, &a, &found, &name, &err),
                     VG_ENOTFOUND);
    vg_arena_release(&a);
    vg_store_close(s);
}

static void figure_filters(void **state) {
    (void)state;
    struct vg_store *s = open_new();
    put_sample(s, "a.txt", TEXT);
    struct vg_figure_filter f;
    struct got g;
    vg_figure_filter_init(&f);
    assert_int_equal(count_figures(s, &f, &g), 2);
    assert_string_equal(g.docs[0], "a.txt");
    assert_int_equal(g.low[0], 57);
    /* The quote folds the line break and double space of the sentence. */
    assert_string_equal(g.quote[1], "Officials said 3 police were injured in Moscow.");
    /* A country includes its cities; names match in any case. */
    f.where = "Kazakhstan";
    assert_int_equal(count_figures(s, &f, &g), 1);
    assert_int_equal(g.low[0], 57);
    assert_string_equal(g.country[0], "Kazakhstan");
    f.where = "almaty";
    assert_int_equal(count_figures(s, &f, &g), 1);
    f.where = "Astana";
    assert_int_equal(count_figures(s, &f, &g), 0);
    /* Windows overlap the figure's dates: Moscow's are 6-8 January. */
    vg_figure_filter_init(&f);
    f.from = vg_date_from_ymd(2022, 1, 8);
    f.to = vg_date_from_ymd(2022, 1, 10);
    assert_int_equal(count_figures(s, &f, &g), 1);
    assert_int_equal(g.low[0], 3);
    f.from = vg_date_from_ymd(2022, 1, 9);
    assert_int_equal(count_figures(s, &f, &g), 0);
    f.from = VG_NO_DATE;
    f.to = vg_date_from_ymd(2022, 1, 5);
    assert_int_equal(count_figures(s, &f, &g), 1);
    assert_int_equal(g.low[0], 57);
    f.to = vg_date_from_ymd(2022, 1, 4);
    assert_int_equal(count_figures(s, &f, &g), 0);
    /* Kind, group, source and status. */
    vg_figure_filter_init(&f);
    f.what = VG_INJURED;
    assert_int_equal(count_figures(s, &f, &g), 1);
    f.what = VG_KILLED;
    assert_int_equal(count_figures(s, &f, &g), 0);
    vg_figure_filter_init(&f);
    f.who = VG_WHO_POLICE;
    assert_int_equal(count_figures(s, &f, &g), 1);
    vg_figure_filter_init(&f);
    f.source = "ministry";
    assert_int_equal(count_figures(s, &f, &g), 1);
    f.source = "min%";
    assert_int_equal(count_figures(s, &f, &g), 0);
    vg_figure_filter_init(&f);
    f.status = VG_RETRACTED;
    assert_int_equal(count_figures(s, &f, &g), 1);
    f.status = VG_REPORTED;
    assert_int_equal(count_figures(s, &f, &g), 1);
    vg_figure_filter_init(&f);
    f.doc = "nope.txt";
    assert_int_equal(count_figures(s, &f, &g), 0);
    f.doc = "a.txt";
    f.limit = 1;
    assert_int_equal(count_figures(s, &f, &g), 1);
    vg_store_close(s);
}

static void rollback_leaves_nothing(void **state) {
    (void)state;
    struct vg_store *s = open_new();
    struct sample sm;
    make_sample(&sm, "a.txt", TEXT);
    struct vg_err err;
    int64_t id;
    assert_int_equal(vg_store_begin(s, &err), VG_OK);
    assert_int_equal(vg_store_put(s, &sm.put, &id, &err), VG_OK);
    assert_int_equal(vg_store_rollback(s, &err), VG_OK);
    struct vg_store_totals t;
    assert_int_equal(vg_store_totals(s, &t, &err), VG_OK);
    assert_int_equal(t.reports, 0);
    assert_int_equal(t.figures, 0);
    assert_int_equal(t.persons, 0);
    vg_store_close(s);
}

static void report_reads_back_with_reuse(void **state) {
    (void)state;
    struct vg_store *s = open_new();
    int64_t first = put_sample(s, "a.txt", TEXT);
    /* A second report re-telling the first: one passage, words 0..9 here
     * (bytes 0..52) and bytes 0..52 there. */
    struct sample sm;
    static const char text2[] = "57 people were detained in Almaty on 5 January 2022, it said.";
    make_sample(&sm, "b.txt", text2);
    sm.report.n_figures = 1;
    sm.report.n_persons = 0;
    int64_t retold[1] = {first};
    struct vg_passage pass = {0, 52, 0, 52, 10};
    struct vg_store_reuse u = {first, NULL, 1, 10, &pass, 1};
    struct vg_fp fps[2] = {{0x1234, 0}, {0xfedcba9876543210ULL, 3}};
    sm.put.retold_from = retold;
    sm.put.reuse = &u;
    sm.put.n_reuse = 1;
    sm.put.fps = fps;
    sm.put.n_fps = 2;
    struct vg_err err;
    int64_t id;
    assert_int_equal(vg_store_begin(s, &err), VG_OK);
    assert_int_equal(vg_store_put(s, &sm.put, &id, &err), VG_OK);
    assert_int_equal(vg_store_commit(s, &err), VG_OK);

    struct vg_arena a;
    vg_arena_init(&a, 0);
    struct vg_store_report *r = NULL;
    assert_int_equal(vg_store_report(s, "b.txt", &a, &r, &err), VG_OK);
    assert_int_equal(r->doc.id, id);
    assert_int_equal(r->doc.text.len, strlen(text2));
    assert_int_equal(r->n_figures, 1);
    assert_string_equal(r->figures[0].retold_doc, "a.txt");
    assert_int_equal(r->n_reuse, 1);
    assert_int_equal(r->reuse[0].retells, 1);
    assert_string_equal(r->reuse[0].other_name, "a.txt");
    assert_int_equal(r->reuse[0].n_passages, 1);
    assert_int_equal(r->reuse[0].passages[0].end, 52);
    /* The earlier report lists the later one, with the offsets swapped. */
    assert_int_equal(vg_store_report(s, "a.txt", &a, &r, &err), VG_OK);
    assert_int_equal(r->n_figures, 2);
    assert_int_equal(r->n_persons, 1);
    assert_true(vg_str_eq_cstr(r->persons[0].name, "Ivan Petrov"));
    assert_int_equal(r->persons[0].role, VG_ROLE_JOURNALIST);
    assert_int_equal(r->n_reuse, 1);
    assert_int_equal(r->reuse[0].retells, 0);
    assert_string_equal(r->reuse[0].other_name, "b.txt");
    /* By row id when no report has that name. */
    char idname[32];
    snprintf(idname, sizeof idname, "%lld", (long long)id);
    assert_int_equal(vg_store_report(s, idname, &a, &r, &err), VG_OK);
    assert_string_equal(r->doc.name, "b.txt");
    assert_int_equal(vg_store_report(s, "zzz", &a, &r, &err), VG_ENOTFOUND);

    /* Fingerprints come back for an equal hash, with their positions. */
    struct vg_fp_hit *hits = NULL;
    size_t n_hits = 0;
    struct vg_fp probe[1] = {{0xfedcba9876543210ULL, 7}};
    assert_int_equal(vg_store_shared_fps(s, probe, 1, 64, NULL, &a, &hits, &n_hits, &err), VG_OK);
    assert_int_equal(n_hits, 1);
    assert_int_equal(hits[0].other, id);
    assert_int_equal(hits[0].other_word, 3);
    assert_int_equal(hits[0].word, 7);
    /* A hash held by more reports than max_docs is boilerplate. */
    unsigned char common[1] = {0};
    assert_int_equal(vg_store_shared_fps(s, probe, 1, 0, common, &a, &hits, &n_hits, &err), VG_OK);
    assert_int_equal(n_hits, 0);
    assert_int_equal(common[0], 1);

    struct vg_figure_filter f;
    struct got g;
    vg_figure_filter_init(&f);
    f.doc = "b.txt";
    assert_int_equal(count_figures(s, &f, &g), 1);
    assert_string_equal(g.retold[0], "a.txt");
    vg_arena_release(&a);
    vg_store_close(s);
}

struct hits {
    int n;
    char doc[4][32];
    char snippet[4][256];
};

static int collect_hit(void *ctx, const struct vg_search_hit *h) {
    struct hits *x = ctx;
    if (x->n < 4) {
        snprintf(x->doc[x->n], sizeof x->doc[0], "%s", h->doc);
        snprintf(x->snippet[x->n], sizeof x->snippet[0], "%s", h->snippet);
    }
    x->n++;
    return 0;
}

static void search_marks_matches(void **state) {
    (void)state;
    struct vg_store *s = open_new();
    put_sample(s, "a.txt", TEXT);
    put_sample(s, "b.txt", "Nothing happened in Paris today, said the prefect.");
    struct hits h;
    memset(&h, 0, sizeof h);
    struct vg_err err;
    vg_err_clear(&err);
    assert_int_equal(vg_store_search(s, "almaty", 0, "<", ">", collect_hit, &h, &err), VG_OK);
    assert_int_equal(h.n, 1);
    assert_string_equal(h.doc[0], "a.txt");
    assert_non_null(strstr(h.snippet[0], "<Almaty>"));
    /* Not FTS5 syntax: searched as plain words. */
    memset(&h, 0, sizeof h);
    assert_int_equal(vg_store_search(s, "prefect. (Paris", 0, "<", ">", collect_hit, &h, &err),
                     VG_OK);
    assert_int_equal(h.n, 1);
    assert_string_equal(h.doc[0], "b.txt");
    memset(&h, 0, sizeof h);
    assert_int_equal(vg_store_search(s, "tokyo", 0, "<", ">", collect_hit, &h, &err), VG_OK);
    assert_int_equal(h.n, 0);
    vg_store_close(s);
}

struct stats {
    int what_detained, place_moscow, month_2022_01, n;
};

static int collect_stat(void *ctx, const struct vg_stat *st) {
    struct stats *x = ctx;
    x->n++;
    if (!strcmp(st->group, "what") && !strcmp(st->key, "detained"))
        x->what_detained = (int)st->figures;
    if (!strcmp(st->group, "place") && !strcmp(st->key, "Moscow"))
        x->place_moscow = (int)st->figures;
    if (!strcmp(st->group, "month") && !strcmp(st->key, "2022-01"))
        x->month_2022_01 = (int)st->figures;
    return 0;
}

static void stats_count_by_kind_place_month(void **state) {
    (void)state;
    struct vg_store *s = open_new();
    put_sample(s, "a.txt", TEXT);
    put_sample(s, "b.txt", "Another text with the same two sample figures.");
    struct stats x = {0, 0, 0, 0};
    struct vg_err err;
    assert_int_equal(vg_store_stats(s, collect_stat, &x, &err), VG_OK);
    assert_int_equal(x.what_detained, 2);
    assert_int_equal(x.place_moscow, 2);
    assert_int_equal(x.month_2022_01, 4);
    /* what: detained, injured; place: Almaty, Moscow; month: 2022-01. */
    assert_int_equal(x.n, 5);
    struct vg_store_totals t;
    assert_int_equal(vg_store_totals(s, &t, &err), VG_OK);
    assert_int_equal(t.reports, 2);
    assert_int_equal(t.figures, 4);
    assert_int_equal(t.persons, 2);
    assert_true(t.db_bytes > 0);
    vg_store_close(s);
}

/* Every earlier schema version migrates to the current one on open, keeping
 * its data, indexing it for search, and taking new reports. */
static void migrations_from_every_earlier_version(void **state) {
    (void)state;
    for (int v = 1; v <= VG_STORE_SCHEMA_VERSION; v++) {
        const char *path = db_path();
        struct vg_err err;
        vg_err_clear(&err);
        int rc = store_sqlite_create_version(path, v, &err);
        if (rc)
            fprintf(stderr, "v%d: %s\n", v, err.msg);
        assert_int_equal(rc, VG_OK);
        struct vg_store *s = NULL;
        assert_int_equal(vg_store_open(path, 0, &s, &err), VG_OK);
        int now = 0;
        assert_int_equal(vg_store_schema_version(s, &now, &err), VG_OK);
        assert_int_equal(now, VG_STORE_SCHEMA_VERSION);
        struct vg_figure_filter f;
        struct got g;
        vg_figure_filter_init(&f);
        f.where = "Almaty";
        f.from = f.to = vg_date_from_ymd(2022, 1, 5);
        assert_int_equal(count_figures(s, &f, &g), 1);
        assert_string_equal(g.docs[0], "old.txt");
        assert_int_equal(g.low[0], 57);
        /* The quote, stored until version 6, is read from the text now. */
        assert_string_equal(g.quote[0], "57 people were detained in Almaty on 5 January 2022.");
        struct hits h;
        memset(&h, 0, sizeof h);
        assert_int_equal(vg_store_search(s, "detained", 0, "[", "]", collect_hit, &h, &err), VG_OK);
        assert_int_equal(h.n, 1);
        put_sample(s, "new.txt", TEXT);
        vg_figure_filter_init(&f);
        f.where = "Kazakhstan";
        assert_int_equal(count_figures(s, &f, &g), 1);
        assert_string_equal(g.docs[0], "new.txt");
        vg_store_close(s);
        /* Opening again changes nothing. */
        assert_int_equal(vg_store_open(path, 0, &s, &err), VG_OK);
        vg_figure_filter_init(&f);
        assert_int_equal(count_figures(s, &f, &g), 3);
        vg_store_close(s);
    }
}

/* Quotes are folded on reading from the stored text, by byte offsets:
 * Cyrillic before and inside the sentence (two bytes a letter) must not
 * shift it, and a sentence that runs past the text quotes nothing.
 * Offsets by hand: "Тест. " is 4 * 2 + 2 = 10 bytes; the second sentence
 * "Задержаны\n  5  человек." is 18 + 1 + 2 + 1 + 2 + 14 + 1 = 39 bytes,
 * so [10, 49), its "5" at 10 + 18 + 3 = 31; after a space, "It ends here"
 * is [50, 62), the end of the text. */
static void quotes_are_folded_from_the_text_by_bytes(void **state) {
    (void)state;
    static const char text[] = "Тест. Задержаны\n  5  человек. It ends here";
    struct vg_store *s = open_new();
    struct sample sm;
    make_sample(&sm, "cyr.txt", text);
    sm.fig[0].sentence = (struct vg_span){10, 49};
    sm.fig[0].quantity = (struct vg_span){31, 32};
    sm.fig[1].sentence = (struct vg_span){50, 63}; /* one byte past the end */
    sm.fig[1].quantity = (struct vg_span){50, 52};
    struct vg_err err;
    vg_err_clear(&err);
    int64_t id = 0;
    assert_int_equal(strlen(text), 62);
    assert_int_equal(vg_store_begin(s, &err), VG_OK);
    assert_int_equal(vg_store_put(s, &sm.put, &id, &err), VG_OK);
    assert_int_equal(vg_store_commit(s, &err), VG_OK);
    struct vg_figure_filter f;
    struct got g;
    vg_figure_filter_init(&f);
    assert_int_equal(count_figures(s, &f, &g), 2);
    assert_string_equal(g.quote[0], "Задержаны 5 человек.");
    assert_string_equal(g.quote[1], "");
    /* The same through vg_store_report. */
    struct vg_arena a;
    vg_arena_init(&a, 0);
    struct vg_store_report *r = NULL;
    assert_int_equal(vg_store_report(s, "cyr.txt", &a, &r, &err), VG_OK);
    assert_int_equal(r->n_figures, 2);
    assert_int_equal(r->figures[0].quote.len, strlen("Задержаны 5 человек."));
    assert_memory_equal(r->figures[0].quote.ptr, "Задержаны 5 человек.", r->figures[0].quote.len);
    assert_int_equal(r->figures[1].quote.len, 0);
    vg_arena_release(&a);
    vg_store_close(s);
}

static void raw_exec(const char *path, const char *sql) {
    sqlite3 *db = NULL;
    assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
    assert_int_equal(sqlite3_exec(db, sql, NULL, NULL, NULL), SQLITE_OK);
    sqlite3_close(db);
}

/* The first column of the first row of sql on a raw connection, into out. */
static void raw_text(const char *path, const char *sql, char *out, size_t cap) {
    sqlite3 *db = NULL;
    sqlite3_stmt *st = NULL;
    out[0] = '\0';
    assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
    assert_int_equal(sqlite3_prepare_v2(db, sql, -1, &st, NULL), SQLITE_OK);
    /* EXPLAIN QUERY PLAN: the detail column of every row, joined. */
    int col = sqlite3_column_count(st) - 1;
    size_t o = 0;
    while (sqlite3_step(st) == SQLITE_ROW) {
        const char *t = (const char *)sqlite3_column_text(st, col);
        int n = snprintf(out + o, cap - o, "%s;", t ? t : "");
        if (n > 0 && (size_t)n < cap - o)
            o += (size_t)n;
    }
    sqlite3_finalize(st);
    sqlite3_close(db);
}

/* A person's name is stored as written and read back with its Latin
 * form worked out again; a Latin name reads back as it is. */
static void person_names_stored_as_written(void **state) {
    (void)state;
    char path[256];
    snprintf(path, sizeof path, "%s", db_path());
    struct vg_store *s = NULL;
    struct vg_err err;
    vg_err_clear(&err);
    assert_int_equal(vg_store_open(path, VG_STORE_CREATE, &s, &err), VG_OK);
    struct sample sm;
    make_sample(&sm, "ru.txt", TEXT);
    sm.person.written = VG_STR("Дарига Щукина");
    sm.person.name = VG_STR("Dariga Shchukina");
    int64_t id = 0;
    assert_int_equal(vg_store_put(s, &sm.put, &id, &err), VG_OK);
    char got[256];
    raw_text(path, "SELECT name FROM persons", got, sizeof got);
    assert_string_equal(got, "Дарига Щукина;");
    struct vg_arena a;
    vg_arena_init(&a, 0);
    struct vg_store_report *r = NULL;
    assert_int_equal(vg_store_report(s, "ru.txt", &a, &r, &err), VG_OK);
    assert_int_equal(r->n_persons, 1);
    assert_true(vg_str_eq_cstr(r->persons[0].name, "Dariga Shchukina"));
    assert_true(vg_str_eq_cstr(r->persons[0].written, "Дарига Щукина"));
    /* A row written with Cyrillic in name (no written form given) reads
     * the same. */
    raw_exec(path, "UPDATE persons SET name = 'Ержан Ильин'");
    assert_int_equal(vg_store_report(s, "ru.txt", &a, &r, &err), VG_OK);
    assert_true(vg_str_eq_cstr(r->persons[0].name, "Erzhan Ilyin"));
    assert_true(vg_str_eq_cstr(r->persons[0].written, "Ержан Ильин"));
    vg_arena_release(&a);
    vg_store_close(s);
}

/* Version 5: a version 4 database gets place and country indexes without
 * the figures that have none, and a place query still uses them. */
static void v5_place_index_partial_v8_country_through_places(void **state) {
    (void)state;
    const char *path = db_path();
    struct vg_err err;
    vg_err_clear(&err);
    assert_int_equal(store_sqlite_create_version(path, 4, &err), VG_OK);
    char out[1024];
    raw_text(path, "SELECT sql FROM sqlite_schema WHERE name = 'figures_place'", out, sizeof out);
    assert_null(strstr(out, "WHERE"));
    struct vg_store *s = NULL;
    assert_int_equal(vg_store_open(path, 0, &s, &err), VG_OK);
    vg_store_close(s);
    raw_text(path, "SELECT sql FROM sqlite_schema WHERE name = 'figures_place'", out, sizeof out);
    assert_non_null(strstr(out, "WHERE place IS NOT NULL"));
    /* Version 8 dropped the country and kind indexes. */
    raw_text(path,
             "SELECT count(*) FROM sqlite_schema WHERE name IN ('figures_country',"
             " 'figures_what')",
             out, sizeof out);
    assert_string_equal(out, "0;");
    /* The sample figure (Almaty, no country: stored before version 3) is
     * in the place index, and its place in `places` with country ''. */
    raw_text(path, "SELECT count(*) FROM figures INDEXED BY figures_place WHERE place = 'almaty'",
             out, sizeof out);
    assert_string_equal(out, "1;");
    raw_text(path, "SELECT place || '/' || country FROM places", out, sizeof out);
    assert_string_equal(out, "Almaty/;");
    /* The query of `vigil figures --where X --from --to` reads the place
     * index, once per place the subquery finds. */
    raw_text(path,
             "EXPLAIN QUERY PLAN SELECT report FROM figures f WHERE f.place IN (SELECT place"
             " FROM places WHERE place = ?3 OR country = ?3) AND (f.place = ?3 OR f.country = ?3)"
             " AND f.when_to >= ?4 AND f.when_from >= ?11 AND f.when_from <= ?5",
             out, sizeof out);
    assert_non_null(strstr(out, "figures_place (place=? AND when_from>? AND when_from<?)"));
}

/* `places` must list every (place, country) pair stored: the pairs a
 * rolled-back transaction wrote are gone, and must be written again. */
static void places_written_again_after_rollback(void **state) {
    (void)state;
    struct vg_store *s = open_new();
    struct sample sm;
    make_sample(&sm, "a.txt", TEXT);
    struct vg_err err;
    vg_err_clear(&err);
    int64_t id;
    assert_int_equal(vg_store_begin(s, &err), VG_OK);
    assert_int_equal(vg_store_put(s, &sm.put, &id, &err), VG_OK);
    assert_int_equal(vg_store_rollback(s, &err), VG_OK);
    put_sample(s, "b.txt", TEXT);
    struct vg_figure_filter f;
    struct got g;
    vg_figure_filter_init(&f);
    f.where = "Kazakhstan";
    assert_int_equal(count_figures(s, &f, &g), 1);
    assert_string_equal(g.docs[0], "b.txt");
    /* A place first stored without a country, then with one. */
    static const char text2[] = "57 people were detained in Almaty on 5 January 2022!";
    make_sample(&sm, "c.txt", text2);
    sm.report.n_figures = 1;
    sm.countries[0] = NULL;
    assert_int_equal(vg_store_begin(s, &err), VG_OK);
    assert_int_equal(vg_store_put(s, &sm.put, &id, &err), VG_OK);
    assert_int_equal(vg_store_commit(s, &err), VG_OK);
    f.where = "almaty";
    assert_int_equal(count_figures(s, &f, &g), 2);
    f.where = "kazakhstan";
    assert_int_equal(count_figures(s, &f, &g), 1);
    assert_string_equal(g.docs[0], "b.txt");
    f.where = "Russia";
    assert_int_equal(count_figures(s, &f, &g), 1);
    assert_int_equal(g.low[0], 3);
    vg_store_close(s);
}

static void foreign_and_newer_files_are_refused(void **state) {
    (void)state;
    struct vg_store *s = NULL;
    struct vg_err err;
    const char *path = db_path();
    raw_exec(path, "CREATE TABLE t(x)");
    assert_int_equal(vg_store_open(path, 0, &s, &err), VG_EDB);
    assert_non_null(strstr(err.msg, "not vigil's"));
    path = db_path();
    assert_int_equal(store_sqlite_create_version(path, VG_STORE_SCHEMA_VERSION, &err), VG_OK);
    raw_exec(path, "PRAGMA user_version = 99");
    assert_int_equal(vg_store_open(path, 0, &s, &err), VG_EDB);
    assert_non_null(strstr(err.msg, "newer vigil"));
    path = db_path();
    FILE *fp = fopen(path, "w");
    assert_non_null(fp);
    fputs("this is a plain text file, long enough to look like something....................\n"
          "and more text so it is not mistaken for an empty database at all..................\n",
          fp);
    fclose(fp);
    assert_int_equal(vg_store_open(path, 0, &s, &err), VG_EDB);
}

/* ---- two connections ----------------------------------------------- */

struct writer {
    const char *path;
    int rc;
};

static void *second_writer(void *arg) {
    struct writer *w = arg;
    struct vg_store *s = NULL;
    struct vg_err err;
    vg_err_clear(&err);
    w->rc = vg_store_open(w->path, 0, &s, &err);
    if (w->rc)
        return NULL;
    struct sample sm;
    make_sample(&sm, "second.txt",
                "The second writer's report, written while the first held the lock.");
    int64_t id;
    if (!(w->rc = vg_store_begin(s, &err)) && !(w->rc = vg_store_put(s, &sm.put, &id, &err)))
        w->rc = vg_store_commit(s, &err);
    vg_store_close(s);
    return NULL;
}

static void second_writer_waits_and_readers_do_not(void **state) {
    (void)state;
    const char *path = db_path();
    struct vg_store *a = NULL, *reader = NULL;
    struct vg_err err;
    vg_err_clear(&err);
    assert_int_equal(vg_store_open(path, VG_STORE_CREATE, &a, &err), VG_OK);
    assert_int_equal(vg_store_open(path, 0, &reader, &err), VG_OK);
    put_sample(a, "zero.txt", "A report stored before anything else happens here.");

    struct sample sm;
    make_sample(&sm, "first.txt", TEXT);
    int64_t id;
    assert_int_equal(vg_store_begin(a, &err), VG_OK);
    assert_int_equal(vg_store_put(a, &sm.put, &id, &err), VG_OK);

    /* The reader runs while the write lock is held, and sees the last
     * committed state. */
    struct vg_store_totals t;
    assert_int_equal(vg_store_totals(reader, &t, &err), VG_OK);
    assert_int_equal(t.reports, 1);

    /* The second writer starts while the first holds the lock: it waits
     * for the commit below and then succeeds. */
    struct writer w = {path, -1};
    pthread_t th;
    assert_int_equal(pthread_create(&th, NULL, second_writer, &w), 0);
    usleep(200 * 1000);
    assert_int_equal(vg_store_commit(a, &err), VG_OK);
    pthread_join(th, NULL);
    assert_int_equal(w.rc, VG_OK);
    assert_int_equal(vg_store_totals(reader, &t, &err), VG_OK);
    assert_int_equal(t.reports, 3);
    vg_store_close(reader);
    vg_store_close(a);
}

/* ---- fingerprints in memory ---------------------------------------- */

static void fpmem_chains_and_key_order(void **state) {
    (void)state;
    struct fp_mem m;
    memset(&m, 0, sizeof m);
    /* Two hashes that share a chain in any table size (equal low 32 bits
     * after folding), one with its top bit set (negative in the table). */
    uint64_t a = 0x00000001000000aaULL, b = 0x00000002000000abULL, neg = 0x8000000000000001ULL;
    assert_int_equal(fp_mem_add(&m, a, 1, 4), 0);
    assert_int_equal(fp_mem_add(&m, b, 1, 9), 0);
    assert_int_equal(fp_mem_add(&m, a, 2, 0), 0);
    assert_int_equal(fp_mem_add(&m, neg, 2, 3), 0);
    /* Rows of hash a, newest first; none of b's. */
    uint32_t cur = 0;
    const struct fp_row *r = fp_mem_next(&m, a, &cur);
    assert_non_null(r);
    assert_int_equal(r->report, 2);
    r = fp_mem_next(&m, a, &cur);
    assert_non_null(r);
    assert_int_equal(r->report, 1);
    assert_int_equal(r->word, 4);
    assert_null(fp_mem_next(&m, a, &cur));
    cur = 0;
    assert_null(fp_mem_next(&m, 0x1234, &cur));
    /* The unflushed rows in the table's order: the negative hash first,
     * then a (report 1, then 2), then b. */
    m.n_flushed = 0;
    struct fp_row *v = NULL;
    size_t n = 0;
    assert_int_equal(fp_mem_unflushed_sorted(&m, &v, &n), 0);
    assert_int_equal(n, 4);
    assert_true(v[0].hash == neg);
    assert_true(v[1].hash == a && v[1].report == 1);
    assert_true(v[2].hash == a && v[2].report == 2);
    assert_true(v[3].hash == b);
    free(v);
    /* Only the rows after n_flushed. */
    m.n_flushed = 3;
    assert_int_equal(fp_mem_unflushed_sorted(&m, &v, &n), 0);
    assert_int_equal(n, 1);
    assert_true(v[0].hash == neg);
    free(v);
    /* Enough rows to grow the chains several times; every one found. */
    fp_mem_clear(&m);
    for (uint32_t i = 0; i < 20000; i++)
        assert_int_equal(fp_mem_add(&m, 0x9e3779b97f4a7c15ULL * (i + 1), 100 + i, i), 0);
    for (uint32_t i = 0; i < 20000; i += 997) {
        cur = 0;
        r = fp_mem_next(&m, 0x9e3779b97f4a7c15ULL * (i + 1), &cur);
        assert_non_null(r);
        assert_int_equal(r->report, 100 + i);
    }
    /* And all of them in key order (half the hashes are negative), with
     * rows of one hash added out of order put in (report, word) order. */
    for (uint32_t i = 0; i < 50; i++)
        assert_int_equal(fp_mem_add(&m, neg, 500 - i / 2, i % 2 ? 1 : 7), 0);
    m.n_flushed = 0;
    assert_int_equal(fp_mem_unflushed_sorted(&m, &v, &n), 0);
    assert_int_equal(n, 20050);
    uint64_t sum = 0, want = 0;
    for (uint32_t i = 0; i < 20000; i++)
        want += 0x9e3779b97f4a7c15ULL * (i + 1);
    want += 50 * neg;
    for (size_t i = 0; i < n; i++) {
        sum += v[i].hash;
        if (i == 0)
            continue;
        int64_t h0 = (int64_t)v[i - 1].hash, h1 = (int64_t)v[i].hash;
        assert_true(h0 <= h1);
        if (h0 == h1)
            assert_true(v[i - 1].report < v[i].report ||
                        (v[i - 1].report == v[i].report && v[i - 1].word < v[i].word));
    }
    assert_true(sum == want);
    free(v);
    fp_mem_release(&m);
}

/* Hashes used below, and 20 lookups in all (so that the memory mirror is
 * built: a few reports are estimated at under 20 * 16 rows). */
#define H1 0x1111111111111111ULL
#define H2 0x2222222222222222ULL
#define H3 0x3333333333333333ULL
#define H4 0x4444444444444444ULL

/* Look hash h up (with 19 absent hashes); the hits of h, into hits[]. */
static size_t lookup(struct vg_store *s, uint64_t h, size_t max_docs, int64_t *reports,
                     uint32_t *words, int *common) {
    struct vg_fp probe[20];
    for (int i = 0; i < 20; i++) {
        probe[i].hash = i == 0 ? h : 0x5555000000000000ULL + (uint64_t)i;
        probe[i].word = (uint32_t)i;
    }
    unsigned char com[20] = {0};
    struct vg_arena a;
    vg_arena_init(&a, 0);
    struct vg_fp_hit *hits = NULL;
    size_t n_hits = 0;
    struct vg_err err;
    vg_err_clear(&err);
    assert_int_equal(vg_store_shared_fps(s, probe, 20, max_docs, com, &a, &hits, &n_hits, &err),
                     VG_OK);
    for (size_t i = 0; i < n_hits; i++) {
        assert_int_equal(hits[i].word, 0);
        /* In report order, whichever order they came in. */
        size_t j = i;
        while (j > 0 && reports[j - 1] > hits[i].other) {
            reports[j] = reports[j - 1];
            words[j] = words[j - 1];
            j--;
        }
        reports[j] = hits[i].other;
        words[j] = hits[i].other_word;
    }
    for (int i = 1; i < 20; i++)
        assert_int_equal(com[i], 0);
    *common = com[0];
    vg_arena_release(&a);
    return n_hits;
}

/* Store a report with fingerprints inside the caller's transaction. */
static int64_t put_fps(struct vg_store *s, const char *name, const char *text,
                       const struct vg_fp *fps, size_t n) {
    struct sample sm;
    make_sample(&sm, name, text);
    sm.put.fps = fps;
    sm.put.n_fps = n;
    struct vg_err err;
    vg_err_clear(&err);
    int64_t id = 0;
    assert_int_equal(vg_store_put(s, &sm.put, &id, &err), VG_OK);
    return id;
}

static void fingerprints_in_memory_answer_as_the_table(void **state) {
    (void)state;
    const char *p = db_path();
    char path[256];
    snprintf(path, sizeof path, "%s", p);
    struct vg_store *a = NULL, *b = NULL;
    struct vg_err err;
    vg_err_clear(&err);
    assert_int_equal(vg_store_open(path, VG_STORE_CREATE, &a, &err), VG_OK);
    assert_int_equal(vg_store_open(path, 0, &b, &err), VG_OK);
    int64_t rep[40];
    uint32_t word[40];
    int common = 0;

    /* Within the transaction, before the commit: the report's rows are
     * found, a repeated (hash, word) once. */
    struct vg_fp f1[3] = {{H1, 0}, {H2, 5}, {H1, 0}};
    assert_int_equal(vg_store_begin(a, &err), VG_OK);
    int64_t r1 = put_fps(a, "r1.txt", "The first report with fingerprints, r1.", f1, 3);
    assert_int_equal(lookup(a, H1, 32, rep, word, &common), 1);
    assert_int_equal(rep[0], r1);
    assert_int_equal(word[0], 0);
    assert_int_equal(vg_store_commit(a, &err), VG_OK);
    struct vg_store_totals t;
    assert_int_equal(vg_store_totals(a, &t, &err), VG_OK);
    assert_int_equal(t.fingerprints, 2);
    assert_int_equal(lookup(a, H2, 32, rep, word, &common), 1);
    assert_int_equal(word[0], 5);

    /* Another connection commits a row: this one sees it, outside a
     * transaction and inside one. */
    struct vg_fp f2[1] = {{H2, 3}};
    assert_int_equal(vg_store_begin(b, &err), VG_OK);
    int64_t r2 = put_fps(b, "r2.txt", "The second report, from the other connection.", f2, 1);
    assert_int_equal(vg_store_commit(b, &err), VG_OK);
    assert_int_equal(lookup(a, H2, 32, rep, word, &common), 2);
    assert_int_equal(rep[0], r1);
    assert_int_equal(rep[1], r2);
    assert_int_equal(word[1], 3);
    struct vg_fp f3[1] = {{H2, 8}};
    assert_int_equal(vg_store_begin(b, &err), VG_OK);
    int64_t r3 = put_fps(b, "r3.txt", "The third report, from the other connection too.", f3, 1);
    assert_int_equal(vg_store_commit(b, &err), VG_OK);
    assert_int_equal(vg_store_begin(a, &err), VG_OK);
    assert_int_equal(lookup(a, H2, 32, rep, word, &common), 3);
    assert_int_equal(rep[2], r3);
    /* Held by more rows than max_docs: boilerplate, no hits. */
    assert_int_equal(lookup(a, H2, 2, rep, word, &common), 0);
    assert_int_equal(common, 1);
    assert_int_equal(lookup(a, H2, 3, rep, word, &common), 3);
    assert_int_equal(common, 0);
    assert_int_equal(vg_store_commit(a, &err), VG_OK);

    /* A rolled-back report's rows are gone, from memory as from the table,
     * and the report that takes its id next is found under its own. */
    struct vg_fp f4[1] = {{H3, 2}};
    assert_int_equal(vg_store_begin(a, &err), VG_OK);
    put_fps(a, "r4.txt", "A report that will be rolled back, r4.", f4, 1);
    assert_int_equal(lookup(a, H3, 32, rep, word, &common), 1);
    assert_int_equal(vg_store_rollback(a, &err), VG_OK);
    assert_int_equal(lookup(a, H3, 32, rep, word, &common), 0);
    struct vg_fp f5[1] = {{H4, 6}};
    assert_int_equal(vg_store_begin(a, &err), VG_OK);
    int64_t r5 = put_fps(a, "r5.txt", "The report stored after the rollback, r5.", f5, 1);
    assert_int_equal(vg_store_commit(a, &err), VG_OK);
    assert_int_equal(lookup(a, H3, 32, rep, word, &common), 0);
    assert_int_equal(lookup(a, H4, 32, rep, word, &common), 1);
    assert_int_equal(rep[0], r5);
    assert_int_equal(lookup(a, H1, 32, rep, word, &common), 1);
    assert_int_equal(rep[0], r1);
    assert_int_equal(lookup(b, H4, 32, rep, word, &common), 1);
    assert_int_equal(lookup(b, H1, 32, rep, word, &common), 1);
    assert_int_equal(vg_store_totals(b, &t, &err), VG_OK);
    assert_int_equal(t.fingerprints, 5);
    vg_store_close(b);
    vg_store_close(a);
}

/* Schema 6 keeps fingerprints in sorted runs of blocks.  A version 5 table
 * of fingerprints becomes one run on open; rows written over many commits
 * (merged into fewer runs as they come) and blocks cut between equal hashes
 * are all found again by a connection that reads the runs, not memory. */
static void fingerprint_runs_keep_every_row(void **state) {
    (void)state;
    const char *p = db_path();
    char path[256];
    snprintf(path, sizeof path, "%s", p);
    struct vg_err err;
    vg_err_clear(&err);
    assert_int_equal(store_sqlite_create_version(path, 5, &err), VG_OK);
    /* Report 1 (the sample) held H1 at word 7 and H2 at words 1 and 2. */
    raw_exec(path, "INSERT INTO fingerprints VALUES(1229782938247303441, 1, 7),"
                   " (2459565876494606882, 1, 1), (2459565876494606882, 1, 2)");
    struct vg_store *a = NULL;
    assert_int_equal(vg_store_open(path, 0, &a, &err), VG_OK);
    char out[256];
    raw_text(path, "SELECT count(*) FROM sqlite_schema WHERE name = 'fingerprints'", out,
             sizeof out);
    assert_string_equal(out, "0;");
    int64_t rep[40];
    uint32_t word[40];
    int common = 0;
    assert_int_equal(lookup(a, H1, 32, rep, word, &common), 1);
    assert_int_equal(rep[0], 1);
    assert_int_equal(word[0], 7);
    assert_int_equal(lookup(a, H2, 32, rep, word, &common), 2);
    struct vg_store_totals t;
    assert_int_equal(vg_store_totals(a, &t, &err), VG_OK);
    assert_int_equal(t.fingerprints, 3);

    /* One commit of 450 distinct hashes (more than two blocks) in one
     * report, the last ones held by five more reports: one hash's rows
     * never straddle two blocks. */
    enum { N = 450 };
    static struct vg_fp big[N];
    for (int i = 0; i < N; i++) {
        big[i].hash = 0x0100000000000000ULL + (uint64_t)i * 0x10000;
        big[i].word = (uint32_t)i;
    }
    assert_int_equal(vg_store_begin(a, &err), VG_OK);
    put_fps(a, "big.txt", "A report with four hundred and fifty fingerprints.", big, N);
    for (int k = 0; k < 5; k++) {
        char name[32], text[64];
        snprintf(name, sizeof name, "same%d.txt", k);
        /* Lengths differ, so do the stand-in hashes. */
        snprintf(text, sizeof text, "Report sharing the last hashes of the big one%.*s.", k,
                 "!!!!!!!!!!!!");
        put_fps(a, name, text, big + 190, 20);
    }
    assert_int_equal(vg_store_commit(a, &err), VG_OK);
    /* Then twelve commits of one report each, so that runs merge. */
    for (int k = 0; k < 12; k++) {
        char name[32], text[64];
        snprintf(name, sizeof name, "small%d.txt", k);
        snprintf(text, sizeof text, "Small report with one fingerprint%.*s.", k, "!!!!!!!!!!!!");
        struct vg_fp one = {H3, (uint32_t)k};
        assert_int_equal(vg_store_begin(a, &err), VG_OK);
        put_fps(a, name, text, &one, 1);
        assert_int_equal(vg_store_commit(a, &err), VG_OK);
    }
    vg_store_close(a);
    /* Far fewer runs than commits: 1 + 1 + 12 written, merged as they came. */
    raw_text(path, "SELECT sum(n) FROM fp_runs", out, sizeof out);
    assert_string_equal(out, "565;");
    raw_text(path, "SELECT count(*) FROM fp_runs", out, sizeof out);
    assert_true(atoi(out) < 6);

    /* A fresh connection, its first lookups from the runs (too few yet
     * to load them into memory): words 180 to 219 of big.txt, around the
     * first block's end. */
    assert_int_equal(vg_store_open(path, 0, &a, &err), VG_OK);
    struct vg_arena ar;
    vg_arena_init(&ar, 0);
    struct vg_fp_hit *hits = NULL;
    size_t n_hits = 0;
    unsigned char com[40];
    assert_int_equal(vg_store_shared_fps(a, big + 180, 40, 32, com, &ar, &hits, &n_hits, &err),
                     VG_OK);
    /* 40 rows of big.txt, and 20 hashes held by five more reports each. */
    assert_int_equal(n_hits, 40 + 20 * 5);
    size_t per_word[40] = {0};
    for (size_t i = 0; i < n_hits; i++)
        per_word[hits[i].word - 180]++;
    for (int i = 0; i < 40; i++)
        assert_int_equal(per_word[i], i >= 10 && i < 30 ? 6 : 1);
    vg_arena_release(&ar);
    assert_int_equal(lookup(a, H3, 32, rep, word, &common), 12);
    assert_int_equal(lookup(a, H3, 11, rep, word, &common), 0);
    assert_int_equal(common, 1);
    assert_int_equal(lookup(a, H2, 32, rep, word, &common), 2);
    assert_int_equal(vg_store_totals(a, &t, &err), VG_OK);
    assert_int_equal(t.fingerprints, 3 + N + 5 * 20 + 12);
    vg_store_close(a);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(open_missing_is_not_found),
        cmocka_unit_test(create_gives_current_schema),
        cmocka_unit_test(put_then_same_text_is_refused),
        cmocka_unit_test(figure_filters),
        cmocka_unit_test(rollback_leaves_nothing),
        cmocka_unit_test(report_reads_back_with_reuse),
        cmocka_unit_test(search_marks_matches),
        cmocka_unit_test(stats_count_by_kind_place_month),
        cmocka_unit_test(migrations_from_every_earlier_version),
        cmocka_unit_test(quotes_are_folded_from_the_text_by_bytes),
        cmocka_unit_test(person_names_stored_as_written),
        cmocka_unit_test(v5_place_index_partial_v8_country_through_places),
        cmocka_unit_test(places_written_again_after_rollback),
        cmocka_unit_test(foreign_and_newer_files_are_refused),
        cmocka_unit_test(second_writer_waits_and_readers_do_not),
        cmocka_unit_test(fpmem_chains_and_key_order),
        cmocka_unit_test(fingerprints_in_memory_answer_as_the_table),
        cmocka_unit_test(fingerprint_runs_keep_every_row),
    };
    return cmocka_run_group_tests(tests, setup_dir, remove_dir);
}
