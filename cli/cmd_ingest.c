/* vigil ingest: store reports (plain text, HTML, JSON Lines batches) with
 * their figures, named people and text reuse.
 *
 * Work is done in batches, each one transaction: a JSON Lines file is one
 * batch, and loose files are grouped --batch at a time.  A batch that fails
 * (a file that cannot be read, a line that is not a report) is rolled back
 * whole and the run stops, naming the file and line; batches committed
 * before it stay, and running the same command again skips them (a text
 * already stored adds nothing). */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "cli.h"
#include "input.h"
#include "store_cli.h"
#include "vigil/buf.h"
#include "vigil/extract.h"
#include "vigil/gazetteer.h"
#include "vigil/ingest.h"
#include "vigil/manifest.h"

struct run {
    struct vg_store *store;       /* the database */
    struct vg_ingester *ing;      /* the ingester */
    struct vg_ingest_pipe *pipe;  /* extraction on a second thread, storing on this one */
    int threads;                  /* --threads: 2 (a worker extracts) or 1 */
    struct vg_manifest *manifest; /* --manifest, or NULL */
    int32_t published;            /* --published, or VG_NO_DATE */
    const char *publisher;        /* --publisher, or NULL */
    const char *url;              /* --url, or NULL */
    const char *lang;             /* --lang, or NULL */
    size_t batch_max;             /* loose files per transaction */
    int verbose;                  /* say when each batch commits */
    unsigned reuse_min;           /* --reuse-min-words, or 0 for the default */
    size_t batch_stored;          /* reports stored in the open batch */
    size_t batches;               /* batches committed */
    size_t stored;                /* reports stored in committed batches */
    size_t duplicates;            /* texts found stored already */
    size_t figures;               /* figures stored in committed batches */
    size_t batch_figures;         /* figures in the open batch */
    size_t retold;                /* reports re-telling earlier ones (committed) */
    size_t batch_retold;
    /* Progress, drawn on a terminal only. */
    int progress;
    double t0, drawn;
    size_t reports_seen, bytes_done, bytes_total;
};

/* The country of a figure's place, from the gazetteer: stored beside the
 * place so that `vigil figures --where COUNTRY` includes its cities. */
static const char *country_of(void *ctx, const char *place) {
    const struct vg_place *p = vg_gazetteer_lookup(ctx, vg_str_cstr(place));
    return p ? p->country_name : NULL;
}

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void draw_progress(struct run *r, int final) {
    if (!r->progress)
        return;
    double t = now();
    if (!final && t - r->drawn < 0.1)
        return;
    r->drawn = t;
    double el = t - r->t0 > 1e-6 ? t - r->t0 : 1e-6;
    double rate = (double)r->reports_seen / el, mbs = (double)r->bytes_done / el / 1e6;
    double frac = r->bytes_total ? (double)r->bytes_done / (double)r->bytes_total : 0;
    if (frac > 1)
        frac = 1;
    char bar[21];
    int fill = (int)(frac * 20);
    for (int i = 0; i < 20; i++)
        bar[i] = i < fill ? '#' : '-';
    bar[20] = '\0';
    double eta = frac > 0 ? el * (1 - frac) / frac : 0;
    fprintf(stderr, "\r[%s] %3d%%  %zu reports  %.0f reports/s  %.1f MB/s  ETA %d:%02d ", bar,
            (int)(frac * 100), r->reports_seen, rate, mbs, (int)eta / 60, (int)eta % 60);
    if (final)
        fputc('\n', stderr);
    fflush(stderr);
}

/* Told by the pipe after each commit: the batch's counts become the run's. */
static void batch_committed(void *ctx) {
    struct run *r = ctx;
    r->batches++;
    r->stored += r->batch_stored;
    r->figures += r->batch_figures;
    r->retold += r->batch_retold;
    r->batch_stored = r->batch_figures = r->batch_retold = 0;
    if (r->verbose) {
        if (r->progress)
            fputc('\n', stderr);
        fprintf(stderr, "vigil: batch %zu committed, %zu reports stored in all\n", r->batches,
                r->stored);
    }
}

static const char *base_name(const char *path) {
    const char *b = strrchr(path, '/');
    return b ? b + 1 : path;
}

/* Name the file (and line) an error of the pipeline came from. */
static int at_file(struct vg_err *err, int rc, const char *path, long line) {
    char msg[sizeof err->msg];
    snprintf(msg, sizeof msg, "%s", err->msg[0] ? err->msg : vg_rc_str(rc));
    return vg_err_at(err, rc, path, line, "%s", msg);
}

