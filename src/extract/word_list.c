/* Word lists: see word_list.h.  Each list's filter is built on first use
 * and kept in a small direct-mapped cache per thread, keyed by the list's
 * address; a list that finds its slot taken rebuilds it (slower, never
 * wrong). */
#include <stdint.h>
#include <string.h>

#include "word_list.h"
#include "banned.h"

#define CACHE_SLOTS 256 /* more than the lists read at a token, so that two
                           lists tested in turn seldom share a slot */

struct filter {
    const char *const *list; /* the list, or NULL for an empty slot */
    uint64_t bits[4];        /* bit key(w) set for each word w of the list */
};

/* A byte of 256 from a word's first two bytes and length (the second
 * byte 0 for a word of one byte): words equal have equal keys. */
static unsigned key_of(const char *w, size_t len) {
    unsigned b0 = (unsigned char)w[0], b1 = len > 1 ? (unsigned char)w[1] : 0;
    unsigned h = b0 * 0x9Du ^ b1 * 0x3Bu ^ (unsigned)len * 0x65u;
    return (h ^ (h >> 8)) & 255u;
}

static const struct filter *filter_of(const char *const *list) {
    static _Thread_local struct filter cache[CACHE_SLOTS];
    /* Lists lie next to each other in memory: mix the address's bits. */
    uint64_t a = (uint64_t)(uintptr_t)list * 0x9E3779B97F4A7C15u;
    struct filter *f = &cache[(a >> 32) % CACHE_SLOTS];
    if (f->list != list) {
        f->list = list;
        memset(f->bits, 0, sizeof f->bits);
        for (const char *const *w = list; *w; w++) {
            unsigned k = key_of(*w, strlen(*w));
            f->bits[k / 64] |= (uint64_t)1 << (k % 64);
        }
    }
    return f;
}

int word_list_has(const char *const *list, struct vg_str fold) {
    if (fold.len == 0)
        return 0;
    unsigned k = key_of(fold.ptr, fold.len);
    if (!((filter_of(list)->bits[k / 64] >> (k % 64)) & 1))
        return 0;
    for (; *list; list++) {
        const char *w = *list;
        if (w[0] != fold.ptr[0])
            continue;
        /* The rest, without a strlen: w ends at its NUL (w[0], equal to a
         * byte of fold, is no NUL). */
        size_t i = 1;
        while (i < fold.len && w[i] && w[i] == fold.ptr[i])
            i++;
        if (i == fold.len && !w[i])
            return 1;
    }
    return 0;
}
