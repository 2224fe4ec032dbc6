/* Tables of figures for a person reading a terminal. */
#ifndef VIGIL_CLI_TABLE_H
#define VIGIL_CLI_TABLE_H

#include <stddef.h>
#include <stdio.h>

#include "vigil/extract.h"

/* Write a figure's interval the way a person says it: "32", "about 100",
 * "at least 4,000", "200-999 (hundreds)".  Returns out. */
char *table_format_count(const struct vg_figure *f, char *out, size_t cap);

/* Print one report: a heading, its figures, its named people. */
void table_print_report(FILE *out, const struct vg_report *r, int colour);

#endif
