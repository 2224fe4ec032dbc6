/* vigil extract: figures and named people from reports, as JSON Lines (one
 * object per report) or a table for a person.
 *
 * Reports are extracted on several threads (cli/parallel.c): a worker reads
 * a file, extracts it in the worker's arena and renders its JSON line or
 * table into the report's result; the caller's thread writes the results,
 * and the messages of the files that could not be read, in the order of
 * the files.  So stdout, stderr and the exit status are the same for any
 * --threads; --threads 1 does it all on the caller's thread. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "input.h"
#include "parallel.h"
#include "vigil/arena.h"
#include "vigil/buf.h"
#include "vigil/extract.h"
#include "vigil/manifest.h"
#include "vigil/report_json.h"
#include "table.h"

#define REPORT_ARENA_CAP ((size_t)1 << 30)
#define REPORT_JSON_CAP ((size_t)1 << 30) /* most bytes of one report's output */
#define RESULT_KEEP ((size_t)4 << 20)     /* a result's buffer above this is freed, not kept */
#define SLOTS_PER_THREAD 4                /* reports in flight per thread */
#define THREADS_MAX 64                    /* most --threads */

struct extract_args {
    int table;                    /* 1: table, 0: jsonl */
    int32_t published;            /* --published, or VG_NO_DATE */
    const char *lang;             /* --lang, or NULL */
    struct vg_manifest *manifest; /* --manifest, or NULL */
    unsigned threads;             /* --threads, or 0: par_default_threads() */
};

/* What one report gave, made by a worker and written out by the caller's
 * thread. */
struct result {
    struct vg_buf out;  /* its JSON line or table text, for stdout */
    struct vg_buf msg;  /* a message for stderr without "vigil: ", or empty */
    struct vg_err err;  /* why the file could not be read, when read_failed */
    int read_failed;    /* 1: print err (and the report is not counted) */
    int failed;         /* 1: the command is to exit with EXIT_FAIL */
    int counted;        /* 1: counts in the table's "N reports" */
    size_t n_figures;   /* figures of the report */
};

/* The whole run, shared by the workers (read only but for their own arena
 * and result) and the caller's thread (the totals). */
struct extract_run {
    const struct vg_extractor *x;     /* read only during vg_extract */
    const struct extract_args *args;  /* the options */
    char **paths;                     /* the files, in order */
    struct vg_arena *arenas;          /* one per worker */
    struct result *results;           /* one per slot */
    int status;                       /* exit status so far (the caller's) */
    size_t n_done;                    /* reports counted (the caller's) */
    size_t n_figures;                 /* figures written (the caller's) */
};

static void usage(FILE *out) {
    fputs("usage: vigil extract [--format jsonl|table] [--published DATE] [--lang en|ru]\n"
          "                     [--manifest FILE] [--threads N] [FILE|DIR|-]...\n\n"
          "Reads reports (plain UTF-8 text) and prints every figure they state: how many\n"
          "people were detained, sanctioned, charged, released, killed, injured, went\n"
          "missing or took part, with who, where, when, whose claim it is and the\n"
          "sentence it came from, plus the named people and what happened to them.\n\n"
          "  --format F      jsonl (one object per report) or table; default: table on a\n"
          "                  terminal, jsonl otherwise\n"
          "  --published D   publication date YYYY-MM-DD, to resolve 'on Tuesday'\n"
          "  --manifest F    JSON keyed by file name with \"published\" and \"lang\"\n"
          "  --lang L        language of the reports (en, ru); default: detect\n"
          "  --threads N     reports extracted at once; default: the number of cores, at\n"
          "                  most 8.  The output is the same, in the same order, for any N\n\n"
          "Directories are read recursively in name order (their *.txt files); '-' reads\n"
          "standard input.\n",
          out);
}

/* Render report r into res->out: its JSON line, or its table.  0, or -1
 * when out of memory. */
static int render(const struct vg_report *r, int table, struct result *res) {
    if (!table)
        return vg_report_write_json(&res->out, r, 1) || vg_buf_putc(&res->out, '\n') ? -1 : 0;
    /* The table is written through stdio; into memory, then the result. */
    char *text = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&text, &len);
    if (!f)
        return -1;
    table_print_report(f, r, cli_stdout_is_tty());
    int rc = fclose(f) ? -1 : vg_buf_append(&res->out, text, len);
    free(text);
    return rc;
}

