/* The bounded growable buffer (after curl's dynbuf). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vigil/arena.h"
#include "vigil/buf.h"
#include "banned.h"

#define DEFAULT_MAX ((size_t)64 << 20)

void vg_buf_init(struct vg_buf *b, size_t max) {
    memset(b, 0, sizeof *b);
    b->max = max ? max : DEFAULT_MAX;
}

void vg_buf_release(struct vg_buf *b) {
    free(b->ptr);
    size_t max = b->max;
    vg_buf_init(b, max);
}

void vg_buf_clear(struct vg_buf *b) {
    b->len = 0;
    if (b->ptr)
        b->ptr[0] = '\0';
    b->toobig = 0;
}

int vg_buf_reserve(struct vg_buf *b, size_t extra) {
    if (b->toobig)
        return -1;
    if (extra > b->max || b->len > b->max - extra) {
        b->toobig = 1;
        return -1;
    }
    size_t need = b->len + extra + 1;
    if (need <= b->cap)
        return 0;
    size_t cap = b->cap ? b->cap : 256;
    while (cap < need)
        cap *= 2;
    char *p = vg_realloc(b->ptr, cap);
    if (!p) {
        b->toobig = 1;
        return -1;
    }
    b->ptr = p;
    b->cap = cap;
    return 0;
}

int vg_buf_append(struct vg_buf *b, const void *p, size_t n) {
    if (vg_buf_reserve(b, n))
        return -1;
    if (n)
        memcpy(b->ptr + b->len, p, n);
    b->len += n;
    b->ptr[b->len] = '\0';
    return 0;
}

int vg_buf_puts(struct vg_buf *b, const char *s) { return vg_buf_append(b, s, strlen(s)); }

int vg_buf_putc(struct vg_buf *b, char c) { return vg_buf_append(b, &c, 1); }

int vg_buf_vprintf(struct vg_buf *b, const char *fmt, va_list ap) {
    va_list copy;
    va_copy(copy, ap);
    int n = vsnprintf(NULL, 0, fmt, copy);
    va_end(copy);
    if (n < 0 || vg_buf_reserve(b, (size_t)n))
        return -1;
    vsnprintf(b->ptr + b->len, (size_t)n + 1, fmt, ap);
    b->len += (size_t)n;
    return 0;
}

int vg_buf_printf(struct vg_buf *b, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int rc = vg_buf_vprintf(b, fmt, ap);
    va_end(ap);
    return rc;
}

char *vg_buf_detach(struct vg_buf *b) {
    char *p = b->ptr;
    if (!p) {
        p = malloc(1);
        if (p)
            p[0] = '\0';
    }
    size_t max = b->max;
    vg_buf_init(b, max);
    return p;
}
