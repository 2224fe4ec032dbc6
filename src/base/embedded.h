/* Data files built into the binary (lexicons, gazetteer): see tools/embed.c. */
#ifndef VIGIL_EMBEDDED_H
#define VIGIL_EMBEDDED_H

#include <stddef.h>

#include "vigil/str.h"

struct vg_embedded_file {
    const char *name;          /* path below data/: "lexicon/en/outcomes.tsv" */
    const unsigned char *data; /* contents, NUL-terminated */
    size_t len;                /* bytes, without the NUL */
};

/* The table generated at build time; ends with a NULL name. */
extern const struct vg_embedded_file vg_embedded_files[];

/* Contents of an embedded file, or a NULL slice when it is not built in. */
struct vg_str vg_embedded_find(const char *name);

#endif
