/* vigil init: create a database, or bring an existing one to this build's
 * schema. */
#include <getopt.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#include "cli.h"
#include "store_cli.h"

static void usage(FILE *out) {
    fputs("usage: vigil init [--db FILE]\n\n"
          "Creates the database reports and figures are kept in (an SQLite file), or\n"
          "upgrades an existing one to this version's schema.\n\n"
          "  --db FILE   the database; default $VIGIL_DB, else vigil.db\n",
          out);
}

int cmd_init(int argc, char **argv) {
    static const struct option longopts[] = {
        {"db", required_argument, NULL, 'd'},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    const char *db = NULL;
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "d:h", longopts, NULL)) != -1) {
        switch (c) {
        case 'd': db = optarg; break;
        case 'h': usage(stdout); return EXIT_OK;
        default: usage(stderr); return EXIT_USAGE;
        }
    }
    if (optind < argc) {
        cli_errorf("init takes no arguments besides --db");
        usage(stderr);
        return EXIT_USAGE;
    }
    const char *path = cli_db_path(db);
    struct stat st;
    int existed = stat(path, &st) == 0;
    struct vg_store *s = NULL;
    int rc = cli_open_store(db, 1, &s);
    if (rc)
        return rc;
    struct vg_err err;
    vg_err_clear(&err);
    int version = 0;
    if (vg_store_schema_version(s, &version, &err)) {
        cli_error(&err);
        vg_store_close(s);
        return EXIT_FAIL;
    }
    if (existed)
        printf("%s: database exists, schema version %d\n", path, version);
    else
        printf("%s: database created, schema version %d\n", path, version);
    vg_store_close(s);
    return EXIT_OK;
}
