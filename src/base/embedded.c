/* Lookup in the table of embedded data files. */
#include <string.h>

#include "embedded.h"
#include "banned.h"

struct vg_str vg_embedded_find(const char *name) {
    for (const struct vg_embedded_file *f = vg_embedded_files; f->name; f++)
        if (strcmp(f->name, name) == 0)
            return vg_str_make((const char *)f->data, f->len);
    return VG_STR_NULL;
}
