/* An index of the people a report names, by the words of their name keys
 * (vg_name_keys, translit.h), so that a name is compared only with the
 * people it may be: two names match (vg_name_keys_match) only when a word
 * of one's keys is a word of the other's (equal keys share all their
 * words; the other tiers put the words of one name among the other's).
 * Without it a long report compares each name with every person named
 * before, a cost that grows as the square of its length.
 *
 * The index lives in the report's arena; a zeroed struct is an empty
 * index.  Internal to src/extract. */
#ifndef VIGIL_EXTRACT_NAME_INDEX_H
#define VIGIL_EXTRACT_NAME_INDEX_H

#include <stddef.h>

#include "vigil/arena.h"
#include "vigil/translit.h"

struct name_word;

struct name_index {
    struct name_word **buckets; /* chains of words by hash; n_buckets a power of two */
    size_t n_buckets;           /* 0 for an empty index */
    size_t n_words;             /* words indexed */
    int wordless;               /* a key of no word but spaces was added: such keys
                                   match without sharing a word, so everyone is a
                                   candidate from then on (no name key is one) */
};

/* Index the words of person `id`'s keys (their bytes must outlive the
 * index), in arena `a`.  Returns VG_OK or VG_ENOMEM. */
int name_index_add(struct name_index *x, struct vg_arena *a, const struct vg_name_keys *k,
                   size_t id);

/* The people that may match keys k: every id indexed with a word of k's
 * keys, in ascending order, each once, into out[0..max).  Returns how
 * many, or SIZE_MAX when there are more than max, or when k or the index
 * holds a key of no word (then every person may match). */
size_t name_index_candidates(const struct name_index *x, const struct vg_name_keys *k,
                             size_t *out, size_t max);

#endif
