/* vigil figures: the stored figures, filtered by kind, place, date window,
 * group, source and status, as a table, a JSON array or CSV. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "store_cli.h"
#include "table.h"
#include "vigil/date.h"

enum { FMT_TABLE, FMT_JSON, FMT_CSV };

struct out {
    int format; /* FMT_* */
    size_t n;   /* figures written */
    int colour; /* ANSI colour in the table */
};

static int print_figure(void *ctx, const struct vg_store_figure *sf) {
    struct out *o = ctx;
    const struct vg_figure *f = &sf->fig;
    char count[64], when[22];
    table_format_count(f, count, sizeof count);
    vg_when_format(f->when, when);
    if (o->format == FMT_JSON) {
        json_t *j = cli_figure_json(sf);
        if (!j)
            return VG_ENOMEM;
        fputs(o->n ? ",\n  " : "\n  ", stdout);
        int rc = json_dumpf(j, stdout, JSON_COMPACT);
        json_decref(j);
        if (rc)
            return VG_EIO;
    } else if (o->format == FMT_CSV) {
        const char *cells[] = {sf->doc ? sf->doc : "",
                               vg_what_name(f->what),
                               NULL,
                               NULL,
                               f->approx ? "true" : "false",
                               vg_who_name(f->who),
                               f->where ? f->where : "",
                               sf->country ? sf->country : "",
                               when,
                               NULL,
                               vg_status_name(f->status),
                               sf->retold_doc ? sf->retold_doc : "",
                               NULL};
        char lo[32] = "", hi[32] = "";
        if (f->low != VG_OPEN)
            snprintf(lo, sizeof lo, "%lld", (long long)f->low);
        if (f->high != VG_OPEN)
            snprintf(hi, sizeof hi, "%lld", (long long)f->high);
        cells[2] = lo;
        cells[3] = hi;
        for (int i = 0; i < 12; i++) {
            if (i)
                fputc(',', stdout);
            if (i == 9)
                cli_csv_field(stdout, f->source.len ? f->source.ptr : "", f->source.len);
            else
                cli_csv_field(stdout, cells[i], strlen(cells[i]));
        }
        fputc(',', stdout);
        cli_csv_field(stdout, sf->quote.ptr ? sf->quote.ptr : "", sf->quote.len);
        fputc('\n', stdout);
    } else {
        char source[21];
        snprintf(source, sizeof source, "%.*s", (int)(f->source.len < 20 ? f->source.len : 20),
                 f->source.len ? f->source.ptr : "-");
        printf("%-24.24s %-12s %-14s %-11s %-14.14s %-21s %-20s %s\n", sf->doc ? sf->doc : "-",
               f->status == VG_RETRACTED ? "RETRACTED" : vg_what_name(f->what), count,
               vg_who_name(f->who), f->where ? f->where : "-", when[0] ? when : "-", source,
               sf->retold_doc ? sf->retold_doc : "-");
    }
    o->n++;
    return VG_OK;
}

static void usage(FILE *out) {
    fputs("usage: vigil figures [--db FILE] [--what W] [--where PLACE] [--from D] [--to D]\n"
          "                     [--who W] [--source S] [--status S] [--doc REPORT]\n"
          "                     [--limit N] [--format table|json|csv]\n\n"
          "Lists the stored figures.\n\n"
          "  --what W      detained, sanctioned, charged, released, killed, injured,\n"
          "                missing, participants\n"
          "  --where P     a place; a country includes its cities and regions\n"
          "  --from D      figures whose dates overlap the window from D (YYYY-MM-DD,\n"
          "  --to D        YYYY-MM or YYYY) to D\n"
          "  --who W       protesters, people, journalists, activists, police,\n"
          "                civilians, cases, other\n"
          "  --source S    figures whose source contains S (any case)\n"
          "  --status S    reported or retracted\n"
          "  --doc R       figures of one report\n"
          "  --format F    table (default on a terminal), json (an array), csv\n",
          out);
}

