/* Membership of a folded word in a fixed word list (a NULL-terminated
 * static array of non-empty words), the test the grammar makes at every
 * token against lists of a few dozen verbs, nouns or particles.  A filter
 * of WORD_FILTER_BITS bits per list, keyed by a mix of the word's head (its first seven
 * bytes and length, token.h's fold_head), rules out most tokens without
 * reading the list; a token carries its head, so the test of a token
 * (word_list_has_token) reads no byte of its word.  The filters are built
 * on first use and kept in a small direct-mapped cache per thread, keyed
 * by the list's address; a list that finds its slot taken keeps its filter
 * in the next free slot (word_list.c), reached by a call (slower, never
 * wrong).  The test of a filter already built is inline:
 * most calls end there. */
#ifndef VIGIL_EXTRACT_WORD_LIST_H
#define VIGIL_EXTRACT_WORD_LIST_H

#include <stdint.h>

#include "token.h"
#include "vigil/str.h"

#define WORD_LIST_SLOTS 2048 /* several times the lists of the grammar (some
                                300), so that lists seldom share a slot:
                                with 512, collisions rebuilt filters often
                                enough to cost 3% of extraction */

/* The bits of a list's filter: a list of 40 words sets about 4% of 1,024,
 * so that few words outside it read the list (with 256 bits, two in three
 * of the words that passed a filter were not in its list). */
#define WORD_FILTER_LOG2 10
#define WORD_FILTER_BITS (1u << WORD_FILTER_LOG2)

struct word_filter {
    const char *const *list; /* the list, or NULL for an empty slot */
    uint64_t bits[WORD_FILTER_BITS / 64]; /* bit word_key(w) set for each word w of
                                             the list */
};

/* The per-thread cache of filters (word_list.c). */
extern _Thread_local struct word_filter word_list_cache[WORD_LIST_SLOTS];

/* A number below WORD_FILTER_BITS from a word's head (fold_head): words
 * equal have equal keys.  The multiply carries every byte of the head into
 * the top bits. */
static inline unsigned word_key(uint64_t head) {
    return (unsigned)((head * 0x9E3779B97F4A7C15u) >> (64 - WORD_FILTER_LOG2));
}

/* The slot of the list's filter.  Lists lie next to each other in memory:
 * the address's bits are mixed. */
static inline struct word_filter *word_list_slot(const char *const *list) {
    uint64_t a = (uint64_t)(uintptr_t)list * 0x9E3779B97F4A7C15u;
    return &word_list_cache[(a >> 32) % WORD_LIST_SLOTS];
}

/* The rest of word_list_has, out of line: build the list's filter when its
 * slot holds another's, then test it and read the list.  `head` is
 * fold_head of `fold`. */
int word_list_scan(const char *const *list, struct vg_str fold, uint64_t head);

/* 1 when the word of `fold`, whose head is `head`, is in `list`. */
static inline int word_list_has_head(const char *const *list, struct vg_str fold,
                                     uint64_t head) {
    if (fold.len == 0)
        return 0;
    const struct word_filter *f = word_list_slot(list);
    unsigned k = word_key(head);
    if (f->list == list && !((f->bits[k / 64] >> (k % 64)) & 1))
        return 0; /* the common answer, without a call */
    return word_list_scan(list, fold, head);
}

/* 1 when `fold` equals one of the words of `list` (NULL-terminated, no
 * word empty, a static array: its address names it in the cache, so a
 * list built on the stack must not be passed), else 0.  An empty fold is
 * in no list. */
static inline int word_list_has(const char *const *list, struct vg_str fold) {
    return word_list_has_head(list, fold, fold_head(fold.ptr, fold.len));
}

/* word_list_has of the token's folded form, by the head and the key it
 * carries: the filter's test multiplies nothing. */
static inline int word_list_has_token(const char *const *list, const struct token *t) {
    const struct word_filter *f = word_list_slot(list);
    unsigned k = t->key;
    if (f->list == list && !((f->bits[k / 64] >> (k % 64)) & 1))
        return 0; /* the common answer, without a call */
    if (t->fold.len == 0)
        return 0;
    return word_list_scan(list, t->fold, t->head);
}

/* The English month names, folded ("march", "may" and all): a list the
 * grammar tests in several places. */
extern const char *const word_list_months[];

#endif
