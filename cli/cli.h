/* Shared pieces of the command-line tool: the subcommand table and helpers
 * for telling the person what went wrong. */
#ifndef VIGIL_CLI_H
#define VIGIL_CLI_H

#include <stdio.h>

#include "vigil/err.h"

/* Exit codes: 0 ok, 1 the work failed (bad input, I/O), 2 bad usage. */
enum { EXIT_OK = 0, EXIT_FAIL = 1, EXIT_USAGE = 2 };

struct cli_command {
    const char *name;                 /* "extract" */
    int (*run)(int argc, char **argv);/* argv[0] is the command name */
    const char *summary;              /* one line for `vigil help` */
};

int cmd_extract(int argc, char **argv);
int cmd_eval(int argc, char **argv);
int cmd_init(int argc, char **argv);
int cmd_ingest(int argc, char **argv);
int cmd_figures(int argc, char **argv);
int cmd_show(int argc, char **argv);
int cmd_search(int argc, char **argv);
int cmd_stats(int argc, char **argv);

/* Print "vigil: <message>" to stderr, naming file and line when known. */
void cli_error(const struct vg_err *e);
void cli_errorf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* True when stdout is a terminal (tables, colour, progress). */
int cli_stdout_is_tty(void);

#endif
