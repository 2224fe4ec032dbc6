/* Build tool: load the gazetteer from the text of data/gazetteer/ the slow
 * way, as a binary without a snapshot does, and write its tables as the
 * snapshot (src/extract/gazetteer_snap.c) that `vigil` embeds and copies at
 * start instead.  Linked with the gazetteer's objects, not with the library:
 * the library's table of embedded files is what this tool helps to make, so
 * it brings its own vg_embedded_find, which reads the files from disk.
 * Usage: gazsnap OUT ROOT   (ROOT is the data/ directory). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vigil/buf.h"
#include "vigil/err.h"
#include "vigil/gazetteer.h"
#include "embedded.h"
#include "extract/gazetteer_int.h"

#define MAX_FILES 4

static const char *root;

/* The files read so far, kept for the life of the tool. */
static struct {
    char name[256];    /* path below root */
    struct vg_str text; /* contents, or VG_STR_NULL when unreadable */
} files[MAX_FILES];
static size_t n_files;

/* The contents of ROOT/name, read the first time it is asked for; a NULL
 * slice when it cannot be read, and always for the snapshot itself. */
struct vg_str vg_embedded_find(const char *name) {
    for (size_t i = 0; i < n_files; i++)
        if (strcmp(files[i].name, name) == 0)
            return files[i].text;
    char path[512];
    if (strstr(name, ".snap") || n_files == MAX_FILES || strlen(name) >= sizeof files[0].name ||
        snprintf(path, sizeof path, "%s/%s", root, name) >= (int)sizeof path)
        return VG_STR_NULL;
    struct vg_str text = VG_STR_NULL;
    FILE *f = fopen(path, "rb");
    if (f && fseek(f, 0, SEEK_END) == 0) {
        long n = ftell(f);
        char *p = n >= 0 ? malloc((size_t)n + 1) : NULL;
        if (p && fseek(f, 0, SEEK_SET) == 0 && fread(p, 1, (size_t)n, f) == (size_t)n) {
            p[n] = '\0';
            text = vg_str_make(p, (size_t)n);
        } else {
            free(p);
        }
    }
    if (f)
        fclose(f);
    memcpy(files[n_files].name, name, strlen(name) + 1);
    files[n_files++].text = text;
    return text;
}

int main(int argc, char **argv) {
    if (argc != 3) {
        fprintf(stderr, "usage: gazsnap OUT ROOT\n");
        return 2;
    }
    root = argv[2];
    struct vg_err err = {0};
    struct vg_gazetteer *g = NULL;
    if (gaz_load_text(&g, &err) != VG_OK) {
        fprintf(stderr, "gazsnap: %s\n", err.msg);
        return 1;
    }
    struct vg_buf b;
    vg_buf_init(&b, (size_t)1 << 30);
    if (gaz_snapshot_make(g, vg_embedded_find("gazetteer/places.tsv").len,
                          vg_embedded_find("gazetteer/stoplist.tsv").len, &b) != 0) {
        fprintf(stderr, "gazsnap: out of memory\n");
        return 1;
    }
    FILE *out = fopen(argv[1], "wb");
    if (!out || fwrite(b.ptr, 1, b.len, out) != b.len || fclose(out) != 0) {
        fprintf(stderr, "gazsnap: cannot write '%s'\n", argv[1]);
        return 1;
    }
    vg_buf_release(&b);
    vg_gazetteer_free(g);
    return 0;
}