/* Told by the pipe of each report stored, in the order of the files. */
static void stored_one(void *ctx, const struct vg_ingest_doc *d, const char *origin, long line,
                       const struct vg_ingest_result *res) {
    struct run *r = ctx;
    (void)origin;
    (void)line;
    r->reports_seen++;
    if (res->duplicate) {
        r->duplicates++;
        if (r->progress)
            fputc('\n', stderr);
        if (strcmp(res->existing, d->name) == 0)
            fprintf(stderr, "vigil: %s: already stored, nothing added\n", d->name);
        else
            fprintf(stderr, "vigil: %s: same text as '%s', already stored; nothing added\n",
                    d->name, res->existing);
        return;
    }
    r->batch_stored++;
    r->batch_figures += res->n_figures;
    r->batch_retold += res->n_reuse > 0;
}

/* Hand a report to the pipe.  An error may be an earlier report's, stored
 * meanwhile: the pipe names the file and line it came from. */
static int ingest_one(struct run *r, const struct vg_ingest_doc *d, const char *path, long line,
                      struct vg_err *err) {
    return vg_ingest_pipe_push(r->pipe, d, path, line, err);
}

static int ingest_jsonl(struct run *r, const struct input_file *in, struct vg_err *err) {
    struct vg_jsonl j;
    vg_jsonl_init(&j, in->path, in->data, in->len);
    struct vg_jsonl_item it;
    char name[512];
    int got, rc = VG_OK;
    size_t before = 0;
    while ((got = vg_jsonl_next(&j, &it, err)) == 1) {
        if (it.url)
            snprintf(name, sizeof name, "%s", it.url);
        else
            snprintf(name, sizeof name, "%s:%ld", base_name(in->path), it.line);
        struct vg_ingest_doc d = {name,
                                  it.url,
                                  it.title,
                                  it.publisher ? it.publisher : r->publisher,
                                  it.lang ? it.lang : r->lang,
                                  it.published != VG_NO_DATE ? it.published : r->published,
                                  it.text};
        if ((rc = ingest_one(r, &d, in->path, it.line, err)))
            break;
        r->bytes_done += j.pos - before;
        before = j.pos;
        draw_progress(r, 0);
    }
    if (got < 0)
        rc = err->code ? err->code : VG_EINPUT;
    r->bytes_done += in->len - before;
    vg_jsonl_release(&j);
    return rc;
}

static int ingest_loose(struct run *r, const struct input_file *in, struct vg_err *err) {
    const char *why = input_unreadable(in->data, in->len);
    if (why)
        return vg_err_at(err, VG_EINPUT, in->path, 0, "%s", why);
    const char *base = base_name(in->path);
    struct vg_ingest_doc d = {
        base, r->url, NULL, r->publisher, r->lang, r->published, vg_str_make(in->data, in->len)};
    struct vg_manifest_entry me;
    if (r->manifest && vg_manifest_get(r->manifest, base, &me)) {
        if (d.published == VG_NO_DATE)
            d.published = me.published;
        if (!d.lang)
            d.lang = me.lang;
        if (!d.publisher)
            d.publisher = me.publisher;
    }
    struct vg_buf text, title;
    vg_buf_init(&text, INPUT_MAX_BYTES);
    vg_buf_init(&title, 4096);
    int rc = VG_OK;
    if (vg_ingest_format(in->path, in->data, in->len) == VG_FMT_HTML) {
        int32_t pub = VG_NO_DATE;
        if ((rc = vg_html_text(in->data, in->len, &text, &title, &pub, err))) {
            at_file(err, rc, in->path, 0);
            goto out;
        }
        if (text.len == 0) {
            rc = vg_err_at(err, VG_EINPUT, in->path, 0, "no article text found in the page");
            goto out;
        }
        d.text = vg_buf_str(&text);
        d.title = title.len ? title.ptr : NULL;
        if (d.published == VG_NO_DATE)
            d.published = pub;
    }
    rc = ingest_one(r, &d, in->path, 0, err);
out:
    r->bytes_done += in->len;
    draw_progress(r, 0);
    vg_buf_release(&text);
    vg_buf_release(&title);
    return rc;
}

