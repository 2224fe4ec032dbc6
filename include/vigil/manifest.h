/* Manifests: a JSON object keyed by report file name giving each report's
 * publication date, publisher and language (format of
 * ../shared/corpus/manifest.json). */
#ifndef VIGIL_MANIFEST_H
#define VIGIL_MANIFEST_H

#include <stdint.h>

#include "vigil/err.h"

struct vg_manifest;

struct vg_manifest_entry {
    int32_t published;     /* day, or VG_NO_DATE */
    const char *publisher; /* or NULL; owned by the manifest */
    const char *lang;      /* or NULL; owned by the manifest */
    const char *kind;      /* or NULL; owned by the manifest */
};

/* Read a manifest file.  Errors name the file and the entry at fault. */
int vg_manifest_load(const char *path, struct vg_manifest **out, struct vg_err *err);
void vg_manifest_free(struct vg_manifest *m);

/* The entry for a report's base name (directories are ignored); 1 if found. */
int vg_manifest_get(const struct vg_manifest *m, const char *name, struct vg_manifest_entry *out);

#endif
