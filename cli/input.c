/* File and directory input for the subcommands. */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "input.h"

struct path_list {
    char **v;
    size_t n, cap;
};

static int push(struct path_list *l, char *p) {
    if (!p)
        return -1;
    if (l->n == l->cap) {
        size_t cap = l->cap ? l->cap * 2 : 16;
        char **v = realloc(l->v, cap * sizeof *v);
        if (!v) {
            free(p);
            return -1;
        }
        l->v = v;
        l->cap = cap;
    }
    l->v[l->n++] = p;
    return 0;
}

static char *join(const char *dir, const char *name) {
    size_t a = strlen(dir), b = strlen(name);
    char *p = malloc(a + b + 2);
    if (!p)
        return NULL;
    memcpy(p, dir, a);
    size_t o = a;
    if (a && dir[a - 1] != '/')
        p[o++] = '/';
    memcpy(p + o, name, b + 1);
    return p;
}

static int cmp_str(const void *a, const void *b) {
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static int has_suffix(const char *s, const char *suffix) {
    size_t a = strlen(s), b = strlen(suffix);
    return a >= b && strcmp(s + a - b, suffix) == 0;
}

static int walk(const char *dir, const char *suffix, struct path_list *l, struct vg_err *err) {
    DIR *d = opendir(dir);
    if (!d)
        return vg_err_at(err, VG_EIO, dir, 0, "cannot open directory: %s", strerror(errno));
    struct path_list here = {0};
    struct dirent *e;
    int rc = VG_OK;
    while ((e = readdir(d)) != NULL) {
        if (e->d_name[0] == '.')
            continue;
        if (push(&here, join(dir, e->d_name))) {
            rc = vg_err_set(err, VG_ENOMEM, "out of memory");
            break;
        }
    }
    closedir(d);
    if (here.n)
        qsort(here.v, here.n, sizeof *here.v, cmp_str);
    for (size_t i = 0; i < here.n; i++) {
        struct stat st;
        char *p = here.v[i];
        here.v[i] = NULL;
        if (rc || stat(p, &st) != 0) {
            free(p);
            continue;
        }
        if (S_ISDIR(st.st_mode)) {
            rc = walk(p, suffix, l, err);
            free(p);
        } else if (S_ISREG(st.st_mode) && (!suffix || has_suffix(p, suffix))) {
            if (push(l, p))
                rc = vg_err_set(err, VG_ENOMEM, "out of memory");
        } else {
            free(p);
        }
    }
    free(here.v);
    return rc;
}

int input_expand(char **args, int n_args, const char *suffix, char ***paths, size_t *n_paths,
                 struct vg_err *err) {
    struct path_list l = {0};
    int rc = VG_OK;
    for (int i = 0; i < n_args && !rc; i++) {
        struct stat st;
        if (strcmp(args[i], "-") == 0) {
            if (push(&l, strdup("-")))
                rc = vg_err_set(err, VG_ENOMEM, "out of memory");
        } else if (stat(args[i], &st) != 0) {
            rc = vg_err_at(err, VG_EIO, args[i], 0, "cannot read: %s",
                           errno == ENOENT ? "no such file or directory" : strerror(errno));
        } else if (S_ISDIR(st.st_mode)) {
            rc = walk(args[i], suffix, &l, err);
        } else if (push(&l, strdup(args[i]))) {
            rc = vg_err_set(err, VG_ENOMEM, "out of memory");
        }
    }
    if (rc) {
        input_paths_free(l.v, l.n);
        return rc;
    }
    *paths = l.v;
    *n_paths = l.n;
    return VG_OK;
}

void input_paths_free(char **paths, size_t n) {
    for (size_t i = 0; i < n; i++)
        free(paths[i]);
    free(paths);
}

int input_read(const char *path, struct input_file *out, struct vg_err *err) {
    memset(out, 0, sizeof *out);
    int is_stdin = strcmp(path, "-") == 0;
    FILE *f = is_stdin ? stdin : fopen(path, "rb");
    if (!f)
        return vg_err_at(err, VG_EIO, path, 0, "cannot read: %s",
                         errno == ENOENT ? "no such file" : strerror(errno));
    size_t cap = 64 * 1024, len = 0;
    char *data = malloc(cap);
    int rc = data ? VG_OK : VG_ENOMEM;
    while (rc == VG_OK) {
        if (len + 1 >= cap) {
            if (cap >= INPUT_MAX_BYTES) {
                rc = vg_err_at(err, VG_ETOOBIG, path, 0, "report is larger than %zu MB",
                               INPUT_MAX_BYTES >> 20);
                break;
            }
            /* A failed realloc is an error, not the end of the file. */
            char *p = realloc(data, cap * 2);
            if (!p) {
                rc = VG_ENOMEM;
                break;
            }
            data = p;
            cap *= 2;
        }
        size_t got = fread(data + len, 1, cap - len - 1, f);
        len += got;
        if (got == 0) {
            if (ferror(f))
                rc = vg_err_at(err, VG_EIO, path, 0, "cannot read: %s", strerror(errno));
            break;
        }
    }
    if (!is_stdin)
        fclose(f);
    if (rc == VG_OK && !(out->path = strdup(path)))
        rc = VG_ENOMEM;
    if (rc == VG_ENOMEM)
        vg_err_at(err, VG_ENOMEM, path, 0, "out of memory reading the report");
    if (rc) {
        free(data);
        return rc;
    }
    data[len] = '\0';
    out->data = data;
    out->len = len;
    return VG_OK;
}

void input_file_release(struct input_file *f) {
    free(f->path);
    free(f->data);
    memset(f, 0, sizeof *f);
}

const char *input_unreadable(const char *data, size_t len) {
    size_t i = 0;
    while (i < len && (data[i] == ' ' || data[i] == '\n' || data[i] == '\r' || data[i] == '\t'))
        i++;
    if (i == len)
        return "empty file";
    if (memchr(data, '\0', len < 8192 ? len : 8192))
        return "binary file (contains NUL bytes)";
    return NULL;
}
