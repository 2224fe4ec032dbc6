/* vigil search: full-text search over the stored reports, best first, with
 * the matches marked in a snippet of each. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "store_cli.h"
#include "vigil/buf.h"
#include "vigil/date.h"

struct search_out {
    int json; /* one JSON object per line instead of text */
    size_t n; /* hits printed */
};

static int print_hit(void *ctx, const struct vg_search_hit *h) {
    struct search_out *o = ctx;
    char pub[11] = "";
    if (h->published != VG_NO_DATE)
        vg_date_format(h->published, pub);
    o->n++;
    if (o->json) {
        json_t *j = json_pack("{sssosos?sf}", "doc", h->doc ? h->doc : "-", "title",
                              h->title ? json_string(h->title) : json_null(), "published",
                              pub[0] ? json_string(pub) : json_null(), "snippet", h->snippet,
                              "rank", h->rank);
        if (!j)
            return VG_ENOMEM;
        json_dumpf(j, stdout, JSON_COMPACT);
        fputc('\n', stdout);
        json_decref(j);
        return VG_OK;
    }
    printf("%s%s%s%s%s\n", h->doc ? h->doc : "-", pub[0] ? "  " : "", pub, h->title ? "  " : "",
           h->title ? h->title : "");
    /* The snippet on one line: line breaks of the text folded. */
    fputs("    ", stdout);
    for (const char *p = h->snippet ? h->snippet : ""; *p; p++)
        fputc(*p == '\n' || *p == '\r' || *p == '\t' ? ' ' : *p, stdout);
    fputs("\n\n", stdout);
    return VG_OK;
}

static void usage(FILE *out) {
    fputs("usage: vigil search [--db FILE] [--limit N] [--format text|json] QUERY...\n\n"
          "Searches the text of the stored reports, best matches first.  Words are\n"
          "matched in any form of case and accents; \"quoted phrases\", OR, NOT and\n"
          "prefix* work as in SQLite FTS5.\n",
          out);
}

int cmd_search(int argc, char **argv) {
    static const struct option longopts[] = {
        {"db", required_argument, NULL, 'd'},
        {"limit", required_argument, NULL, 'n'},
        {"format", required_argument, NULL, 'F'},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    const char *db = NULL;
    size_t limit = 20;
    struct search_out o = {0, 0};
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "d:n:F:h", longopts, NULL)) != -1) {
        switch (c) {
        case 'd': db = optarg; break;
        case 'n': {
            char *end;
            long v = strtol(optarg, &end, 10);
            if (*end || v < 1) {
                cli_errorf("--limit must be a positive number, not '%s'", optarg);
                goto usage_error;
            }
            limit = (size_t)v;
            break;
        }
        case 'F':
            if (strcmp(optarg, "json") == 0)
                o.json = 1;
            else if (strcmp(optarg, "text") == 0 || strcmp(optarg, "table") == 0)
                o.json = 0;
            else {
                cli_errorf("--format must be text or json, not '%s'", optarg);
                goto usage_error;
            }
            break;
        case 'h': usage(stdout); return EXIT_OK;
        default: goto usage_error;
        }
    }
    if (optind >= argc) {
        cli_errorf("search needs a query");
        goto usage_error;
    }
    struct vg_buf q;
    vg_buf_init(&q, 1 << 16);
    for (int i = optind; i < argc; i++) {
        if (i > optind)
            vg_buf_putc(&q, ' ');
        vg_buf_puts(&q, argv[i]);
    }
    struct vg_store *s = NULL;
    int status = cli_open_store(db, 0, &s);
    if (status) {
        vg_buf_release(&q);
        return status;
    }
    int tty = cli_stdout_is_tty() && !o.json;
    struct vg_err err;
    vg_err_clear(&err);
    if (vg_store_search(s, q.ptr ? q.ptr : "", limit, tty ? "\033[1;33m" : "[",
                        tty ? "\033[0m" : "]", print_hit, &o, &err)) {
        cli_error(&err);
        status = EXIT_FAIL;
    } else if (!o.json) {
        printf("%zu report%s\n", o.n, o.n == 1 ? "" : "s");
    }
    vg_buf_release(&q);
    vg_store_close(s);
    return status;

usage_error:
    usage(stderr);
    return EXIT_USAGE;
}
