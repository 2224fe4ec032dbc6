/* A growable byte buffer with a hard cap, for building text (JSON, tables,
 * messages).  Appends past the cap fail and set `toobig`; the contents stay
 * valid up to the last successful append. */
#ifndef VIGIL_BUF_H
#define VIGIL_BUF_H

#include <stdarg.h>
#include <stddef.h>

#include "vigil/str.h"

struct vg_buf {
    char *ptr;  /* contents, always NUL-terminated when cap > 0 */
    size_t len; /* bytes used, not counting the NUL */
    size_t cap; /* bytes allocated */
    size_t max; /* most bytes the buffer may hold; 0 = 64 MiB */
    int toobig; /* set once an append was refused for size or memory */
};

void vg_buf_init(struct vg_buf *b, size_t max);
void vg_buf_release(struct vg_buf *b);
void vg_buf_clear(struct vg_buf *b);

/* Make room for `extra` more bytes (and the NUL) without changing the
 * contents; 0, or -1 (and sets toobig) when that passes the cap. */
int vg_buf_reserve(struct vg_buf *b, size_t extra);

/* Each returns 0, or -1 (and sets toobig) when the append did not fit. */
int vg_buf_append(struct vg_buf *b, const void *p, size_t n);
int vg_buf_puts(struct vg_buf *b, const char *s);
int vg_buf_putc(struct vg_buf *b, char c);
int vg_buf_printf(struct vg_buf *b, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
int vg_buf_vprintf(struct vg_buf *b, const char *fmt, va_list ap)
    __attribute__((format(printf, 2, 0)));

/* Hand the contents to the caller (free() them); the buffer becomes empty. */
char *vg_buf_detach(struct vg_buf *b);

static inline struct vg_str vg_buf_str(const struct vg_buf *b) {
    return vg_str_make(b->ptr, b->len);
}

#endif
