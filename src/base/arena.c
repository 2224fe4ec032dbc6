/* The arena: a chain of malloc'd blocks handed out by bumping a pointer.
 * Blocks double in size up to 1 MiB so a report of any size costs a few
 * mallocs; a request larger than a block gets a block of its own. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "vigil/arena.h"
#include "banned.h"

#define ALIGN 16
#define MIN_BLOCK (16 * 1024)
#define MAX_BLOCK (1024 * 1024)

struct vg_arena_block {
    struct vg_arena_block *prev; /* older block, or NULL */
    size_t size;                 /* usable bytes in data[] */
    size_t used;                 /* bytes handed out from data[] */
    _Alignas(ALIGN) unsigned char data[];
};

long vg_fail_alloc_after = 0;

static int injected_failure(void) {
    if (vg_fail_alloc_after <= 0)
        return 0;
    return --vg_fail_alloc_after == 0;
}

void *vg_malloc(size_t n) { return injected_failure() ? NULL : malloc(n ? n : 1); }

void *vg_calloc(size_t n, size_t size) {
    return injected_failure() ? NULL : calloc(n ? n : 1, size ? size : 1);
}

void *vg_realloc(void *p, size_t n) { return injected_failure() ? NULL : realloc(p, n ? n : 1); }

void *vg_grow_array(void *v, size_t *cap, size_t size, size_t first) {
    size_t n = *cap ? *cap * 2 : first;
    if (n < *cap || (size && n > SIZE_MAX / size))
        return NULL;
    void *p = vg_realloc(v, n * size);
    if (p)
        *cap = n;
    return p;
}

void vg_arena_init(struct vg_arena *a, size_t cap) {
    memset(a, 0, sizeof *a);
    a->cap = cap;
}

void vg_arena_release(struct vg_arena *a) {
    struct vg_arena_block *b = a->head;
    while (b) {
        struct vg_arena_block *prev = b->prev;
        free(b);
        b = prev;
    }
    size_t cap = a->cap;
    vg_arena_init(a, cap);
}

void vg_arena_reset(struct vg_arena *a) {
    struct vg_arena_block *b = a->head;
    if (!b)
        return;
    /* Keep the oldest block (the first, usually the one a typical report fits). */
    while (b->prev) {
        struct vg_arena_block *prev = b->prev;
        free(b);
        b = prev;
    }
    b->used = 0;
    a->head = b;
    a->used = 0;
    a->reserved = b->size;
    a->overflowed = 0;
}

static struct vg_arena_block *new_block(struct vg_arena *a, size_t need) {
    size_t size = a->head ? a->head->size * 2 : MIN_BLOCK;
    if (size > MAX_BLOCK)
        size = MAX_BLOCK;
    if (size < need)
        size = need;
    if (a->cap && a->reserved + size > a->cap) {
        /* Try the smallest block that still fits the request. */
        size = need;
        if (a->reserved + size > a->cap) {
            a->overflowed = 1;
            return NULL;
        }
    }
    struct vg_arena_block *b = vg_malloc(sizeof *b + size);
    if (!b)
        return NULL;
    b->prev = a->head;
    b->size = size;
    b->used = 0;
    a->head = b;
    a->reserved += size;
    return b;
}

void *vg_arena_alloc(struct vg_arena *a, size_t n) {
    /* Every allocation counts for fault injection, not only new blocks: with
     * a cap any of them may fail, so torture must be able to fail each. */
    if (n > SIZE_MAX / 2 || injected_failure())
        return NULL;
    size_t need = (n + (ALIGN - 1)) & ~(size_t)(ALIGN - 1);
    if (need == 0)
        need = ALIGN;
    struct vg_arena_block *b = a->head;
    if (!b || b->size - b->used < need) {
        b = new_block(a, need);
        if (!b)
            return NULL;
    }
    void *p = b->data + b->used;
    b->used += need;
    a->used += need;
    return p;
}

void *vg_arena_zalloc(struct vg_arena *a, size_t n) {
    void *p = vg_arena_alloc(a, n);
    if (p)
        memset(p, 0, n);
    return p;
}

char *vg_arena_strndup(struct vg_arena *a, const char *p, size_t len) {
    char *s = vg_arena_alloc(a, len + 1);
    if (!s)
        return NULL;
    if (len)
        memcpy(s, p, len);
    s[len] = '\0';
    return s;
}

void *vg_arena_grow(struct vg_arena *a, void *old, size_t n_old, size_t n_new, size_t size) {
    if (size && n_new > SIZE_MAX / size)
        return NULL;
    void *p = vg_arena_alloc(a, n_new * size);
    if (p && old && n_old)
        memcpy(p, old, n_old * size);
    return p;
}