/* Extract one file read into `in` into res. */
static void extract_one(const struct extract_run *run, struct vg_arena *a,
                        const struct input_file *in, struct result *res) {
    const struct extract_args *args = run->args;
    const char *base = strrchr(in->path, '/');
    base = base ? base + 1 : in->path;
    const char *why = input_unreadable(in->data, in->len);
    if (why) {
        vg_buf_printf(&res->msg, "%s: %s, skipped", in->path, why);
        res->counted = 1;
        return;
    }
    struct vg_extract_opts opts = {base, args->lang, args->published};
    struct vg_manifest_entry me;
    if (args->manifest && vg_manifest_get(args->manifest, base, &me)) {
        if (opts.published == VG_NO_DATE)
            opts.published = me.published;
        if (!opts.lang)
            opts.lang = me.lang;
    }
    struct vg_report *r = NULL;
    vg_arena_reset(a);
    int rc = vg_extract(run->x, a, vg_str_make(in->data, in->len), &opts, &r);
    if (rc) {
        vg_buf_printf(&res->msg, "%s: %s, skipped", in->path,
                      rc == VG_ETOOBIG ? "too many figures to hold in memory" : vg_rc_str(rc));
        res->failed = 1;
        return;
    }
    res->n_figures = r->n_figures;
    if (render(r, args->table, res)) {
        vg_buf_clear(&res->out);
        vg_buf_printf(&res->msg, "%s: out of memory writing %s", in->path,
                      args->table ? "the table" : "JSON");
        res->failed = 1;
        return;
    }
    res->counted = 1;
}

/* par_loop.work: read and extract file `item`, on worker `worker`. */
static void work(void *ctx, unsigned worker, size_t item, size_t slot) {
    struct extract_run *run = ctx;
    struct result *res = &run->results[slot];
    struct input_file in;
    if (input_read(run->paths[item], &in, &res->err)) {
        res->read_failed = 1;
        res->failed = 1;
        return;
    }
    extract_one(run, &run->arenas[worker], &in, res);
    input_file_release(&in);
}

/* par_loop.emit: write the result of file `item` and make its slot ready
 * for the next. */
static void emit(void *ctx, size_t item, size_t slot) {
    struct extract_run *run = ctx;
    struct result *res = &run->results[slot];
    if (res->read_failed)
        cli_error(&res->err);
    if (res->msg.len)
        cli_errorf("%s", res->msg.ptr);
    size_t wrote = res->out.len ? fwrite(res->out.ptr, 1, res->out.len, stdout) : 0;
    if (!run->args->table && wrote != res->out.len) {
        cli_errorf("%s: out of memory writing JSON", run->paths[item]);
        res->failed = 1;
        res->counted = 0;
    }
    if (res->failed)
        run->status = EXIT_FAIL;
    if (res->counted) {
        run->n_done++;
        run->n_figures += res->n_figures;
    }
    /* Empty for the next report; a buffer grown by a huge one is freed. */
    if (res->out.cap > RESULT_KEEP)
        vg_buf_release(&res->out);
    vg_buf_clear(&res->out);
    vg_buf_clear(&res->msg);
    vg_err_clear(&res->err);
    res->read_failed = res->failed = res->counted = 0;
    res->n_figures = 0;
}

/* Extract every file of `paths` on `threads` threads and write the results
 * in order.  Returns the exit status. */
static int extract_all(const struct vg_extractor *x, const struct extract_args *args, char **paths,
                       size_t n_paths) {
    unsigned threads = args->threads ? args->threads : par_default_threads();
    /* Standard input named twice is read whole the first time and empty
     * the second: which is first must not depend on the threads. */
    size_t n_stdin = 0;
    for (size_t i = 0; i < n_paths; i++)
        n_stdin += strcmp(paths[i], "-") == 0;
    if (n_stdin > 1)
        threads = 1;
    size_t n_slots = threads > 1 ? (size_t)threads * SLOTS_PER_THREAD : 1;
    struct extract_run run = {x, args, paths, NULL, NULL, EXIT_OK, 0, 0};
    run.arenas = calloc(threads, sizeof *run.arenas);
    run.results = calloc(n_slots, sizeof *run.results);
    if (!run.arenas || !run.results) {
        free(run.arenas);
        free(run.results);
        cli_errorf("out of memory");
        return EXIT_FAIL;
    }
    for (unsigned i = 0; i < threads; i++)
        vg_arena_init(&run.arenas[i], REPORT_ARENA_CAP);
    for (size_t i = 0; i < n_slots; i++) {
        vg_buf_init(&run.results[i].out, REPORT_JSON_CAP);
        vg_buf_init(&run.results[i].msg, 0);
        vg_err_clear(&run.results[i].err);
    }
    struct par_loop loop = {n_paths, threads, n_slots, work, emit, &run};
    if (par_run(&loop)) {
        cli_errorf("out of memory");
        run.status = EXIT_FAIL;
    }
    if (args->table)
        printf("%zu report%s, %zu figure%s\n", run.n_done, run.n_done == 1 ? "" : "s",
               run.n_figures, run.n_figures == 1 ? "" : "s");
    for (size_t i = 0; i < n_slots; i++) {
        vg_buf_release(&run.results[i].out);
        vg_buf_release(&run.results[i].msg);
    }
    for (unsigned i = 0; i < threads; i++)
        vg_arena_release(&run.arenas[i]);
    free(run.results);
    free(run.arenas);
    return run.status;
}

