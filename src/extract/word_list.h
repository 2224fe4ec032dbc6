/* Membership of a folded word in a fixed word list (a NULL-terminated
 * static array of non-empty words), the test the grammar makes at every
 * token against lists of a few dozen verbs, nouns or particles.  A filter
 * of 256 bits per list, keyed by the word's first two bytes and length,
 * rules out most tokens without reading the list: the first byte alone
 * tells no Cyrillic words apart (all start 0xD0 or 0xD1).  The filters are
 * built on first use and kept in a small direct-mapped cache per thread,
 * keyed by the list's address; a list that finds its slot taken rebuilds
 * it (slower, never wrong).  The test of a filter already built is inline:
 * most calls end there. */
#ifndef VIGIL_EXTRACT_WORD_LIST_H
#define VIGIL_EXTRACT_WORD_LIST_H

#include <stdint.h>

#include "vigil/str.h"

#define WORD_LIST_SLOTS 2048 /* several times the lists of the grammar (some
                                300), so that lists seldom share a slot:
                                with 512, collisions rebuilt filters often
                                enough to cost 3% of extraction */

struct word_filter {
    const char *const *list; /* the list, or NULL for an empty slot */
    uint64_t bits[4];        /* bit word_key(w) set for each word w of the list */
};

/* The per-thread cache of filters (word_list.c). */
extern _Thread_local struct word_filter word_list_cache[WORD_LIST_SLOTS];

/* A byte of 256 from a word's first two bytes and length (the second
 * byte 0 for a word of one byte; len > 0): words equal have equal keys. */
static inline unsigned word_key(const char *w, size_t len) {
    unsigned b0 = (unsigned char)w[0], b1 = len > 1 ? (unsigned char)w[1] : 0;
    unsigned h = b0 * 0x9Du ^ b1 * 0x3Bu ^ (unsigned)len * 0x65u;
    return (h ^ (h >> 8)) & 255u;
}

/* The slot of the list's filter.  Lists lie next to each other in memory:
 * the address's bits are mixed. */
static inline struct word_filter *word_list_slot(const char *const *list) {
    uint64_t a = (uint64_t)(uintptr_t)list * 0x9E3779B97F4A7C15u;
    return &word_list_cache[(a >> 32) % WORD_LIST_SLOTS];
}

/* The rest of word_list_has, out of line: build the list's filter when its
 * slot holds another's, then test it and read the list. */
int word_list_scan(const char *const *list, struct vg_str fold);

/* 1 when `fold` equals one of the words of `list` (NULL-terminated, no
 * word empty, a static array: its address names it in the cache, so a
 * list built on the stack must not be passed), else 0.  An empty fold is
 * in no list. */
static inline int word_list_has(const char *const *list, struct vg_str fold) {
    if (fold.len == 0)
        return 0;
    const struct word_filter *f = word_list_slot(list);
    unsigned k = word_key(fold.ptr, fold.len);
    if (f->list == list && !((f->bits[k / 64] >> (k % 64)) & 1))
        return 0; /* the common answer, without a call */
    return word_list_scan(list, fold);
}

#endif
