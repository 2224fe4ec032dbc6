/* Reading the reports named on a command line: files, directories (walked
 * in name order, *.txt and other text files), or "-" for standard input. */
#ifndef VIGIL_CLI_INPUT_H
#define VIGIL_CLI_INPUT_H

#include <stddef.h>

#include "vigil/err.h"

/* A whole file read into memory. */
struct input_file {
    char *path;  /* as given or joined from a directory walk; owned */
    char *data;  /* contents, NUL-terminated; owned */
    size_t len;  /* bytes, without the NUL */
};

/* Most bytes one report may have. */
#define INPUT_MAX_BYTES ((size_t)256 << 20)

/* Expand the arguments into a sorted list of file paths: directories are
 * walked (not following hidden entries), "-" stays "-".  Returns VG_OK or an
 * error naming the argument that does not exist. */
int input_expand(char **args, int n_args, const char *suffix, char ***paths, size_t *n_paths,
                 struct vg_err *err);
void input_paths_free(char **paths, size_t n);

/* Read a file ("-" = stdin).  Returns VG_OK, VG_EIO or VG_ETOOBIG. */
int input_read(const char *path, struct input_file *out, struct vg_err *err);
void input_file_release(struct input_file *f);

/* Why a text cannot be read as a report, or NULL if it can: "binary file",
 * "empty file". */
const char *input_unreadable(const char *data, size_t len);

#endif
