/* vigil stats: what the database holds, with figure counts by kind, place
 * and month. */
#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "store_cli.h"

struct stats_out {
    int json;          /* JSON instead of a table */
    json_t *groups;    /* {"what": [...], "place": [...], "month": [...]} */
    const char *group; /* the group being printed, for headings */
    size_t shown;      /* rows printed in this group */
    size_t top;        /* rows per group in the table; 0 all */
};

static int print_stat(void *ctx, const struct vg_stat *st) {
    struct stats_out *o = ctx;
    if (o->json) {
        json_t *arr = json_object_get(o->groups, st->group);
        if (!arr) {
            arr = json_array();
            json_object_set_new(o->groups, st->group, arr);
        }
        json_array_append_new(arr, json_pack("{sssIsI}", "key", st->key, "figures",
                                             (json_int_t)st->figures, "reports",
                                             (json_int_t)st->reports));
        return VG_OK;
    }
    if (!o->group || strcmp(o->group, st->group) != 0) {
        o->group = st->group;
        o->shown = 0;
        printf("\nby %s:\n  %-28s %10s %10s\n", st->group, st->group, "figures", "reports");
    }
    if (o->top && o->shown++ >= o->top) {
        if (o->shown == o->top + 1)
            printf("  ... (--all lists every %s)\n", st->group);
        return VG_OK;
    }
    printf("  %-28s %10lld %10lld\n", st->key[0] ? st->key : "(unknown)", (long long)st->figures,
           (long long)st->reports);
    return VG_OK;
}

static void usage(FILE *out) {
    fputs("usage: vigil stats [--db FILE] [--all] [--format table|json]\n\n"
          "Counts what the database holds: reports, figures, named people, re-tellings,\n"
          "and figures by kind, by place and by month.\n",
          out);
}

int cmd_stats(int argc, char **argv) {
    static const struct option longopts[] = {
        {"db", required_argument, NULL, 'd'},
        {"all", no_argument, NULL, 'a'},
        {"format", required_argument, NULL, 'F'},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    const char *db = NULL;
    struct stats_out o = {0, NULL, NULL, 0, 20};
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "d:aF:h", longopts, NULL)) != -1) {
        switch (c) {
        case 'd': db = optarg; break;
        case 'a': o.top = 0; break;
        case 'F':
            if (strcmp(optarg, "json") == 0)
                o.json = 1;
            else if (strcmp(optarg, "table") == 0)
                o.json = 0;
            else {
                cli_errorf("--format must be table or json, not '%s'", optarg);
                usage(stderr);
                return EXIT_USAGE;
            }
            break;
        case 'h': usage(stdout); return EXIT_OK;
        default: usage(stderr); return EXIT_USAGE;
        }
    }
    struct vg_store *s = NULL;
    int status = cli_open_store(db, 0, &s);
    if (status)
        return status;
    struct vg_err err;
    vg_err_clear(&err);
    struct vg_store_totals t;
    int rc = vg_store_totals(s, &t, &err);
    if (!rc && o.json) {
        o.groups = json_object();
        rc = vg_store_stats(s, print_stat, &o, &err);
        json_t *j = json_pack("{sIsIsIsIsIsIsIso}", "reports", (json_int_t)t.reports, "figures",
                              (json_int_t)t.figures, "persons", (json_int_t)t.persons, "retellings",
                              (json_int_t)t.reuse_pairs, "fingerprints", (json_int_t)t.fingerprints,
                              "text_bytes", (json_int_t)t.text_bytes, "db_bytes",
                              (json_int_t)t.db_bytes, "by", o.groups);
        if (!rc && j) {
            json_dumpf(j, stdout, JSON_INDENT(2));
            fputc('\n', stdout);
        }
        json_decref(j);
    } else if (!rc) {
        printf("%lld reports, %lld figures, %lld named people, %lld re-tellings\n"
               "%.1f MB of text, database %.1f MB (%.1f KB per report)\n",
               (long long)t.reports, (long long)t.figures, (long long)t.persons,
               (long long)t.reuse_pairs, (double)t.text_bytes / 1e6, (double)t.db_bytes / 1e6,
               t.reports ? (double)t.db_bytes / (double)t.reports / 1e3 : 0.0);
        rc = vg_store_stats(s, print_stat, &o, &err);
    }
    if (rc) {
        cli_error(&err);
        status = EXIT_FAIL;
    }
    vg_store_close(s);
    return status;
}