int cmd_figures(int argc, char **argv) {
    static const struct option longopts[] = {
        {"db", required_argument, NULL, 'd'},
        {"what", required_argument, NULL, 'w'},
        {"where", required_argument, NULL, 'W'},
        {"from", required_argument, NULL, 'f'},
        {"to", required_argument, NULL, 't'},
        {"who", required_argument, NULL, 'g'},
        {"source", required_argument, NULL, 's'},
        {"status", required_argument, NULL, 'S'},
        {"doc", required_argument, NULL, 'D'},
        {"limit", required_argument, NULL, 'n'},
        {"format", required_argument, NULL, 'F'},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    struct vg_figure_filter flt;
    vg_figure_filter_init(&flt);
    struct out o = {cli_stdout_is_tty() ? FMT_TABLE : FMT_JSON, 0, cli_stdout_is_tty()};
    const char *db = NULL;
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "d:w:W:f:t:g:s:S:D:n:F:h", longopts, NULL)) != -1) {
        switch (c) {
        case 'd': db = optarg; break;
        case 'w':
            flt.what = vg_what_parse(vg_str_cstr(optarg));
            if (flt.what == VG_WHAT_NONE) {
                cli_errorf("--what must be one of detained, sanctioned, charged, released,"
                           " killed, injured, missing, participants; not '%s'",
                           optarg);
                goto usage_error;
            }
            break;
        case 'W': flt.where = optarg; break;
        case 'f':
        case 't':
            if ((c == 'f' ? (flt.from = cli_parse_day(optarg, 0))
                          : (flt.to = cli_parse_day(optarg, 1))) == VG_NO_DATE) {
                cli_errorf("--%s must be a date YYYY-MM-DD, YYYY-MM or YYYY, not '%s'",
                           c == 'f' ? "from" : "to", optarg);
                goto usage_error;
            }
            break;
        case 'g':
            flt.who = vg_who_parse(vg_str_cstr(optarg));
            if (flt.who < 0) {
                cli_errorf("--who must be one of protesters, people, journalists, activists,"
                           " police, civilians, cases, other; not '%s'",
                           optarg);
                goto usage_error;
            }
            break;
        case 's': flt.source = optarg; break;
        case 'S':
            if (strcmp(optarg, "reported") == 0)
                flt.status = VG_REPORTED;
            else if (strcmp(optarg, "retracted") == 0)
                flt.status = VG_RETRACTED;
            else {
                cli_errorf("--status must be reported or retracted, not '%s'", optarg);
                goto usage_error;
            }
            break;
        case 'D': flt.doc = optarg; break;
        case 'n': {
            char *end;
            long v = strtol(optarg, &end, 10);
            if (*end || v < 1) {
                cli_errorf("--limit must be a positive number, not '%s'", optarg);
                goto usage_error;
            }
            flt.limit = (size_t)v;
            break;
        }
        case 'F':
            if (strcmp(optarg, "table") == 0)
                o.format = FMT_TABLE;
            else if (strcmp(optarg, "json") == 0)
                o.format = FMT_JSON;
            else if (strcmp(optarg, "csv") == 0)
                o.format = FMT_CSV;
            else {
                cli_errorf("--format must be table, json or csv, not '%s'", optarg);
                goto usage_error;
            }
            break;
        case 'h': usage(stdout); return EXIT_OK;
        default: goto usage_error;
        }
    }
    if (optind < argc) {
        cli_errorf("unexpected argument '%s'", argv[optind]);
        goto usage_error;
    }
    if (flt.from != VG_NO_DATE && flt.to != VG_NO_DATE && flt.from > flt.to) {
        cli_errorf("--from is after --to");
        goto usage_error;
    }
    struct vg_store *s = NULL;
    int status = cli_open_store(db, 0, &s);
    if (status)
        return status;
    if (o.format == FMT_JSON)
        fputs("[", stdout);
    else if (o.format == FMT_CSV)
        fputs("doc,what,low,high,approx,who,where,country,when,source,status,retold_from,quote\n",
              stdout);
    else
        printf("%-24s %-12s %-14s %-11s %-14s %-21s %-20s %s\n", "REPORT", "WHAT", "COUNT", "WHO",
               "WHERE", "WHEN", "SOURCE", "RETOLD FROM");
    struct vg_err err;
    vg_err_clear(&err);
    int rc = vg_store_figures(s, &flt, print_figure, &o, &err);
    if (o.format == FMT_JSON)
        fputs(o.n ? "\n]\n" : "]\n", stdout);
    else if (o.format == FMT_TABLE)
        printf("%zu figure%s\n", o.n, o.n == 1 ? "" : "s");
    if (rc) {
        if (!err.msg[0])
            vg_err_set(&err, rc, "cannot list figures: %s", vg_rc_str(rc));
        cli_error(&err);
        status = EXIT_FAIL;
    }
    vg_store_close(s);
    return status;

usage_error:
    usage(stderr);
    return EXIT_USAGE;
}
