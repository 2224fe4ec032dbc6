/* The floor for `make bench`: the least work any extractor must do -- read
 * every file whole into memory, as vigil does, and make one pass over the
 * bytes counting runs of ASCII digits.  Its MB/s is the ceiling vigil's
 * throughput is measured against on the same machine in the same run.
 * Usage: floor FILE|DIR...  (directories are read recursively).  Prints
 * "files N bytes N digit_runs N" on stdout; exit status 1 on a read error. */
#define _DEFAULT_SOURCE
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

struct tally {
    unsigned long files;      /* files read */
    unsigned long long bytes; /* bytes read */
    unsigned long long runs;  /* maximal runs of [0-9] */
    char *buf;                /* read buffer, grown to the largest file */
    size_t cap;               /* its size */
};

static int read_file(const char *path, struct tally *t) {
    FILE *f = fopen(path, "rb");
    if (!f) {
        perror(path);
        return 1;
    }
    size_t len = 0;
    for (;;) {
        if (len == t->cap) {
            size_t cap = t->cap ? t->cap * 2 : 1 << 16;
            char *p = realloc(t->buf, cap);
            if (!p) {
                fclose(f);
                fputs("floor: out of memory\n", stderr);
                return 1;
            }
            t->buf = p;
            t->cap = cap;
        }
        size_t got = fread(t->buf + len, 1, t->cap - len, f);
        len += got;
        if (got == 0)
            break;
    }
    int bad = ferror(f);
    fclose(f);
    if (bad) {
        perror(path);
        return 1;
    }
    int in_digits = 0;
    unsigned long long runs = 0;
    for (size_t i = 0; i < len; i++) {
        unsigned c = (unsigned char)t->buf[i];
        int d = c - '0' < 10u;
        runs += d & !in_digits;
        in_digits = d;
    }
    t->runs += runs;
    t->bytes += len;
    t->files++;
    return 0;
}

static int walk(const char *path, struct tally *t) {
    struct stat st;
    if (stat(path, &st) != 0) {
        perror(path);
        return 1;
    }
    if (!S_ISDIR(st.st_mode))
        return read_file(path, t);
    DIR *d = opendir(path);
    if (!d) {
        perror(path);
        return 1;
    }
    int rc = 0;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (e->d_name[0] == '.')
            continue;
        size_t n = strlen(path) + strlen(e->d_name) + 2;
        char *p = malloc(n);
        if (!p) {
            rc = 1;
            break;
        }
        snprintf(p, n, "%s/%s", path, e->d_name);
        rc |= walk(p, t);
        free(p);
    }
    closedir(d);
    return rc;
}

int main(int argc, char **argv) {
    struct tally t = {0, 0, 0, NULL, 0};
    int rc = 0;
    for (int i = 1; i < argc; i++)
        rc |= walk(argv[i], &t);
    printf("files %lu bytes %llu digit_runs %llu\n", t.files, t.bytes, t.runs);
    free(t.buf);
    return rc;
}