static int run_paths(struct run *r, char **paths, size_t n, struct vg_err *err) {
    size_t loose = 0;
    for (size_t i = 0; i < n; i++) {
        struct input_file in;
        int rc = input_read(paths[i], &in, err);
        if (rc)
            return rc;
        if (vg_ingest_format(in.path, in.data, in.len) == VG_FMT_JSONL) {
            /* A JSON Lines file is a batch of its own. */
            if (!(rc = vg_ingest_pipe_end_batch(r->pipe, err)) && !(rc = ingest_jsonl(r, &in, err)))
                rc = vg_ingest_pipe_end_batch(r->pipe, err);
            loose = 0;
        } else if (!(rc = ingest_loose(r, &in, err)) && ++loose >= r->batch_max) {
            rc = vg_ingest_pipe_end_batch(r->pipe, err);
            loose = 0;
        }
        input_file_release(&in);
        if (rc)
            return rc;
    }
    return vg_ingest_pipe_flush(r->pipe, err);
}

static void usage(FILE *out) {
    fputs("usage: vigil ingest [--db FILE] [--published DATE] [--publisher P] [--url U]\n"
          "                    [--lang en|ru] [--manifest FILE] [--batch N] [--verbose]\n"
          "                    [--threads 1|2]\n"
          "                    FILE|DIR|-...\n\n"
          "Stores reports in the database with their figures, named people and the\n"
          "passages they share with reports stored before them.  Takes plain text, HTML\n"
          "pages (the article body is kept, menus, scripts and footers dropped) and JSON\n"
          "Lines batches (*.jsonl: {\"url\",\"title\",\"publisher\",\"published\",\"lang\",\n"
          "\"text\"} per line).  A text stored already adds nothing.\n\n"
          "  --db FILE        the database; default $VIGIL_DB, else vigil.db\n"
          "  --published D    publication date YYYY-MM-DD of the reports\n"
          "  --publisher P    who published them\n"
          "  --url U          where the (single) report was found\n"
          "  --lang L         language of the reports (en, ru); default: detect\n"
          "  --manifest F     JSON keyed by file name with \"published\", \"lang\"\n"
          "  --batch N        files per transaction (default 500); a JSON Lines file\n"
          "                   is always one transaction\n"
          "  --verbose        say when each batch is committed\n"
          "  --reuse-min-words N  shared words that make two reports a re-telling\n"
          "                   (default 25; see docs/reuse.md)\n"
          "  --threads N      2 (default): one thread extracts the next reports while\n"
          "                   another writes to the database; 1: one thread does both.\n"
          "                   The database ends up the same either way\n\n"
          "A batch that fails is rolled back whole and the run stops there, naming the\n"
          "file and line; running the same command again resumes after the batches\n"
          "already stored.\n",
          out);
}

