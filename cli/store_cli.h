/* Helpers shared by the subcommands that use the database (init, ingest,
 * figures, show, search, stats): where the database is, opening it, reading
 * date arguments, and figures as JSON and CSV. */
#ifndef VIGIL_CLI_STORE_H
#define VIGIL_CLI_STORE_H

#include <stdint.h>
#include <stdio.h>

#include <jansson.h>

#include "vigil/store.h"

/* The database to use: --db FILE when given, else $VIGIL_DB, else "vigil.db". */
const char *cli_db_path(const char *opt);

/* Open the database (creating it when `create`), telling the person why
 * when it fails.  Returns 0 and *out, or an exit code. */
int cli_open_store(const char *opt, int create, struct vg_store **out);

/* A date argument: "YYYY-MM-DD", "YYYY-MM" or "YYYY"; `end` picks the last
 * day of a month or year instead of the first.  VG_NO_DATE if invalid. */
int32_t cli_parse_day(const char *s, int end);

/* A stored figure as a JSON object with the GUIDELINES.md fields, "doc",
 * "retold_from" and the evidence offsets; NULL when out of memory. */
json_t *cli_figure_json(const struct vg_store_figure *f);

/* Write s as one CSV field (quoted when it needs to be). */
void cli_csv_field(FILE *out, const char *s, size_t len);

#endif
