/* The extraction pipeline (being built: this first version reads no figures). */
#include <stdlib.h>

#include "vigil/extract.h"
#include "banned.h"

struct vg_extractor {
    int unused; /* lexicons and gazetteer come here */
};

int vg_extractor_new(struct vg_extractor **out, struct vg_err *err) {
    *out = vg_calloc(1, sizeof **out);
    return *out ? VG_OK : vg_err_set(err, VG_ENOMEM, "out of memory");
}

void vg_extractor_free(struct vg_extractor *x) { free(x); }

int vg_extract(const struct vg_extractor *x, struct vg_arena *a, struct vg_str text,
               const struct vg_extract_opts *opts, struct vg_report **out) {
    (void)x;
    struct vg_report *r = vg_arena_zalloc(a, sizeof *r);
    if (!r)
        return VG_ENOMEM;
    r->doc = opts && opts->doc ? opts->doc : "-";
    r->lang = opts && opts->lang ? opts->lang : "en";
    r->published = opts ? opts->published : VG_NO_DATE;
    r->text = text;
    *out = r;
    return VG_OK;
}