int cmd_ingest(int argc, char **argv) {
    static const struct option longopts[] = {
        {"db", required_argument, NULL, 'd'},
        {"published", required_argument, NULL, 'p'},
        {"publisher", required_argument, NULL, 'P'},
        {"url", required_argument, NULL, 'u'},
        {"lang", required_argument, NULL, 'l'},
        {"manifest", required_argument, NULL, 'm'},
        {"batch", required_argument, NULL, 'b'},
        {"verbose", no_argument, NULL, 'v'},
        {"reuse-min-words", required_argument, NULL, 'R'},
        {"threads", required_argument, NULL, 't'},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    struct run r;
    memset(&r, 0, sizeof r);
    r.published = VG_NO_DATE;
    r.batch_max = 500;
    r.threads = 2;
    const char *db = NULL;
    struct vg_err err;
    vg_err_clear(&err);
    int c, status = EXIT_OK;
    optind = 1;
    while ((c = getopt_long(argc, argv, "d:p:P:u:l:m:b:vR:t:h", longopts, NULL)) != -1) {
        switch (c) {
        case 'd': db = optarg; break;
        case 'p':
            r.published = vg_date_parse_iso(vg_str_cstr(optarg));
            if (r.published == VG_NO_DATE) {
                cli_errorf("--published must be a date YYYY-MM-DD, not '%s'", optarg);
                goto usage_error;
            }
            break;
        case 'P': r.publisher = optarg; break;
        case 'u': r.url = optarg; break;
        case 'l':
            if (strcmp(optarg, "en") != 0 && strcmp(optarg, "ru") != 0) {
                cli_errorf("--lang must be en or ru, not '%s'", optarg);
                goto usage_error;
            }
            r.lang = optarg;
            break;
        case 'm':
            if (r.manifest)
                vg_manifest_free(r.manifest);
            if (vg_manifest_load(optarg, &r.manifest, &err)) {
                cli_error(&err);
                return EXIT_FAIL;
            }
            break;
        case 'b': {
            char *end;
            long v = strtol(optarg, &end, 10);
            if (*end || v < 1 || v > 1000000) {
                cli_errorf("--batch must be a number from 1 to 1000000, not '%s'", optarg);
                goto usage_error;
            }
            r.batch_max = (size_t)v;
            break;
        }
        case 'v': r.verbose = 1; break;
        case 'R': {
            char *end;
            long v = strtol(optarg, &end, 10);
            if (*end || v < 1 || v > 100000) {
                cli_errorf("--reuse-min-words must be a number from 1 to 100000, not '%s'", optarg);
                goto usage_error;
            }
            r.reuse_min = (unsigned)v;
            break;
        }
        case 't':
            if (strcmp(optarg, "1") != 0 && strcmp(optarg, "2") != 0) {
                cli_errorf("--threads must be 1 or 2, not '%s'", optarg);
                goto usage_error;
            }
            r.threads = optarg[0] - '0';
            break;
        case 'h':
            usage(stdout);
            vg_manifest_free(r.manifest);
            return EXIT_OK;
        default: goto usage_error;
        }
    }
    if (optind >= argc) {
        cli_errorf("ingest needs files, directories or '-' to read");
        goto usage_error;
    }
    char **paths = NULL;
    size_t n_paths = 0;
    if (input_expand(argv + optind, argc - optind, NULL, &paths, &n_paths, &err)) {
        cli_error(&err);
        vg_manifest_free(r.manifest);
        return EXIT_FAIL;
    }
    if (r.url && n_paths > 1) {
        cli_errorf("--url names one report, but %zu files were given", n_paths);
        input_paths_free(paths, n_paths);
        goto usage_error;
    }
    for (size_t i = 0; i < n_paths; i++) {
        struct stat st;
        if (strcmp(paths[i], "-") != 0 && stat(paths[i], &st) == 0)
            r.bytes_total += (size_t)st.st_size;
    }
    struct vg_extractor *x = NULL;
    struct vg_gazetteer *gaz = NULL;
    if ((status = cli_open_store(db, 1, &r.store)))
        goto out;
    if (vg_extractor_new(&x, &err) || vg_ingester_new(r.store, x, &r.ing, &err) ||
        vg_gazetteer_load(&gaz, &err)) {
        cli_error(&err);
        status = EXIT_FAIL;
        goto out;
    }
    vg_ingester_set_countries(r.ing, country_of, gaz);
    if (vg_ingest_pipe_new(r.ing, r.threads > 1, stored_one, &r, &r.pipe, &err)) {
        cli_error(&err);
        status = EXIT_FAIL;
        goto out;
    }
    vg_ingest_pipe_own_batches(r.pipe, batch_committed, &r);
    if (r.reuse_min)
        vg_ingester_set_reuse_threshold(r.ing, r.reuse_min);
    r.progress = isatty(STDERR_FILENO);
    r.t0 = now();
    if (run_paths(&r, paths, n_paths, &err)) {
        /* The reports pushed before the failure are stored first, as
         * without the pipe, so that an error among them is the one told
         * (and rolled back with the rest). */
        struct vg_err first;
        vg_err_clear(&first);
        if (vg_ingest_pipe_abort(r.pipe, &first))
            err = first;
        if (r.progress)
            fputc('\n', stderr);
        cli_error(&err);
        fprintf(stderr,
                "vigil: nothing of the failed batch was stored; %zu report%s from earlier"
                " batches %s stored\n",
                r.stored, r.stored == 1 ? "" : "s", r.stored == 1 ? "is" : "are");
        status = EXIT_FAIL;
    } else {
        draw_progress(&r, 1);
    }
    printf("%zu report%s stored (%zu figure%s, %zu re-telling earlier reports)", r.stored,
           r.stored == 1 ? "" : "s", r.figures, r.figures == 1 ? "" : "s", r.retold);
    if (r.duplicates)
        printf("; %zu already stored, nothing added for %s", r.duplicates,
               r.duplicates == 1 ? "it" : "them");
    printf("\n");
out:
    vg_ingest_pipe_free(r.pipe);
    vg_ingester_free(r.ing);
    vg_gazetteer_free(gaz);
    vg_extractor_free(x);
    vg_store_close(r.store);
    input_paths_free(paths, n_paths);
    vg_manifest_free(r.manifest);
    return status;

usage_error:
    vg_manifest_free(r.manifest);
    usage(stderr);
    return EXIT_USAGE;
}
