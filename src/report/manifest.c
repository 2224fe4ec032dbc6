/* Manifest reading, on jansson. */
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "vigil/arena.h"
#include "vigil/date.h"
#include "vigil/manifest.h"
#include "banned.h"

struct vg_manifest {
    json_t *root; /* the parsed object, kept for the strings it owns */
};

int vg_manifest_load(const char *path, struct vg_manifest **out, struct vg_err *err) {
    json_error_t je;
    *out = NULL;
    json_t *root = json_load_file(path, JSON_REJECT_DUPLICATES, &je);
    if (!root)
        return vg_err_at(err, VG_EINPUT, path, je.line, "cannot read manifest: %s", je.text);
    if (!json_is_object(root)) {
        json_decref(root);
        return vg_err_at(err, VG_EINPUT, path, 0, "manifest is not a JSON object keyed by file name");
    }
    const char *key;
    json_t *v;
    json_object_foreach(root, key, v) {
        json_t *pub = json_object_get(v, "published");
        if (!json_is_object(v) ||
            (pub && !json_is_null(pub) &&
             (!json_is_string(pub) ||
              vg_date_parse_iso(vg_str_cstr(json_string_value(pub))) == VG_NO_DATE))) {
            /* Format first: key points into root. */
            vg_err_at(err, VG_EINPUT, path, 0,
                      "entry '%s': \"published\" must be a date YYYY-MM-DD", key);
            json_decref(root);
            return VG_EINPUT;
        }
    }
    struct vg_manifest *m = vg_malloc(sizeof *m);
    if (!m) {
        json_decref(root);
        return vg_err_set(err, VG_ENOMEM, "out of memory");
    }
    m->root = root;
    *out = m;
    return VG_OK;
}

void vg_manifest_free(struct vg_manifest *m) {
    if (!m)
        return;
    json_decref(m->root);
    free(m);
}

static const char *str_field(json_t *o, const char *name) {
    json_t *v = json_object_get(o, name);
    return json_is_string(v) ? json_string_value(v) : NULL;
}

int vg_manifest_get(const struct vg_manifest *m, const char *name, struct vg_manifest_entry *out) {
    const char *base = strrchr(name, '/');
    base = base ? base + 1 : name;
    json_t *v = m ? json_object_get(m->root, base) : NULL;
    if (!json_is_object(v))
        return 0;
    const char *pub = str_field(v, "published");
    out->published = pub ? vg_date_parse_iso(vg_str_cstr(pub)) : VG_NO_DATE;
    out->publisher = str_field(v, "publisher");
    out->lang = str_field(v, "lang");
    out->kind = str_field(v, "kind");
    return 1;
}
