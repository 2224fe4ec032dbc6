/* Benchmark of the store: ingest throughput (extraction + reuse detection +
 * full-text indexing) beside extraction alone on the same reports, database
 * bytes per report, and figure queries by place and date window over a
 * million stored figures.
 *
 * usage: bench_store DIR [N_REPORTS] [N_FIGURES] [THREADS]
 * Writes its databases into DIR.  Prints times; asserts nothing. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "vigil/arena.h"
#include "vigil/buf.h"
#include "vigil/date.h"
#include "vigil/extract.h"
#include "vigil/ingest.h"
#include "vigil/store.h"

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* CPU time of the calling thread: the writer's own work, apart from the
 * time it waits for the extracting thread or for a core. */
static double thread_cpu(void) {
    struct timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* CPU time of the whole process: both threads. */
static double process_cpu(void) {
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static unsigned long long rng_state = 88172645463325252ULL;
static unsigned rnd(unsigned n) {
    rng_state ^= rng_state << 13;
    rng_state ^= rng_state >> 7;
    rng_state ^= rng_state << 17;
    return (unsigned)(rng_state % n);
}

static const char *const cities[] = {"Almaty", "Astana", "Shymkent", "Aktobe",    "Taraz",
                                     "Oral",   "Atyrau", "Kostanay", "Zhanaozen", "Aktau"};
static const char *const groups[] = {"people",      "protesters", "activists",
                                     "journalists", "residents",  "students"};
static const char *const verbs[] = {"were detained", "were arrested", "were injured",
                                    "were fined",    "were killed",   "took part in the rally"};
static const char *const months[] = {"January", "February", "March", "April", "May", "June"};
static const char *const subj[] = {"Residents of the district",
                                   "A local shopkeeper",
                                   "Two opposition deputies",
                                   "The city administration",
                                   "Several teachers",
                                   "A group of lawyers",
                                   "Taxi drivers",
                                   "Hospital staff"};
static const char *const pred[] = {"complained about",           "spoke openly of",
                                   "wrote online about",         "were worried by",
                                   "asked questions about",      "posted videos showing",
                                   "called for an inquiry into", "refused to comment on"};
static const char *const obj[] = {"the power cuts",
                                  "the closed roads",
                                  "the empty shelves",
                                  "checkpoints on the highway",
                                  "the curfew in the evening",
                                  "rising bread prices",
                                  "the blocked bank cards",
                                  "the missing internet"};
/* A report of about `bytes` bytes: figure sentences among filler, with
 * numbers and ids that make every text distinct. */
static void make_report(struct vg_buf *b, unsigned id, size_t bytes) {
    vg_buf_clear(b);
    vg_buf_printf(b, "Report %u. ", id);
    while (b->len < bytes) {
        if (rnd(3) == 0)
            vg_buf_printf(b, "%u %s %s in %s on %u %s 2022. ", 3 + rnd(900), groups[rnd(6)],
                          verbs[rnd(6)], cities[rnd(10)], 1 + rnd(28), months[rnd(6)]);
        else
            vg_buf_printf(b, "%s %s %s on day %u, report %u said. ", subj[rnd(8)], pred[rnd(8)],
                          obj[rnd(8)], rnd(1000), id);
    }
}

/* Count the reports found re-telling earlier ones, as `vigil ingest` does. */
static void stored_one(void *ctx, const struct vg_ingest_doc *d, const char *origin, long line,
                       const struct vg_ingest_result *res) {
    (void)d;
    (void)origin;
    (void)line;
    *(size_t *)ctx += res->n_reuse > 0;
}

/* Count the rows, as a client formatting them would visit each. */
static int cb(void *ctx, const struct vg_store_figure *sf) {
    (void)sf;
    (*(size_t *)ctx)++;
    return 0;
}

int main(int argc, char **argv) {
    if (argc < 2) {
        fprintf(stderr, "usage: bench_store DIR [N_REPORTS] [N_FIGURES] [THREADS]\n");
        return 2;
    }
    const char *dir = argv[1];
    unsigned n_reports = argc > 2 ? (unsigned)strtoul(argv[2], NULL, 10) : 10000;
    unsigned n_figures = argc > 3 ? (unsigned)strtoul(argv[3], NULL, 10) : 1000000;
    /* As `vigil ingest --threads`: 2 by default. */
    int threads = argc > 4 ? (int)strtol(argv[4], NULL, 10) : 2;
    struct vg_err err;
    vg_err_clear(&err);

    /* The reports, in memory; one in ten quotes a passage of an earlier one. */
    char **texts = calloc(n_reports, sizeof *texts);
    size_t total = 0;
    struct vg_buf b;
    vg_buf_init(&b, 0);
    for (unsigned i = 0; i < n_reports; i++) {
        make_report(&b, i, 4000);
        if (i >= 10 && i % 10 == 0) {
            const char *src = texts[i - 1 - rnd(i - 1)];
            size_t len = strlen(src), off = len / 3;
            vg_buf_printf(&b, "\"%.*s\"", 600, src + off);
        }
        texts[i] = vg_buf_detach(&b);
        total += strlen(texts[i]);
    }

    struct vg_extractor *x = NULL;
    if (vg_extractor_new(&x, &err)) {
        fprintf(stderr, "bench: %s\n", err.msg);
        return 1;
    }
    /* Extraction alone. */
    struct vg_arena a;
    vg_arena_init(&a, 0);
    size_t n_figs = 0;
    double t0 = now();
    for (unsigned i = 0; i < n_reports; i++) {
        struct vg_report *r;
        vg_arena_reset(&a);
        struct vg_extract_opts o = {"b", "en", VG_NO_DATE};
        if (vg_extract(x, &a, vg_str_cstr(texts[i]), &o, &r) == VG_OK)
            n_figs += r->n_figures;
    }
    double t_extract = now() - t0;
    vg_arena_release(&a);

    /* Ingest, batches of 500, through the pipe as `vigil ingest` runs it
     * (a worker thread extracts while this one stores and commits): first without reuse
     * detection (extraction, storage, full-text index), then everything. */
    double t_ingest = 0, t_noreuse = 0, cpu_ingest = 0, cpu_noreuse = 0, cpu_worker = 0;
    size_t retold = 0;
    struct vg_store_totals tot;
    for (int pass = 0; pass < 2; pass++) {
        char path[512];
        snprintf(path, sizeof path, "%s/ingest%d.db", dir, pass);
        remove(path);
        struct vg_store *s = NULL;
        struct vg_ingester *g = NULL;
        struct vg_ingest_pipe *pipe = NULL;
        if (vg_store_open(path, VG_STORE_CREATE, &s, &err) || vg_ingester_new(s, x, &g, &err) ||
            vg_ingest_pipe_new(g, threads > 1, stored_one, &retold, &pipe, &err)) {
            fprintf(stderr, "bench: %s\n", err.msg);
            return 1;
        }
        vg_ingester_set_reuse(g, pass == 1);
        /* The pipe commits each batch while its worker extracts the next. */
        vg_ingest_pipe_own_batches(pipe, NULL, NULL);
        t0 = now();
        double c0 = thread_cpu(), p0 = process_cpu();
        for (unsigned i = 0; i < n_reports; i++) {
            char name[32];
            snprintf(name, sizeof name, "r%u.txt", i);
            struct vg_ingest_doc d = {
                name, NULL, NULL, NULL, "en", VG_NO_DATE, vg_str_cstr(texts[i])};
            if (vg_ingest_pipe_push(pipe, &d, NULL, 0, &err) ||
                (i % 500 == 499 && vg_ingest_pipe_end_batch(pipe, &err))) {
                fprintf(stderr, "bench: %s\n", err.msg);
                return 1;
            }
        }
        if (vg_ingest_pipe_flush(pipe, &err)) {
            fprintf(stderr, "bench: %s\n", err.msg);
            return 1;
        }
        *(pass ? &t_ingest : &t_noreuse) = now() - t0;
        *(pass ? &cpu_ingest : &cpu_noreuse) = thread_cpu() - c0;
        if (pass)
            cpu_worker = process_cpu() - p0 - cpu_ingest;
        vg_store_totals(s, &tot, &err);
        vg_ingest_pipe_free(pipe);
        vg_ingester_free(g);
        vg_store_close(s);
    }

    printf("reports: %u of %.1f KB on average, %zu figures extracted\n", n_reports,
           (double)total / n_reports / 1e3, n_figs);
    printf("extraction only:              %8.0f reports/s  %6.1f MB/s\n", n_reports / t_extract,
           (double)total / t_extract / 1e6);
    printf("ingest without reuse (+FTS):  %8.0f reports/s  %6.1f MB/s  (writer thread: %.0f us of"
           " CPU a report)\n",
           n_reports / t_noreuse, (double)total / t_noreuse / 1e6, cpu_noreuse / n_reports * 1e6);
    printf("ingest (extract+reuse+FTS):   %8.0f reports/s  %6.1f MB/s  (%zu re-tellings found of"
           " %u planted)\n",
           n_reports / t_ingest, (double)total / t_ingest / 1e6, retold, (n_reports - 1) / 10);
    printf("  (CPU a report: writer thread %.0f us, extracting thread %.0f us; on two free cores"
           " at most %.0f reports/s)\n",
           cpu_ingest / n_reports * 1e6, cpu_worker / n_reports * 1e6,
           n_reports / (cpu_ingest > cpu_worker ? cpu_ingest : cpu_worker));
    printf("database: %.1f MB for %lld reports = %.1f KB per report (%.1f KB of text each)\n",
           (double)tot.db_bytes / 1e6, (long long)tot.reports,
           tot.reports ? (double)tot.db_bytes / (double)tot.reports / 1e3 : 0.0,
           tot.reports ? (double)tot.text_bytes / (double)tot.reports / 1e3 : 0.0);

    /* A million figures through the store API: 1,000 per report, 200
     * places in 20 countries, dates over three years. */
    char path[512];
    struct vg_store *s = NULL;
    snprintf(path, sizeof path, "%s/figures.db", dir);
    remove(path);
    if (vg_store_open(path, VG_STORE_CREATE, &s, &err)) {
        fprintf(stderr, "bench: %s\n", err.msg);
        return 1;
    }
    enum { PER = 1000 };
    static struct vg_figure figs[PER];
    static const char *countries[PER];
    static char place_names[200][16], country_names[20][16];
    for (int i = 0; i < 200; i++)
        snprintf(place_names[i], sizeof place_names[i], "City%03d", i);
    for (int i = 0; i < 20; i++)
        snprintf(country_names[i], sizeof country_names[i], "Country%02d", i);
    int32_t day0 = vg_date_from_ymd(2021, 1, 1);
    t0 = now();
    unsigned n_rep = (n_figures + PER - 1) / PER;
    vg_store_begin(s, &err);
    for (unsigned r = 0; r < n_rep; r++) {
        for (int i = 0; i < PER; i++) {
            struct vg_figure *f = &figs[i];
            memset(f, 0, sizeof *f);
            f->what = (enum vg_what)(1 + rnd(8));
            f->low = f->high = 1 + rnd(1000);
            f->who = (enum vg_who)rnd(8);
            int p = (int)rnd(200);
            f->where = place_names[p];
            countries[i] = country_names[p % 20];
            f->when.from = day0 + (int32_t)rnd(3 * 365);
            f->when.to = f->when.from + (int32_t)(rnd(4) == 0 ? rnd(7) : 0);
            f->sentence = (struct vg_span){0, 10};
            f->quantity = (struct vg_span){0, 2};
        }
        char text[64], name[32];
        snprintf(text, sizeof text, "Synthetic report %u of the figures benchmark.", r);
        snprintf(name, sizeof name, "f%u", r);
        struct vg_report rep;
        memset(&rep, 0, sizeof rep);
        rep.figures = figs;
        rep.n_figures = PER;
        rep.text = vg_str_cstr(text);
        struct vg_store_put put;
        memset(&put, 0, sizeof put);
        put.doc.name = name;
        put.doc.text = vg_str_cstr(text);
        put.doc.published = VG_NO_DATE;
        memcpy(put.doc.sha256, &r, sizeof r);
        put.report = &rep;
        put.countries = countries;
        int64_t id;
        if (vg_store_put(s, &put, &id, &err)) {
            fprintf(stderr, "bench: %s\n", err.msg);
            return 1;
        }
    }
    vg_store_commit(s, &err);
    double t_load = now() - t0;
    printf("stored %u figures through the store API in %.1f s\n", n_rep * PER, t_load);

    /* Queries: a random place (or country) and a 7-day window. */
    double worst = 0, sum = 0, worst_c = 0, sum_c = 0;
    size_t rows = 0, rows_c = 0;
    const int Q = 200;
    for (int q = 0; q < 2 * Q; q++) {
        struct vg_figure_filter f;
        vg_figure_filter_init(&f);
        f.where = q < Q ? place_names[rnd(200)] : country_names[rnd(20)];
        f.from = day0 + (int32_t)rnd(3 * 365 - 7);
        f.to = f.from + 6;
        size_t n = 0;
        double t = now();
        if (vg_store_figures(s, &f, cb, &n, &err)) {
            fprintf(stderr, "bench: %s\n", err.msg);
            return 1;
        }
        t = now() - t;
        if (q < Q) {
            sum += t;
            worst = t > worst ? t : worst;
            rows += n;
        } else {
            sum_c += t;
            worst_c = t > worst_c ? t : worst_c;
            rows_c += n;
        }
    }
    printf("figures by place + 7-day window over %u figures:   mean %.2f ms, worst %.2f ms"
           " (%.0f rows)\n",
           n_rep * PER, sum / Q * 1e3, worst * 1e3, (double)rows / Q);
    printf("figures by country + 7-day window over %u figures: mean %.2f ms, worst %.2f ms"
           " (%.0f rows)\n",
           n_rep * PER, sum_c / Q * 1e3, worst_c * 1e3, (double)rows_c / Q);
    vg_store_close(s);
    vg_extractor_free(x);
    for (unsigned i = 0; i < n_reports; i++)
        free(texts[i]);
    free(texts);
    vg_buf_release(&b);
    return 0;
}