/* --threads N: 1..THREADS_MAX, or 0 when not a number in range. */
static unsigned parse_threads(const char *s) {
    char *end;
    long n = strtol(s, &end, 10);
    return end != s && !*end && n >= 1 && n <= THREADS_MAX ? (unsigned)n : 0;
}

int cmd_extract(int argc, char **argv) {
    static const struct option longopts[] = {
        {"format", required_argument, NULL, 'f'},
        {"published", required_argument, NULL, 'p'},
        {"lang", required_argument, NULL, 'l'},
        {"manifest", required_argument, NULL, 'm'},
        {"threads", required_argument, NULL, 't'},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    struct extract_args args = {cli_stdout_is_tty(), VG_NO_DATE, NULL, NULL, 0};
    struct vg_err err;
    vg_err_clear(&err);
    int c, status = EXIT_OK;
    optind = 1;
    while ((c = getopt_long(argc, argv, "f:p:l:m:t:h", longopts, NULL)) != -1) {
        switch (c) {
        case 'f':
            if (strcmp(optarg, "jsonl") == 0 || strcmp(optarg, "json") == 0)
                args.table = 0;
            else if (strcmp(optarg, "table") == 0)
                args.table = 1;
            else {
                cli_errorf("--format must be jsonl or table, not '%s'", optarg);
                goto usage_error;
            }
            break;
        case 'p':
            args.published = vg_date_parse_iso(vg_str_cstr(optarg));
            if (args.published == VG_NO_DATE) {
                cli_errorf("--published must be a date YYYY-MM-DD, not '%s'", optarg);
                goto usage_error;
            }
            break;
        case 'l':
            if (strcmp(optarg, "en") != 0 && strcmp(optarg, "ru") != 0) {
                cli_errorf("--lang must be en or ru, not '%s'", optarg);
                goto usage_error;
            }
            args.lang = optarg;
            break;
        case 'm':
            if (args.manifest)
                vg_manifest_free(args.manifest);
            if (vg_manifest_load(optarg, &args.manifest, &err)) {
                cli_error(&err);
                return EXIT_FAIL;
            }
            break;
        case 't':
            if (!(args.threads = parse_threads(optarg))) {
                cli_errorf("--threads must be a number from 1 to %d, not '%s'", THREADS_MAX,
                           optarg);
                goto usage_error;
            }
            break;
        case 'h':
            usage(stdout);
            vg_manifest_free(args.manifest);
            return EXIT_OK;
        default:
            goto usage_error;
        }
    }

    char *dash[] = {(char *)"-"};
    char **names = optind < argc ? argv + optind : dash;
    int n_names = optind < argc ? argc - optind : 1;
    char **paths = NULL;
    size_t n_paths = 0;
    if (input_expand(names, n_names, ".txt", &paths, &n_paths, &err)) {
        cli_error(&err);
        vg_manifest_free(args.manifest);
        return EXIT_FAIL;
    }
    struct vg_extractor *x = NULL;
    if (vg_extractor_new(&x, &err)) {
        cli_error(&err);
        status = EXIT_FAIL;
    } else {
        status = extract_all(x, &args, paths, n_paths);
    }
    vg_extractor_free(x);
    input_paths_free(paths, n_paths);
    vg_manifest_free(args.manifest);
    return status;

usage_error:
    vg_manifest_free(args.manifest);
    usage(stderr);
    return EXIT_USAGE;
}
