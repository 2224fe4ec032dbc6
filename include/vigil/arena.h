/* A bump allocator with a byte cap.  One arena per report or per request:
 * everything extracted from a report lives in its arena and is released in
 * one call, so ownership is never a question.  The cap keeps hostile input
 * from exhausting memory: past it, allocation fails and the caller returns
 * VG_ETOOBIG. */
#ifndef VIGIL_ARENA_H
#define VIGIL_ARENA_H

#include <stddef.h>

struct vg_arena_block;

struct vg_arena {
    struct vg_arena_block *head; /* current block; older blocks chain behind */
    size_t used;                 /* bytes handed out, all blocks */
    size_t reserved;             /* bytes obtained from malloc, all blocks */
    size_t cap;                  /* most bytes this arena may reserve; 0 = no cap */
    int overflowed;              /* set once an allocation hit the cap */
};

/* Set up an empty arena that may reserve at most `cap` bytes (0: no cap). */
void vg_arena_init(struct vg_arena *a, size_t cap);

/* Free every block.  The arena may be used again afterwards. */
void vg_arena_release(struct vg_arena *a);

/* Forget all allocations but keep the first block for reuse: the cheap way to
 * recycle an arena between reports. */
void vg_arena_reset(struct vg_arena *a);

/* `n` bytes aligned for any type, or NULL when out of memory or over the cap. */
void *vg_arena_alloc(struct vg_arena *a, size_t n);

/* Like vg_arena_alloc, zero-filled. */
void *vg_arena_zalloc(struct vg_arena *a, size_t n);

/* A NUL-terminated copy of (p, len) in the arena, or NULL. */
char *vg_arena_strndup(struct vg_arena *a, const char *p, size_t len);

/* Grow an array allocated in the arena: returns a copy of `old` (n_old
 * elements of `size` bytes) with room for n_new, or NULL. */
void *vg_arena_grow(struct vg_arena *a, void *old, size_t n_old, size_t n_new, size_t size);

/* Fault injection for tests (make torture): when set to N > 0, the Nth
 * allocation from now, counted over all arenas and vg_malloc, fails. */
extern long vg_fail_alloc_after;

/* malloc that honours vg_fail_alloc_after; used by long-lived objects. */
void *vg_malloc(size_t n);
void *vg_calloc(size_t n, size_t size);
void *vg_realloc(void *p, size_t n);

/* Double a heap array of elements of `size` bytes (to `first` elements
 * when it has none): returns the moved array and sets *cap, or returns
 * NULL, leaving v and *cap as they were. */
void *vg_grow_array(void *v, size_t *cap, size_t size, size_t first);

#endif
