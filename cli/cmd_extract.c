/* vigil extract: figures and named people from reports, as JSON Lines (one
 * object per report) or a table for a person. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "input.h"
#include "vigil/arena.h"
#include "vigil/buf.h"
#include "vigil/extract.h"
#include "vigil/manifest.h"
#include "vigil/report_json.h"
#include "table.h"

#define REPORT_ARENA_CAP ((size_t)1 << 30)
#define REPORT_JSON_CAP ((size_t)1 << 30) /* most bytes of one report's JSON line */

struct extract_args {
    int table;                    /* 1: table, 0: jsonl */
    int32_t published;            /* --published, or VG_NO_DATE */
    const char *lang;             /* --lang, or NULL */
    struct vg_manifest *manifest; /* --manifest, or NULL */
};

static void usage(FILE *out) {
    fputs("usage: vigil extract [--format jsonl|table] [--published DATE] [--lang en|ru]\n"
          "                     [--manifest FILE] [FILE|DIR|-]...\n\n"
          "Reads reports (plain UTF-8 text) and prints every figure they state: how many\n"
          "people were detained, sanctioned, charged, released, killed, injured, went\n"
          "missing or took part, with who, where, when, whose claim it is and the\n"
          "sentence it came from, plus the named people and what happened to them.\n\n"
          "  --format F      jsonl (one object per report) or table; default: table on a\n"
          "                  terminal, jsonl otherwise\n"
          "  --published D   publication date YYYY-MM-DD, to resolve 'on Tuesday'\n"
          "  --manifest F    JSON keyed by file name with \"published\" and \"lang\"\n"
          "  --lang L        language of the reports (en, ru); default: detect\n\n"
          "Directories are read recursively in name order (their *.txt files); '-' reads\n"
          "standard input.\n",
          out);
}

/* Write report r as one JSON line: built in `line`, a buffer kept across
 * reports, and sent with one fwrite. */
static int write_jsonl(const struct vg_report *r, struct vg_buf *line) {
    vg_buf_clear(line);
    if (vg_report_write_json(line, r, 1) || vg_buf_putc(line, '\n'))
        return -1;
    return fwrite(line->ptr, 1, line->len, stdout) == line->len ? 0 : -1;
}

static int extract_one(const struct vg_extractor *x, struct vg_arena *a, const struct input_file *in,
                       const struct extract_args *args, struct vg_buf *line, int *n_figures) {
    const char *base = strrchr(in->path, '/');
    base = base ? base + 1 : in->path;
    const char *why = input_unreadable(in->data, in->len);
    if (why) {
        cli_errorf("%s: %s, skipped", in->path, why);
        return 0;
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
    int rc = vg_extract(x, a, vg_str_make(in->data, in->len), &opts, &r);
    if (rc) {
        cli_errorf("%s: %s, skipped", in->path,
                   rc == VG_ETOOBIG ? "too many figures to hold in memory" : vg_rc_str(rc));
        return -1;
    }
    *n_figures += (int)r->n_figures;
    if (args->table) {
        table_print_report(stdout, r, cli_stdout_is_tty());
        return 0;
    }
    if (write_jsonl(r, line)) {
        cli_errorf("%s: out of memory writing JSON", in->path);
        return -1;
    }
    return 0;
}

int cmd_extract(int argc, char **argv) {
    static const struct option longopts[] = {
        {"format", required_argument, NULL, 'f'},
        {"published", required_argument, NULL, 'p'},
        {"lang", required_argument, NULL, 'l'},
        {"manifest", required_argument, NULL, 'm'},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    struct extract_args args = {cli_stdout_is_tty(), VG_NO_DATE, NULL, NULL};
    struct vg_err err;
    vg_err_clear(&err);
    int c, status = EXIT_OK;
    optind = 1;
    while ((c = getopt_long(argc, argv, "f:p:l:m:h", longopts, NULL)) != -1) {
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
        input_paths_free(paths, n_paths);
        vg_manifest_free(args.manifest);
        return EXIT_FAIL;
    }
    struct vg_arena arena;
    vg_arena_init(&arena, REPORT_ARENA_CAP);
    struct vg_buf line;
    vg_buf_init(&line, REPORT_JSON_CAP);
    int n_figures = 0;
    size_t n_done = 0;
    for (size_t i = 0; i < n_paths; i++) {
        struct input_file in;
        if (input_read(paths[i], &in, &err)) {
            cli_error(&err);
            status = EXIT_FAIL;
            continue;
        }
        if (extract_one(x, &arena, &in, &args, &line, &n_figures))
            status = EXIT_FAIL;
        else
            n_done++;
        input_file_release(&in);
    }
    if (args.table)
        printf("%zu report%s, %d figure%s\n", n_done, n_done == 1 ? "" : "s", n_figures,
               n_figures == 1 ? "" : "s");
    vg_buf_release(&line);
    vg_arena_release(&arena);
    vg_extractor_free(x);
    input_paths_free(paths, n_paths);
    vg_manifest_free(args.manifest);
    return status;

usage_error:
    vg_manifest_free(args.manifest);
    usage(stderr);
    return EXIT_USAGE;
}
