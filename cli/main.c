/* vigil: the command-line tool.  A thin client of the library: it parses
 * arguments, calls the library and decides how to tell the person. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"

#define VIGIL_VERSION "0.1.0"

static int cmd_help(int argc, char **argv);
static int cmd_version(int argc, char **argv);

static const struct cli_command commands[] = {
    {"extract", cmd_extract, "extract figures and named people from reports"},
    {"eval", cmd_eval, "score extraction against gold annotations"},
    {"init", cmd_init, "create a database (or upgrade an existing one)"},
    {"ingest", cmd_ingest, "store reports with their figures and text reuse"},
    {"figures", cmd_figures, "list stored figures by kind, place, dates, source"},
    {"show", cmd_show, "print a stored report with its figures and re-tellings"},
    {"search", cmd_search, "full-text search of the stored reports"},
    {"stats", cmd_stats, "count reports and figures by kind, place and month"},
    {"version", cmd_version, "print the version"},
    {"help", cmd_help, "list the commands"},
};

void cli_errorf(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    fputs("vigil: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
}

void cli_error(const struct vg_err *e) {
    if (e->file[0] && e->line > 0)
        fprintf(stderr, "vigil: %s:%ld: %s\n", e->file, e->line, e->msg);
    else if (e->file[0])
        fprintf(stderr, "vigil: %s: %s\n", e->file, e->msg);
    else
        fprintf(stderr, "vigil: %s\n", e->msg[0] ? e->msg : vg_rc_str(e->code));
}

int cli_stdout_is_tty(void) { return isatty(STDOUT_FILENO); }

static int cmd_help(int argc, char **argv) {
    (void)argc;
    (void)argv;
    printf("usage: vigil COMMAND [OPTIONS] [ARGS]\n\n"
           "vigil reads reports of protests and crackdowns and extracts every figure\n"
           "(detained, sanctioned, charged, released, killed, injured, missing,\n"
           "participants) with the sentence it came from.\n\ncommands:\n");
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
        printf("  %-10s %s\n", commands[i].name, commands[i].summary);
    printf("\n'vigil COMMAND --help' describes a command.\n");
    return EXIT_OK;
}

static int cmd_version(int argc, char **argv) {
    (void)argc;
    (void)argv;
    printf("vigil %s\n", VIGIL_VERSION);
    return EXIT_OK;
}

int main(int argc, char **argv) {
    if (argc < 2) {
        cmd_help(0, NULL);
        return EXIT_USAGE;
    }
    const char *name = argv[1];
    if (strcmp(name, "--help") == 0 || strcmp(name, "-h") == 0)
        return cmd_help(0, NULL);
    if (strcmp(name, "--version") == 0)
        return cmd_version(0, NULL);
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
        if (strcmp(commands[i].name, name) == 0)
            return commands[i].run(argc - 1, argv + 1);
    cli_errorf("'%s' is not a command; 'vigil help' lists them", name);
    return EXIT_USAGE;
}
